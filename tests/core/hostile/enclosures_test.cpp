// Enclosure lengths as feeds write them when they lie: negative, zero, not numbers, beyond any
// integer. Absent unless a plausible byte count; never negative, never wrapped around.
#include <catch2/catch.hpp>

#include <string>

#include "hostile_feeds.h"

using fv::hostile::json_feed;
using fv::hostile::parse;
using fv::hostile::rss;
using fv::hostile::rss_item;

namespace {

std::optional<std::int64_t> rss_length(const std::string& length) {
  auto r = parse(rss(rss_item("1", "<title>t</title><enclosure url=\"https://example.org/a.mp3\" "
                                   "type=\"audio/mpeg\" length=\"" + length + "\"/>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  REQUIRE(r.feed.items[0].enclosures.size() == 1);
  return r.feed.items[0].enclosures[0].length;
}

std::optional<std::int64_t> json_size(const std::string& size) {
  auto r = parse(json_feed(R"J([{"id": "1", "title": "t", "attachments": [{"url": "https://example.org/a.mp3", "mime_type": "audio/mpeg", "size_in_bytes": )J" +
                           size + "}]}]"));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  REQUIRE(r.feed.items[0].enclosures.size() == 1);
  return r.feed.items[0].enclosures[0].length;
}

}  // namespace

TEST_CASE("Negative, zero, non-numeric and absurd RSS enclosure lengths are absent",
          "[hostile][enclosures]") {
  for (const char* s : {"-1", "-9223372036854775808", "0", "abc", "12abc", "1e9", "0x10", "",
                        "99999999999999999999", "18446744073709551615", "9223372036854775807",
                        "9223372036854775808", " - 5"}) {
    INFO(s);
    CHECK_FALSE(rss_length(s));
  }
}

TEST_CASE("A plausible RSS enclosure length is kept exactly", "[hostile][enclosures]") {
  CHECK(rss_length("12345") == std::int64_t(12345));
  CHECK(rss_length(" 4096 ") == std::int64_t(4096));
}

TEST_CASE("Negative, fractional-absurd and wrongly typed JSON Feed sizes are absent",
          "[hostile][enclosures][json]") {
  for (const char* s : {"-4", "0", "1e300", "-1e300", "18446744073709551615", "9223372036854775807",
                        "\"-5\"", "\"lots\"", "true", "null", "[1]", "{\"n\": 1}"}) {
    INFO(s);
    CHECK_FALSE(json_size(s));
  }
}

TEST_CASE("A plausible JSON Feed size is kept exactly", "[hostile][enclosures][json]") {
  CHECK(json_size("12345") == std::int64_t(12345));
  CHECK(json_size("\"4096\"") == std::int64_t(4096));
}
