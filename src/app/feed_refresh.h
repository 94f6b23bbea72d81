// A feed's new parse arriving in its slot. The first load shows it as it is; a refresh keeps
// the items it lacks (core/refresh/item_merge.h: items leaving the feed's window stay while
// young, starred ones always, and after a truncated document every shown item), so a bad or
// cut-off response never empties a feed. A truncated document is reported on the feed
// (`FeedSlot::warning`: sidebar icon, tooltip and mirror status) until a whole one arrives.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "app/subscriptions.h"
#include "core/model.h"
#include "core/reading/reading_state.h"

namespace fv::app {

// `text_keys`: the fresh items' search keys from the parse worker (or none); the items kept
// over get theirs folded here.
void take_fresh_feed(FeedSlot& slot, Feed fresh, std::vector<std::string> text_keys,
                     const reading::ReadingState& marks, std::int64_t now);

}  // namespace fv::app
