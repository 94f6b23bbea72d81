// One linear pass over ill-formed XML that fixes what real feeds get wrong, the way an HTML
// tree builder would: unclosed elements are closed (HTML void elements like <br> made
// self-closing), stray end tags dropped, a bare '<' escaped, unterminated CDATA ended,
// unquoted attribute values quoted, junk after the root element dropped, and a truncated
// document closed. Linear time; no retries.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace fv::xml {

// Returns the repaired text; appends one warning per kind of repair made. `truncated` (when
// given) is set when the text ended with elements still open: a document cut short.
std::string repair_xml(std::string_view in, std::vector<std::string>& warnings,
                       bool* truncated = nullptr);

}  // namespace fv::xml
