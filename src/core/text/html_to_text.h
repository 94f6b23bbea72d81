// HTML to plain text that keeps structure: paragraphs and blocks become blank-line separated,
// <br> a newline, list items "• " lines; whitespace and &nbsp; normalised; scripts/styles dropped.
#pragma once

#include <string>
#include <string_view>

namespace fv::text {

std::string html_to_text(std::string_view html);

// For titles and other single-line fields: entities decoded, tags removed, whitespace collapsed
// to single spaces, trimmed.
std::string to_plain_line(std::string_view maybe_html);

}  // namespace fv::text
