// The reading keys in one table: what App::handle_reading_keys acts on and what the help
// overlay lists. Active only while no text field has the keyboard.
#pragma once

#include <string>
#include <vector>

namespace fv::app {

enum class ReadingCommand { ToggleRead, ToggleStar, MarkAllRead, Refresh, ShowAll, ShowUnread, ShowStarred };

struct ReadingKey {
  ReadingCommand command;
  const char* keys;    // as core/reading/key_sequence.h matches them: "m", "A", "g a"
  const char* label;   // as people read them: "m", "Shift+A", "g then a"
  const char* action;  // what it does
};

const std::vector<ReadingKey>& reading_keys();
// The `keys` column, for reading::KeySequence.
std::vector<std::string> reading_key_sequences();

// Shown while the undo bar is up; not a KeySequence key (it needs Ctrl/Cmd).
constexpr const char* kUndoKeyLabel = "Ctrl+Z / Cmd+Z";

}  // namespace fv::app
