#include <catch2/catch.hpp>

#include "core/dates/civil_time.h"
#include "core/dates/parse_date.h"

using fv::dates::format_iso8601;
using fv::dates::parse_date;

namespace {
// The parsed instant as ISO 8601 UTC, or "none".
std::string iso(std::string_view s) {
  const auto t = parse_date(s);
  return t ? format_iso8601(*t) : std::string("none");
}
}  // namespace

TEST_CASE("format_iso8601 writes UTC with a Z", "[dates]") {
  CHECK(format_iso8601(0) == "1970-01-01T00:00:00Z");
  CHECK(format_iso8601(1767894072) == "2026-01-08T17:41:12Z");
  CHECK(format_iso8601(951782400) == "2000-02-29T00:00:00Z");
  CHECK(format_iso8601(-1) == "1969-12-31T23:59:59Z");
  CHECK(format_iso8601(253402300799) == "9999-12-31T23:59:59Z");
}

TEST_CASE("days_from_civil and civil_from_days are inverse over four centuries", "[dates]") {
  for (std::int64_t d = -200000; d <= 200000; d += 37) {
    const auto c = fv::dates::civil_from_days(d);
    REQUIRE(fv::dates::days_from_civil(c.year, c.month, c.day) == d);
  }
  CHECK(fv::dates::weekday_from_days(0) == 4);  // 1970-01-01 was a Thursday
}

TEST_CASE("RFC 822/1123 dates with GMT parse to the same instant as RFC 3339", "[dates][rfc822]") {
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 GMT") == "2026-01-08T17:41:12Z");
  CHECK(*parse_date("Thu, 08 Jan 2026 17:41:12 GMT") == *parse_date("2026-01-08T17:41:12Z"));
}

TEST_CASE("RFC 822 named US zones are converted to UTC", "[dates][rfc822]") {
  CHECK(iso("Thu, 08 Jan 2026 12:41:12 EST") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 13:41:12 EDT") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 11:41:12 CST") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 12:41:12 CDT") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 10:41:12 MST") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 11:41:12 MDT") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 09:41:12 PST") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 10:41:12 PDT") == "2026-01-08T17:41:12Z");
}

TEST_CASE("UT, UTC, GMT and Z all mean UTC", "[dates][rfc822]") {
  for (const char* z : {"UT", "UTC", "GMT", "Z", "gmt"})
    CHECK(iso(std::string("Thu, 08 Jan 2026 17:41:12 ") + z) == "2026-01-08T17:41:12Z");
}

TEST_CASE("European and other common zone names", "[dates][rfc822]") {
  CHECK(iso("Thu, 08 Jan 2026 18:41:12 CET") == "2026-01-08T17:41:12Z");
  CHECK(iso("Wed, 08 Jul 2026 19:41:12 CEST") == "2026-07-08T17:41:12Z");
  CHECK(iso("Wed, 08 Jul 2026 18:41:12 BST") == "2026-07-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 23:11:12 IST") == "2026-01-08T17:41:12Z");  // India, +05:30
  CHECK(iso("Fri, 09 Jan 2026 02:41:12 JST") == "2026-01-08T17:41:12Z");
  CHECK(iso("Fri, 09 Jan 2026 04:41:12 AEDT") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 20:41:12 MSK") == "2026-01-08T17:41:12Z");
}

TEST_CASE("Military single-letter zones other than Z are read as UTC (RFC 2822 §4.3)", "[dates][rfc822]") {
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 A") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 Y") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 J") == "none");  // J is not a zone
}

TEST_CASE("An unknown zone name refuses the date rather than guess", "[dates][rfc822]") {
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 XYZ") == "none");
}

TEST_CASE("Numeric offsets with and without a colon", "[dates][rfc822]") {
  CHECK(iso("Thu, 08 Jan 2026 18:41:12 +0100") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 18:41:12 +01:00") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 12:41:12 -0500") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 23:11:12 +0530") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 -0000") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 18:41:12 GMT+0100") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 +0000 (UTC)") == "2026-01-08T17:41:12Z");
}

TEST_CASE("Offsets that cross midnight change the date", "[dates]") {
  CHECK(iso("Fri, 09 Jan 2026 01:00:00 +0800") == "2026-01-08T17:00:00Z");
  CHECK(iso("Thu, 31 Dec 2026 20:00:00 -0500") == "2027-01-01T01:00:00Z");
}

TEST_CASE("Two-digit years follow RFC 2822: 00–49 are 20xx, 50–99 are 19xx", "[dates][rfc822]") {
  CHECK(iso("Thu, 08 Jan 26 17:41:12 GMT") == "2026-01-08T17:41:12Z");
  CHECK(iso("Sat, 01 Jan 00 00:00:00 GMT") == "2000-01-01T00:00:00Z");
  CHECK(iso("Fri, 31 Dec 49 00:00:00 GMT") == "2049-12-31T00:00:00Z");
  CHECK(iso("Fri, 01 Jan 50 00:00:00 GMT") == "1950-01-01T00:00:00Z");
  CHECK(iso("Fri, 31 Dec 99 00:00:00 GMT") == "1999-12-31T00:00:00Z");
}

TEST_CASE("Missing seconds, weekday or zone", "[dates][rfc822]") {
  CHECK(iso("Thu, 8 Jan 2026 17:41 GMT") == "2026-01-08T17:41:00Z");
  CHECK(iso("08 Jan 2026 17:41:12 GMT") == "2026-01-08T17:41:12Z");
  CHECK(iso("8 Jan 2026 17:41:12") == "2026-01-08T17:41:12Z");
  CHECK(iso("8 Jan 2026") == "2026-01-08T00:00:00Z");
}

TEST_CASE("A wrong weekday does not reject the date", "[dates][rfc822]") {
  CHECK(iso("Mon, 08 Jan 2026 17:41:12 GMT") == "2026-01-08T17:41:12Z");
}

TEST_CASE("Extra whitespace, missing commas and full month and day names", "[dates][rfc822]") {
  CHECK(iso("  Thu,   08   Jan   2026   17:41:12   GMT  ") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu 08 Jan 2026 17:41:12 GMT") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thursday, 08 January 2026 17:41:12 GMT") == "2026-01-08T17:41:12Z");
  CHECK(iso("Tue, 08 Sept 2026 10:00:00 GMT") == "2026-09-08T10:00:00Z");
  CHECK(iso("thu, 08 jan 2026 17:41:12 gmt") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu,08 Jan 2026 17:41:12 GMT") == "2026-01-08T17:41:12Z");
}

TEST_CASE("RFC 850 dates with dashes and a two-digit year", "[dates][rfc850]") {
  CHECK(iso("Thursday, 08-Jan-26 17:41:12 GMT") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08-Jan-2026 17:41:12 GMT") == "2026-01-08T17:41:12Z");
}

TEST_CASE("asctime dates", "[dates][asctime]") {
  CHECK(iso("Thu Jan  8 17:41:12 2026") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu Jan 08 17:41:12 2026") == "2026-01-08T17:41:12Z");
}

TEST_CASE("Loose English dates with AM/PM and ordinals", "[dates][wild]") {
  CHECK(iso("January 8, 2026 5:41 PM") == "2026-01-08T17:41:00Z");
  CHECK(iso("January 8, 2026 12:05 AM") == "2026-01-08T00:05:00Z");
  CHECK(iso("January 8, 2026 12:05 PM EST") == "2026-01-08T17:05:00Z");
  CHECK(iso("Jan 8th, 2026") == "2026-01-08T00:00:00Z");
  CHECK(iso("8 January 2026 at 17:41") == "2026-01-08T17:41:00Z");
  CHECK(iso("2026 Jan 8 17:41:12") == "2026-01-08T17:41:12Z");
  CHECK(iso("January 8, 2026 13:41 PM") == "none");
}

TEST_CASE("RFC 3339 timestamps with Z, offsets and fractional seconds", "[dates][rfc3339]") {
  CHECK(iso("2026-01-08T17:41:12Z") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08t17:41:12z") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08T18:41:12+01:00") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08T12:41:12-05:00") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08T17:41:12.123456Z") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08T18:41:12.5+01:00") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08T18:41:12+0100") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08T18:41:12+01") == "2026-01-08T17:41:12Z");
}

TEST_CASE("W3CDTF partial dates mean the start of the period, in UTC", "[dates][w3cdtf]") {
  CHECK(iso("2026") == "2026-01-01T00:00:00Z");
  CHECK(iso("2026-01") == "2026-01-01T00:00:00Z");
  CHECK(iso("2026-01-08") == "2026-01-08T00:00:00Z");
  CHECK(iso("2026-01-08T17:41Z") == "2026-01-08T17:41:00Z");
  CHECK(iso("2026-01-08T17:41+01:00") == "2026-01-08T16:41:00Z");
}

TEST_CASE("ISO 8601 without a zone is UTC; space instead of T is accepted", "[dates][iso8601]") {
  CHECK(iso("2026-01-08T17:41:12") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08 17:41:12") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08 17:41:12 +0000") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08 18:41:12 +01:00") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08 17:41:12 UTC") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08 12:41:12 EST") == "2026-01-08T17:41:12Z");
  CHECK(iso("20260108T174112Z") == "2026-01-08T17:41:12Z");
  CHECK(iso("20260108") == "2026-01-08T00:00:00Z");
  CHECK(iso("2026/01/08 17:41:12") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-1-8") == "2026-01-08T00:00:00Z");
}

TEST_CASE("End-of-day 24:00 and leap seconds", "[dates][iso8601]") {
  CHECK(iso("2026-01-08T24:00:00Z") == "2026-01-09T00:00:00Z");
  CHECK(iso("2016-12-31T23:59:60Z") == "2017-01-01T00:00:00Z");
  CHECK(iso("2026-01-08T24:00:01Z") == "none");
}

TEST_CASE("Impossible calendar values are refused, never wrapped into another date", "[dates][invalid]") {
  CHECK(iso("2026-02-29") == "none");
  CHECK(iso("2024-02-29") == "2024-02-29T00:00:00Z");
  CHECK(iso("1900-02-29") == "none");
  CHECK(iso("2000-02-29") == "2000-02-29T00:00:00Z");
  CHECK(iso("2026-02-30T00:00:00Z") == "none");
  CHECK(iso("2026-04-31") == "none");
  CHECK(iso("2026-13-01") == "none");
  CHECK(iso("2026-00-10") == "none");
  CHECK(iso("2026-01-00") == "none");
  CHECK(iso("2026-01-08T25:00:00Z") == "none");
  CHECK(iso("2026-01-08T17:60:00Z") == "none");
  CHECK(iso("2026-01-08T17:41:61Z") == "none");
  CHECK(iso("Thu, 32 Jan 2026 17:41:12 GMT") == "none");
  CHECK(iso("Sun, 29 Feb 2026 00:00:00 GMT") == "none");
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 +2500") == "none");
  CHECK(iso("Thu, 08 Jan 2026 17:41:12 +0160") == "none");
}

TEST_CASE("Garbage, empty and ambiguous inputs give no date", "[dates][invalid]") {
  CHECK(iso("") == "none");
  CHECK(iso("   ") == "none");
  CHECK(iso("yesterday") == "none");
  CHECK(iso("not a date 2026") == "none");
  CHECK(iso("01/08/2026") == "none");  // US or European order? refuse rather than guess
  CHECK(iso("2026-01-08T") == "none");
  CHECK(iso("2026-01-08T17:41:12Zjunk") == "none");
  CHECK(iso("Thu, 08 Foo 2026 17:41:12 GMT") == "none");
  CHECK(iso("Jan Feb 2026") == "none");
  CHECK(iso("17:41:12") == "none");
  CHECK(iso("99999-01-01") == "none");
}

TEST_CASE("Short offsets with a one-digit hour", "[dates][wild]") {
  CHECK(iso("Thu, 08 Jan 2026 18:41:12 GMT+1") == "2026-01-08T17:41:12Z");
  CHECK(iso("Thu, 08 Jan 2026 23:11:12 +5:30") == "2026-01-08T17:41:12Z");
}

TEST_CASE("JavaScript Date.toString() output", "[dates][wild]") {
  CHECK(iso("Thu Jan 08 2026 18:41:12 GMT+0100 (Central European Standard Time)") == "2026-01-08T17:41:12Z");
}

TEST_CASE("A dash before the time is a separator, not an offset", "[dates][wild]") {
  CHECK(iso("Thursday, January 8, 2026 - 17:41") == "2026-01-08T17:41:00Z");
}

TEST_CASE("Instants outside years 1-9999 after applying the offset are refused", "[dates][invalid]") {
  CHECK(iso("0001-01-01T00:00:00Z") == "0001-01-01T00:00:00Z");
  CHECK(iso("0001-01-01T00:00:00+01:00") == "none");
  CHECK(iso("9999-12-31T23:59:59Z") == "9999-12-31T23:59:59Z");
  CHECK(iso("9999-12-31T23:59:59-01:00") == "none");
}

TEST_CASE("asctime with the zone before the year", "[dates][asctime]") {
  CHECK(iso("Sun Jan  4 16:29:06 PST 2004") == "2004-01-05T00:29:06Z");
}

TEST_CASE("Basic ISO 8601 time after T and GMT with an extended offset", "[dates][iso8601]") {
  CHECK(iso("2026-01-08T1741Z") == "2026-01-08T17:41:00Z");
  CHECK(iso("Thu, 08 Jan 2026 12:41:12 GMT-05:00") == "2026-01-08T17:41:12Z");
  CHECK(iso("2026-01-08T17:41:12,5Z") == "2026-01-08T17:41:12Z");
}
