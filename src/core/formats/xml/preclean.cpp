#include <algorithm>
#include <cctype>
#include <cstdint>
#include <cstring>
#include <string>

#include "core/formats/xml/load.h"
#include "core/text/entities.h"

namespace fv::xml {
namespace {

bool is_name_char(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

enum class Amp { Fine, Undefined, Bare, NotAChar };

// XML 1.0's Char production: what a character reference may name.
bool is_xml_char(std::uint32_t c) {
  return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) ||
         (c >= 0xE000 && c <= 0xFFFD) || (c >= 0x10000 && c <= 0x10FFFF);
}

// What the '&' at s[i] starts. `len` receives the length of "&name;" when Undefined and of
// "&#…;" when NotAChar.
Amp classify_amp(std::string_view s, std::size_t i, std::size_t& len) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    std::size_t digits = 0;
    std::uint32_t value = 0;  // saturates above U+10FFFF: pugixml's own sum would wrap around
    while (j < s.size() && (hex ? std::isxdigit((unsigned char)s[j]) : std::isdigit((unsigned char)s[j]))) {
      unsigned char d = (unsigned char)s[j];
      std::uint32_t digit = std::isdigit(d) ? d - '0' : (std::tolower(d) - 'a' + 10);
      if (value <= 0x10FFFF) value = value * (hex ? 16 : 10) + digit;
      ++j, ++digits;
    }
    if (!digits || j >= s.size() || s[j] != ';') return Amp::Bare;
    if (is_xml_char(value)) return Amp::Fine;
    // &#0; would cut the string short, &#xD800; or &#99999999; would come out of pugixml as
    // bytes that are not UTF-8: name the replacement character instead.
    len = j - i + 1;
    return Amp::NotAChar;
  }
  while (j < s.size() && j - i <= 32 && is_name_char((unsigned char)s[j])) ++j;
  if (j == i + 1 || j >= s.size() || s[j] != ';') return Amp::Bare;
  std::string_view name = s.substr(i + 1, j - i - 1);
  if (name == "amp" || name == "lt" || name == "gt" || name == "quot" || name == "apos")
    return Amp::Fine;
  len = j - i + 1;
  return Amp::Undefined;
}

// XML 1.0 forbids C0 controls except tab, newline and carriage return.
bool is_forbidden_control(unsigned char c) { return c < 0x20 && c != '\t' && c != '\n' && c != '\r'; }

// Inside CDATA sections, comments and the DTD nothing is an entity: leave those alone.
std::size_t skip_literal_section(std::string_view s, std::size_t i) {
  auto skip_to = [&](const char* end) {
    std::size_t e = s.find(end, i);
    return e == std::string_view::npos ? s.size() : e + std::strlen(end);
  };
  if (s.compare(i, 9, "<![CDATA[") == 0) return skip_to("]]>");
  if (s.compare(i, 4, "<!--") == 0) return skip_to("-->");
  // A processing instruction ends at the first "?>", whatever it holds ("<?x <!-- ?>" is no
  // comment): read as pugixml reads it, or the two disagree about what is text.
  if (s.compare(i, 2, "<?") == 0) return skip_to("?>");
  if (s.compare(i, 9, "<!DOCTYPE") == 0) {
    std::size_t bracket = s.find('[', i), gt = s.find('>', i);
    if (bracket != std::string_view::npos && bracket < gt) {
      // The internal subset ends at "]", blanks, ">" (XML allows space before the '>').
      for (std::size_t e = s.find(']', bracket + 1); e != std::string_view::npos; e = s.find(']', e + 1)) {
        std::size_t k = e + 1;
        while (k < s.size() && (s[k] == ' ' || s[k] == '\t' || s[k] == '\r' || s[k] == '\n')) ++k;
        if (k < s.size() && s[k] == '>') return k + 1;
      }
      return s.size();
    }
    return gt == std::string_view::npos ? s.size() : gt + 1;
  }
  return i + 1;
}

}  // namespace

bool preclean(std::string_view in, std::string& out, std::vector<std::string>& warnings) {
  // A quick scan first: most feeds need nothing, and then no copy is made.
  static const auto kInteresting = [] {
    struct T { bool v[256]; } t{};
    for (int c = 0; c < 0x20; ++c) t.v[c] = is_forbidden_control((unsigned char)c);
    t.v[(unsigned char)'&'] = true;
    t.v[(unsigned char)'<'] = true;
    return t;
  }();
  std::size_t bare = 0, undefined = 0, controls = 0, not_chars = 0;
  std::string first_undefined, first_not_char;
  bool dirty = false;
  std::size_t i = 0;
  std::string cleaned;
  std::size_t copied = 0;  // in[0, copied) already appended to `cleaned`
  auto flush_to = [&](std::size_t pos) {
    if (!dirty) {
      dirty = true;
      cleaned.reserve(in.size() + 64);
    }
    cleaned.append(in.data() + copied, pos - copied);
  };
  while (i < in.size()) {
    // Eight bytes at a time while none of them is a control, '&' or '<' (most of any feed).
    while (i + 8 <= in.size()) {
      std::uint64_t w;
      std::memcpy(&w, in.data() + i, 8);
      constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
      auto has_zero = [](std::uint64_t v) { return (v - kOnes) & ~v & kHigh; };
      std::uint64_t below_space = (w - kOnes * 0x20) & ~w & kHigh;
      if (below_space | has_zero(w ^ (kOnes * '&')) | has_zero(w ^ (kOnes * '<'))) break;
      i += 8;
    }
    if (i >= in.size()) break;
    unsigned char c = (unsigned char)in[i];
    if (!kInteresting.v[c]) {
      ++i;
      continue;
    }
    if (c == '<') {
      if (i + 1 < in.size() && (in[i + 1] == '!' || in[i + 1] == '?')) {
        i = skip_literal_section(in, i);
      } else {
        ++i;
      }
      continue;
    }
    if (c == '&') {
      std::size_t len = 0;
      Amp kind = classify_amp(in, i, len);
      if (kind == Amp::Fine) {
        ++i;
        continue;
      }
      flush_to(i);
      if (kind == Amp::Bare) {
        ++bare;
        cleaned += "&amp;";
        i += 1;
      } else if (kind == Amp::NotAChar) {
        ++not_chars;
        if (first_not_char.empty()) first_not_char.assign(in.substr(i, std::min<std::size_t>(len, 16)));
        cleaned += "\xEF\xBF\xBD";  // U+FFFD
        i += len;
      } else {
        ++undefined;
        std::string_view ref = in.substr(i, len);
        if (first_undefined.empty()) first_undefined.assign(ref);
        std::string value = text::decode_entities(ref);
        if (value == ref) {
          cleaned += "&amp;";  // not an HTML entity either: keep it as literal text
          cleaned.append(ref.substr(1));
        } else {
          // Re-escape what XML gives meaning to (e.g. &lt without ';' cannot reach here).
          for (char v : value) {
            if (v == '&') cleaned += "&amp;";
            else if (v == '<') cleaned += "&lt;";
            else cleaned += v;
          }
        }
        i += len;
      }
      copied = i;
      continue;
    }
    // forbidden control character
    flush_to(i);
    ++controls;
    ++i;
    copied = i;
  }
  if (!dirty) return false;
  cleaned.append(in.data() + copied, in.size() - copied);
  out = std::move(cleaned);
  if (bare) warnings.push_back("unescaped '&' (" + std::to_string(bare) + "x) escaped");
  if (undefined)
    warnings.push_back("undefined entity " + first_undefined +
                       (undefined > 1 ? " (and " + std::to_string(undefined - 1) + " more)" : "") +
                       " read as HTML, never expanded from a DTD");
  if (not_chars)
    warnings.push_back("character reference " + first_not_char +
                       (not_chars > 1 ? " (and " + std::to_string(not_chars - 1) + " more)" : "") +
                       " names no XML character: replaced with U+FFFD");
  if (controls)
    warnings.push_back("illegal control character (" + std::to_string(controls) + "x) removed");
  return true;
}

}  // namespace fv::xml
