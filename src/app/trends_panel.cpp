#include "app/trends_panel.h"

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <nlohmann/json.hpp>

#include "core/filters/mute_rules.h"

#include "app/click_targets.h"
#include "app/platform.h"
#include "app/subscriptions.h"
#include "core/charts/axis.h"

namespace fv::app {
namespace {

constexpr std::size_t kKeywordBars = 10;
constexpr double kUndoMuteSeconds = 8.0;  // as long as the other undo offers

// Okabe & Ito's colour-blind-safe set, ordered so neighbours in a stack differ in lightness
// too; the dark scheme starts from the lighter blue. The last colour ("Other") is a grey.
const ImU32 kSeriesLight[] = {IM_COL32(0x00, 0x72, 0xB2, 255), IM_COL32(0xE6, 0x9F, 0x00, 255),
                              IM_COL32(0x00, 0x9E, 0x73, 255), IM_COL32(0xCC, 0x79, 0xA7, 255),
                              IM_COL32(0xD5, 0x5E, 0x00, 255), IM_COL32(0x56, 0xB4, 0xE9, 255)};
const ImU32 kSeriesDark[] = {IM_COL32(0x56, 0xB4, 0xE9, 255), IM_COL32(0xE6, 0x9F, 0x00, 255),
                             IM_COL32(0x00, 0x9E, 0x73, 255), IM_COL32(0xCC, 0x79, 0xA7, 255),
                             IM_COL32(0xD5, 0x5E, 0x00, 255), IM_COL32(0xF0, 0xE4, 0x42, 255)};

ImU32 with_alpha(ImU32 c, float a) {
  ImVec4 v = ImGui::ColorConvertU32ToFloat4(c);
  v.w *= a;
  return ImGui::ColorConvertFloat4ToU32(v);
}

bool is_dark(const Palette& p) {
  const ImVec4 v = ImGui::ColorConvertU32ToFloat4(p.page);
  return v.x + v.y + v.z < 1.5f;
}

ImU32 series_color(std::size_t s, std::size_t count, bool other_last, const Palette& p) {
  if (other_last && s + 1 == count) return with_alpha(p.text_muted, 0.55f);
  return (is_dark(p) ? kSeriesDark : kSeriesLight)[s % 6];
}

ImVec2 text_size(const ImFont* font, const char* s) {
  return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s);
}

// Shortens `s` to fit `width` with an ellipsis.
std::string fit(const ImFont* font, const std::string& s, float width) {
  if (text_size(font, s.c_str()).x <= width) return s;
  std::string out = s;
  while (!out.empty()) {
    do out.pop_back();
    while (!out.empty() && (static_cast<unsigned char>(out.back()) & 0xC0) == 0x80);
    if (!out.empty()) out.pop_back();  // the lead byte of the dropped code point, or one ASCII
    if (text_size(font, (out + "\xE2\x80\xA6").c_str()).x <= width) break;
  }
  return out + "\xE2\x80\xA6";
}

// A rounded pill button drawn at `pos`; returns clicked. `selected` fills it with the accent.
bool pill(const char* id, const std::string& label, ImVec2 pos, const FontHandles& f,
          const Palette& p, float scale, bool selected, bool chip = false) {
  const ImVec2 ts = text_size(f.meta, label.c_str());
  const ImVec2 size(ts.x + (chip ? 22.0f : 20.0f) * scale, f.meta->FontSize + 12.0f * scale);
  ImGui::SetCursorScreenPos(pos);
  const bool clicked = ImGui::InvisibleButton(id, size);
  const bool hovered = ImGui::IsItemHovered();
  ImDrawList* dl = ImGui::GetWindowDrawList();
  const ImVec2 max(pos.x + size.x, pos.y + size.y);
  const float r = size.y * 0.5f;
  if (selected || chip) {
    dl->AddRectFilled(pos, max, with_alpha(p.accent, hovered ? 0.26f : 0.16f), r);
  } else {
    if (hovered) dl->AddRectFilled(pos, max, p.hover, r);
    dl->AddRect(pos, max, p.divider, r, 0, std::max(1.0f, std::floor(scale)));
  }
  dl->AddText(f.meta, f.meta->FontSize,
              ImVec2(pos.x + (size.x - ts.x) * 0.5f, pos.y + (size.y - f.meta->FontSize) * 0.5f),
              selected || chip ? p.accent : p.text, label.c_str());
  if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  return clicked;
}

float pill_width(const std::string& label, const FontHandles& f, float scale, bool chip = false) {
  return text_size(f.meta, label.c_str()).x + (chip ? 22.0f : 20.0f) * scale;
}

// Left-to-right placement that wraps to a new line when an item does not fit.
struct Flow {
  float left, right, x, y, line_h, gap;
  ImVec2 place(float w) {
    if (x > left && x + w > right) {
      x = left;
      y += line_h + gap;
    }
    const ImVec2 at(x, y);
    x += w + gap;
    return at;
  }
};

}  // namespace

std::int64_t local_utc_offset(std::int64_t now) {
  const std::time_t t = static_cast<std::time_t>(now);
  std::tm local{};
#if defined(_WIN32)
  localtime_s(&local, &t);
  return 0;
#else
  localtime_r(&t, &local);
  return local.tm_gmtoff;
#endif
}

TrendsPanel::TrendsPanel(Platform& platform)
    : platform_(platform), mutes_(platform.settings()) {
  visible_ = platform_.settings().get("trends", "") == "open";
}

void TrendsPanel::toggle() {
  visible_ = !visible_;
  platform_.settings().set("trends", visible_ ? "open" : "closed");
}

bool TrendsPanel::filtering() const { return date_.active() || !keyword_key_.empty(); }

void TrendsPanel::set_rows(const std::vector<Headline>& rows, const std::vector<FeedSlot>& feeds) {
  // Stack by feed when several feeds have headlines, else by source (one aggregator feed).
  std::size_t feeds_with_rows = 0;
  {
    std::vector<char> seen(feeds.size(), 0);
    for (const Headline& h : rows)
      if (h.feed < seen.size() && !seen[h.feed]) {
        seen[h.feed] = 1;
        ++feeds_with_rows;
      }
  }
  times_.clear();
  titles_.clear();
  sources_.clear();
  series_.clear();
  for (const Headline& h : rows) {
    times_.push_back(h.time);
    titles_.push_back(h.title);
    sources_.push_back(h.source);
    const FeedSlot& slot = feeds[h.feed];
    series_.push_back(feeds_with_rows > 1
                          ? (!slot.title.empty() ? slot.title : slot.feed.title)
                          : h.source);
  }
  rebuild_mute_subjects();
  dirty_ = true;
  if (!keyword_key_.empty()) {
    if (visible_) recompute(platform_.now());
    else refresh_keyword_members();
  }
}

void TrendsPanel::rebuild_mute_subjects() {
  mute_subjects_.clear();
  if (mutes_.rules().empty()) return;  // folding every title costs: only when a rule needs it
  mute_subjects_.reserve(titles_.size());
  for (std::size_t i = 0; i < titles_.size(); ++i)
    mute_subjects_.push_back(filters::mute_subject(titles_[i], sources_[i]));
}

void TrendsPanel::publish_mirror() {
  std::string json = mirror_json();
  if (json == published_) return;
  published_ = std::move(json);
  platform_.publish_trends(published_);
}

void TrendsPanel::recompute(std::int64_t now) {
  utc_offset_ = local_utc_offset(now);
  // The charts count what the mutes leave (all of it while the muted headlines are shown).
  const std::vector<std::size_t> counted =
      filters::unmuted_indices(show_muted_ ? filters::MuteRules() : mutes_.rules(), mute_subjects_,
                               times_.size());
  std::vector<charts::TimelineInput> items;
  items.reserve(counted.size());
  std::optional<std::int64_t> newest;
  for (const std::size_t i : counted) {
    items.push_back({times_[i], series_[i]});
    if (times_[i] && (!newest || *times_[i] > *newest)) newest = times_[i];
  }
  charts::TimelineOptions o;
  o.utc_offset = utc_offset_;
  timeline_ = charts::build_timeline(items, now, o);

  // Decay by age from the newest headline, not the clock: an archive still has a trend.
  const std::int64_t anchor = newest ? std::min(now, *newest) : now;
  std::vector<keywords::Headline> hs;
  hs.reserve(counted.size());
  for (const std::size_t i : counted) hs.push_back({titles_[i], {}, times_[i]});
  keywords::TrendingOptions to;
  to.limit = kKeywordBars;
  terms_ = keywords::trending_terms(hs, anchor, to);
  for (keywords::TrendingTerm& t : terms_)  // members index the rows, not the counted subset
    for (std::size_t& m : t.members) m = counted[m];
  dirty_ = false;
  refresh_keyword_members();
}

void TrendsPanel::refresh_keyword_members() {
  keyword_member_.assign(titles_.size(), 0);
  if (keyword_key_.empty()) return;
  const std::vector<std::size_t>* members = nullptr;
  std::vector<std::size_t> found;
  for (const keywords::TrendingTerm& t : terms_)
    if (!dirty_ && t.key == keyword_key_) members = &t.members;
  if (!members) {
    std::vector<keywords::Headline> hs;
    for (const std::string& t : titles_) hs.push_back({t, {}, std::nullopt});
    found = keywords::headlines_with_key(hs, keyword_key_);
    members = &found;
  }
  for (std::size_t i : *members)
    if (i < keyword_member_.size()) keyword_member_[i] = 1;
}

void TrendsPanel::set_keyword(const keywords::TrendingTerm* term) {
  if (!term || term->key == keyword_key_) {
    keyword_key_.clear();
    keyword_label_.clear();
  } else {
    keyword_key_ = term->key;
    keyword_label_ = term->term;
  }
  refresh_keyword_members();
  changed_ = true;
}

bool TrendsPanel::admits(std::size_t index, const Headline& h, std::size_t& muted) const {
  if (date_.range() && !date_.range()->contains(h.time)) return false;
  if (!keyword_key_.empty() && !(index < keyword_member_.size() && keyword_member_[index]))
    return false;
  if (index < mute_subjects_.size() && mutes_.rules().mutes(mute_subjects_[index])) {
    ++muted;
    return show_muted_;
  }
  return true;
}

float TrendsPanel::draw_toggle(float right, float center_y, const FontHandles& f, const Palette& p) {
  ImGui::PushFont(f.meta);
  const ImGuiStyle& style = ImGui::GetStyle();
  const ImVec2 text = ImGui::CalcTextSize("Trends");
  const ImVec2 size(text.x + style.FramePadding.x * 2, ImGui::GetFontSize() + style.FramePadding.y * 2);
  ImGui::SetCursorScreenPos(ImVec2(right - size.x, std::floor(center_y - size.y * 0.5f)));
  ImGui::PushStyleColor(ImGuiCol_Button, visible_ ? ImGui::ColorConvertU32ToFloat4(with_alpha(p.accent, 0.16f))
                                                  : ImVec4(0, 0, 0, 0));
  ImGui::PushStyleColor(ImGuiCol_Text, ImGui::ColorConvertU32ToFloat4(visible_ ? p.accent : p.text_muted));
  if (ImGui::Button("Trends##toggle", size)) toggle();
  note_click_target("trends");
  if (ImGui::IsItemHovered()) {
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImGui::SetTooltip("%s", visible_ ? "Hide the timeline and trending keywords"
                                     : "Show a timeline and the trending keywords");
  }
  ImGui::PopStyleColor(2);
  ImGui::PopFont();
  return size.x;
}

bool TrendsPanel::draw(const FontHandles& f, const Palette& p, float scale, std::int64_t now,
                       float width) {
  changed_ = false;
  now_ = now;
  // A relative preset ("Last hour") follows the clock: the list is filtered again when it moves.
  if (date_.update(now, local_utc_offset(now))) changed_ = true;
  if (mutes_.draw(f, p, scale) || mutes_changed_) {
    mutes_changed_ = false;
    rebuild_mute_subjects();
    dirty_ = true;  // muted headlines leave the charts too
    changed_ = true;
  }
  if (undo_mute_ && ImGui::GetTime() >= undo_mute_until_) undo_mute_.reset();
  const float pad = 16.0f * scale;
  if (visible_) {
    if (dirty_) recompute(now);
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    // The panel is a quiet card: surface colour, rounded, inside the list's column padding.
    const float inner_w = width - 2 * pad;
    dl->ChannelsSplit(2);
    dl->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(origin.x + 2 * pad, origin.y + pad));
    ImGui::BeginGroup();
    draw_timeline(f, p, scale, inner_w - 2 * pad);
    ImGui::Dummy(ImVec2(1, 14.0f * scale));
    draw_keywords(f, p, scale, inner_w - 2 * pad);
    ImGui::EndGroup();
    const float bottom = ImGui::GetItemRectMax().y + pad;
    dl->ChannelsSetCurrent(0);
    dl->AddRectFilled(ImVec2(origin.x + pad, origin.y), ImVec2(origin.x + pad + inner_w, bottom),
                      p.surface, 10.0f * scale);
    dl->AddRect(ImVec2(origin.x + pad, origin.y), ImVec2(origin.x + pad + inner_w, bottom),
                p.divider, 10.0f * scale, 0, std::max(1.0f, std::floor(scale)));
    dl->ChannelsMerge();
    ImGui::SetCursorScreenPos(ImVec2(origin.x, bottom + 10.0f * scale));
  }
  if (visible_ || filtering() || hidden_by_mutes_ > 0 || !mutes_.rules().empty())
    draw_filter_bar(f, p, scale, now, width);
  publish_mirror();
  return changed_;
}

void TrendsPanel::draw_timeline(const FontHandles& f, const Palette& p, float scale, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  // Title and a one-line summary.
  dl->AddText(f.body, f.body->FontSize, pos, p.text, "Headlines per hour");
  char summary[96];
  std::snprintf(summary, sizeof summary, "%zu in the last %zu h", timeline_.in_window,
                timeline_.buckets());
  if (!timeline_.empty()) {
    const ImVec2 ss = text_size(f.meta, summary);
    dl->AddText(f.meta, f.meta->FontSize,
                ImVec2(pos.x + width - ss.x, pos.y + (f.body->FontSize - f.meta->FontSize) * 0.7f),
                p.text_muted, summary);
  }
  pos.y += f.body->FontSize + 12.0f * scale;
  if (timeline_.empty()) {
    dl->AddText(f.meta, f.meta->FontSize, pos, p.text_muted, "No dated headlines yet.");
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(width, f.meta->FontSize));
    return;
  }

  const charts::Axis axis = charts::nice_axis(double(timeline_.max_total), 3);
  char label[32];
  std::snprintf(label, sizeof label, "%.0f", axis.max);
  const float gutter = text_size(f.meta, label).x + 8.0f * scale;
  const float chart_h = 96.0f * scale;
  const ImVec2 c0(pos.x + gutter, pos.y + f.meta->FontSize * 0.5f);  // chart's top-left
  const float chart_w = width - gutter;
  const ImVec2 c1(c0.x + chart_w, c0.y + chart_h);

  // Grid lines with their counts.
  for (double tick : axis.ticks) {
    const float y = std::floor(c1.y - charts::scale_to(tick, axis, chart_h)) + 0.5f;
    dl->AddLine(ImVec2(c0.x, y), ImVec2(c1.x, y), tick == 0 ? p.text_muted : p.divider,
                std::max(1.0f, std::floor(scale)));
    std::snprintf(label, sizeof label, "%.0f", tick);
    const ImVec2 ls = text_size(f.meta, label);
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(c0.x - 8.0f * scale - ls.x, y - ls.y * 0.5f),
                p.text_muted, label);
  }

  // One button over the whole plot: the bucket under the pointer is hovered or picked.
  const std::size_t n = timeline_.buckets();
  const float bw = chart_w / float(n);
  ImGui::SetCursorScreenPos(c0);
  const bool clicked = ImGui::InvisibleButton("##timeline", ImVec2(chart_w, chart_h));
  note_click_target("timeline");
  int hovered = -1;
  if (ImGui::IsItemHovered()) {
    hovered = std::clamp(int((ImGui::GetIO().MousePos.x - c0.x) / bw), 0, int(n) - 1);
    ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
  }
  if (clicked && hovered >= 0) {
    const std::int64_t from = timeline_.bucket_start(std::size_t(hovered));
    const filters::TimeRange hour{from, from + timeline_.bucket_seconds};
    const std::optional<filters::TimeRange>& range = date_.range();
    if (date_.picked() && range && range->from == hour.from && range->to == hour.to)
      date_.clear();
    else
      date_.pick(hour);
    changed_ = true;
  }
  if (hovered >= 0)
    dl->AddRectFilled(ImVec2(c0.x + hovered * bw, c0.y), ImVec2(c0.x + (hovered + 1) * bw, c1.y),
                      p.hover, 2.0f * scale);

  const float gap = bw >= 5.0f * scale ? std::max(1.0f, std::floor(scale)) : 0.0f;
  const bool other_last = !timeline_.series.empty() && timeline_.series.back() == "Other";
  for (std::size_t b = 0; b < n; ++b) {
    const float x0 = std::floor(c0.x + b * bw + gap * 0.5f);
    const float x1 = std::max(x0 + 1.0f, std::floor(c0.x + (b + 1) * bw - gap * 0.5f));
    const bool dim = date_.range() && !date_.range()->contains(timeline_.bucket_start(b));
    if (timeline_.totals[b] > 0)
      note_click_rect("bucket", int(b), ImVec2(c0.x + b * bw, c0.y), ImVec2(c0.x + (b + 1) * bw, c1.y));
    double acc = 0;
    for (std::size_t s = 0; s < timeline_.series.size(); ++s) {
      const std::size_t v = timeline_.counts[b][s];
      if (!v) continue;
      const float y_lo = std::floor(c1.y - charts::scale_to(acc, axis, chart_h));
      acc += double(v);
      const float y_hi = std::floor(c1.y - charts::scale_to(acc, axis, chart_h));
      const ImU32 col = series_color(s, timeline_.series.size(), other_last, p);
      dl->AddRectFilled(ImVec2(x0, y_hi), ImVec2(x1, y_lo), dim ? with_alpha(col, 0.3f) : col);
    }
  }

  // Day labels under the axis; each picks its whole day.
  float label_y = c1.y + 6.0f * scale;
  float last_right = -FLT_MAX;
  for (std::size_t b : charts::day_starts(timeline_, utc_offset_)) {
    const std::int64_t t = timeline_.bucket_start(b);
    // The first bucket may start mid-day: label it with its hour too when there is room.
    const std::string day = charts::day_label(t, utc_offset_);
    const float x = c0.x + b * bw;
    const ImVec2 ds = text_size(f.meta, day.c_str());
    if (x < last_right + 12.0f * scale || x + ds.x > c1.x + gutter) continue;
    dl->AddLine(ImVec2(std::floor(x) + 0.5f, c1.y), ImVec2(std::floor(x) + 0.5f, c1.y + 4.0f * scale),
                p.text_muted);
    ImGui::SetCursorScreenPos(ImVec2(x, label_y));
    ImGui::PushID(int(b));
    const bool day_clicked = ImGui::InvisibleButton("##day", ds);
    note_click_target("day", int(b));
    const bool day_hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(x + 3.0f * scale, label_y),
                day_hovered ? p.accent : p.text_muted, day.c_str());
    if (day_hovered) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::SetTooltip("Show %s only", day.c_str());
    }
    if (day_clicked) {
      const std::int64_t from = charts::local_day_start(t, utc_offset_);
      date_.pick(filters::TimeRange{from, from + 86400});
      changed_ = true;
    }
    last_right = x + ds.x + 3.0f * scale;
  }

  // Legend: a swatch and the series name, wrapping.
  const float sw = 10.0f * scale;
  Flow flow{pos.x, pos.x + width, pos.x, label_y + f.meta->FontSize + 12.0f * scale,
            f.meta->FontSize, 16.0f * scale};
  for (std::size_t s = 0; s < timeline_.series.size(); ++s) {
    const std::string name = fit(f.meta, timeline_.series[s], 180.0f * scale);
    const float w = sw + 6.0f * scale + text_size(f.meta, name.c_str()).x;
    const ImVec2 at = flow.place(w);
    const float sy = at.y + (f.meta->FontSize - sw) * 0.5f;
    dl->AddRectFilled(ImVec2(at.x, sy), ImVec2(at.x + sw, sy + sw),
                      series_color(s, timeline_.series.size(), other_last, p), 2.0f * scale);
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(at.x + sw + 6.0f * scale, at.y), p.text,
                name.c_str());
  }
  ImGui::SetCursorScreenPos(ImVec2(pos.x, flow.y));
  ImGui::Dummy(ImVec2(width, f.meta->FontSize));

  if (hovered >= 0) {
    const std::int64_t from = timeline_.bucket_start(std::size_t(hovered));
    ImGui::PushFont(f.meta);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(10.0f * scale, 8.0f * scale));
    ImGui::BeginTooltip();
    const std::string when = filters::range_label({from, from + 3600}, utc_offset_);
    ImGui::TextUnformatted(when.c_str());
    const std::size_t total = timeline_.totals[std::size_t(hovered)];
    ImGui::Text("%zu %s", total, total == 1 ? "headline" : "headlines");
    for (std::size_t s = 0; s < timeline_.series.size(); ++s) {
      const std::size_t v = timeline_.counts[std::size_t(hovered)][s];
      if (!v) continue;
      const ImVec2 at = ImGui::GetCursorScreenPos();
      const float ty = at.y + (ImGui::GetFontSize() - sw) * 0.5f;
      ImGui::GetWindowDrawList()->AddRectFilled(
          ImVec2(at.x, ty), ImVec2(at.x + sw, ty + sw),
          series_color(s, timeline_.series.size(), other_last, p), 2.0f * scale);
      ImGui::Dummy(ImVec2(sw, ImGui::GetFontSize()));
      ImGui::SameLine();
      ImGui::Text("%s  %zu", fit(f.meta, timeline_.series[s], 220.0f * scale).c_str(), v);
    }
    ImGui::TextDisabled("Click to show this hour");
    ImGui::EndTooltip();
    ImGui::PopStyleVar();
    ImGui::PopFont();
  }
}

void TrendsPanel::draw_keywords(const FontHandles& f, const Palette& p, float scale, float width) {
  ImDrawList* dl = ImGui::GetWindowDrawList();
  ImVec2 pos = ImGui::GetCursorScreenPos();
  dl->AddText(f.body, f.body->FontSize, pos, p.text, "Trending keywords");
  pos.y += f.body->FontSize + 10.0f * scale;
  if (terms_.empty()) {
    dl->AddText(f.meta, f.meta->FontSize, pos, p.text_muted,
                "Not enough headlines share words yet.");
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(width, f.meta->FontSize));
    return;
  }
  float label_w = 0;
  for (const keywords::TrendingTerm& t : terms_)
    label_w = std::max(label_w, text_size(f.meta, t.term.c_str()).x);
  label_w = std::min(label_w, std::floor(width * 0.38f));
  const float row_h = std::floor(f.meta->FontSize + 10.0f * scale);
  const float bar_h = std::floor(f.meta->FontSize * 0.9f);
  char count[32];
  std::snprintf(count, sizeof count, "%zu", terms_.front().headlines);
  const float count_w = text_size(f.meta, "0000").x;
  const float bar_x = pos.x + label_w + 12.0f * scale;
  const float bar_max = std::max(10.0f, pos.x + width - count_w - 8.0f * scale - bar_x);
  const double top = std::max(terms_.front().score, 1e-300);
  const keywords::TrendingTerm* clicked = nullptr;
  int hovered = -1;
  for (std::size_t i = 0; i < terms_.size(); ++i) {
    const keywords::TrendingTerm& t = terms_[i];
    const float y = pos.y + i * row_h;
    ImGui::SetCursorScreenPos(ImVec2(pos.x, y));
    ImGui::PushID(int(i));
    if (ImGui::InvisibleButton("##kw", ImVec2(width, row_h))) clicked = &t;
    note_click_target("keyword", int(i));
    const bool hot = ImGui::IsItemHovered();
    ImGui::PopID();
    const bool selected = t.key == keyword_key_;
    if (hot) {
      hovered = int(i);
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      dl->AddRectFilled(ImVec2(pos.x - 6.0f * scale, y), ImVec2(pos.x + width + 6.0f * scale, y + row_h),
                        p.hover, 4.0f * scale);
    }
    const std::string term = fit(f.meta, t.term, label_w);
    const ImVec2 ts = text_size(f.meta, term.c_str());
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(bar_x - 12.0f * scale - ts.x, y + (row_h - ts.y) * 0.5f),
                selected ? p.accent : p.text, term.c_str());
    const float len = std::max(2.0f * scale, std::floor(float(t.score / top) * bar_max));
    const float by = std::floor(y + (row_h - bar_h) * 0.5f);
    const bool dim = !keyword_key_.empty() && !selected;
    dl->AddRectFilled(ImVec2(bar_x, by), ImVec2(bar_x + len, by + bar_h),
                      with_alpha(p.accent, selected ? 1.0f : dim ? 0.3f : 0.7f), 3.0f * scale);
    std::snprintf(count, sizeof count, "%zu", t.headlines);
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(bar_x + len + 6.0f * scale, y + (row_h - ts.y) * 0.5f),
                p.text_muted, count);
  }
  ImGui::SetCursorScreenPos(ImVec2(pos.x, pos.y + terms_.size() * row_h));
  ImGui::Dummy(ImVec2(width, 1));
  if (hovered >= 0) {
    const keywords::TrendingTerm& t = terms_[std::size_t(hovered)];
    ImGui::PushFont(f.meta);
    ImGui::SetTooltip("\xE2\x80\x9C%s\xE2\x80\x9D in %zu headlines \xC2\xB7 %s", t.term.c_str(),
                      t.headlines, t.key == keyword_key_ ? "click to show all" : "click to filter");
    ImGui::PopFont();
  }
  if (clicked) set_keyword(clicked);
}

void TrendsPanel::draw_filter_bar(const FontHandles& f, const Palette& p, float scale,
                                  std::int64_t now, float width) {
  const ImVec2 origin = ImGui::GetCursorScreenPos();
  const float pad = 16.0f * scale;
  const float h = f.meta->FontSize + 12.0f * scale;
  Flow flow{origin.x + pad, origin.x + width - pad, origin.x + pad, origin.y + 2.0f * scale, h,
            6.0f * scale};

  if (visible_) {
    using filters::DatePreset;
    for (DatePreset d : {DatePreset::LastHour, DatePreset::Today, DatePreset::Day, DatePreset::Week,
                         DatePreset::All}) {
      const std::string label = filters::preset_label(d);
      const bool selected = d == date_.preset() && !date_.picked();
      ImGui::PushID(int(d));
      const bool picked = pill("##preset", label, flow.place(pill_width(label, f, scale)), f, p, scale, selected);
      note_click_target("preset", int(d));
      if (picked) {
        date_.choose_preset(d, now, local_utc_offset(now));
        changed_ = true;
      }
      ImGui::PopID();
    }
    flow.x += 6.0f * scale;
  }
  // Active filters as chips; clicking one removes it.
  if (date_.picked()) {
    const std::string label = filters::range_label(*date_.range(), utc_offset_) + "  \xC3\x97";
    const bool removed = pill("##chip-range", label, flow.place(pill_width(label, f, scale, true)), f, p, scale, false, true);
    note_click_target("chip-range");
    if (removed) {
      date_.clear();
      changed_ = true;
    }
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove the time filter");
  }
  if (!keyword_key_.empty()) {
    const std::string label = "\xE2\x80\x9C" + keyword_label_ + "\xE2\x80\x9D  \xC3\x97";
    const bool removed = pill("##chip-keyword", label, flow.place(pill_width(label, f, scale, true)), f, p, scale, false, true);
    note_click_target("chip-keyword");
    if (removed) set_keyword(nullptr);
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Remove the keyword filter");
  }
  {
    const std::string label =
        mutes_.rules().empty() ? std::string("Mute\xE2\x80\xA6")
                               : "Mutes (" + std::to_string(mutes_.rules().rules().size()) + ")";
    const bool open = pill("##mutes", label, flow.place(pill_width(label, f, scale)), f, p, scale, false);
    note_click_target("mutes");
    if (open) mutes_.open();
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Hide headlines by word or source");
  }
  if (hidden_by_mutes_ > 0) {
    char label[64];
    if (show_muted_)
      std::snprintf(label, sizeof label, "Showing %zu muted \xC2\xB7 hide", hidden_by_mutes_);
    else
      std::snprintf(label, sizeof label, "%zu hidden by mutes", hidden_by_mutes_);
    const float w = text_size(f.meta, label).x;
    const ImVec2 at = flow.place(w);
    ImGui::SetCursorScreenPos(at);
    const bool toggled = ImGui::InvisibleButton("##hidden", ImVec2(w, h));
    note_click_target("hidden-by-mutes");
    if (toggled) {
      show_muted_ = !show_muted_;
      dirty_ = true;
      changed_ = true;
    }
    const bool hot = ImGui::IsItemHovered();
    if (hot) {
      ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
      ImGui::SetTooltip("%s", show_muted_ ? "Hide the muted headlines again" : "Show the muted headlines");
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float ty = at.y + (h - f.meta->FontSize) * 0.5f;
    dl->AddText(f.meta, f.meta->FontSize, ImVec2(at.x, ty), hot ? p.accent : p.text_muted, label);
    if (hot) dl->AddLine(ImVec2(at.x, ty + f.meta->FontSize), ImVec2(at.x + w, ty + f.meta->FontSize), p.accent);
  }
  if (undo_mute_) {  // the row menu's mute, undoable for a few seconds
    const std::string label = "Muted \xE2\x80\x9C" + undo_mute_->text + "\xE2\x80\x9D \xC2\xB7 Undo";
    const bool undo = pill("##undo-mute", label, flow.place(pill_width(label, f, scale, true)), f, p,
                           scale, false, true);
    note_click_target("undo-mute");
    if (ImGui::IsItemHovered()) ImGui::SetTooltip("Show this source's headlines again");
    if (undo) undo_mute();
  }
  ImGui::SetCursorScreenPos(ImVec2(origin.x, flow.y + h + 8.0f * scale));
  ImGui::Dummy(ImVec2(width, 1));
}

bool TrendsPanel::mute_source(const std::string& source) {
  filters::MuteRule rule{filters::MuteRule::Kind::Source, source};
  if (!mutes_.add_rule(rule)) return false;
  undo_mute_ = rule;
  undo_mute_until_ = ImGui::GetTime() + kUndoMuteSeconds;
  mutes_changed_ = true;
  publish_mirror();
  return true;
}

void TrendsPanel::undo_mute() {
  if (!undo_mute_) return;
  mutes_.remove_rule(*undo_mute_);
  undo_mute_.reset();
  mutes_changed_ = true;
  publish_mirror();
}

double TrendsPanel::wake_in() const {
  if (mutes_changed_) return 0.0;
  return undo_mute_ ? std::max(0.0, undo_mute_until_ - ImGui::GetTime()) : -1.0;
}

std::string TrendsPanel::mirror_json() const {
  nlohmann::json j;
  j["open"] = visible_;
  nlohmann::json filters = nlohmann::json::array();
  if (date_.active())
    filters.push_back(date_.picked() ? "Time: " + filters::range_label(*date_.range(), utc_offset_)
                                     : std::string("Time: ") + filters::preset_label(date_.preset()));
  if (!keyword_key_.empty()) filters.push_back("Keyword: " + keyword_label_);
  j["filters"] = filters;
  j["hidden"] = hidden_by_mutes_;
  j["showingMuted"] = show_muted_;
  j["mutes"] = nlohmann::json::parse(mutes_.mirror_json(), nullptr, false);
  if (undo_mute_) j["undoMute"] = undo_mute_->text;  // the source just muted, undoable
  nlohmann::json kw = nlohmann::json::array();
  if (visible_)
    for (const keywords::TrendingTerm& t : terms_)
      kw.push_back({{"term", t.term}, {"headlines", t.headlines}});
  j["keywords"] = kw;
  std::string timeline;
  if (visible_ && !timeline_.empty()) {
    std::size_t peak = 0;
    for (std::size_t b = 0; b < timeline_.buckets(); ++b)
      if (timeline_.totals[b] > timeline_.totals[peak]) peak = b;
    timeline = std::to_string(timeline_.in_window) + " headlines in the last " +
               std::to_string(timeline_.buckets()) + " hours; busiest hour " +
               filters::range_label({timeline_.bucket_start(peak), timeline_.bucket_start(peak) + 3600},
                                    utc_offset_) +
               " with " + std::to_string(timeline_.totals[peak]) + ".";
  }
  j["timeline"] = timeline;
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace fv::app
