#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>

#include "core/text/html_to_text.h"
#include "core/text/sanitize.h"
#include "../fixtures.h"

using fv::text::sanitize_html;

TEST_CASE("Allowed formatting survives unchanged", "[sanitize]") {
  CHECK(sanitize_html("<p>Hi <b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <s>x</s></p>") ==
        "<p>Hi <b>bold</b> <strong>s</strong> <i>i</i> <em>e</em> <u>u</u> <s>x</s></p>");
  CHECK(sanitize_html("<h2>T</h2><blockquote>q</blockquote><pre><code>c</code></pre><sup>1</sup><sub>2</sub><hr>") ==
        "<h2>T</h2><blockquote>q</blockquote><pre><code>c</code></pre><sup>1</sup><sub>2</sub><hr>");
  CHECK(sanitize_html("<figure><img src=\"https://e.com/a.jpg\" alt=\"A\"><figcaption>Cap</figcaption></figure>") ==
        "<figure><img src=\"https://e.com/a.jpg\" alt=\"A\"><figcaption>Cap</figcaption></figure>");
}

TEST_CASE("Scripts, styles and embedded content are removed with their content", "[sanitize]") {
  CHECK(sanitize_html("a<script>alert(1)</script>b") == "ab");
  CHECK(sanitize_html("a<style>body{display:none}</style>b") == "ab");
  CHECK(sanitize_html("a<iframe src=\"https://evil\">fallback</iframe>b") == "ab");
  CHECK(sanitize_html("a<object data=x><param name=a value=b>o</object>b") == "ab");
  CHECK(sanitize_html("a<embed src=x>b") == "ab");
  CHECK(sanitize_html("a<form action=x><input name=q><button>Go</button></form>b") == "ab");
  CHECK(sanitize_html("a<input type=text value=x>b") == "ab");
  CHECK(sanitize_html("a<svg><script>x</script><circle/></svg>b") == "ab");
  CHECK(sanitize_html("a<noscript><img src=\"https://t.example/pixel\"></noscript>b") == "ab");
}

TEST_CASE("Unknown elements are unwrapped, their text kept", "[sanitize]") {
  CHECK(sanitize_html("<font color=\"red\">red</font> <center>c</center> <marquee>m</marquee>") == "red c m");
}

TEST_CASE("Event handlers, style and class attributes are dropped", "[sanitize]") {
  CHECK(sanitize_html("<p onclick=\"x()\" style=\"color:red\" class=\"c\" id=\"i\">t</p>") == "<p>t</p>");
  CHECK(sanitize_html("<img src=\"https://e.com/a.png\" onerror=\"alert(1)\" onload=x>") ==
        "<img src=\"https://e.com/a.png\">");
}

TEST_CASE("javascript:, data:, vbscript: and other schemes are removed from links and images", "[sanitize]") {
  CHECK(sanitize_html("<a href=\"javascript:alert(1)\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"JaVaScRiPt:alert(1)\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\" java\tscript:alert(1)\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"&#106;avascript:alert(1)\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"vbscript:msgbox\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"data:text/html,<script>x</script>\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"file:///etc/passwd\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<img src=\"data:image/png;base64,AAAA\">") == "");
  CHECK(sanitize_html("<img src=\"javascript:x\" alt=\"a\">") == "");
}

TEST_CASE("http, https and mailto links are kept and get rel=noopener noreferrer", "[sanitize]") {
  CHECK(sanitize_html("<a href=\"https://e.com/x\" title=\"T\" target=\"_blank\">x</a>") ==
        "<a href=\"https://e.com/x\" title=\"T\" rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"mailto:a@b.c\">m</a>") == "<a href=\"mailto:a@b.c\" rel=\"noopener noreferrer\">m</a>");
  CHECK(sanitize_html("<img src=\"mailto:a@b.c\">") == "");
}

TEST_CASE("Relative URLs are resolved against the base URL", "[sanitize]") {
  CHECK(sanitize_html("<a href=\"../x?y=1#z\">x</a>", "https://e.com/a/b/c.html") ==
        "<a href=\"https://e.com/a/x?y=1#z\" rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<img src=\"/i.png\">", "http://e.com/feed") == "<img src=\"http://e.com/i.png\">");
  CHECK(sanitize_html("<img src=\"//cdn.e.com/i.png\">", "https://e.com/") == "<img src=\"https://cdn.e.com/i.png\">");
}

TEST_CASE("Without a base URL relative URLs stay relative", "[sanitize]") {
  CHECK(sanitize_html("<a href=\"/x\">x</a>") == "<a href=\"/x\" rel=\"noopener noreferrer\">x</a>");
}

TEST_CASE("Text and attribute values are escaped", "[sanitize]") {
  CHECK(sanitize_html("a &lt;script&gt; &amp; b") == "a &lt;script&gt; &amp; b");
  CHECK(sanitize_html("5 < 6 & 7 > 3") == "5 &lt; 6 &amp; 7 &gt; 3");
  CHECK(sanitize_html("<img src=\"https://e.com/a.png\" alt='say \"hi\" &amp; <b>'>") ==
        "<img src=\"https://e.com/a.png\" alt=\"say &quot;hi&quot; &amp; &lt;b&gt;\">");
  CHECK(sanitize_html("<a href=\"https://e.com/?a=1&amp;b=2\">x</a>") ==
        "<a href=\"https://e.com/?a=1&amp;b=2\" rel=\"noopener noreferrer\">x</a>");
}

TEST_CASE("Open tags are closed and stray end tags dropped", "[sanitize]") {
  CHECK(sanitize_html("<p><b>bold <i>both") == "<p><b>bold <i>both</i></b></p>");
  CHECK(sanitize_html("text</b></div>more") == "textmore");
  CHECK(sanitize_html("<b><i>x</b>y</i>") == "<b><i>x</i></b>y");
}

TEST_CASE("Implied end tags: list items, paragraphs and cells close their predecessors", "[sanitize]") {
  CHECK(sanitize_html("<ul><li>a<li>b</ul>") == "<ul><li>a</li><li>b</li></ul>");
  CHECK(sanitize_html("<p>a<p>b") == "<p>a</p><p>b</p>");
  CHECK(sanitize_html("<p>a<ul><li>x</ul>") == "<p>a</p><ul><li>x</li></ul>");
  CHECK(sanitize_html("<table><tr><td>a<td>b<tr><td>c</table>") ==
        "<table><tr><td>a</td><td>b</td></tr><tr><td>c</td></tr></table>");
}

TEST_CASE("Links do not nest", "[sanitize]") {
  CHECK(sanitize_html("<a href=\"https://a\">1<a href=\"https://b\">2</a>") ==
        "<a href=\"https://a\" rel=\"noopener noreferrer\">1</a><a href=\"https://b\" rel=\"noopener noreferrer\">2</a>");
}

TEST_CASE("Image size attributes must be numbers", "[sanitize]") {
  CHECK(sanitize_html("<img src=\"https://e.com/a.png\" width=\"640\" height=\"50%\" title=t>") ==
        "<img src=\"https://e.com/a.png\" width=\"640\" height=\"50%\" title=\"t\">");
  CHECK(sanitize_html("<img src=\"https://e.com/a.png\" width=\"expression(alert(1))\">") ==
        "<img src=\"https://e.com/a.png\">");
}

TEST_CASE("Comments and doctypes are removed, including conditional comments", "[sanitize]") {
  CHECK(sanitize_html("<!DOCTYPE html>a<!-- secret -->b<!--[if IE]><script>x</script><![endif]-->c") == "abc");
}

TEST_CASE("Void elements are written without end tags", "[sanitize]") {
  CHECK(sanitize_html("a<br>b<br/>c</br>") == "a<br>b<br>c");
}

TEST_CASE("Unterminated dangerous markup leaves nothing behind", "[sanitize]") {
  CHECK(sanitize_html("ok<script>alert(1)") == "ok");
  CHECK(sanitize_html("ok<img src=x onerror=alert(1)") == "ok");
}

TEST_CASE("Mixed-case and whitespace-padded tags are recognised", "[sanitize]") {
  CHECK(sanitize_html("<SCRIPT >x</SCRIPT >ok") == "ok");
  CHECK(sanitize_html("<ScRiPt>x</sCrIpT>ok") == "ok");
}

TEST_CASE("Self-closing script still swallows its content as HTML does", "[sanitize]") {
  CHECK(sanitize_html("<script/>alert(1)</script>ok") == "ok");
}

TEST_CASE("Lazy-loaded images use their data-src when src is a placeholder", "[sanitize]") {
  CHECK(sanitize_html("<img src=\"data:image/gif;base64,R0lGOD\" data-src=\"/real.jpg\" alt=\"a\">", "https://e.com/") ==
        "<img alt=\"a\" src=\"https://e.com/real.jpg\">");
  CHECK(sanitize_html("<img data-lazy-src=\"https://e.com/x.png\">") == "<img src=\"https://e.com/x.png\">");
  CHECK(sanitize_html("<img data-src=\"javascript:x\">") == "");
}

TEST_CASE("Scheme obfuscation with named references and control characters is seen through", "[sanitize]") {
  CHECK(sanitize_html("<a href=\"java&Tab;script:alert(1)\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"java&NewLine;script:alert(1)\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"&#1;javascript:alert(1)\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
  CHECK(sanitize_html("<a href=\"javascript&colon;alert(1)\">x</a>") == "<a rel=\"noopener noreferrer\">x</a>");
}

TEST_CASE("Many open inline elements followed by many links stay cheap and well-formed", "[sanitize]") {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<b>";
  for (int i = 0; i < 20000; ++i) html += "<a href=\"https://e.com/\">x";
  const std::string out = sanitize_html(html);
  // Each new link closes the previous one (and the <b>s are all still open, closed at the end).
  CHECK(out.size() > 20000 * 50);
  CHECK(out.compare(out.size() - 4, 4, "</b>") == 0);
}

namespace {
std::string read_fixture(const std::string& name) { return fv::test::fixture("text/" + name); }
}  // namespace

TEST_CASE("A WordPress post with lazy images, scripts, embeds and a form sanitizes to its content", "[sanitize][fixture]") {
  const std::string html = read_fixture("wordpress-content-with-embeds-and-tracking.html");
  REQUIRE(!html.empty());
  const std::string out = sanitize_html(html, "https://news.example.org/2026/01/council-vote/");
  // Content that stays, with relative URLs resolved.
  CHECK(out.find("<strong>7\xE2\x80\x93" "2</strong>") != std::string::npos);
  CHECK(out.find("<img width=\"1024\" height=\"576\" alt=\"Council chamber\" "
                 "src=\"https://news.example.org/wp-content/uploads/2026/01/council.jpg\">") != std::string::npos);
  CHECK(out.find("<figcaption>The chamber before the vote. <em>Photo: J. Doe</em></figcaption>") != std::string::npos);
  CHECK(out.find("<a href=\"https://news.example.org/docs/plan.pdf\" rel=\"noopener noreferrer\">full plan</a>") != std::string::npos);
  CHECK(out.find("<h2>What happens next</h2>") != std::string::npos);
  CHECK(out.find("<time datetime=\"2026-01-12\">Jan 12</time>") != std::string::npos);
  CHECK(out.find("<blockquote><p>\xE2\x80\x9CWe listened,\xE2\x80\x9D the mayor said.</p><cite>Mayor Smith</cite></blockquote>") != std::string::npos);
  // Everything active or tracking is gone.
  for (const char* gone : {"<script", "_paq", "<style", "margin", "<iframe", "youtube", "<form", "<input",
                           "Subscribe", "onclick", "onload", "javascript:", "data:", "class=", "style=",
                           "noscript", "t.example", "AdSense", "target="}) {
    INFO(gone);
    CHECK(out.find(gone) == std::string::npos);
  }
}

TEST_CASE("The same WordPress post reads as structured plain text", "[html_to_text][fixture]") {
  const std::string text = fv::text::html_to_text(read_fixture("wordpress-content-with-embeds-and-tracking.html"));
  CHECK(text ==
        "The council voted 7\xE2\x80\x93" "2 on Tuesday night to approve the plan.\n"
        "\n"
        "The chamber before the vote. Photo: J. Doe\n"
        "\n"
        "Read the full plan or share.\n"
        "\n"
        "What happens next\n"
        "\n"
        "\xE2\x80\xA2 Public comment opens Jan 12\n"
        "\xE2\x80\xA2 Final vote in March\n"
        "\n"
        "> \xE2\x80\x9CWe listened,\xE2\x80\x9D the mayor said.\n"
        ">\n"
        "> Mayor Smith");
}

TEST_CASE("sanitize_html_and_text gives exactly what the two separate calls give", "[sanitize][html_to_text]") {
  const std::string base = "https://news.example.org/a/";
  for (const std::string& html :
       {read_fixture("wordpress-content-with-embeds-and-tracking.html"),
        std::string("<p>a<script>x</script><ul><li>1<li>2</ul><blockquote>q</blockquote><pre> p </pre>"),
        std::string("<table><tr><td>a<td>b</table><img src=/i.png><a href=x>l</a>"), std::string("")}) {
    const auto both = fv::text::sanitize_html_and_text(html, base);
    CHECK(both.html == sanitize_html(html, base));
    CHECK(both.text == fv::text::html_to_text(html));
  }
}
