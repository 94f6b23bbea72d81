#include "core/formats/xml/load.h"

#include "core/encoding/decode.h"
#include "core/formats/xml/repair.h"
#include "core/text/utf8.h"

namespace fv::xml {
namespace {

// parse_default = CDATA, escapes, attribute whitespace conversion, EOL normalisation; no DTD
// processing at all (pugixml never expands entities). Whitespace-only text nodes are kept:
// inline markup (<b>a</b> <i>b</i> in XHTML content or raw HTML descriptions) loses its
// spaces without them, and measured on feeds they cost pugixml next to nothing.
constexpr unsigned kParseFlags = pugi::parse_default | pugi::parse_ws_pcdata;

pugi::xml_parse_result parse_in_place(LoadedXml& out) {
  out.doc.reset();
  if (out.buffer.empty()) {
    pugi::xml_parse_result r;
    r.status = pugi::status_no_document_element;
    return r;
  }
  return out.doc.load_buffer_inplace(&out.buffer[0], out.buffer.size(), kParseFlags,
                                     pugi::encoding_utf8);
}

std::string where(std::string_view text, std::ptrdiff_t offset) {
  std::size_t line = 1, col = 1;
  for (std::ptrdiff_t k = 0; k < offset && std::size_t(k) < text.size(); ++k) {
    if (text[k] == '\n') ++line, col = 1;
    else ++col;
  }
  return "line " + std::to_string(line) + ", column " + std::to_string(col);
}

// pugixml silently ignores text after the root element; feedparser calls that ill-formed.
bool has_text_after_root(std::string_view s) {
  std::size_t end = s.size();
  while (end > 0) {
    char c = s[end - 1];
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') { --end; continue; }
    if (c == '\0') { --end; continue; }
    break;
  }
  return end > 0 && s[end - 1] != '>';
}

}  // namespace

void replace_invalid_decoded_text(LoadedXml& out) {
  if (text::is_valid_utf8(out.buffer)) return;
  std::size_t fixed = 0;
  auto fix = [&](auto&& item) {
    std::string_view v = item.value();
    if (text::is_valid_utf8(v)) return;
    item.set_value(encoding::make_valid_utf8(v).c_str());
    ++fixed;
  };
  pugi::xml_node root = out.doc;
  pugi::xml_node n = root.first_child();
  while (n) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) fix(n);
    for (pugi::xml_attribute a = n.first_attribute(); a; a = a.next_attribute()) fix(a);
    if (n.first_child()) {
      n = n.first_child();
      continue;
    }
    while (n && n != root && !n.next_sibling()) n = n.parent();
    n = n && n != root ? n.next_sibling() : pugi::xml_node();
  }
  if (fixed) {
    out.bozo = true;
    out.warnings.push_back("character reference that names no character replaced with U+FFFD (" +
                           std::to_string(fixed) + " text" + (fixed > 1 ? "s" : "") + ")");
  }
}

void load_lenient(std::string_view utf8, LoadedXml& out) {
  std::string cleaned;
  if (preclean(utf8, cleaned, out.warnings)) {
    out.bozo = true;
    utf8 = cleaned;  // `cleaned` outlives every use of utf8 below
  }
  out.buffer.assign(utf8.data(), utf8.size());
  pugi::xml_parse_result r = parse_in_place(out);
  if (r) {
    if (has_text_after_root(utf8)) {
      out.bozo = true;
      out.warnings.push_back("junk after the root element ignored");
    }
    replace_invalid_decoded_text(out);
    return;
  }
  if (r.status == pugi::status_no_document_element) return;  // caller says what it was
  out.bozo = true;
  out.warnings.push_back(std::string("not well-formed XML (") + r.description() + " at " +
                         where(utf8, r.offset) + ")");
  out.buffer = repair_xml(utf8, out.warnings, &out.truncated);
  // Repair can turn text that pre-clean passed over as CDATA or a comment (an unterminated
  // section now ends at the next end tag) into markup with references: clean it once more.
  std::string recleaned;
  if (preclean(out.buffer, recleaned, out.warnings)) out.buffer = std::move(recleaned);
  pugi::xml_parse_result second = parse_in_place(out);
  if (!second) {
    out.truncated = true;
    // Keep what pugixml could read before the error.
    out.warnings.push_back(std::string("still not well-formed after repair (") +
                           second.description() + "); using the part before the error");
  }
  replace_invalid_decoded_text(out);
}

}  // namespace fv::xml
