#include "app/mute_manager.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "app/click_targets.h"
#include "app/dialog.h"
#include "app/platform.h"

namespace fv::app {

MuteManager::MuteManager(Settings& settings)
    : settings_(settings), rules_(filters::MuteRules::parse(settings.get("mutes", ""))) {}

void MuteManager::save() { settings_.set("mutes", rules_.serialize()); }

bool MuteManager::add_rule(filters::MuteRule rule) {
  if (!rules_.add(std::move(rule))) return false;
  save();
  return true;
}

bool MuteManager::remove_rule(const filters::MuteRule& rule) {
  if (!rules_.remove_rule(rule)) return false;
  save();
  return true;
}

std::string MuteManager::mirror_json() const {
  nlohmann::json arr = nlohmann::json::array();
  for (const filters::MuteRule& r : rules_.rules())
    arr.push_back((r.kind == filters::MuteRule::Kind::Source ? "source: " : "word: ") + r.text);
  return arr.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

bool MuteManager::draw(const FontHandles& f, const Palette& p, float scale) {
  constexpr const char* kTitle = "Mute rules";
  if (open_request_) {
    ImGui::OpenPopup(kTitle);
    open_request_ = false;
    frames_left_ = 20;
    focus_input_ = true;
  }
  bool changed = false;
  if (frames_left_ > 0) --frames_left_;
  open_ = begin_dialog(kTitle, 420.0f, scale);
  if (open_) {
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f * scale, 10.0f * scale));
    // Buttons read as buttons on the dialog's surface.
    ImGui::PushStyleColor(ImGuiCol_Button, ImGui::ColorConvertU32ToFloat4(p.hover));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImGui::ColorConvertU32ToFloat4(p.pressed));
    ImGui::PushFont(f.headline);
    ImGui::TextUnformatted(kTitle);
    ImGui::PopFont();
    ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
    ImGui::PushFont(f.meta);
    ImGui::TextWrapped("Hide headlines whose title has a word or phrase, or that come from a source "
                       "(its exact name).");
    ImGui::PopFont();
    ImGui::PopStyleColor();

    // New rule: one field, two ways to add it.
    const ImGuiStyle& style = ImGui::GetStyle();
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, std::floor(scale)));
    ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.divider));
    ImGui::SetNextItemWidth(-1);
    if (focus_input_) {
      ImGui::SetKeyboardFocusHere();
      focus_input_ = false;
    }
    const bool enter = ImGui::InputTextWithHint("##mute-input", "Word, phrase or source name", input_,
                                                sizeof input_, ImGuiInputTextFlags_EnterReturnsTrue);
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();
    const bool has_text = input_[0] != 0;
    if (!has_text) ImGui::BeginDisabled();
    const bool add_word = ImGui::Button("Mute word") || (enter && has_text);
    ImGui::SameLine();
    const bool add_source = ImGui::Button("Mute source");
    note_click_target("mute-source");
    if (!has_text) ImGui::EndDisabled();
    if ((add_word || add_source) && has_text) {
      filters::MuteRule rule;
      rule.kind = add_source ? filters::MuteRule::Kind::Source : filters::MuteRule::Kind::Word;
      rule.text = input_;
      if (rules_.add(std::move(rule))) {
        save();
        changed = true;
      }
      input_[0] = 0;
      focus_input_ = true;
      frames_left_ = 3;
    }

    ImGui::Separator();
    if (rules_.empty()) {
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
      ImGui::TextUnformatted("No mute rules yet.");
      ImGui::PopStyleColor();
    }
    int remove = -1;
    for (std::size_t i = 0; i < rules_.rules().size(); ++i) {
      const filters::MuteRule& r = rules_.rules()[i];
      ImGui::PushID(int(i));
      ImGui::AlignTextToFramePadding();
      ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
      ImGui::TextUnformatted(r.kind == filters::MuteRule::Kind::Source ? "Source" : "Word");
      ImGui::PopStyleColor();
      ImGui::SameLine(72.0f * scale + ImGui::GetCursorStartPos().x);
      ImGui::TextUnformatted(r.text.c_str());
      const float remove_w = ImGui::CalcTextSize("Remove").x + style.FramePadding.x * 2;
      ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - remove_w);
      if (ImGui::SmallButton("Remove")) remove = int(i);
      note_click_target("mute-remove", int(i));
      ImGui::PopID();
    }
    if (remove >= 0) {
      rules_.remove(std::size_t(remove));
      save();
      changed = true;
    }
    ImGui::Separator();
    const bool done = dialog_close_button("Done", "mute-done");
    if (done ||
        (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !ImGui::GetIO().WantTextInput) ||
        (ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape)) && !has_text))
      ImGui::CloseCurrentPopup();
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    ImGui::EndPopup();
  }
  return changed;
}

}  // namespace fv::app
