// Thumbnails for rows and cards: asks the platform for images of visible rows only (through
// view::ThumbnailCache, which bounds pending fetches and textures), turns the pixels that come
// back into textures, and draws them cropped to fill their box — or a quiet placeholder while
// an image is loading, has failed, or there is none.
#pragma once

#include <cstdint>
#include <string>

#include <imgui.h>

#include "core/view/thumbnail_cache.h"

namespace fv::app {

class Platform;

class Thumbnails {
 public:
  // Size of the downscaled images (pixels): enough for a card on a 2x screen.
  static constexpr int kMaxWidth = 480, kMaxHeight = 300;

  explicit Thumbnails(Platform& platform) : platform_(platform) {}
  void begin_frame() { cache_.begin_frame(); }

  // Draws `url`'s image cropped to [min, max] with rounded corners, else the placeholder.
  // Returns true when the image itself was drawn.
  bool draw(ImDrawList* dl, const std::string& url, ImVec2 min, ImVec2 max, ImU32 placeholder,
            float rounding, ImDrawFlags corners = 0);

  void on_image(const std::string& url, const unsigned char* rgba, int w, int h);
  void on_failed(const std::string& url) { cache_.failed(url); }

  std::size_t textures() const { return cache_.textures(); }
  std::size_t drawn() const { return drawn_; }  // images drawn since start (tests)

 private:
  Platform& platform_;
  view::ThumbnailCache cache_;
  std::size_t drawn_ = 0;
};

}  // namespace fv::app
