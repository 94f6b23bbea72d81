#include "core/subscriptions/subscription_list.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/url/url.h"

namespace fv::subscriptions {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Cuts at most `max` bytes without splitting a UTF-8 sequence.
void cut_utf8(std::string& s, std::size_t max) {
  if (s.size() <= max) return;
  std::size_t n = max;
  while (n > 0 && (static_cast<unsigned char>(s[n]) & 0xC0) == 0x80) --n;
  s.resize(n);
  while (!s.empty() && s.back() == ' ') s.pop_back();
}

std::string quoted(const std::string& s) { return "\xE2\x80\x9C" + s + "\xE2\x80\x9D"; }

// The results of an edit of one entry: done, or the entry is gone (removed meanwhile).
EditResult done(int index, std::string message) {
  EditResult r;
  r.ok = true;
  r.index = index;
  r.message = std::move(message);
  return r;
}

EditResult gone(int index) {
  EditResult r;
  r.index = index;
  r.message = "That feed is no longer in the list.";
  return r;
}

bool in_folder(const std::string& folder, const std::string& root) {
  return folder == root || (folder.size() > root.size() + 3 &&
                            folder.compare(0, root.size() + 3, root + " / ") == 0);
}

}  // namespace

std::string clean_feed_address(std::string_view typed) {
  std::string_view t = trim(typed);
  if (t.empty()) return {};
  for (char c : t)
    if (is_space(c) || static_cast<unsigned char>(c) < 0x20) return {};
  std::string s(t);
  std::string scheme = url::scheme(s);
  if (scheme == "feed") {  // feed://host/path and feed:https://host/path, as some sites link
    s = s.substr(5);
    if (s.compare(0, 2, "//") == 0) s = "https:" + s;
    scheme = url::scheme(s);
  }
  if (scheme.empty() || (scheme != "http" && scheme != "https" &&
                         s.size() > scheme.size() + 1 && std::isdigit(static_cast<unsigned char>(s[scheme.size() + 1])))) {
    // "example.com/feed", "//example.com/feed", "localhost:8080/feed": no scheme was typed.
    s = (s.compare(0, 2, "//") == 0 ? "https:" : "https://") + s;
  }
  if (!url::is_http_url(s) || url::host(s).empty()) return {};
  return s;
}

std::string address_key(std::string_view u) { return url::normalize_for_identity(trim(u)); }

std::string clean_name(std::string_view typed) {
  std::string out;
  bool space = false;
  for (char c : trim(typed)) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (is_space(c)) {
      space = true;
      continue;
    }
    if (u < 0x20 || u == 0x7F) continue;
    if (space && !out.empty()) out += ' ';
    space = false;
    out += c;
  }
  cut_utf8(out, kMaxName);
  return out;
}

std::string clean_folder(std::string_view typed) {
  std::string out;
  std::size_t start = 0;
  while (start <= typed.size()) {
    std::size_t slash = typed.find('/', start);
    if (slash == std::string_view::npos) slash = typed.size();
    std::string part = clean_name(typed.substr(start, slash - start));
    if (!part.empty()) {
      if (!out.empty()) out += " / ";
      out += part;
    }
    start = slash + 1;
  }
  cut_utf8(out, kMaxName);
  return out;
}

std::string display_name(const Subscription& s) { return quoted(s.title.empty() ? s.url : s.title); }

bool SubscriptionList::valid(int index) const {
  return index >= 0 && static_cast<std::size_t>(index) < entries_.size() && !entries_[index].removed;
}

std::size_t SubscriptionList::active_count() const {
  return static_cast<std::size_t>(
      std::count_if(entries_.begin(), entries_.end(), [](const Subscription& s) { return !s.removed; }));
}

int SubscriptionList::find(std::string_view u) const {
  const std::string key = address_key(u);
  for (std::size_t i = 0; i < entries_.size(); ++i)
    if (!entries_[i].removed && address_key(entries_[i].url) == key) return static_cast<int>(i);
  return -1;
}

EditResult SubscriptionList::add(std::string_view u, std::string_view title, std::string_view folder,
                                 bool for_visit) {
  EditResult r;
  const std::string address(trim(u));
  if (address.empty()) {
    r.message = "Type the address of a feed or of a site.";
    return r;
  }
  const std::string scheme = url::scheme(address);
  if (!scheme.empty() && scheme != "http" && scheme != "https") {
    r.message = "Only http and https addresses can be subscribed to.";
    return r;
  }
  if (const int existing = find(address); existing >= 0) {
    r.index = existing;
    r.message = "Already subscribed: " + display_name(entries_[existing]) + ".";
    return r;
  }
  Subscription s;
  s.url = address;
  s.title = clean_name(title);
  s.folder = clean_folder(folder);
  s.for_visit = for_visit;
  entries_.push_back(std::move(s));
  return done(static_cast<int>(entries_.size() - 1), "Added " + display_name(entries_.back()) + ".");
}

EditResult SubscriptionList::rename(int index, std::string_view title) {
  if (!valid(index)) return gone(index);
  entries_[index].title = clean_name(title);
  return done(index, entries_[index].title.empty() ? "The feed shows its own title again."
                                                   : "Renamed to " + display_name(entries_[index]) + ".");
}

EditResult SubscriptionList::move(int index, std::string_view folder) {
  if (!valid(index)) return gone(index);
  Subscription& s = entries_[index];
  const std::string to = clean_folder(folder);
  if (to == s.folder) {
    return done(index, to.empty() ? display_name(s) + " is in no folder already."
                                  : display_name(s) + " is in " + quoted(to) + " already.");
  }
  s.folder = to;
  return done(index, to.empty() ? "Moved " + display_name(s) + " out of its folder."
                                : "Moved " + display_name(s) + " to " + quoted(to) + ".");
}

EditResult SubscriptionList::keep(int index) {
  if (!valid(index)) return gone(index);
  entries_[index].for_visit = false;
  return done(index, "Subscribed to " + display_name(entries_[index]) + ".");
}

EditResult SubscriptionList::rename_folder(std::string_view from_typed, std::string_view to_typed) {
  EditResult r;
  const std::string from = clean_folder(from_typed), to = clean_folder(to_typed);
  if (from.empty()) {
    r.message = "Choose a folder to rename.";
    return r;
  }
  if (to.empty()) {
    r.message = "Give the folder a name.";
    return r;
  }
  std::size_t moved = 0;
  for (Subscription& s : entries_) {
    if (s.removed || !in_folder(s.folder, from)) continue;
    s.folder = to + s.folder.substr(from.size());
    ++moved;
  }
  if (moved == 0) {
    r.message = "There is no folder " + quoted(from) + ".";
    return r;
  }
  r.ok = true;
  r.message = "Renamed the folder to " + quoted(to) + ".";  // no one entry: index stays -1
  return r;
}

EditResult SubscriptionList::remove(int index, std::int64_t now) {
  if (!valid(index)) return gone(index);
  entries_[index].removed = true;
  removals_.push_back({index, now});
  return done(index, "Removed " + display_name(entries_[index]) + ".");
}

int SubscriptionList::pending_undo(std::int64_t now) const {
  for (auto it = removals_.rbegin(); it != removals_.rend(); ++it)
    if (now - it->at < kUndoSeconds) return it->index;
  return -1;
}

std::int64_t SubscriptionList::undo_seconds_left(std::int64_t now) const {
  for (auto it = removals_.rbegin(); it != removals_.rend(); ++it)
    if (now - it->at < kUndoSeconds) return kUndoSeconds - (now - it->at);
  return 0;
}

EditResult SubscriptionList::undo(std::int64_t now) {
  EditResult r;
  const int index = pending_undo(now);
  if (index < 0) {
    r.message = "Nothing to undo.";
    return r;
  }
  removals_.erase(std::find_if(removals_.begin(), removals_.end(),
                               [&](const Removal& x) { return x.index == index; }));
  Subscription& s = entries_[index];
  r.index = index;
  if (const int again = find(s.url); again >= 0) {
    // Added again meanwhile: the new entry stays, the old one stays removed.
    r.message = display_name(s) + " is subscribed again already.";
    return r;
  }
  s.removed = false;
  return done(index, "Restored " + display_name(s) + ".");
}

std::vector<int> SubscriptionList::expire(std::int64_t now) {
  std::vector<int> out;
  auto keep = removals_.begin();
  for (auto it = removals_.begin(); it != removals_.end(); ++it) {
    if (now - it->at >= kUndoSeconds) out.push_back(it->index);
    else *keep++ = *it;
  }
  removals_.erase(keep, removals_.end());
  return out;
}

std::vector<std::string> SubscriptionList::folders() const {
  std::set<std::string> all;
  for (const Subscription& s : entries_) {
    if (s.removed || s.folder.empty()) continue;
    // "A / B / C" also names "A" and "A / B".
    for (std::size_t at = s.folder.find(" / "); at != std::string::npos; at = s.folder.find(" / ", at + 3))
      all.insert(s.folder.substr(0, at));
    all.insert(s.folder);
  }
  return {all.begin(), all.end()};
}

}  // namespace fv::subscriptions
