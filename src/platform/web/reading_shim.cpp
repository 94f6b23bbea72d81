#include "platform/web/reading_shim.h"

#include <emscripten/emscripten.h>

#include "core/reading/marks_json.h"

EM_JS(void, fv_js_save_marks, (const char* json), { Module.fvShim.saveMarks(UTF8ToString(json)); });
EM_JS(void, fv_js_refresh_feeds, (), { Module.fvShim.refreshFeeds(); });
EM_JS(void, fv_js_publish_sidebar, (const char* json),
      { Module.fvShim.publishSidebar(UTF8ToString(json)); });

namespace fv::web {

void WebReadStateStore::save(const std::vector<reading::Mark>& marks) {
  if (!marks.empty()) fv_js_save_marks(reading::marks_to_json(marks).c_str());
}

void shim_refresh_feeds() { fv_js_refresh_feeds(); }
void shim_publish_sidebar(const std::string& json) { fv_js_publish_sidebar(json.c_str()); }

}  // namespace fv::web
