// HTML to plain text that keeps structure: paragraphs, headings and other blocks become
// blank-line separated, <br> a newline, list items "• " lines ("1. " in ordered lists, two
// spaces of indent per nesting level), block quotes "> "-prefixed lines, table rows lines with
// " | " between cells, <pre> kept verbatim; whitespace and &nbsp; normalised; script, style,
// head, template, iframe, object, svg and form-control content dropped. Nesting is shown at most
// eight levels deep, so output size stays linear in input size.
#pragma once

#include <string>
#include <string_view>

namespace fv::text {

std::string html_to_text(std::string_view html);

// For titles and other single-line fields: entities decoded, tags removed, whitespace collapsed
// to single spaces, trimmed; control characters and invisible bidi/zero-width characters
// removed (see strip_invisible_controls in unicode.h). Cheap for text that is already clean
// ASCII, so callers need no fast path of their own.
std::string to_plain_line(std::string_view maybe_html);

}  // namespace fv::text
