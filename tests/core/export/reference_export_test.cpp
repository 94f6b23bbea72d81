// The bundled Google News sample's first item is the reference item; its export must match
// /work/shared/reference/000_3aa68a8d806b5d7b.txt field by field, apart from the documented
// text differences (docs/export.md): description/summary decoded and separated readably.
#include <catch2/catch.hpp>

#include <fstream>
#include <map>
#include <sstream>

#include "core/export/markdown.h"
#include "core/parse.h"
#include "core/text/entities.h"
#include "../fixtures.h"

namespace {

struct Split {
  std::map<std::string, std::string> fields;  // key -> its lines (list items included)
  std::vector<std::string> order;
  std::string body;
};

// Splits "---\nkey: v\n- item\n\nkey: v\n---\nbody" into top-level keys and the body.
Split split_markdown(const std::string& doc) {
  Split s;
  REQUIRE(doc.rfind("---\n", 0) == 0);
  std::size_t end = doc.find("\n---\n", 3);
  REQUIRE(end != std::string::npos);
  std::istringstream lines(doc.substr(4, end - 3));
  std::string line, key;
  while (std::getline(lines, line)) {
    if (line.empty()) continue;
    if (line[0] != '-' && line[0] != ' ') {
      key = line.substr(0, line.find(':'));
      s.order.push_back(key);
    }
    s.fields[key] += line + "\n";
  }
  s.body = doc.substr(end + 5);
  return s;
}

// Letters and digits only: what both renderings of the related list must agree on.
std::string letters_and_digits(const std::string& s) {
  std::string out;
  for (unsigned char c : s)
    if (std::isalnum(c) || c >= 0x80) out += static_cast<char>(c);
  // U+00A0 (C2 A0) and U+00B7 (C2 B7) are separators, not text.
  std::string cleaned;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (static_cast<unsigned char>(out[i]) == 0xC2 && i + 1 < out.size() &&
        (static_cast<unsigned char>(out[i + 1]) == 0xA0 || static_cast<unsigned char>(out[i + 1]) == 0xB7)) {
      ++i;
      continue;
    }
    cleaned += out[i];
  }
  return cleaned;
}

const char* kFeedUrl =
    "https://news.google.com/rss/topics/CAAqJggKIiBDQkFTRWdvSUwyMHZNRGx1YlY4U0FtVnVHZ0pWVXlnQVAB?hl=en-US&gl=US&ceid=US:en";

}  // namespace

TEST_CASE("Reference Google News item exports front matter equal to the reference, field by field") {
  fv::ParseResult parsed = fv::parse_feed(fv::test::asset("feeds/google-news-world.xml"));
  REQUIRE(parsed.ok);
  REQUIRE_FALSE(parsed.feed.items.empty());
  fv::keywords::TermStats stats = fv::exporting::term_stats_for(parsed.feed);
  fv::exporting::ExportOptions options;
  options.feed_url = kFeedUrl;
  options.term_stats = &stats;
  const std::string ours = fv::exporting::item_to_markdown(parsed.feed.items[0], options);
  const std::string reference = fv::test::fixture("reference/google-news-item-as-published.md");
  REQUIRE_FALSE(reference.empty());

  Split a = split_markdown(ours), b = split_markdown(reference);
  CHECK(a.order == b.order);
  for (const char* key : {"title", "date", "slug", "image", "link", "source", "categories", "tags", "draft"}) {
    INFO("field " << key);
    CHECK(a.fields[key] == b.fields[key]);
  }
  // The blank line before draft, as in the reference.
  CHECK(ours.find("\n\ndraft: false\n---\n") != std::string::npos);
  CHECK(a.body == b.body);

  // description/summary: the same words, decoded and readably separated.
  for (const char* key : {"description", "summary"}) {
    INFO("field " << key);
    std::string ref_text = fv::text::decode_entities(b.fields[key]);
    CHECK(letters_and_digits(a.fields[key].substr(std::string(key).size())) ==
          letters_and_digits(ref_text.substr(std::string(key).size())));
    CHECK(a.fields[key].find("&nbsp;") == std::string::npos);
    CHECK(a.fields[key].find("in Paris (KSL.com) · Zelensky says") != std::string::npos);
  }
}

TEST_CASE("Export file names are the feed position and a stable hash of the item id") {
  fv::Item item;
  item.id = "urn:x";
  CHECK(fv::exporting::export_file_name(3, item) == fv::exporting::export_file_name(3, item));
  CHECK(fv::exporting::export_file_name(3, item).rfind("003_", 0) == 0);
  CHECK(fv::exporting::export_file_name(3, item).size() == std::string("003_0123456789abcdef.md").size());
  fv::Item other = item;
  other.id = "urn:y";
  CHECK(fv::exporting::export_file_name(3, item) != fv::exporting::export_file_name(3, other));
}
