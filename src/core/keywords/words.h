// Words of a headline, normalised for matching: the one tokenizer behind tags, trending terms
// and story clustering, so "why were these grouped" and "what is this about" speak the same
// vocabulary.
//
// Normalisation (utf8proc): NFKC compatibility composition and Unicode case folding for the
// display form ("Masernfälle" -> "masernfälle", "STRASSE"/"Straße" -> "strasse"); the match key
// additionally strips combining marks ("é" -> "e", "ё" -> "е") and is cut to its first
// kStemLength code points — a crude, language-neutral stemmer that makes inflected forms meet
// ("guarantee"/"guarantees", "Украина"/"Украины", "Selenskyj"/"Selenskyjs").
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fv::keywords {

inline constexpr std::size_t kStemLength = 6;
inline constexpr std::size_t kCyrillicStemLength = 5;

struct Word {
  std::string surface;  // as written in the headline
  std::string folded;   // case-folded, NFKC: what a tag shows
  std::string plain;    // folded with marks stripped: what stop-word lists compare
  std::string key;      // `plain` stemmed: what matching compares
  bool numeric = false; // digits only (with inner '.' or ','), e.g. "6.9", "50"
  std::size_t length = 0;  // code points in `folded`
};

// Splits on everything that is not a letter, digit or combining mark; apostrophes and hyphens
// split too ("Kyiv's" -> "Kyiv", "s"). A '.' or ',' between two digits stays inside a number.
// ASCII words take a fast path (no utf8proc) with exactly the result of the general one.
std::vector<Word> split_words(std::string_view text);

// split_words through utf8proc for every code point and word: the reference the ASCII fast
// path is tested and benchmarked against.
std::vector<Word> split_words_unicode_only(std::string_view text);

// Case folding + NFKC, optionally stripping combining marks. Invalid UTF-8 yields "".
std::string fold(std::string_view text, bool strip_marks);

// The number of code points in valid UTF-8 `s`.
std::size_t count_code_points(std::string_view s);

}  // namespace fv::keywords
