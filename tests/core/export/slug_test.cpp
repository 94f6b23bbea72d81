#include <catch2/catch.hpp>

#include "core/export/slug.h"

using fv::exporting::slugify;

TEST_CASE("Slug of the reference title matches the reference export") {
  CHECK(slugify("US backs security guarantees for Ukraine at summit of Kyiv's allies in Paris - KSL.com") ==
        "us-backs-security-guarantees-for-ukraine-at-summit-of-kyiv-s-allies-in-paris-ksl-com");
}

TEST_CASE("Slugs drop Latin diacritics and spell out ligatures") {
  CHECK(slugify("Déjà vu: Straße in Köln, Łódź & Ærø") == "deja-vu-strasse-in-koln-lodz-aero");
}

TEST_CASE("Russian titles are transliterated by BGN/PCGN, Ukrainian ones by the national system") {
  CHECK(slugify("Зеленский встретился с Макроном в Париже") == "zelenskiy-vstretilsya-s-makronom-v-parizhe");
  CHECK(slugify("Київ: Зеленський і Макрон у Парижі") == "kyiv-zelenskyi-i-makron-u-paryzhi");
  CHECK(slugify("Євросоюз і Україна") == "yevrosoiuz-i-ukraina");
}

TEST_CASE("Greek titles are transliterated") {
  CHECK(slugify("Σεισμός στην Κρήτη") == "seismos-stin-kriti");
}

TEST_CASE("Other scripts keep their letters and digits as UTF-8") {
  CHECK(slugify("東京で地震 M6.9") == "東京で地震-m6-9");
}

TEST_CASE("A title without letters or digits falls back to a stable hash slug") {
  std::string s = slugify("!!! ??? …", "urn:item:1");
  CHECK(s.rfind("item-", 0) == 0);
  CHECK(s.size() == 5 + 16);
  CHECK(s == slugify("", "urn:item:1"));
}

TEST_CASE("Long slugs are cut at a word boundary within the byte limit") {
  std::string title;
  for (int i = 0; i < 60; ++i) title += "word" + std::to_string(i) + " ";
  std::string s = slugify(title);
  CHECK(s.size() <= fv::exporting::kMaxSlugBytes);
  CHECK(s.back() != '-');
  CHECK(s.rfind("word0-word1-", 0) == 0);
}
