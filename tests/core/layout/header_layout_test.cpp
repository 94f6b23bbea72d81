// The header at phone and desktop widths (CSS px at scale 1, the app's real measures):
// labelled buttons while the search field has room, icon buttons below that, then no brand.
#include <catch2/catch.hpp>

#include "core/layout/header_layout.h"

using fv::layout::header_layout;
using fv::layout::HeaderInput;
using fv::layout::HeaderLayout;

namespace {
HeaderInput header(float width, float left, float list_x) {
  HeaderInput in;
  in.width = width;
  in.left = left;
  in.brand_w = 88;
  in.list_x = list_x;
  in.pad = 16;
  in.gap = 12;
  in.full_buttons = 214;   // Trends, ?, Feeds, Light with their gaps
  in.compact_buttons = 128;  // four 28 px icon buttons with their gaps
  in.status_w = 150;
  in.min_search = 150;
  in.max_search = 320;
  in.status_room = 180;
  return in;
}
}  // namespace

TEST_CASE("A wide header keeps labelled buttons, the brand, the status and a full search field") {
  const HeaderLayout l = header_layout(header(1280, 16, 384));
  CHECK_FALSE(l.compact);
  CHECK(l.show_brand);
  CHECK(l.show_status);
  CHECK(l.search_x == 384);  // lined up with the list column
  CHECK(l.search_w == 320);
  CHECK(l.buttons_w == 214);
}

TEST_CASE("At 375 px the buttons become icons and the brand goes so the search field stays usable") {
  const HeaderLayout l = header_layout(header(375, 48, 0));
  CHECK(l.compact);
  CHECK_FALSE(l.show_brand);
  CHECK_FALSE(l.show_status);
  CHECK(l.search_x == 48);
  CHECK(l.search_w >= 150);
  CHECK(l.search_x + l.search_w + 12 + l.buttons_w + 16 <= 375);
}

TEST_CASE("A middle width keeps the brand with icon buttons when that leaves the search room") {
  const HeaderLayout l = header_layout(header(520, 48, 0));
  CHECK(l.compact);
  CHECK(l.show_brand);
  CHECK(l.search_x == 48 + 88 + 12);
  CHECK(l.search_w >= 150);
}

TEST_CASE("The labelled buttons come back as soon as the search field has room beside them") {
  float first_full = 0;
  for (float w = 300; w <= 1400; w += 1)
    if (!header_layout(header(w, 48, 0)).compact) {
      first_full = w;
      break;
    }
  REQUIRE(first_full > 0);
  const HeaderLayout l = header_layout(header(first_full, 48, 0));
  CHECK(l.search_w >= 150);
  CHECK(header_layout(header(first_full - 1, 48, 0)).compact);
}
