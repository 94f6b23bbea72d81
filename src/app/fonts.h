// The dashboard's fonts: Noto Sans Regular and Bold (subset at build time, see assets/fonts.txt),
// rasterised at the device scale so text is sharp at any devicePixelRatio.
//
// The atlas holds only the glyphs that can appear: a base set (ASCII, Latin-1, punctuation,
// currency) plus every codepoint seen in loaded feed text that the subset covers. When new text
// brings new codepoints, needs_rebuild() turns true and the platform rebuilds the atlas between
// frames — the atlas stays small and bounded instead of baking thousands of unused glyphs.
#pragma once

#include <set>
#include <string_view>
#include <vector>

#include <imgui.h>

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
  void set_face(Face face, std::vector<unsigned char> ttf);
  bool has_faces() const;

  // Records the codepoints of `utf8` that the subset covers.
  void note_text(std::string_view utf8);

  bool needs_rebuild(float scale) const;
  // Clears `atlas` and adds every font at `scale`; the caller re-uploads the texture.
  void rebuild(ImFontAtlas& atlas, float scale);

  const FontHandles& fonts() const { return handles_; }
  float scale() const { return built_scale_; }

 private:
  std::vector<unsigned char> ttf_[2];
  std::set<ImWchar> codepoints_;
  bool codepoints_changed_ = true;
  float built_scale_ = 0.0f;
  FontHandles handles_;
};

}  // namespace fv::app
