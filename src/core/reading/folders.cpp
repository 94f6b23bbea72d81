#include "core/reading/folders.h"

#include <unordered_map>

namespace fv::reading {

std::vector<FolderGroup> group_by_folder(const std::vector<std::string_view>& folders) {
  std::vector<FolderGroup> groups;
  FolderGroup loose;
  std::unordered_map<std::string_view, std::size_t> index;  // folder name → group
  for (std::size_t i = 0; i < folders.size(); ++i) {
    if (folders[i].empty()) {
      loose.feeds.push_back(i);
      continue;
    }
    auto [it, added] = index.emplace(folders[i], groups.size());
    if (added) groups.push_back(FolderGroup{std::string(folders[i]), {}});
    groups[it->second].feeds.push_back(i);
  }
  if (!loose.feeds.empty()) groups.push_back(std::move(loose));
  return groups;
}

}  // namespace fv::reading
