// The reading state's side of the browser platform: marks go to IndexedDB through the shim
// (web/storage/store.mjs putMarks), the sidebar mirror and "refresh all" go to the shim; the
// fv_* exports in reading_exports.cpp bring stored marks, fetch progress and the mirror's
// sidebar buttons back to the app.
#pragma once

#include <string>

#include "app/read_state_store.h"

namespace fv::web {

class WebReadStateStore : public app::ReadStateStore {
 public:
  void save(const std::vector<reading::Mark>& marks) override;
};

void shim_refresh_feeds();
void shim_publish_sidebar(const std::string& json);

}  // namespace fv::web
