// The accessible mirror of the Trends panel / list filters and of dialogs (the help overlay):
// the app hands JSON, the shim writes text nodes (web/feedview-shim.js publishTrends and
// publishDialog).
#include <emscripten/emscripten.h>

#include "platform/web/web_platform.h"

EM_JS(void, fv_js_publish_trends, (const char* json),
      { Module.fvShim.publishTrends(UTF8ToString(json)); });
EM_JS(void, fv_js_publish_dialog, (const char* json),
      { Module.fvShim.publishDialog(UTF8ToString(json)); });

namespace fv::web {

void WebPlatform::publish_trends(const std::string& json) { fv_js_publish_trends(json.c_str()); }

void WebPlatform::publish_dialog(const std::string& json) { fv_js_publish_dialog(json.c_str()); }

}  // namespace fv::web
