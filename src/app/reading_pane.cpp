#include "app/reading_pane.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>

#include <nlohmann/json.hpp>

#include "app/click_targets.h"
#include "app/icons.h"
#include "app/platform.h"
#include "app/text_layout.h"
#include "core/layout/relative_time.h"

namespace fv::app {
namespace {

constexpr float kPad = 24.0f;  // CSS px around the pane's content

std::vector<std::string> split_paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    std::string line = text.substr(start, end - start);
    const auto first = line.find_first_not_of(" \t\r");
    if (first != std::string::npos) out.push_back(line.substr(first));
    start = end + 1;
  }
  return out;
}

// Wrapped text that acts as a link: hand cursor, underline on hover, opens on release (inside
// the pointerup event, so the browser allows the new tab).
void link_text(ImFont* font, ImU32 color, ImU32 hover_color, const std::string& text,
               const std::string& url, float wrap_width, Platform& platform, const char* id,
               float leading, std::size_t max_lines) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const TextLines lines = wrap_text(font, text, wrap_width, leading, max_lines);
  float w = 1.0f;
  for (std::string_view l : lines.lines)
    w = std::max(w, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, l.data(), l.data() + l.size()).x);
  ImGui::PushID(id);
  const bool clicked = ImGui::InvisibleButton("##link", ImVec2(w, std::max(1.0f, lines.height())));
  note_click_target(std::string("pane-") + id);
  const bool hovered = ImGui::IsItemHovered();
  ImGui::PopID();
  draw_lines(dl, font, pos, hovered ? hover_color : color, lines);
  if (hovered && !url.empty()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  if (clicked && !url.empty()) platform.open_url(url);
}

void wrapped(ImFont* font, ImU32 color, const std::string& text, float wrap_width,
             float leading = 1.3f) {
  const ImVec2 pos = ImGui::GetCursorScreenPos();
  const TextLines lines = wrap_text(font, text, wrap_width, leading);
  draw_lines(ImGui::GetWindowDrawList(), font, pos, color, lines);
  ImGui::Dummy(ImVec2(wrap_width, std::max(1.0f, lines.height())));
}

}  // namespace

void ReadingPane::show(const Headline& headline, const Item& item,
                       std::vector<CoverageEntry> coverage) {
  open_ = true;
  title_ = headline.title;
  link_ = headline.link;
  source_ = headline.source;
  time_ = headline.time;
  author_ = item.author.name;
  related_ = std::move(coverage);
  // A Google News description is nothing but the cluster list: Full coverage shows it better.
  paragraphs_.clear();
  if (item.related.size() < 2) paragraphs_ = split_paragraphs(item.text);
  scroll_to_top_ = true;
}

void ReadingPane::close() { open_ = false; }

// Star / Unstar (a drawn star before the label) and Mark unread / Mark read, as quiet
// outlined buttons beside "Open original".
void ReadingPane::draw_mark_buttons(const Palette& p, float scale) {
  const ImGuiStyle& style = ImGui::GetStyle();
  const float h = ImGui::GetFontSize() + style.FramePadding.y * 2;
  const float star_w = 14.0f * scale;
  ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, std::max(1.0f, std::floor(scale)));
  ImGui::PushStyleColor(ImGuiCol_Border, ImGui::ColorConvertU32ToFloat4(p.divider));
  ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
  const char* star_label = starred_ ? "Starred" : "Star";
  const float star_text = ImGui::CalcTextSize(star_label).x;
  const ImVec2 star_pos = ImGui::GetCursorScreenPos();
  if (ImGui::Button("##star", ImVec2(star_text + star_w + 6.0f * scale + style.FramePadding.x * 2, h)))
    mark_request_ = 's';
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("%s (s)", starred_ ? "Remove the star" : "Star this story");
  }
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImU32 star_col = starred_ ? p.star : p.text_muted;
  icons::star(dl, ImVec2(star_pos.x + style.FramePadding.x + star_w * 0.5f, star_pos.y + h * 0.5f),
              star_w * 0.5f, star_col, starred_, std::max(1.0f, 1.25f * scale));
  dl->AddText(ImVec2(star_pos.x + style.FramePadding.x + star_w + 6.0f * scale,
                     star_pos.y + style.FramePadding.y), p.text, star_label);
  ImGui::SameLine(0, 8.0f * scale);
  if (ImGui::Button(read_ ? "Mark unread" : "Mark read", ImVec2(0, h))) mark_request_ = 'm';
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("%s", "Toggle read (m)");
  }
  ImGui::PopStyleColor(2);
  ImGui::PopStyleVar();
}

bool ReadingPane::draw(const FontHandles& f, const Palette& p, float scale, std::int64_t now,
                       Platform& platform, float width, bool show_back) {
  if (!open_) return false;
  if (scroll_to_top_) {
    ImGui::SetScrollY(0);
    scroll_to_top_ = false;
  }
  bool back = false;
  const float pad = kPad * scale;
  const float x0 = ImGui::GetCursorPosX() + pad;
  const float wrap = std::max(1.0f, width - 2 * pad);
  ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + pad));

  if (show_back) {
    ImGui::PushFont(f.meta);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(0, 0, 0, 0));
    if (ImGui::Button("\xE2\x80\xB9 Back")) back = true;  // ‹ Back (Noto Sans has no arrows)
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleColor();
    ImGui::PopFont();
    ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + 8.0f * scale));
  }

  // Source · time (absolute time: the pane has room for it)
  std::string meta = source_;
  if (time_) meta += (meta.empty() ? "" : "  \xC2\xB7  ") + layout::relative_time(*time_, now) +
                     "  (" + layout::absolute_time_utc(*time_) + ")";
  wrapped(f.meta, p.text_muted, meta, wrap);
  ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + 6.0f * scale));

  // Eight lines hold any real headline; a feed's 1 MB "title" ends in "…" (the mirror has it whole).
  link_text(f.article, p.text, p.accent, title_, link_, wrap, platform, "title", 1.25f, 8);
  if (!author_.empty()) {
    ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + 6.0f * scale));
    wrapped(f.meta, p.text_muted, "By " + author_, wrap);
  }

  for (const std::string& para : paragraphs_) {
    ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + 12.0f * scale));
    wrapped(f.body, p.text, para, std::min(wrap, 680.0f * scale), 1.5f);
  }

  ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + 18.0f * scale));
  if (!link_.empty()) {
    const ImVec4 accent = ImGui::ColorConvertU32ToFloat4(p.accent);
    ImGui::PushStyleColor(ImGuiCol_Button, ImVec4(accent.x, accent.y, accent.z, 0.12f));
    ImGui::PushStyleColor(ImGuiCol_ButtonHovered, ImVec4(accent.x, accent.y, accent.z, 0.2f));
    ImGui::PushStyleColor(ImGuiCol_ButtonActive, ImVec4(accent.x, accent.y, accent.z, 0.28f));
    ImGui::PushStyleColor(ImGuiCol_Text, accent);
    if (ImGui::Button("Open original")) platform.open_url(link_);
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::PopStyleColor(4);
    ImGui::SameLine(0, 8.0f * scale);
  }
  draw_mark_buttons(p, scale);
  // Exports of this story (App carries them out).
  ImGui::PushFont(f.meta);
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(p.text_muted));
  for (int request : {kCopyMarkdown, kDownloadMarkdown}) {
    const char* label = request == kCopyMarkdown ? "Copy as Markdown" : "Download Markdown";
    // On the line of Open original and the marks when there is room, else on the next.
    const float y = ImGui::GetCursorPosY();
    ImGui::SameLine(0, 8.0f * scale);
    if (request == kCopyMarkdown)  // centred on the taller buttons beside it
      ImGui::SetCursorPosY(ImGui::GetCursorPosY() + (f.body->FontSize - f.meta->FontSize) * 0.5f);
    if (ImGui::GetCursorPosX() + ImGui::CalcTextSize(label).x + 24.0f * scale > x0 + wrap)
      ImGui::SetCursorPos(ImVec2(x0, y + 6.0f * scale));
    // "Copied" for a few seconds after a copy, in a button of unchanged width.
    const bool copied = request == kCopyMarkdown && copied_at_ >= 0 && now - copied_at_ < 3;
    const ImVec2 size(ImGui::CalcTextSize(label).x + ImGui::GetStyle().FramePadding.x * 2, 0);
    const std::string id = std::string(copied ? "Copied" : label) + (request == kCopyMarkdown ? "###copy" : "###download");
    if (ImGui::Button(id.c_str(), size)) {
      export_request_ = request;
      if (request == kCopyMarkdown) copied_at_ = now;
    }
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  ImGui::PopStyleColor();
  ImGui::PopFont();

  if (!related_.empty()) {
    ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + 28.0f * scale));
    wrapped(f.headline, p.text, "Full coverage", wrap);
    ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + 2.0f * scale));
    char count[48];
    std::snprintf(count, sizeof count, "%zu more %s on this story", related_.size(),
                  related_.size() == 1 ? "article" : "articles");
    wrapped(f.meta, p.text_muted, count, wrap);
    for (std::size_t i = 0; i < related_.size(); ++i) {
      const CoverageEntry& r = related_[i];
      ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY() + 12.0f * scale));
      // A thin rule on the left groups each entry's title and source.
      const ImVec2 top = ImGui::GetCursorScreenPos();
      ImGui::SetCursorPos(ImVec2(x0 + 14.0f * scale, ImGui::GetCursorPosY()));
      const std::string id = "rel" + std::to_string(i);
      link_text(f.body, p.text, p.accent, r.title, r.link, wrap - 14.0f * scale, platform,
                id.c_str(), 1.3f, 4);
      const bool title_hovered = ImGui::IsItemHovered();
      std::string rmeta = r.source;
      if (r.time) rmeta += (rmeta.empty() ? "" : "  \xC2\xB7  ") + layout::relative_time(*r.time, now);
      if (!rmeta.empty()) {
        ImGui::SetCursorPos(ImVec2(x0 + 14.0f * scale, ImGui::GetCursorPosY() + 3.0f * scale));
        wrapped(f.meta, p.text_muted, rmeta, wrap - 14.0f * scale);
      }
      // Why this article is in the story: the shared words, or the explicit link.
      if ((title_hovered || ImGui::IsItemHovered()) && !r.why.empty()) {
        ImGui::PushFont(f.meta);
        ImGui::SetTooltip("%s", r.why.c_str());
        ImGui::PopFont();
      }
      const float bottom = ImGui::GetCursorScreenPos().y;
      ImGui::GetWindowDrawList()->AddRectFilled(top, ImVec2(top.x + 2.0f * scale, bottom - 4.0f * scale),
                                                p.divider);
    }
  }
  ImGui::SetCursorPos(ImVec2(x0, ImGui::GetCursorPosY()));
  ImGui::Dummy(ImVec2(1, pad * 2));
  return back;
}

std::string ReadingPane::mirror_json(std::int64_t now) const {
  if (!open_) return "null";
  nlohmann::json related = nlohmann::json::array();
  for (const CoverageEntry& r : related_)
    related.push_back({{"title", r.title},
                       {"url", r.link},
                       {"source", r.source},
                       {"time", r.time ? layout::relative_time(*r.time, now) : std::string()},
                       {"why", r.why}});
  nlohmann::json doc = {
      {"title", title_},
      {"url", link_},
      {"source", source_},
      {"author", author_},
      {"time", time_ ? layout::relative_time(*time_, now) : std::string()},
      {"paragraphs", paragraphs_},
      {"related", related},
      {"read", read_},
      {"starred", starred_},
  };
  return doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fv::app
