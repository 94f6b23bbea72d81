// Atom 1.0 and 0.3 as written on the wire. 0.3's names (tagline, copyright, modified, issued,
// created) land in the 1.0 slots. Nodes point into the parsed document.
#pragma once

#include <string>
#include <vector>

#include "core/formats/xml/namespaces.h"
#include "core/namespaces/dublincore/dublincore.h"
#include "core/namespaces/itunes/itunes.h"
#include "core/namespaces/media/media.h"
#include "pugixml.hpp"

namespace fv::atom {

struct WireEntry {
  pugi::xml_node title, id, updated, published, created, summary, content, source, rights;
  std::vector<pugi::xml_node> links, authors, contributors, categories;
  ns::dublincore::Fields dc;
  ns::media::Fields media;
  ns::itunes::Fields itunes;
  std::string base;
  std::string_view lang;
};

struct WireFeed {
  pugi::xml_node title, subtitle, id, updated, rights, generator, icon, logo;
  std::vector<pugi::xml_node> links, authors, categories;
  ns::dublincore::Fields dc;
  ns::media::Fields media;
  ns::itunes::Fields itunes;
  std::string base;
  std::string_view lang;
  std::vector<WireEntry> entries;
  bool entries_truncated = false;
};

void read_entry(pugi::xml_node entry, const xml::NsContext& ns, std::string_view base, WireEntry& out);
void read_feed(pugi::xml_node root, const xml::NsContext& ns, std::string_view base,
               std::size_t max_items, WireFeed& out);

}  // namespace fv::atom
