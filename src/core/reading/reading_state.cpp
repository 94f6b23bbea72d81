#include "core/reading/reading_state.h"

#include <iterator>

namespace fv::reading {

const char* view_name(View v) {
  switch (v) {
    case View::Unread: return "Unread";
    case View::Starred: return "Starred";
    case View::All: break;
  }
  return "All";
}

std::string ReadingState::key(std::string_view feed_url, std::string_view item_id) {
  // A URL never contains a newline (parsers strip them), so the key is unambiguous.
  std::string k;
  k.reserve(feed_url.size() + 1 + item_id.size());
  k.append(feed_url).push_back('\n');
  k.append(item_id);
  return k;
}

void ReadingState::sync(const std::vector<FeedInput>& feeds) {
  std::vector<LoadedFeed> next(feeds.size());
  std::vector<std::size_t> changed;
  for (std::size_t fi = 0; fi < feeds.size(); ++fi) {
    const FeedInput& in = feeds[fi];
    const Item* source = in.items && !in.items->empty() ? in.items->data() : nullptr;
    const std::size_t n = source ? in.items->size() : 0;
    if (fi < feeds_.size() && feeds_[fi].source == source && feeds_[fi].ids.size() == n &&
        feeds_[fi].url == in.url && feeds_[fi].folder == in.folder) {
      next[fi] = std::move(feeds_[fi]);  // unchanged: its flags and counts stand
      continue;
    }
    LoadedFeed& f = next[fi];
    f.url = std::string(in.url);
    f.folder = std::string(in.folder);
    f.source = source;
    f.ids.reserve(n);
    for (std::size_t i = 0; i < n; ++i) f.ids.push_back((*in.items)[i].id);
    changed.push_back(fi);
  }
  // Rows kept in the Unread view are by (feed, item): drop those of the re-read feeds and of
  // feeds no longer listed; recache_feed finds the re-read feeds' ones again by key.
  if (!kept_.empty()) {
    std::unordered_set<std::size_t> gone(changed.begin(), changed.end());
    for (std::size_t fi = feeds.size(); fi < feeds_.size(); ++fi) gone.insert(fi);
    for (auto it = kept_.begin(); it != kept_.end();)
      it = gone.count(static_cast<std::size_t>(*it >> 32)) ? kept_.erase(it) : std::next(it);
  }
  feeds_ = std::move(next);
  for (std::size_t fi : changed) recache_feed(fi);
  retotal();
}

void ReadingState::recache() {
  kept_.clear();
  for (std::size_t fi = 0; fi < feeds_.size(); ++fi) recache_feed(fi);
  retotal();
}

void ReadingState::recache_feed(std::size_t fi) {
  LoadedFeed& f = feeds_[fi];
  f.flags.assign(f.ids.size(), Flags{});
  f.counts = {};
  std::string k = key(f.url, "");
  const std::size_t prefix = k.size();
  for (std::size_t i = 0; i < f.ids.size(); ++i) {
    k.resize(prefix);
    k.append(f.ids[i]);
    auto it = marks_.find(k);
    if (it != marks_.end()) f.flags[i] = it->second;
    if (!kept_keys_.empty() && kept_keys_.count(k)) kept_.insert(slot(fi, i));
    f.counts.total += 1;
    f.counts.unread += !f.flags[i].read;
    f.counts.starred += f.flags[i].starred;
  }
}

void ReadingState::retotal() {
  totals_ = {};
  for (const LoadedFeed& f : feeds_) {
    totals_.total += f.counts.total;
    totals_.unread += f.counts.unread;
    totals_.starred += f.counts.starred;
  }
}

void ReadingState::restore(const std::vector<Mark>& marks) {
  for (const Mark& m : marks) {
    if (m.feed_url.empty() || m.item_id.empty()) continue;
    const std::string k = key(m.feed_url, m.item_id);
    if (touched_.count(k)) continue;  // this session's change is newer
    marks_[k] = m.flags;
  }
  recache();
}

Flags ReadingState::flags(std::size_t feed, std::size_t item) const {
  if (feed >= feeds_.size() || item >= feeds_[feed].flags.size()) return {};
  return feeds_[feed].flags[item];
}

Flags ReadingState::flags_of(std::string_view feed_url, std::string_view item_id) const {
  auto it = marks_.find(key(feed_url, item_id));
  return it == marks_.end() ? Flags{} : it->second;
}

void ReadingState::note_change(const std::string& k, std::string_view url, std::string_view id,
                               Flags f) {
  marks_[k] = f;
  touched_.insert(k);
  Mark& m = journal_[k];
  m.feed_url = std::string(url);
  m.item_id = std::string(id);
  m.flags = f;
}

bool ReadingState::set_flags(std::size_t feed, std::size_t item, Flags next) {
  if (feed >= feeds_.size() || item >= feeds_[feed].flags.size()) return false;
  LoadedFeed& f = feeds_[feed];
  const Flags prev = f.flags[item];
  if (prev == next) return true;
  f.flags[item] = next;
  const auto adjust = [](std::size_t& n, bool was, bool is) {
    if (was && !is) n -= 1;
    if (!was && is) n += 1;
  };
  adjust(f.counts.unread, !prev.read, !next.read);
  adjust(totals_.unread, !prev.read, !next.read);
  adjust(f.counts.starred, prev.starred, next.starred);
  adjust(totals_.starred, prev.starred, next.starred);
  note_change(key(f.url, f.ids[item]), f.url, f.ids[item], next);
  return true;
}

bool ReadingState::set_read(std::size_t feed, std::size_t item, bool read) {
  Flags next = flags(feed, item);
  next.read = read;
  return set_flags(feed, item, next);
}

bool ReadingState::set_starred(std::size_t feed, std::size_t item, bool starred) {
  Flags next = flags(feed, item);
  next.starred = starred;
  return set_flags(feed, item, next);
}

bool ReadingState::toggle_read(std::size_t feed, std::size_t item) {
  return set_read(feed, item, !flags(feed, item).read);
}

bool ReadingState::toggle_starred(std::size_t feed, std::size_t item) {
  return set_starred(feed, item, !flags(feed, item).starred);
}

void ReadingState::mark_opened(std::size_t feed, std::size_t item) {
  if (feed >= feeds_.size() || item >= feeds_[feed].ids.size()) return;
  if (filter_.view == View::Unread && !is_read(feed, item)) {
    kept_keys_.insert(key(feeds_[feed].url, feeds_[feed].ids[item]));
    kept_.insert(slot(feed, item));
  }
  set_read(feed, item, true);
}

UndoSnapshot ReadingState::mark_read(const std::vector<std::pair<std::size_t, std::size_t>>& items) {
  UndoSnapshot snap;
  for (const auto& [feed, item] : items) {
    if (feed >= feeds_.size() || item >= feeds_[feed].flags.size()) continue;
    const Flags prev = feeds_[feed].flags[item];
    if (prev.read) continue;
    snap.before.push_back({feeds_[feed].url, feeds_[feed].ids[item], prev});
    set_read(feed, item, true);
  }
  // A bulk mark empties the Unread view: nothing read by it stays listed.
  kept_keys_.clear();
  kept_.clear();
  return snap;
}

UndoSnapshot ReadingState::mark_all_read(const Filter& filter) {
  const Filter saved = filter_;
  filter_ = filter;
  std::vector<std::pair<std::size_t, std::size_t>> items;
  for (std::size_t f = 0; f < feeds_.size(); ++f)
    for (std::size_t i = 0; i < feeds_[f].flags.size(); ++i)
      if (matches(f, i)) items.emplace_back(f, i);
  filter_ = saved;
  return mark_read(items);
}

void ReadingState::undo(const UndoSnapshot& snapshot) {
  for (const Mark& m : snapshot.before) {
    const std::string k = key(m.feed_url, m.item_id);
    // Only the read flag was changed by the bulk mark; a star set since then stays.
    Flags now = flags_of(m.feed_url, m.item_id);
    now.read = m.flags.read;
    note_change(k, m.feed_url, m.item_id, now);
  }
  recache();
}

Counts ReadingState::feed_counts(std::size_t feed) const {
  return feed < feeds_.size() ? feeds_[feed].counts : Counts{};
}

Counts ReadingState::folder_counts(std::string_view folder) const {
  Counts c;
  if (folder.empty()) return c;
  for (const LoadedFeed& f : feeds_) {
    if (f.folder != folder) continue;
    c.total += f.counts.total;
    c.unread += f.counts.unread;
    c.starred += f.counts.starred;
  }
  return c;
}

std::size_t ReadingState::view_count(View v) const {
  switch (v) {
    case View::Unread: return totals_.unread;
    case View::Starred: return totals_.starred;
    case View::All: break;
  }
  return totals_.total;
}

void ReadingState::set_filter(const Filter& f) {
  if (f == filter_) return;
  filter_ = f;
  kept_keys_.clear();
  kept_.clear();
}

bool ReadingState::matches(std::size_t feed, std::size_t item) const {
  if (feed >= feeds_.size() || item >= feeds_[feed].flags.size()) return false;
  const LoadedFeed& f = feeds_[feed];
  switch (filter_.scope) {
    case Filter::Scope::Feed:
      if (feed != filter_.feed) return false;
      break;
    case Filter::Scope::Folder:
      if (filter_.folder.empty() || f.folder != filter_.folder) return false;
      break;
    case Filter::Scope::Everything: break;
  }
  const Flags fl = f.flags[item];
  switch (filter_.view) {
    case View::Unread: return !fl.read || kept_.count(slot(feed, item)) > 0;
    case View::Starred: return fl.starred;
    case View::All: break;
  }
  return true;
}

std::vector<Mark> ReadingState::take_changes() {
  std::vector<Mark> out;
  out.reserve(journal_.size());
  for (auto& [k, m] : journal_) out.push_back(std::move(m));
  journal_.clear();
  return out;
}

}  // namespace fv::reading
