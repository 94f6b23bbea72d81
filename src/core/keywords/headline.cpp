#include "core/keywords/headline.h"

namespace fv::keywords {

std::string_view strip_source_suffix(std::string_view title, std::string_view source) {
  if (source.empty() || title.size() <= source.size() + 3) return title;
  std::string_view tail = title.substr(title.size() - source.size());
  std::string_view dash = title.substr(title.size() - source.size() - 3, 3);
  if (tail == source && dash == " - ") return title.substr(0, title.size() - source.size() - 3);
  return title;
}

std::string_view headline_of(const Item& item) {
  std::string_view t = item.title;
  std::string_view stripped = strip_source_suffix(t, item.source.title);
  if (stripped.size() == t.size() && !item.related.empty())
    stripped = strip_source_suffix(t, item.related.front().source);
  return stripped;
}

}  // namespace fv::keywords
