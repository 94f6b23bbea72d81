#include "core/encoding/table_decoders.h"

#include <algorithm>
#include <cstdint>

#include "core/text/utf8.h"

namespace fv::encoding {
namespace {

// generated: kGb18030TwoByte, kGb18030Ranges, kShiftJisTwoByte, kEucJpJis0208, kEucJpJis0212,
// kWindows874High
#include "codepage_tables.inc"

using fv::text::append_utf8;

unsigned byte_at(std::string_view b, std::size_t i) { return static_cast<unsigned char>(b[i]); }

// WHATWG "index gb18030 ranges code point".
char32_t gb18030_range_code_point(std::uint32_t pointer) {
  if ((pointer > 39419 && pointer < 189000) || pointer > 1237575) return 0;
  if (pointer >= 189000) return 0x10000 + pointer - 189000;  // supplementary planes, linear
  const auto* end = kGb18030Ranges + sizeof kGb18030Ranges / sizeof kGb18030Ranges[0];
  const auto* it = std::upper_bound(kGb18030Ranges, end, pointer,
                                    [](std::uint32_t p, const GbRange& r) { return p < r.pointer; });
  --it;  // the first range starts at pointer 0, so there is always one
  return it->code_point + (pointer - it->pointer);
}

// The loop the multi-byte decoders share: an ASCII byte stands for itself; at any other byte
// `character(i, b1, len)` decodes one character starting at `i` (lead byte `b1`) and sets its
// length in bytes, or returns 0 when the bytes are not one: U+FFFD, and only that one byte is
// consumed (WHATWG: the next byte may start a character).
template <typename Character>
void decode_multibyte(std::string_view b, std::string& out, bool& bad, Character character) {
  std::size_t i = 0;
  while (i < b.size()) {
    const unsigned b1 = byte_at(b, i);
    if (b1 < 0x80) {
      out += static_cast<char>(b1);
      ++i;
      continue;
    }
    std::size_t len = 1;
    const char32_t cp = character(i, b1, len);
    if (cp == 0) {
      bad = true;
      append_utf8(out, 0xFFFD);
      ++i;
      continue;
    }
    append_utf8(out, cp);
    i += len;
  }
}

void decode_gb18030(std::string_view b, std::string& out, bool& bad) {
  decode_multibyte(b, out, bad, [b](std::size_t i, unsigned b1, std::size_t& len) -> char32_t {
    if (b1 == 0x80) return 0x20AC;  // a GBK habit: the euro sign
    if (b1 == 0xFF || i + 1 >= b.size()) return 0;
    const unsigned b2 = byte_at(b, i + 1);
    if (b2 >= 0x30 && b2 <= 0x39) {
      // Four bytes: lead, digit, lead, digit.
      if (i + 3 >= b.size()) return 0;
      const unsigned b3 = byte_at(b, i + 2), b4 = byte_at(b, i + 3);
      if (b3 < 0x81 || b3 > 0xFE || b4 < 0x30 || b4 > 0x39) return 0;
      const std::uint32_t pointer = (((b1 - 0x81) * 10 + (b2 - 0x30)) * 126 + (b3 - 0x81)) * 10 + (b4 - 0x30);
      len = 4;
      return gb18030_range_code_point(pointer);
    }
    const bool trail_ok = (b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFE);
    len = 2;
    return trail_ok ? kGb18030TwoByte[(b1 - 0x81) * 190 + (b2 < 0x7F ? b2 - 0x40 : b2 - 0x41)] : 0;
  });
}

void decode_shift_jis(std::string_view b, std::string& out, bool& bad) {
  decode_multibyte(b, out, bad, [b](std::size_t i, unsigned b1, std::size_t& len) -> char32_t {
    if (b1 == 0x80) return 0x80;  // WHATWG: 0x80 is U+0080 itself
    if (b1 >= 0xA1 && b1 <= 0xDF) return 0xFF61 + (b1 - 0xA1);  // half-width katakana
    const bool lead_ok = (b1 >= 0x81 && b1 <= 0x9F) || (b1 >= 0xE0 && b1 <= 0xFC);
    if (!lead_ok || i + 1 >= b.size()) return 0;
    const unsigned b2 = byte_at(b, i + 1);
    const bool trail_ok = (b2 >= 0x40 && b2 <= 0x7E) || (b2 >= 0x80 && b2 <= 0xFC);
    const std::size_t lead_index = b1 <= 0x9F ? b1 - 0x81 : b1 - 0xE0 + 31;
    len = 2;
    return trail_ok ? kShiftJisTwoByte[lead_index * 188 + (b2 < 0x7F ? b2 - 0x40 : b2 - 0x41)] : 0;
  });
}

void decode_euc_jp(std::string_view b, std::string& out, bool& bad) {
  auto in_row = [](unsigned x) { return x >= 0xA1 && x <= 0xFE; };
  decode_multibyte(b, out, bad, [b, in_row](std::size_t i, unsigned b1, std::size_t& len) -> char32_t {
    if (b1 == 0x8E && i + 1 < b.size() && byte_at(b, i + 1) >= 0xA1 && byte_at(b, i + 1) <= 0xDF) {
      len = 2;
      return 0xFF61 + (byte_at(b, i + 1) - 0xA1);  // half-width katakana
    }
    if (b1 == 0x8F && i + 2 < b.size() && in_row(byte_at(b, i + 1)) && in_row(byte_at(b, i + 2))) {
      len = 3;
      return kEucJpJis0212[(byte_at(b, i + 1) - 0xA1) * 94 + (byte_at(b, i + 2) - 0xA1)];
    }
    if (in_row(b1) && i + 1 < b.size() && in_row(byte_at(b, i + 1))) {
      len = 2;
      return kEucJpJis0208[(b1 - 0xA1) * 94 + (byte_at(b, i + 1) - 0xA1)];
    }
    return 0;
  });
}

void decode_windows874(std::string_view b, std::string& out, bool& bad) {
  for (char c : b) {
    const unsigned u = static_cast<unsigned char>(c);
    if (u < 0x80) {
      out += c;
      continue;
    }
    const char16_t cp = kWindows874High[u - 0x80];
    if (cp == 0) bad = true;
    append_utf8(out, cp == 0 ? char32_t{0xFFFD} : char32_t{cp});
  }
}

}  // namespace

bool has_table_decoder(std::string_view canonical) {
  return canonical == "gbk" || canonical == "gb18030" || canonical == "shift_jis" ||
         canonical == "euc-jp" || canonical == "windows-874";
}

void table_decode(std::string_view canonical, std::string_view bytes, std::string& out, bool& bad) {
  out.reserve(out.size() + bytes.size() * 3 / 2);
  if (canonical == "gbk" || canonical == "gb18030") {
    decode_gb18030(bytes, out, bad);
  } else if (canonical == "shift_jis") {
    decode_shift_jis(bytes, out, bad);
  } else if (canonical == "euc-jp") {
    decode_euc_jp(bytes, out, bad);
  } else if (canonical == "windows-874") {
    decode_windows874(bytes, out, bad);
  }
}

}  // namespace fv::encoding
