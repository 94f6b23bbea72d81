// Exports of the reading state for the JS shim: stored marks at start-up, per-feed fetch
// progress, and the accessible mirror's buttons (views, feeds, folders; Star and Mark read
// of the open story; Undo). See web/feedview-shim.js.
#include <string_view>

#include <emscripten/emscripten.h>

#include "app/app.h"
#include "platform/web/app_access.h"

namespace {

std::string_view view(const char* s) { return s ? std::string_view(s) : std::string_view(); }

}  // namespace

extern "C" {

// JSON [{feed, id, read, starred}] from web/storage/store.mjs marks().
EMSCRIPTEN_KEEPALIVE void fv_restore_marks(const char* json) {
  if (auto* app = fv::web::current_app()) app->restore_marks(view(json));
  fv::web::redraw();
}

EMSCRIPTEN_KEEPALIVE void fv_feed_busy(int index, int busy) {
  if (auto* app = fv::web::current_app()) app->on_feed_busy(index, busy != 0);
  fv::web::redraw();
}

// A refresh failed for a feed whose stored items are shown (message), or worked ("").
EMSCRIPTEN_KEEPALIVE void fv_feed_refresh_failed(int index, const char* message) {
  if (auto* app = fv::web::current_app()) app->on_feed_refresh_failed(index, message ? message : "");
  fv::web::redraw();
}

// kind "view" (id All/Unread/Starred), "folder" (its name) or "feed" (its index).
EMSCRIPTEN_KEEPALIVE void fv_select(const char* kind, const char* id) {
  if (auto* app = fv::web::current_app()) app->select_from_mirror(view(kind), view(id));
  fv::web::redraw();
}

EMSCRIPTEN_KEEPALIVE void fv_toggle_open_star() {
  if (auto* app = fv::web::current_app()) app->toggle_open_star();
  fv::web::redraw();
}

EMSCRIPTEN_KEEPALIVE void fv_toggle_open_read() {
  if (auto* app = fv::web::current_app()) app->toggle_open_read();
  fv::web::redraw();
}

// The mirror's Undo beside the undo bar's text: what the bar offers (as Ctrl+Z).
EMSCRIPTEN_KEEPALIVE void fv_undo() {
  if (auto* app = fv::web::current_app()) app->undo_offered();
  fv::web::redraw();
}

}  // extern "C"
