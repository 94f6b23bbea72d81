// Atom's shared constructs — text constructs, person constructs, links, xml:base — used by the
// Atom reader and by atom:* elements inside RSS.
#pragma once

#include <string>
#include <string_view>

#include "core/formats/common/adapt.h"
#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::atom {

// The base URI in effect inside `n`: its xml:base resolved against the parent's.
std::string base_of(pugi::xml_node n, std::string_view parent_base);

// A text construct as HTML: type="text" escaped, "html" as is, "xhtml" the markup inside the
// wrapping div; Atom 0.3's mode="escaped|xml|base64" likewise. False when nesting is too deep.
bool text_construct_html(pugi::xml_node n, std::string& out, adapt::Context& ctx);

// A text construct as one plain line (titles).
std::string text_construct_plain(pugi::xml_node n, adapt::Context& ctx);

// <author>/<contributor>: name, email, uri (Atom 1.0) or url (Atom 0.3).
Person person(pugi::xml_node n, const xml::NsContext& ns, std::string_view base);

struct Link {
  std::string_view rel, href, type, title, length;
};
// rel defaults to "alternate" as the spec says.
Link read_link(pugi::xml_node n);

}  // namespace fv::atom
