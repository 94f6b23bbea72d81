// Media RSS (media:content, media:thumbnail, media:group, media:description, media:title):
// enclosures and the item's best image. Google News and YouTube rely on it.
#pragma once

#include <string>
#include <vector>

#include "core/formats/common/adapt.h"
#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::ns::media {

struct Fields {
  std::vector<pugi::xml_node> contents, thumbnails;  // media:group children flattened in
  pugi::xml_node description, title;
};

// Records media elements; media:group is descended into with the same context.
bool read(const xml::Name& name, pugi::xml_node n, const xml::NsContext& ns, Fields& f);

// Enclosures from media:content, the image from thumbnails or image content, the summary from
// media:description when the item has none. URLs resolved against base.
void apply_to_item(const Fields& f, Item& item, std::string_view base, adapt::Context& ctx);

// The URL of the first thumbnail or image content ("" when none).
std::string best_image(const Fields& f, std::string_view base);

}  // namespace fv::ns::media
