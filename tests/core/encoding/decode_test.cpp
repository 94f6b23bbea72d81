#include <catch2/catch.hpp>

#include "core/encoding/charset_names.h"
#include "core/encoding/decode.h"
#include "core/text/utf8.h"
#include "../fixtures.h"

using fv::encoding::to_utf8;

namespace {

std::string fixture(const std::string& name) { return fv::test::fixture("encoding/" + name); }

// The fixture's <title>, after decoding (the samples in make_fixtures.py).
std::string title_of(const std::string& utf8) {
  const auto a = utf8.find("<title>");
  const auto b = utf8.find("</title>");
  if (a == std::string::npos || b == std::string::npos) return "<no title>";
  return utf8.substr(a + 7, b - a - 7);
}

const char* const kUnicodeSample = "Gr\xC3\xBC\xC3\x9F" "e \xF0\x9F\x98\x80 \xE6\x97\xA5\xE6\x9C\xAC";  // Grüße 😀 日本

}  // namespace

TEST_CASE("Every declared legacy encoding is transcoded to UTF-8", "[encoding]") {
  struct Case {
    const char* file;
    const char* encoding;
    const char* title;
  };
  const Case cases[] = {
      {"windows-1252-declared.xml", "windows-1252", "Caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5"},
      {"iso-8859-2-declared.xml", "iso-8859-2", "Za\xC5\xBC\xC3\xB3\xC5\x82\xC4\x87 g\xC4\x99\xC5\x9Bl\xC4\x85 ja\xC5\xBA\xC5\x84"},
      {"iso-8859-5-declared.xml", "iso-8859-5", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80"},
      {"iso-8859-7-declared.xml", "iso-8859-7", "\xCE\x9A\xCE\xB1\xCE\xBB\xCE\xB7\xCE\xBC\xCE\xAD\xCF\x81\xCE\xB1 \xCE\xBA\xCF\x8C\xCF\x83\xCE\xBC\xCE\xB5"},
      {"iso-8859-15-declared.xml", "iso-8859-15", "\xE2\x82\xACuro \xC5\x93uvre \xC5\xB8"},
      {"koi8-r-declared.xml", "koi8-r", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80"},
      {"koi8-u-declared.xml", "koi8-u", "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD1\x96\xD1\x82 \xD1\x81\xD0\xB2\xD1\x96\xD1\x82, \xD2\x91\xD0\xB0\xD0\xBD\xD0\xBE\xD0\xBA"},
      {"windows-1251-declared.xml", "windows-1251", "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xB4\xD0\xBD\xD1\x8F"},
      {"shift_jis-declared.xml", "shift_jis", "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9"},
      {"euc-jp-declared.xml", "euc-jp", "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9"},
      {"iso-2022-jp-declared.xml", "iso-2022-jp", "\xE6\x97\xA5\xE6\x9C\xAC\xE8\xAA\x9E\xE3\x81\xAE\xE3\x83\x8B\xE3\x83\xA5\xE3\x83\xBC\xE3\x82\xB9"},
      {"gb18030-declared.xml", "gb18030", "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE9\x97\xBB"},
      {"gbk-declared.xml", "gbk", "\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE9\x97\xBB"},
      {"big5-declared.xml", "big5", "\xE7\xB9\x81\xE9\xAB\x94\xE4\xB8\xAD\xE6\x96\x87\xE6\x96\xB0\xE8\x81\x9E"},
      {"euc-kr-declared.xml", "euc-kr", "\xED\x95\x9C\xEA\xB5\xAD\xEC\x96\xB4 \xEB\x89\xB4\xEC\x8A\xA4"},
  };
  for (const auto& c : cases) {
    INFO(c.file);
    const auto d = to_utf8(fixture(c.file));
    CHECK(d.encoding == c.encoding);
    CHECK(title_of(d.utf8) == c.title);
    CHECK(d.warning.empty());
    CHECK(fv::text::is_valid_utf8(d.utf8));
  }
}

TEST_CASE("Windows-1252 bytes declared as UTF-8 are read as Windows-1252, with a warning", "[encoding]") {
  const auto d = to_utf8(fixture("windows-1252-declared-utf8.xml"));
  CHECK(d.encoding == "windows-1252");
  CHECK(title_of(d.utf8) == "Caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5");
  CHECK_FALSE(d.warning.empty());
}

TEST_CASE("UTF-8 bytes declared as ISO-8859-1 are read as UTF-8, with a warning", "[encoding]") {
  const auto d = to_utf8(fixture("utf8-declared-iso-8859-1.xml"));
  CHECK(d.encoding == "utf-8");
  CHECK(title_of(d.utf8) == "Caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D");
  CHECK_FALSE(d.warning.empty());
}

TEST_CASE("Undeclared non-UTF-8 bytes fall back to Windows-1252", "[encoding]") {
  const auto d = to_utf8(fixture("windows-1252-undeclared.xml"));
  CHECK(d.encoding == "windows-1252");
  CHECK(title_of(d.utf8) == "Caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC" "5");
  CHECK_FALSE(d.warning.empty());
}

TEST_CASE("A UTF-8 file with stray Windows-1252 bytes keeps its UTF-8 and repairs the rest", "[encoding]") {
  const auto d = to_utf8(fixture("mixed-utf8-and-windows-1252.xml"));
  CHECK(d.encoding == "utf-8");
  CHECK(title_of(d.utf8) == "Gr\xC3\xBC\xC3\x9F" "e");
  CHECK(d.utf8.find("caf\xC3\xA9 \xE2\x80\x93</channel>") != std::string::npos);
  CHECK_FALSE(d.warning.empty());
}

TEST_CASE("Byte order marks decide the encoding and are removed", "[encoding]") {
  for (const char* f : {"utf8-bom.xml", "utf-16le-bom.xml", "utf-16be-bom.xml", "utf-32le-bom.xml"}) {
    INFO(f);
    const auto d = to_utf8(fixture(f));
    CHECK(title_of(d.utf8) == kUnicodeSample);
    CHECK(d.utf8.compare(0, 5, "<?xml") == 0);
  }
  CHECK(to_utf8(fixture("utf8-bom.xml")).encoding == "utf-8");
  CHECK(to_utf8(fixture("utf-16le-bom.xml")).encoding == "utf-16le");
  CHECK(to_utf8(fixture("utf-16be-bom.xml")).encoding == "utf-16be");
  CHECK(to_utf8(fixture("utf-32le-bom.xml")).encoding == "utf-32le");
}

TEST_CASE("A BOM beats a contradicting XML declaration", "[encoding]") {
  const auto d = to_utf8(fixture("utf8-bom-declared-iso-8859-1.xml"));
  CHECK(d.encoding == "utf-8");
  CHECK(title_of(d.utf8) == kUnicodeSample);
}

TEST_CASE("UTF-16 and UTF-32 without a BOM are recognised by the <?xml byte pattern", "[encoding]") {
  struct Case {
    const char* file;
    const char* encoding;
  };
  for (const Case c : {Case{"utf-16le-no-bom.xml", "utf-16le"}, Case{"utf-16be-no-bom.xml", "utf-16be"},
                       Case{"utf-32le-no-bom.xml", "utf-32le"}, Case{"utf-32be-no-bom.xml", "utf-32be"}}) {
    INFO(c.file);
    const auto d = to_utf8(fixture(c.file));
    CHECK(d.encoding == c.encoding);
    CHECK(title_of(d.utf8) == kUnicodeSample);
  }
}

TEST_CASE("JSON in UTF-16 without a BOM is recognised by its zero bytes; a UTF-8 BOM is removed", "[encoding][json]") {
  for (const char* f : {"jsonfeed-utf-16le-no-bom.json", "jsonfeed-utf-16be-no-bom.json", "jsonfeed-utf8-bom.json"}) {
    INFO(f);
    const auto d = to_utf8(fixture(f));
    CHECK(d.utf8.compare(0, 12, "{\"version\":\"") == 0);
    CHECK(d.utf8.find(kUnicodeSample) != std::string::npos);
  }
}

TEST_CASE("An HTML <meta charset> is honoured", "[encoding]") {
  const auto d = to_utf8(fixture("html-meta-charset-windows-1251.html"));
  CHECK(d.encoding == "windows-1251");
  CHECK(title_of(d.utf8) == "\xD0\x9D\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB8 \xD0\xB4\xD0\xBD\xD1\x8F");
}

TEST_CASE("UTF-16 declared in an ASCII-readable declaration is a lie the bytes expose", "[encoding]") {
  const auto d = to_utf8(fixture("utf8-declared-utf-16.xml"));
  CHECK(d.encoding == "utf-8");
  CHECK(title_of(d.utf8) == "Gr\xC3\xBC\xC3\x9F" "e");
  CHECK_FALSE(d.warning.empty());
}

TEST_CASE("An unknown encoding label warns and decodes from the bytes", "[encoding]") {
  const auto d = to_utf8(fixture("unknown-encoding-label.xml"));
  CHECK(d.encoding == "utf-8");
  CHECK(title_of(d.utf8) == "plain ascii");
  CHECK(d.warning.find("x-no-such-charset") != std::string::npos);
}

TEST_CASE("The HTTP charset is used when the document declares nothing", "[encoding]") {
  const std::string bytes = "<rss><title>\xF0\xD2\xC9\xD7\xC5\xD4</title></rss>";  // KOI8-R "Привет"
  const auto d = to_utf8(bytes, "KOI8-R");
  CHECK(d.encoding == "koi8-r");
  CHECK(title_of(d.utf8) == "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
}

TEST_CASE("The HTTP charset beats the XML declaration", "[encoding]") {
  const std::string bytes = "<?xml version=\"1.0\" encoding=\"iso-8859-1\"?><title>\xC0\xC1</title>";
  CHECK(title_of(to_utf8(bytes, "windows-1251").utf8) == "\xD0\x90\xD0\x91");  // "АБ"
  CHECK(title_of(to_utf8(bytes).utf8) == "\xC3\x80\xC3\x81");                 // "ÀÁ"
}

TEST_CASE("ISO-8859-1 and US-ASCII labels decode as Windows-1252, as browsers do", "[encoding]") {
  const std::string bytes = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><title>\x93hi\x94 \x80</title>";
  const auto d = to_utf8(bytes);
  CHECK(d.encoding == "windows-1252");
  CHECK(title_of(d.utf8) == "\xE2\x80\x9Chi\xE2\x80\x9D \xE2\x82\xAC");
  CHECK(to_utf8("<title>\xE9</title>", "us-ascii").encoding == "windows-1252");
}

TEST_CASE("Plain ASCII and valid UTF-8 need no declaration", "[encoding]") {
  CHECK(to_utf8("<rss/>").encoding == "utf-8");
  CHECK(to_utf8("<rss/>").warning.empty());
  const auto d = to_utf8("<t>\xE6\x97\xA5\xE6\x9C\xAC</t>");
  CHECK(d.encoding == "utf-8");
  CHECK(d.utf8 == "<t>\xE6\x97\xA5\xE6\x9C\xAC</t>");
  CHECK(to_utf8("").utf8.empty());
}

TEST_CASE("Invalid bytes in a declared multi-byte encoding become U+FFFD", "[encoding]") {
  const std::string bytes = std::string("<t>\x82\xA0") + "\xFF" + "</t>";  // Shift_JIS あ, then a byte no SJIS has
  const auto d = to_utf8(bytes, "shift_jis");
  CHECK(fv::text::is_valid_utf8(d.utf8));
  CHECK(d.utf8.find("<t>\xE3\x81\x82") == 0);
  CHECK(d.utf8.find("\xEF\xBF\xBD") != std::string::npos);
}

TEST_CASE("Unpaired UTF-16 surrogates and odd trailing bytes become U+FFFD", "[encoding]") {
  const std::string bytes("\xFF\xFE" "a\x00\x00\xD8" "b\x00" "c", 9);
  const auto d = to_utf8(bytes);
  CHECK(d.encoding == "utf-16le");
  CHECK(d.utf8 == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD");
  CHECK_FALSE(d.warning.empty());
}

TEST_CASE("charset_from_content_type reads the charset parameter", "[encoding]") {
  using fv::encoding::charset_from_content_type;
  CHECK(charset_from_content_type("text/xml; charset=ISO-8859-1") == "iso-8859-1");
  CHECK(charset_from_content_type("application/rss+xml;charset=\"utf-8\"") == "utf-8");
  CHECK(charset_from_content_type("text/html; Charset = windows-1251 ; foo=bar") == "windows-1251");
  CHECK(charset_from_content_type("application/json") == "");
  CHECK(charset_from_content_type("") == "");
}

TEST_CASE("Encoding labels are matched loosely to one canonical name", "[encoding]") {
  using fv::encoding::canonical_charset;
  CHECK(canonical_charset("UTF-8") == "utf-8");
  CHECK(canonical_charset("utf8") == "utf-8");
  CHECK(canonical_charset("ISO_8859-1") == "windows-1252");
  CHECK(canonical_charset("latin1") == "windows-1252");
  CHECK(canonical_charset("Latin-2") == "iso-8859-2");
  CHECK(canonical_charset("ISO-8859-15") == "iso-8859-15");
  CHECK(canonical_charset("cp1251") == "windows-1251");
  CHECK(canonical_charset("Shift_JIS") == "shift_jis");
  CHECK(canonical_charset("x-sjis") == "shift_jis");
  CHECK(canonical_charset("GB2312") == "gbk");
  CHECK(canonical_charset("EUC-KR") == "euc-kr");
  CHECK(canonical_charset("\"koi8-r\"") == "koi8-r");
  CHECK(canonical_charset("nonsense") == "");
}

TEST_CASE("make_valid_utf8 replaces every invalid sequence with U+FFFD", "[encoding]") {
  using fv::encoding::make_valid_utf8;
  CHECK(make_valid_utf8("ok") == "ok");
  CHECK(make_valid_utf8("a\x80" "b") == "a\xEF\xBF\xBD" "b");
  CHECK(make_valid_utf8("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");              // overlong '/'
  CHECK(make_valid_utf8("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
  CHECK(make_valid_utf8("\xF4\x90\x80\x80").find("\xEF\xBF\xBD") == 0);          // > U+10FFFF
  CHECK(make_valid_utf8("\xE6\x97") == "\xEF\xBF\xBD\xEF\xBF\xBD");              // truncated
  CHECK(make_valid_utf8("\xEF\xBF\xBD") == "\xEF\xBF\xBD");
}

TEST_CASE("A <meta charset> quoted inside a feed does not decide the encoding", "[encoding]") {
  const std::string bytes = "<rss><channel><description><![CDATA[<meta charset=\"koi8-r\">]]></description>"
                            "<title>caf\xC3\xA9</title></channel></rss>";
  const auto d = to_utf8(bytes);
  CHECK(d.encoding == "utf-8");
  CHECK(title_of(d.utf8) == "caf\xC3\xA9");
}

TEST_CASE("A server-default ISO-8859-1 HTTP charset yields to the document's own legacy encoding", "[encoding]") {
  const std::string bytes = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><title>\xCD\xEE\xE2</title>";
  const auto d = to_utf8(bytes, "ISO-8859-1");
  CHECK(d.encoding == "windows-1251");
  CHECK(title_of(d.utf8) == "\xD0\x9D\xD0\xBE\xD0\xB2");  // "Нов"
  CHECK_FALSE(d.warning.empty());
}

TEST_CASE("An explicit non-default HTTP charset still beats the document", "[encoding]") {
  const std::string bytes = "<?xml version=\"1.0\" encoding=\"windows-1251\"?><title>\xF0\xD2</title>";
  CHECK(to_utf8(bytes, "koi8-r").encoding == "koi8-r");
}

TEST_CASE("An unreadable HTTP charset falls back to the document's declaration", "[encoding]") {
  const auto d = to_utf8(fixture("koi8-r-declared.xml"), "x-garbage");
  CHECK(d.encoding == "koi8-r");
  CHECK(title_of(d.utf8) == "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82 \xD0\xBC\xD0\xB8\xD1\x80");
  CHECK(d.warning.find("x-garbage") != std::string::npos);
}

TEST_CASE("UTF-7 is never honoured (it hides markup from byte-level filters)", "[encoding]") {
  const auto d = to_utf8("<?xml version=\"1.0\" encoding=\"UTF-7\"?><t>+ADw-script+AD4-</t>");
  CHECK(d.encoding == "utf-8");
  CHECK(d.utf8.find("<script>") == std::string::npos);
  CHECK_FALSE(d.warning.empty());
}
