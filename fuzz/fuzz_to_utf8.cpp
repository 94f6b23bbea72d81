// Encoding detection and transcoding on any bytes, with and without an HTTP charset: the result
// is always valid UTF-8 and names the encoding it used; a leading UTF-8 BOM is removed; and
// plain valid UTF-8 (no BOM, no NUL, no charset declared anywhere) comes back unchanged.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "core/encoding/decode.h"
#include "core/text/utf8.h"
#include "fuzz_checks.h"

namespace {
// The first input byte picks the Content-Type charset, so the HTTP path is fuzzed too.
constexpr std::string_view kCharsets[] = {"",         "utf-8",       "iso-8859-1", "windows-1252",
                                          "utf-16",   "utf-16le",    "utf-16be",   "utf-32",
                                          "koi8-r",   "shift_jis",   "gb2312",     "big5",
                                          "euc-kr",   "iso-2022-jp", "x-bogus",    "us-ascii"};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  std::string_view charset = kCharsets[data[0] % (sizeof kCharsets / sizeof kCharsets[0])];
  std::string_view bytes(reinterpret_cast<const char*>(data + 1), size - 1);
  fv::encoding::Decoded d = fv::encoding::to_utf8(bytes, charset);
  FV_FUZZ_CHECK(fv::text::is_valid_utf8(d.utf8), "charset " + std::string(charset));
  const std::string_view bom = "\xEF\xBB\xBF";
  if (bytes.substr(0, 3) == bom && bytes.substr(3, 3) != bom)
    FV_FUZZ_CHECK(d.utf8.substr(0, 3) != bom, "UTF-8 BOM left in the output");
  if (charset.empty() && fv::text::is_valid_utf8(bytes) && bytes.substr(0, 3) != bom &&
      bytes.find('\0') == std::string_view::npos &&
      bytes.find("encoding") == std::string_view::npos && bytes.find("charset") == std::string_view::npos)
    FV_FUZZ_CHECK(d.utf8 == bytes, "valid UTF-8 changed by to_utf8, taken as " + d.encoding);
  FV_FUZZ_CHECK(!d.encoding.empty(), "no encoding named");
  FV_FUZZ_CHECK(fv::text::is_valid_utf8(d.warning), d.warning);

  std::string repaired = fv::encoding::make_valid_utf8(bytes);
  FV_FUZZ_CHECK(fv::text::is_valid_utf8(repaired), "make_valid_utf8 output invalid");
  if (fv::text::is_valid_utf8(bytes)) FV_FUZZ_CHECK(repaired == bytes, "valid UTF-8 changed");
  return 0;
}
