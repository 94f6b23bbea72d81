// dear imgui: Platform Backend for web browsers (Emscripten html5.h + feedview's JS shim)
// Used with imgui_impl_opengl3 on WebGL 2. Written for ImGui 1.86 (state-based IO).
//
// Implemented features:
//  [X] Pixel density: ImGui works in device pixels (io.DisplaySize = the canvas backing store =
//      CSS size x devicePixelRatio, DisplayFramebufferScale 1); the shim reports size and ratio
//      changes (ResizeObserver, resolution media query); pointer coordinates are scaled to match.
//      Fonts and style are rebuilt at the device scale by the app (sharp at 1x, 1.5x, 2x, 3x).
//  [X] Mouse: pointer events with pointer capture (drags continue outside the canvas); clicks
//      shorter than a frame are not lost (input queue trickles down/up over frames).
//  [X] Wheel: deltaMode pixel/line/page normalised to CSS px, large notches smoothed over
//      frames; Ctrl+wheel left to the browser (page zoom). Scroll chaining when the page around
//      the canvas can scroll (framed, or a taller document): the wheel is left to the page while
//      the canvas has no keyboard focus, and when the window under the mouse is already at its
//      top/bottom edge in the wheel's direction.
//  [X] Keyboard: io.KeysDown indexed by DOM keyCode, modifiers from each event; every key and
//      button is released on blur and when Meta goes up (macOS sends no keyup for Cmd+key).
//      macOS shortcuts use Cmd (io.ConfigMacOSXBehaviors) when the shim reports a Mac.
//  [X] Text input: a hidden <input> placed at the caret of the active text field receives
//      typing, IME composition (committed text only) and phone keyboards.
//  [X] Clipboard: copy through navigator.clipboard.writeText (from ImGui's SetClipboardText);
//      paste through the browser's paste event, typed into the active field.
//  [X] Mouse cursor shapes follow ImGui::GetMouseCursor() (CSS cursor on the canvas).
//  [X] Touch: tap = one click with no hover left behind; drag scrolls with inertia; long press
//      (500 ms) = right click.
//  [X] Frugal: the backend only reports whether it needs another frame (queued input, wheel
//      smoothing, touch glide, long-press timer); the caller draws nothing otherwise, and
//      nothing at all while the tab is hidden (main.cpp).
//  [X] Text of every script (app/fonts.h with main.cpp and fallback_fonts.cpp): ImWchar is
//      32-bit (IMGUI_USE_WCHAR32); glyphs the UI font lacks (CJK, Arabic, Hebrew, Indic, Thai,
//      symbols, monochrome emoji from Symbola) come from fallback fonts cut into small files by
//      Unicode range, fetched on demand (web/fonts.mjs, cached by the service worker) and merged
//      into the atlas between frames; the atlas keeps at most 2,000 fallback codepoints (least
//      recently seen dropped first) and stays within 4096 px.
//  [~] Complex scripts: no shaping engine. Arabic takes contextual presentation forms (joined
//      letters, lam-alef), right-to-left lines are reordered per line by a simplified bidi
//      algorithm (core/text/bidi.h), left-aligned. Indic conjuncts and vowel-sign reordering,
//      Thai/Lao mark stacking and colour emoji (ZWJ sequences, flags) are not rendered as a
//      shaping engine would: each codepoint is its own glyph.
//  [ ] Gamepad. [ ] Multi-viewports (not applicable in a browser tab).
//
// Changelog:
//  2026-11-26: First version.
//  2026-11-26: Fallback fonts, 32-bit ImWchar, bidi lines; wheel scroll chaining when embedded.
#pragma once

#include "imgui.h"

struct ImGui_ImplWeb_InitInfo {
  const char* canvas_selector = "#fv-canvas";     // the WebGL canvas (tabindex=0)
  const char* text_input_selector = "#fv-ime";    // the hidden <input> for text entry
  void (*request_frame)() = nullptr;              // input arrived: draw at the next frame
  void (*draw_in_gesture)() = nullptr;            // release/key: draw now, inside the user gesture
};

enum ImGui_ImplWeb_PointerKind { ImGui_ImplWeb_PointerMove, ImGui_ImplWeb_PointerDown,
                                 ImGui_ImplWeb_PointerUp, ImGui_ImplWeb_PointerLeave,
                                 ImGui_ImplWeb_PointerCancel };
enum ImGui_ImplWeb_PointerType { ImGui_ImplWeb_Mouse, ImGui_ImplWeb_Touch, ImGui_ImplWeb_Pen };

bool ImGui_ImplWeb_Init(const ImGui_ImplWeb_InitInfo& info);
void ImGui_ImplWeb_Shutdown();

// Canvas CSS size, devicePixelRatio and the backing store size actually set on the canvas.
void ImGui_ImplWeb_SetViewport(float css_w, float css_h, float dpr, int backing_w, int backing_h);
float ImGui_ImplWeb_DeviceScale();
void ImGui_ImplWeb_SetMacBehaviours(bool mac);

// From the shim's DOM listeners. Coordinates in CSS px relative to the canvas; t in seconds.
void ImGui_ImplWeb_OnPointer(int kind, int dom_button, float css_x, float css_y, int pointer_type,
                             double t);
void ImGui_ImplWeb_OnText(const char* utf8);   // typed or IME-committed text
void ImGui_ImplWeb_OnPaste(const char* utf8);  // paste event text
void ImGui_ImplWeb_OnFocus(bool focused);      // canvas or hidden input gained/lost focus

// Before ImGui::NewFrame(): applies one frame of queued input, wheel and touch scrolling.
void ImGui_ImplWeb_NewFrame(double now_seconds);
// After ImGui::Render(): cursor shape, hidden input placement.
void ImGui_ImplWeb_EndFrame();
// True while another frame is needed soon (queued input, smoothing, glide).
bool ImGui_ImplWeb_WantsFrame();
bool ImGui_ImplWeb_HasQueuedInput();
// Seconds from `now` until a timer of the backend fires (long press), negative if none.
double ImGui_ImplWeb_NextDeadline(double now_seconds);
