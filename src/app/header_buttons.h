// The header's buttons as compact icons, for widths where the labelled ones (Trends, ?, Feeds,
// theme) leave the search field no room (core/layout/header_layout decides): the same actions,
// each with a tooltip. The accessible mirror lists them as a toolbar of ordinary buttons
// (toolbar_json, web/toolbar_mirror.mjs) at every width.
#pragma once

#include <string>
#include <string_view>

#include "app/theme.h"

namespace fv::app {

enum class HeaderAction { None, Trends, Help, Feeds, Theme, ReadOnScroll };

// "trends", "help", "feeds", "theme", "read-on-scroll" (the mirror's names); None otherwise.
HeaderAction header_action(std::string_view name);

// The theme setting after `theme` in the Auto ("system") → Light → Dark cycle.
const char* next_theme(std::string_view theme);
// The theme button's tooltip and accessible name.
const char* theme_hint(std::string_view theme);

// Width of the icon buttons with their gaps, device px.
float header_icons_width(float scale);
// Draws the icon buttons right-aligned at `right`; returns the one clicked.
HeaderAction draw_header_icons(float right, float center_y, float scale, const Palette& p,
                               bool trends_open, std::string_view theme);

// The mirror's toolbar: {trends, theme, themeHint, readOnScroll}.
std::string toolbar_json(bool trends_open, std::string_view theme, bool read_on_scroll);

}  // namespace fv::app
