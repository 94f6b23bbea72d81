#include <cctype>
#include <cstring>

#include "core/bounds/bounds.h"
#include "core/dates/parse_date.h"
#include "core/encoding/decode.h"
#include "core/formats/common/adapt.h"
#include "core/formats/xml/load.h"
#include "core/formats/xml/text.h"
#include "core/opml/opml.h"
#include "core/text/utf8.h"

namespace fv::opml {
namespace {

// OPML in the wild spells attributes xmlUrl, xmlurl, XMLURL…: match ignoring case.
std::string_view attr_ci(pugi::xml_node n, const char* name) {
  for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) {
    const char* an = a.name();
    std::size_t i = 0;
    while (an[i] && name[i] && std::tolower((unsigned char)an[i]) == std::tolower((unsigned char)name[i])) ++i;
    if (!an[i] && !name[i]) return a.value();
  }
  return {};
}

std::string_view local(const char* qname) {
  const char* colon = std::strchr(qname, ':');
  return colon ? colon + 1 : qname;
}

struct Reader {
  const ImportOptions& options;
  Document& doc;
  std::size_t count = 0;
  bool too_deep = false;
  bool too_many = false;

  void read_outlines(pugi::xml_node parent, std::vector<Outline>& out, std::size_t depth) {
    for (pugi::xml_node c = parent.first_child(); c; c = c.next_sibling()) {
      if (c.type() != pugi::node_element || local(c.name()) != "outline") continue;
      if (count >= options.max_outlines) {
        too_many = true;
        return;
      }
      ++count;
      Outline o;
      o.text = adapt::plain(attr_ci(c, "text"));
      o.title = adapt::plain(attr_ci(c, "title"));
      o.type = std::string(xml::trim(attr_ci(c, "type")));
      for (char& ch : o.type) ch = char(std::tolower((unsigned char)ch));
      // Only http(s) addresses: a javascript: or data: URL opened from the app would run in
      // its origin. An outline without a usable xmlUrl is then no subscription.
      o.xml_url = adapt::link({}, attr_ci(c, "xmlUrl"));
      if (o.xml_url.empty() && o.type != "link") o.xml_url = adapt::link({}, attr_ci(c, "url"));
      o.html_url = adapt::link({}, attr_ci(c, "htmlUrl"));
      o.description = adapt::plain(attr_ci(c, "description"));
      o.language = std::string(xml::trim(attr_ci(c, "language")));
      if (o.text.empty()) o.text = o.title;
      if (depth + 1 >= options.max_depth) {
        too_deep = true;
      } else {
        read_outlines(c, o.children, depth + 1);
      }
      out.push_back(std::move(o));
    }
  }
};

}  // namespace

ImportResult import_opml(std::string_view bytes, const ImportOptions& options) {
  ImportResult result;
  if (std::string err = bounds::check_size(bytes.size(), options.max_bytes); !err.empty()) {
    result.error = err;
    return result;
  }
  encoding::Decoded decoded = encoding::to_utf8(bytes);
  Document& doc = result.document;
  if (!decoded.warning.empty()) {
    doc.bozo = true;
    doc.warnings.push_back(decoded.warning);
  }
  std::string_view text = decoded.utf8;
  std::size_t first = text.find_first_not_of(" \t\r\n");
  if (first == std::string_view::npos) {
    result.error = "not an OPML document: empty document";
    return result;
  }
  xml::LoadedXml loaded;
  xml::load_lenient(text, loaded);
  pugi::xml_node root = loaded.doc.document_element();
  if (!root) {
    result.error = "not an OPML document: no XML element found";
    return result;
  }
  if (local(root.name()) != "opml") {
    result.error = "not an OPML document: root element is <" + text::quote_for_message(root.name()) + ">";
    return result;
  }
  doc.bozo = doc.bozo || loaded.bozo;
  for (auto& w : loaded.warnings) doc.warnings.push_back(std::move(w));
  doc.version = std::string(xml::trim(root.attribute("version").value()));

  pugi::xml_node head, body;
  for (pugi::xml_node c = root.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    if (local(c.name()) == "head" && !head) head = c;
    else if (local(c.name()) == "body" && !body) body = c;
  }
  adapt::Context ctx;
  ctx.warnings = &doc.warnings;
  for (pugi::xml_node c = head.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    std::string_view n = local(c.name());
    std::string value = xml::text_string(c);
    if (n == "title") doc.title = adapt::plain(value);
    else if (n == "ownerName") doc.owner_name = adapt::plain(value);
    else if (n == "ownerEmail") doc.owner_email = std::string(xml::trim(value));
    else if (n == "dateCreated") doc.date_created = adapt::date(value, ctx, "dateCreated");
    else if (n == "dateModified") doc.date_modified = adapt::date(value, ctx, "dateModified");
  }
  if (!body) {
    doc.warnings.push_back("OPML without <body>: no outlines");
  } else {
    Reader reader{options, doc};
    reader.read_outlines(body, doc.outlines, 0);
    if (reader.too_deep)
      doc.warnings.push_back("folders nested deeper than " + std::to_string(options.max_depth) +
                             " levels were flattened at that depth");
    if (reader.too_many)
      doc.warnings.push_back("more than " + std::to_string(options.max_outlines) +
                             " outlines: the rest were ignored");
  }
  result.ok = true;
  return result;
}

std::size_t count_feeds(const std::vector<Outline>& outlines) {
  std::size_t n = 0;
  for (const Outline& o : outlines) n += (o.is_feed() ? 1 : 0) + count_feeds(o.children);
  return n;
}

}  // namespace fv::opml
