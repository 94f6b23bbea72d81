// What the wire readers of every format and namespace do with pugixml elements: keep the first
// of a repeated element, read an element's text as a date.
#pragma once

#include <string>

#include "core/formats/common/adapt.h"
#include "core/formats/xml/text.h"
#include "pugixml.hpp"

namespace fv::adapt {

// The first occurrence wins: a second <title> in an item does not replace the first.
inline void keep_first(pugi::xml_node& slot, pugi::xml_node n) {
  if (!slot) slot = n;
}

// The element's text as a UTC date: absent when there is no element, absent plus a warning
// when the text is not a date (adapt::date).
inline UnixTime date_of(pugi::xml_node n, Context& ctx, const char* field) {
  if (!n) return std::nullopt;
  std::string scratch;
  return date(xml::text(n, scratch), ctx, field);
}

}  // namespace fv::adapt
