// The builtin legacy decoder (see legacy_decoder.h): generated tables for GB18030/GBK,
// Shift_JIS, EUC-JP and windows-874, iconv (glibc natively, musl in Wasm) for the rest.
// Only decode_legacy lives here, so a program that defines its own never links this file.
#include "core/encoding/legacy_decoder.h"

#include <cerrno>
#include <iconv.h>

#include "core/encoding/charset_names.h"
#include "core/encoding/table_decoders.h"
#include "core/text/utf8.h"

namespace fv::encoding {
namespace {

using fv::text::append_utf8;

// Through iconv; false when iconv does not know the encoding. Undecodable bytes become U+FFFD.
bool decode_iconv(std::string_view b, const std::string& canonical, std::string& out, bool& bad) {
  iconv_t cd = reinterpret_cast<iconv_t>(-1);
  for (const auto& name : iconv_names(canonical)) {
    cd = iconv_open("UTF-8", name.c_str());
    if (cd != reinterpret_cast<iconv_t>(-1)) break;
  }
  if (cd == reinterpret_cast<iconv_t>(-1)) return false;
  out.clear();
  std::string buf(4096, '\0');
  char* in = const_cast<char*>(b.data());
  std::size_t in_left = b.size();
  while (in_left > 0) {
    char* o = &buf[0];
    std::size_t o_left = buf.size();
    const std::size_t r = iconv(cd, &in, &in_left, &o, &o_left);
    out.append(buf.data(), buf.size() - o_left);
    if (r != static_cast<std::size_t>(-1)) break;
    if (errno == E2BIG) continue;
    // EILSEQ (invalid) or EINVAL (cut off at the end): replace one byte and go on.
    bad = true;
    append_utf8(out, 0xFFFD);
    ++in;
    --in_left;
    iconv(cd, nullptr, nullptr, nullptr, nullptr);  // reset shift state (ISO-2022-JP)
  }
  // Flush any pending shift sequence output.
  char* o = &buf[0];
  std::size_t o_left = buf.size();
  iconv(cd, nullptr, nullptr, &o, &o_left);
  out.append(buf.data(), buf.size() - o_left);
  iconv_close(cd);
  return true;
}

}  // namespace

bool decode_legacy(std::string_view b, const std::string& canonical, std::string& out, bool& bad) {
  if (has_table_decoder(canonical)) {
    table_decode(canonical, b, out, bad);
    return true;
  }
  return decode_iconv(b, canonical, out, bad);
}

}  // namespace fv::encoding
