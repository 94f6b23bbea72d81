#include "core/export/front_matter.h"

#include "core/export/yaml.h"

namespace fv::exporting {
namespace {

void list(std::string& out, const char* key, const std::vector<std::string>& values) {
  out += key;
  if (values.empty()) {
    out += ": []\n";
    return;
  }
  out += ":\n";
  for (const auto& v : values) out += "- " + yaml_single_quoted(v) + "\n";
}

}  // namespace

std::string render_front_matter(const FrontMatter& fm) {
  std::string out = "---\n";
  out += "title: " + yaml_double_quoted(fm.title) + "\n";
  // An unquoted YYYY-MM-DD is a YAML timestamp, which is what generators expect for `date`.
  out += "date: " + (fm.date.empty() ? std::string("''") : fm.date) + "\n";
  out += "description: " + yaml_double_quoted(fm.description) + "\n";
  out += "summary: " + yaml_double_quoted(fm.summary) + "\n";
  out += "slug: " + yaml_double_quoted(fm.slug) + "\n";
  out += "image: " + yaml_single_quoted(fm.image) + "\n";
  out += "link: " + yaml_single_quoted(fm.link) + "\n";
  out += "source: " + yaml_single_quoted(fm.source) + "\n";
  list(out, "categories", fm.categories);
  list(out, "tags", fm.tags);
  out += "\n";
  out += std::string("draft: ") + (fm.draft ? "true" : "false") + "\n";
  out += "---\n";
  return out;
}

}  // namespace fv::exporting
