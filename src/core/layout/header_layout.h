// Where the header's parts go at a given width: the brand, the search field, the status line
// and the buttons at the right (Trends, ?, Feeds, theme). On a phone the labelled buttons
// leave the search field no room, so below that point they become compact icon buttons, and if
// that is still not enough the brand wordmark goes too; the status line shows only when the
// search field keeps a comfortable width beside it. All values in the same unit (device px).
#pragma once

namespace fv::layout {

struct HeaderInput {
  float width = 0;            // the header's width
  float left = 0;             // where the brand starts (after the drawer's menu button)
  float brand_w = 0;          // the brand wordmark's width
  float list_x = 0;           // the list column's left edge: the search field lines up with it
  float pad = 0;              // right padding
  float gap = 0;              // between neighbours
  float full_buttons = 0;     // the labelled buttons, gaps included
  float compact_buttons = 0;  // the icon buttons, gaps included
  float status_w = 0;         // the status line ("12 headlines · 3 feeds")
  float min_search = 0;       // narrowest usable search field
  float max_search = 0;       // widest search field
  float status_room = 0;      // the search field's width the status line must leave
};

struct HeaderLayout {
  bool compact = false;      // icon buttons instead of labelled ones
  bool show_brand = true;
  bool show_status = false;
  float search_x = 0, search_w = 0;  // search_w < min_search: no search field fits
  float buttons_w = 0;               // the buttons' width at the right
};

HeaderLayout header_layout(const HeaderInput& in);

}  // namespace fv::layout
