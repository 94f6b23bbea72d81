#include <catch2/catch.hpp>

#include "core/layout/mirror_window.h"

using fv::layout::mirror_window;
using fv::layout::MirrorWindow;

TEST_CASE("A short list is listed whole", "[layout][mirror]") {
  CHECK(mirror_window(6, 0) == MirrorWindow{0, 6});
  CHECK(mirror_window(6, 5) == MirrorWindow{0, 6});
  CHECK(mirror_window(100, 99) == MirrorWindow{0, 100});
  CHECK(mirror_window(0, 0) == MirrorWindow{0, 0});
}

TEST_CASE("A long list is listed around the anchor: a step before it, the rest after",
          "[layout][mirror]") {
  CHECK(mirror_window(50000, 0) == MirrorWindow{0, 100});
  CHECK(mirror_window(50000, 24) == MirrorWindow{0, 100});
  CHECK(mirror_window(50000, 25) == MirrorWindow{0, 100});
  CHECK(mirror_window(50000, 50) == MirrorWindow{25, 125});
  CHECK(mirror_window(50000, 1234) == MirrorWindow{1200, 1300});
}

TEST_CASE("The mirror window moves only when the anchor crosses a step", "[layout][mirror]") {
  const MirrorWindow w = mirror_window(50000, 1200);
  for (std::size_t a = 1200; a < 1225; ++a) CHECK(mirror_window(50000, a) == w);
  CHECK(mirror_window(50000, 1225) != w);
}

TEST_CASE("The mirror window always holds the anchor and stays full at the end",
          "[layout][mirror]") {
  for (std::size_t total : {1u, 7u, 99u, 100u, 101u, 250u, 1000u}) {
    for (std::size_t a = 0; a < total; ++a) {
      const MirrorWindow w = mirror_window(total, a);
      CHECK(w.first <= a);
      CHECK(a < w.last);
      CHECK(w.last <= total);
      CHECK(w.last - w.first == std::min<std::size_t>(total, 100));
    }
  }
  CHECK(mirror_window(50000, 49999) == MirrorWindow{49900, 50000});
  CHECK(mirror_window(10, 500) == MirrorWindow{0, 10});  // anchor past the end: clipped
}
