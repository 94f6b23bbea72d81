// Right-to-left text for a renderer without shaping or bidi (Dear ImGui draws codepoints left
// to right, one glyph each). The honest best short of HarfBuzz + a full UBA:
//   - Arabic letters take their contextual presentation forms (isolated, initial, medial,
//     final; lam-alef ligatures), so words join instead of showing isolated letters;
//   - each line is put in visual order with a simplified Unicode Bidirectional Algorithm:
//     paragraph direction from the first strong letter, right-to-left runs reversed (combining
//     marks stay on their letter), numbers and left-to-right words inside them kept in reading
//     order, brackets mirrored, bidi control characters dropped.
// Not handled: explicit embeddings/isolates (their controls are dropped), Indic reordering,
// right alignment of right-to-left paragraphs.
#pragma once

#include <string>
#include <string_view>

namespace fv::text {

// True when `utf8` has a right-to-left letter (Hebrew, Arabic, Syriac, Thaana, N'Ko...).
bool has_rtl(std::string_view utf8);

// Arabic letters replaced by their contextual presentation forms (logical order kept).
std::string shape_arabic(std::string_view utf8);

// One line, shaped and in visual (left-to-right drawing) order. Lines without right-to-left
// letters come back unchanged.
std::string visual_line(std::string_view utf8);

}  // namespace fv::text
