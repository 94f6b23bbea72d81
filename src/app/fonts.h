// The dashboard's fonts: Noto Sans Regular and Bold (subset at build time, see assets/fonts.txt),
// rasterised at the device scale so text is sharp at any devicePixelRatio, plus fallback fonts
// for every other script, symbols and emoji, fetched only when feed text needs them.
//
// The atlas holds only the glyphs that can appear: a base set (ASCII, Latin-1, punctuation,
// currency), every codepoint seen in loaded feed text that the UI font covers, and the fallback
// glyphs of codepoints it lacks. Fallback fonts are cut into small files by Unicode range
// (assets/fallback-fonts.txt; fonts/fallback/manifest.txt says which file draws which
// codepoint): take_font_requests() names the files to fetch, the platform hands their bytes to
// add_fallback_file(), and the atlas is rebuilt between frames with those glyphs merged into
// each face (ImGui MergeMode).
//
// Bound: at most kFallbackCap fallback codepoints, the most recently seen (older ones are
// dropped when new ones arrive), and an atlas texture at most kMaxAtlasSide tall — when the
// glyphs would not fit, the oldest quarter of the fallback codepoints is dropped until they do.
// Text being drawn counts as seen: report_missing_glyphs() (called by draw_lines) brings a
// dropped glyph back when its text is on screen again.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "core/text/font_fallback.h"

namespace fv::app {

enum class Face { Regular = 0, Bold = 1 };

struct FontHandles {
  ImFont* article = nullptr;
  ImFont* brand = nullptr;
  ImFont* headline = nullptr;
  ImFont* body = nullptr;
  ImFont* meta = nullptr;
};

class FontBook {
 public:
  static constexpr std::size_t kFallbackCap = 2000;
  static constexpr int kMaxAtlasSide = 4096;  // every WebGL 2 implementation allows it
  static constexpr const char* kManifest = "manifest.txt";

  void set_face(Face face, std::vector<unsigned char> ttf);
  bool has_faces() const;

  // Records the codepoints of `utf8`: those the UI font covers join the atlas, the others are
  // looked up in the fallback fonts.
  void note_text(std::string_view utf8);

  // Notes again the codepoints drawn without a glyph since the last call (see
  // report_missing_glyphs): on-screen text is the most recently seen.
  void note_missing_glyphs();

  // Files under fonts/fallback/ to fetch now, each named once: first the manifest (when text
  // needs a glyph the UI font lacks), then the chunks that draw the needed codepoints.
  std::vector<std::string> take_font_requests();
  void set_fallback_manifest(std::string_view text);
  void add_fallback_file(const std::string& name, std::vector<unsigned char> bytes);
  void fallback_file_failed(const std::string& name);

  bool needs_rebuild(float scale) const;
  // Clears `atlas` and adds every font at `scale`; the caller re-uploads the texture.
  void rebuild(ImFontAtlas& atlas, float scale);

  const FontHandles& fonts() const { return handles_; }
  float scale() const { return built_scale_; }

  struct AtlasInfo {
    int width = 0, height = 0;
    int fallback_codepoints = 0;  // kept (seen, within the cap)
    int fallback_glyphs = 0;      // of those, drawn from a loaded fallback file
    int fallback_files = 0;       // loaded
  };
  const AtlasInfo& atlas_info() const { return info_; }

 private:
  bool chunk_loaded(int chunk) const;
  void note_fallback(char32_t c);
  void note_codepoints(std::string_view utf8);
  void add_faces(ImFontAtlas& atlas, float scale);

  std::vector<unsigned char> ttf_[2];
  std::set<ImWchar> codepoints_;
  bool changed_ = true;
  float built_scale_ = 0.0f;
  FontHandles handles_;

  text::RecentCodepoints fallback_{kFallbackCap};
  text::FallbackManifest manifest_;
  bool manifest_loaded_ = false;
  bool scan_ = false;                                        // look for chunks to request
  std::set<std::string> asked_;                              // requested files (and the manifest)
  std::map<std::string, std::vector<unsigned char>> files_;  // loaded fallback files
  std::vector<std::vector<ImWchar>> merge_ranges_;           // outlive the atlas build
  AtlasInfo info_;
};

// Records the codepoints of `utf8` that `font` has no glyph for, for the FontBook's next
// note_missing_glyphs(). Cheap for text the font covers (no allocation).
void report_missing_glyphs(const ImFont* font, std::string_view utf8);

}  // namespace fv::app
