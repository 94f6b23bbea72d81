#include "app/thumbnails.h"

#include <algorithm>

#include "app/platform.h"

namespace fv::app {

bool Thumbnails::draw(ImDrawList* dl, const std::string& url, ImVec2 min, ImVec2 max,
                      ImU32 placeholder, float rounding, ImDrawFlags corners) {
  view::ThumbnailCache::Lookup l;
  if (!url.empty()) {
    l = cache_.use(url);
    if (l.fetch) platform_.request_image(url, kMaxWidth, kMaxHeight);
  }
  if (l.state != view::ThumbnailCache::State::Ready || l.width <= 0 || l.height <= 0) {
    dl->AddRectFilled(min, max, placeholder, rounding, corners);
    return false;
  }
  // Cover: scale the image to fill the box and crop the overflow symmetrically.
  const float box_w = max.x - min.x, box_h = max.y - min.y;
  const float box_aspect = box_w / std::max(1.0f, box_h);
  const float img_aspect = float(l.width) / float(l.height);
  ImVec2 uv0(0, 0), uv1(1, 1);
  if (img_aspect > box_aspect) {
    const float keep = box_aspect / img_aspect;
    uv0.x = (1 - keep) * 0.5f;
    uv1.x = 1 - uv0.x;
  } else {
    const float keep = img_aspect / box_aspect;
    uv0.y = (1 - keep) * 0.5f;
    uv1.y = 1 - uv0.y;
  }
  dl->AddImageRounded(reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(l.texture)), min,
                      max, uv0, uv1, IM_COL32_WHITE, rounding, corners);
  ++drawn_;
  return true;
}

void Thumbnails::on_image(const std::string& url, const unsigned char* rgba, int w, int h) {
  const std::uint64_t tex = w > 0 && h > 0 ? platform_.create_texture(rgba, w, h) : 0;
  if (tex == 0) {
    cache_.failed(url);
    return;
  }
  for (std::uint64_t t : cache_.loaded(url, tex, w, h)) platform_.destroy_texture(t);
}

}  // namespace fv::app
