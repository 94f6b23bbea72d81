#include <catch2/catch.hpp>

#include "core/reading/folders.h"

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
