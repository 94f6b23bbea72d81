// Which fallback font file draws a codepoint, and which codepoints the glyph atlas keeps.
//
// The UI font covers Latin, Cyrillic and Greek. Other scripts, symbols and emoji come from
// fallback fonts cut at build time into small files by Unicode range
// (src/platform/web/gen_fallback_fonts.py writes fonts/fallback/manifest.txt); the app fetches
// a file only when text it shows needs one of its codepoints.
#pragma once

#include <cstddef>
#include <list>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace fv::text {

struct FallbackChunk {
  std::string regular;  // file name in fonts/fallback/
  std::string bold;     // empty when the font has no bold weight
};

// The manifest: one chunk per line, "<regular file> <bold file or -> <hex ranges>", ranges
// "4e00-4e05,4e07" (comma separated); '#' lines are comments. Malformed lines are skipped.
class FallbackManifest {
 public:
  static FallbackManifest parse(std::string_view text);

  // Index of the chunk drawing `cp`, or -1 when no fallback font has it.
  int chunk_for(char32_t cp) const;
  const FallbackChunk& chunk(int index) const { return chunks_[static_cast<std::size_t>(index)]; }
  std::size_t size() const { return chunks_.size(); }
  bool empty() const { return chunks_.empty(); }

 private:
  struct Run {
    char32_t first, last;
    int chunk;
  };
  std::vector<Run> runs_;  // sorted by `first`, not overlapping
  std::vector<FallbackChunk> chunks_;
};

// True for codepoints that draw nothing: controls, bidi and other format characters, variation
// selectors, emoji skin-tone modifiers and tags. The app neither fetches fonts for them nor
// expects glyphs.
bool is_invisible(char32_t cp);

// The codepoints of UTF-8 text in order of appearance (duplicates kept, invalid bytes as
// U+FFFD).
std::vector<char32_t> codepoints(std::string_view utf8);

// A bounded set of codepoints, least recently seen evicted first: the fallback glyphs the atlas
// keeps. note() marks a codepoint as seen now.
class RecentCodepoints {
 public:
  explicit RecentCodepoints(std::size_t cap) : cap_(cap) {}

  // Returns true when the set changed (a new codepoint, possibly evicting the oldest).
  bool note(char32_t cp);
  bool contains(char32_t cp) const { return where_.count(cp) != 0; }
  // Drops the `n` least recently seen.
  void evict_oldest(std::size_t n);
  std::size_t size() const { return order_.size(); }
  std::size_t cap() const { return cap_; }
  // Oldest first.
  std::vector<char32_t> items() const { return {order_.begin(), order_.end()}; }

 private:
  std::size_t cap_;
  std::list<char32_t> order_;  // oldest at the front
  std::unordered_map<char32_t, std::list<char32_t>::iterator> where_;
};

}  // namespace fv::text
