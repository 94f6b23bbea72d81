#include <catch2/catch.hpp>

#include "core/encoding/decode.h"
#include "core/encoding/table_decoders.h"
#include "core/text/utf8.h"

namespace {
std::string decode(std::string_view canonical, std::string_view bytes, bool* bad_out = nullptr) {
  std::string out;
  bool bad = false;
  fv::encoding::table_decode(canonical, bytes, out, bad);
  if (bad_out) *bad_out = bad;
  return out;
}
const std::string kFffd = "\xEF\xBF\xBD";
}  // namespace

TEST_CASE("GB18030 two-byte characters decode (GBK range)", "[encoding][gb18030]") {
  CHECK(decode("gb18030", "\xD6\xD0\xCE\xC4") == "\xE4\xB8\xAD\xE6\x96\x87");  // 中文
  CHECK(decode("gbk", "\xA1\xAA") == "\xE2\x80\x94");                         // —
  CHECK(decode("gbk", "a\xD6\xD0" "b") == "a\xE4\xB8\xAD" "b");
}

TEST_CASE("GB18030 four-byte BMP characters decode through the generated ranges", "[encoding][gb18030]") {
  CHECK(decode("gb18030", "\x81\x30\x84\x36") == "\xC2\xA5");   // ¥ (pointer 36, the second range)
  CHECK(decode("gb18030", "\x81\x30\xD3\x30") == "\xD1\x92");   // ђ
  CHECK(decode("gb18030", "\x81\x30\x81\x30") == "\xC2\x80");   // pointer 0 → U+0080
  CHECK(decode("gb18030", "\x84\x31\xA4\x39") == "\xEF\xBF\xBF");  // U+FFFF, the last BMP pointer
}

TEST_CASE("GB18030 four-byte supplementary characters decode arithmetically", "[encoding][gb18030]") {
  CHECK(decode("gb18030", "\x94\x39\xFC\x36") == "\xF0\x9F\x98\x80");  // 😀
  CHECK(decode("gb18030", "\x95\x32\x82\x36") == "\xF0\xA0\x80\x80");  // 𠀀
  CHECK(decode("gb18030", "\x90\x30\x81\x30") == "\xF0\x90\x80\x80");  // U+10000
  CHECK(decode("gb18030", "\xE3\x32\x9A\x35") == "\xF4\x8F\xBF\xBF");  // U+10FFFF
}

TEST_CASE("GB18030: 0x80 is the euro sign, invalid sequences become U+FFFD", "[encoding][gb18030]") {
  CHECK(decode("gbk", "\x80") == "\xE2\x82\xAC");
  bool bad = false;
  CHECK(decode("gb18030", "\xFF" "a", &bad) == kFffd + "a");
  CHECK(bad);
  CHECK(decode("gb18030", "\xD6") == kFffd);                          // cut off
  CHECK(decode("gb18030", "\x84\x31\xA5\x30") == kFffd + "1" + kFffd + "0");  // pointer past U+FFFF
  CHECK(decode("gb18030", "\xD6\x7F") == kFffd + "\x7F");            // bad trail byte is re-read
}

TEST_CASE("Shift_JIS decodes as Windows writes it (CP932), with NEC and IBM rows", "[encoding][shift_jis]") {
  CHECK(decode("shift_jis", "\x93\xFA\x96\x7B\x8C\xEA") == "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E");  // 日本語
  CHECK(decode("shift_jis", "\x87\x40\x87\x54") == "\xE2\x91\xA0\xE2\x85\xA0");                   // ①Ⅰ
  CHECK(decode("shift_jis", "\xED\x40") == "\xE7\xBA\x8A");                                       // 纊
  CHECK(decode("shift_jis", "\x81\x60") == "\xEF\xBD\x9E");                                       // ～
  CHECK(decode("shift_jis", "\x81\x5F") == "\xEF\xBC\xBC");                                       // ＼
}

TEST_CASE("Shift_JIS single bytes: ASCII and half-width katakana", "[encoding][shift_jis]") {
  CHECK(decode("shift_jis", "abc\\~") == "abc\\~");
  CHECK(decode("shift_jis", "\xB1\xA1\xDF") == "\xEF\xBD\xB1\xEF\xBD\xA1\xEF\xBE\x9F");  // ｱ｡ﾟ
}

TEST_CASE("Shift_JIS invalid and cut-off sequences become U+FFFD", "[encoding][shift_jis]") {
  bool bad = false;
  CHECK(decode("shift_jis", "\xA0", &bad) == kFffd);
  CHECK(bad);
  CHECK(decode("shift_jis", "\x93") == kFffd);
  CHECK(decode("shift_jis", "\x93\x20") == kFffd + " ");
}

TEST_CASE("EUC-JP decodes JIS X 0208, JIS X 0212 and half-width katakana", "[encoding][euc-jp]") {
  CHECK(decode("euc-jp", "\xC6\xFC\xCB\xDC") == "\xE6\x97\xA5\xE6\x9C\xAC");  // 日本
  CHECK(decode("euc-jp", "\x8F\xB0\xA1") == "\xE4\xB8\x82");                  // 丂 (JIS X 0212)
  CHECK(decode("euc-jp", "\x8E\xB1") == "\xEF\xBD\xB1");                      // ｱ
  CHECK(decode("euc-jp", "a\xA4\xA2" "b") == "a\xE3\x81\x82" "b");             // あ
  bool bad = false;
  CHECK(decode("euc-jp", "\xC6", &bad) == kFffd);
  CHECK(bad);
  CHECK(decode("euc-jp", "\x8E\x41") == kFffd + "A");
}

TEST_CASE("windows-874 decodes Thai and the Windows punctuation", "[encoding][windows-874]") {
  CHECK(decode("windows-874", "\xA1\x85") == "\xE0\xB8\x81\xE2\x80\xA6");  // ก…
  CHECK(decode("windows-874", "abc") == "abc");
  bool bad = false;
  CHECK(decode("windows-874", "\xFC", &bad) == kFffd);  // unassigned
  CHECK(bad);
}

TEST_CASE("Every generated decoder output is valid UTF-8 for every byte pair", "[encoding]") {
  for (const char* enc : {"gb18030", "shift_jis", "euc-jp", "windows-874"}) {
    std::string all;
    for (int a = 0; a < 256; ++a)
      for (int b = 0; b < 256; ++b) {
        all += static_cast<char>(a);
        all += static_cast<char>(b);
      }
    INFO(enc);
    CHECK(fv::text::is_valid_utf8(decode(enc, all)));
  }
}

TEST_CASE("to_utf8 uses the table decoders for declared GB2312, GB18030 and Shift_JIS", "[encoding]") {
  CHECK(fv::encoding::to_utf8("<t>\x94\x39\xFC\x36</t>", "gb18030").utf8 == "<t>\xF0\x9F\x98\x80</t>");
  CHECK(fv::encoding::to_utf8("<t>\x87\x40</t>", "Shift_JIS").utf8 == "<t>\xE2\x91\xA0</t>");
  const auto d = fv::encoding::to_utf8("<?xml version=\"1.0\" encoding=\"GB2312\"?><t>\xD6\xD0</t>");
  CHECK(d.encoding == "gbk");
  CHECK(d.utf8.find("<t>\xE4\xB8\xAD</t>") != std::string::npos);
}
