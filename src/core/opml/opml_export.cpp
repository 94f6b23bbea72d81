#include <string>

#include "core/dates/parse_date.h"
#include "core/opml/opml.h"
#include "pugixml.hpp"

namespace fv::opml {
namespace {

struct StringWriter : pugi::xml_writer {
  std::string out;
  void write(const void* data, size_t size) override { out.append(static_cast<const char*>(data), size); }
};

// XML 1.0 has no way to write C0 controls other than tab, LF and CR — not even as &#5;, which
// a reader (ours included) must refuse — so they are left out rather than written broken.
bool is_xml_control(char c) {
  return static_cast<unsigned char>(c) < 0x20 && c != '\t' && c != '\n' && c != '\r';
}

std::string without_controls(const std::string& v) {
  std::string out;
  out.reserve(v.size());
  for (char c : v)
    if (!is_xml_control(c)) out += c;
  return out;
}

// Import reads text-like attributes as HTML (real OPML files carry "&amp;amp;" and tags there),
// so text that would read as markup or a character reference is escaped once more here: "<b"
// and "&lt;" survive export → import unchanged. Plain text such as "AT & T" is left alone.
std::string as_html_text(const std::string& v) {
  auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    char next = i + 1 < v.size() ? v[i + 1] : '\0';
    if (v[i] == '<' && (letter(next) || next == '/' || next == '!' || next == '?'))
      out += "&lt;";
    else if (v[i] == '&' && (letter(next) || next == '#'))
      out += "&amp;";
    else if (is_xml_control(v[i]))
      continue;
    else
      out += v[i];
  }
  return out;
}

void set_if(pugi::xml_node n, const char* name, const std::string& v) {
  if (!v.empty()) n.append_attribute(name) = without_controls(v).c_str();
}

// OPML dates are RFC 822 ("Thu, 08 Jan 2026 12:00:00 GMT").
std::string rfc822(std::int64_t t) {
  static const char* kDays[] = {"Thu", "Fri", "Sat", "Sun", "Mon", "Tue", "Wed"};
  static const char* kMonths[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                  "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  std::string iso = dates::format_iso8601(t);  // YYYY-MM-DDTHH:MM:SSZ
  if (iso.size() < 19) return iso;
  std::int64_t days = t >= 0 ? t / 86400 : (t - 86399) / 86400;
  int month = std::stoi(iso.substr(5, 2));
  return std::string(kDays[((days % 7) + 7) % 7]) + ", " + iso.substr(8, 2) + " " +
         kMonths[month - 1] + " " + iso.substr(0, 4) + " " + iso.substr(11, 8) + " GMT";
}

// Iterative: an imported tree may be as deep as ImportOptions allowed.
void append_outlines(pugi::xml_node parent, const std::vector<Outline>& outlines) {
  struct Frame { pugi::xml_node parent; const std::vector<Outline>* list; std::size_t next; };
  std::vector<Frame> stack{{parent, &outlines, 0}};
  while (!stack.empty()) {
    Frame& f = stack.back();
    if (f.next >= f.list->size()) {
      stack.pop_back();
      continue;
    }
    const Outline& o = (*f.list)[f.next++];
    pugi::xml_node n = f.parent.append_child("outline");
    n.append_attribute("text") = as_html_text(o.text.empty() ? o.title : o.text).c_str();
    set_if(n, "title", as_html_text(o.title));
    std::string type = o.type;
    if (type.empty() && o.is_feed()) type = "rss";
    set_if(n, "type", type);
    set_if(n, "xmlUrl", o.xml_url);
    set_if(n, "htmlUrl", o.html_url);
    set_if(n, "description", as_html_text(o.description));
    set_if(n, "language", o.language);
    if (!o.children.empty()) stack.push_back(Frame{n, &o.children, 0});
  }
}

}  // namespace

std::string export_opml(const Document& doc, std::string_view version) {
  pugi::xml_document x;  // the declaration is written below, once
  pugi::xml_node root = x.append_child("opml");
  root.append_attribute("version") = std::string(version == "1.0" ? "1.0" : "2.0").c_str();
  pugi::xml_node head = root.append_child("head");
  head.append_child("title").text() = as_html_text(doc.title.empty() ? std::string("feedview subscriptions") : doc.title).c_str();
  if (doc.date_created) head.append_child("dateCreated").text() = rfc822(*doc.date_created).c_str();
  if (doc.date_modified) head.append_child("dateModified").text() = rfc822(*doc.date_modified).c_str();
  if (!doc.owner_name.empty()) head.append_child("ownerName").text() = as_html_text(doc.owner_name).c_str();
  if (!doc.owner_email.empty()) head.append_child("ownerEmail").text() = without_controls(doc.owner_email).c_str();
  pugi::xml_node body = root.append_child("body");
  append_outlines(body, doc.outlines);
  StringWriter w;
  x.save(w, "  ", pugi::format_indent | pugi::format_no_declaration, pugi::encoding_utf8);
  return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + w.out;
}

}  // namespace fv::opml
