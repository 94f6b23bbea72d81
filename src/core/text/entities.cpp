#include "core/text/entities.h"

#include <algorithm>
#include <cstdint>

#include "core/text/utf8.h"

namespace fv::text {
namespace {

struct EntityEntry {
  std::string_view name;
  std::string_view value;
};

#include "entities_table.inc"  // generated: kEntities, kEntityCount, kEntityMaxNameLength

// HTML5 "numeric character reference end state": 0x80–0x9F are read as Windows-1252, because
// that is what pages meant when they wrote &#150; for an en dash. 0 means "no mapping".
constexpr char16_t kC1ToWindows1252[32] = {
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,  // 80–87
    0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0,      0x017D, 0,       // 88–8F
    0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,  // 90–97
    0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178,  // 98–9F
};

bool is_ascii_alnum(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}
bool is_hex(char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}
int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  return c - 'A' + 10;
}

std::size_t decode_numeric(std::string_view s, std::size_t amp, std::string& out) {
  std::size_t i = amp + 2;  // after "&#"
  const bool hex = i < s.size() && (s[i] == 'x' || s[i] == 'X');
  if (hex) ++i;
  const std::size_t digits_start = i;
  std::uint32_t value = 0;
  bool overflow = false;
  while (i < s.size() && (hex ? is_hex(s[i]) : (s[i] >= '0' && s[i] <= '9'))) {
    const int d = hex ? hex_value(s[i]) : s[i] - '0';
    if (value > 0x10FFFF) {
      overflow = true;  // keep consuming digits, the value is already out of range
    } else {
      value = value * (hex ? 16 : 10) + static_cast<std::uint32_t>(d);
    }
    ++i;
  }
  if (i == digits_start) return 0;  // "&#" or "&#x" with no digits: not a reference
  if (i < s.size() && s[i] == ';') ++i;
  append_utf8(out, overflow ? char32_t{0xFFFD} : numeric_reference_code_point(value));
  return i - amp;
}

}  // namespace

char32_t numeric_reference_code_point(std::uint32_t n) {
  if (n == 0 || n > 0x10FFFF || (n >= 0xD800 && n <= 0xDFFF)) return 0xFFFD;
  if (n >= 0x80 && n <= 0x9F && kC1ToWindows1252[n - 0x80] != 0) return kC1ToWindows1252[n - 0x80];
  return n;
}

std::optional<std::string_view> lookup_named_reference(std::string_view name) {
  const auto* end = kEntities + kEntityCount;
  const auto* it = std::lower_bound(kEntities, end, name,
                                    [](const EntityEntry& e, std::string_view n) { return e.name < n; });
  if (it != end && it->name == name) return it->value;
  return std::nullopt;
}

std::size_t named_reference_count() { return kEntityCount; }
std::string_view named_reference_name(std::size_t i) { return i < kEntityCount ? kEntities[i].name : std::string_view(); }

std::size_t decode_reference_at(std::string_view s, std::size_t amp, bool in_attribute,
                                std::string& out) {
  if (amp + 1 >= s.size()) return 0;
  if (s[amp + 1] == '#') return decode_numeric(s, amp, out);

  // The alphanumeric run after '&'. Names with ';' must match the whole run; legacy names
  // (no ';') may match a prefix of it, longest first ("&notit;" → "¬it;").
  std::size_t run_end = amp + 1;
  while (run_end < s.size() && is_ascii_alnum(s[run_end]) && run_end - amp <= kEntityMaxNameLength) ++run_end;
  const std::size_t run_len = run_end - (amp + 1);
  if (run_len == 0) return 0;

  if (run_end < s.size() && s[run_end] == ';') {
    if (auto v = lookup_named_reference(s.substr(amp + 1, run_len + 1))) {
      out += *v;
      return run_len + 2;
    }
  }
  for (std::size_t len = std::min(run_len, kEntityMaxLegacyNameLength); len > 0; --len) {
    auto v = lookup_named_reference(s.substr(amp + 1, len));
    if (!v) continue;
    const std::size_t after = amp + 1 + len;
    if (in_attribute && after < s.size() && (s[after] == '=' || is_ascii_alnum(s[after]))) return 0;
    out += *v;
    return len + 1;
  }
  return 0;
}

namespace {
std::string decode_all(std::string_view s, bool in_attribute) {
  std::string out;
  out.reserve(s.size());
  std::size_t i = 0;
  while (i < s.size()) {
    const std::size_t amp = s.find('&', i);
    if (amp == std::string_view::npos) {
      out.append(s.substr(i));
      break;
    }
    out.append(s.substr(i, amp - i));
    const std::size_t used = decode_reference_at(s, amp, in_attribute, out);
    if (used == 0) {
      out += '&';
      i = amp + 1;
    } else {
      i = amp + used;
    }
  }
  return out;
}
}  // namespace

std::string decode_entities(std::string_view s) { return decode_all(s, false); }
std::string decode_entities_in_attribute(std::string_view s) { return decode_all(s, true); }

}  // namespace fv::text
