// The feeds the dashboard shows and the state of each (waiting, loaded, failed). Slot i is
// entry i of the app's subscription list (core/subscriptions/subscription_list.h), which
// parses the feed list and carries the reader's edits.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.h"

namespace fv::app {

struct FeedSlot {
  enum class Status { Waiting, Loaded, Failed };
  std::string url, title, folder;  // as subscribed
  Status status = Status::Waiting;
  bool removed = false;            // removed by the reader (its items are held for an undo)
  std::string error;               // one line, for people, when Failed
  std::string warning;             // the last response was odd but used (a truncated document)
  bool fetching = false;           // a fetch is running (first load or refresh)
  std::int64_t updated_at = 0;     // when its items last arrived (Unix s), 0 = never
  Feed feed;
  // Each item's text search key as the parse worker folded it, until the rows are built from
  // them (core/view/headline_rows.h); empty when parsed on this thread.
  std::vector<std::string> text_keys;

  // Its items are listed: loaded, or failed on a refresh after a good load (the last good
  // items stay on screen while the error shows).
  bool shows_items() const {
    return status == Status::Loaded || (status == Status::Failed && updated_at > 0);
  }
};

}  // namespace fv::app
