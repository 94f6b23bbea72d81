#include "core/formats/xml/text.h"

#include <cstring>
#include <vector>

namespace fv::xml {
namespace {

bool is_text(pugi::xml_node c) {
  return c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata;
}

void append_escaped(std::string& out, std::string_view s, bool in_attribute) {
  std::size_t start = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char* rep = nullptr;
    switch (s[i]) {
      case '&': rep = "&amp;"; break;
      case '<': rep = "&lt;"; break;
      case '>': rep = "&gt;"; break;
      case '"': if (in_attribute) rep = "&quot;"; break;
      default: break;
    }
    if (!rep) continue;
    out.append(s.data() + start, i - start);
    out.append(rep);
    start = i + 1;
  }
  out.append(s.data() + start, s.size() - start);
}

std::string_view local_name(const char* q) {
  const char* colon = std::strchr(q, ':');
  return colon ? std::string_view(colon + 1) : std::string_view(q);
}

// Iterative, so a hostile document cannot exhaust the stack; depth still bounded for the
// consumers downstream (sanitizer, HTML-to-text).
bool serialize_children(pugi::xml_node root, std::string& out, std::size_t max_depth) {
  struct Frame { pugi::xml_node next; pugi::xml_node element; };
  std::vector<Frame> stack;
  pugi::xml_node cur = root.first_child();
  while (true) {
    if (!cur) {
      if (stack.empty()) return true;
      Frame f = stack.back();
      stack.pop_back();
      out += "</";
      out += local_name(f.element.name());
      out += '>';
      cur = f.next;
      continue;
    }
    switch (cur.type()) {
      case pugi::node_pcdata:
      case pugi::node_cdata:
        append_escaped(out, cur.value(), false);
        break;
      case pugi::node_element: {
        std::string_view name = local_name(cur.name());
        out += '<';
        out += name;
        for (pugi::xml_attribute a = cur.first_attribute(); a; a = a.next_attribute()) {
          const char* an = a.name();
          if (std::strncmp(an, "xmlns", 5) == 0) continue;
          out += ' ';
          out += an;
          out += "=\"";
          append_escaped(out, a.value(), true);
          out += '"';
        }
        if (!cur.first_child()) {
          out += " />";
          break;
        }
        out += '>';
        if (stack.size() >= max_depth) return false;
        stack.push_back(Frame{cur.next_sibling(), cur});
        cur = cur.first_child();
        continue;
      }
      default:
        break;  // comments, processing instructions
    }
    cur = cur.next_sibling();
  }
}

}  // namespace

std::string_view text(pugi::xml_node n, std::string& scratch) {
  pugi::xml_node first;
  std::size_t count = 0;
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling()) {
    if (!is_text(c)) continue;
    if (count++ == 0) first = c;
  }
  if (count == 0) return {};
  if (count == 1) return first.value();
  scratch.clear();
  for (pugi::xml_node c = first; c; c = c.next_sibling())
    if (is_text(c)) scratch += c.value();
  return scratch;
}

std::string text_string(pugi::xml_node n) {
  std::string scratch;
  std::string_view v = text(n, scratch);
  return v.data() == scratch.data() ? std::move(scratch) : std::string(v);
}

bool has_element_children(pugi::xml_node n) {
  for (pugi::xml_node c = n.first_child(); c; c = c.next_sibling())
    if (c.type() == pugi::node_element) return true;
  return false;
}

bool inner_markup(pugi::xml_node n, std::string& out, std::size_t max_depth) {
  out.clear();
  return serialize_children(n, out, max_depth);
}

bool html_content(pugi::xml_node n, std::string& out, std::size_t max_depth) {
  if (has_element_children(n)) return inner_markup(n, out, max_depth);
  out.clear();
  std::string scratch;
  std::string_view v = text(n, scratch);
  out.assign(v.data(), v.size());
  return true;
}

std::string_view trim(std::string_view s) {
  auto ws = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; };
  while (!s.empty() && ws(s.front())) s.remove_prefix(1);
  while (!s.empty() && ws(s.back())) s.remove_suffix(1);
  return s;
}

}  // namespace fv::xml
