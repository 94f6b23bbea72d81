// Fetching the fallback font files the FontBook asks for (web/fonts.mjs does the fetching).
#pragma once

#include "app/fonts.h"

namespace fv::web {

// Hands the FontBook's pending requests to the shim; the bytes come back through the
// exported fv_fallback_font_* functions (fallback_fonts.cpp).
void request_fallback_fonts(app::FontBook& fonts);

// The FontBook the exports feed (set once at start-up) and what to call when a file arrived.
void set_fallback_font_target(app::FontBook* fonts, void (*on_change)());

}  // namespace fv::web
