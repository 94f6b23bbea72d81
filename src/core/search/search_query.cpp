#include "core/search/search_query.h"

#include "core/text/unicode.h"

namespace fv::search {
namespace {

constexpr std::string_view kOpenCurly = "\xE2\x80\x9C";   // “
constexpr std::string_view kCloseCurly = "\xE2\x80\x9D";  // ”

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

// Collapses whitespace runs (after NFKC, U+00A0 and the other Unicode spaces are ' ') to one
// space and trims both ends.
std::string collapse_spaces(const std::string& s) {
  std::string out;
  out.reserve(s.size());
  bool pending = false;
  for (char c : s) {
    if (is_space(c)) {
      pending = !out.empty();
      continue;
    }
    if (pending) out.push_back(' ');
    pending = false;
    out.push_back(c);
  }
  return out;
}

bool starts_with(std::string_view s, std::size_t i, std::string_view prefix) {
  return s.compare(i, prefix.size(), prefix) == 0;
}

}  // namespace

std::string matching_key(std::string_view text) {
  return collapse_spaces(text::fold_for_search(text));
}

SearchQuery::SearchQuery(std::string_view text) {
  const std::string q = matching_key(text);
  std::size_t i = 0;
  while (i < q.size()) {
    if (q[i] == ' ') {
      ++i;
      continue;
    }
    bool negate = false;
    if (q[i] == '-' && (i + 1 == q.size() || q[i + 1] == ' ')) {  // a dash still being typed
      ++i;
      continue;
    }
    if (q[i] == '-') {
      negate = true;
      ++i;
    }
    std::string term;
    const bool straight = q[i] == '"';
    if (straight || starts_with(q, i, kOpenCurly)) {
      // A phrase runs to its closing quote, or to the end while it is still being typed.
      const std::size_t open_len = straight ? 1 : kOpenCurly.size();
      const std::size_t from = i + open_len;
      std::size_t close = straight ? q.find('"', from) : q.find(kCloseCurly, from);
      if (!straight && close == std::string::npos) close = q.find('"', from);
      const std::size_t end = close == std::string::npos ? q.size() : close;
      term = q.substr(from, end - from);
      if (close == std::string::npos)
        i = q.size();
      else
        i = close + (q[close] == '"' ? 1 : kCloseCurly.size());
      // Leading/trailing spaces inside the quotes mean nothing.
      while (!term.empty() && term.back() == ' ') term.pop_back();
      if (!term.empty() && term.front() == ' ') term.erase(0, 1);
    } else {
      const std::size_t end = q.find(' ', i);
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

bool SearchQuery::narrows(const SearchQuery& previous) const {
  // Each earlier requirement must still hold: an included term is implied by a longer term
  // containing it; an excluded term must still be excluded as written (or by a shorter one).
  for (const std::string& was : previous.include_) {
    bool implied = false;
    for (const std::string& now : include_) implied |= now.find(was) != std::string::npos;
    if (!implied) return false;
  }
  for (const std::string& was : previous.exclude_) {
    bool kept = false;
    for (const std::string& now : exclude_) kept |= was.find(now) != std::string::npos;
    if (!kept) return false;
  }
  return true;
}

}  // namespace fv::search
