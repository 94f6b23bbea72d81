// Dublin Core (dc: and dcterms:) as RSS 1.0/2.0 and Atom feeds use it: creators, dates,
// subjects, rights, language. Read while a format walks an element's children; applied after
// the format's own fields, filling only what those left absent.
#pragma once

#include <vector>

#include "core/formats/common/adapt.h"
#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::ns::dublincore {

struct Fields {
  pugi::xml_node title, description, date, modified, issued, rights, language, identifier,
      publisher, source;
  std::vector<pugi::xml_node> creators, subjects;
};

// True when `n` is a Dublin Core element (and was recorded).
bool read(const xml::Name& name, pugi::xml_node n, Fields& f);

void apply_to_item(const Fields& f, Item& item, adapt::Context& ctx);
void apply_to_feed(const Fields& f, Feed& feed, adapt::Context& ctx);

}  // namespace fv::ns::dublincore
