// The sidebar's grouping of feeds: folders in the order they first appear in the subscription
// list, each with its feeds in list order, then the feeds without a folder.
#pragma once

#include <cstddef>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace fv::reading {

struct FolderGroup {
  std::string name;                // "" for the feeds without a folder (always last)
  std::vector<std::size_t> feeds;  // indices into the subscription list
};

std::vector<FolderGroup> group_by_folder(const std::vector<std::string_view>& folders);

// The collapsed folders, as remembered in settings: a JSON array of names. Reading is
// lenient (anything but an array of strings gives what is readable, at most 1000 names).
std::string folder_names_to_json(const std::set<std::string>& names);
std::set<std::string> folder_names_from_json(std::string_view json);

}  // namespace fv::reading
