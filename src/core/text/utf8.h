// Small UTF-8 helpers shared by the text, encoding and URL modules.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace fv::text {

// Appends code point `cp` as UTF-8; surrogates and values above U+10FFFF become U+FFFD.
void append_utf8(std::string& out, char32_t cp);

// Decodes one code point at s[i] and advances i. Invalid or truncated sequences (overlongs,
// surrogates, > U+10FFFF) consume one byte and yield U+FFFD.
char32_t next_code_point(std::string_view s, std::size_t& i);

// True when `s` is well-formed UTF-8.
bool is_valid_utf8(std::string_view s);

// Outside text quoted in a message: valid UTF-8 (U+FFFD for what was not), at most about
// `max_bytes` long, cut between characters with "…" when longer.
std::string quote_for_message(std::string_view s, std::size_t max_bytes = 60);

}  // namespace fv::text
