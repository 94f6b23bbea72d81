#include "core/formats/atom/constructs.h"

#include "core/encoding/decode.h"
#include "core/formats/xml/text.h"
#include "core/url/url.h"

namespace fv::atom {
namespace {

std::string base64_decode(std::string_view in) {
  auto value = [](char c) -> int {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '+' || c == '-') return 62;
    if (c == '/' || c == '_') return 63;
    return -1;
  };
  std::string out;
  unsigned bits = 0;
  int count = 0;
  for (char c : in) {
    int v = value(c);
    if (v < 0) continue;  // whitespace, padding
    bits = (bits << 6) | unsigned(v);
    count += 6;
    if (count >= 8) {
      count -= 8;
      out += char((bits >> count) & 0xFF);
    }
  }
  return out;
}

bool contains_markup(std::string_view s) { return s.find('<') != std::string_view::npos; }

}  // namespace

std::string base_of(pugi::xml_node n, std::string_view parent_base) {
  pugi::xml_attribute b = n.attribute("xml:base");
  if (!b) return std::string(parent_base);
  return url::resolve(parent_base, xml::trim(b.value()));
}

bool text_construct_html(pugi::xml_node n, std::string& out, adapt::Context& ctx) {
  out.clear();
  if (!n) return true;
  std::string_view type = xml::attr(n, "type");
  std::string_view mode = xml::attr(n, "mode");
  if (type == "xhtml" || type == "application/xhtml+xml" || mode == "xml") {
    // The content is the children of one wrapping <div> (spec); be lenient if it is missing.
    pugi::xml_node inner = n;
    pugi::xml_node only;
    int elements = 0;
    bool text_outside = false;
    for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
      if (c.type() == pugi::node_element) ++elements, only = c;
      else if (c.type() == pugi::node_pcdata && !xml::trim(c.value()).empty()) text_outside = true;
    }
    if (elements == 1 && !text_outside) {
      std::string_view nm = only.name();
      std::size_t colon = nm.find(':');
      if ((colon == std::string_view::npos ? nm : nm.substr(colon + 1)) == "div") inner = only;
    }
    if (!xml::inner_markup(inner, out, ctx.max_depth)) {
      ctx.depth_exceeded = true;
      return false;
    }
    return true;
  }
  if (!xml::html_content(n, out, ctx.max_depth)) {
    ctx.depth_exceeded = true;
    return false;
  }
  // Decoded bytes are whatever the publisher encoded: make them valid UTF-8 like everything else.
  if (mode == "base64") out = encoding::make_valid_utf8(base64_decode(out));
  bool html = type == "html" || type == "text/html" || xml::has_element_children(n);
  // Plain text: a '<' is a character, not a tag. Entity references still pass, so a
  // double-escaped "&amp;amp;" reads as "&" the way feedparser shows it.
  if (!html && contains_markup(out)) {
    std::string escaped;
    escaped.reserve(out.size() + 16);
    for (char c : out) {
      if (c == '<') escaped += "&lt;";
      else escaped += c;
    }
    out = std::move(escaped);
  }
  return true;
}

std::string text_construct_plain(pugi::xml_node n, adapt::Context& ctx) {
  if (!n) return {};
  std::string_view type = xml::attr(n, "type");
  if (type.empty() || type == "text" || type == "text/plain") {
    if (!xml::has_element_children(n)) {
      std::string scratch;
      std::string_view t = xml::text(n, scratch);
      // Plain text: a '<' is a character, not a tag; entity references still decode, as
      // feedparser does for double-escaped titles.
      if (t.find('<') == std::string_view::npos) return adapt::plain(t);
      std::string escaped;
      for (char c : t) {
        if (c == '<') escaped += "&lt;";
        else escaped += c;
      }
      return adapt::plain(escaped);
    }
  }
  std::string html;
  text_construct_html(n, html, ctx);
  return adapt::plain(html);
}

Person person(pugi::xml_node n, const xml::NsContext& ns, std::string_view base) {
  Person p;
  bool had_children = false;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (c.type() != pugi::node_element) continue;
    had_children = true;
    xml::Name name = ns.resolve(c);
    std::string v = xml::text_string(c);
    if (name.local == "name") p.name = adapt::plain(v);
    else if (name.local == "email") p.email = adapt::plain(v);
    else if (name.local == "uri" || name.local == "url") p.uri = adapt::absolute(base, v);
  }
  if (!had_children) return adapt::person_from_text(xml::text_string(n));  // <author>Name</author>
  return p;
}

Link read_link(pugi::xml_node n) {
  Link l;
  l.rel = xml::trim(xml::attr(n, "rel"));
  if (l.rel.empty()) l.rel = "alternate";
  // IANA rels may be written as full URIs.
  static constexpr std::string_view kIana = "http://www.iana.org/assignments/relation/";
  if (l.rel.substr(0, kIana.size()) == kIana) l.rel.remove_prefix(kIana.size());
  l.href = xml::attr(n, "href");
  l.type = xml::trim(xml::attr(n, "type"));
  l.title = xml::attr(n, "title");
  l.length = xml::attr(n, "length");
  return l;
}

}  // namespace fv::atom
