// The rows of the headline list, derived from the loaded feeds: newest first, with the text the
// row shows (title, source name) and the link. Rebuilt when a feed arrives, not per frame.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "app/subscriptions.h"
#include "core/reading/reading_state.h"

namespace fv::app {

struct Headline {
  std::size_t feed = 0, item = 0;  // indices into the slots and their feed's items
  std::string title;               // shown title: the item title without a trailing " - Source"
  std::string source;              // item.source.title, else the feed's title
  std::string link;                // http(s) only, else empty
  std::optional<std::int64_t> time;  // published, else updated
  std::size_t sources = 1;            // outlets covering the story (StoryBook::annotate)
  std::string key;                   // what search matches: title, source, text (normalised)
  std::string image;                 // http(s) thumbnail URL, else empty
  std::size_t story = 0;             // equal for the headlines of one story (StoryBook)
  bool story_lead = false;           // leads its story
  std::size_t entry = std::size_t(-1);  // its stories::EntryId, if indexed
};

std::vector<Headline> collect_headlines(const std::vector<FeedSlot>& feeds);

// Google News (and others) append " - Source" to every title although the source is given
// separately; the row shows the source on its own line, so the suffix is dropped.
std::string title_without_source(const std::string& title, const std::string& source);

bool is_http_link(const std::string& url);

// JSON for the accessible mirror: rows [first, last) of `rows` (a window, see
// core/layout/mirror_window.h) as {"total", "first", "rows": [{"title","url","source","time",
// "read","starred"}]} with `time` the relative label shown on the canvas; read/starred from
// `marks` when given.
std::string mirror_json(const std::vector<Headline>& rows, std::size_t first, std::size_t last,
                        std::int64_t now, const reading::ReadingState* marks = nullptr);

}  // namespace fv::app
