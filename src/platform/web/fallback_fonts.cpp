#include "platform/web/fallback_fonts.h"

#include <cstdlib>
#include <string>
#include <vector>

#include <emscripten/emscripten.h>

EM_JS(void, fv_js_fetch_fallback_font, (const char* name),
      { Module.fvShim.fetchFallbackFont(UTF8ToString(name)); });

namespace {
fv::app::FontBook* g_fonts = nullptr;
void (*g_on_change)() = nullptr;
}  // namespace

namespace fv::web {

void request_fallback_fonts(app::FontBook& fonts) {
  for (const std::string& name : fonts.take_font_requests()) fv_js_fetch_fallback_font(name.c_str());
}

void set_fallback_font_target(app::FontBook* fonts, void (*on_change)()) {
  g_fonts = fonts;
  g_on_change = on_change;
}

}  // namespace fv::web

extern "C" {

// A fetched fallback file (takes ownership of `data`, allocated by the shim with _malloc); the
// manifest arrives the same way.
EMSCRIPTEN_KEEPALIVE void fv_fallback_font_loaded(const char* name, unsigned char* data, int len) {
  std::vector<unsigned char> bytes(data, data + len);
  std::free(data);
  if (!g_fonts) return;
  if (std::string(name) == fv::app::FontBook::kManifest) {
    g_fonts->set_fallback_manifest(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
  } else {
    g_fonts->add_fallback_file(name, std::move(bytes));
  }
  if (g_on_change) g_on_change();
}

EMSCRIPTEN_KEEPALIVE void fv_fallback_font_failed(const char* name) {
  if (g_fonts) g_fonts->fallback_file_failed(name);
}

// The glyph atlas, for tests: [width, height, fallback codepoints kept, fallback glyphs drawn,
// fallback files loaded, cap].
EMSCRIPTEN_KEEPALIVE int fv_font_atlas_info(int field) {
  if (!g_fonts) return 0;
  const fv::app::FontBook::AtlasInfo& a = g_fonts->atlas_info();
  switch (field) {
    case 0: return a.width;
    case 1: return a.height;
    case 2: return a.fallback_codepoints;
    case 3: return a.fallback_glyphs;
    case 4: return a.fallback_files;
    case 5: return static_cast<int>(fv::app::FontBook::kFallbackCap);
    default: return 0;
  }
}

}  // extern "C"
