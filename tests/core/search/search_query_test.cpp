#include <catch2/catch.hpp>

#include <string>

#include "core/search/search_query.h"

using fv::search::matching_key;
using fv::search::SearchQuery;

namespace {

bool finds(const std::string& query, const std::string& text) {
  return SearchQuery(query).matches(matching_key(text));
}

}  // namespace

TEST_CASE("An empty or blank query matches everything", "[search]") {
  for (const char* q : {"", "   ", "\t \n", "\"\"", "-", " - ", "\xE2\x80\x9C\xE2\x80\x9D"}) {
    INFO("query: " << q);
    const SearchQuery query(q);
    CHECK(query.empty());
    CHECK(query.matches(matching_key("Anything at all")));
    CHECK(query.matches(""));
  }
}

TEST_CASE("Several words must all occur, in any order", "[search]") {
  const std::string text = "Allies meet in Paris to discuss Ukraine security guarantees";
  CHECK(finds("ukraine paris", text));
  CHECK(finds("paris ukraine", text));
  CHECK(finds("  guarantees   allies ", text));
  CHECK_FALSE(finds("ukraine london", text));
  CHECK(SearchQuery("ukraine paris").included() == std::vector<std::string>{"ukraine", "paris"});
}

TEST_CASE("Words match as substrings so results follow each keystroke", "[search]") {
  CHECK(finds("ukr", "Ukraine talks"));
  CHECK(finds("talk", "Ukraine talks"));
  CHECK_FALSE(finds("ukx", "Ukraine talks"));
}

TEST_CASE("A quoted phrase matches only as written", "[search]") {
  CHECK(finds("\"white house\"", "Statement from the White House today"));
  CHECK_FALSE(finds("\"white house\"", "A house painted white"));
  CHECK(finds("\"house\" white", "A house painted white"));
  CHECK(SearchQuery("\"white house\" press").included() ==
        std::vector<std::string>{"white house", "press"});
}

TEST_CASE("Curly quotes make phrases too", "[search]") {
  // “white house” as typed by phone keyboards
  const SearchQuery q("\xE2\x80\x9Cwhite house\xE2\x80\x9D");
  CHECK(q.included() == std::vector<std::string>{"white house"});
  CHECK(q.matches(matching_key("The White House said")));
  CHECK_FALSE(q.matches(matching_key("white paint on the house")));
}

TEST_CASE("An unclosed phrase runs to the end while it is being typed", "[search]") {
  const SearchQuery q("\"white hou");
  CHECK(q.included() == std::vector<std::string>{"white hou"});
  CHECK(q.matches(matching_key("At the White House")));
}

TEST_CASE("A phrase matches across line breaks and repeated spaces", "[search]") {
  CHECK(finds("\"security guarantees\"", "security\n  guarantees for Kyiv"));
  CHECK(finds("\"security   guarantees\"", "security guarantees"));
  CHECK(matching_key("  a \n\t b  ") == "a b");
}

TEST_CASE("A minus excludes a word or a phrase", "[search]") {
  const std::string sport = "Election results: football club wins";
  const std::string politics = "Election results announced";
  CHECK_FALSE(finds("election -football", sport));
  CHECK(finds("election -football", politics));
  CHECK_FALSE(finds("-\"football club\"", sport));
  CHECK(finds("-\"football match\"", sport));
  const SearchQuery q("election -football");
  CHECK(q.excluded() == std::vector<std::string>{"football"});
  CHECK_FALSE(q.empty());
}

TEST_CASE("Only exclusions: everything but the excluded matches", "[search]") {
  CHECK(finds("-sport", "Markets rally"));
  CHECK_FALSE(finds("-sport", "Sport roundup"));
}

TEST_CASE("A hyphen inside a word is part of the word", "[search]") {
  CHECK(finds("covid-19", "New COVID-19 rules"));
  CHECK_FALSE(finds("covid-19", "covid 19"));
  CHECK(SearchQuery("covid-19").excluded().empty());
}

TEST_CASE("Search ignores case", "[search]") {
  CHECK(finds("NASA", "nasa launches"));
  CHECK(finds("nasa", "NASA LAUNCHES"));
  CHECK(finds("strasse", "Hauptstra\xC3\x9F" "e"));  // ß folds to ss
}

TEST_CASE("Search ignores accents either way", "[search]") {
  CHECK(finds("zurich", "Z\xC3\xBCrich votes"));        // Zürich
  CHECK(finds("Z\xC3\xBCrich", "ZURICH votes"));
  CHECK(finds("cafe", "Caf\xC3\xA9 culture"));
  CHECK(finds("caf\xC3\xA9", "CAFE\xCC\x81 culture"));  // decomposed É in the text
  CHECK(finds("sao paulo", "S\xC3\xA3o Paulo floods"));
}

TEST_CASE("Compatibility forms match their plain letters", "[search]") {
  CHECK(finds("finance", "\xEF\xAC\x81nance minister"));   // ﬁ ligature
  CHECK(finds("2024", "\xEF\xBC\x92\xEF\xBC\x90\xEF\xBC\x92\xEF\xBC\x94 budget"));  // full-width digits
}

TEST_CASE("Non-Latin scripts are searched with case folding", "[search]") {
  // Cyrillic: ПУТИН / Путин
  CHECK(finds("\xD0\x9F\xD0\xA3\xD0\xA2\xD0\x98\xD0\x9D",
              "\xD0\x9F\xD1\x83\xD1\x82\xD0\xB8\xD0\xBD \xD0\xB2 \xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2\xD0\xB5"));
  // Greek: ΑΘΗΝΑ / Αθήνα (accent stripped)
  CHECK(finds("\xCE\x91\xCE\x98\xCE\x97\xCE\x9D\xCE\x91",
              "\xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1 news"));
  // Chinese has no spaces: a substring of a sentence is found.  北京 in 北京举行峰会
  CHECK(finds("\xE5\x8C\x97\xE4\xBA\xAC",
              "\xE5\x8C\x97\xE4\xBA\xAC\xE4\xB8\xBE\xE8\xA1\x8C\xE5\xB3\xB0\xE4\xBC\x9A"));
  CHECK_FALSE(finds("\xE4\xB8\x8A\xE6\xB5\xB7",  // 上海
                    "\xE5\x8C\x97\xE4\xBA\xAC\xE4\xB8\xBE\xE8\xA1\x8C\xE5\xB3\xB0\xE4\xBC\x9A"));
  // Arabic: القدس
  CHECK(finds("\xD8\xA7\xD9\x84\xD9\x82\xD8\xAF\xD8\xB3",
              "\xD8\xA3\xD8\xAE\xD8\xA8\xD8\xA7\xD8\xB1 \xD8\xA7\xD9\x84\xD9\x82\xD8\xAF\xD8\xB3"));
}

TEST_CASE("Invalid UTF-8 in a key or query never matches garbage", "[search]") {
  const std::string broken = "caf\xC3 \xFF news";
  CHECK(finds("news", broken));
  CHECK_FALSE(finds("zzz", broken));
  CHECK(SearchQuery("\xFF\xFE").matches(matching_key("\xFF\xFE")));
}

TEST_CASE("A query narrows another when it can only match fewer items", "[search]") {
  CHECK(SearchQuery("ukrai").narrows(SearchQuery("ukr")));
  CHECK(SearchQuery("ukr summit").narrows(SearchQuery("ukr")));
  CHECK(SearchQuery("ukr -poll").narrows(SearchQuery("ukr")));
  CHECK(SearchQuery("anything").narrows(SearchQuery("")));
  CHECK_FALSE(SearchQuery("uk").narrows(SearchQuery("ukr")));       // deleted a letter
  CHECK_FALSE(SearchQuery("summit").narrows(SearchQuery("ukr")));   // replaced the word
  CHECK_FALSE(SearchQuery("ukr").narrows(SearchQuery("ukr -poll")));  // dropped the exclusion
  CHECK_FALSE(SearchQuery("ukr -polls").narrows(SearchQuery("ukr -poll")));  // longer exclusion excludes less
  CHECK(SearchQuery("ukr -pol").narrows(SearchQuery("ukr -poll")));
}
