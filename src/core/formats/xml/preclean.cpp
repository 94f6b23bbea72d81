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

enum class Amp { Fine, Undefined, Bare };

// What the '&' at s[i] starts. `name_len` receives the length of "&name;" when Undefined.
Amp classify_amp(std::string_view s, std::size_t i, std::size_t& len) {
  std::size_t j = i + 1;
  if (j < s.size() && s[j] == '#') {
    ++j;
    bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
    if (hex) ++j;
    std::size_t digits = 0;
    while (j < s.size() && (hex ? std::isxdigit((unsigned char)s[j]) : std::isdigit((unsigned char)s[j])))
      ++j, ++digits;
    return digits && j < s.size() && s[j] == ';' ? Amp::Fine : Amp::Bare;
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
  if (s.compare(i, 9, "<!DOCTYPE") == 0) {
    std::size_t bracket = s.find('[', i), gt = s.find('>', i);
    if (bracket != std::string_view::npos && bracket < gt) return skip_to("]>");
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
  std::size_t bare = 0, undefined = 0, controls = 0;
  std::string first_undefined;
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
      if (i + 1 < in.size() && in[i + 1] == '!') {
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
  if (controls)
    warnings.push_back("illegal control character (" + std::to_string(controls) + "x) removed");
  return true;
}

}  // namespace fv::xml
