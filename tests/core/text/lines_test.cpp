#include <catch2/catch.hpp>

#include "core/text/lines.h"

using fv::text::split_lines;
using Lines = std::vector<std::string_view>;

TEST_CASE("split_lines splits at newlines and drops them", "[text][lines]") {
  CHECK(split_lines("a\nbb\nccc") == Lines{"a", "bb", "ccc"});
}

TEST_CASE("split_lines: a final newline ends the last line, no empty line after it", "[text][lines]") {
  CHECK(split_lines("a\nb\n") == Lines{"a", "b"});
  CHECK(split_lines("\n") == Lines{""});
}

TEST_CASE("split_lines keeps empty lines in the middle and a carriage return", "[text][lines]") {
  CHECK(split_lines("a\n\nb\r\n") == Lines{"a", "", "b\r"});
}

TEST_CASE("split_lines of empty text is no lines", "[text][lines]") {
  CHECK(split_lines("").empty());
}
