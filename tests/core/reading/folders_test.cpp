#include <catch2/catch.hpp>

#include "core/reading/folders.h"

using fv::reading::folder_names_from_json;
using fv::reading::folder_names_to_json;
using fv::reading::group_by_folder;

TEST_CASE("Feeds group by folder in first-appearance order, feeds without a folder last", "[reading]") {
  const auto groups = group_by_folder({"News", "", "Tech", "News", ""});
  REQUIRE(groups.size() == 3);
  CHECK(groups[0].name == "News");
  CHECK(groups[0].feeds == std::vector<std::size_t>{0, 3});
  CHECK(groups[1].name == "Tech");
  CHECK(groups[1].feeds == std::vector<std::size_t>{2});
  CHECK(groups[2].name.empty());
  CHECK(groups[2].feeds == std::vector<std::size_t>{1, 4});
  CHECK(group_by_folder({}).empty());
}

TEST_CASE("Collapsed folder names survive a round trip through settings JSON", "[reading]") {
  const std::set<std::string> names{"News", "Tech \xC3\xA9\"quoted\"", "World/Europe"};
  CHECK(folder_names_from_json(folder_names_to_json(names)) == names);
  CHECK(folder_names_to_json({}) == "[]");
}

TEST_CASE("Reading collapsed folder names skips what is not a name", "[reading]") {
  CHECK(folder_names_from_json("").empty());
  CHECK(folder_names_from_json("{\"News\": true}").empty());
  CHECK(folder_names_from_json("[\"News\", 3, null, \"\", [\"x\"], \"Tech\"]") ==
        std::set<std::string>{"News", "Tech"});
}
