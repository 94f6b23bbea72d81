// The front matter of an exported item, in the field order of the reference export
// (/work/shared/reference/000_3aa68a8d806b5d7b.txt): title, date, description, summary, slug,
// image, link, source, categories, tags, draft. Rendering quotes every string (double quotes for
// text, single quotes for URLs, as the reference does) so the YAML is valid whatever the feed says.
#pragma once

#include <string>
#include <vector>

namespace fv::exporting {

struct FrontMatter {
  std::string title;        // the item title as the feed gives it, source suffix included
  std::string date;         // YYYY-MM-DD (UTC) or empty
  std::string description;  // one line of plain text
  std::string summary;      // same as description, as in the reference
  std::string slug;
  std::string image;        // URL or empty
  std::string link;
  std::string source;       // the URL the feed was fetched from
  std::vector<std::string> categories;  // the feed URL's host
  std::vector<std::string> tags;
  bool draft = false;
};

// "---\n…---\n": the block exactly as the reference lays it out, including the blank line
// before `draft`. An empty date renders as '' and empty lists as [].
std::string render_front_matter(const FrontMatter& fm);

}  // namespace fv::exporting
