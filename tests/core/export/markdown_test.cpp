#include <catch2/catch.hpp>

#include "core/export/markdown.h"

using namespace fv::exporting;

TEST_CASE("Item without related coverage exports its content as body and its text as description") {
  fv::Item item;
  item.id = "1";
  item.title = "Council approves budget";
  item.link = "https://example.org/a";
  item.published = 1767873600;
  item.summary = "<p>The council <b>approved</b> the budget &amp; tax plan.</p>";
  ExportOptions options;
  options.feed_url = "https://example.org/feed.xml";
  std::string md = item_to_markdown(item, options);
  CHECK(md.find("description: \"The council approved the budget & tax plan.\"\n") != std::string::npos);
  CHECK(md.find("categories:\n- 'example.org'\n") != std::string::npos);
  CHECK(md.find("date: 2026-01-08\n") != std::string::npos);
  CHECK(md.substr(md.find("\n---\n") + 5) == item.summary + "\n");
}

TEST_CASE("Title with no source suffix gets the item's source appended, as Google News shows it") {
  fv::Item item;
  item.title = "Headline here";
  item.source.title = "Reuters";
  CHECK(display_title(item) == "Headline here - Reuters");
  item.title = "Headline here - Reuters";
  CHECK(display_title(item) == "Headline here - Reuters");
}

TEST_CASE("Item with no date, tags or feed URL renders empty values as valid YAML") {
  fv::Item item;
  item.title = "!!!";
  std::string fm = render_front_matter(item_front_matter(item, {}));
  CHECK(fm.find("date: ''\n") != std::string::npos);
  CHECK(fm.find("categories: []\n") != std::string::npos);
  CHECK(fm.find("tags: []\n") != std::string::npos);
}

TEST_CASE("Related list HTML escapes markup in headlines and links") {
  std::string html = related_list_html({{"A <b> & \"c\"", "https://x.test/?a=1&b=2", "S&P"}});
  CHECK(html == "<ol><li><a href=\"https://x.test/?a=1&amp;b=2\" target=\"_blank\">A &lt;b&gt; &amp; &quot;c&quot;</a>"
                "&nbsp;&nbsp;<font color=\"#6f6f6f\">S&amp;P</font></li></ol>");
}

TEST_CASE("Dates are UTC calendar days, also before 1970 and on leap days") {
  CHECK(iso_date(0) == "1970-01-01");
  CHECK(iso_date(-1) == "1969-12-31");
  CHECK(iso_date(951782400) == "2000-02-29");
  CHECK(iso_date(1767916799) == "2026-01-08");
}
