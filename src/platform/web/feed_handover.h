// Feeds arriving from the parse worker (web/parse-worker.mjs) as handover parts
// (core/handover/feed_wire.h): the shim hands them over one part per task, so rebuilding a
// 20 MB feed's model never blocks the page for long; finish() gives the feed to the app.
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/handover/feed_wire.h"
#include "core/model.h"
#include "core/view/headline_rows.h"

namespace fv::web {

class FeedHandover {
 public:
  // Starts (or restarts) the feed at `index`; parts of an earlier, unfinished one are dropped.
  void begin(int index) { pending_[index] = handover::FeedDecoder(); }
  // False when no begin() came first or the part is malformed. The part's items get their text
  // search keys here unless the worker sent them: folding in the part's own task keeps a big
  // feed's folding out of the one task that lists it (core/view/headline_rows.h).
  bool add(int index, std::string_view part) {
    auto it = pending_.find(index);
    if (it == pending_.end()) return false;
    handover::FeedDecoder& d = it->second;
    const std::size_t before = d.items().size();
    if (!d.add(part)) return false;
    view::fill_text_keys(d.items(), d.text_keys(), before);
    return true;
  }
  // The whole feed, or nothing when parts are missing or were malformed. Ends the hand-over.
  // `text_keys` receives the items' text search keys.
  std::optional<Feed> finish(int index, std::vector<std::string>* text_keys = nullptr) {
    auto it = pending_.find(index);
    if (it == pending_.end()) return std::nullopt;
    std::optional<Feed> feed;
    if (it->second.complete()) {
      feed = it->second.take();
      if (text_keys) *text_keys = it->second.take_text_keys();
    }
    pending_.erase(it);
    return feed;
  }

 private:
  std::map<int, handover::FeedDecoder> pending_;
};

}  // namespace fv::web
