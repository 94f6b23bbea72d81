#include "app/reading_keys.h"

namespace fv::app {

const std::vector<ReadingKey>& reading_keys() {
  static const std::vector<ReadingKey> keys = {
      {ReadingCommand::ToggleRead, "m", "m", "Mark the selected story read or unread"},
      {ReadingCommand::ToggleStar, "s", "s", "Star or unstar the selected story"},
      {ReadingCommand::MarkAllRead, "A", "Shift+A", "Mark everything in the view read (with undo)"},
      {ReadingCommand::Refresh, "r", "r", "Refresh all feeds"},
      {ReadingCommand::ShowAll, "g a", "g then a", "Show all items"},
      {ReadingCommand::ShowUnread, "g u", "g then u", "Show unread items"},
      {ReadingCommand::ShowStarred, "g s", "g then s", "Show starred items"},
  };
  return keys;
}

std::vector<std::string> reading_key_sequences() {
  std::vector<std::string> out;
  for (const ReadingKey& k : reading_keys()) out.push_back(k.keys);
  return out;
}

}  // namespace fv::app
