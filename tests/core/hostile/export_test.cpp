// The Markdown export of hostile items: feed text can neither add front-matter keys nor close
// the block early, the body carries no script, and huge titles give bounded fields.
#include <catch2/catch.hpp>

#include <string>

#include "core/export/markdown.h"
#include "hostile_feeds.h"

using fv::hostile::parse;
using fv::hostile::rss;
using fv::hostile::rss_item;

namespace {

// The front matter's lines (between the opening "---" and the closing one).
std::vector<std::string> front_matter_lines(const std::string& md) {
  std::vector<std::string> lines;
  REQUIRE(md.rfind("---\n", 0) == 0);
  std::size_t end = md.find("\n---\n", 3);
  REQUIRE(end != std::string::npos);
  std::size_t pos = 4;
  while (pos <= end) {
    std::size_t nl = md.find('\n', pos);
    lines.push_back(md.substr(pos, nl - pos));
    pos = nl + 1;
  }
  return lines;
}

bool known_line(const std::string& line) {
  for (const char* key : {"title: ", "date: ", "description: ", "summary: ", "slug: ", "image: ",
                          "link: ", "source: ", "categories:", "tags:", "draft: ", "- ", "  - "})
    if (line.rfind(key, 0) == 0) return true;
  return line.empty();
}

std::string export_first(const std::string& doc) {
  auto r = parse(doc);
  REQUIRE(r.ok);
  REQUIRE_FALSE(r.feed.items.empty());
  fv::exporting::ExportOptions options;
  options.feed_url = std::string(fv::hostile::kBase);
  return fv::exporting::item_to_markdown(r.feed.items[0], options);
}

}  // namespace

TEST_CASE("A title full of YAML and front-matter syntax cannot inject keys", "[hostile][export]") {
  // CDATA keeps the newlines in the title as the feed wrote them.
  std::string md = export_first(rss(rss_item(
      "1", "<title><![CDATA[Title\n---\ninjected: true\ndraft: true\n'\": &anchor *alias # ]]></title>"
           "<link>https://example.org/a</link>")));
  for (const std::string& line : front_matter_lines(md)) {
    INFO(line);
    CHECK(known_line(line));
  }
  CHECK(md.find("\ninjected:") == std::string::npos);
  CHECK(md.find("\ndraft: false\n---\n") != std::string::npos);
}

TEST_CASE("Script in an item's content does not reach the exported body", "[hostile][export]") {
  std::string md = export_first(rss(rss_item(
      "1", "<title>t</title><description><![CDATA[<p onclick=\"x()\">Hi<script>alert(1)</script>"
           "<a href=\"javascript:alert(2)\">l</a><img src=\"x\" onerror=\"alert(3)\"></p>]]></description>")));
  std::string body = md.substr(md.find("\n---\n") + 5);
  CHECK(body.find("<script") == std::string::npos);
  CHECK(body.find("javascript:") == std::string::npos);
  CHECK(body.find("onclick") == std::string::npos);
  CHECK(body.find("onerror") == std::string::npos);
  CHECK(body.find("Hi") != std::string::npos);
}

TEST_CASE("A 1 MB title exports with a bounded description and slug", "[hostile][export]") {
  std::string title;
  while (title.size() < (std::size_t(1) << 20)) title += "word ";
  std::string md = export_first(rss(rss_item("1", "<title>" + title + "</title>")));
  for (const std::string& line : front_matter_lines(md)) {
    if (line.rfind("description: ", 0) == 0 || line.rfind("slug: ", 0) == 0) {
      INFO(line.substr(0, 80));
      CHECK(line.size() < 4096);
    }
  }
}
