// URL slugs for exported items, as in the reference export:
//   "US backs security guarantees for Ukraine at summit of Kyiv's allies in Paris - KSL.com"
//   -> "us-backs-security-guarantees-for-ukraine-at-summit-of-kyiv-s-allies-in-paris-ksl-com"
//
// Rule (also in docs/export.md, "Slugs"), applied to the whole title, source suffix included:
//  1. Case folding and NFKC (utf8proc): "Straße" -> "strasse", full-width forms -> ASCII.
//  2. Per character:
//     - ASCII letters and digits are kept;
//     - Latin letters with diacritics lose them ("é" -> "e"); æ œ ø đ ł þ ð ı become ae oe o d l th d i;
//     - Cyrillic is transliterated: Russian by BGN/PCGN (ж zh, х kh, ц ts, щ shch, ы y, ю yu,
//       я ya, й y, ъ ь dropped); a title with і ї є ґ is Ukrainian and follows the Ukrainian
//       national system (2010: г h, и y, і i, and є ї й ю я as ye yi y yu ya at a word's start,
//       ie i i iu ia inside: "Київ" -> "kyiv", "Зеленський" -> "zelenskyi");
//     - Greek is transliterated (ELOT 743 simplified: θ th, χ ch, ψ ps, η i, υ y, ω o);
//     - any other letter or digit (CJK, Arabic, Hebrew, Devanagari, …) is kept as UTF-8: static
//       site generators accept Unicode slugs and browsers percent-encode them in URLs;
//     - everything else (spaces, punctuation, apostrophes, symbols, emoji) separates words.
//  3. Runs of separators become one '-', none at either end; at most 200 bytes, cut at a '-'.
//  4. When nothing is left (a title of only symbols, or an empty one) the slug is "item-" and 16
//     hex digits of the FNV-1a 64-bit hash of `fallback_key` (the item id), stable across runs.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace fv::exporting {

inline constexpr std::size_t kMaxSlugBytes = 200;

std::string slugify(std::string_view title, std::string_view fallback_key = {});

// FNV-1a, 64 bits: stable ids for file names and fallback slugs.
std::uint64_t fnv1a64(std::string_view s);

// 16 lower-case hex digits.
std::string hex64(std::uint64_t v);

}  // namespace fv::exporting
