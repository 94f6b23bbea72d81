#include <catch2/catch.hpp>

#include "core/keywords/stopwords.h"
#include "core/keywords/words.h"

using namespace fv::keywords;

TEST_CASE("Words split at apostrophes and punctuation but keep decimal numbers whole") {
  auto w = split_words("Kyiv's allies: 6.9 quake, €50 billion");
  std::vector<std::string> folded;
  for (auto& x : w) folded.push_back(x.folded);
  CHECK(folded == std::vector<std::string>{"kyiv", "s", "allies", "6.9", "quake", "50", "billion"});
  CHECK(w[3].numeric);
  CHECK_FALSE(w[0].numeric);
}

TEST_CASE("Match keys fold case and diacritics and meet across inflections") {
  auto key = [](const char* s) { return split_words(s).at(0).key; };
  CHECK(key("Guarantees") == key("guarantee"));
  CHECK(key("drones") == key("drone"));
  CHECK(key("Séisme") == key("seisme"));
  CHECK(key("Украина") == key("Украины"));
  CHECK(key("атака") == key("атаки"));
  CHECK(key("STRASSE") == key("Straße"));
  CHECK(split_words("Masernfälle")[0].folded == "masernfälle");
}

TEST_CASE("Headline language is guessed from stop words and script when no hint is given") {
  CHECK(guess_language(split_words("Le gouvernement survit à une motion de censure")) == "fr");
  CHECK(guess_language(split_words("Die Koalition einigt sich auf das Rentenpaket")) == "de");
  CHECK(guess_language(split_words("Рада ухвалила законопроєкт про демобілізацію")) == "uk");
  CHECK(guess_language(split_words("Банк России сохранил ключевую ставку")) == "ru");
  CHECK(guess_language(split_words("Ukraine war briefing")) == "en");
  CHECK(guess_language(split_words("WHO: Masernfälle in Europa auf Rekordniveau")) == "de");
  CHECK(guess_language(split_words("El BCE recorta los tipos de interés")) == "es");
  CHECK(guess_language(split_words("anything"), "pt-BR") == "pt");
}

TEST_CASE("Every language has a stop-word list that removes its function words") {
  CHECK(stopword_languages() == std::vector<std::string>{"en", "de", "fr", "es", "it", "pt", "ru", "uk"});
  CHECK(is_stopword("en", "the"));
  CHECK(is_stopword("de", "und"));
  CHECK(is_stopword("fr", "les"));
  CHECK(is_stopword("es", "los"));
  CHECK(is_stopword("it", "della"));
  CHECK(is_stopword("pt", "nao"));  // "não", marks stripped
  CHECK(is_stopword("ru", "что"));
  CHECK(is_stopword("uk", "що"));
  CHECK_FALSE(is_stopword("en", "war"));
  CHECK(is_stopword("de", "war"));
}
