// The decoder hands most legacy encodings to the C library's iconv: glibc natively, musl in the
// Wasm build. This checks the platform's iconv itself, encoding by encoding, so a missing
// converter shows up here by name rather than as mojibake elsewhere. (GB18030/GBK, Shift_JIS,
// EUC-JP and windows-874 are not here: musl gets GB18030's four-byte forms wrong and lacks
// CP932, JIS X 0212 and windows-874, so those are decoded from generated tables — see
// table_decoders_test.cpp.)
#include <catch2/catch.hpp>

#include <iconv.h>

#include "core/encoding/charset_names.h"

namespace {

// Converts with the first iconv name that opens; "<unsupported>" when none does.
std::string via_iconv(const std::string& canonical, const std::string& bytes) {
  for (const auto& name : fv::encoding::iconv_names(canonical)) {
    iconv_t cd = iconv_open("UTF-8", name.c_str());
    if (cd == reinterpret_cast<iconv_t>(-1)) continue;
    std::string out(bytes.size() * 4 + 16, '\0');
    char* in = const_cast<char*>(bytes.data());
    std::size_t in_left = bytes.size();
    char* o = &out[0];
    std::size_t o_left = out.size();
    const std::size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    iconv_close(cd);
    if (r == static_cast<std::size_t>(-1)) return "<error>";
    out.resize(out.size() - o_left);
    return out;
  }
  return "<unsupported>";
}

}  // namespace

TEST_CASE("This platform's iconv converts every encoding the decoder hands to it", "[encoding][iconv]") {
  struct Case {
    const char* canonical;
    std::string bytes;
    const char* utf8;
  };
  const Case cases[] = {
      {"windows-1252", "\x80\x93\xE9", "\xE2\x82\xAC\xE2\x80\x9C\xC3\xA9"},
      {"windows-1250", "\x8A\xB9", "\xC5\xA0\xC4\x85"},
      {"windows-1251", "\xCD\xEE\xE2", "\xD0\x9D\xD0\xBE\xD0\xB2"},
      {"iso-8859-2", "\xA1\xB1", "\xC4\x84\xC4\x85"},
      {"iso-8859-5", "\xBF\xE0", "\xD0\x9F\xD1\x80"},
      {"iso-8859-7", "\xC1\xE1", "\xCE\x91\xCE\xB1"},
      {"iso-8859-15", "\xA4\xBD", "\xE2\x82\xAC\xC5\x93"},
      {"koi8-r", "\xF0\xD2", "\xD0\x9F\xD1\x80"},
      {"koi8-u", "\xA6\xAD", "\xD1\x96\xD2\x91"},
      {"ibm866", "\x8F\xE0", "\xD0\x9F\xD1\x80"},
      {"iso-2022-jp", "\x1B$BF|K\\\x1B(B", "\xE6\x97\xA5\xE6\x9C\xAC"},
      {"big5", "\xA4\xA4\xA4\xE5", "\xE4\xB8\xAD\xE6\x96\x87"},
      {"euc-kr", "\xC7\xD1\xB1\xB9", "\xED\x95\x9C\xEA\xB5\xAD"},
  };
  for (const auto& c : cases) {
    INFO(c.canonical);
    CHECK(via_iconv(c.canonical, c.bytes) == c.utf8);
  }
}
