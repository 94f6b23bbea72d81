// The search box's query language, shared by the dashboard, the worker and the bench:
//   several words      all must occur (AND):            ukraine summit
//   "quoted phrase"    occurs as written (“curly” too):  "white house"
//   -word, -"phrase"   must not occur:                   election -poll
// Matching is substring matching on folded text — NFKC, case-folded, accents stripped,
// whitespace runs collapsed to one space — so "zurich" finds "Zürich", "ﬁnance" finds
// "finance", "ПУТИН" finds "Путин", and a phrase matches across a line break. Substrings (not
// whole words) so results follow each keystroke, and so scripts written without spaces
// (Chinese, Japanese, Thai) are searchable at all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fv::search {

// The folded form searched. Build it once per item (title, source, text) and keep it: folding
// is the expensive part, matching is a few substring searches.
std::string matching_key(std::string_view text);

class SearchQuery {
 public:
  explicit SearchQuery(std::string_view text = {});

  // True for a blank query (or one of lone quotes and dashes): everything matches.
  bool empty() const { return include_.empty() && exclude_.empty(); }
  // `key` must come from matching_key().
  bool matches(std::string_view key) const;

  // True when every key this query matches is also matched by `previous` (typing more of a
  // word, adding a word or an exclusion): the caller may then filter the previous results
  // instead of every item.
  bool narrows(const SearchQuery& previous) const;

  // The folded terms, in query order (for highlighting and tests).
  const std::vector<std::string>& included() const { return include_; }
  const std::vector<std::string>& excluded() const { return exclude_; }

 private:
  std::vector<std::string> include_, exclude_;
};

}  // namespace fv::search
