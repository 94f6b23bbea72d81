#include "app/click_targets.h"

#include <string>
#include <vector>

namespace fv::app {
namespace {

struct Target {
  std::string name;
  int index;
  ImVec2 min, max;
};
std::vector<Target> g_targets;  // a few dozen per frame: a linear scan is enough

}  // namespace

void clear_click_targets() { g_targets.clear(); }

void note_click_target(std::string_view name, int index) {
  g_targets.push_back({std::string(name), index, ImGui::GetItemRectMin(), ImGui::GetItemRectMax()});
}

void note_click_rect(std::string_view name, int index, ImVec2 min, ImVec2 max) {
  g_targets.push_back({std::string(name), index, min, max});
}

bool find_click_target(std::string_view name, int index, ImVec2* center) {
  for (auto it = g_targets.rbegin(); it != g_targets.rend(); ++it) {
    if (it->name != name || it->index != index) continue;
    *center = ImVec2((it->min.x + it->max.x) * 0.5f, (it->min.y + it->max.y) * 0.5f);
    return true;
  }
  return false;
}

}  // namespace fv::app
