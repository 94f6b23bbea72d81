#include <catch2/catch.hpp>

#include "core/export/yaml.h"

using fv::exporting::yaml_double_quoted;
using fv::exporting::yaml_single_quoted;

TEST_CASE("Double-quoted YAML escapes quotes, backslashes, line breaks and control characters") {
  CHECK(yaml_double_quoted("Say \"hi\": #1 \\ done") == "\"Say \\\"hi\\\": #1 \\\\ done\"");
  CHECK(yaml_double_quoted("line one\nline two\r\tend") == "\"line one\\nline two\\r\\tend\"");
  CHECK(yaml_double_quoted(std::string("a\x01" "b\x7f", 4)) == "\"a\\x01b\\x7F\"");
  CHECK(yaml_double_quoted("\xC2\x85|\xE2\x80\xA8|\xE2\x80\xA9|\xEF\xBB\xBF") == "\"\\x85|\\L|\\P|\\uFEFF\"");
}

TEST_CASE("Double-quoted YAML keeps printable Unicode literal and replaces invalid bytes") {
  CHECK(yaml_double_quoted("Kyiv’s «allies» — €50") == "\"Kyiv’s «allies» — €50\"");
  CHECK(yaml_double_quoted("bad\xFF") == "\"bad\xEF\xBF\xBD\"");
}

TEST_CASE("Single-quoted YAML doubles quotes and falls back to double quotes for line breaks") {
  CHECK(yaml_single_quoted("https://x.test/?q='a'&b=#c") == "'https://x.test/?q=''a''&b=#c'");
  CHECK(yaml_single_quoted("") == "''");
  CHECK(yaml_single_quoted("a\nb") == "\"a\\nb\"");
}
