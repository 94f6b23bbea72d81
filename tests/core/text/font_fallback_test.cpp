#include <catch2/catch.hpp>

#include "core/text/font_fallback.h"

using namespace fv::text;

namespace {
const char* kManifest =
    "# comment\n"
    "arabic-00-aa.ttf arabic-00-bold-bb.ttf 600-6ff,750-77f,fb50-fdff\n"
    "cjk-00-cc.otf - 3000-303f,3041-3096,30a0-30ff\n"
    "cjk-01-dd.otf - 4e00,4e03-4e05,65e5\n"
    "broken line\n"
    "bad-ranges.ttf - zz-10\n";
}

TEST_CASE("fallback manifest maps a codepoint to the chunk file that draws it", "[font_fallback]") {
  const FallbackManifest m = FallbackManifest::parse(kManifest);
  REQUIRE(m.size() == 3);
  CHECK(m.chunk_for(0x0627) == 0);  // ا
  CHECK(m.chunk(0).regular == "arabic-00-aa.ttf");
  CHECK(m.chunk(0).bold == "arabic-00-bold-bb.ttf");
  CHECK(m.chunk_for(0x3042) == 1);  // あ
  CHECK(m.chunk(1).bold.empty());
  CHECK(m.chunk_for(0x65E5) == 2);  // 日
  CHECK(m.chunk_for(0x4E04) == 2);
  CHECK(m.chunk(2).regular == "cjk-01-dd.otf");
}

TEST_CASE("fallback manifest: codepoints between, before and after the runs have no chunk",
          "[font_fallback]") {
  const FallbackManifest m = FallbackManifest::parse(kManifest);
  CHECK(m.chunk_for('A') == -1);
  CHECK(m.chunk_for(0x0700) == -1);
  CHECK(m.chunk_for(0x4E01) == -1);
  CHECK(m.chunk_for(0x3040) == -1);
  CHECK(m.chunk_for(0x10FFFF) == -1);
  CHECK(m.chunk_for(0x0600) == 0);  // range ends are inclusive
  CHECK(m.chunk_for(0x06FF) == 0);
}

TEST_CASE("fallback manifest: empty or garbage text gives an empty manifest", "[font_fallback]") {
  CHECK(FallbackManifest::parse("").empty());
  CHECK(FallbackManifest::parse("<html>not found</html>").empty());
  CHECK(FallbackManifest::parse("a.ttf - 110000").empty());  // beyond Unicode
  CHECK(FallbackManifest::parse("a.ttf - 20-10").empty());   // reversed range
}

TEST_CASE("fallback manifest: overlapping runs keep the earlier chunk", "[font_fallback]") {
  const FallbackManifest m = FallbackManifest::parse("a.ttf - 100-1ff\nb.ttf - 180-27f\n");
  CHECK(m.chunk_for(0x1A0) == 0);
  CHECK(m.chunk_for(0x220) == 1);
}

TEST_CASE("codepoints decodes UTF-8 text in order, invalid bytes as U+FFFD", "[font_fallback]") {
  CHECK(codepoints("a\xC3\xA9\xE6\x97\xA5\xF0\x9F\x98\x80") ==
        std::vector<char32_t>{'a', 0xE9, 0x65E5, 0x1F600});
  CHECK(codepoints("x\xFFy") == std::vector<char32_t>{'x', 0xFFFD, 'y'});
  CHECK(codepoints("").empty());
}

TEST_CASE("is_invisible: format characters and variation selectors need no glyph",
          "[font_fallback]") {
  CHECK(is_invisible(0xFE0F));   // emoji presentation selector
  CHECK(is_invisible(0x200D));   // zero width joiner
  CHECK(is_invisible(0x200F));   // right-to-left mark
  CHECK(is_invisible(0x1F3FD));  // skin tone modifier
  CHECK(is_invisible(0xE0067));  // tag
  CHECK(is_invisible('\n'));
  CHECK_FALSE(is_invisible('a'));
  CHECK_FALSE(is_invisible(0x1F600));
  CHECK_FALSE(is_invisible(0x65E5));
}

TEST_CASE("RecentCodepoints keeps at most its cap, evicting the least recently seen",
          "[font_fallback]") {
  RecentCodepoints r(3);
  CHECK(r.note(1));
  CHECK(r.note(2));
  CHECK(r.note(3));
  CHECK_FALSE(r.note(1));  // seen again: no change, but now the newest
  CHECK(r.note(4));        // evicts 2, the least recently seen
  CHECK(r.size() == 3);
  CHECK_FALSE(r.contains(2));
  CHECK(r.items() == std::vector<char32_t>{3, 1, 4});
  r.evict_oldest(2);
  CHECK(r.items() == std::vector<char32_t>{4});
}

TEST_CASE("RecentCodepoints with cap 0 keeps nothing", "[font_fallback]") {
  RecentCodepoints r(0);
  CHECK_FALSE(r.note(0x65E5));
  CHECK(r.size() == 0);
}
