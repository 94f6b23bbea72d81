// App: the header's layout inputs, what its buttons do (from the canvas, labelled or as icons,
// and from the accessible mirror's toolbar), and that toolbar's state.
#include <cfloat>

#include "app/app.h"

namespace fv::app {

layout::HeaderInput App::header_input(float x, float width, float brand_x, float status_w,
                                      float scale) {
  const FontHandles& f = fonts_.fonts();
  ImGui::PushFont(f.meta);  // the labelled buttons' font
  const ImGuiStyle& style = ImGui::GetStyle();
  auto button = [&](const char* label) { return ImGui::CalcTextSize(label).x + style.FramePadding.x * 2; };
  const float help = ImGui::GetFontSize() + style.FramePadding.y * 2;
  layout::HeaderInput in;
  in.full_buttons = button("Trends") + help + button("Feeds") + button("Light") + 3 * 4.0f * scale;
  ImGui::PopFont();
  in.width = width;
  in.left = brand_x - x;
  in.brand_w = f.brand->CalcTextSizeA(f.brand->FontSize, FLT_MAX, 0, "feedview").x;
  in.list_x = header_search_x_ - x;
  in.pad = 16.0f * scale;
  in.gap = 12.0f * scale;
  in.compact_buttons = header_icons_width(scale);
  in.status_w = status_w;
  in.min_search = 150.0f * scale;
  in.max_search = 320.0f * scale;
  in.status_room = 180.0f * scale;
  return in;  // from the header's left edge: the caller adds x to search_x
}

void App::run_header_action(HeaderAction action) {
  Settings& settings = platform_.settings();
  switch (action) {
    case HeaderAction::None: return;
    case HeaderAction::Trends: trends_.toggle(); break;
    case HeaderAction::Help: help_.toggle(platform_); break;
    case HeaderAction::Feeds: open_subscriptions(true); break;
    case HeaderAction::Theme: settings.set("theme", next_theme(settings.get("theme", "system"))); break;
    case HeaderAction::ReadOnScroll: ScrollRead::set_enabled(settings, !ScrollRead::enabled(settings)); break;
  }
  publish_toolbar();
}

void App::publish_toolbar() {
  Settings& settings = platform_.settings();
  std::string json = toolbar_json(trends_.visible(), settings.get("theme", "system"),
                                  ScrollRead::enabled(settings));
  if (json == toolbar_published_) return;
  toolbar_published_ = std::move(json);
  platform_.publish_toolbar(toolbar_published_);
}

}  // namespace fv::app
