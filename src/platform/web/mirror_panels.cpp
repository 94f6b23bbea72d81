// The accessible mirror of the Trends panel / list filters, of dialogs (the help overlay), of
// the header's toolbar and of the undo bar: the app hands JSON, the shim writes text nodes
// (web/mirror_panels.mjs, web/toolbar_mirror.mjs). The undo bar's Undo calls fv_undo
// (reading_exports.cpp).
#include <emscripten/emscripten.h>

#include "app/app.h"
#include "platform/web/app_access.h"
#include "platform/web/web_platform.h"

EM_JS(void, fv_js_publish_trends, (const char* json),
      { Module.fvShim.publishTrends(UTF8ToString(json)); });
EM_JS(void, fv_js_publish_dialog, (const char* json),
      { Module.fvShim.publishDialog(UTF8ToString(json)); });
EM_JS(void, fv_js_publish_toolbar, (const char* json),
      { Module.fvShim.publishToolbar(UTF8ToString(json)); });
EM_JS(void, fv_js_publish_undo, (const char* json),
      { Module.fvShim.publishUndo(UTF8ToString(json)); });

namespace fv::web {

void WebPlatform::publish_trends(const std::string& json) { fv_js_publish_trends(json.c_str()); }

void WebPlatform::publish_dialog(const std::string& json) { fv_js_publish_dialog(json.c_str()); }

void WebPlatform::publish_toolbar(const std::string& json) { fv_js_publish_toolbar(json.c_str()); }
void WebPlatform::publish_undo(const std::string& json) { fv_js_publish_undo(json.c_str()); }

}  // namespace fv::web

extern "C" {
// The Trends mirror's "Undo mute" button.
EMSCRIPTEN_KEEPALIVE void fv_undo_mute() {
  if (fv::app::App* app = fv::web::current_app()) app->undo_mute();
  fv::web::redraw();
}
// The toolbar mirror's buttons: "trends", "help", "feeds", "theme", "read-on-scroll".
EMSCRIPTEN_KEEPALIVE void fv_toolbar(const char* name) {
  if (fv::app::App* app = fv::web::current_app()) app->run_header_action(fv::app::header_action(name));
  fv::web::redraw();
}
}
