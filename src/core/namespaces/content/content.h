// content:encoded — the full HTML body RSS 1.0/2.0 feeds put beside a short description.
#pragma once

#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::ns::content {

struct Fields {
  pugi::xml_node encoded;
};

bool read(const xml::Name& name, pugi::xml_node n, Fields& f);

}  // namespace fv::ns::content
