// The dashboard's cross-feed stories: every loaded feed's items go into one
// stories::StoryIndex as the feed arrives (only that feed's items are added; a refresh re-adds
// known items at no cost), and each headline learns its story — key, lead, source count — and
// its Full coverage: the other members of its story with source, time and why they were grouped.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/headlines.h"
#include "app/subscriptions.h"
#include "core/stories/story_index.h"

namespace fv::app {

struct CoverageEntry {
  std::string title, link, source;
  std::optional<std::int64_t> time;
  std::string why;  // "Shared words: summit, ukraine" / "Same link" / "Listed together by the feed"
};

class StoryBook {
 public:
  // Queues the items of feeds[index] (call when it has loaded); step() adds them. Clustering
  // a big feed takes hundreds of ms, so it is spread over frames instead of freezing one.
  void add_feed(const std::vector<FeedSlot>& feeds, std::size_t index);
  // Adds up to `max_items` queued items; true when the queue emptied in this call (annotate
  // the headlines again then).
  bool step(const std::vector<FeedSlot>& feeds, std::size_t max_items);
  bool pending() const { return !queue_.empty(); }
  // A feed was removed: its items must leave every story (Full coverage, source counts).
  // Stories are union-find components, which cannot be split, so the index is rebuilt from
  // the feeds still listed, queued like new arrivals (step() spreads it over frames).
  void rebuild(const std::vector<FeedSlot>& feeds);

  // Sets story, story_lead and sources on each headline (after every add_feed).
  void annotate(std::vector<Headline>& headlines);

  // The other members of the headline's story, its own feed's cluster included, newest first.
  std::vector<CoverageEntry> coverage(const Headline& h) const;

 private:
  struct Pending {
    std::size_t feed = 0, next_item = 0;
  };
  stories::StoryIndex index_;
  std::vector<Pending> queue_;  // feeds whose items are still being added, oldest first
  std::vector<std::vector<stories::EntryId>> entries_;  // by feed slot, by item index
  std::vector<stories::Story> stories_;                 // as of the last annotate()
  std::unordered_map<stories::EntryId, std::size_t> story_of_key_;  // story key -> stories_ slot
};

}  // namespace fv::app
