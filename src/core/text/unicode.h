// Unicode helpers over utf8proc: case folding and NFKC for matching and clustering, and the
// removal of invisible direction/zero-width controls that make titles lie about themselves.
#pragma once

#include <string>
#include <string_view>

namespace fv::text {

// Full Unicode case folding (NFC result), e.g. "Straße" → "strasse". Invalid UTF-8 is repaired
// with U+FFFD first, so the result is always valid.
std::string fold_case(std::string_view s);

// NFKC normalisation: compatibility forms unified ("ﬁ" → "fi", full-width "Ａ" → "A").
std::string normalize_nfkc(std::string_view s);

// NFKC plus case folding: the key used to compare titles and words.
std::string normalize_for_matching(std::string_view s);

// normalize_for_matching without accents or invisible characters ("Café" and "CAFE" give
// "cafe"; soft hyphens and zero-width joiners vanish): for search boxes, where a reader types
// without diacritics. Too lossy for telling headlines apart in other languages.
std::string fold_for_search(std::string_view s);

// Removes bidi embedding/override/isolate controls (U+202A–U+202E, U+2066–U+2069, and the
// marks U+200E/U+200F/U+061C), zero-width characters (U+200B–U+200D, U+2060, U+FEFF; a joiner
// inside an emoji sequence stays) and soft hyphens from single-line text such as titles. A
// title cannot then reorder the text that follows it on screen or hide look-alike characters.
std::string strip_invisible_controls(std::string_view s);

}  // namespace fv::text
