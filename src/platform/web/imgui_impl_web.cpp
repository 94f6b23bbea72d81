// See imgui_impl_web.h for what this backend handles.
#include "platform/web/imgui_impl_web.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <string>

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui_internal.h>  // the window a wheel would scroll, and its scroll limits

#include "core/layout/whole_pixel_steps.h"
#include "platform/web/input_queue.h"
#include "platform/web/shim_calls.h"
#include "platform/web/touch_gestures.h"
#include "platform/web/wheel.h"

namespace {

using fv::web::InputEvent;

struct BackendData {
  ImGui_ImplWeb_InitInfo info;
  fv::web::InputQueue queue;
  fv::web::WheelSmoother wheel;
  fv::layout::WholePixelSteps wheel_px_x, wheel_px_y;  // device px: ImGui floors the scroll
  fv::web::TouchGestures touch;
  float css_w = 1, css_h = 1, dpr = 1;
  float to_device_x = 1, to_device_y = 1;  // backing px per CSS px, per axis
  double last_time = 0;
  bool more_input = false;
  int last_pointer_type = ImGui_ImplWeb_Mouse;
  ImGuiMouseCursor last_cursor = -2;
  bool text_input_active = false;
  ImVec2 ime_pos = ImVec2(0, 0), ime_pos_sent = ImVec2(-1, -1);
  std::string clipboard;  // last text copied or pasted (ImGui's GetClipboardText reads it)
  bool focused = false;   // the canvas or its hidden input has keyboard focus
  // Whether the window under the mouse (the one ImGui's wheel scrolls) can scroll further up /
  // down, as of the last frame; unknown before the mouse has been over the canvas.
  bool wheel_edges_known = false, can_scroll_up = false, can_scroll_down = false;
};

BackendData* g_bd = nullptr;

// True when the page around the canvas can scroll: the app is framed by another page, or its
// own document is taller than the window. Then a wheel the app does not use belongs to it.
EM_JS(int, fv_js_host_can_scroll, (), {
  if (window.parent !== window) return 1;
  var d = document.scrollingElement || document.documentElement;
  var hidden = function(el) { return el && getComputedStyle(el).overflowY === 'hidden'; };
  if (hidden(document.documentElement) || hidden(document.body)) return 0;  // like the app page
  return d.scrollHeight > d.clientHeight + 1 ? 1 : 0;
});

void wake() {
  if (g_bd && g_bd->info.request_frame) g_bd->info.request_frame();
}

void draw_in_gesture() {
  if (g_bd && g_bd->info.draw_in_gesture) g_bd->info.draw_in_gesture();
}

InputEvent mouse_pos(float x, float y) {
  InputEvent e;
  e.type = InputEvent::Type::MousePos;
  e.x = x;
  e.y = y;
  return e;
}

InputEvent mouse_button(int button, bool down) {
  InputEvent e;
  e.type = InputEvent::Type::MouseButton;
  e.code = button;
  e.down = down;
  return e;
}

InputEvent simple(InputEvent::Type type, bool down = false) {
  InputEvent e;
  e.type = type;
  e.down = down;
  return e;
}

void push_text(const char* utf8) {
  // Decode UTF-8 to codepoints (ImWchar is 32-bit in this build: IMGUI_USE_WCHAR32).
  for (const unsigned char* s = reinterpret_cast<const unsigned char*>(utf8); *s;) {
    unsigned c = *s;
    int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (len > 1) {
      c &= 0x7F >> len;
      for (int k = 1; k < len; ++k) {
        if ((s[k] & 0xC0) != 0x80) { len = k; c = 0xFFFD; break; }
        c = (c << 6) | (s[k] & 0x3F);
      }
    }
    s += len;
    if (c == '\r') continue;
    InputEvent e;
    e.type = InputEvent::Type::Text;
    e.codepoint = c;
    g_bd->queue.push(e);
  }
}

// ImGui's mouse buttons: 0 left, 1 right, 2 middle; DOM: 0 left, 1 middle, 2 right.
int imgui_button(int dom_button) {
  switch (dom_button) {
    case 0: return 0;
    case 1: return 2;
    case 2: return 1;
    default: return dom_button < 5 ? dom_button : -1;
  }
}

const char* css_cursor(ImGuiMouseCursor c) {
  switch (c) {
    case ImGuiMouseCursor_None: return "none";
    case ImGuiMouseCursor_TextInput: return "text";
    case ImGuiMouseCursor_ResizeAll: return "move";
    case ImGuiMouseCursor_ResizeNS: return "ns-resize";
    case ImGuiMouseCursor_ResizeEW: return "ew-resize";
    case ImGuiMouseCursor_ResizeNESW: return "nesw-resize";
    case ImGuiMouseCursor_ResizeNWSE: return "nwse-resize";
    case ImGuiMouseCursor_Hand: return "pointer";
    case ImGuiMouseCursor_NotAllowed: return "not-allowed";
    default: return "default";
  }
}

bool is_navigation_key(unsigned long code) {
  switch (code) {
    case 8: case 9: case 13: case 27: case 32: case 33: case 34: case 35: case 36:
    case 37: case 38: case 39: case 40: case 45: case 46:
      return true;
    default:
      return false;
  }
}

EM_BOOL on_key(int type, const EmscriptenKeyboardEvent* e, void* user_data) {
  const bool from_text_input = user_data != nullptr;
  if (e->keyCode == 229) return EM_FALSE;  // IME composition: the text input event carries it
  const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
  const unsigned long code = e->keyCode;
  const bool shortcut_mod = e->ctrlKey || e->metaKey;
  const bool is_paste = shortcut_mod && code == 86;  // V: text arrives with the paste event

  if (!is_paste && code < 512) {
    InputEvent k;
    k.type = InputEvent::Type::Key;
    k.code = static_cast<int>(code);
    k.down = down;
    k.mods = {e->ctrlKey != 0, e->shiftKey != 0, e->altKey != 0, e->metaKey != 0};
    g_bd->queue.push(k);
  }
  // On the canvas (no text field active) typed characters still reach the app, for its
  // single-key shortcuts; in the hidden input they come from its input event instead.
  if (down && !from_text_input && !shortcut_mod && !e->altKey && e->key[0] != 0) {
    const unsigned char b = static_cast<unsigned char>(e->key[0]);
    const std::size_t len = b < 0x80 ? 1 : (b >> 5) == 6 ? 2 : (b >> 4) == 14 ? 3 : 4;
    if (std::strlen(e->key) == len && b >= 0x20) push_text(e->key);
  }
  // macOS delivers no keyup for keys pressed while Cmd is held: release everything with Cmd.
  if (!down && code == 91 /* Meta */) g_bd->queue.push(simple(InputEvent::Type::ReleaseAll));

  if (down) draw_in_gesture();  // e.g. Enter opening a link must run inside the gesture
  else wake();

  // Decide whether the browser's default action should happen.
  if (shortcut_mod) {
    // Copy/cut/paste need their default action (clipboard events); select-all, find etc. are
    // the app's while it has focus, reload/zoom/tab keys stay the browser's.
    return (code == 65) ? EM_TRUE : EM_FALSE;
  }
  if (e->altKey) return EM_FALSE;
  if (code >= 112 && code <= 123) return EM_FALSE;  // F1-F12
  if (code == 9 && !from_text_input) return EM_FALSE;  // Tab leaves the canvas
  // A space typed in a text field is text: the hidden input must receive it (input event).
  if (from_text_input && code == 32) return EM_FALSE;
  if (is_navigation_key(code)) return EM_TRUE;       // arrows, space, page keys: not the page's
  // Printable keys: in the text input the browser inserts them (input event); on the canvas
  // they are shortcuts and must not trigger find-as-you-type.
  return from_text_input ? EM_FALSE : EM_TRUE;
}

// Decides, inside the wheel event, whether the app takes the wheel (and prevents the page
// from scrolling) or leaves it to the page around it (scroll chaining, as nested scrollers do):
// an embedded app that does not have keyboard focus, or whose list is already at its top or
// bottom edge in the wheel's direction, never steals the host page's scroll.
bool app_takes_wheel(float dy) {
  if (!fv_js_host_can_scroll()) return true;  // a full-page app: nothing else could scroll
  if (!g_bd->focused) return false;
  if (!g_bd->wheel_edges_known || dy == 0.0f) return true;
  return dy < 0 ? g_bd->can_scroll_up : g_bd->can_scroll_down;
}

EM_BOOL on_wheel(int, const EmscriptenWheelEvent* e, void*) {
  if (e->mouse.ctrlKey) return EM_FALSE;  // page zoom belongs to the browser
  float dx = fv::web::wheel_delta_to_css_px(e->deltaX, e->deltaMode, g_bd->css_w);
  float dy = fv::web::wheel_delta_to_css_px(e->deltaY, e->deltaMode, g_bd->css_h);
  if (e->mouse.shiftKey && dx == 0.0f) std::swap(dx, dy);  // Shift+wheel scrolls sideways
  if (!app_takes_wheel(std::fabs(dy) >= std::fabs(dx) ? dy : 0.0f)) return EM_FALSE;
  g_bd->wheel.add(dx, dy);
  g_bd->touch.cancel();  // a wheel stops a glide
  wake();
  return EM_TRUE;
}

// Mirrors ImGui 1.86's UpdateMouseWheel: the hovered window, or the first parent that can
// scroll with the wheel.
void update_wheel_edges() {
  ImGuiContext& g = *GImGui;
  ImGuiWindow* w = g.WheelingWindow ? g.WheelingWindow : g.HoveredWindow;
  g_bd->wheel_edges_known = ImGui::IsMousePosValid();
  g_bd->can_scroll_up = g_bd->can_scroll_down = false;
  while (w && (w->Flags & ImGuiWindowFlags_ChildWindow) &&
         (w->ScrollMax.y == 0.0f || ((w->Flags & ImGuiWindowFlags_NoScrollWithMouse) &&
                                     !(w->Flags & ImGuiWindowFlags_NoMouseInputs))))
    w = w->ParentWindow;
  if (!w || (w->Flags & (ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoMouseInputs)))
    return;
  g_bd->can_scroll_up = w->Scroll.y > 0.5f;
  g_bd->can_scroll_down = w->Scroll.y < w->ScrollMax.y - 0.5f;
}

EM_BOOL on_window_blur(int, const EmscriptenFocusEvent*, void*) {
  g_bd->focused = false;
  g_bd->queue.push(simple(InputEvent::Type::ReleaseAll));
  g_bd->queue.push(simple(InputEvent::Type::Focus, false));
  wake();
  return EM_FALSE;
}

void set_clipboard(void*, const char* text) {
  g_bd->clipboard = text ? text : "";
  fv::web::shim_set_clipboard(g_bd->clipboard);
}

const char* get_clipboard(void*) { return g_bd->clipboard.c_str(); }

void set_ime_pos(int x, int y) { g_bd->ime_pos = ImVec2(float(x), float(y)); }

// ImGui units for a whole number of device px. ImGui floors the scroll position it computes
// from them (old - units * step), so a quarter pixel more keeps float rounding from turning
// n px into n - 1; the floor drops it again.
float wheel_units(float whole_px, float step) {
  return whole_px == 0.0f ? 0.0f : (whole_px + 0.25f) / step;
}

}  // namespace

bool ImGui_ImplWeb_Init(const ImGui_ImplWeb_InitInfo& info) {
  ImGuiIO& io = ImGui::GetIO();
  IM_ASSERT(io.BackendPlatformUserData == nullptr && "Already initialized a platform backend!");
  g_bd = IM_NEW(BackendData)();
  g_bd->info = info;
  io.BackendPlatformUserData = g_bd;
  io.BackendPlatformName = "imgui_impl_web";
  io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
  io.IniFilename = nullptr;  // window state goes through the app's Settings, not a file
  io.LogFilename = nullptr;
  io.SetClipboardTextFn = set_clipboard;
  io.GetClipboardTextFn = get_clipboard;
  io.ImeSetInputScreenPosFn = set_ime_pos;
  io.ConfigInputTextCursorBlink = false;  // a blinking caret would need a frame every 0.5 s

  const int keys[][2] = {
      {ImGuiKey_Tab, 9},        {ImGuiKey_LeftArrow, 37}, {ImGuiKey_RightArrow, 39},
      {ImGuiKey_UpArrow, 38},   {ImGuiKey_DownArrow, 40}, {ImGuiKey_PageUp, 33},
      {ImGuiKey_PageDown, 34},  {ImGuiKey_Home, 36},      {ImGuiKey_End, 35},
      {ImGuiKey_Insert, 45},    {ImGuiKey_Delete, 46},    {ImGuiKey_Backspace, 8},
      {ImGuiKey_Space, 32},     {ImGuiKey_Enter, 13},     {ImGuiKey_Escape, 27},
      {ImGuiKey_KeyPadEnter, 13}, {ImGuiKey_A, 65},       {ImGuiKey_C, 67},
      {ImGuiKey_V, 86},         {ImGuiKey_X, 88},         {ImGuiKey_Y, 89},
      {ImGuiKey_Z, 90},
  };
  for (const auto& k : keys) io.KeyMap[k[0]] = k[1];

  emscripten_set_keydown_callback(info.canvas_selector, nullptr, EM_FALSE, on_key);
  emscripten_set_keyup_callback(info.canvas_selector, nullptr, EM_FALSE, on_key);
  void* from_input = reinterpret_cast<void*>(1);
  emscripten_set_keydown_callback(info.text_input_selector, from_input, EM_FALSE, on_key);
  emscripten_set_keyup_callback(info.text_input_selector, from_input, EM_FALSE, on_key);
  emscripten_set_wheel_callback(info.canvas_selector, nullptr, EM_FALSE, on_wheel);
  emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, EM_FALSE, on_window_blur);
  return true;
}

void ImGui_ImplWeb_Shutdown() {
  ImGuiIO& io = ImGui::GetIO();
  emscripten_html5_remove_all_event_listeners();
  io.BackendPlatformName = nullptr;
  io.BackendPlatformUserData = nullptr;
  IM_DELETE(g_bd);
  g_bd = nullptr;
}

void ImGui_ImplWeb_SetViewport(float css_w, float css_h, float dpr, int backing_w, int backing_h) {
  g_bd->css_w = std::max(1.0f, css_w);
  g_bd->css_h = std::max(1.0f, css_h);
  g_bd->dpr = dpr > 0 ? dpr : 1.0f;
  g_bd->to_device_x = backing_w / g_bd->css_w;
  g_bd->to_device_y = backing_h / g_bd->css_h;
  ImGuiIO& io = ImGui::GetIO();
  io.DisplaySize = ImVec2(float(backing_w), float(backing_h));
  io.DisplayFramebufferScale = ImVec2(1, 1);
}

float ImGui_ImplWeb_DeviceScale() { return g_bd ? g_bd->dpr : 1.0f; }

void ImGui_ImplWeb_SetMacBehaviours(bool mac) { ImGui::GetIO().ConfigMacOSXBehaviors = mac; }

void ImGui_ImplWeb_OnPointer(int kind, int dom_button, float css_x, float css_y, int type,
                             double t) {
  BackendData& bd = *g_bd;
  const float x = css_x * bd.to_device_x, y = css_y * bd.to_device_y;
  bd.last_pointer_type = type;
  if (type == ImGui_ImplWeb_Touch) {
    switch (kind) {
      case ImGui_ImplWeb_PointerDown:
        bd.touch.down(css_x, css_y, t);
        bd.wheel.cancel();
        wake();  // schedules the long-press check
        break;
      case ImGui_ImplWeb_PointerMove: {
        float dx = 0, dy = 0;
        bd.touch.move(css_x, css_y, t, dx, dy);
        if (dx != 0.0f || dy != 0.0f) {
          bd.queue.push(mouse_pos(x, y));  // the window under the finger scrolls
          bd.wheel.add_immediate(dx, dy);
          wake();
        }
        break;
      }
      case ImGui_ImplWeb_PointerUp:
        if (bd.touch.up(css_x, css_y, t) == fv::web::TouchGestures::Release::Tap) {
          bd.queue.push(mouse_pos(x, y));
          bd.queue.push(mouse_button(0, true));
          bd.queue.push(mouse_button(0, false));
          bd.queue.push(mouse_pos(-FLT_MAX, -FLT_MAX));  // no hover left behind
          draw_in_gesture();
        } else {
          if (!bd.touch.gliding()) bd.queue.push(mouse_pos(-FLT_MAX, -FLT_MAX));
          wake();
        }
        break;
      default:
        bd.touch.cancel();
        bd.queue.push(mouse_pos(-FLT_MAX, -FLT_MAX));
        wake();
    }
    return;
  }
  switch (kind) {
    case ImGui_ImplWeb_PointerMove:
      bd.queue.push(mouse_pos(x, y));
      wake();
      break;
    case ImGui_ImplWeb_PointerDown:
    case ImGui_ImplWeb_PointerUp: {
      const int b = imgui_button(dom_button);
      bd.queue.push(mouse_pos(x, y));
      if (b >= 0) bd.queue.push(mouse_button(b, kind == ImGui_ImplWeb_PointerDown));
      // Links open on release and text fields take focus on press: both must happen inside
      // the browser's event for popup blockers and phone keyboards.
      draw_in_gesture();
      break;
    }
    default:  // leave or cancel: no hover outside the canvas
      bd.queue.push(mouse_pos(-FLT_MAX, -FLT_MAX));
      if (kind == ImGui_ImplWeb_PointerCancel) bd.queue.push(simple(InputEvent::Type::ReleaseAll));
      wake();
  }
}

void ImGui_ImplWeb_OnText(const char* utf8) {
  push_text(utf8);
  draw_in_gesture();
}

void ImGui_ImplWeb_OnPaste(const char* utf8) {
  g_bd->clipboard = utf8;
  push_text(utf8);
  draw_in_gesture();
}

void ImGui_ImplWeb_OnFocus(bool focused) {
  g_bd->focused = focused;
  if (!focused) g_bd->queue.push(simple(InputEvent::Type::ReleaseAll));
  g_bd->queue.push(simple(InputEvent::Type::Focus, focused));
  wake();
}

void ImGui_ImplWeb_NewFrame(double now) {
  BackendData& bd = *g_bd;
  ImGuiIO& io = ImGui::GetIO();
  const double dt = bd.last_time > 0 ? now - bd.last_time : 1.0 / 60.0;
  // ImGui needs a positive step; idle gaps are capped so animations never jump.
  io.DeltaTime = static_cast<float>(std::min(std::max(dt, 1e-4), 0.1));
  bd.last_time = now;

  bd.more_input = bd.queue.apply_one_frame();

  if (bd.touch.take_long_press(now)) {
    // Long press: a right click where the finger rests, then no hover.
    bd.queue.push(mouse_pos(bd.touch.start_x() * bd.to_device_x, bd.touch.start_y() * bd.to_device_y));
    bd.queue.push(mouse_button(1, true));
    bd.queue.push(mouse_button(1, false));
    bd.queue.push(mouse_pos(-FLT_MAX, -FLT_MAX));
    bd.more_input = true;
  }

  float dx = 0, dy = 0;
  bd.wheel.take(io.DeltaTime, dx, dy);
  if (bd.touch.gliding()) {
    float gx = 0, gy = 0;
    bd.touch.glide(io.DeltaTime, gx, gy);
    dx += gx;
    dy += gy;
    if (!bd.touch.gliding()) bd.queue.push(mouse_pos(-FLT_MAX, -FLT_MAX));
  }
  // ImGui scrolls wheel * floor(5 * font size) (vertical) and wheel * floor(2 * font size)
  // (horizontal) device px; convert our pixel distances into those units.
  const float font = io.FontDefault ? io.FontDefault->FontSize
                                    : (io.Fonts->Fonts.Size ? io.Fonts->Fonts[0]->FontSize : 13.0f);
  const float step_y = std::max(1.0f, std::floor(5 * font * io.FontGlobalScale));
  const float step_x = std::max(1.0f, std::floor(2 * font * io.FontGlobalScale));
  io.MouseWheel = -wheel_units(bd.wheel_px_y.take(dy * bd.to_device_y), step_y);
  io.MouseWheelH = -wheel_units(bd.wheel_px_x.take(dx * bd.to_device_x), step_x);
}

void ImGui_ImplWeb_EndFrame() {
  BackendData& bd = *g_bd;
  ImGuiIO& io = ImGui::GetIO();
  update_wheel_edges();

  const ImGuiMouseCursor cursor = io.MouseDrawCursor ? ImGuiMouseCursor_None : ImGui::GetMouseCursor();
  if (cursor != bd.last_cursor) {
    bd.last_cursor = cursor;
    fv::web::shim_set_cursor(css_cursor(cursor));
  }

  const bool want_text = io.WantTextInput;
  const bool moved = bd.ime_pos.x != bd.ime_pos_sent.x || bd.ime_pos.y != bd.ime_pos_sent.y;
  if (want_text != bd.text_input_active || (want_text && moved)) {
    bd.text_input_active = want_text;
    bd.ime_pos_sent = bd.ime_pos;
    const float font = ImGui::GetFontSize();
    fv::web::shim_text_input(want_text, bd.ime_pos.x / bd.to_device_x,
                             bd.ime_pos.y / bd.to_device_y, font / bd.to_device_y);
  }
}

bool ImGui_ImplWeb_WantsFrame() {
  return g_bd->more_input || !g_bd->queue.empty() || g_bd->wheel.animating() ||
         g_bd->touch.gliding();
}

bool ImGui_ImplWeb_HasQueuedInput() { return !g_bd->queue.empty(); }

double ImGui_ImplWeb_NextDeadline(double now) {
  const double d = g_bd->touch.long_press_deadline();
  return d < 0 ? -1.0 : std::max(0.0, d - now);
}
