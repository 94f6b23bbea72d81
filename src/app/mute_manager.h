// The mute rules the reader keeps (core/filters/mute_rules.h), stored in the settings under
// "mutes", and the small dialog that lists, adds and removes them.
#pragma once

#include <string>

#include "app/fonts.h"
#include "app/theme.h"
#include "core/filters/mute_rules.h"

namespace fv::app {

class Settings;

class MuteManager {
 public:
  explicit MuteManager(Settings& settings);

  const filters::MuteRules& rules() const { return rules_; }
  void open() { open_request_ = true; }
  bool is_open() const { return open_; }
  bool wants_frames() const { return frames_left_ > 0; }

  // Draws the dialog while it is open. Returns true when the rules changed.
  bool draw(const FontHandles& fonts, const Palette& colors, float scale);

  // A rule added or taken back from elsewhere (the row menu's "Mute source" and its undo),
  // saved at once; each returns whether the rules changed.
  bool add_rule(filters::MuteRule rule);
  bool remove_rule(const filters::MuteRule& rule);

  // For the accessible mirror: ["word: storm", "source: Example"].
  std::string mirror_json() const;

 private:
  void save();

  Settings& settings_;
  filters::MuteRules rules_;
  bool open_request_ = false, open_ = false, focus_input_ = false;
  char input_[128] = {};
  int frames_left_ = 0;  // frames still wanted after opening or a change
};

}  // namespace fv::app
