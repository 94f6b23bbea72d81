// The reader's subscriptions and the edits a person makes to them: add by address (one
// subscription per feed, whatever the spelling of its URL), rename, move between folders,
// remove with undo. Pure data; the app draws it and the page stores it.
//
// Folders are names, not objects: a folder exists while a feed is in it. Nested folders are
// written "Parent / Child" (OPML import flattens its tree that way and export nests it again).
//
// Entries are never erased: a removed one is marked `removed`, so the index of every entry
// stays valid for the app's feed slots and for a pending undo.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace fv::subscriptions {

struct Subscription {
  std::string url;     // as fetched: absolute http(s), or relative to the page (bundled feeds)
  std::string title;   // the reader's name for it; "" = the feed's own title
  std::string folder;  // "" = no folder; "Parent / Child" for nested folders
  bool removed = false;    // removed by the reader (see class comment)
  bool for_visit = false;  // from the page address (?feed=, ?opml=): shown, not stored
};

struct EditResult {
  bool ok = false;
  std::string message;  // for people: what happened, or why nothing did
  int index = -1;       // the entry the edit touched
};

// What a person typed into "Add a feed" → an absolute http(s) URL: trims, adds "https://" when
// the scheme is missing ("example.com/feed"). "" when it cannot be a web address.
std::string clean_feed_address(std::string_view typed);

// The key that decides "already subscribed": scheme, "www.", letter case of the host, a trailing
// slash, the fragment and tracking parameters do not matter.
std::string address_key(std::string_view url);

// A name as typed: surrounding and repeated white space removed, control characters dropped,
// at most kMaxName bytes (cut on a UTF-8 boundary).
std::string clean_name(std::string_view typed);

// A folder as typed: each "/"-separated part cleaned as a name, empty parts dropped, joined
// with " / ". "news/ world " → "news / world".
std::string clean_folder(std::string_view typed);

constexpr std::size_t kMaxName = 200;
constexpr std::int64_t kUndoSeconds = 8;

class SubscriptionList {
 public:
  const std::vector<Subscription>& entries() const { return entries_; }
  const Subscription& at(int index) const { return entries_[static_cast<std::size_t>(index)]; }
  bool valid(int index) const;  // an entry that is not removed
  std::size_t active_count() const;

  // The active entry with the same address key as `url`, or -1.
  int find(std::string_view url) const;

  // Adds a subscription. Relative URLs are taken as they are (the bundled list); anything
  // else must be http(s). Fails, naming the existing entry, when the feed is already there.
  EditResult add(std::string_view url, std::string_view title = {}, std::string_view folder = {},
                 bool for_visit = false);
  EditResult rename(int index, std::string_view title);
  EditResult move(int index, std::string_view folder);
  // A feed from the page address becomes a stored subscription.
  EditResult keep(int index);
  // Renames a folder and every folder below it; feeds keep their place.
  EditResult rename_folder(std::string_view from, std::string_view to);

  // Removes an entry; undo() within kUndoSeconds puts it back where it was.
  EditResult remove(int index, std::int64_t now);
  // The newest removal that can still be undone, or -1.
  int pending_undo(std::int64_t now) const;
  // Seconds until the pending undo runs out (0 when none).
  std::int64_t undo_seconds_left(std::int64_t now) const;
  EditResult undo(std::int64_t now);
  // Removals whose undo window has passed: their entries, oldest first, once each (the caller
  // deletes what it stored for them).
  std::vector<int> expire(std::int64_t now);

  // Every folder that holds an active feed, and each of its parents, sorted.
  std::vector<std::string> folders() const;

 private:
  struct Removal {
    int index;
    std::int64_t at;
  };
  std::vector<Subscription> entries_;
  std::vector<Removal> removals_;  // oldest first
};

// "“Title”" for messages: the reader's name, else the address.
std::string display_name(const Subscription& s);

}  // namespace fv::subscriptions
