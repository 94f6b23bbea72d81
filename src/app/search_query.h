// The search box's query language: several words must all match (AND), "quoted phrases" match
// as written, -word excludes. Matching is on NFKC + case-folded text, so "Zürich" finds
// "ZÜRICH" and "ﬁnance" finds "finance".
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fv::app {

class SearchQuery {
 public:
  explicit SearchQuery(std::string_view text = {});
  bool empty() const { return include_.empty() && exclude_.empty(); }
  // `key` is the text to search, already passed through matching_key().
  bool matches(std::string_view key) const;

 private:
  std::vector<std::string> include_, exclude_;
};

// The normalised form searched: NFKC, case-folded.
std::string matching_key(std::string_view text);

}  // namespace fv::app
