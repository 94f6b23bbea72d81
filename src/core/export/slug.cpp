#include "core/export/slug.h"

#include <cstdio>
#include <cstdlib>
#include <vector>

#include <utf8proc.h>

namespace fv::exporting {
namespace {

struct Translit {
  utf8proc_int32_t cp;
  const char* ascii;
};

// Lower case only: the title is case-folded first.
const Translit kRussian[] = {
    {0x430, "a"}, {0x431, "b"}, {0x432, "v"}, {0x433, "g"}, {0x434, "d"}, {0x435, "e"},
    {0x451, "yo"}, {0x436, "zh"}, {0x437, "z"}, {0x438, "i"}, {0x439, "y"}, {0x43A, "k"},
    {0x43B, "l"}, {0x43C, "m"}, {0x43D, "n"}, {0x43E, "o"}, {0x43F, "p"}, {0x440, "r"},
    {0x441, "s"}, {0x442, "t"}, {0x443, "u"}, {0x444, "f"}, {0x445, "kh"}, {0x446, "ts"},
    {0x447, "ch"}, {0x448, "sh"}, {0x449, "shch"}, {0x44A, ""}, {0x44B, "y"}, {0x44C, ""},
    {0x44D, "e"}, {0x44E, "yu"}, {0x44F, "ya"},
    // Ukrainian and Belarusian letters met in Russian-table titles.
    {0x456, "i"}, {0x457, "yi"}, {0x454, "ye"}, {0x491, "g"}, {0x45E, "u"},
};

// Ukrainian national system (2010); word-initial variants are handled in code.
const Translit kUkrainian[] = {
    {0x430, "a"}, {0x431, "b"}, {0x432, "v"}, {0x433, "h"}, {0x491, "g"}, {0x434, "d"},
    {0x435, "e"}, {0x454, "ie"}, {0x436, "zh"}, {0x437, "z"}, {0x438, "y"}, {0x456, "i"},
    {0x457, "i"}, {0x439, "i"}, {0x43A, "k"}, {0x43B, "l"}, {0x43C, "m"}, {0x43D, "n"},
    {0x43E, "o"}, {0x43F, "p"}, {0x440, "r"}, {0x441, "s"}, {0x442, "t"}, {0x443, "u"},
    {0x444, "f"}, {0x445, "kh"}, {0x446, "ts"}, {0x447, "ch"}, {0x448, "sh"}, {0x449, "shch"},
    {0x44C, ""}, {0x44E, "iu"}, {0x44F, "ia"}, {0x44A, ""}, {0x44B, "y"}, {0x44D, "e"},
    {0x451, "io"},
};
const Translit kUkrainianInitial[] = {
    {0x454, "ye"}, {0x457, "yi"}, {0x439, "y"}, {0x44E, "yu"}, {0x44F, "ya"},
};

// Greek after case folding (final sigma folds to σ); tonos/dialytika are stripped first.
const Translit kGreek[] = {
    {0x3B1, "a"}, {0x3B2, "v"}, {0x3B3, "g"}, {0x3B4, "d"}, {0x3B5, "e"}, {0x3B6, "z"},
    {0x3B7, "i"}, {0x3B8, "th"}, {0x3B9, "i"}, {0x3BA, "k"}, {0x3BB, "l"}, {0x3BC, "m"},
    {0x3BD, "n"}, {0x3BE, "x"}, {0x3BF, "o"}, {0x3C0, "p"}, {0x3C1, "r"}, {0x3C3, "s"},
    {0x3C2, "s"}, {0x3C4, "t"}, {0x3C5, "y"}, {0x3C6, "f"}, {0x3C7, "ch"}, {0x3C8, "ps"},
    {0x3C9, "o"},
};

const Translit kLatinLetters[] = {
    {0xE6, "ae"}, {0x153, "oe"}, {0xF8, "o"}, {0x111, "d"}, {0x142, "l"}, {0xFE, "th"},
    {0xF0, "d"}, {0x131, "i"}, {0xDF, "ss"},
};

template <std::size_t N>
const char* lookup(const Translit (&table)[N], utf8proc_int32_t cp) {
  for (const auto& t : table)
    if (t.cp == cp) return t.ascii;
  return nullptr;
}

std::string map_string(std::string_view s, int options) {
  utf8proc_uint8_t* out = nullptr;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(s.data()),
                                    static_cast<utf8proc_ssize_t>(s.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  std::string r;
  if (n >= 0 && out) r.assign(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return r;
}

bool is_letter_or_digit(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO: case UTF8PROC_CATEGORY_ND:
    case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool is_ascii_alnum(unsigned char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

std::vector<utf8proc_int32_t> decode(std::string_view s) {
  std::vector<utf8proc_int32_t> cps;
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(s.data());
  std::size_t i = 0;
  while (i < s.size()) {
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(s.size() - i), &cp);
    if (n <= 0) { ++i; continue; }
    cps.push_back(cp);
    i += static_cast<std::size_t>(n);
  }
  return cps;
}

std::string encode(utf8proc_int32_t cp) {
  utf8proc_uint8_t buf[4];
  utf8proc_ssize_t n = utf8proc_encode_char(cp, buf);
  return std::string(reinterpret_cast<const char*>(buf), static_cast<std::size_t>(n));
}

}  // namespace

std::uint64_t fnv1a64(std::string_view s) {
  std::uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) {
    h ^= c;
    h *= 0x100000001b3ull;
  }
  return h;
}

std::string hex64(std::uint64_t v) {
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(v));
  return buf;
}

std::string slugify(std::string_view title, std::string_view fallback_key) {
  std::vector<utf8proc_int32_t> cps =
      decode(map_string(title, UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD));
  bool ukrainian = false;
  for (utf8proc_int32_t cp : cps)
    if (cp == 0x456 || cp == 0x457 || cp == 0x454 || cp == 0x491) ukrainian = true;

  std::string slug;
  bool pending_dash = false;
  auto emit = [&](std::string_view piece) {
    if (piece.empty()) return;
    if (pending_dash && !slug.empty()) slug += '-';
    pending_dash = false;
    slug += piece;
  };
  for (std::size_t i = 0; i < cps.size(); ++i) {
    utf8proc_int32_t cp = cps[i];
    bool word_start = i == 0 || !is_letter_or_digit(cps[i - 1]) || cps[i - 1] == '\'';
    const char* t = nullptr;
    if (cp < 0x80) {
      if (is_ascii_alnum(static_cast<unsigned char>(cp))) {
        char c = static_cast<char>(cp);
        emit(std::string_view(&c, 1));
      } else {
        pending_dash = true;
      }
      continue;
    }
    if (cp >= 0x400 && cp <= 0x4FF) {
      if (ukrainian) {
        t = word_start ? lookup(kUkrainianInitial, cp) : nullptr;
        if (!t) t = lookup(kUkrainian, cp);
      } else {
        t = lookup(kRussian, cp);
      }
    } else if (cp >= 0x370 && cp <= 0x3FF) {
      // Strip tonos/dialytika first: ά -> α.
      std::vector<utf8proc_int32_t> base = decode(map_string(encode(cp), UTF8PROC_STABLE |
                                                             UTF8PROC_COMPOSE | UTF8PROC_STRIPMARK));
      t = base.size() == 1 ? lookup(kGreek, base[0]) : nullptr;
    } else {
      t = lookup(kLatinLetters, cp);
    }
    if (t) {
      // Hard and soft signs map to "" but still belong to the word.
      if (*t) emit(t);
      continue;
    }
    if (!is_letter_or_digit(cp)) {
      if (utf8proc_category(cp) < UTF8PROC_CATEGORY_MN || utf8proc_category(cp) > UTF8PROC_CATEGORY_ME)
        pending_dash = true;  // combining marks stay silent; everything else separates
      continue;
    }
    std::string stripped = map_string(encode(cp), UTF8PROC_STABLE | UTF8PROC_COMPOSE |
                                                      UTF8PROC_COMPAT | UTF8PROC_STRIPMARK);
    bool ascii = !stripped.empty();
    for (unsigned char c : stripped) ascii = ascii && is_ascii_alnum(c);
    emit(ascii ? stripped : encode(cp));
  }

  if (slug.size() > kMaxSlugBytes) {
    std::size_t cut = slug.rfind('-', kMaxSlugBytes);
    if (cut == std::string::npos || cut == 0) {
      cut = kMaxSlugBytes;
      while (cut > 0 && (static_cast<unsigned char>(slug[cut]) & 0xC0) == 0x80) --cut;
    }
    slug.resize(cut);
  }
  if (slug.empty()) slug = "item-" + hex64(fnv1a64(fallback_key.empty() ? title : fallback_key));
  return slug;
}

}  // namespace fv::exporting
