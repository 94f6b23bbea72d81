#include "core/namespaces/google_news/google_news.h"

#include <algorithm>
#include <cctype>
#include <iterator>
#include <string>

#include "core/formats/common/adapt.h"
#include "core/text/entities.h"

namespace fv::ns::google_news {
namespace {

// Case-insensitive find of an ASCII tag opener like "<a" followed by space or '>'.
std::size_t find_tag(std::string_view s, std::string_view open, std::size_t from) {
  while (from < s.size()) {
    std::size_t lt = s.find('<', from);
    if (lt == std::string_view::npos || lt + open.size() >= s.size()) return std::string_view::npos;
    bool match = true;
    for (std::size_t k = 1; k < open.size() && match; ++k)
      match = std::tolower((unsigned char)s[lt + k]) == open[k];
    if (match) {
      char after = s[lt + open.size()];
      if (after == ' ' || after == '>' || after == '\t' || after == '\n' || after == '/') return lt;
    }
    from = lt + 1;
  }
  return std::string_view::npos;
}

// `needle` is lower-case ASCII starting with '<'.
std::size_t find_ci(std::string_view s, std::string_view needle, std::size_t from) {
  for (std::size_t i = from; i + needle.size() <= s.size(); ++i) {
    i = s.find('<', i);
    if (i == std::string_view::npos || i + needle.size() > s.size()) return std::string_view::npos;
    std::size_t k = 0;
    while (k < needle.size() && std::tolower((unsigned char)s[i + k]) == needle[k]) ++k;
    if (k == needle.size()) return i;
  }
  return std::string_view::npos;
}

// Case-insensitive search of a lower-case word in a short string (a start tag).
std::size_t find_word_ci(std::string_view s, std::string_view word, std::size_t from) {
  for (std::size_t i = from; i + word.size() <= s.size(); ++i) {
    std::size_t k = 0;
    while (k < word.size() && std::tolower((unsigned char)s[i + k]) == word[k]) ++k;
    if (k == word.size()) return i;
  }
  return std::string_view::npos;
}

// The value of attribute `name` in the start tag s[lt, gt).
std::string_view attribute(std::string_view tag, std::string_view name) {
  std::size_t pos = 0;
  while ((pos = find_word_ci(tag, name, pos)) != std::string_view::npos) {
    bool boundary = pos > 0 && std::isspace((unsigned char)tag[pos - 1]);
    std::size_t j = pos + name.size();
    while (j < tag.size() && std::isspace((unsigned char)tag[j])) ++j;
    if (!boundary || j >= tag.size() || tag[j] != '=') {
      pos += name.size();
      continue;
    }
    ++j;
    while (j < tag.size() && std::isspace((unsigned char)tag[j])) ++j;
    if (j >= tag.size()) return {};
    char q = tag[j];
    if (q == '"' || q == '\'') {
      std::size_t e = tag.find(q, j + 1);
      return tag.substr(j + 1, (e == std::string_view::npos ? tag.size() : e) - j - 1);
    }
    std::size_t e = j;
    while (e < tag.size() && !std::isspace((unsigned char)tag[e]) && tag[e] != '>') ++e;
    return tag.substr(j, e - j);
  }
  return {};
}

// Skips whitespace, &nbsp; (as entity or as U+00A0) between the anchor and its source label.
std::size_t skip_separator(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (std::isspace((unsigned char)s[i])) ++i;
    else if (s.compare(i, 6, "&nbsp;") == 0) i += 6;
    else if (s.compare(i, 6, "&#160;") == 0) i += 6;
    else if (s.compare(i, 2, "\xC2\xA0") == 0) i += 2;
    else break;
  }
  return i;
}

bool ends_with_source(std::string_view title, std::string_view source, std::size_t& cut) {
  if (source.empty() || title.size() <= source.size() + 3) return false;
  std::string_view tail = title.substr(title.size() - source.size());
  if (tail != source) return false;
  std::string_view sep = title.substr(0, title.size() - source.size());
  // " - " is Google's separator; some copies use an en or em dash.
  for (std::string_view dash : {std::string_view(" - "), std::string_view(" \xE2\x80\x93 "),
                                std::string_view(" \xE2\x80\x94 ")}) {
    if (sep.size() > dash.size() && sep.substr(sep.size() - dash.size()) == dash) {
      cut = sep.size() - dash.size();
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Related> related_from_description(std::string_view html) {
  std::vector<Related> out;
  std::size_t pos = 0;
  while ((pos = find_tag(html, "<a", pos)) != std::string_view::npos) {
    std::size_t gt = html.find('>', pos);
    if (gt == std::string_view::npos) break;
    std::string_view tag = html.substr(pos, gt - pos);
    std::size_t close = find_ci(html, "</a>", gt + 1);
    if (close == std::string_view::npos) break;
    std::string_view anchor_text = html.substr(gt + 1, close - gt - 1);
    std::size_t after = skip_separator(html, close + 4);
    pos = close + 4;
    // Only "anchor, separator, <font>source</font>" is the pattern (checked in place, so a
    // description with many plain links stays linear).
    if (find_tag(html.substr(0, std::min(html.size(), after + 6)), "<font", after) != after) continue;
    std::size_t font = after;
    std::size_t font_gt = html.find('>', font);
    if (font_gt == std::string_view::npos) break;
    std::size_t font_close = find_ci(html, "</font>", font_gt + 1);
    if (font_close == std::string_view::npos) break;
    Related r;
    r.title = adapt::plain(anchor_text);
    r.link = adapt::link({}, text::decode_entities(attribute(tag, "href")));
    r.source = adapt::plain(html.substr(font_gt + 1, font_close - font_gt - 1));
    pos = font_close + 7;
    if (r.title.empty() && r.link.empty()) continue;
    out.push_back(std::move(r));
  }
  return out;
}

void split_title_source(Item& item) {
  std::size_t cut = 0;
  if (!item.source.title.empty()) {
    if (ends_with_source(item.title, item.source.title, cut)) item.title.resize(cut);
    return;
  }
  // No <source>: trust the item's own entry of the list (same link, or the only entry).
  for (const Related& r : item.related) {
    bool own = (!item.link.empty() && r.link == item.link) || item.related.size() == 1;
    if (!own || r.source.empty()) continue;
    if (ends_with_source(item.title, r.source, cut)) {
      item.title.resize(cut);
      item.source.title = r.source;
    }
    return;
  }
}

void apply(Item& item, std::string_view description_html) {
  if (find_ci(description_html, "<font", 0) != std::string_view::npos) {
    std::vector<Related> found = related_from_description(description_html);
    item.related.insert(item.related.end(), std::make_move_iterator(found.begin()),
                        std::make_move_iterator(found.end()));
  }
  split_title_source(item);
}

}  // namespace fv::ns::google_news
