// The handover bytes between the parse worker and the app: every fixture that parses comes back
// as the same model, parts stay small, and malformed bytes are refused instead of read past.
#include "core/handover/feed_wire.h"

#include <filesystem>
#include <string>
#include <vector>

#include "../parse/support.h"
#include "core/feed_json.h"

using namespace fv::test;
using fv::handover::decode_feed;
using fv::handover::encode_feed;
using fv::handover::FeedDecoder;
using fv::handover::split_parts;

namespace {

// Two feeds are the same model when their JSON (every field but the schedule) and their
// schedule hints agree.
void require_same(const fv::Feed& a, const fv::Feed& b) {
  REQUIRE(fv::feed_to_json(a) == fv::feed_to_json(b));
  CHECK(a.schedule.ttl_minutes == b.schedule.ttl_minutes);
  CHECK(a.schedule.skip_hours == b.schedule.skip_hours);
  CHECK(a.schedule.skip_days == b.schedule.skip_days);
}

fv::Feed rich_feed(int items) {
  fv::Feed f;
  f.format = fv::Format::Atom10;
  f.encoding = "windows-1252";
  f.bozo = true;
  f.truncated = true;
  f.warnings = {"first warning", "second"};
  f.title = "T\xC3\xA9tre";
  f.subtitle = "s";
  f.link = "https://example.org/";
  f.id = "urn:x";
  f.language = "fr";
  f.rights = "r";
  f.generator = "g";
  f.updated = -62167219200;  // year 0
  f.published = 253402300799;
  f.author = {"A", "a@example.org", "https://a.example/"};
  f.image = {"https://example.org/i.png", "img", "https://example.org/"};
  f.icon = "https://example.org/favicon.ico";
  f.schedule.ttl_minutes = 240;
  f.schedule.skip_hours = 0x800001;
  f.schedule.skip_days = 0x41;
  for (int i = 0; i < items; ++i) {
    fv::Item it;
    it.id = "id" + std::to_string(i);
    it.title = "Title " + std::to_string(i);
    it.link = "https://example.org/" + std::to_string(i);
    it.published = 1767886200 - i;
    if (i % 2) it.updated = 0;
    it.author = {"N", "", ""};
    it.authors = {it.author, {"M", "m@example.org", ""}};
    it.summary = "<p>summary</p>";
    it.content = std::string(1000, 'c');
    it.text = "text\n\nmore";
    it.categories = {"a", "b"};
    it.enclosures = {{"https://example.org/e.mp3", "audio/mpeg", 1234}, {"https://example.org/f", "", {}}};
    it.image = "https://example.org/t.jpg";
    it.comments = "https://example.org/c";
    it.language = "en";
    it.source = {"Source", "https://source.example/"};
    it.related = {{"R", "https://r.example/", "RS"}};
    f.items.push_back(it);
  }
  return f;
}

}  // namespace

TEST_CASE("Every fixture that parses survives the handover unchanged", "[handover]") {
  namespace fs = std::filesystem;
  int checked = 0;
  for (const auto& entry : fs::recursive_directory_iterator(FV_FIXTURES)) {
    if (!entry.is_regular_file()) continue;
    const std::string path = entry.path().string();
    fv::ParseResult r = fv::parse_feed(read_whole_file(path));
    if (!r.ok) continue;
    INFO(path);
    fv::Feed back;
    REQUIRE(decode_feed(encode_feed(r.feed), back));
    require_same(r.feed, back);
    ++checked;
  }
  CHECK(checked > 50);  // the fixtures really were read
}

TEST_CASE("Every model field, schedule hints included, survives the handover", "[handover]") {
  const fv::Feed f = rich_feed(3);
  fv::Feed back;
  REQUIRE(decode_feed(encode_feed(f), back));
  require_same(f, back);
  CHECK(back.items[1].updated == 0);  // a time of 0 is present, not absent
  CHECK_FALSE(back.items[0].updated);
  CHECK_FALSE(back.items[0].enclosures[1].length);
}

TEST_CASE("A feed without items is one part", "[handover]") {
  fv::Feed f;
  f.title = "empty";
  std::vector<std::string_view> parts;
  const std::string bytes = encode_feed(f);
  REQUIRE(split_parts(bytes, parts));
  CHECK(parts.size() == 1);
  fv::Feed back;
  REQUIRE(decode_feed(bytes, back));
  CHECK(back.title == "empty");
}

TEST_CASE("Items are split into parts of about the requested size, rebuilt one part at a time",
          "[handover]") {
  const fv::Feed f = rich_feed(200);  // ~1.3 KB an item
  const std::string bytes = encode_feed(f, 16 * 1024);
  std::vector<std::string_view> parts;
  REQUIRE(split_parts(bytes, parts));
  CHECK(parts.size() > 10);
  FeedDecoder d;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    // No item part is much larger than asked: one item past the size at most.
    if (i > 0) CHECK(parts[i].size() < 16 * 1024 + 2048);
    CHECK_FALSE(d.complete());
    REQUIRE(d.add(parts[i]));
  }
  REQUIRE(d.complete());
  CHECK(d.expected_items() == 200);
  require_same(f, d.take());
}

TEST_CASE("An item larger than the part size gets a part of its own", "[handover]") {
  fv::Feed f = rich_feed(3);
  f.items[1].content = std::string(100000, 'x');
  std::vector<std::string_view> parts;
  const std::string bytes = encode_feed(f, 1000);
  REQUIRE(split_parts(bytes, parts));
  CHECK(parts.size() == 4);
  fv::Feed back;
  REQUIRE(decode_feed(bytes, back));
  require_same(f, back);
}

TEST_CASE("Truncated or corrupted handover bytes are refused, never read past", "[handover]") {
  const std::string bytes = encode_feed(rich_feed(5), 2000);
  fv::Feed out;
  out.title = "untouched";
  // Every truncation fails (the framing or the item count no longer adds up).
  for (std::size_t n = 0; n < bytes.size(); n += 7) {
    INFO("truncated to " << n);
    CHECK_FALSE(decode_feed(std::string_view(bytes).substr(0, n), out));
  }
  CHECK(out.title == "untouched");
  // Flipping single bytes never crashes; the result is either refused or a whole feed.
  for (std::size_t i = 0; i < bytes.size(); i += 3) {
    std::string bad = bytes;
    bad[i] = static_cast<char>(bad[i] ^ 0xA5);
    fv::Feed f;
    if (decode_feed(bad, f)) CHECK(f.items.size() == 5);
  }
}

TEST_CASE("A corrupt length cannot make the decoder allocate past its input", "[handover]") {
  std::vector<std::string_view> parts;
  const std::string bytes = encode_feed(rich_feed(1));
  REQUIRE(split_parts(bytes, parts));
  std::string items(parts[1]);
  items[0] = items[1] = items[2] = '\xFF';  // "16 million items" in a small part
  FeedDecoder d;
  REQUIRE(d.add(parts[0]));
  CHECK_FALSE(d.add(items));
  CHECK(d.failed());
  CHECK_FALSE(d.add(parts[1]));  // failed for good
}

TEST_CASE("Parts after the last announced item are refused", "[handover]") {
  std::vector<std::string_view> parts;
  const std::string bytes = encode_feed(rich_feed(1));
  REQUIRE(split_parts(bytes, parts));
  FeedDecoder d;
  REQUIRE(d.add(parts[0]));
  REQUIRE(d.add(parts[1]));
  CHECK(d.complete());
  CHECK_FALSE(d.add(parts[1]));
}

TEST_CASE("Each item's text search key travels with the item, across parts", "[handover]") {
  const fv::Feed f = rich_feed(50);
  std::vector<std::string> keys;
  for (int i = 0; i < 50; ++i) keys.push_back("key of item " + std::to_string(i));
  const std::string bytes = encode_feed(f, 4 * 1024, &keys);
  std::vector<std::string_view> parts;
  REQUIRE(split_parts(bytes, parts));
  CHECK(parts.size() > 3);
  FeedDecoder d;
  for (std::string_view p : parts) REQUIRE(d.add(p));
  REQUIRE(d.complete());
  CHECK(d.take_text_keys() == keys);
  require_same(f, d.take());
}

TEST_CASE("Without keys, or with a wrong number of them, items arrive with empty keys",
          "[handover]") {
  const fv::Feed f = rich_feed(3);
  const std::vector<std::string> too_few{"only one"};
  for (const std::vector<std::string>* keys : {static_cast<const std::vector<std::string>*>(nullptr), &too_few}) {
    std::vector<std::string_view> parts;
    const std::string bytes = encode_feed(f, fv::handover::kDefaultPartBytes, keys);
    REQUIRE(split_parts(bytes, parts));
    FeedDecoder d;
    for (std::string_view p : parts) REQUIRE(d.add(p));
    REQUIRE(d.complete());
    CHECK(d.take_text_keys() == std::vector<std::string>(3));
  }
}
