#include <catch2/catch.hpp>

#include "core/export/story_markdown.h"

using namespace fv;

TEST_CASE("A story exports its lead's front matter and every member in the related list") {
  stories::StoryIndex index;
  Item a;
  a.id = "a";
  a.title = "Japan lifts tsunami advisory after strong earthquake off northeast coast";
  a.link = "https://apnews.example/quake";
  a.published = 1767884400;  // 2026-01-08T15:00Z
  a.source.title = "AP News";
  Item b = a;
  b.id = "b";
  b.title = "Powerful earthquake strikes off Japan's northeast coast, tsunami advisory lifted";
  b.link = "https://reuters.example/quake";
  b.published = 1767880800;  // an hour earlier: the lead
  b.source.title = "Reuters";
  index.add("https://feeds.apnews.example/world.rss", a);
  index.add("https://reuters.example/world.xml", b);
  auto all = index.stories();
  REQUIRE(all.size() == 1);

  keywords::TermStats stats;
  stats.add(a.title);
  stats.add(b.title);
  exporting::ExportOptions options;
  options.term_stats = &stats;
  exporting::FrontMatter fm = exporting::story_front_matter(all[0], index, options);
  CHECK(fm.title == b.title + " - Reuters");
  CHECK(fm.link == b.link);
  CHECK(fm.date == "2026-01-08");
  CHECK(fm.source == "https://reuters.example/world.xml");
  CHECK(fm.categories == std::vector<std::string>{"feeds.apnews.example", "reuters.example"});
  CHECK(fm.description == b.title + " (Reuters) · " + a.title + " (AP News)");
  CHECK_FALSE(fm.tags.empty());

  std::string md = exporting::story_to_markdown(all[0], index, options);
  std::string body = md.substr(md.find("\n---\n") + 5);
  CHECK(body.find("reuters.example/quake") < body.find("apnews.example/quake"));
  CHECK(exporting::story_file_name(all[0], index).rfind("story_", 0) == 0);
}
