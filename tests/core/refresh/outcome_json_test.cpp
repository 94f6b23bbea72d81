#include <catch2/catch.hpp>

#include "core/refresh/fetch_state_json.h"
#include "core/refresh/outcome_json.h"

using namespace fv::refresh;

namespace {
constexpr std::int64_t kNow = 1767888000;
}

TEST_CASE("The JS fetcher's 200 result updates validators and schedules by max-age") {
  const std::string out = record_outcome_json(
      "", R"({"status":200,"error":null,"etag":"\"v1\"","cacheControl":"max-age=3600","viaProxy":""})",
      "", "https://e.example/f", kNow, 1);
  FetchState s;
  REQUIRE(from_json(out, s));
  CHECK(s.url == "https://e.example/f");
  CHECK(s.etag == "\"v1\"");
  CHECK(s.next_due >= kNow + 3600);
  CHECK(s.next_due <= kNow + 3960);
}

TEST_CASE("A transport error named by JS is kept with its kind and user message") {
  const std::string out = record_outcome_json(
      R"({"url":"https://e.example/f","etag":"\"v1\""})",
      R"({"status":0,"error":{"kind":"timeout","message":"no answer within 20 s"}})", "",
      "https://e.example/f", kNow, 1);
  FetchState s;
  REQUIRE(from_json(out, s));
  CHECK(s.last_error.kind == ErrorKind::Timeout);
  CHECK(s.consecutive_failures == 1);
  CHECK(s.etag == "\"v1\"");
  CHECK(out.find("Timed out") != std::string::npos);
}

TEST_CASE("A parse error reported by the page counts as a failure with its line") {
  const std::string out = record_outcome_json(
      "", R"j({"status":200,"etag":"\"bad\"","parseError":"not a feed: unreadable XML (line 7, column 2)"})j",
      "", "u", kNow, 1);
  FetchState s;
  REQUIRE(from_json(out, s));
  CHECK(s.last_error.kind == ErrorKind::ParseError);
  CHECK(s.last_error.line == 7);
  CHECK(s.etag.empty());
}

TEST_CASE("Hints JSON carries ttl, skipHours and skipDays into the schedule") {
  ScheduleHints h;
  REQUIRE(hints_from_json(R"({"ttlMinutes":120,"skipHours":[1,2,"x"],"skipDays":["Sunday","Nope"]})", h));
  CHECK(h.ttl_minutes == 120);
  CHECK(h.skip_hours == 0b110u);
  CHECK(h.skip_days == 1u);
}

TEST_CASE("Outcome JSON that is not an object counts as a network failure") {
  const std::string out = record_outcome_json("", "garbage", "", "u", kNow, 1);
  FetchState s;
  REQUIRE(from_json(out, s));
  CHECK(s.last_error.kind == ErrorKind::Network);
}

TEST_CASE("Schedule hints survive a JSON round trip; no hints is an empty object") {
  ScheduleHints h;
  h.ttl_minutes = 45;
  h.skip_hour(0);
  h.skip_hour(23);
  h.skip_day("Saturday");
  ScheduleHints back;
  REQUIRE(hints_from_json(hints_to_json(h), back));
  CHECK(back.ttl_minutes == 45);
  CHECK(back.skip_hours == h.skip_hours);
  CHECK(back.skip_days == h.skip_days);
  CHECK(hints_to_json(ScheduleHints{}) == "{}");
}
