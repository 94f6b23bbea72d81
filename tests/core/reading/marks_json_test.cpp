#include <catch2/catch.hpp>

#include "core/reading/marks_json.h"

using fv::reading::Mark;
using fv::reading::marks_from_json;
using fv::reading::marks_to_json;

TEST_CASE("Marks round-trip through JSON", "[reading][json]") {
  const std::vector<Mark> marks = {{"https://a.example/feed", "a1", {true, false}},
                                   {"https://a.example/feed", "id \"quoted\"", {false, true}}};
  const auto back = marks_from_json(marks_to_json(marks));
  REQUIRE(back.size() == 2);
  CHECK(back[0].feed_url == "https://a.example/feed");
  CHECK(back[0].item_id == "a1");
  CHECK(back[0].flags.read);
  CHECK_FALSE(back[0].flags.starred);
  CHECK(back[1].item_id == "id \"quoted\"");
  CHECK(back[1].flags.starred);
}

TEST_CASE("Marks JSON skips malformed entries and accepts booleans", "[reading][json]") {
  const auto marks = marks_from_json(
      R"([1, null, {"feed": "f"}, {"feed": "f", "id": 3}, {"feed": "", "id": "x"},
          {"feed": "f", "id": "ok", "read": true, "starred": "yes"}])");
  REQUIRE(marks.size() == 1);
  CHECK(marks[0].flags.read);
  CHECK_FALSE(marks[0].flags.starred);
  CHECK(marks_from_json("not json").empty());
  CHECK(marks_from_json("{}").empty());
}
