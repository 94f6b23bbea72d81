// HTML character references: all 2,231 HTML5 named references (table generated at build time
// from Python's html.entities.html5), decimal and hex numeric references.
#pragma once

#include <string>
#include <string_view>

namespace fv::text {

// Decodes every character reference in `s` (HTML5 rules: numeric references to C1 controls
// map through Windows-1252, invalid code points become U+FFFD, legacy names without ';').
std::string decode_entities(std::string_view s);

}  // namespace fv::text
