// The "?" help overlay: every keyboard shortcut in one list. Opened by the ? key or the header's
// "?" button; ? or Escape (or Close) closes it. Its text is mirrored in the accessible DOM as a
// dialog (Platform::publish_dialog).
#pragma once

#include <string>
#include <vector>

#include "app/fonts.h"
#include "app/theme.h"

namespace fv::app {

class Platform;

struct KeyHelp {
  std::string keys;  // as shown: "j / k"
  std::string what;
};

// Every key the dashboard answers to, in the order the overlay lists them: the list keys, the
// reading keys (app/reading_keys.h, so a key added there shows here), undo, ? and Escape.
// README.md lists the same keys.
const std::vector<KeyHelp>& key_help();

class HelpOverlay {
 public:
  bool is_open() const { return open_; }
  bool wants_frames() const { return frames_left_ > 0; }
  void open(Platform& platform);
  void close(Platform& platform);
  void toggle(Platform& platform) { open_ ? close(platform) : open(platform); }

  // Handles ? and Escape while open; call before other key handling. Returns true when it
  // consumed the keys of this frame (the overlay is open).
  bool handle_keys(Platform& platform);

  void draw(const FontHandles& fonts, const Palette& colors, float scale, Platform& platform);

  // The header's "?" button, right-aligned at `right`; returns its width.
  float draw_button(float right, float center_y, const FontHandles& fonts, const Palette& colors,
                    Platform& platform);

  static std::string mirror_json();

 private:
  bool open_ = false;
  bool popup_open_ = false;
  int frames_left_ = 0;  // frames still wanted after opening (the backdrop fades in)
};

}  // namespace fv::app
