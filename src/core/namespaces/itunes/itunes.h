// iTunes podcast basics: author, summary/subtitle, image.
#pragma once

#include "core/formats/common/adapt.h"
#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::ns::itunes {

struct Fields {
  pugi::xml_node author, summary, subtitle, image;
};

bool read(const xml::Name& name, pugi::xml_node n, Fields& f);

// Fill-only: the format's own fields win. Summary is plain text in iTunes, kept as HTML-escaped
// text so it sanitizes to the same words.
void apply_to_item(const Fields& f, Item& item, std::string_view base);
void apply_to_feed(const Fields& f, Feed& feed, std::string_view base);

// The raw summary text to use when the item has no description ("" when none).
std::string summary_html(const Fields& f);

}  // namespace fv::ns::itunes
