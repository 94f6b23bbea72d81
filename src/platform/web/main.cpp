// The browser entry point: creates the WebGL 2 context, ImGui with the web platform backend and
// the OpenGL 3 renderer, and the dashboard; exports the functions the JS shim calls (fv_*).
// Frames are drawn only when the FrameScheduler is asked for one (see frame_scheduler.h).
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>

#include <imgui.h>
#include <imgui_impl_opengl3.h>

#include "app/app.h"
#include "app/click_targets.h"
#include "app/theme.h"
#include "platform/web/app_access.h"
#include "platform/web/fallback_fonts.h"
#include "platform/web/feed_handover.h"
#include "platform/web/frame_scheduler.h"
#include "platform/web/imgui_impl_web.h"
#include "platform/web/web_platform.h"

namespace {

constexpr const char* kCanvas = "#fv-canvas";
constexpr int kSettleFrames = 2;  // ImGui resolves hover/active state a frame after input

void draw_frame();

struct State {
  EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
  fv::web::WebPlatform platform;
  std::unique_ptr<fv::app::App> app;
  fv::web::FrameScheduler scheduler{draw_frame};
  fv::web::FeedHandover handover;  // feeds parsed by the parse worker, arriving in parts
  int backing_w = 1, backing_h = 1;
  float dpr = 1.0f;
  bool have_viewport = false;
  int frames = 0;
  int settle = 0;
  bool in_frame = false;
};

State* g = nullptr;

double now_seconds() { return emscripten_get_now() / 1000.0; }

void request_frame() {
  g->settle = kSettleFrames;
  g->scheduler.request();
}

void schedule_next(double now) {
  if (ImGui_ImplWeb_WantsFrame() || g->settle > 0) {
    if (g->settle > 0) --g->settle;
    g->scheduler.request();
    return;
  }
  double wake = g->app->next_wake();
  const double deadline = ImGui_ImplWeb_NextDeadline(now);
  if (deadline >= 0 && (wake < 0 || deadline < wake)) wake = deadline;
  if (wake >= 0) g->scheduler.request_after(wake);
}

void clear_to_page() {
  const ImVec4 c = ImGui::ColorConvertU32ToFloat4(fv::app::palette(g->app->dark()).page);
  glViewport(0, 0, g->backing_w, g->backing_h);
  glClearColor(c.x, c.y, c.z, 1.0f);
  glClear(GL_COLOR_BUFFER_BIT);
}

void draw_frame() {
  if (!g || g->in_frame || !g->have_viewport) return;
  if (!g->scheduler.visible()) {  // hidden tab: nothing drawn (resizes, gestures); later
    g->scheduler.request();
    return;
  }
  g->in_frame = true;
  const double now = now_seconds();
  fv::app::FontBook& fonts = g->app->fonts();
  if (!fonts.has_faces()) {  // never show ImGui's default bitmap font: wait for Noto Sans
    clear_to_page();
    g->in_frame = false;
    return;
  }
  fonts.note_missing_glyphs();             // text drawn last frame without its glyphs
  fv::web::request_fallback_fonts(fonts);  // text noted since the last frame may need glyphs
  if (fonts.needs_rebuild(g->dpr)) {
    ImGuiIO& io = ImGui::GetIO();
    fonts.rebuild(*io.Fonts, g->dpr);
    io.FontDefault = fonts.fonts().body;
    ImGui_ImplOpenGL3_DestroyFontsTexture();
    ImGui_ImplOpenGL3_CreateFontsTexture();
  }

  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplWeb_NewFrame(now);
  ImGui::NewFrame();
  g->app->draw(g->dpr);
  ImGui::Render();
  clear_to_page();
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
  ImGui_ImplWeb_EndFrame();
  ++g->frames;
  g->in_frame = false;
  schedule_next(now);
}

// Input that may open a link or touch the clipboard is handled inside the browser's event, so
// window.open and clipboard writes count as user-initiated.
void draw_in_gesture() {
  g->settle = kSettleFrames;
  for (int i = 0; i < 4; ++i) {
    draw_frame();
    if (!ImGui_ImplWeb_HasQueuedInput()) break;
  }
  g->scheduler.request();
}

EM_BOOL on_visibility(int, const EmscriptenVisibilityChangeEvent* e, void*) {
  g->scheduler.set_visible(!e->hidden);
  return EM_FALSE;
}

EM_BOOL on_context_lost(int, const void*, void*) {
  std::fprintf(stderr, "feedview: WebGL context lost\n");
  return EM_TRUE;
}

}  // namespace

namespace fv::web {
app::App* current_app() { return g ? g->app.get() : nullptr; }
void redraw() {
  if (g) request_frame();
}
}  // namespace fv::web

extern "C" {

EMSCRIPTEN_KEEPALIVE void fv_set_viewport(float css_w, float css_h, float dpr, int backing_w,
                                          int backing_h) {
  if (backing_w < 1 || backing_h < 1) return;
  g->backing_w = backing_w;
  g->backing_h = backing_h;
  g->dpr = dpr;
  g->have_viewport = true;
  emscripten_set_canvas_element_size(kCanvas, backing_w, backing_h);
  ImGui_ImplWeb_SetViewport(css_w, css_h, dpr, backing_w, backing_h);
  // Resizing cleared the canvas: draw now (this runs in the ResizeObserver callback, before
  // the browser paints) so no blank frame is shown.
  g->settle = kSettleFrames;
  draw_frame();
}

// Takes ownership of `data` (allocated by the shim with _malloc).
EMSCRIPTEN_KEEPALIVE void fv_set_font(int face, unsigned char* data, int len) {
  std::vector<unsigned char> bytes(data, data + len);
  std::free(data);
  g->app->fonts().set_face(face == 1 ? fv::app::Face::Bold : fv::app::Face::Regular,
                           std::move(bytes));
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void fv_set_color_scheme(int dark) {
  g->app->set_system_dark(dark != 0);
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void fv_set_platform(int mac) { ImGui_ImplWeb_SetMacBehaviours(mac != 0); }

EMSCRIPTEN_KEEPALIVE void fv_load_subscriptions(const char* json) {
  g->app->load_subscriptions(json);
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void fv_feed_loaded(int index, const char* url, const char* content_type,
                                         unsigned char* data, int len) {
  g->app->on_feed_bytes(index, std::string_view(reinterpret_cast<const char*>(data), len), url,
                        content_type);
  std::free(data);
  request_frame();
}

// A feed parsed by the parse worker (web/net/parse_client.mjs): begin, each part (ownership
// of `data` passes here), then finish — 1 when the feed was whole and is now shown.
EMSCRIPTEN_KEEPALIVE void fv_feed_begin(int index) { g->handover.begin(index); }

EMSCRIPTEN_KEEPALIVE int fv_feed_part(int index, unsigned char* data, int len) {
  const bool ok = g->handover.add(index, std::string_view(reinterpret_cast<const char*>(data), len));
  std::free(data);
  return ok ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE int fv_feed_finish(int index) {
  std::vector<std::string> text_keys;
  std::optional<fv::Feed> feed = g->handover.finish(index, &text_keys);
  if (!feed) return 0;
  g->app->on_feed_parsed(index, std::move(*feed), std::move(text_keys));
  request_frame();
  return 1;
}

EMSCRIPTEN_KEEPALIVE void fv_feed_failed(int index, const char* message) {
  g->app->on_feed_error(index, message);
  request_frame();
}

// A thumbnail asked for through request_image: `rgba` (w x h x 4 bytes, _malloc'd by the shim,
// freed here) or a failure.
EMSCRIPTEN_KEEPALIVE void fv_image_loaded(const char* url, unsigned char* rgba, int w, int h) {
  g->app->on_image(url, rgba, w, h);
  std::free(rgba);
  request_frame();
}

EMSCRIPTEN_KEEPALIVE void fv_image_failed(const char* url) {
  g->app->on_image_failed(url);
  request_frame();
}

// Thumbnails held as textures, and rows shown (one per story when grouped): for tests.
EMSCRIPTEN_KEEPALIVE int fv_thumbnail_textures() {
  return g ? static_cast<int>(g->app->thumbnail_textures()) : 0;
}
EMSCRIPTEN_KEEPALIVE int fv_shown_rows() { return g ? static_cast<int>(g->app->shown()) : 0; }
EMSCRIPTEN_KEEPALIVE int fv_list_columns() { return g ? g->app->list_columns() : 0; }

EMSCRIPTEN_KEEPALIVE void fv_pointer(int kind, int button, float x, float y, int type,
                                     double t_ms) {
  ImGui_ImplWeb_OnPointer(kind, button, x, y, type, t_ms / 1000.0);
}

// Typed and pasted text may be in any script: its glyphs are fetched like feed text's.
EMSCRIPTEN_KEEPALIVE void fv_text(const char* utf8) {
  g->app->fonts().note_text(utf8);
  ImGui_ImplWeb_OnText(utf8);
}
EMSCRIPTEN_KEEPALIVE void fv_paste(const char* utf8) {
  g->app->fonts().note_text(utf8);
  ImGui_ImplWeb_OnPaste(utf8);
}
EMSCRIPTEN_KEEPALIVE void fv_focus(int focused) { ImGui_ImplWeb_OnFocus(focused != 0); }

// The headline list's scroll offset (CSS px) and the number of listed headlines, for tests.
EMSCRIPTEN_KEEPALIVE float fv_list_scroll() { return g ? g->app->list_scroll_css() : 0.0f; }

// The accessible mirror's "show earlier/later headlines" buttons: list row `row` (0-based).
EMSCRIPTEN_KEEPALIVE void fv_mirror_show(int row) {
  if (!g) return;
  g->app->show_row(row);
  request_frame();
}

// Headlines the list shows after search and filters (tests check that filters narrow it).
EMSCRIPTEN_KEEPALIVE int fv_listed() { return g ? static_cast<int>(g->app->listed()) : 0; }

// Centre (CSS px, axis 0 = x, 1 = y) of a named control drawn in the last frame, -1 when it was
// not drawn (app/click_targets.h): browser tests click where the control really is.
EMSCRIPTEN_KEEPALIVE float fv_target(const char* name, int index, int axis) {
  ImVec2 c;
  if (!g || !fv::app::find_click_target(name, index, &c)) return -1.0f;
  return (axis == 0 ? c.x : c.y) / g->dpr;
}

// 1 when the dashboard is drawn in its dark scheme (system preference or the theme setting).
EMSCRIPTEN_KEEPALIVE int fv_is_dark() { return g && g->app->dark() ? 1 : 0; }

// False when WebGL 2 could not be created (the shim then shows a message).
EMSCRIPTEN_KEEPALIVE int fv_graphics_ok() { return g && g->gl > 0 ? 1 : 0; }

// Frames drawn since start: browser tests check that an idle page stays idle.
EMSCRIPTEN_KEEPALIVE int fv_frame_count() { return g ? g->frames : 0; }

}  // extern "C"

int main() {
  g = new State();
  g->app = std::make_unique<fv::app::App>(g->platform);
  fv::web::set_fallback_font_target(&g->app->fonts(), request_frame);

  EmscriptenWebGLContextAttributes attrs;
  emscripten_webgl_init_context_attributes(&attrs);
  attrs.majorVersion = 2;
  attrs.minorVersion = 0;
  attrs.alpha = EM_TRUE;  // transparent until the first frame: the page colour shows, no black flash
  attrs.antialias = EM_FALSE;  // ImGui anti-aliases its own geometry
  attrs.depth = EM_FALSE;
  attrs.stencil = EM_FALSE;
  attrs.powerPreference = EM_WEBGL_POWER_PREFERENCE_LOW_POWER;
  g->gl = emscripten_webgl_create_context(kCanvas, &attrs);
  if (g->gl <= 0) {
    std::fprintf(stderr, "feedview: WebGL 2 is not available (%d)\n", static_cast<int>(g->gl));
    return 1;
  }
  emscripten_webgl_make_context_current(g->gl);
  emscripten_set_webglcontextlost_callback(kCanvas, nullptr, EM_FALSE,
                                           reinterpret_cast<em_webgl_context_callback>(on_context_lost));

  IMGUI_CHECKVERSION();
  ImGui::CreateContext();
  ImGui_ImplWeb_InitInfo info;
  info.request_frame = request_frame;
  info.draw_in_gesture = draw_in_gesture;
  ImGui_ImplWeb_Init(info);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  emscripten_set_visibilitychange_callback(nullptr, EM_FALSE, on_visibility);
  return 0;
}
