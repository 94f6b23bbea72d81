// Exported functions for the feeds panel's page side (web/feedview-shim.js): answers to
// find-feed requests, OPML file bytes, and the panel's actions called from the accessible
// mirror (web/feeds_mirror.mjs) — the same App calls the canvas panel makes.
#include <cstdlib>
#include <string>
#include <string_view>

#include <emscripten/emscripten.h>

#include "app/app.h"
#include "platform/web/app_access.h"

namespace {

template <typename Fn>
void with_app(Fn fn) {
  if (fv::app::App* app = fv::web::current_app()) {
    fn(*app);
    fv::web::redraw();
  }
}

}  // namespace

extern "C" {

EMSCRIPTEN_KEEPALIVE void fv_feed_found(int request, const char* url, const char* error) {
  with_app([&](fv::app::App& a) { a.on_feed_found(request, url, error); });
}

// Takes ownership of `data` (allocated by the shim with _malloc).
EMSCRIPTEN_KEEPALIVE void fv_import_opml(unsigned char* data, int len) {
  with_app([&](fv::app::App& a) {
    a.import_opml(std::string_view(reinterpret_cast<const char*>(data), static_cast<std::size_t>(len)));
  });
  std::free(data);
}

EMSCRIPTEN_KEEPALIVE void fv_subs_open() { with_app([](fv::app::App& a) { a.open_subscriptions(); }); }
EMSCRIPTEN_KEEPALIVE void fv_subs_add(const char* address) {
  with_app([&](fv::app::App& a) { a.subscribe_address(address); });
}
EMSCRIPTEN_KEEPALIVE void fv_subs_rename(int index, const char* name) {
  with_app([&](fv::app::App& a) { a.rename_feed(index, name); });
}
EMSCRIPTEN_KEEPALIVE void fv_subs_move(int index, const char* folder) {
  with_app([&](fv::app::App& a) { a.move_feed(index, folder); });
}
EMSCRIPTEN_KEEPALIVE void fv_subs_rename_folder(const char* from, const char* to) {
  with_app([&](fv::app::App& a) { a.rename_folder(from, to); });
}
EMSCRIPTEN_KEEPALIVE void fv_subs_keep(int index) { with_app([&](fv::app::App& a) { a.keep_feed(index); }); }
EMSCRIPTEN_KEEPALIVE void fv_subs_remove(int index) { with_app([&](fv::app::App& a) { a.remove_feed(index); }); }
EMSCRIPTEN_KEEPALIVE void fv_subs_undo() { with_app([](fv::app::App& a) { a.undo_remove(); }); }
EMSCRIPTEN_KEEPALIVE void fv_export_opml() { with_app([](fv::app::App& a) { a.export_opml(); }); }
EMSCRIPTEN_KEEPALIVE void fv_view_json() { with_app([](fv::app::App& a) { a.download_view_json(); }); }
EMSCRIPTEN_KEEPALIVE void fv_copy_markdown() { with_app([](fv::app::App& a) { a.copy_markdown(); }); }
EMSCRIPTEN_KEEPALIVE void fv_download_markdown() { with_app([](fv::app::App& a) { a.download_markdown(); }); }
// 1 while the feeds panel is open (tests).
EMSCRIPTEN_KEEPALIVE int fv_subs_is_open() {
  fv::app::App* a = fv::web::current_app();
  return a && a->subscriptions_open() ? 1 : 0;
}

}  // extern "C"
