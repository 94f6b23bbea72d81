// HTML character references: all 2,231 HTML5 named references (table generated at build time
// from Python's html.entities.html5), decimal and hex numeric references.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace fv::text {

// Decodes every character reference in `s` (HTML5 rules: numeric references to C1 controls
// map through Windows-1252, invalid code points become U+FFFD, legacy names without ';').
std::string decode_entities(std::string_view s);

// Same, with the attribute-value exception: a legacy reference without ';' followed by '=' or
// an alphanumeric stays literal, so "?a=1&copy=2" keeps its "&copy".
std::string decode_entities_in_attribute(std::string_view s);

// Decodes the one reference starting at s[amp] (which must be '&') and appends its text to
// `out`. Returns the number of bytes consumed, or 0 when there is no reference there (then
// nothing is appended and the '&' is literal).
std::size_t decode_reference_at(std::string_view s, std::size_t amp, bool in_attribute,
                                std::string& out);

// The exact table entry: `name` as written after '&', including the ';' when present
// ("amp;", "amp", "NotNestedLessLess;"). nullopt for names not in the table.
std::optional<std::string_view> lookup_named_reference(std::string_view name);

// Number of names in the generated table (2,231 for the current WHATWG list), and the i-th
// name in table (byte) order — for tests and diagnostics.
std::size_t named_reference_count();
std::string_view named_reference_name(std::size_t i);

// The code point HTML5 substitutes for numeric reference `n` (C1 range through Windows-1252,
// 0 / surrogates / beyond U+10FFFF → U+FFFD).
char32_t numeric_reference_code_point(std::uint32_t n);

}  // namespace fv::text
