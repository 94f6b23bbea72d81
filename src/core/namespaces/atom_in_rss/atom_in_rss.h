// atom:* elements inside RSS: atom:link (rel self/alternate/enclosure/related), atom:updated,
// atom:published, atom:id, atom:author, atom:summary/content. Fill-only: RSS's own fields win.
#pragma once

#include <vector>

#include "core/formats/common/adapt.h"
#include "core/formats/xml/namespaces.h"
#include "pugixml.hpp"

namespace fv::ns::atom_in_rss {

struct Fields {
  std::vector<pugi::xml_node> links, authors;
  pugi::xml_node updated, published, id, summary, content, title, icon, logo;
};

bool read(const xml::Name& name, pugi::xml_node n, Fields& f);

// Summary and content HTML are returned through the out-parameters (empty when absent) so the
// format can choose between them and its own description.
void apply_to_item(const Fields& f, Item& item, const xml::NsContext& ns, std::string_view base,
                   adapt::Context& ctx, std::string& summary_html, std::string& content_html);
void apply_to_feed(const Fields& f, Feed& feed, const xml::NsContext& ns, std::string_view base,
                   adapt::Context& ctx);

}  // namespace fv::ns::atom_in_rss
