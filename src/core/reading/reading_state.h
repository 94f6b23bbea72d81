// Read/unread and starred state of items, keyed by a stable identity (the subscribed feed URL
// plus the item's id, see core/identity), with the dashboard's views over it:
//
//   - flags live in one map by identity, so they survive a feed refresh (items re-parsed,
//     reordered, some gone) and a mark for an id no feed lists is kept but counts nowhere;
//   - the loaded feeds are mirrored as (feed index, item index) → flags caches with per-feed
//     counts, so a toggle costs O(1) and the sidebar's counts cost O(feeds), never O(items);
//   - every change is journalled for persistence (take_changes) and a bulk "mark read"
//     returns an undo snapshot of exactly the items it changed.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/model.h"

namespace fv::reading {

struct Flags {
  bool read = false, starred = false;
  bool operator==(const Flags& o) const { return read == o.read && starred == o.starred; }
  bool operator!=(const Flags& o) const { return !(*this == o); }
};

// One item's state by identity: what is stored and restored.
struct Mark {
  std::string feed_url, item_id;
  Flags flags;
};

struct Counts {
  std::size_t total = 0, unread = 0, starred = 0;
};

enum class View { All, Unread, Starred };
const char* view_name(View v);  // "All", "Unread", "Starred"

// What the list shows: a view, optionally narrowed to one feed or one folder.
struct Filter {
  enum class Scope { Everything, Feed, Folder };
  View view = View::All;
  Scope scope = Scope::Everything;
  std::size_t feed = 0;  // Scope::Feed: feed index
  std::string folder;    // Scope::Folder: folder name ("" is not a folder)
  bool operator==(const Filter& o) const {
    return view == o.view && scope == o.scope && feed == o.feed && folder == o.folder;
  }
  bool operator!=(const Filter& o) const { return !(*this == o); }
};

// The input for one feed: its subscribed URL (part of every item's identity), folder, and its
// items when loaded (nullptr while waiting or failed).
struct FeedInput {
  std::string_view url, folder;
  const std::vector<Item>* items = nullptr;
};

// What a bulk change did, to undo exactly that.
struct UndoSnapshot {
  std::vector<Mark> before;  // the prior flags of each item that changed
  bool empty() const { return before.empty(); }
  std::size_t size() const { return before.size(); }
};

class ReadingState {
 public:
  // Re-mirrors the loaded feeds (after a feed arrived, failed or the list changed). Only the
  // feeds whose input changed are re-read (URL, folder, or the items vector's buffer or size:
  // a new parse always brings a new buffer), so a feed arriving costs O(its items + feeds).
  // Items edited in place, keeping the buffer and size, are not noticed.
  void sync(const std::vector<FeedInput>& feeds);

  // Merges stored marks (at start-up, before or after feeds arrive). A mark changed in this
  // session is not overwritten by an older stored one.
  void restore(const std::vector<Mark>& marks);

  std::size_t feed_count() const { return feeds_.size(); }
  Flags flags(std::size_t feed, std::size_t item) const;
  Flags flags_of(std::string_view feed_url, std::string_view item_id) const;
  bool is_read(std::size_t feed, std::size_t item) const { return flags(feed, item).read; }
  bool is_starred(std::size_t feed, std::size_t item) const { return flags(feed, item).starred; }

  // Out-of-range indices are ignored (return false).
  bool set_read(std::size_t feed, std::size_t item, bool read);
  bool set_starred(std::size_t feed, std::size_t item, bool starred);
  bool toggle_read(std::size_t feed, std::size_t item);
  bool toggle_starred(std::size_t feed, std::size_t item);
  // Opening an item reads it; in the Unread view it stays listed until the filter changes.
  void mark_opened(std::size_t feed, std::size_t item);

  // Marks the given (feed, item) pairs read; returns the snapshot of those that were unread.
  UndoSnapshot mark_read(const std::vector<std::pair<std::size_t, std::size_t>>& items);
  // Every loaded item the filter matches, read.
  UndoSnapshot mark_all_read(const Filter& filter);
  void undo(const UndoSnapshot& snapshot);

  // Counts over loaded items.
  Counts feed_counts(std::size_t feed) const;
  Counts folder_counts(std::string_view folder) const;  // O(feeds)
  Counts totals() const { return totals_; }
  std::size_t view_count(View v) const;  // All: every item, Unread: unread, Starred: starred

  // The filter the list shows; changing it forgets which items were read while listed.
  const Filter& filter() const { return filter_; }
  void set_filter(const Filter& f);
  bool matches(std::size_t feed, std::size_t item) const;

  // Changes since the last call (one per item, latest flags), for the persistent store.
  std::vector<Mark> take_changes();

 private:
  struct LoadedFeed {
    std::string url, folder;
    std::vector<std::string> ids;
    std::vector<Flags> flags;
    Counts counts;
    const Item* source = nullptr;  // the items' buffer the cache was built from
  };
  static std::string key(std::string_view feed_url, std::string_view item_id);
  bool set_flags(std::size_t feed, std::size_t item, Flags next);
  void note_change(const std::string& k, std::string_view url, std::string_view id, Flags f);
  void recache();  // flags and counts of the loaded feeds from marks_
  void recache_feed(std::size_t fi);  // one feed's flags, counts and kept rows
  void retotal();                     // totals_ from the feeds' counts
  static std::uint64_t slot(std::size_t feed, std::size_t item) {
    return (static_cast<std::uint64_t>(feed) << 32) | static_cast<std::uint64_t>(item);
  }

  std::unordered_map<std::string, Flags> marks_;  // by key(feed URL, item id)
  std::unordered_set<std::string> touched_;        // keys changed in this session
  std::unordered_map<std::string, Mark> journal_;  // unsaved changes by key
  // Items read while listed in the Unread view: by key, and by (feed, item) for matches().
  std::unordered_set<std::string> kept_keys_;
  std::unordered_set<std::uint64_t> kept_;
  std::vector<LoadedFeed> feeds_;
  Counts totals_;
  Filter filter_;
};

}  // namespace fv::reading
