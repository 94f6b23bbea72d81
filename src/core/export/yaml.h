// YAML scalars for front matter, written so any YAML 1.1/1.2 parser reads back the exact string
// (static site generators use both: Hugo YAML 1.2, Jekyll Psych 1.1, PyYAML 1.1).
#pragma once

#include <string>
#include <string_view>

namespace fv::exporting {

// "…" with \\ \" escaped, line breaks and tabs as \n \r \t, other C0/C1 controls and DEL as
// \xNN, U+2028/U+2029 as \L/\P, U+FEFF and non-characters as \uXXXX; every other character
// literal. Invalid UTF-8 bytes become U+FFFD. Always safe, any content.
std::string yaml_double_quoted(std::string_view s);

// '…' with ' doubled: the reference's style for URLs. Single quotes cannot escape line breaks
// or control characters, so such strings fall back to yaml_double_quoted.
std::string yaml_single_quoted(std::string_view s);

}  // namespace fv::exporting
