// RSS 0.90–0.94 and 2.0 as written on the wire: which elements a channel and its items carry.
// Nodes point into the parsed document (no copies); rss_adapter.cpp turns them into the model.
// The RDF reader (RSS 1.0) reuses the item shape: its items have the same children.
#pragma once

#include <string>
#include <vector>

#include "core/formats/xml/namespaces.h"
#include "core/namespaces/atom_in_rss/atom_in_rss.h"
#include "core/namespaces/content/content.h"
#include "core/namespaces/dublincore/dublincore.h"
#include "core/namespaces/itunes/itunes.h"
#include "core/namespaces/media/media.h"
#include "pugixml.hpp"

namespace fv::rss {

struct WireItem {
  pugi::xml_node title, link, description, guid, pub_date, author, comments, source;
  std::vector<pugi::xml_node> categories, enclosures;
  ns::dublincore::Fields dc;
  ns::content::Fields content;
  ns::media::Fields media;
  ns::itunes::Fields itunes;
  ns::atom_in_rss::Fields atom;
  std::string base;       // xml:base in effect for the item
  std::string_view lang;  // xml:lang on the item
  std::string_view about; // rdf:about (RSS 1.0)
};

struct WireImage {
  pugi::xml_node url, title, link;
};

struct WireChannel {
  pugi::xml_node title, link, description, language, copyright, managing_editor, pub_date,
      last_build_date, generator, ttl, skip_hours, skip_days;
  WireImage image;
  ns::dublincore::Fields dc;
  ns::itunes::Fields itunes;
  ns::atom_in_rss::Fields atom;
  ns::media::Fields media;
  std::string base;
  std::string_view lang;
  std::vector<WireItem> items;
  bool items_truncated = false;  // more than max_items
};

// Reads one <item> (RSS 0.9x/1.0/2.0 share it). `own` is the namespace of the core elements
// (None for RSS 0.9x/2.0, Rss10 or Rss090 for RDF); unprefixed elements count as own too.
void read_item(pugi::xml_node item, const xml::NsContext& ns, xml::Ns own, std::string_view base,
               WireItem& out);

// Reads <channel> children other than items into `out` (also used for RDF's channel).
void read_channel_fields(pugi::xml_node channel, const xml::NsContext& ns, xml::Ns own, WireChannel& out);

void read_image(pugi::xml_node image, const xml::NsContext& ns, WireImage& out);

// <rss><channel>…</channel></rss>, items inside the channel (or, wrongly, beside it).
void read_rss(pugi::xml_node root, xml::NsContext& ns, std::string_view base,
              std::size_t max_items, WireChannel& out);

}  // namespace fv::rss
