// The rows of the headline list, derived from the loaded feeds: newest first, with the text the
// row shows (title, source name) and the link; and the accessible mirror's JSON of them.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/subscriptions.h"
#include "core/reading/reading_state.h"
#include "core/view/headline_rows.h"

namespace fv::app {

// Rows are built per feed in core (core/view/headline_rows.h): only an arriving feed's items
// get new rows and search keys; the rest of the list is merged, not rebuilt.
using view::Headline;
using view::is_http_link;
using view::title_without_source;

// The slots as the row builder sees them: a feed when its items are listed, and its name.
std::vector<view::RowsSource> headline_sources(const std::vector<FeedSlot>& feeds);

// JSON for the accessible mirror: rows [first, last) of `rows` (a window, see
// core/layout/mirror_window.h) as {"total", "first", "rows": [{"title","url","source","time",
// "read","starred"}]} with `time` the relative label shown on the canvas; read/starred from
// `marks` when given.
std::string mirror_json(const std::vector<Headline>& rows, std::size_t first, std::size_t last,
                        std::int64_t now, const reading::ReadingState* marks = nullptr);

}  // namespace fv::app
