// Dates at and past the ends of the calendar: year 0, 9999, 10000 and far beyond, huge offsets
// and fields. A date is either right or absent (with a warning), and every date parse_date
// accepts can be written by format_iso8601 and read back to the same instant.
#include <catch2/catch.hpp>

#include <string>

#include "core/dates/parse_date.h"
#include "hostile_feeds.h"

using fv::dates::format_iso8601;
using fv::dates::parse_date;
using fv::hostile::parse;
using fv::hostile::rss;
using fv::hostile::rss_item;

TEST_CASE("Year 0 is not a date", "[hostile][dates]") {
  CHECK_FALSE(parse_date("0000-01-01T00:00:00Z"));
  CHECK_FALSE(parse_date("Sat, 01 Jan 0000 00:00:00 GMT"));
}

TEST_CASE("The last second of year 9999 parses and formats back exactly", "[hostile][dates]") {
  auto t = parse_date("9999-12-31T23:59:59Z");
  REQUIRE(t);
  CHECK(*t == 253402300799);
  CHECK(format_iso8601(*t) == "9999-12-31T23:59:59Z");
  CHECK(parse_date("Fri, 31 Dec 9999 23:59:59 GMT") == t);
}

TEST_CASE("Years past 9999 and absurd numbers are not dates", "[hostile][dates]") {
  for (const char* s : {"10000-01-01T00:00:00Z", "99999-01-01T00:00:00Z",
                        "292277026596-12-04T15:30:07Z", "Thu, 01 Jan 99999999999999999999 00:00:00 GMT",
                        "2026-01-08T12:00:00+99:99", "2026-99-99T99:99:99Z",
                        "2026-01-08T12:00:00.99999999999999999999999Z-"}) {
    INFO(s);
    CHECK_FALSE(parse_date(s));
  }
}

TEST_CASE("A date whose UTC instant falls outside years 1-9999 is rejected, so every parsed date round-trips",
          "[hostile][dates]") {
  // Local dates inside the range whose offset moves them out of it (found by fuzz_parse_date).
  for (const char* s : {"9999-12-31T23:59:59-12:00", "Fri, 31 Dec 9999 23:59:59 -1200",
                        "0001-01-01T00:00:00+14:00", "Mon, 01 Jan 0001 00:00:00 +1400"}) {
    INFO(s);
    auto t = parse_date(s);
    if (t) {
      std::string iso = format_iso8601(*t);
      INFO(iso);
      CHECK(parse_date(iso) == t);
    }
    CHECK_FALSE(t);
  }
}

TEST_CASE("Dates at the edges of the range round-trip through format_iso8601", "[hostile][dates]") {
  for (const char* s : {"0001-01-01T00:00:00Z", "1969-12-31T23:59:59Z", "1970-01-01T00:00:00Z",
                        "2038-01-19T03:14:08Z", "2100-02-28T23:59:59Z", "9999-12-31T23:59:59Z"}) {
    INFO(s);
    auto t = parse_date(s);
    REQUIRE(t);
    CHECK(format_iso8601(*t) == s);
    CHECK(parse_date(format_iso8601(*t)) == t);
  }
}

TEST_CASE("An item dated in year 0 or far in the future has no date and a warning",
          "[hostile][dates]") {
  auto r = parse(rss(rss_item("1", "<title>a</title><pubDate>Sat, 01 Jan 0000 00:00:00 GMT</pubDate>") +
                     rss_item("2", "<title>b</title><pubDate>Wed, 01 Jan 50000 00:00:00 GMT</pubDate>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 2);
  CHECK_FALSE(r.feed.items[0].published);
  CHECK_FALSE(r.feed.items[1].published);
  int warnings = 0;
  for (const auto& w : r.feed.warnings) warnings += w.find("unparseable pubDate") != std::string::npos;
  CHECK(warnings == 2);
}

TEST_CASE("An item dated 9999-12-31 keeps that date", "[hostile][dates]") {
  auto r = parse(rss(rss_item("1", "<title>a</title><pubDate>Fri, 31 Dec 9999 12:00:00 GMT</pubDate>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  REQUIRE(r.feed.items[0].published);
  CHECK(format_iso8601(*r.feed.items[0].published) == "9999-12-31T12:00:00Z");
}
