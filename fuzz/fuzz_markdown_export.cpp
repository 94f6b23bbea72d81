// The Markdown export of whatever parse_feed produced: valid UTF-8, front matter fenced by
// "---" lines, every front-matter line a known key or a list entry (so no feed text can inject
// a key or end the block early), and a body made of sanitized HTML.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/export/markdown.h"
#include "core/parse.h"
#include "core/text/utf8.h"
#include "fuzz_checks.h"

namespace {

bool known_key_line(std::string_view line) {
  static constexpr std::string_view kKeys[] = {"title: ", "date: ",  "description: ",
                                               "summary: ", "slug: ", "image: ",
                                               "link: ", "source: ", "categories:",
                                               "tags:", "draft: "};
  if (line.empty()) return true;  // the blank line before draft
  if (line.compare(0, 4, "  - ") == 0 || line.compare(0, 2, "- ") == 0) return true;
  for (auto k : kKeys)
    if (line.compare(0, k.size(), k) == 0) return true;
  return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  fv::ParseOptions options;
  options.base_url = "https://example.org/feeds/main.xml";
  options.max_items = 50;
  fv::ParseResult r =
      fv::parse_feed(std::string_view(reinterpret_cast<const char*>(data), size), options);
  if (!r.ok) return 0;
  fv::exporting::ExportOptions eo;
  eo.feed_url = options.base_url;
  fv::keywords::TermStats stats = fv::exporting::term_stats_for(r.feed);
  eo.term_stats = &stats;
  for (std::size_t i = 0; i < r.feed.items.size() && i < 8; ++i) {
    const fv::Item& item = r.feed.items[i];
    std::string md = fv::exporting::item_to_markdown(item, eo);
    FV_FUZZ_CHECK(fv::text::is_valid_utf8(md), "export is not valid UTF-8");
    FV_FUZZ_CHECK(md.compare(0, 4, "---\n") == 0, md);
    std::size_t end = md.find("\n---\n", 3);
    FV_FUZZ_CHECK(end != std::string::npos, md);
    std::string_view fm(md.data() + 4, end - 3);
    std::size_t pos = 0;
    while (pos < fm.size()) {
      std::size_t nl = fm.find('\n', pos);
      if (nl == std::string_view::npos) nl = fm.size();
      std::string_view line = fm.substr(pos, nl - pos);
      FV_FUZZ_CHECK(known_key_line(line), "front matter line '" + std::string(line) + "' in:\n" + md);
      pos = nl + 1;
    }
    std::string body_problem = fv::fuzz::html_body_problem(md.substr(end + 5));
    FV_FUZZ_CHECK(body_problem.empty(), body_problem + "\n--- export:\n" + md);
    std::string name = fv::exporting::export_file_name(i, item);
    FV_FUZZ_CHECK(name.find('/') == std::string::npos && name.find("..") == std::string::npos, name);
  }
  return 0;
}
