// The XML layer under every format: namespace resolution, pre-clean and repair.
#include "core/formats/xml/load.h"
#include "core/formats/xml/namespaces.h"
#include "core/formats/xml/repair.h"
#include "core/formats/xml/text.h"
#include "core/text/utf8.h"

#include "../parse/support.h"

using fv::xml::Ns;

namespace {
std::string repaired(const std::string& in) {
  std::vector<std::string> w;
  return fv::xml::repair_xml(in, w);
}
std::string precleaned(const std::string& in, std::vector<std::string>* warnings = nullptr) {
  std::vector<std::string> w;
  std::string out;
  if (!fv::xml::preclean(in, out, warnings ? *warnings : w)) return in;
  return out;
}
}  // namespace

TEST_CASE("Namespace URIs map to canonical namespaces regardless of scheme, case and slash", "[xml][namespaces]") {
  CHECK(fv::xml::ns_from_uri("http://www.w3.org/2005/Atom") == Ns::Atom10);
  CHECK(fv::xml::ns_from_uri("https://www.w3.org/2005/Atom/") == Ns::Atom10);
  CHECK(fv::xml::ns_from_uri("http://purl.org/dc/elements/1.1/") == Ns::DublinCore);
  CHECK(fv::xml::ns_from_uri("http://purl.org/dc/elements/1.1") == Ns::DublinCore);
  CHECK(fv::xml::ns_from_uri("http://search.yahoo.com/mrss") == Ns::Media);
  CHECK(fv::xml::ns_from_uri("http://www.itunes.com/DTDs/PodCast-1.0.dtd") == Ns::Itunes);
  CHECK(fv::xml::ns_from_uri("http://purl.org/rss/1.0/") == Ns::Rss10);
  CHECK(fv::xml::ns_from_uri("http://my.netscape.com/rdf/simple/0.9/") == Ns::Rss090);
  CHECK(fv::xml::ns_from_uri("urn:something:else") == Ns::Unknown);
}

TEST_CASE("Prefixes resolve through declarations, the element's own, then convention", "[xml][namespaces]") {
  pugi::xml_document d;
  REQUIRE(d.load_string("<r xmlns:x=\"http://purl.org/dc/elements/1.1/\" xmlns=\"http://www.w3.org/2005/Atom\">"
                        "<x:creator/><title/><y:link xmlns:y=\"http://www.w3.org/2005/Atom\"/><media:thumbnail/><zz:q/></r>"));
  fv::xml::NsContext ns;
  ns.add(d.document_element());
  pugi::xml_node c = d.document_element().first_child();
  fv::xml::Name n = ns.resolve(c);
  CHECK(n.ns == Ns::DublinCore);
  CHECK(n.local == "creator");
  CHECK(n.prefixed);
  n = ns.resolve(c = c.next_sibling());
  CHECK(n.ns == Ns::Atom10);
  CHECK_FALSE(n.prefixed);
  n = ns.resolve(c = c.next_sibling());
  CHECK(n.ns == Ns::Atom10);
  CHECK(n.local == "link");
  n = ns.resolve(c = c.next_sibling());
  CHECK(n.ns == Ns::Media);
  n = ns.resolve(c = c.next_sibling());
  CHECK(n.ns == Ns::Unknown);
}

TEST_CASE("Text of an element concatenates text and CDATA children only", "[xml]") {
  pugi::xml_document d;
  REQUIRE(d.load_string("<t>a<![CDATA[<b>]]><x>skip</x>c</t>"));
  std::string scratch;
  CHECK(fv::xml::text(d.first_child(), scratch) == "a<b>c");
  CHECK(fv::xml::text_string(d.first_child()) == "a<b>c");
  CHECK(fv::xml::has_element_children(d.first_child()));
}

TEST_CASE("Inner markup drops prefixes and namespace declarations, escapes text", "[xml]") {
  pugi::xml_document d;
  REQUIRE(d.load_string("<c><h:p xmlns:h=\"http://www.w3.org/1999/xhtml\" class=\"a&amp;b\">x &lt; y<h:br/></h:p></c>"));
  std::string out;
  REQUIRE(fv::xml::inner_markup(d.first_child(), out, 10));
  CHECK(out == "<p class=\"a&amp;b\">x &lt; y<br /></p>");
}

TEST_CASE("Inner markup refuses nesting deeper than the limit", "[xml][bounds]") {
  pugi::xml_document d;
  REQUIRE(d.load_string("<c><a><a><a><a>x</a></a></a></a></c>"));
  std::string out;
  CHECK(fv::xml::inner_markup(d.first_child(), out, 4));
  CHECK_FALSE(fv::xml::inner_markup(d.first_child(), out, 3));
}

TEST_CASE("Pre-clean leaves well-formed text untouched and copies nothing", "[xml][lenient]") {
  std::vector<std::string> w;
  std::string out;
  CHECK_FALSE(fv::xml::preclean("<a>&amp; &lt; &#169; &#x2014; &quot;</a>", out, w));
  CHECK(w.empty());
}

TEST_CASE("Pre-clean escapes bare ampersands and decodes HTML-only entities", "[xml][lenient]") {
  std::vector<std::string> w;
  CHECK(precleaned("<a>A & B &nbsp;&eacute;&#xZZ;</a>", &w) == "<a>A &amp; B \u00a0\u00e9&amp;#xZZ;</a>");
  CHECK(w.size() == 2);
}

TEST_CASE("Pre-clean keeps an unknown entity as literal text", "[xml][lenient]") {
  CHECK(precleaned("<a>&nosuchthing;</a>") == "<a>&amp;nosuchthing;</a>");
}

TEST_CASE("Pre-clean re-escapes entities whose HTML value is markup", "[xml][lenient]") {
  // &LT; is not XML's &lt; but HTML's; its value must stay text, not become a tag.
  CHECK(precleaned("<a>&LT;b&GT;</a>") == "<a>&lt;b></a>");
}

TEST_CASE("Pre-clean removes forbidden control characters but keeps tab, CR and LF", "[xml][lenient]") {
  CHECK(precleaned(std::string("<a>\x01x\ty\r\nz\x1f</a>")) == "<a>x\ty\r\nz</a>");
}

TEST_CASE("Pre-clean replaces character references that name no XML character", "[xml][lenient]") {
  // NUL, a surrogate, past U+10FFFF, a non-character and a number that overflows 32 bits:
  // pugixml would write the first as a string terminator and the rest as bytes that are not UTF-8.
  std::vector<std::string> w;
  CHECK(precleaned("<a t=\"&#0;\">&#xD800;|&#x110000;|&#xFFFE;|&#2314444444444;|&#1;</a>", &w) ==
        "<a t=\"\uFFFD\">\uFFFD|\uFFFD|\uFFFD|\uFFFD|\uFFFD</a>");
  REQUIRE(w.size() == 1);
  CHECK(w[0] == "character reference &#0; (and 5 more) names no XML character: replaced with U+FFFD");
  // Every character XML allows is left for pugixml, however it is written.
  std::string out;
  std::vector<std::string> none;
  CHECK_FALSE(fv::xml::preclean("<a>&#9;&#x0A;&#32;&#xD7FF;&#xE000;&#xFFFD;&#x10000;&#x10FFFF;&#0000065;</a>", out, none));
  CHECK(none.empty());
}

TEST_CASE("Text pugixml decoded into bytes that are not UTF-8 is repaired, everywhere in the tree", "[xml][lenient]") {
  // What pugixml makes of a reference pre-clean did not see: the bytes of "code point"
  // 0x110000 and a lone surrogate, in an attribute, in text and in CDATA, deep in the tree.
  fv::xml::LoadedXml x;
  x.buffer = "<r a=\"1\xF4\x90\x80\x80\"><s><t>ok</t><u b=\"fine\">x\xED\xA0\x80y</u></s>"
             "<v><![CDATA[\xF8]]></v><w>caf\xC3\xA9</w></r>";
  REQUIRE(x.doc.load_buffer_inplace(&x.buffer[0], x.buffer.size(), pugi::parse_default, pugi::encoding_utf8));
  fv::xml::replace_invalid_decoded_text(x);
  pugi::xml_node r = x.doc.child("r");
  CHECK(fv::text::is_valid_utf8(r.attribute("a").value()));
  CHECK(std::string(r.attribute("a").value()).rfind("1\uFFFD", 0) == 0);
  CHECK(fv::text::is_valid_utf8(r.child("s").child("u").child_value()));
  CHECK(std::string(r.child("s").child("u").attribute("b").value()) == "fine");
  CHECK(std::string(r.child("s").child("t").child_value()) == "ok");
  CHECK(fv::text::is_valid_utf8(r.child("v").first_child().value()));
  CHECK(std::string(r.child("w").child_value()) == "caf\u00e9");
  CHECK(x.bozo);
  REQUIRE(x.warnings.size() == 1);
  CHECK(x.warnings[0] == "character reference that names no character replaced with U+FFFD (3 texts)");

  fv::xml::LoadedXml clean;
  clean.buffer = "<r a=\"caf\xC3\xA9\">t</r>";
  REQUIRE(clean.doc.load_buffer_inplace(&clean.buffer[0], clean.buffer.size(), pugi::parse_default, pugi::encoding_utf8));
  fv::xml::replace_invalid_decoded_text(clean);
  CHECK_FALSE(clean.bozo);
  CHECK(clean.warnings.empty());
}

TEST_CASE("Pre-clean leaves CDATA, comments and the DTD alone", "[xml][lenient]") {
  std::string in = "<!DOCTYPE x [<!ENTITY a \"&b;\">]><r><!-- & --><![CDATA[ & &nbsp; ]]></r>";
  CHECK(precleaned(in) == in);
}

TEST_CASE("Repair closes unclosed elements at their parent's end tag", "[xml][lenient]") {
  CHECK(repaired("<a><b><c>x</a>") == "<a><b><c>x</c></b></a>");
}

TEST_CASE("Repair makes HTML void elements self-closing and drops their end tags", "[xml][lenient]") {
  CHECK(repaired("<d>1<br>2<img src=\"x\">3</br></d>") == "<d>1<br/>2<img src=\"x\"/>3</d>");
}

TEST_CASE("Repair drops stray end tags", "[xml][lenient]") {
  CHECK(repaired("<a>x</b></a>") == "<a>x</a>");
}

TEST_CASE("Repair escapes a bare less-than", "[xml][lenient]") {
  CHECK(repaired("<a>1 < 2</a>") == "<a>1 &lt; 2</a>");
}

TEST_CASE("Repair quotes unquoted and valueless attributes", "[xml][lenient]") {
  CHECK(repaired("<a x=1 y=\"2\" z>t</a>") == "<a x=\"1\" y=\"2\" z=\"z\">t</a>");
}

TEST_CASE("Repair ends an unterminated CDATA section before the next end tag", "[xml][lenient]") {
  CHECK(repaired("<a><b><![CDATA[x</b><c>y</c></a>") == "<a><b><![CDATA[x]]></b><c>y</c></a>");
}

TEST_CASE("Repair closes a truncated document", "[xml][lenient]") {
  std::vector<std::string> w;
  CHECK(fv::xml::repair_xml("<a><b>text", w) == "<a><b>text</b></a>");
  REQUIRE_FALSE(w.empty());
  CHECK(w.back().find("truncated") != std::string::npos);
}

TEST_CASE("Repair drops elements and text after the root", "[xml][lenient]") {
  CHECK(repaired("<a>x</a>junk<b>more</b>") == "<a>x</a>");
}

TEST_CASE("Repair keeps comments, processing instructions and the DOCTYPE as they are", "[xml][lenient]") {
  std::string in = "<?xml version=\"1.0\"?><!DOCTYPE a [<!ENTITY e \"x\">]><a><!-- <b> --><?pi x?></a>";
  CHECK(repaired(in) == in);
}

TEST_CASE("Lenient load reports the line and column of the first error", "[xml][lenient]") {
  fv::xml::LoadedXml x;
  fv::xml::load_lenient("<a>\n<b>x</c>\n</a>", x);
  CHECK(x.bozo);
  REQUIRE_FALSE(x.warnings.empty());
  CHECK(x.warnings.front().find("line 2") != std::string::npos);
  CHECK(x.ok());
}

TEST_CASE("Lenient load of a well-formed document is not bozo", "[xml][lenient]") {
  fv::xml::LoadedXml x;
  fv::xml::load_lenient("<?xml version=\"1.0\"?>\n<a><b>x</b></a>\n", x);
  CHECK_FALSE(x.bozo);
  CHECK(x.warnings.empty());
  CHECK(std::string(x.doc.document_element().name()) == "a");
}
