#include "core/reading/folders.h"

#include <unordered_map>

#include <nlohmann/json.hpp>

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

std::string folder_names_to_json(const std::set<std::string>& names) {
  nlohmann::json arr = nlohmann::json::array();
  for (const std::string& n : names) arr.push_back(n);
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::set<std::string> folder_names_from_json(std::string_view json) {
  std::set<std::string> out;
  const nlohmann::json doc = nlohmann::json::parse(json.begin(), json.end(), nullptr, false);
  if (!doc.is_array()) return out;
  for (const nlohmann::json& n : doc) {
    if (out.size() >= 1000) break;
    if (n.is_string() && !n.get_ref<const std::string&>().empty()) out.insert(n.get<std::string>());
  }
  return out;
}

}  // namespace fv::reading
