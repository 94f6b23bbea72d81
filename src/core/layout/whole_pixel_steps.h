// Scroll steps in whole device pixels, the fractions carried to the next step.
//
// Dear ImGui 1.86 floors a window's scroll position every frame
// (CalcNextScrollFromScrollTargetAndClamp), so each frame's wheel step loses its fraction: a
// 100 px mouse notch glided over ~20 frames of shrinking steps landed ~90 px, and fewer when
// the frames came faster. Stepping by whole pixels and carrying the rest makes the steps of a
// glide add up to its distance, whatever the frame rate.
#pragma once

namespace fv::layout {

class WholePixelSteps {
 public:
  // The whole pixels of `px` plus the fraction carried from earlier calls (towards zero); the
  // new fraction is kept for the next call, so |result - (px + carried)| < 1.
  float take(float px);
  float carried() const { return carry_; }

 private:
  float carry_ = 0.0f;
};

}  // namespace fv::layout
