#include <catch2/catch.hpp>

#include "core/text/bidi.h"
#include "core/text/font_fallback.h"

using namespace fv::text;

namespace {
// Codepoints as UTF-8 (tests spell right-to-left text by codepoint so the order is unambiguous).
std::string u(std::initializer_list<char32_t> cps) {
  std::string s;
  for (char32_t c : cps) {
    if (c < 0x80) s += static_cast<char>(c);
    else if (c < 0x800) { s += static_cast<char>(0xC0 | (c >> 6)); s += static_cast<char>(0x80 | (c & 0x3F)); }
    else if (c < 0x10000) { s += static_cast<char>(0xE0 | (c >> 12)); s += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); s += static_cast<char>(0x80 | (c & 0x3F)); }
    else { s += static_cast<char>(0xF0 | (c >> 18)); s += static_cast<char>(0x80 | ((c >> 12) & 0x3F)); s += static_cast<char>(0x80 | ((c >> 6) & 0x3F)); s += static_cast<char>(0x80 | (c & 0x3F)); }
  }
  return s;
}
constexpr char32_t ALEF = 0x05D0, BET = 0x05D1, GIMEL = 0x05D2, DALET = 0x05D3;
}  // namespace

TEST_CASE("visual_line leaves left-to-right text unchanged", "[bidi]") {
  CHECK(visual_line("Hello, world 123") == "Hello, world 123");
  CHECK(visual_line("") == "");
  CHECK(visual_line("\xE6\x97\xA5\xE6\x9C\xAC") == "\xE6\x97\xA5\xE6\x9C\xAC");
  CHECK_FALSE(has_rtl("Caf\xC3\xA9 \xE6\x97\xA5"));
  CHECK(has_rtl(u({'a', ALEF})));
}

TEST_CASE("visual_line reverses a Hebrew line so it reads right to left", "[bidi]") {
  // "אב גד" is drawn left to right as "דג בא".
  CHECK(visual_line(u({ALEF, BET, ' ', GIMEL, DALET})) == u({DALET, GIMEL, ' ', BET, ALEF}));
}

TEST_CASE("visual_line keeps numbers and Latin words inside right-to-left text in order", "[bidi]") {
  CHECK(visual_line(u({ALEF, BET, ' ', '1', '2', '3', ' ', GIMEL})) ==
        u({GIMEL, ' ', '1', '2', '3', ' ', BET, ALEF}));
  CHECK(visual_line(u({ALEF, ' ', 'C', 'N', 'N', ' ', BET})) == u({BET, ' ', 'C', 'N', 'N', ' ', ALEF}));
  // 1,000 and 12.5% stay whole numbers.
  CHECK(visual_line(u({ALEF, ' ', '1', ',', '0', '0', '0'})) == u({'1', ',', '0', '0', '0', ' ', ALEF}));
  CHECK(visual_line(u({ALEF, ' ', '1', '2', '.', '5', '%'})) == u({'1', '2', '.', '5', '%', ' ', ALEF}));
}

TEST_CASE("visual_line puts a Hebrew phrase inside English text in reading order", "[bidi]") {
  CHECK(visual_line(u({'I', ' ', 's', 'a', 'w', ' ', ALEF, BET, ' ', GIMEL, DALET, ' ', 't', 'o', 'd', 'a', 'y'})) ==
        u({'I', ' ', 's', 'a', 'w', ' ', DALET, GIMEL, ' ', BET, ALEF, ' ', 't', 'o', 'd', 'a', 'y'}));
}

TEST_CASE("visual_line keeps combining marks after their letter and mirrors brackets", "[bidi]") {
  constexpr char32_t QAMATS = 0x05B8;
  CHECK(visual_line(u({ALEF, QAMATS, BET})) == u({BET, ALEF, QAMATS}));
  CHECK(visual_line(u({ALEF, ' ', '(', BET, ')'})) == u({'(', BET, ')', ' ', ALEF}));
}

TEST_CASE("visual_line drops bidi control characters", "[bidi]") {
  CHECK(visual_line(u({0x202B, ALEF, BET, 0x202C, 0x200F})) == u({BET, ALEF}));
}

TEST_CASE("shape_arabic picks initial, medial and final forms so letters join", "[bidi]") {
  // بيت (beh yeh teh): initial beh, medial yeh, final teh.
  CHECK(shape_arabic(u({0x0628, 0x064A, 0x062A})) == u({0xFE91, 0xFEF4, 0xFE96}));
  // دار (dal alef reh): dal and alef join only to the right, so each stands alone or final.
  CHECK(shape_arabic(u({0x062F, 0x0627, 0x0631})) == u({0xFEA9, 0xFE8D, 0xFEAD}));
  // A lone letter takes its isolated form; harakat do not break the joining.
  CHECK(shape_arabic(u({0x0628})) == u({0xFE8F}));
  CHECK(shape_arabic(u({0x0628, 0x064E, 0x062A})) == u({0xFE91, 0x064E, 0xFE96}));
}

TEST_CASE("shape_arabic joins lam and alef into one ligature", "[bidi]") {
  CHECK(shape_arabic(u({0x0644, 0x0627})) == u({0xFEFB}));            // لا
  CHECK(shape_arabic(u({0x0633, 0x0644, 0x0627, 0x0645})) ==          // سلام
        u({0xFEB3, 0xFEFC, 0xFEE1}));
}

TEST_CASE("visual_line shapes and reverses Arabic words", "[bidi]") {
  // سلام عليكم → drawn left to right: ﻢﻜﻴﻠﻋ ﻡﻼﺳ
  CHECK(visual_line(u({0x0633, 0x0644, 0x0627, 0x0645, ' ', 0x0639, 0x0644, 0x064A, 0x0643, 0x0645})) ==
        u({0xFEE2, 0xFEDC, 0xFEF4, 0xFEE0, 0xFECB, ' ', 0xFEE1, 0xFEFC, 0xFEB3}));
}
