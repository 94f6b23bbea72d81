#include "app/search_query.h"

#include "core/text/unicode.h"

namespace fv::app {

std::string matching_key(std::string_view text) { return text::normalize_for_matching(text); }

SearchQuery::SearchQuery(std::string_view text) {
  const std::string q = matching_key(text);
  std::size_t i = 0;
  while (i < q.size()) {
    while (i < q.size() && (q[i] == ' ' || q[i] == '\t')) ++i;
    if (i >= q.size()) break;
    bool negate = false;
    if (q[i] == '-' && i + 1 < q.size() && q[i + 1] != ' ') {
      negate = true;
      ++i;
    }
    std::string term;
    if (q[i] == '"') {
      const std::size_t close = q.find('"', i + 1);
      const std::size_t end = close == std::string::npos ? q.size() : close;
      term = q.substr(i + 1, end - i - 1);
      i = close == std::string::npos ? q.size() : close + 1;
    } else {
      const std::size_t end = q.find_first_of(" \t", i);
      term = q.substr(i, end == std::string::npos ? std::string::npos : end - i);
      i = end == std::string::npos ? q.size() : end;
    }
    if (term.empty()) continue;
    (negate ? exclude_ : include_).push_back(std::move(term));
  }
}

bool SearchQuery::matches(std::string_view key) const {
  for (const std::string& t : include_)
    if (key.find(t) == std::string_view::npos) return false;
  for (const std::string& t : exclude_)
    if (key.find(t) != std::string_view::npos) return false;
  return true;
}

}  // namespace fv::app
