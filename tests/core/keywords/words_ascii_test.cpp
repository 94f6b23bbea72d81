// The ASCII fast path of split_words must give exactly what the all-utf8proc path gives, on
// ASCII, on other scripts and on text that mixes them inside one word.
#include <catch2/catch.hpp>

#include <sstream>
#include <string>
#include <vector>

#include "../fixtures.h"
#include "core/keywords/words.h"

using namespace fv::keywords;

namespace {

void require_same_words(const std::string& text) {
  const std::vector<Word> fast = split_words(text);
  const std::vector<Word> general = split_words_unicode_only(text);
  INFO("text: " << text);
  REQUIRE(fast.size() == general.size());
  for (std::size_t i = 0; i < fast.size(); ++i) {
    INFO("word " << i << ": " << general[i].surface);
    CHECK(fast[i].surface == general[i].surface);
    CHECK(fast[i].folded == general[i].folded);
    CHECK(fast[i].plain == general[i].plain);
    CHECK(fast[i].key == general[i].key);
    CHECK(fast[i].numeric == general[i].numeric);
    CHECK(fast[i].length == general[i].length);
  }
}

}  // namespace

TEST_CASE("ASCII fast path splits and folds like the general path on mixed-script text") {
  for (const char* text : {
           "US backs security guarantees for Ukraine at summit of Kyiv's allies in Paris",
           "Kyiv's allies: 6.9 quake, \xE2\x82\xAC" "50 billion; 1,000 dead; v2.0.1 released",
           "Z\xC3\xBCrich STRASSE Stra\xC3\x9F" "e caf\xC3\xA9 CAFE",                // Zürich, Straße, café
           "cafe\xCC\x81 naive\xCC\x88 e\xCC\x81t\xC3\xA9",                          // combining marks after ASCII
           "\xEF\xAC\x81nance \xEF\xBC\xA1\xEF\xBC\xA2\xEF\xBC\xA3 abc",              // ligature fi, full-width ABC
           "\xD0\x9A\xD0\xB8\xD1\x97\xD0\xB2 Kyiv \xD0\x9A\xD0\xB8\xD0\xB5\xD0\xB2mix", // Cyrillic next to Latin
           "12\xD9\xAB" "5 \xD9\xA1\xD9\xA2,34 3.\xD9\xA4 7,8,9",                      // Arabic-Indic digits around separators
           "x\xC2\xB2 H\xE2\x82\x82O \xE2\x85\xA0\xE2\x85\xA1 \xC7\x85ungla",         // superscript, subscript, Roman numerals, titlecase
           "snake_case kebab-case dot.word CAPS42 42CAPS under__score",
           "bad\xFFutf8 \xC3 trailing \xE2\x82 and\x80more",                          // invalid bytes inside words
           "\xE4\xB8\xAD\xE5\x9B\xBD ASCII\xE4\xB8\xAD mixed \xCE\x91\xCE\xB8\xCE\xAE\xCE\xBD\xCE\xB1",
           "", "   ", "a", "A.B", "1.", ".5", "1..2", "\t\n\r!\"#$%&'()*+/:;<=>?@[\\]^`{|}~",
       })
    require_same_words(text);
}

TEST_CASE("ASCII fast path agrees with the general path on every labelled headline") {
  std::istringstream lines(fv::test::fixture("stories/labelled_headlines.tsv"));
  std::string line;
  std::size_t checked = 0;
  while (std::getline(lines, line)) {
    if (line.empty() || line[0] == '#') continue;
    require_same_words(line);
    ++checked;
  }
  CHECK(checked > 300);
}
