// Where read/starred marks are kept across reloads. The browser keeps them in IndexedDB
// (web/storage/store.mjs, through src/platform/web); the stored marks come back once at
// start-up through App::restore_marks, before or while the feeds arrive.
#pragma once

#include <vector>

#include "core/reading/reading_state.h"

namespace fv::app {

class ReadStateStore {
 public:
  virtual ~ReadStateStore() = default;
  // Keeps these marks (the latest flags of each changed item), replacing older ones.
  virtual void save(const std::vector<reading::Mark>& marks) = 0;
};

// For a platform without storage: marks last for the session.
class SessionReadStateStore : public ReadStateStore {
 public:
  void save(const std::vector<reading::Mark>&) override {}
};

}  // namespace fv::app
