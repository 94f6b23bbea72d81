// Links a feed can use against its reader: javascript:, vbscript:, data: (in every spelling a
// browser still accepts) and protocol-relative URLs. Item links become http(s) or nothing;
// sanitized HTML keeps no script-capable URL; other URL fields drop script-capable schemes.
#include <catch2/catch.hpp>

#include <string>

#include "core/text/sanitize.h"
#include "core/url/url.h"
#include "hostile_feeds.h"

using fv::hostile::json_feed;
using fv::hostile::parse;
using fv::hostile::rss;
using fv::hostile::rss_item;

namespace {

// Attribute values a browser would run as script (after decoding references and stripping
// leading controls/whitespace and embedded tabs/newlines).
const char* const kScriptHrefs[] = {
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    " javascript:alert(1)",
    "\tjava\nscript:alert(1)",
    "java&#x09;script:alert(1)",
    "&#106;avascript:alert(1)",
    "&#x6A;avascript:alert(1)",
    "&#1;javascript:alert(1)",
    "\x01\x02javascript:alert(1)",
    "javascript&colon;alert(1)",
    "vbscript:msgbox(1)",
    "VBScript:msgbox(1)",
    "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==",
    "data:image/svg+xml,<svg onload=alert(1)>",
};

// True when a browser would read `u` as a javascript:, vbscript: or data: URL.
bool script_scheme(std::string_view u) {
  while (!u.empty() && (unsigned char)u.front() <= 0x20) u.remove_prefix(1);
  std::string s;
  for (char c : u)
    if (c != '\t' && c != '\n' && c != '\r') s += char(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s.rfind("javascript:", 0) == 0 || s.rfind("vbscript:", 0) == 0 || s.rfind("data:", 0) == 0;
}

}  // namespace

TEST_CASE("Item links with script-capable schemes are dropped", "[hostile][links]") {
  for (const char* href : kScriptHrefs) {
    // XML decodes the character references itself (&#106; is 'j'); only '<' needs escaping.
    std::string text;
    for (const char* p = href; *p; ++p) text += *p == '<' ? std::string("&lt;") : std::string(1, *p);
    auto r = parse(rss(rss_item("1", "<title>t</title><link>" + text + "</link>")));
    INFO(href);
    REQUIRE(r.ok);
    REQUIRE(r.feed.items.size() == 1);
    const std::string& link = r.feed.items[0].link;
    CHECK_FALSE(script_scheme(link));
    CHECK((link.empty() || fv::url::is_http_url(link)));
  }
}

TEST_CASE("Sanitized HTML keeps no script-capable href or src, however it is spelled",
          "[hostile][links]") {
  for (const char* href : kScriptHrefs) {
    std::string html = std::string("<a href=\"") + href + "\">a</a><img src=\"" + href +
                       "\" alt=\"i\"><blockquote cite=\"" + href + "\">q</blockquote>";
    INFO(href);
    for (std::string_view base : {std::string_view("https://example.org/post"), std::string_view()}) {
      CHECK(fv::text::sanitize_html(html, base) ==
            "<a rel=\"noopener noreferrer\">a</a><blockquote>q</blockquote>");
    }
  }
}

TEST_CASE("A protocol-relative link resolves to the feed's scheme, never stays scheme-less",
          "[hostile][links]") {
  auto r = parse(rss(rss_item("1", "<title>t</title><link>//evil.example/path</link>"
                                   "<description>&lt;a href=\"//evil.example/x\"&gt;x&lt;/a&gt;"
                                   "</description>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].link == "https://evil.example/path");
  CHECK(r.feed.items[0].summary ==
        "<a href=\"https://evil.example/x\" rel=\"noopener noreferrer\">x</a>");
}

TEST_CASE("Without any base URL, a protocol-relative item link is dropped", "[hostile][links]") {
  // No fetch address and no channel <link> to fall back on.
  fv::ParseOptions options;
  options.base_url = "";
  auto r = fv::parse_feed("<rss version=\"2.0\"><channel><title>t</title>" +
                              rss_item("1", "<title>t</title><link>//evil.example/path</link>") +
                              "</channel></rss>",
                          options);
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  CHECK(r.feed.items[0].link.empty());
}

TEST_CASE("An enclosure with a javascript: URL is dropped", "[hostile][links]") {
  auto r = parse(rss(rss_item(
      "1", "<title>t</title>"
           "<enclosure url=\"javascript:alert(1)\" length=\"10\" type=\"audio/mpeg\"/>"
           "<enclosure url=\"vbscript:msgbox(1)\" length=\"10\" type=\"audio/mpeg\"/>"
           "<enclosure url=\"https://example.org/ok.mp3\" length=\"10\" type=\"audio/mpeg\"/>")));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  REQUIRE(r.feed.items[0].enclosures.size() == 1);
  CHECK(r.feed.items[0].enclosures[0].url == "https://example.org/ok.mp3");
}

TEST_CASE("A JSON Feed attachment with a javascript: or data: URL is dropped",
          "[hostile][links][json]") {
  auto r = parse(json_feed(R"J([{"id": "1", "title": "t", "attachments": [
      {"url": "javascript:alert(1)", "mime_type": "audio/mpeg"},
      {"url": "data:audio/mpeg;base64,AAAA", "mime_type": "audio/mpeg"},
      {"url": "https://example.org/ok.mp3", "mime_type": "audio/mpeg"}]}])J"));
  REQUIRE(r.ok);
  REQUIRE(r.feed.items.size() == 1);
  REQUIRE(r.feed.items[0].enclosures.size() == 1);
  CHECK(r.feed.items[0].enclosures[0].url == "https://example.org/ok.mp3");
}

TEST_CASE("Author URIs with script-capable schemes are dropped", "[hostile][links]") {
  auto atom = parse(
      "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><id>urn:f</id>"
      "<entry><id>urn:e</id><title>e</title><author><name>Eve</name>"
      "<uri>javascript:alert(1)</uri></author></entry></feed>");
  REQUIRE(atom.ok);
  REQUIRE(atom.feed.items.size() == 1);
  CHECK(atom.feed.items[0].author.name == "Eve");
  CHECK(atom.feed.items[0].author.uri.empty());

  auto json = parse(json_feed(
      R"J([{"id": "1", "title": "t", "authors": [{"name": "Eve", "url": "javascript:alert(1)"}]}])J"));
  REQUIRE(json.ok);
  REQUIRE(json.feed.items.size() == 1);
  CHECK(json.feed.items[0].author.name == "Eve");
  CHECK(json.feed.items[0].author.uri.empty());
}

TEST_CASE("url::is_http_url refuses script schemes and scheme-less references",
          "[hostile][links]") {
  CHECK_FALSE(fv::url::is_http_url("javascript:alert(1)"));
  CHECK_FALSE(fv::url::is_http_url("//evil.example/"));
  CHECK_FALSE(fv::url::is_http_url("data:text/html,x"));
  CHECK(fv::url::is_http_url("https://example.org/"));
}
