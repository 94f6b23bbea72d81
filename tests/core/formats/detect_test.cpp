#include "core/detect.h"

#include "../parse/support.h"

using namespace fv::test;
using fv::DocumentKind;
using fv::Format;

TEST_CASE("Document kind is sniffed from the first significant characters", "[detect]") {
  CHECK(fv::sniff_document("") == DocumentKind::Empty);
  CHECK(fv::sniff_document(" \n\t ") == DocumentKind::Empty);
  CHECK(fv::sniff_document("\xEF\xBB\xBF  {\"a\":1}") == DocumentKind::Json);
  CHECK(fv::sniff_document("[1]") == DocumentKind::Json);
  CHECK(fv::sniff_document("<?xml version=\"1.0\"?><rss/>") == DocumentKind::Xml);
  CHECK(fv::sniff_document("<!DOCTYPE html><html></html>") == DocumentKind::Html);
  CHECK(fv::sniff_document("<!-- c --><HTML lang=en>") == DocumentKind::Html);
  CHECK(fv::sniff_document("hello") == DocumentKind::Text);
  CHECK(fv::sniff_document("<?xml version=\"1.0\"?>") == DocumentKind::Empty);
}

TEST_CASE("Format names are the ones feedview parse prints", "[detect][json]") {
  CHECK(fv::format_name(Format::Rss090) == "rss090");
  CHECK(fv::format_name(Format::Rss091n) == "rss091n");
  CHECK(fv::format_name(Format::Rss091u) == "rss091u");
  CHECK(fv::format_name(Format::Rss092) == "rss092");
  CHECK(fv::format_name(Format::Rss093) == "rss093");
  CHECK(fv::format_name(Format::Rss094) == "rss094");
  CHECK(fv::format_name(Format::Rss10) == "rss10");
  CHECK(fv::format_name(Format::Rss20) == "rss20");
  CHECK(fv::format_name(Format::Rss) == "rss");
  CHECK(fv::format_name(Format::Atom03) == "atom03");
  CHECK(fv::format_name(Format::Atom10) == "atom10");
  CHECK(fv::format_name(Format::Atom) == "atom");
  CHECK(fv::format_name(Format::Json10) == "json10");
  CHECK(fv::format_name(Format::Json11) == "json11");
}

TEST_CASE("JSON Feed version strings map to json10/json11", "[detect][jsonfeed]") {
  CHECK(fv::detect_json_feed_version("https://jsonfeed.org/version/1") == Format::Json10);
  CHECK(fv::detect_json_feed_version("https://jsonfeed.org/version/1.1") == Format::Json11);
  CHECK(fv::detect_json_feed_version("1.1") == Format::Unknown);
  CHECK(fv::detect_json_feed_version("") == Format::Unknown);
}

TEST_CASE("Format is detected from content, not from the Content-Type", "[detect]") {
  fv::ParseOptions o;
  o.content_type = "application/json";
  CHECK(parse_ok("<rss version=\"2.0\"><channel><title>x</title></channel></rss>", o).format == Format::Rss20);
  o.content_type = "text/html; charset=utf-8";
  CHECK(parse_ok("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>x</title></feed>", o).format == Format::Atom10);
}

TEST_CASE("Not a feed: each kind of document gets a reason naming what was found", "[detect][errors]") {
  auto error_of = [](const std::string& bytes) {
    fv::ParseResult r = fv::parse_feed(bytes);
    CHECK_FALSE(r.ok);
    CHECK(r.error.find('\n') == std::string::npos);
    return r.error;
  };
  CHECK(error_of(fixture("lenient/html-page.html")) == "not a feed: HTML page");
  CHECK(error_of(fixture("lenient/xhtml-page-with-xml-declaration.xml")) == "not a feed: HTML page");
  CHECK(error_of(fixture("lenient/empty-file.xml")) == "not a feed: empty document");
  CHECK(error_of(fixture("lenient/whitespace-only.xml")) == "not a feed: empty document");
  CHECK(error_of(fixture("lenient/xml-sitemap.xml")) == "not a feed: XML sitemap");
  CHECK(error_of(fixture("lenient/plain-text.txt")).find("plain text") != std::string::npos);
  CHECK(error_of("<opml version=\"2.0\"><body/></opml>").find("OPML") != std::string::npos);
  CHECK(error_of("<svg xmlns=\"http://www.w3.org/2000/svg\"/>") ==
        "not a feed: XML document with root element <svg>");
}
