#include "core/keywords/words.h"

#include <cstdlib>

#include <utf8proc.h>

namespace fv::keywords {
namespace {

bool is_word_code_point(utf8proc_int32_t cp) {
  switch (utf8proc_category(cp)) {
    case UTF8PROC_CATEGORY_LU: case UTF8PROC_CATEGORY_LL: case UTF8PROC_CATEGORY_LT:
    case UTF8PROC_CATEGORY_LM: case UTF8PROC_CATEGORY_LO:
    case UTF8PROC_CATEGORY_MN: case UTF8PROC_CATEGORY_MC: case UTF8PROC_CATEGORY_ME:
    case UTF8PROC_CATEGORY_ND: case UTF8PROC_CATEGORY_NL: case UTF8PROC_CATEGORY_NO:
      return true;
    default:
      return false;
  }
}

bool is_digit(utf8proc_int32_t cp) { return utf8proc_category(cp) == UTF8PROC_CATEGORY_ND; }

std::string first_code_points(const std::string& s, std::size_t n) {
  std::size_t i = 0, count = 0;
  while (i < s.size() && count < n) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    i += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++count;
  }
  return s.substr(0, i < s.size() ? i : s.size());
}

// Crude stems that make the commonest inflections meet without a per-language stemmer:
// Latin script drops a plural -s, then keeps kStemLength code points; Cyrillic drops one final
// vowel or soft sign, then keeps kCyrillicStemLength (its endings are longer and more varied).
std::string stem(const std::string& plain) {
  std::size_t n = count_code_points(plain);
  unsigned char c0 = plain.empty() ? 0 : static_cast<unsigned char>(plain[0]);
  bool cyrillic = c0 >= 0xD0 && c0 <= 0xD3;
  if (cyrillic) {
    std::string s = plain;
    static const char* const kEndings[] = {"а", "я", "о", "е", "у", "ю", "ы", "и", "і", "ї", "й", "ь"};
    if (n > 4) {
      for (const char* e : kEndings) {
        std::size_t len = std::char_traits<char>::length(e);
        if (s.size() >= len && s.compare(s.size() - len, len, e) == 0) {
          s.resize(s.size() - len);
          break;
        }
      }
    }
    return first_code_points(s, kCyrillicStemLength);
  }
  if (n > 3 && plain.back() == 's' && plain[plain.size() - 2] != 's')
    return first_code_points(plain.substr(0, plain.size() - 1), kStemLength);
  return first_code_points(plain, kStemLength);
}

}  // namespace

std::string fold(std::string_view text, bool strip_marks) {
  utf8proc_uint8_t* out = nullptr;
  int options = UTF8PROC_STABLE | UTF8PROC_COMPOSE | UTF8PROC_COMPAT | UTF8PROC_CASEFOLD;
  if (strip_marks) options |= UTF8PROC_STRIPMARK;
  utf8proc_ssize_t n = utf8proc_map(reinterpret_cast<const utf8proc_uint8_t*>(text.data()),
                                    static_cast<utf8proc_ssize_t>(text.size()), &out,
                                    static_cast<utf8proc_option_t>(options));
  std::string result;
  if (n >= 0 && out) result.assign(reinterpret_cast<const char*>(out), static_cast<std::size_t>(n));
  std::free(out);
  return result;
}

std::size_t count_code_points(std::string_view s) {
  std::size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

namespace {

// A decoded code point with its place in the text and its class, computed once.
struct Cp {
  utf8proc_int32_t cp;
  std::size_t at, len;
  bool word, digit;
};

// Every code point of `text`, invalid bytes skipped. ASCII is classified without utf8proc: in
// ASCII only [A-Za-z] are letters and [0-9] digits (Lu/Ll/Nd); nothing else is a word character.
std::vector<Cp> decode(std::string_view text, bool ascii_fast_path) {
  std::vector<Cp> cps;
  cps.reserve(text.size());
  const auto* p = reinterpret_cast<const utf8proc_uint8_t*>(text.data());
  std::size_t i = 0;
  while (i < text.size()) {
    const unsigned char c = p[i];
    if (ascii_fast_path && c < 0x80) {
      const bool digit = c >= '0' && c <= '9';
      const bool letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
      cps.push_back({c, i, 1, digit || letter, digit});
      ++i;
      continue;
    }
    utf8proc_int32_t cp = -1;
    utf8proc_ssize_t n = utf8proc_iterate(p + i, static_cast<utf8proc_ssize_t>(text.size() - i), &cp);
    if (n <= 0) { ++i; continue; }  // skip invalid bytes
    cps.push_back({cp, i, static_cast<std::size_t>(n), is_word_code_point(cp), is_digit(cp)});
    i += static_cast<std::size_t>(n);
  }
  return cps;
}

bool all_ascii(std::string_view s) {
  for (char c : s)
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  return true;
}

std::vector<Word> split(std::string_view text, bool ascii_fast_path) {
  const std::vector<Cp> cps = decode(text, ascii_fast_path);
  std::vector<Word> words;
  std::size_t k = 0;
  while (k < cps.size()) {
    if (!cps[k].word) { ++k; continue; }
    std::size_t start = k;
    bool all_digits = true;
    while (k < cps.size()) {
      if (cps[k].word) {
        all_digits = all_digits && cps[k].digit;
        ++k;
      } else if ((cps[k].cp == '.' || cps[k].cp == ',') && k > start && cps[k - 1].digit &&
                 k + 1 < cps.size() && cps[k + 1].digit) {
        ++k;  // 6.9, 1,000
      } else {
        break;
      }
    }
    std::size_t from = cps[start].at, to = cps[k - 1].at + cps[k - 1].len;
    Word w;
    w.surface = std::string(text.substr(from, to - from));
    if (ascii_fast_path && all_ascii(w.surface)) {
      // NFKC leaves ASCII alone, its case folding is tolower, and it has no marks to strip:
      // the same result as fold() without utf8proc's allocation and tables.
      w.folded = w.surface;
      for (char& c : w.folded)
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
      w.plain = w.folded;
      w.length = w.folded.size();
    } else {
      w.folded = fold(w.surface, false);
      w.length = count_code_points(w.folded);
      w.plain = fold(w.surface, true);
    }
    w.numeric = all_digits;
    w.key = w.numeric ? w.plain : stem(w.plain);
    if (!w.folded.empty()) words.push_back(std::move(w));
  }
  return words;
}

}  // namespace

std::vector<Word> split_words(std::string_view text) { return split(text, true); }

std::vector<Word> split_words_unicode_only(std::string_view text) { return split(text, false); }

}  // namespace fv::keywords
