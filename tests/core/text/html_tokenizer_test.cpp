#include <catch2/catch.hpp>

#include "core/text/html_tokenizer.h"

using fv::text::HtmlToken;
using fv::text::tokenize_html;
using Type = HtmlToken::Type;

namespace {
// "S:p", "E:p", "T:text", "C:comment", "D:html" — compact token streams for comparisons.
std::vector<std::string> kinds(std::string_view html) {
  std::vector<std::string> r;
  for (const auto& t : tokenize_html(html)) {
    switch (t.type) {
      case Type::StartTag: r.push_back("S:" + t.name + (t.self_closing ? "/" : "")); break;
      case Type::EndTag: r.push_back("E:" + t.name); break;
      case Type::Text: r.push_back("T:" + t.data); break;
      case Type::Comment: r.push_back("C:" + t.data); break;
      case Type::Doctype: r.push_back("D:" + t.name); break;
    }
  }
  return r;
}
using V = std::vector<std::string>;
}  // namespace

TEST_CASE("Tokenizer produces start, end and text tokens with lower-case names", "[tokenizer]") {
  CHECK(kinds("<P>Hello <B>world</B></p>") == V{"S:p", "T:Hello ", "S:b", "T:world", "E:b", "E:p"});
}

TEST_CASE("Tokenizer decodes character references in text", "[tokenizer]") {
  CHECK(kinds("a &amp; b &lt;c&gt;") == V{"T:a & b <c>"});
}

TEST_CASE("A '<' that opens nothing is text", "[tokenizer]") {
  CHECK(kinds("a < b") == V{"T:a < b"});
  CHECK(kinds("I <3 you") == V{"T:I <3 you"});
  CHECK(kinds("x <") == V{"T:x <"});
  CHECK(kinds("x </") == V{"T:x </"});
  CHECK(kinds("a</>b") == V{"T:ab"});
}

TEST_CASE("Attribute values: double-quoted, single-quoted, unquoted, empty and bare", "[tokenizer]") {
  const auto t = tokenize_html(R"(<a HREF="x y" title='it"s' data-n=42 hidden alt="">)");
  REQUIRE(t.size() == 1);
  REQUIRE(t[0].attributes.size() == 5);
  CHECK(t[0].attributes[0].name == "href");
  CHECK(t[0].attributes[0].value == "x y");
  CHECK(*t[0].attribute("title") == "it\"s");
  CHECK(*t[0].attribute("data-n") == "42");
  CHECK(t[0].attribute("hidden")->empty());
  CHECK(t[0].attribute("alt")->empty());
  CHECK(t[0].attribute("missing") == nullptr);
}

TEST_CASE("Attribute values decode references with the attribute exception", "[tokenizer]") {
  const auto t = tokenize_html(R"(<a href="/p?a=1&copy=2&amp;b=&lt;3">)");
  REQUIRE(t.size() == 1);
  CHECK(*t[0].attribute("href") == "/p?a=1&copy=2&b=<3");
}

TEST_CASE("A repeated attribute keeps its first value", "[tokenizer]") {
  const auto t = tokenize_html(R"(<img src="a.png" SRC="b.png">)");
  REQUIRE(t.size() == 1);
  CHECK(t[0].attributes.size() == 1);
  CHECK(*t[0].attribute("src") == "a.png");
}

TEST_CASE("Whitespace around '=' and slashes between attributes are tolerated", "[tokenizer]") {
  const auto t = tokenize_html("<a\nhref = \"x\"/title=y>");
  REQUIRE(t.size() == 1);
  CHECK(*t[0].attribute("href") == "x");
  CHECK(*t[0].attribute("title") == "y");
}

TEST_CASE("Self-closing flag is recorded", "[tokenizer]") {
  CHECK(kinds("<br/><img src=x />") == V{"S:br/", "S:img/"});
}

TEST_CASE("Unquoted attribute value ending in '/' keeps the slash", "[tokenizer]") {
  const auto t = tokenize_html("<a href=/path/>x");
  REQUIRE(!t.empty());
  CHECK(*t[0].attribute("href") == "/path/");
  CHECK_FALSE(t[0].self_closing);
}

TEST_CASE("A tag cut off by the end of input is dropped", "[tokenizer]") {
  CHECK(kinds("text<a href=\"x") == V{"T:text"});
  CHECK(kinds("text<b") == V{"T:text"});
}

TEST_CASE("Comments, including the odd short and '--!>' forms", "[tokenizer]") {
  CHECK(kinds("a<!-- c -->b") == V{"T:a", "C: c ", "T:b"});
  CHECK(kinds("<!---->") == V{"C:"});
  CHECK(kinds("<!-->x") == V{"C:", "T:x"});
  CHECK(kinds("<!--->x") == V{"C:", "T:x"});
  CHECK(kinds("<!-- a --!>b") == V{"C: a ", "T:b"});
  CHECK(kinds("<!-- <p>not a tag</p> -->") == V{"C: <p>not a tag</p> "});
  CHECK(kinds("<!-- unterminated") == V{"C: unterminated"});
}

TEST_CASE("Bogus comments: processing instructions, '</' + non-letter, unknown '<!'", "[tokenizer]") {
  CHECK(kinds("<?xml version=\"1.0\"?>x") == V{"C:?xml version=\"1.0\"?", "T:x"});
  CHECK(kinds("</ 3>x") == V{"C: 3", "T:x"});
  CHECK(kinds("<!ELEMENT br EMPTY>x") == V{"C:ELEMENT br EMPTY", "T:x"});
}

TEST_CASE("DOCTYPE is a token with its lower-case name", "[tokenizer]") {
  CHECK(kinds("<!DOCTYPE HTML><p>") == V{"D:html", "S:p"});
  CHECK(kinds("<!doctype html PUBLIC \"x\">") == V{"D:html"});
}

TEST_CASE("CDATA is text inside SVG/MathML and a bogus comment in HTML", "[tokenizer]") {
  CHECK(kinds("<svg><![CDATA[a<b]]></svg>") == V{"S:svg", "T:a<b", "E:svg"});
  CHECK(kinds("<p><![CDATA[a<b]]></p>") == V{"S:p", "C:[CDATA[a<b]]", "E:p"});
  CHECK(kinds("<math><![CDATA[x]]></math><![CDATA[y]]>") == V{"S:math", "T:x", "E:math", "C:[CDATA[y]]"});
}

TEST_CASE("Script data: markup inside a script is text up to </script>", "[tokenizer]") {
  CHECK(kinds("<script>if (a < b && c) { x = '<p>'; }</script>after") ==
        V{"S:script", "T:if (a < b && c) { x = '<p>'; }", "E:script", "T:after"});
  CHECK(kinds("<SCRIPT>x</SCRIPT >y") == V{"S:script", "T:x", "E:script", "T:y"});
  CHECK(kinds("<script>a</scripty>b</script>") == V{"S:script", "T:a</scripty>b", "E:script"});
}

TEST_CASE("RAWTEXT: style content is not decoded or parsed", "[tokenizer]") {
  CHECK(kinds("<style>p > a { content: '&amp;' }</style>") ==
        V{"S:style", "T:p > a { content: '&amp;' }", "E:style"});
}

TEST_CASE("RCDATA: title and textarea decode references but parse no tags", "[tokenizer]") {
  CHECK(kinds("<title>A &amp; <b>B</b></title>") == V{"S:title", "T:A & <b>B</b>", "E:title"});
  CHECK(kinds("<textarea><p>x</textarea>") == V{"S:textarea", "T:<p>x", "E:textarea"});
}

TEST_CASE("An unterminated script swallows the rest of the input", "[tokenizer]") {
  CHECK(kinds("<script>alert(1)<p>never") == V{"S:script", "T:alert(1)<p>never"});
}

TEST_CASE("PLAINTEXT makes the rest of the input text", "[tokenizer]") {
  CHECK(kinds("<plaintext></plaintext><b>") == V{"S:plaintext", "T:</plaintext><b>"});
}

TEST_CASE("Newlines are normalised and NUL bytes dropped", "[tokenizer]") {
  CHECK(kinds(std::string_view("a\r\nb\rc\0d", 8)) == V{"T:a\nb\ncd"});
}

TEST_CASE("End tags carry no attributes", "[tokenizer]") {
  const auto t = tokenize_html("</p class=x>");
  REQUIRE(t.size() == 1);
  CHECK(t[0].type == Type::EndTag);
  CHECK(t[0].attributes.empty());
}

TEST_CASE("Script data escape states: a script written inside a comment does not end the script", "[tokenizer]") {
  CHECK(kinds("<script><!-- document.write(\"<script>x</script>\"); --></script>after") ==
        V{"S:script", "T:<!-- document.write(\"<script>x</script>\"); -->", "E:script", "T:after"});
  // Without a nested <script>, the first </script> inside the comment does end it.
  CHECK(kinds("<script><!-- a </script>b") == V{"S:script", "T:<!-- a ", "E:script", "T:b"});
  // "<!-->" opens and closes the escape at once.
  CHECK(kinds("<script><!--><script></script>x") == V{"S:script", "T:<!--><script>", "E:script", "T:x"});
}

TEST_CASE("Empty raw-text elements and empty CDATA produce no text tokens", "[tokenizer]") {
  CHECK(kinds("<style></style>") == V{"S:style", "E:style"});
  CHECK(kinds("<svg><![CDATA[]]><![CDATA[]]></svg>") == V{"S:svg", "E:svg"});
}

TEST_CASE("Thousands of empty constructs do not exhaust the stack", "[tokenizer]") {
  std::string html = "<svg>";
  for (int i = 0; i < 100000; ++i) html += "<![CDATA[]]>";
  html += "x</svg>";
  CHECK(kinds(html) == V{"S:svg", "T:x", "E:svg"});
}

TEST_CASE("Tag tokens carry their source text", "[tokenizer]") {
  const auto t = tokenize_html("a<b class=\"x\">c</B >");
  REQUIRE(t.size() == 4);
  CHECK(t[1].source == "<b class=\"x\">");
  CHECK(t[3].source == "</B >");
  CHECK(fv::text::is_html_element_name("marquee"));
  CHECK_FALSE(fv::text::is_html_element_name("vector"));
}
