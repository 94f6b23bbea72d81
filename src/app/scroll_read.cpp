#include "app/scroll_read.h"

#include <imgui.h>

#include "app/platform.h"

namespace fv::app {

bool ScrollRead::enabled(const Settings& settings) {
  return settings.get("view.read_on_scroll", "0") == "1";
}

void ScrollRead::set_enabled(Settings& settings, bool on) {
  settings.set("view.read_on_scroll", on ? "1" : "0");
}

std::vector<std::pair<std::size_t, std::size_t>> ScrollRead::after_draw(const HeadlineList& list,
                                                                       bool on) {
  // Switched on, or the rows changed under the viewport: start counting from here.
  if (!on || !was_on_ || list.generation() != generation_) past_.reset();
  was_on_ = on;
  generation_ = list.generation();
  if (!on) return {};
  const bool scrolling =
      !ImGui::GetIO().WantTextInput &&
      (ImGui::IsWindowHovered() || ImGui::IsWindowFocused(ImGuiFocusedFlags_RootAndChildWindows));
  const layout::RowRange past = past_.update(list.first_visible(), scrolling);
  return past.empty() ? std::vector<std::pair<std::size_t, std::size_t>>{}
                      : list.items(past.first, past.last);
}

}  // namespace fv::app
