#include "app/fonts.h"

#include <algorithm>
#include <cmath>
#include <cstdint>

#include "app/theme.h"
#include "core/text/bidi.h"
#include "core/text/utf8.h"

namespace fv::app {
namespace {

// Blocks covered by the build-time subset (keep in step with assets/fonts.txt).
bool in_subset(char32_t c) {
  return (c >= 0x20 && c <= 0x24F) || (c >= 0x300 && c <= 0x36F) || (c >= 0x370 && c <= 0x3FF) ||
         (c >= 0x400 && c <= 0x52F) || (c >= 0x1E00 && c <= 0x1EFF) ||
         (c >= 0x2000 && c <= 0x206F) || (c >= 0x20A0 && c <= 0x20CF) ||
         (c >= 0x2100 && c <= 0x214F) || c == 0xFFFD;
}

// Base glyphs present from the first frame: ASCII, Latin-1, general punctuation, €, the
// replacement character (drawn for any glyph no font has).
const ImWchar kBaseRanges[] = {0x0020, 0x00FF, 0x2000, 0x206F, 0x20AC, 0x20AC,
                               0xFFFD, 0xFFFD, 0};

// Codepoints that draw nothing but may sit in feed text (variation selectors after emoji,
// skin-tone modifiers, bidi marks): mapped to the zero-width space so they never show as '?'.
void map_invisible_to_zero_width(ImFont* font) {
  if (!font || !font->FindGlyphNoFallback(0x200B)) return;
  auto remap = [&](ImWchar first, ImWchar last) {
    for (ImWchar c = first; c <= last; ++c)
      if (!font->FindGlyphNoFallback(c)) font->AddRemapChar(c, 0x200B);
  };
  remap(0x200C, 0x200F);
  remap(0x202A, 0x202E);
  remap(0x2060, 0x2069);
  remap(0xFE00, 0xFE0F);
  // Only when emoji are loaded (the font's index already reaches that far): growing the index
  // to U+1F3FF costs every font 1 MB.
  if (font->IndexLookup.Size > 0x1F3FF) remap(0x1F3FB, 0x1F3FF);
}

// The em square as a fraction of the line height ImGui sizes a font by (hhea ascent -
// descent). Merged fallback fonts are sized so their em matches the UI font's, whatever their
// own ascent and descent (Arabic and Thai fonts have tall ones and would come out tiny).
float em_per_line(const std::vector<unsigned char>& ttf) {
  auto u16 = [&](std::size_t at) {
    return at + 2 <= ttf.size() ? static_cast<unsigned>(ttf[at] << 8 | ttf[at + 1]) : 0u;
  };
  auto u32 = [&](std::size_t at) { return (u16(at) << 16) | u16(at + 2); };
  std::size_t head = 0, hhea = 0;
  const unsigned tables = u16(4);
  for (unsigned i = 0; i < tables; ++i) {
    const std::size_t rec = 12 + 16 * static_cast<std::size_t>(i);
    const unsigned tag = u32(rec);
    if (tag == 0x68656164) head = u32(rec + 8);       // 'head'
    else if (tag == 0x68686561) hhea = u32(rec + 8);  // 'hhea'
  }
  if (!head || !hhea) return 0.75f;
  const float upem = static_cast<float>(u16(head + 18));
  const float ascent = static_cast<float>(static_cast<std::int16_t>(u16(hhea + 4)));
  const float descent = static_cast<float>(static_cast<std::int16_t>(u16(hhea + 6)));
  return upem > 0 && ascent - descent > 0 ? upem / (ascent - descent) : 0.75f;
}

std::vector<char32_t>& missing_glyphs() {
  static std::vector<char32_t> missing;
  return missing;
}

}  // namespace

void report_missing_glyphs(const ImFont* font, std::string_view utf8) {
  if (!font) return;
  std::vector<char32_t>& missing = missing_glyphs();
  for (std::size_t i = 0; i < utf8.size();) {
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    const char32_t c = text::next_code_point(utf8, i);
    if (c > 0xFF && missing.size() < FontBook::kFallbackCap && !text::is_invisible(c) &&
        !font->FindGlyphNoFallback(static_cast<ImWchar>(c)))
      missing.push_back(c);
  }
}

void FontBook::note_missing_glyphs() {
  std::vector<char32_t>& missing = missing_glyphs();
  for (char32_t c : missing) {
    if (!in_subset(c)) note_fallback(c);  // the UI font's own glyphs are never dropped
  }
  missing.clear();
}

void FontBook::note_fallback(char32_t c) {
  if (!fallback_.note(c)) return;
  scan_ = true;
  if (manifest_loaded_) {
    const int chunk = manifest_.chunk_for(c);
    if (chunk >= 0 && chunk_loaded(chunk)) changed_ = true;
  }
}

void FontBook::set_face(Face face, std::vector<unsigned char> ttf) {
  ttf_[static_cast<int>(face)] = std::move(ttf);
  built_scale_ = 0.0f;  // force a rebuild
}

bool FontBook::has_faces() const { return !ttf_[0].empty() && !ttf_[1].empty(); }

void FontBook::note_text(std::string_view utf8) {
  // Arabic is drawn with its presentation forms (core/text/bidi.h): those need glyphs too.
  if (text::has_rtl(utf8)) {
    const std::string shaped = text::shape_arabic(utf8);
    if (shaped != utf8) note_codepoints(shaped);
  }
  note_codepoints(utf8);
}

void FontBook::note_codepoints(std::string_view utf8) {
  for (std::size_t i = 0; i < utf8.size();) {
    // ASCII (most text) is in the base set: skip it without decoding.
    if (static_cast<unsigned char>(utf8[i]) < 0x80) {
      ++i;
      continue;
    }
    const char32_t c = text::next_code_point(utf8, i);
    if (c <= 0xFF || text::is_invisible(c)) continue;  // Latin-1 is in the base set
    if (in_subset(c)) {
      if (codepoints_.insert(static_cast<ImWchar>(c)).second) changed_ = true;
      continue;
    }
    note_fallback(c);
  }
}

bool FontBook::chunk_loaded(int chunk) const {
  return files_.count(manifest_.chunk(chunk).regular) != 0;
}

std::vector<std::string> FontBook::take_font_requests() {
  std::vector<std::string> out;
  if (!scan_ || fallback_.size() == 0) return out;
  if (!manifest_loaded_) {
    if (asked_.insert(kManifest).second) out.push_back(kManifest);
    return out;  // scan again once the manifest is here
  }
  scan_ = false;
  for (char32_t c : fallback_.items()) {
    const int chunk = manifest_.chunk_for(c);
    if (chunk < 0) continue;  // no fallback font has it
    const text::FallbackChunk& f = manifest_.chunk(chunk);
    if (asked_.insert(f.regular).second) out.push_back(f.regular);
    if (!f.bold.empty() && asked_.insert(f.bold).second) out.push_back(f.bold);
  }
  return out;
}

void FontBook::set_fallback_manifest(std::string_view text) {
  manifest_ = text::FallbackManifest::parse(text);
  manifest_loaded_ = true;
  scan_ = true;
}

void FontBook::add_fallback_file(const std::string& name, std::vector<unsigned char> bytes) {
  if (bytes.empty()) return;
  files_[name] = std::move(bytes);
  changed_ = true;
}

void FontBook::fallback_file_failed(const std::string& name) {
  // Not asked again this session (offline, or a stale manifest): the glyphs stay '?'.
  if (name == kManifest) manifest_loaded_ = true;  // an empty manifest: nothing to fetch
}

bool FontBook::needs_rebuild(float scale) const {
  return has_faces() && (changed_ || std::fabs(scale - built_scale_) > 0.001f);
}

void FontBook::add_faces(ImFontAtlas& atlas, float scale) {
  atlas.Clear();
  handles_ = {};

  ImFontGlyphRangesBuilder builder;
  builder.AddRanges(kBaseRanges);
  for (ImWchar c : codepoints_) builder.AddChar(c);
  static ImVector<ImWchar> ranges;  // must outlive the atlas build
  ranges.clear();
  builder.BuildRanges(&ranges);

  // The fallback codepoints kept, grouped by the loaded chunk that draws them.
  std::map<int, std::vector<char32_t>> by_chunk;
  info_.fallback_glyphs = 0;
  if (manifest_loaded_) {
    for (char32_t c : fallback_.items()) {
      const int chunk = manifest_.chunk_for(c);
      if (chunk >= 0 && chunk_loaded(chunk)) {
        by_chunk[chunk].push_back(c);
        ++info_.fallback_glyphs;
      }
    }
  }
  merge_ranges_.clear();
  for (auto& [chunk, cps] : by_chunk) {
    std::sort(cps.begin(), cps.end());
    std::vector<ImWchar> r;
    for (char32_t c : cps) {
      if (!r.empty() && r.back() + 1 == c) r.back() = static_cast<ImWchar>(c);
      else r.insert(r.end(), {static_cast<ImWchar>(c), static_cast<ImWchar>(c)});
    }
    r.push_back(0);
    merge_ranges_.push_back(std::move(r));
  }

  auto add = [&](Face face, float css_px, bool with_fallback) {
    std::vector<unsigned char>& data = ttf_[static_cast<int>(face)];
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in this FontBook
    cfg.OversampleH = 2;               // already at device resolution: light oversampling suffices
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    const float px = std::round(css_px * scale);
    ImFont* font = atlas.AddFontFromMemoryTTF(data.data(), static_cast<int>(data.size()), px,
                                              &cfg, ranges.Data);
    if (!with_fallback) return font;
    std::size_t i = 0;
    for (const auto& entry : by_chunk) {
      const text::FallbackChunk& f = manifest_.chunk(entry.first);
      auto file = files_.find(face == Face::Bold && !f.bold.empty() && files_.count(f.bold)
                                  ? f.bold : f.regular);
      ImFontConfig merge;
      merge.MergeMode = true;
      merge.SizePixels = px * em_per_line(data) / em_per_line(file->second);
      merge.FontDataOwnedByAtlas = false;
      merge.OversampleH = 1;  // scripts with many glyphs: keep the atlas small
      merge.OversampleV = 1;
      merge.PixelSnapH = false;
      atlas.AddFontFromMemoryTTF(file->second.data(), static_cast<int>(file->second.size()),
                                 merge.SizePixels, &merge, merge_ranges_[i++].data());
    }
    return font;
  };
  const TypeScale& t = type_scale();
  handles_.body = add(Face::Regular, t.body, true);  // first font = ImGui's default
  handles_.meta = add(Face::Regular, t.meta, true);
  handles_.headline = add(Face::Bold, t.headline, true);
  handles_.brand = add(Face::Bold, t.brand, false);  // only ever draws "feedview"
  handles_.article = add(Face::Bold, t.article, true);
  atlas.Build();
}

void FontBook::rebuild(ImFontAtlas& atlas, float scale) {
  add_faces(atlas, scale);
  while (atlas.TexHeight > kMaxAtlasSide && fallback_.size() > 0) {
    fallback_.evict_oldest(std::max<std::size_t>(1, fallback_.size() / 4));
    add_faces(atlas, scale);
  }
  for (ImFont* f : {handles_.body, handles_.meta, handles_.headline, handles_.article})
    map_invisible_to_zero_width(f);

  // Slight stem darkening: stb_truetype coverage is linear, which reads thin and grey on
  // light backgrounds; a gentle curve brings it closer to native text rendering.
  unsigned char* pixels = nullptr;
  int w = 0, h = 0;
  atlas.GetTexDataAsAlpha8(&pixels, &w, &h);
  unsigned char lut[256];
  for (int i = 0; i < 256; ++i)
    lut[i] = static_cast<unsigned char>(std::lround(255.0 * std::pow(i / 255.0, 0.8)));
  for (int i = 0; i < w * h; ++i) pixels[i] = lut[pixels[i]];

  info_.width = w;
  info_.height = h;
  info_.fallback_codepoints = static_cast<int>(fallback_.size());
  info_.fallback_files = static_cast<int>(files_.size());
  built_scale_ = scale;
  changed_ = false;
}

}  // namespace fv::app
