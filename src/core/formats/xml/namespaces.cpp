#include "core/formats/xml/namespaces.h"

#include <cstring>

namespace fv::xml {
namespace {

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    char x = a[i], y = b[i];
    if (x >= 'A' && x <= 'Z') x = char(x - 'A' + 'a');
    if (y >= 'A' && y <= 'Z') y = char(y - 'A' + 'a');
    if (x != y) return false;
  }
  return true;
}

// Compares ignoring case, scheme (http/https) and a trailing slash: publishers vary on all three.
bool same_uri(std::string_view uri, std::string_view canonical) {
  auto strip = [](std::string_view u) {
    if (u.substr(0, 7) == "http://") u.remove_prefix(7);
    else if (u.substr(0, 8) == "https://") u.remove_prefix(8);
    while (!u.empty() && (u.back() == '/' || u.back() == ' ')) u.remove_suffix(1);
    return u;
  };
  return iequals(strip(uri), strip(canonical));
}

// Undeclared prefixes: what the feed almost certainly meant.
Ns ns_from_conventional_prefix(std::string_view p) {
  if (p == "dc") return Ns::DublinCore;
  if (p == "dcterms") return Ns::DcTerms;
  if (p == "content") return Ns::Content;
  if (p == "media") return Ns::Media;
  if (p == "itunes") return Ns::Itunes;
  if (p == "atom" || p == "atom10") return Ns::Atom10;
  if (p == "rdf") return Ns::Rdf;
  if (p == "xhtml") return Ns::Xhtml;
  if (p == "xml") return Ns::Xml;
  return Ns::Unknown;
}

}  // namespace

Ns ns_from_uri(std::string_view uri) {
  struct Entry { const char* uri; Ns ns; };
  static const Entry kKnown[] = {
      {"http://www.w3.org/2005/Atom", Ns::Atom10},
      {"http://purl.org/atom/ns#", Ns::Atom03},
      {"http://purl.org/rss/1.0/", Ns::Rss10},
      {"http://my.netscape.com/rdf/simple/0.9/", Ns::Rss090},
      {"http://www.w3.org/1999/02/22-rdf-syntax-ns#", Ns::Rdf},
      {"http://purl.org/dc/elements/1.1/", Ns::DublinCore},
      {"http://purl.org/dc/elements/1.0/", Ns::DublinCore},
      {"http://purl.org/dc/terms/", Ns::DcTerms},
      {"http://purl.org/rss/1.0/modules/content/", Ns::Content},
      {"http://search.yahoo.com/mrss/", Ns::Media},
      {"http://tools.search.yahoo.com/mrss/", Ns::Media},
      {"http://www.itunes.com/dtds/podcast-1.0.dtd", Ns::Itunes},
      {"http://www.w3.org/1999/xhtml", Ns::Xhtml},
      {"http://www.w3.org/XML/1998/namespace", Ns::Xml},
  };
  for (const auto& e : kKnown)
    if (same_uri(uri, e.uri)) return e.ns;
  return Ns::Unknown;
}

void NsContext::add(pugi::xml_node n) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    const char* name = a.name();
    if (std::strncmp(name, "xmlns", 5) != 0) continue;
    Ns ns = ns_from_uri(a.value());
    if (name[5] == 0) {
      default_ = ns;
    } else if (name[5] == ':') {
      std::string_view prefix(name + 6);
      bool replaced = false;
      for (auto& p : prefixes_)
        if (p.first == prefix) p.second = ns, replaced = true;
      if (!replaced) prefixes_.emplace_back(prefix, ns);
    }
  }
}

Ns NsContext::lookup(std::string_view prefix, pugi::xml_node n) const {
  if (prefix == "xml") return Ns::Xml;
  // A declaration on the element itself (<atom:link xmlns:atom="…">) wins.
  for (pugi::xml_node cur = n; cur && cur.type() == pugi::node_element; cur = cur.parent()) {
    for (pugi::xml_attribute a = cur.first_attribute(); a; a = a.next_attribute()) {
      const char* an = a.name();
      if (std::strncmp(an, "xmlns:", 6) == 0 && prefix == an + 6) return ns_from_uri(a.value());
    }
    break;  // only the element itself; the feed-level ones are in prefixes_
  }
  for (const auto& p : prefixes_)
    if (p.first == prefix) return p.second;
  return ns_from_conventional_prefix(prefix);
}

Name NsContext::resolve(pugi::xml_node n) const {
  std::string_view q(n.name());
  std::size_t colon = q.find(':');
  if (colon == std::string_view::npos) {
    // An element may re-declare the default namespace (<div xmlns="…xhtml">).
    pugi::xml_attribute d = n.attribute("xmlns");
    return Name{d ? ns_from_uri(d.value()) : default_, q, false};
  }
  return Name{lookup(q.substr(0, colon), n), q.substr(colon + 1), true};
}

Name NsContext::resolve_attribute(std::string_view q) const {
  std::size_t colon = q.find(':');
  if (colon == std::string_view::npos) return Name{Ns::None, q, false};
  return Name{lookup(q.substr(0, colon), pugi::xml_node()), q.substr(colon + 1), true};
}

}  // namespace fv::xml
