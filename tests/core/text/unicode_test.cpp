#include <catch2/catch.hpp>

#include "core/text/unicode.h"

using namespace fv::text;

TEST_CASE("fold_case folds ASCII, accented and special cases", "[unicode]") {
  CHECK(fold_case("Hello WORLD") == "hello world");
  CHECK(fold_case("\xC3\x89T\xC3\x89") == "\xC3\xA9t\xC3\xA9");        // ÉTÉ → été
  CHECK(fold_case("Stra\xC3\x9F" "e") == "strasse");                 // ß → ss
  CHECK(fold_case("\xCE\xA3\xCE\x9F\xCE\xA6") == "\xCF\x83\xCE\xBF\xCF\x86");  // ΣΟΦ → σοφ
  CHECK(fold_case("") == "");
}

TEST_CASE("fold_case makes case variants equal", "[unicode]") {
  CHECK(fold_case("M\xC3\x9CNCHEN") == fold_case("m\xC3\xBCnchen"));
}

TEST_CASE("normalize_nfkc unifies compatibility forms and composes accents", "[unicode]") {
  CHECK(normalize_nfkc("\xEF\xAC\x81") == "fi");                           // ﬁ ligature
  CHECK(normalize_nfkc("\xEF\xBC\xA1\xEF\xBC\xA2") == "AB");              // full-width
  CHECK(normalize_nfkc("e\xCC\x81") == "\xC3\xA9");                       // e + combining acute → é
  CHECK(normalize_nfkc("\xE2\x91\xA0") == "1");                           // circled one
}

TEST_CASE("normalize_for_matching combines NFKC and case folding", "[unicode]") {
  CHECK(normalize_for_matching("\xEF\xBC\xA8\xEF\xBD\x85llo") == "hello");
  CHECK(normalize_for_matching("Caf\xC3\xA9") == normalize_for_matching("CAFE\xCC\x81"));
}

TEST_CASE("Invalid UTF-8 is repaired, never passed through", "[unicode]") {
  CHECK(fold_case("A\xFF" "B") == "a\xEF\xBF\xBD" "b");
  CHECK(normalize_nfkc("\xC3") == "\xEF\xBF\xBD");
}

TEST_CASE("strip_invisible_controls removes bidi overrides, isolates and zero-width characters", "[unicode]") {
  CHECK(strip_invisible_controls("a\xE2\x80\xAA" "b\xE2\x80\xAB" "c\xE2\x80\xAC" "d\xE2\x80\xAD" "e\xE2\x80\xAE" "f") == "abcdef");
  CHECK(strip_invisible_controls("a\xE2\x81\xA6" "b\xE2\x81\xA7" "c\xE2\x81\xA8" "d\xE2\x81\xA9" "e") == "abcde");
  CHECK(strip_invisible_controls("a\xE2\x80\x8B" "b\xE2\x80\x8C" "c\xE2\x81\xA0" "d\xEF\xBB\xBF" "e") == "abcde");
  CHECK(strip_invisible_controls("a\xE2\x80\x8E" "b\xE2\x80\x8F" "c") == "abc");
  CHECK(strip_invisible_controls("soft\xC2\xAD" "hyphen") == "softhyphen");
}

TEST_CASE("strip_invisible_controls keeps visible text and emoji joiners", "[unicode]") {
  CHECK(strip_invisible_controls("\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D world") == "\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D world");
  const std::string technologist = "\xF0\x9F\x91\xA9\xE2\x80\x8D\xF0\x9F\x92\xBB";  // 👩‍💻
  CHECK(strip_invisible_controls(technologist) == technologist);
}

TEST_CASE("ASCII-only text folds to lower case without changing anything else", "[unicode]") {
  CHECK(fold_case("Hello, World! 123 ~") == "hello, world! 123 ~");
  CHECK(normalize_nfkc("Hello, World!") == "Hello, World!");
}

TEST_CASE("fold_for_search drops accents, case, compatibility forms and invisible characters", "[unicode]") {
  CHECK(fold_for_search("Caf\xC3\xA9") == "cafe");
  CHECK(fold_for_search("CAFE\xCC\x81") == "cafe");
  CHECK(fold_for_search("Z\xC3\xBCrich") == "zurich");
  CHECK(fold_for_search("\xC3\x85ngstr\xC3\xB6m") == "angstrom");
  CHECK(fold_for_search("soft\xC2\xAD" "hyphen") == "softhyphen");
  CHECK(fold_for_search("\xEF\xBC\xA1\xEF\xBC\xA2") == "ab");
  // Scripts without combining marks are only case-folded.
  CHECK(fold_for_search("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0") == "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0");
}
