// An item as Markdown with YAML front matter, in the shape of the reference export
// (/work/shared/reference/000_3aa68a8d806b5d7b.txt; field rules in docs/export.md).
//
// Deliberate differences from the reference, whose text fields were copied raw from the feed:
//  - description/summary carry decoded text (U+00A0, not "&nbsp;"), and a Google News item's
//    related headlines are separated readably — "Headline (Source) · Headline (Source)" — instead
//    of running together ("…in Paris&nbsp;&nbsp;KSL.comZelensky says…");
//  - every string is quoted and escaped, so the YAML stays valid for any title.
// The body is the related-coverage list as the reference's <ol> HTML; an item without one gets
// its sanitized content (or summary) HTML.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/export/front_matter.h"
#include "core/keywords/tags.h"
#include "core/model.h"

namespace fv::exporting {

struct ExportOptions {
  std::string feed_url;  // where the feed was fetched from: `source`; its host: `categories`
  // Document frequencies of the loaded headlines, for tags; null scores the item alone.
  const keywords::TermStats* term_stats = nullptr;
  std::size_t max_tags = 5;
  std::string language;  // the feed's language, a hint for stop words
  std::size_t max_description = 500;  // code points; longer text is cut at a word and gets "…"
};

// The title as an aggregator shows it: "Headline - Source" when the item names its source
// (item.source.title) and the headline does not already end so. The parser splits Google News'
// " - Source" off into item.source; the export puts it back, as the reference has it.
std::string display_title(const Item& item);

FrontMatter item_front_matter(const Item& item, const ExportOptions& options);

// The related list as the reference renders it:
// <ol><li><a href="…" target="_blank">Headline</a>&nbsp;&nbsp;<font color="#6f6f6f">Source</font></li>…</ol>
std::string related_list_html(const std::vector<Related>& related);

// "Headline (Source) · Headline (Source)": related coverage as one readable line.
std::string related_line(const std::vector<Related>& related);

std::string item_body(const Item& item);

// Front matter, then the body, ending in a newline.
std::string item_to_markdown(const Item& item, const ExportOptions& options);

// "NNN_<16 hex>.md": position in the feed and the FNV-1a hash of the item id — the reference's
// naming ("000_3aa68a8d806b5d7b.txt") with a Markdown extension; the hash input is ours.
std::string export_file_name(std::size_t index, const Item& item);

// YYYY-MM-DD in UTC.
std::string iso_date(std::int64_t unix_seconds);

// Escapes & < > " for HTML text and attribute values.
std::string html_escape(std::string_view s);

// TermStats over every item headline of a feed (source suffixes removed), for tags.
keywords::TermStats term_stats_for(const Feed& feed);

}  // namespace fv::exporting
