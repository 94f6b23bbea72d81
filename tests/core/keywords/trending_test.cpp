#include <catch2/catch.hpp>

#include "core/keywords/trending.h"
#include "core/keywords/words.h"

using namespace fv::keywords;

TEST_CASE("Trending terms favour words repeated in recent headlines over older ones") {
  const std::int64_t now = 1767873600;
  std::vector<Headline> h = {
      {"Storm Goretti brings snow to UK", "", now - 3600},
      {"Storm Goretti: flights cancelled", "", now - 7200},
      {"Schools closed as Storm Goretti hits", "", now - 1800},
      {"Measles cases rise in Europe", "", now - 5 * 86400},
      {"Measles outbreak spreads in Europe", "", now - 5 * 86400},
      {"Measles: WHO warns Europe", "", now - 5 * 86400},
  };
  auto terms = trending_terms(h, now);
  REQUIRE(terms.size() >= 4);
  // "goretti" and "storm" tie on count and decay; alphabetical order decides.
  CHECK(terms[0].term == "goretti");
  CHECK(terms[1].term == "storm");
  CHECK(terms[0].headlines == 3);
  auto measles = std::find_if(terms.begin(), terms.end(), [](const TrendingTerm& t) { return t.term == "measles"; });
  REQUIRE(measles != terms.end());
  CHECK(measles->score < terms[0].score / 10);
}

TEST_CASE("A word in a single headline does not trend") {
  auto terms = trending_terms({{"Unique headline words", "", 0}, {"Other text here", "", 0}}, 0);
  CHECK(terms.empty());
}

TEST_CASE("A trending term lists the headlines containing any of its inflected forms") {
  const std::int64_t now = 1767873600;
  auto terms = trending_terms({{"Guarantees for Ukraine", "", now},
                               {"Weather today", "", now},
                               {"Ukraine guarantee talks", "", now},
                               {"Talks in Paris", "", now}},
                              now);
  auto guarantee = std::find_if(terms.begin(), terms.end(),
                                [](const TrendingTerm& t) { return t.key == "guaran"; });
  REQUIRE(guarantee != terms.end());
  CHECK(guarantee->members == std::vector<std::size_t>{0, 2});
  auto talks = std::find_if(terms.begin(), terms.end(),
                            [](const TrendingTerm& t) { return t.term == "talks"; });
  REQUIRE(talks != terms.end());
  CHECK(talks->members == std::vector<std::size_t>{2, 3});
}

TEST_CASE("Headlines with a match key are found by any inflected form") {
  const std::vector<Headline> h = {{"Guarantees for Ukraine", "", 0}, {"Weather", "", 0},
                                   {"A guarantee", "", 0}};
  CHECK(headlines_with_key(h, split_words("guarantee")[0].key) == std::vector<std::size_t>{0, 2});
}
