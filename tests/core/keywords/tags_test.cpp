#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/keywords/headline.h"
#include "core/keywords/tags.h"
#include "core/parse.h"
#include "../fixtures.h"

using fv::keywords::TermStats;
using fv::keywords::tags_for;

TEST_CASE("Reference item's tags, scored against the bundled sample feed, are the reference tags in order") {
  fv::ParseResult parsed = fv::parse_feed(fv::test::asset("feeds/google-news-world.xml"));
  REQUIRE(parsed.ok);
  REQUIRE(parsed.feed.items.size() > 1);
  TermStats stats;
  for (const fv::Item& item : parsed.feed.items) stats.add(fv::keywords::headline_of(item), parsed.feed.language);
  CHECK(tags_for(fv::keywords::headline_of(parsed.feed.items[0]), stats, 5, parsed.feed.language) ==
        std::vector<std::string>{"guarantees", "security", "ukraine", "summit", "allies"});
}

TEST_CASE("A word common to the loaded headlines loses to rarer words of the same length") {
  TermStats stats;
  stats.add("Ukraine talks resume");
  stats.add("Ukraine grain deal");
  stats.add("Ukraine energy minister dismissed");
  stats.add("Bakery wins prize");
  // "ukraine" (7 letters) is in 3 of 4 headlines; "dismissed" and "minister" are rarer.
  auto tags = tags_for("Ukraine energy minister dismissed", stats, 2);
  CHECK(tags == std::vector<std::string>{"dismissed", "minister"});
}

TEST_CASE("Tags skip stop words, numbers and the source suffix, and keep diacritics") {
  TermStats stats;
  stats.add("WHO: Masernfälle in Europa auf Rekordniveau", "de");
  auto tags = tags_for("WHO: Masernfälle in Europa auf Rekordniveau", stats, 5, "de");
  CHECK(tags == std::vector<std::string>{"rekordniveau", "masernfälle", "europa", "who"});
  fv::Item item;
  item.title = "Quake of 6.9 hits Tohoku - NHK WORLD";
  item.source.title = "NHK WORLD";
  CHECK(fv::keywords::headline_of(item) == "Quake of 6.9 hits Tohoku");
}
