// XML namespace resolution for feeds. pugixml keeps qualified names as written ("dc:creator");
// feeds use any prefix they like, so names are resolved to a canonical namespace by the URI the
// prefix is bound to — or, when a feed forgot to declare it, by the conventional prefix.
#pragma once

#include <string_view>
#include <utility>
#include <vector>

#include "pugixml.hpp"

namespace fv::xml {

enum class Ns {
  None,      // no namespace (RSS 0.9x/2.0 core elements)
  Unknown,   // bound to a namespace feedview does not read
  Atom10, Atom03, Rss10, Rss090, Rdf, DublinCore, DcTerms, Content, Media, Itunes, Xhtml, Xml,
};

Ns ns_from_uri(std::string_view uri);

struct Name {
  Ns ns = Ns::None;
  std::string_view local;
  bool prefixed = false;
};

// Prefix bindings in scope. Feeds declare them on the root (sometimes on channel/item or the
// element itself); add() those, then resolve() each element name.
class NsContext {
 public:
  // Records the xmlns / xmlns:p attributes of `n`.
  void add(pugi::xml_node n);
  Name resolve(pugi::xml_node n) const;
  Name resolve_attribute(std::string_view qname) const;
  Ns default_ns() const { return default_; }

 private:
  Ns lookup(std::string_view prefix, pugi::xml_node n) const;
  std::vector<std::pair<std::string_view, Ns>> prefixes_;
  Ns default_ = Ns::None;
};

}  // namespace fv::xml
