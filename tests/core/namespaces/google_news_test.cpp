#include "core/namespaces/google_news/google_news.h"

#include "../parse/support.h"

using namespace fv::test;
namespace gn = fv::ns::google_news;

TEST_CASE("Google News list: each anchor followed by a font label is one related entry", "[googlenews]") {
  auto r = gn::related_from_description(
      "<ol><li><a href=\"https://n.example/1\" target=\"_blank\">One</a>&nbsp;&nbsp;<font color=\"#6f6f6f\">Src A</font></li>"
      "<li><a href=\"https://n.example/2\">Two &amp; more</a>&nbsp;&nbsp;<font color=\"#6f6f6f\">Src &amp; B</font></li></ol>");
  REQUIRE(r.size() == 2);
  CHECK(r[0].title == "One");
  CHECK(r[0].link == "https://n.example/1");
  CHECK(r[0].source == "Src A");
  CHECK(r[1].title == "Two & more");
  CHECK(r[1].source == "Src & B");
}

TEST_CASE("Google News single anchor with a font label is one related entry", "[googlenews]") {
  auto r = gn::related_from_description("<a href=\"https://n.example/x\">Only</a>&nbsp;&nbsp;<font color=\"#6f6f6f\">Paper</font>");
  REQUIRE(r.size() == 1);
  CHECK(r[0].source == "Paper");
}

TEST_CASE("Google News separator may be a real no-break space or plain spaces", "[googlenews]") {
  auto r1 = gn::related_from_description("<a href=\"https://n.example/x\">T</a>\xC2\xA0\xC2\xA0<font>S</font>");
  auto r2 = gn::related_from_description("<a href=\"https://n.example/x\">T</a>  <FONT color=x>S</FONT>");
  REQUIRE(r1.size() == 1);
  REQUIRE(r2.size() == 1);
  CHECK(r1[0].source == "S");
  CHECK(r2[0].source == "S");
}

TEST_CASE("Ordinary links in a description are not mistaken for related articles", "[googlenews]") {
  CHECK(gn::related_from_description("<p>Read <a href=\"https://a.example/\">this</a> and <font>not this</font></p>").empty());
  CHECK(gn::related_from_description("<a href=\"https://a.example/\">x</a>").empty());
  CHECK(gn::related_from_description("").empty());
}

TEST_CASE("Google News href with entity-escaped query is decoded", "[googlenews]") {
  auto r = gn::related_from_description("<a href=\"https://n.example/a?x=1&amp;y=2\">T</a>&nbsp;<font>S</font>");
  REQUIRE(r.size() == 1);
  CHECK(r[0].link == "https://n.example/a?x=1&y=2");
}

TEST_CASE("Google News 'View full coverage' anchor without a source is skipped", "[googlenews]") {
  auto r = gn::related_from_description(
      "<ol><li><a href=\"https://n.example/1\">One</a>&nbsp;&nbsp;<font>A</font></li></ol>"
      "<strong><a href=\"https://news.google.com/stories/x\">View Full Coverage on Google News</a></strong>");
  REQUIRE(r.size() == 1);
  CHECK(r[0].title == "One");
}

TEST_CASE("Title suffix ' - Source' is split off when it matches the source element", "[googlenews]") {
  fv::Item it;
  it.title = "Big news - The Paper";
  it.source.title = "The Paper";
  gn::split_title_source(it);
  CHECK(it.title == "Big news");
  CHECK(it.source.title == "The Paper");
}

TEST_CASE("Title suffix that does not match the source is left alone", "[googlenews]") {
  fv::Item it;
  it.title = "Spider-Man - Into the Spider-Verse";
  it.source.title = "Film Weekly";
  gn::split_title_source(it);
  CHECK(it.title == "Spider-Man - Into the Spider-Verse");
}

TEST_CASE("A title that is only the source name is not emptied", "[googlenews]") {
  fv::Item it;
  it.title = "The Paper";
  it.source.title = "The Paper";
  gn::split_title_source(it);
  CHECK(it.title == "The Paper");
}

TEST_CASE("Without a source element the item's own related entry names the source", "[googlenews]") {
  fv::Feed f = parse_ok(fixture("googlenews/no-source-element.xml"));
  const fv::Item& it = f.items.at(0);
  CHECK(it.title == "Council approves budget");
  CHECK(it.source.title == "Springfield Times");
  REQUIRE(it.related.size() == 1);
}

TEST_CASE("Single-anchor Google News item: title split, source kept, one related entry", "[googlenews]") {
  fv::Feed f = parse_ok(fixture("googlenews/single-anchor-description.xml"));
  const fv::Item& it = f.items.at(0);
  CHECK(it.title == "Storm closes schools across the region");
  CHECK(it.source.title == "The Local Paper");
  CHECK(it.source.url == "https://localpaper.example");
  REQUIRE(it.related.size() == 1);
  CHECK(it.related[0].link == it.link);
}

TEST_CASE("Google News title keeps its dashes when the suffix names another outlet", "[googlenews]") {
  fv::Feed f = parse_ok(fixture("googlenews/title-suffix-not-the-source.xml"));
  const fv::Item& it = f.items.at(0);
  CHECK(it.title == "Review: Spider-Man - Into the Spider-Verse - Film Weekly");
  CHECK(it.source.title == "Cinema Daily");
  REQUIRE(it.related.size() == 2);
  CHECK(it.related[1].title == "Spider-Verse sequel & more");
  CHECK(it.related[1].source == "Movie & TV News");
}

TEST_CASE("Ordinary feed item with links gets no related entries and keeps its title", "[googlenews]") {
  fv::Feed f = parse_ok(fixture("googlenews/title-suffix-not-the-source.xml"));
  const fv::Item& it = f.items.at(1);
  CHECK(it.related.empty());
  CHECK(it.title == "Plain item with links - Somewhere");
  CHECK(it.source.title.empty());
}

TEST_CASE("Every item of the bundled sample has a source and split title", "[googlenews]") {
  fv::Feed f = parse_ok(asset("feeds/google-news-world.xml"));
  for (const auto& it : f.items) {
    CHECK_FALSE(it.source.title.empty());
    CHECK(it.title.size() > 3);
    CHECK(it.title.find(" - " + it.source.title) == std::string::npos);
    CHECK_FALSE(it.related.empty());
  }
}

TEST_CASE("Reference Google News item: description list gives five related articles", "[googlenews]") {
  // A real item as a downstream site published it (copy of shared/reference); its body is the
  // description HTML.
  std::string text = fv::test::fixture("reference/google-news-item-as-published.md");
  std::size_t body = text.find("\n---\n", 4);
  REQUIRE(body != std::string::npos);
  auto r = gn::related_from_description(text.substr(body + 5));
  REQUIRE(r.size() == 5);
  CHECK(r[0].source == "KSL.com");
  CHECK(r[1].source == "BBC");
  CHECK(r[2].source == "The Guardian");
  CHECK(r[3].source == "The Hill");
  CHECK(r[4].source == "CNN");
  CHECK(r[3].title == "NATO ambassador: \u2018We could be on the cusp\u2019 of peace deal between Russia, Ukraine");
}
