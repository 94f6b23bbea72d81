#include "core/export/markdown.h"

#include <cstdio>

#include "core/export/slug.h"
#include "core/keywords/headline.h"
#include "core/keywords/words.h"
#include "core/text/html_to_text.h"
#include "core/url/url.h"

namespace fv::exporting {
namespace {

// Cuts after at most `max` code points, at the last space, and appends "…".
std::string cap_text(const std::string& s, std::size_t max) {
  if (keywords::count_code_points(s) <= max) return s;
  std::size_t i = 0, count = 0;
  while (i < s.size() && count < max) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++count;
  }
  std::size_t space = s.rfind(' ', i);
  if (space != std::string::npos && space > i / 2) i = space;
  return s.substr(0, i) + "…";
}

}  // namespace

std::string iso_date(std::int64_t t) {
  // Civil date from days since 1970-01-01 (H. Hinnant's algorithm), valid for any int64 day.
  std::int64_t z = (t >= 0 ? t : t - 86399) / 86400 + 719468;
  std::int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  std::int64_t doe = z - era * 146097;
  std::int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  std::int64_t y = yoe + era * 400;
  std::int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  std::int64_t mp = (5 * doy + 2) / 153;
  std::int64_t d = doy - (153 * mp + 2) / 5 + 1;
  std::int64_t m = mp < 10 ? mp + 3 : mp - 9;
  if (m <= 2) ++y;
  char buf[64];
  std::snprintf(buf, sizeof buf, "%04lld-%02lld-%02lld", static_cast<long long>(y),
                static_cast<long long>(m), static_cast<long long>(d));
  return buf;
}

std::string html_escape(std::string_view s) {
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    switch (c) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      default: out += c;
    }
  }
  return out;
}

std::string related_list_html(const std::vector<Related>& related) {
  std::string out = "<ol>";
  for (const Related& r : related) {
    out += "<li><a href=\"" + html_escape(r.link) + "\" target=\"_blank\">" + html_escape(r.title) + "</a>";
    if (!r.source.empty())
      out += "&nbsp;&nbsp;<font color=\"#6f6f6f\">" + html_escape(r.source) + "</font>";
    out += "</li>";
  }
  out += "</ol>";
  return out;
}

std::string related_line(const std::vector<Related>& related) {
  std::string out;
  for (const Related& r : related) {
    if (!out.empty()) out += " · ";
    out += r.title;
    if (!r.source.empty()) out += " (" + r.source + ")";
  }
  return out;
}

std::string item_body(const Item& item) {
  if (!item.related.empty()) return related_list_html(item.related);
  return item.content.empty() ? item.summary : item.content;
}

keywords::TermStats term_stats_for(const Feed& feed) {
  keywords::TermStats stats;
  for (const Item& item : feed.items)
    stats.add(keywords::headline_of(item), item.language.empty() ? feed.language : item.language);
  return stats;
}

std::string display_title(const Item& item) {
  const std::string& source = item.source.title;
  if (source.empty() || keywords::strip_source_suffix(item.title, source).size() != item.title.size())
    return item.title;
  return item.title + " - " + source;
}

FrontMatter item_front_matter(const Item& item, const ExportOptions& options) {
  FrontMatter fm;
  fm.title = display_title(item);
  if (item.published) fm.date = iso_date(*item.published);
  else if (item.updated) fm.date = iso_date(*item.updated);

  std::string text = item.related.empty()
                         ? text::to_plain_line(item.summary.empty() ? item.content : item.summary)
                         : related_line(item.related);
  fm.description = cap_text(text, options.max_description);
  fm.summary = fm.description;
  fm.slug = slugify(fm.title, item.id);
  fm.image = item.image;
  fm.link = item.link;
  fm.source = options.feed_url;
  std::string host = url::host(options.feed_url);
  if (!host.empty()) fm.categories.push_back(host);

  std::string language = item.language.empty() ? options.language : item.language;
  std::string_view headline = keywords::headline_of(item);
  if (options.term_stats) {
    fm.tags = keywords::tags_for(headline, *options.term_stats, options.max_tags, language);
  } else {
    keywords::TermStats alone;
    alone.add(headline, language);
    fm.tags = keywords::tags_for(headline, alone, options.max_tags, language);
  }
  return fm;
}

std::string item_to_markdown(const Item& item, const ExportOptions& options) {
  std::string body = item_body(item);
  std::string out = render_front_matter(item_front_matter(item, options)) + body;
  if (out.back() != '\n') out += '\n';
  return out;
}

std::string export_file_name(std::size_t index, const Item& item) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%03zu_", index);
  return buf + hex64(fnv1a64(item.id.empty() ? item.link + item.title : item.id)) + ".md";
}

}  // namespace fv::exporting
