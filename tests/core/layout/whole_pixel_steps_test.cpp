#include <catch2/catch.hpp>

#include <cmath>
#include <vector>

#include "core/layout/whole_pixel_steps.h"

using fv::layout::WholePixelSteps;

namespace {

// A mouse notch glided the way src/platform/web/wheel.cpp does it: each frame takes a share
// of what is left (exponential decay), finishing once less than half a pixel would remain.
std::vector<float> glide(float distance, float share) {
  std::vector<float> steps;
  float pending = distance;
  while (pending != 0.0f) {
    float s = pending * share;
    if (std::fabs(pending - s) < 0.5f) s = pending;
    pending -= s;
    steps.push_back(s);
  }
  return steps;
}

// How far the steps scroll a window whose position ImGui 1.86 floors after every step.
float scrolled_by_imgui(const std::vector<float>& steps, WholePixelSteps* whole) {
  const float start = 500.0f;
  float scroll = start;
  for (float s : steps) scroll = std::floor(scroll + (whole ? whole->take(s) : s));
  return scroll - start;
}

}  // namespace

TEST_CASE("Whole pixel steps carry the fraction to the next step", "[layout][wheel]") {
  WholePixelSteps w;
  CHECK(w.take(2.75f) == 2.0f);
  CHECK(w.carried() == Approx(0.75f));
  CHECK(w.take(0.5f) == 1.0f);
  CHECK(w.carried() == Approx(0.25f));
  CHECK(w.take(0.25f) == 0.0f);
  CHECK(w.carried() == Approx(0.5f));
}

TEST_CASE("Whole pixel steps round towards zero when scrolling up", "[layout][wheel]") {
  WholePixelSteps w;
  CHECK(w.take(-2.75f) == -2.0f);
  CHECK(w.carried() == Approx(-0.75f));
  CHECK(w.take(-0.5f) == -1.0f);
  CHECK(w.take(1.25f) == 1.0f);  // the direction changes: the carried -0.25 is paid back
  CHECK(w.carried() == Approx(0.0f).margin(1e-6));
}

TEST_CASE("A glided wheel notch lands its whole distance in a scroll floored every frame",
          "[layout][wheel]") {
  for (float share : {0.08f, 0.24f, 0.43f, 0.81f}) {  // 240, 60, 30 and 10 frames a second
    const std::vector<float> steps = glide(100.0f, share);
    INFO("share " << share << ", " << steps.size() << " frames");
    WholePixelSteps whole;
    CHECK(scrolled_by_imgui(steps, &whole) == 100.0f);
    CHECK(scrolled_by_imgui(glide(-100.0f, share), &whole) == -100.0f);
  }
  // Without it the fractions are lost, more of them the more frames the glide takes.
  CHECK(scrolled_by_imgui(glide(100.0f, 0.24f), nullptr) < 95.0f);
}
