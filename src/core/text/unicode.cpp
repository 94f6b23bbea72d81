#include "core/text/unicode.h"

#include <cstdlib>

#include <utf8proc.h>

#include "core/text/utf8.h"

namespace fv::text {
namespace {

std::string valid(std::string_view s) {
  if (is_valid_utf8(s)) return std::string(s);
  std::string out;
  std::size_t i = 0;
  while (i < s.size()) append_utf8(out, next_code_point(s, i));
  return out;
}

bool is_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::string map(std::string_view s, int options) {
  if (is_ascii(s)) {
    // ASCII is already NFC/NFKC; folding it is lower-casing. Most titles take this path.
    std::string out(s);
    if (options & UTF8PROC_CASEFOLD)
      for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    return out;
  }
  const std::string in = valid(s);
  if (in.empty()) return in;
  utf8proc_uint8_t* result = nullptr;
  const utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(in.data()),
                                          static_cast<utf8proc_ssize_t>(in.size()), &result,
                                          static_cast<utf8proc_option_t>(options));
  if (n < 0 || result == nullptr) {
    std::free(result);
    return in;  // cannot happen on valid UTF-8; keep the text rather than lose it
  }
  std::string out(reinterpret_cast<const char*>(result), static_cast<std::size_t>(n));
  std::free(result);
  return out;
}

}  // namespace

std::string fold_case(std::string_view s) {
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_CASEFOLD);
}

std::string normalize_nfkc(std::string_view s) {
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT);
}

std::string normalize_for_matching(std::string_view s) {
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD);
}

std::string fold_for_search(std::string_view s) {
  return map(s, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD |
                    UTF8PROC_STRIPMARK | UTF8PROC_IGNORE);
}

std::string strip_invisible_controls(std::string_view s) {
  const std::string in = valid(s);
  std::string out;
  out.reserve(in.size());
  std::size_t i = 0;
  char32_t previous = 0;
  while (i < in.size()) {
    const std::size_t start = i;
    const char32_t c = next_code_point(in, i);
    // A zero-width joiner after a pictograph builds an emoji sequence (👩‍💻): keep that one.
    const bool emoji_joiner = c == 0x200D && previous >= 0x2600;
    const bool invisible = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) ||
                           c == 0x200E || c == 0x200F || c == 0x061C ||
                           (c >= 0x200B && c <= 0x200D && !emoji_joiner) || c == 0x2060 ||
                           c == 0xFEFF || c == 0xAD;
    if (!invisible) out.append(in, start, i - start);
    previous = c;
  }
  return out;
}

}  // namespace fv::text
