#include "app/fonts.h"

#include <cmath>

#include "app/theme.h"

namespace fv::app {
namespace {

// Blocks covered by the build-time subset (keep in step with assets/fonts.txt).
bool in_subset(unsigned c) {
  return (c >= 0x20 && c <= 0x24F) || (c >= 0x300 && c <= 0x36F) || (c >= 0x370 && c <= 0x3FF) ||
         (c >= 0x400 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1EFF) ||
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
         (c >= 0x2100 && c <= 0x214F) || c == 0xFFFD;
}

// Decodes one UTF-8 sequence; invalid bytes yield U+FFFD and advance by one.
unsigned next_codepoint(std::string_view s, std::size_t& i) {
  const unsigned char b0 = static_cast<unsigned char>(s[i]);
  int len = b0 < 0x80 ? 1 : (b0 >> 5) == 6 ? 2 : (b0 >> 4) == 14 ? 3 : (b0 >> 3) == 30 ? 4 : 0;
  if (len == 0 || i + len > s.size()) {
    ++i;
    return 0xFFFD;
  }
  unsigned c = len == 1 ? b0 : b0 & (0x7F >> len);
  for (int k = 1; k < len; ++k) {
    const unsigned char b = static_cast<unsigned char>(s[i + k]);
    if ((b & 0xC0) != 0x80) {
      ++i;
      return 0xFFFD;
    }
    c = (c << 6) | (b & 0x3F);
  }
  i += len;
  return c;
}

// Base glyphs present from the first frame: ASCII, Latin-1, general punctuation, €, the
// replacement character (drawn for any glyph the fonts lack).
const ImWchar kBaseRanges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x20AC, 0x20AC,
                               0xFFFD, 0xFFFD, 0};

}  // namespace

void FontBook::set_face(Face face, std::vector<unsigned char> ttf) {
  ttf_[static_cast<int>(face)] = std::move(ttf);
  built_scale_ = 0.0f;  // force a rebuild
}

bool FontBook::has_faces() const { return !ttf_[0].empty() && !ttf_[1].empty(); }

void FontBook::note_text(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    const unsigned c = next_codepoint(utf8, i);
    if (c <= 0xFF || !in_subset(c)) continue;  // Latin-1 is in the base set
    if (codepoints_.insert(static_cast<ImWchar>(c)).second) codepoints_changed_ = true;
  }
}

bool FontBook::needs_rebuild(float scale) const {
  return has_faces() && (codepoints_changed_ || std::fabs(scale - built_scale_) > 0.001f);
}

void FontBook::rebuild(ImFontAtlas& atlas, float scale) {
  atlas.Clear();
  handles_ = {};

  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(kBaseRanges);
  for (ImWchar c : codepoints_) builder.AddChar(c);
  static ImVector<ImWchar> ranges;  // must outlive the atlas build
  ranges.clear();
  builder.BuildRanges(&ranges);

  auto add = [&](Face face, float css_px) {
    std::vector<unsigned char>& data = ttf_[static_cast<int>(face)];
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in this FontBook
    cfg.OversampleH = 2;               // already at device resolution: light oversampling suffices
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    return atlas.AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()),
                                      std::round(css_px * scale), &cfg, ranges.Data);
  };
  const TypeScale& t = type_scale();
  handles_.body = add(Face::Regular, t.body);  // first font = ImGui's default
  handles_.meta = add(Face::Regular, t.meta);
  handles_.headline = add(Face::Bold, t.headline);
  handles_.brand = add(Face::Bold, t.brand);
  handles_.article = add(Face::Bold, t.article);
  atlas.Build();

  // Slight stem darkening: stb_truetype coverage is linear, which reads thin and grey on
  // light backgrounds; a gentle curve brings it closer to native text rendering.
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
  unsigned char lut[256];
  for (int i = 0; i < 256; ++i)
    lut[i] = static_cast<unsigned char>(std::lround(255.0 * std::pow(i / 255.0, 0.8)));
  for (int i = 0; i < w * h; ++i) pixels[i] = lut[pixels[i]];

  built_scale_ = scale;
  codepoints_changed_ = false;
}

}  // namespace fv::app
