#include <catch2/catch.hpp>

#include <algorithm>
#include <string>

#include "core/view/thumbnail_cache.h"

using fv::view::ThumbnailCache;
using State = ThumbnailCache::State;

TEST_CASE("A thumbnail is fetched once, then drawn from its texture", "[view][thumbnails]") {
  ThumbnailCache cache;
  cache.begin_frame();
  auto a = cache.use("https://img/a.jpg");
  CHECK(a.state == State::Pending);
  CHECK(a.fetch);
  a = cache.use("https://img/a.jpg");
  CHECK(a.state == State::Pending);
  CHECK_FALSE(a.fetch);  // already on its way
  CHECK(cache.loaded("https://img/a.jpg", 7, 320, 180).empty());
  a = cache.use("https://img/a.jpg");
  CHECK(a.state == State::Ready);
  CHECK(a.texture == 7);
  CHECK(a.width == 320);
  CHECK(cache.textures() == 1);
  CHECK(cache.pending() == 0);
}

TEST_CASE("At most max_pending fetches run at once", "[view][thumbnails]") {
  ThumbnailCache cache(10, 2);
  cache.begin_frame();
  CHECK(cache.use("1").fetch);
  CHECK(cache.use("2").fetch);
  const auto third = cache.use("3");
  CHECK(third.state == State::Absent);
  CHECK_FALSE(third.fetch);
  cache.failed("1");
  CHECK(cache.use("3").fetch);
}

TEST_CASE("A failed image is not fetched again and reports Failed", "[view][thumbnails]") {
  ThumbnailCache cache;
  cache.begin_frame();
  cache.use("bad");
  cache.failed("bad");
  cache.begin_frame();
  const auto l = cache.use("bad");
  CHECK(l.state == State::Failed);
  CHECK_FALSE(l.fetch);
  CHECK(cache.pending() == 0);
}

TEST_CASE("Beyond capacity the least recently drawn texture is freed", "[view][thumbnails]") {
  ThumbnailCache cache(2, 8);
  cache.begin_frame();
  cache.use("a");
  cache.use("b");
  cache.use("c");
  CHECK(cache.loaded("a", 1, 1, 1).empty());
  CHECK(cache.loaded("b", 2, 1, 1).empty());
  cache.begin_frame();
  cache.use("b");  // a is older now
  cache.begin_frame();
  cache.use("c");
  const auto freed = cache.loaded("c", 3, 1, 1);
  REQUIRE(freed.size() == 1);
  CHECK(freed[0] == 1);
  CHECK(cache.textures() == 2);
  CHECK(cache.use("a").fetch);  // forgotten: fetched again when drawn again
}

TEST_CASE("Textures drawn in the current frame are never evicted", "[view][thumbnails]") {
  ThumbnailCache cache(1, 8);
  cache.begin_frame();
  cache.use("a");
  cache.use("b");
  CHECK(cache.loaded("a", 1, 1, 1).empty());
  CHECK(cache.loaded("b", 2, 1, 1).empty());  // both on screen: overshoot allowed
  CHECK(cache.textures() == 2);
}

TEST_CASE("A texture for a URL nobody asked for is handed back to be freed", "[view][thumbnails]") {
  ThumbnailCache cache;
  const auto freed = cache.loaded("never", 9, 1, 1);
  REQUIRE(freed.size() == 1);
  CHECK(freed[0] == 9);
  cache.begin_frame();
  cache.use("x");
  CHECK(cache.loaded("x", 1, 1, 1).empty());
  CHECK(cache.loaded("x", 2, 1, 1) == std::vector<std::uint64_t>{2});  // duplicate answer
}

TEST_CASE("Remembered failures are bounded", "[view][thumbnails]") {
  ThumbnailCache cache(4, 100, 10);
  for (int i = 0; i < 50; ++i) {
    cache.begin_frame();
    const std::string url = "f" + std::to_string(i);
    cache.use(url);
    cache.failed(url);
  }
  cache.begin_frame();
  CHECK(cache.use("f49").state == State::Failed);  // recent failures are kept
  CHECK(cache.use("f0").fetch);                    // old ones forgotten
}

TEST_CASE("Clearing hands back every texture", "[view][thumbnails]") {
  ThumbnailCache cache;
  cache.begin_frame();
  cache.use("a");
  cache.use("b");
  cache.loaded("a", 1, 1, 1);
  cache.loaded("b", 2, 1, 1);
  auto all = cache.clear();
  std::sort(all.begin(), all.end());
  CHECK(all == std::vector<std::uint64_t>{1, 2});
  CHECK(cache.textures() == 0);
}
