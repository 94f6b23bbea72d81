#include "app/story_book.h"

#include <algorithm>

namespace fv::app {
namespace {

constexpr stories::EntryId kNoEntry = static_cast<stories::EntryId>(-1);

std::string why_text(const stories::Explanation& e) {
  switch (e.reason) {
    case stories::Reason::Explicit: return "Listed together by the feed";
    case stories::Reason::SameLink: return "Same article (same link)";
    case stories::Reason::SameGuid: return "Same article (same id)";
    default: break;
  }
  if (e.shared_terms.empty()) return "Linked through other articles in this story";
  std::string out = "Shared words: ";
  for (std::size_t i = 0; i < e.shared_terms.size() && i < 6; ++i) {
    if (i) out += ", ";
    out += e.shared_terms[i];
  }
  return out;
}

}  // namespace

void StoryBook::add_feed(const std::vector<FeedSlot>& feeds, std::size_t index) {
  if (index >= feeds.size()) return;
  if (entries_.size() < feeds.size()) entries_.resize(feeds.size());
  // A refresh restarts the feed: its items may have moved (known ones are re-added at no cost).
  queue_.erase(std::remove_if(queue_.begin(), queue_.end(),
                              [&](const Pending& p) { return p.feed == index; }),
               queue_.end());
  entries_[index].clear();
  entries_[index].reserve(feeds[index].feed.items.size());
  queue_.push_back(Pending{index, 0});
}

void StoryBook::rebuild(const std::vector<FeedSlot>& feeds) {
  index_ = stories::StoryIndex();
  queue_.clear();
  entries_.assign(feeds.size(), {});
  stories_.clear();
  story_of_key_.clear();
  for (std::size_t i = 0; i < feeds.size(); ++i)
    if (!feeds[i].removed && !feeds[i].feed.items.empty()) add_feed(feeds, i);
}

bool StoryBook::step(const std::vector<FeedSlot>& feeds, std::size_t max_items) {
  if (queue_.empty()) return false;
  std::size_t budget = std::max<std::size_t>(1, max_items);
  while (!queue_.empty() && budget > 0) {
    Pending& p = queue_.front();
    if (p.feed >= feeds.size() || p.feed >= entries_.size()) {
      queue_.erase(queue_.begin());
      continue;
    }
    const FeedSlot& slot = feeds[p.feed];
    std::vector<stories::EntryId>& ids = entries_[p.feed];
    while (p.next_item < slot.feed.items.size() && budget > 0) {
      ids.push_back(index_.add(slot.url, slot.feed.items[p.next_item], slot.feed.language));
      ++p.next_item;
      --budget;
    }
    if (p.next_item >= slot.feed.items.size()) queue_.erase(queue_.begin());
  }
  return queue_.empty();
}

void StoryBook::annotate(std::vector<Headline>& headlines) {
  stories_ = index_.stories();
  story_of_key_.clear();
  story_of_key_.reserve(stories_.size());
  for (std::size_t s = 0; s < stories_.size(); ++s)
    story_of_key_[index_.story_key(stories_[s].lead)] = s;
  for (Headline& h : headlines) {
    h.entry = h.feed < entries_.size() && h.item < entries_[h.feed].size() ? entries_[h.feed][h.item]
                                                                           : kNoEntry;
    if (h.entry == kNoEntry) continue;
    const stories::EntryId key = index_.story_key(h.entry);
    h.story = key;
    const auto it = story_of_key_.find(key);
    if (it == story_of_key_.end()) continue;
    const stories::Story& s = stories_[it->second];
    h.story_lead = s.lead == h.entry;
    h.sources = std::max<std::size_t>(1, s.source_count);
  }
}

std::vector<CoverageEntry> StoryBook::coverage(const Headline& h) const {
  std::vector<CoverageEntry> out;
  if (h.entry == kNoEntry || h.entry >= index_.size()) return out;
  const auto it = story_of_key_.find(index_.story_key(h.entry));
  if (it == story_of_key_.end()) return out;
  const stories::Entry& self = index_.entry(h.entry);
  const std::string self_link = self.link;
  for (stories::EntryId id : stories_[it->second].members) {
    if (id == h.entry) continue;
    const stories::Entry& e = index_.entry(id);
    if (!is_http_link(e.link) || e.link == self_link) continue;
    CoverageEntry c;
    c.title = e.title;
    c.link = e.link;
    c.source = e.source;
    c.time = e.time;
    c.why = why_text(index_.explain(h.entry, id));
    out.push_back(std::move(c));
  }
  // Several feeds may carry the same article: list each link once.
  std::stable_sort(out.begin(), out.end(), [](const CoverageEntry& a, const CoverageEntry& b) {
    if (a.time && b.time) return *a.time > *b.time;
    return a.time.has_value() && !b.time.has_value();
  });
  std::vector<CoverageEntry> unique;
  for (CoverageEntry& c : out) {
    bool seen = false;
    for (const CoverageEntry& u : unique) seen |= u.link == c.link;
    if (!seen) unique.push_back(std::move(c));
  }
  return unique;
}

}  // namespace fv::app
