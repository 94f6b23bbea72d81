#include "core/export/yaml.h"

#include <cstdio>

#include <utf8proc.h>

namespace fv::exporting {
namespace {

bool needs_escape(utf8proc_int32_t cp) {
  return cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 ||
         cp == 0xFEFF || cp == 0xFFFE || cp == 0xFFFF;
}

template <typename F>
void for_each_code_point(std::string_view s, F&& f) {
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) {
      f(0xFFFD, std::string_view("\xEF\xBF\xBD", 3));
      ++i;
      continue;
    }
    f(cp, s.substr(i, static_cast<std::size_t>(n)));
    i += static_cast<std::size_t>(n);
  }
}

}  // namespace

std::string yaml_double_quoted(std::string_view s) {
  std::string out = "\"";
  for_each_code_point(s, [&](utf8proc_int32_t cp, std::string_view bytes) {
    char buf[16];
    switch (cp) {
      case '"': out += "\\\""; return;
      case '\\': out += "\\\\"; return;
      case '\n': out += "\\n"; return;
      case '\r': out += "\\r"; return;
      case '\t': out += "\\t"; return;
      case 0x2028: out += "\\L"; return;
      case 0x2029: out += "\\P"; return;
      default: break;
    }
    if (!needs_escape(cp)) {
      out += bytes;
    } else if (cp <= 0xFF) {
      std::snprintf(buf, sizeof buf, "\\x%02X", static_cast<unsigned>(cp));
      out += buf;
    } else {
      std::snprintf(buf, sizeof buf, "\\u%04X", static_cast<unsigned>(cp));
      out += buf;
    }
  });
  out += '"';
  return out;
}

std::string yaml_single_quoted(std::string_view s) {
  bool plain_enough = true;
  for_each_code_point(s, [&](utf8proc_int32_t cp, std::string_view) {
    if (needs_escape(cp) || cp == 0xFFFD) plain_enough = false;
  });
  if (!plain_enough) return yaml_double_quoted(s);
  std::string out = "'";
  for (char c : s) {
    if (c == '\'') out += '\'';
    out += c;
  }
  out += '\'';
  return out;
}

}  // namespace fv::exporting
