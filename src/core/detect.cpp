#include "core/detect.h"

#include <cctype>
#include <cstring>

#include "core/formats/xml/namespaces.h"
#include "core/text/utf8.h"

namespace fv {
namespace {

bool istarts_with(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower((unsigned char)s[i]) != std::tolower((unsigned char)prefix[i])) return false;
  return true;
}

bool icontains(std::string_view s, std::string_view needle) {
  for (std::size_t i = 0; i + needle.size() <= s.size(); ++i)
    if (istarts_with(s.substr(i), needle)) return true;
  return false;
}

std::string_view skip_space(std::string_view s) {
  if (s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
  while (!s.empty() && std::isspace((unsigned char)s.front())) s.remove_prefix(1);
  return s;
}

// Skips the XML declaration, comments, processing instructions and a DOCTYPE.
std::string_view skip_prolog(std::string_view s) {
  while (true) {
    s = skip_space(s);
    std::size_t end = std::string_view::npos;
    if (s.substr(0, 2) == "<?") end = s.find("?>"), end = end == s.npos ? end : end + 2;
    else if (s.substr(0, 4) == "<!--") end = s.find("-->"), end = end == s.npos ? end : end + 3;
    else return s;
    if (end == std::string_view::npos) return {};
    s.remove_prefix(end);
  }
}

std::string_view local(const char* qname) {
  const char* colon = std::strchr(qname, ':');
  return colon ? colon + 1 : qname;
}

}  // namespace

std::string_view format_name(Format f) {
  switch (f) {
    case Format::Rss090: return "rss090";
    case Format::Rss091n: return "rss091n";
    case Format::Rss091u: return "rss091u";
    case Format::Rss092: return "rss092";
    case Format::Rss093: return "rss093";
    case Format::Rss094: return "rss094";
    case Format::Rss10: return "rss10";
    case Format::Rss20: return "rss20";
    case Format::Rss: return "rss";
    case Format::Atom03: return "atom03";
    case Format::Atom10: return "atom10";
    case Format::Atom: return "atom";
    case Format::Json10: return "json10";
    case Format::Json11: return "json11";
    case Format::Unknown: break;
  }
  return "unknown";
}

DocumentKind sniff_document(std::string_view utf8) {
  std::string_view s = skip_space(utf8);
  if (s.empty()) return DocumentKind::Empty;
  if (s.front() == '{' || s.front() == '[') return DocumentKind::Json;
  if (s.front() != '<') return DocumentKind::Text;
  std::string_view body = skip_prolog(s);
  if (istarts_with(body, "<!doctype html") || istarts_with(body, "<html")) return DocumentKind::Html;
  if (skip_space(body).empty() && !s.empty() && skip_prolog(s).empty()) return DocumentKind::Empty;
  return DocumentKind::Xml;
}

Format detect_xml_format(const pugi::xml_document& doc, std::string_view head) {
  pugi::xml_node root = doc.document_element();
  if (!root) return Format::Unknown;
  xml::NsContext ns;
  ns.add(root);
  xml::Name name = ns.resolve(root);
  std::string_view ln = name.local;
  if (ln == "rss" || ln == "RSS" || ln == "Rss" || ln == "channel") {
    std::string_view v = root.attribute("version").value();
    while (!v.empty() && v.back() == ' ') v.remove_suffix(1);
    if (v == "0.91") {
      // Netscape's 0.91 carries its DTD; UserLand's does not.
      std::size_t root_pos = head.find("<rss");
      std::string_view prolog = head.substr(0, root_pos);
      return icontains(prolog, "netscape") ? Format::Rss091n : Format::Rss091u;
    }
    if (v == "0.92") return Format::Rss092;
    if (v == "0.93") return Format::Rss093;
    if (v == "0.94") return Format::Rss094;
    if (v == "0.90") return Format::Rss090;
    if (v == "2.0" || v == "2.00" || v == "2" || v.substr(0, 2) == "2.") return Format::Rss20;
    return Format::Rss;
  }
  if (ln == "RDF" || ln == "rdf") {
    // RSS 1.0 and 0.90 differ by the namespace of their channel.
    for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element) continue;
      xml::Name cn = ns.resolve(c);
      if (cn.local != "channel" && cn.local != "item") continue;
      if (cn.ns == xml::Ns::Rss090) return Format::Rss090;
      if (cn.ns == xml::Ns::Rss10) return Format::Rss10;
    }
    if (ns.default_ns() == xml::Ns::Rss090) return Format::Rss090;
    return root.child("channel") || root.child("item") ? Format::Rss10 : Format::Unknown;
  }
  if (ln == "feed") {
    if (name.ns == xml::Ns::Atom10) return Format::Atom10;
    if (name.ns == xml::Ns::Atom03) return Format::Atom03;
    std::string_view v = root.attribute("version").value();
    if (v == "0.3") return Format::Atom03;
    if (v == "1.0") return Format::Atom10;
    return Format::Atom;
  }
  (void)local;
  return Format::Unknown;
}

Format detect_json_feed_version(std::string_view version) {
  // "https://jsonfeed.org/version/1" and "/1.1"; publishers vary on scheme and trailing slash.
  std::size_t at = version.find("jsonfeed.org/version/");
  if (at == std::string_view::npos) return Format::Unknown;
  std::string_view v = version.substr(at + 21);
  while (!v.empty() && v.back() == '/') v.remove_suffix(1);
  if (v == "1.1") return Format::Json11;
  if (v == "1" || v == "1.0") return Format::Json10;
  return Format::Json11;  // a later 1.x: read as the newest known
}

std::string describe_non_feed(DocumentKind kind, const pugi::xml_document* doc) {
  switch (kind) {
    case DocumentKind::Empty: return "not a feed: empty document";
    case DocumentKind::Html: return "not a feed: HTML page";
    case DocumentKind::Text: return "not a feed: plain text, not XML or JSON";
    case DocumentKind::Json: return "not a feed: JSON that is not a JSON Feed";
    case DocumentKind::Xml: break;
  }
  pugi::xml_node root = doc ? doc->document_element() : pugi::xml_node();
  if (!root) return "not a feed: XML without any element";
  std::string_view ln = local(root.name());
  if (ln == "html" || ln == "HTML") return "not a feed: HTML page";
  if (ln == "opml") return "not a feed: OPML subscription list (use `feedview opml`)";
  if (ln == "urlset" || ln == "sitemapindex") return "not a feed: XML sitemap";
  return "not a feed: XML document with root element <" + text::quote_for_message(root.name()) + ">";
}

}  // namespace fv
