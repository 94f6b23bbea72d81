#include <catch2/catch.hpp>

#include "core/text/html_to_text.h"

using fv::text::html_to_text;
using fv::text::to_plain_line;

TEST_CASE("Paragraphs become blank-line separated blocks", "[html_to_text]") {
  CHECK(html_to_text("<p>One</p><p>Two</p>") == "One\n\nTwo");
  CHECK(html_to_text("<p>One<p>Two") == "One\n\nTwo");
}

TEST_CASE("<br> is a newline, two <br> a blank line", "[html_to_text]") {
  CHECK(html_to_text("a<br>b") == "a\nb");
  CHECK(html_to_text("a<br/><br />b") == "a\n\nb");
}

TEST_CASE("Whitespace runs collapse to one space and lines are trimmed", "[html_to_text]") {
  CHECK(html_to_text("  Hello \n\t  <b>big</b>   world  ") == "Hello big world");
  CHECK(html_to_text("<p>  x  </p>") == "x");
}

TEST_CASE("&nbsp; counts as ordinary whitespace", "[html_to_text]") {
  CHECK(html_to_text("a&nbsp;&nbsp; b") == "a b");
  CHECK(html_to_text("a\xC2\xA0" "b") == "a b");
}

TEST_CASE("Unordered list items are bullet lines", "[html_to_text]") {
  CHECK(html_to_text("<p>Intro</p><ul><li>one</li><li>two</li></ul><p>End</p>") ==
        "Intro\n\n\xE2\x80\xA2 one\n\xE2\x80\xA2 two\n\nEnd");
}

TEST_CASE("Ordered list items are numbered, honouring start", "[html_to_text]") {
  CHECK(html_to_text("<ol><li>a<li>b</ol>") == "1. a\n2. b");
  CHECK(html_to_text("<ol start=\"5\"><li>a<li>b</ol>") == "5. a\n6. b");
}

TEST_CASE("Nested lists are indented", "[html_to_text]") {
  CHECK(html_to_text("<ul><li>a<ul><li>b</li></ul></li><li>c</li></ul>") ==
        "\xE2\x80\xA2 a\n  \xE2\x80\xA2 b\n\xE2\x80\xA2 c");
}

TEST_CASE("Headings are their own paragraphs", "[html_to_text]") {
  CHECK(html_to_text("<h1>Title</h1>Body<h2>Sub</h2>More") == "Title\n\nBody\n\nSub\n\nMore");
}

TEST_CASE("Block quotes are marked with '> ' on every line", "[html_to_text]") {
  CHECK(html_to_text("<p>He said:</p><blockquote><p>one</p><p>two</p></blockquote><p>after</p>") ==
        "He said:\n\n> one\n>\n> two\n\nafter");
  CHECK(html_to_text("<blockquote>a<br>b</blockquote>") == "> a\n> b");
}

TEST_CASE("Script, style, head and template content is dropped", "[html_to_text]") {
  CHECK(html_to_text("<head><title>T</title><style>p{}</style></head><body>Body<script>var a='<p>x</p>';</script></body>") ==
        "Body");
  CHECK(html_to_text("a<template><p>hidden</p></template>b") == "ab");
  CHECK(html_to_text("a<style>.x{}</style>b") == "ab");
}

TEST_CASE("Preformatted text keeps its spaces and newlines", "[html_to_text]") {
  CHECK(html_to_text("<p>Code:</p><pre>int  x;\n  y();</pre>") == "Code:\n\nint  x;\n  y();");
}

TEST_CASE("Divs break lines without blank lines", "[html_to_text]") {
  CHECK(html_to_text("<div>a</div><div>b</div>") == "a\nb");
}

TEST_CASE("Empty blocks leave no blank lines", "[html_to_text]") {
  CHECK(html_to_text("<p></p><p> </p><div></div><p>x</p><p></p>") == "x");
}

TEST_CASE("Table rows are lines, cells are separated", "[html_to_text]") {
  CHECK(html_to_text("<table><tr><td>a</td><td>b</td></tr><tr><td>c</td><td>d</td></tr></table>") ==
        "a | b\nc | d");
}

TEST_CASE("Entities are decoded in text", "[html_to_text]") {
  CHECK(html_to_text("Fish &amp; chips &#8211; &quot;great&quot;") == "Fish & chips \xE2\x80\x93 \"great\"");
}

TEST_CASE("Google News description: links and source become one line of text", "[html_to_text]") {
  const char* html =
      "<a href=\"https://news.google.com/rss/articles/x?oc=5\" target=\"_blank\">Talks resume in Geneva</a>"
      "&nbsp;&nbsp;<font color=\"#6f6f6f\">Reuters</font>";
  CHECK(html_to_text(html) == "Talks resume in Geneva Reuters");
}

TEST_CASE("Plain text input passes through", "[html_to_text]") {
  CHECK(html_to_text("Just words.") == "Just words.");
  CHECK(html_to_text("") == "");
}

TEST_CASE("to_plain_line removes tags, decodes entities and collapses whitespace", "[to_plain_line]") {
  CHECK(to_plain_line("  <b>Breaking:</b>\n  Fish &amp; chips&nbsp;&nbsp;up ") == "Breaking: Fish & chips up");
  CHECK(to_plain_line("a<br>b") == "a b");
  CHECK(to_plain_line("<p>one</p><p>two</p>") == "one two");
  CHECK(to_plain_line("AT&T < Verizon") == "AT&T < Verizon");
}

TEST_CASE("to_plain_line drops script and style content", "[to_plain_line]") {
  CHECK(to_plain_line("Title<script>alert(1)</script> end") == "Title end");
}

TEST_CASE("to_plain_line strips bidi overrides and zero-width characters", "[to_plain_line]") {
  CHECK(to_plain_line("abc\xE2\x80\xAE" "fdp.exe") == "abcfdp.exe");       // U+202E
  CHECK(to_plain_line("a\xE2\x80\x8B" "b\xE2\x81\xA6" "c\xE2\x81\xA9") == "abc");  // U+200B, U+2066, U+2069
  CHECK(to_plain_line("&#x202E;evil") == "evil");
}

TEST_CASE("to_plain_line drops control characters", "[to_plain_line]") {
  CHECK(to_plain_line("a\x01" "b\x7F" "c") == "abc");
}

TEST_CASE("Deep nesting is shown at most eight levels deep", "[html_to_text]") {
  std::string html;
  for (int i = 0; i < 20; ++i) html += "<blockquote>";
  html += "x";
  CHECK(html_to_text(html) == "> > > > > > > > x");
  std::string lists;
  for (int i = 0; i < 20; ++i) lists += "<ul><li>";
  lists += "y";
  const std::string text = html_to_text(lists);
  CHECK(text.substr(text.rfind('\n') + 1) == std::string(16, ' ') + "\xE2\x80\xA2 y");
}

TEST_CASE("to_plain_line returns clean ASCII titles unchanged", "[to_plain_line]") {
  CHECK(to_plain_line("Plain title: nothing to do") == "Plain title: nothing to do");
  CHECK(to_plain_line("") == "");
  CHECK(to_plain_line("two  spaces") == "two spaces");
  CHECK(to_plain_line(" lead") == "lead");
}

TEST_CASE("Table cells without end tags are still separated", "[html_to_text]") {
  CHECK(html_to_text("<table><tr><td>a<td>b<tr><td>c<td>d</table>") == "a | b\nc | d");
}

TEST_CASE("A huge ordered-list start is clamped, not overflowed", "[html_to_text]") {
  CHECK(html_to_text("<ol start=\"99999999999999999999\"><li>a<li>b</ol>") == "1000000000. a\n1000000001. b");
  CHECK(html_to_text("<ol start=\"x\"><li>a</ol>") == "1. a");  // not a number: the default
}

TEST_CASE("to_plain_line keeps tag-like text that is not HTML", "[to_plain_line]") {
  CHECK(to_plain_line("Use <vector> in C++") == "Use <vector> in C++");
  CHECK(to_plain_line("List<T> and Map<K,V>") == "List<T> and Map<K,V>");
  CHECK(to_plain_line("Why </dev/null> matters") == "Why </dev/null> matters");
  CHECK(to_plain_line("<b>Bold</b> move <i>now</i>") == "Bold move now");
  CHECK(to_plain_line("Title <font color=red>Source</font>") == "Title Source");
}
