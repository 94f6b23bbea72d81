// Reading character data and markup out of pugixml elements without needless copies.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "pugixml.hpp"

namespace fv::xml {

// The element's direct text and CDATA children, concatenated (a view into the document when
// there is only one, which is almost always). Child elements are skipped.
std::string_view text(pugi::xml_node n, std::string& scratch);
std::string text_string(pugi::xml_node n);

// Whether the element has element children (raw, unescaped HTML inside an RSS description).
bool has_element_children(pugi::xml_node n);

// The element's content as markup: text escaped, child elements serialised with their
// namespace prefixes dropped (xhtml:p → p). False when nesting exceeds max_depth.
bool inner_markup(pugi::xml_node n, std::string& out, std::size_t max_depth);

// What an HTML-carrying element holds: its inner markup when it contains elements, else its
// text (which is escaped HTML in RSS). False when nesting exceeds max_depth.
bool html_content(pugi::xml_node n, std::string& out, std::size_t max_depth);

// Attribute value or "" when absent.
inline std::string_view attr(pugi::xml_node n, const char* name) {
  return n.attribute(name).value();
}

std::string_view trim(std::string_view s);

}  // namespace fv::xml
