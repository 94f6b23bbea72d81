#include "core/layout/header_layout.h"

#include <algorithm>

namespace fv::layout {

HeaderLayout header_layout(const HeaderInput& in) {
  HeaderLayout out;
  const float after_brand = std::max(in.left + in.brand_w + in.gap, in.list_x);
  auto room = [&](float search_x, float buttons) {
    return in.width - in.pad - buttons - in.gap - search_x;
  };
  out.search_x = after_brand;
  out.buttons_w = in.full_buttons;
  if (room(after_brand, in.full_buttons) < in.min_search) {
    out.compact = true;
    out.buttons_w = in.compact_buttons;
    if (room(after_brand, in.compact_buttons) < in.min_search) {
      out.show_brand = false;  // the wordmark gives way to the search field
      out.search_x = std::max(in.left, std::min(in.list_x, after_brand));
    }
  }
  const float avail = room(out.search_x, out.buttons_w);
  out.show_status = avail - in.status_w - in.gap > in.status_room;
  const float search_room = out.show_status ? avail - in.status_w - in.gap : avail;
  out.search_w = std::max(0.0f, std::min(in.max_search, search_room));
  return out;
}

}  // namespace fv::layout
