#include <catch2/catch.hpp>

#include <algorithm>

#include "core/stories/story_index.h"

using fv::Item;
using fv::stories::EntryId;
using fv::stories::Reason;
using fv::stories::StoryIndex;

namespace {

Item make_item(std::string id, std::string title, std::int64_t time, std::string source = {},
               std::string link = {}) {
  Item item;
  item.id = std::move(id);
  item.title = std::move(title);
  item.published = time;
  item.source.title = std::move(source);
  item.link = std::move(link);
  return item;
}

constexpr std::int64_t kNoon = 1767873600;  // 2026-01-08T12:00Z

}  // namespace

TEST_CASE("A Google News item and its related coverage form one explicit story led by the item") {
  Item item = make_item("g1", "US backs security guarantees for Ukraine at summit in Paris - KSL.com", kNoon,
                        "KSL.com", "https://news.google.com/rss/articles/A?oc=5");
  item.related = {{"US backs security guarantees for Ukraine at summit in Paris", "https://news.google.com/rss/articles/A?oc=5", "KSL.com"},
                  {"Zelensky says Ukraine lacks a clear security pledge", "https://news.google.com/rss/articles/B?oc=5", "BBC"},
                  {"UK and France agree to send troops to Ukraine", "https://news.google.com/rss/articles/C?oc=5", "CNN"}};
  StoryIndex index;
  EntryId lead = index.add("https://news.google.com/rss/topics/world", item);
  // The related entry that is the item itself is not a second member.
  REQUIRE(index.size() == 3);
  auto stories = index.stories();
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].members.size() == 3);
  CHECK(stories[0].lead == lead);
  CHECK(stories[0].source_count == 3);
  CHECK(index.entry(lead).title == "US backs security guarantees for Ukraine at summit in Paris");
  CHECK(index.explain(lead, lead + 2).reason == Reason::Explicit);
}

TEST_CASE("Links equal after identity normalisation join items of different feeds") {
  StoryIndex index;
  EntryId a = index.add("feed-a", make_item("a1", "Local council approves budget", kNoon, "Paper A",
                                            "https://www.example.com/news/budget/?utm_source=rss#top"));
  EntryId b = index.add("feed-b", make_item("b1", "Something else entirely", kNoon + 60, "Paper B",
                                            "http://example.com/news/budget"));
  CHECK(index.story_key(a) == index.story_key(b));
  CHECK(index.explain(a, b).reason == Reason::SameLink);
}

TEST_CASE("Equal guids join items only across feeds, and a refresh of the same feed adds nothing") {
  StoryIndex index;
  EntryId a = index.add("feed-a", make_item("urn:story:42", "First headline", kNoon, "A"));
  EntryId again = index.add("feed-a", make_item("urn:story:42", "First headline", kNoon, "A"));
  CHECK(again == a);
  CHECK(index.size() == 1);
  EntryId b = index.add("feed-b", make_item("urn:story:42", "Unrelated words here", kNoon, "B"));
  CHECK(index.story_key(a) == index.story_key(b));
  CHECK(index.explain(a, b).reason == Reason::SameGuid);
}

TEST_CASE("Near-duplicate headlines from different sources join and explain the shared terms") {
  StoryIndex index;
  EntryId a = index.add("r", make_item("1", "Powerful earthquake strikes off Japan's northeast coast, tsunami advisory lifted", kNoon, "Reuters"));
  EntryId b = index.add("ap", make_item("2", "Japan lifts tsunami advisory after strong earthquake off northeast coast", kNoon + 1800, "AP News"));
  EntryId c = index.add("x", make_item("3", "Local bakery wins national bread award", kNoon + 60, "Gazette"));
  CHECK(index.story_key(a) == index.story_key(b));
  CHECK(index.story_key(a) != index.story_key(c));
  auto x = index.explain(a, b);
  CHECK(x.same_story);
  CHECK(x.reason == Reason::SimilarHeadline);
  CHECK(x.similarity >= index.threshold());
  for (const char* term : {"earthquake", "japan", "northeast", "coast", "tsunami", "advisory"})
    CHECK(std::find(x.shared_terms.begin(), x.shared_terms.end(), term) != x.shared_terms.end());
  // Stop words never count as shared.
  CHECK(std::find(x.shared_terms.begin(), x.shared_terms.end(), "off") == x.shared_terms.end());
}

TEST_CASE("Headlines outside the time window stay apart however similar") {
  StoryIndex index;
  EntryId a = index.add("r", make_item("1", "Fed holds interest rates steady", kNoon, "Reuters"));
  EntryId b = index.add("c", make_item("2", "Fed holds interest rates steady", kNoon + 3 * 86400, "CNBC"));
  CHECK(index.story_key(a) != index.story_key(b));
}

TEST_CASE("One feed's similar headlines stay separate articles; one outlet's join across feeds only when nearly identical") {
  StoryIndex index;
  EntryId a = index.add("reuters-world", make_item("1", "Oil prices jump after OPEC+ extends output cuts", kNoon, "Reuters"));
  EntryId b = index.add("reuters-world", make_item("2", "Oil prices jump after OPEC+ extends output cuts again", kNoon + 60, "Reuters"));
  CHECK(index.story_key(a) != index.story_key(b));
  EntryId c = index.add("reuters-business", make_item("3", "Oil prices jump as OPEC+ extends cuts to output", kNoon + 90, "Reuters"));
  CHECK(index.story_key(c) == index.story_key(a));
  EntryId d = index.add("reuters-markets", make_item("4", "Crude rallies: OPEC+ output cuts extended into spring, oil prices jump", kNoon + 120, "Reuters"));
  CHECK(index.story_key(d) != index.story_key(a));
}

TEST_CASE("Raising and lowering the threshold relinks stored pairs without re-adding items") {
  StoryIndex index;
  EntryId a = index.add("a", make_item("1", "Storm Goretti brings heavy snow and strong winds to the UK", kNoon, "Sky News"));
  EntryId b = index.add("b", make_item("2", "Storm Goretti: amber warnings for snow across the UK", kNoon + 600, "BBC"));
  const double similarity = index.explain(a, b).similarity;
  REQUIRE(similarity > 0.2);
  index.set_threshold(similarity + 0.01);
  CHECK(index.story_key(a) != index.story_key(b));
  index.set_threshold(similarity - 0.01);
  CHECK(index.story_key(a) == index.story_key(b));
}

TEST_CASE("Adding a feed later joins its items to existing stories incrementally") {
  StoryIndex index;
  EntryId a = index.add("de1", make_item("1", "EZB senkt Leitzins um 0,25 Prozentpunkte", kNoon, "tagesschau.de", {}), "de");
  auto before = index.stories();
  CHECK(before.size() == 1);
  EntryId b = index.add("de2", make_item("2", "Europäische Zentralbank: EZB senkt den Leitzins erneut", kNoon + 900, "Handelsblatt"), "de");
  auto after = index.stories();
  REQUIRE(after.size() == 1);
  CHECK(after[0].members == std::vector<EntryId>{a, b});
  CHECK(after[0].lead == a);  // earliest
  CHECK(after[0].first_seen == kNoon);
  CHECK(after[0].last_seen == kNoon + 900);
  CHECK(after[0].source_count == 2);
}

TEST_CASE("German stop words apply to German headlines only, so English 'war' still matches") {
  StoryIndex index;
  EntryId a = index.add("a", make_item("1", "Ukraine war briefing: allies yet to provide guarantee details", kNoon, "The Guardian"));
  EntryId b = index.add("b", make_item("2", "War briefing: Ukraine allies still to provide guarantee details", kNoon + 60, "BBC"));
  auto x = index.explain(a, b);
  CHECK(std::find(x.shared_terms.begin(), x.shared_terms.end(), "war") != x.shared_terms.end());
}

TEST_CASE("An outlet's own feed item joins the Google News story that lists its headline") {
  Item google = make_item("g", "Powerful earthquake strikes off Japan's northeast coast, tsunami advisory lifted - Reuters",
                          kNoon, "Reuters", "https://news.google.com/rss/articles/R?oc=5");
  google.related = {{"Powerful earthquake strikes off Japan's northeast coast, tsunami advisory lifted", "https://news.google.com/rss/articles/R?oc=5", "Reuters"},
                    {"Magnitude 6.9 quake hits Tohoku; no major damage reported", "https://news.google.com/rss/articles/N?oc=5", "NHK WORLD"}};
  StoryIndex index;
  EntryId lead = index.add("https://news.google.com/rss/topics/world", google);
  EntryId nhk = index.add("https://www3.nhk.or.jp/rss/news/cat0.xml",
                          make_item("n1", "Magnitude 6.9 quake hits Tohoku; no major damage reported", kNoon + 300,
                                    "NHK WORLD", "https://www3.nhk.or.jp/nhkworld/en/news/quake/"));
  CHECK(index.story_key(nhk) == index.story_key(lead));
  auto stories = index.stories();
  REQUIRE(stories.size() == 1);
  CHECK(stories[0].lead == lead);        // the item that brought the explicit cluster
  CHECK(stories[0].source_count == 2);   // Reuters, NHK WORLD
  // NHK's own item and Google's related entry are the same headline from the same outlet, so
  // they are joined through the explicit cluster, not by headline similarity.
  CHECK(index.explain(lead, nhk).reason == Reason::None);
  CHECK(index.explain(lead, nhk).same_story);
}

TEST_CASE("Each item with related coverage makes its own explicit story, led by that item") {
  StoryIndex index;
  for (int i = 0; i < 3; ++i) {
    Item item = make_item("id" + std::to_string(i), "Headline number " + std::to_string(i) + " about topic " + std::to_string(i),
                          kNoon + i, "Outlet" + std::to_string(i), "https://news.google.com/a" + std::to_string(i));
    item.related = {{item.title, item.link, item.source.title},
                    {"Other view " + std::to_string(i), "https://news.google.com/b" + std::to_string(i), "Other" + std::to_string(i)}};
    index.add("gn", item);
  }
  auto stories = index.stories();
  REQUIRE(stories.size() == 3);
  for (const auto& s : stories) {
    CHECK(s.members.size() == 2);
    CHECK(index.entry(s.lead).lists_related);
  }
}

TEST_CASE("Links of a story name every direct reason in force and entries are found by feed and id") {
  StoryIndex index;
  EntryId a = index.add("a", make_item("1", "Storm Goretti brings heavy snow and strong winds to the UK", kNoon, "Sky News",
                                       "https://news.example/goretti"));
  EntryId b = index.add("b", make_item("2", "Storm Goretti: heavy snow and strong winds across the UK", kNoon + 600, "BBC"));
  EntryId c = index.add("c", make_item("3", "Unrelated words", kNoon, "Paper", "https://www.news.example/goretti/"));
  auto stories = index.stories();
  REQUIRE(stories.size() == 1);
  auto links = index.links(stories[0]);
  REQUIRE(links.size() == 2);
  for (const auto& l : links) {
    if (l.reason == Reason::SameLink) {
      CHECK(((l.a == a && l.b == c) || (l.a == c && l.b == a)));
    } else {
      CHECK(l.reason == Reason::SimilarHeadline);
      CHECK(((l.a == a && l.b == b) || (l.a == b && l.b == a)));
      CHECK(l.similarity >= index.threshold());
    }
  }
  CHECK(links[0].reason != links[1].reason);
  CHECK(index.find_item("b", "2") == b);
  CHECK_FALSE(index.find_item("b", "1").has_value());
}
