// RSS 2.0 polling hints reach the model, so the refresh policy can honour them.
#include "../parse/support.h"

using fv::test::parse_ok;

TEST_CASE("RSS 2.0 ttl, skipHours and skipDays are read into the feed's schedule hints", "[rss][schedule]") {
  auto feed = parse_ok(R"(<rss version="2.0"><channel><title>T</title><ttl> 90 </ttl>
    <skipHours><hour>0</hour><hour>1</hour><hour>24</hour><hour>23</hour></skipHours>
    <skipDays><day>Saturday</day><day>sunday</day></skipDays></channel></rss>)");
  REQUIRE(feed.schedule.ttl_minutes);
  CHECK(*feed.schedule.ttl_minutes == 90);
  CHECK(feed.schedule.skip_hours == ((1u << 0) | (1u << 1) | (1u << 23)));  // 24 reads as 0
  CHECK(feed.schedule.skip_days == ((1u << 6) | (1u << 0)));
}

TEST_CASE("RSS schedule hints that make no sense are ignored, not guessed", "[rss][schedule]") {
  auto feed = parse_ok(R"(<rss version="2.0"><channel><title>T</title><ttl>-5</ttl>
    <skipHours><hour>25</hour><hour>noon</hour></skipHours>
    <skipDays><day>Caturday</day></skipDays></channel></rss>)");
  CHECK_FALSE(feed.schedule.ttl_minutes);
  CHECK(feed.schedule.skip_hours == 0);
  CHECK(feed.schedule.skip_days == 0);
}

TEST_CASE("A feed without schedule hints has none", "[rss][schedule]") {
  auto feed = parse_ok(R"(<rss version="2.0"><channel><title>T</title><ttl>0</ttl></channel></rss>)");
  CHECK_FALSE(feed.schedule.ttl_minutes);
  CHECK(feed.schedule.skip_hours == 0);
}
