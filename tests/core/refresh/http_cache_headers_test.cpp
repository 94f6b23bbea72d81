#include <catch2/catch.hpp>

#include "core/refresh/http_cache_headers.h"

using namespace fv::refresh;

namespace {
constexpr std::int64_t kNow = 1767888000;  // 2026-01-08T16:00:00Z
}

TEST_CASE("Cache-Control max-age is read among other directives, any case and spacing") {
  CHECK(parse_cache_control("public, max-age=600").max_age == 600);
  CHECK(parse_cache_control("  Max-Age = 90 ,must-revalidate").max_age == 90);
  CHECK(parse_cache_control("max-age=\"300\"").max_age == 300);
  CHECK_FALSE(parse_cache_control("s-maxage=600").max_age.has_value());
  CHECK_FALSE(parse_cache_control("max-age=ten").max_age.has_value());
  CHECK_FALSE(parse_cache_control("").max_age.has_value());
}

TEST_CASE("Cache-Control with two max-age directives keeps the first") {
  CHECK(parse_cache_control("max-age=60, max-age=6000").max_age == 60);
}

TEST_CASE("Cache-Control max-age beyond 2^31 saturates instead of overflowing") {
  CHECK(parse_cache_control("max-age=99999999999999999999999").max_age == (std::int64_t(1) << 31));
}

TEST_CASE("Cache-Control no-store and no-cache are recognised") {
  const CacheControl cc = parse_cache_control("no-cache, NO-STORE");
  CHECK(cc.no_cache);
  CHECK(cc.no_store);
}

TEST_CASE("Expires is measured against the server's Date, not the client clock") {
  // The server's clock says 16:00, the feed expires at 16:30; our clock is an hour off.
  CHECK(expires_in("Thu, 08 Jan 2026 16:30:00 GMT", "Thu, 08 Jan 2026 16:00:00 GMT", kNow + 3600) == 1800);
}

TEST_CASE("Expires without a Date header is measured against now") {
  CHECK(expires_in("Thu, 08 Jan 2026 17:00:00 GMT", "", kNow) == 3600);
}

TEST_CASE("Expires of 0, garbage or in the past means stale now") {
  CHECK(expires_in("0", "", kNow) == 0);
  CHECK(expires_in("soon", "", kNow) == 0);
  CHECK(expires_in("Thu, 01 Jan 2026 00:00:00 GMT", "", kNow) == 0);
  CHECK_FALSE(expires_in("", "", kNow).has_value());
}

TEST_CASE("Retry-After in delta seconds") {
  CHECK(parse_retry_after("120", kNow) == 120);
  CHECK(parse_retry_after(" 0 ", kNow) == 0);
}

TEST_CASE("Retry-After as an HTTP date is turned into seconds from now") {
  CHECK(parse_retry_after("Thu, 08 Jan 2026 16:05:00 GMT", kNow) == 300);
  CHECK(parse_retry_after("Thu, 08 Jan 2026 15:00:00 GMT", kNow) == 0);  // already past
}

TEST_CASE("Retry-After that is neither seconds nor a date is absent") {
  CHECK_FALSE(parse_retry_after("later", kNow).has_value());
  CHECK_FALSE(parse_retry_after("-5", kNow).has_value());
  CHECK_FALSE(parse_retry_after("", kNow).has_value());
}
