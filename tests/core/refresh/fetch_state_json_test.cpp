#include <catch2/catch.hpp>

#include "core/refresh/fetch_state_json.h"

using namespace fv::refresh;

TEST_CASE("FetchState survives a JSON round trip, error included") {
  FetchState s;
  s.url = "https://example.com/feed.xml";
  s.etag = "W/\"abc\"";
  s.last_modified = "Thu, 08 Jan 2026 15:00:00 GMT";
  s.via_proxy = "proxy?url={url}";
  s.last_attempt = 1767888000;
  s.last_success = 1767880000;
  s.next_due = 1767891600;
  s.retry_after_until = 1767888100;
  s.consecutive_failures = 3;
  s.last_error = http_error(503);

  FetchState back;
  REQUIRE(from_json(to_json(s), back));
  CHECK(back.url == s.url);
  CHECK(back.etag == s.etag);
  CHECK(back.last_modified == s.last_modified);
  CHECK(back.via_proxy == s.via_proxy);
  CHECK(back.last_attempt == s.last_attempt);
  CHECK(back.last_success == s.last_success);
  CHECK(back.next_due == s.next_due);
  CHECK(back.retry_after_until == s.retry_after_until);
  CHECK(back.consecutive_failures == 3);
  CHECK(back.last_error.kind == ErrorKind::Http);
  CHECK(back.last_error.status == 503);
}

TEST_CASE("FetchState JSON carries the user message of its error for the JS side") {
  FetchState s;
  s.last_error = http_error(404);
  CHECK(to_json(s).find("there is no feed at this address") != std::string::npos);
}

TEST_CASE("FetchState from JSON written by JS: doubles, missing and mistyped fields") {
  FetchState s;
  s.url = "kept";
  REQUIRE(from_json(R"({"nextDue": 1767891600.0, "etag": 5, "failures": "x"})", s));
  CHECK(s.next_due == 1767891600);
  CHECK(s.url == "kept");
  CHECK(s.etag.empty());
  CHECK(s.consecutive_failures == 0);
}

TEST_CASE("FetchState from something that is not a JSON object is refused") {
  FetchState s;
  CHECK_FALSE(from_json("[1,2]", s));
  CHECK_FALSE(from_json("{broken", s));
}

TEST_CASE("FetchState JSON survives invalid UTF-8 in a stored header") {
  FetchState s;
  s.etag = "\"\xFF\xFE\"";
  FetchState back;
  REQUIRE(from_json(to_json(s), back));
  CHECK_FALSE(back.etag.empty());
}
