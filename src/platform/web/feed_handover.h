// Feeds arriving from the parse worker (web/parse-worker.mjs) as handover parts
// (core/handover/feed_wire.h): the shim hands them over one part per task, so rebuilding a
// 20 MB feed's model never blocks the page for long; finish() gives the feed to the app.
#pragma once

#include <map>
#include <optional>
#include <string_view>

#include "core/handover/feed_wire.h"
#include "core/model.h"

namespace fv::web {

class FeedHandover {
 public:
  // Starts (or restarts) the feed at `index`; parts of an earlier, unfinished one are dropped.
  void begin(int index) { pending_[index] = handover::FeedDecoder(); }
  // False when no begin() came first or the part is malformed.
  bool add(int index, std::string_view part) {
    auto it = pending_.find(index);
    return it != pending_.end() && it->second.add(part);
  }
  // The whole feed, or nothing when parts are missing or were malformed. Ends the hand-over.
  std::optional<Feed> finish(int index) {
    auto it = pending_.find(index);
    if (it == pending_.end()) return std::nullopt;
    std::optional<Feed> feed;
    if (it->second.complete()) feed = it->second.take();
    pending_.erase(it);
    return feed;
  }

 private:
  std::map<int, handover::FeedDecoder> pending_;
};

}  // namespace fv::web
