#include <catch2/catch.hpp>

#include "core/text/entities.h"
#include "core/text/utf8.h"

using fv::text::decode_entities;
using fv::text::decode_entities_in_attribute;

TEST_CASE("The generated table holds all 2,231 HTML5 named references, sorted and unique", "[entities]") {
  REQUIRE(fv::text::named_reference_count() == 2231);
  for (std::size_t i = 1; i < fv::text::named_reference_count(); ++i)
    REQUIRE(fv::text::named_reference_name(i - 1) < fv::text::named_reference_name(i));
}

TEST_CASE("Every named reference in the table decodes to its table value", "[entities]") {
  std::size_t legacy = 0;
  for (std::size_t i = 0; i < fv::text::named_reference_count(); ++i) {
    const std::string_view name = fv::text::named_reference_name(i);
    const auto value = fv::text::lookup_named_reference(name);
    REQUIRE(value.has_value());
    REQUIRE(!value->empty());
    REQUIRE(fv::text::is_valid_utf8(*value));
    INFO(name);
    CHECK(decode_entities("&" + std::string(name)) == std::string(*value));
    if (name.back() != ';') {
      ++legacy;
      // Every legacy name also exists with its semicolon, meaning the same.
      CHECK(fv::text::lookup_named_reference(std::string(name) + ";") == value);
    }
  }
  CHECK(legacy == 106);
}

TEST_CASE("Common named references decode to the right characters", "[entities]") {
  CHECK(decode_entities("&amp;&lt;&gt;&quot;&apos;") == "&<>\"'");
  CHECK(decode_entities("&nbsp;") == "\xC2\xA0");
  CHECK(decode_entities("&eacute;&Eacute;&uuml;&szlig;") == "\xC3\xA9\xC3\x89\xC3\xBC\xC3\x9F");
  CHECK(decode_entities("&hellip;&mdash;&ndash;&lsquo;&rsquo;&ldquo;&rdquo;") ==
        "\xE2\x80\xA6\xE2\x80\x94\xE2\x80\x93\xE2\x80\x98\xE2\x80\x99\xE2\x80\x9C\xE2\x80\x9D");
  CHECK(decode_entities("&euro;&pound;&yen;&copy;&reg;&trade;") ==
        "\xE2\x82\xAC\xC2\xA3\xC2\xA5\xC2\xA9\xC2\xAE\xE2\x84\xA2");
  CHECK(decode_entities("&alpha;&Omega;&rarr;&hearts;") == "\xCE\xB1\xCE\xA9\xE2\x86\x92\xE2\x99\xA5");
}

TEST_CASE("Named references are case-sensitive", "[entities]") {
  CHECK(decode_entities("&AMP;") == "&");      // in the list
  CHECK(decode_entities("&Amp;") == "&Amp;");  // not in the list
  CHECK(decode_entities("&Eacute;") != decode_entities("&eacute;"));
}

TEST_CASE("References that expand to two code points decode to both", "[entities]") {
  // U+2242 U+0338 and U+223E U+0333
  CHECK(decode_entities("&NotEqualTilde;") == "\xE2\x89\x82\xCC\xB8");
  CHECK(decode_entities("&acE;") == "\xE2\x88\xBE\xCC\xB3");
}

TEST_CASE("The longest name wins, including the longest legacy prefix without ';'", "[entities]") {
  CHECK(decode_entities("&notin;") == "\xE2\x88\x89");
  CHECK(decode_entities("&notit;") == "\xC2\xACit;");  // legacy "&not" then "it;"
  CHECK(decode_entities("&ampx") == "&x");
  CHECK(decode_entities("&amp") == "&");
  CHECK(decode_entities("&copy2026") == "\xC2\xA9" "2026");
  CHECK(decode_entities("&nbsp") == "\xC2\xA0");
}

TEST_CASE("Names that need a semicolon stay literal without it", "[entities]") {
  CHECK(decode_entities("&hellip") == "&hellip");
  CHECK(decode_entities("&rarr and") == "&rarr and");
}

TEST_CASE("Unknown names, bare ampersands and empty references stay literal", "[entities]") {
  CHECK(decode_entities("AT&T") == "AT&T");
  CHECK(decode_entities("Tom & Jerry") == "Tom & Jerry");
  CHECK(decode_entities("&foo;") == "&foo;");
  CHECK(decode_entities("&;") == "&;");
  CHECK(decode_entities("&") == "&");
  CHECK(decode_entities("a&&b") == "a&&b");
  CHECK(decode_entities("&#;") == "&#;");
  CHECK(decode_entities("&#x;") == "&#x;");
  CHECK(decode_entities("&#xZ;") == "&#xZ;");
}

TEST_CASE("Decimal and hexadecimal references decode, with or without ';'", "[entities]") {
  CHECK(decode_entities("&#65;&#x41;&#X41;&#0065;") == "AAAA");
  CHECK(decode_entities("&#65&#x42") == "AB");
  CHECK(decode_entities("I&#39;m") == "I'm");
  CHECK(decode_entities("&#x1F600;") == "\xF0\x9F\x98\x80");
  CHECK(decode_entities("&#233;") == "\xC3\xA9");
  CHECK(decode_entities("&#x10FFFF;") == "\xF4\x8F\xBF\xBF");
}

TEST_CASE("Numeric references to C1 controls map through Windows-1252", "[entities]") {
  CHECK(decode_entities("&#128;") == "\xE2\x82\xAC");   // €
  CHECK(decode_entities("&#x80;") == "\xE2\x82\xAC");
  CHECK(decode_entities("&#150;") == "\xE2\x80\x93");   // –
  CHECK(decode_entities("&#151;") == "\xE2\x80\x94");   // —
  CHECK(decode_entities("&#146;") == "\xE2\x80\x99");   // ’
  CHECK(decode_entities("&#x9F;") == "\xC5\xB8");       // Ÿ
  // The five bytes Windows-1252 leaves undefined stay the C1 control itself.
  CHECK(decode_entities("&#129;") == "\xC2\x81");
  CHECK(decode_entities("&#x9D;") == "\xC2\x9D");
}

TEST_CASE("Invalid numeric references become U+FFFD", "[entities]") {
  const std::string fffd = "\xEF\xBF\xBD";
  CHECK(decode_entities("&#0;") == fffd);
  CHECK(decode_entities("&#xD800;") == fffd);
  CHECK(decode_entities("&#xDFFF;") == fffd);
  CHECK(decode_entities("&#x110000;") == fffd);
  CHECK(decode_entities("&#1114112;") == fffd);
  CHECK(decode_entities("&#99999999999999999999;") == fffd);
  CHECK(decode_entities("&#xFFFFFFFFFFFF;x") == fffd + "x");
}

TEST_CASE("In attribute values a legacy reference before '=' or an alphanumeric stays literal", "[entities]") {
  CHECK(decode_entities_in_attribute("?a=1&copy=2") == "?a=1&copy=2");
  CHECK(decode_entities_in_attribute("?a=1&copyx") == "?a=1&copyx");
  CHECK(decode_entities_in_attribute("?a=1&amp;copy=2") == "?a=1&copy=2");
  CHECK(decode_entities_in_attribute("&copy 2026") == "\xC2\xA9 2026");
  CHECK(decode_entities_in_attribute("&lt;&notin;") == "<\xE2\x88\x89");
  // Outside attributes the same text is decoded.
  CHECK(decode_entities("?a=1&copy=2") == "?a=1\xC2\xA9=2");
}

TEST_CASE("Text without references is returned unchanged", "[entities]") {
  CHECK(decode_entities("") == "");
  CHECK(decode_entities("plain text, no refs") == "plain text, no refs");
  CHECK(decode_entities("\xE6\x97\xA5\xE6\x9C\xAC") == "\xE6\x97\xA5\xE6\x9C\xAC");
}

TEST_CASE("Double-escaped text is decoded only once", "[entities]") {
  CHECK(decode_entities("&amp;amp;") == "&amp;");
  CHECK(decode_entities("&amp;lt;b&amp;gt;") == "&lt;b&gt;");
}
