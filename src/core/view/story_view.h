// The order of the headline list: newest first or top stories first (most sources, then most
// recent), flat or grouped by story (one row per story, its lead headline first, the other
// members under it when the reader expands the story). Pure: the dashboard passes what it knows
// of each listed item (time, story key from stories::StoryIndex, the story's source count) and
// draws the rows it gets back.
#pragma once

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <unordered_set>
#include <vector>

namespace fv::view {

enum class Sort { Newest, TopStories };

// "newest" / "top"; anything else reads as Newest (settings survive old or edited values).
std::string_view sort_name(Sort s);
Sort parse_sort(std::string_view name);

struct ViewItem {
  std::optional<std::int64_t> time;  // Unix seconds; undated items sort after dated ones
  std::size_t story = 0;             // equal for the items of one story
  std::size_t story_sources = 1;     // outlets covering the story (its whole coverage)
  bool lead = false;                 // the story's lead item (stories::Story::lead)
};

struct ViewOptions {
  Sort sort = Sort::Newest;
  bool group = false;
};

struct ViewRow {
  std::size_t item = 0;     // index into the items passed to arrange()
  std::size_t members = 1;  // grouped: listed items in the row's story (1 for a lone item)
  bool child = false;       // an expanded story's member shown under its lead
  std::size_t story = 0;    // the item's story key
};

// Rows in display order. Grouped: a story's head is its lead when listed, else its newest
// listed member; an expanded story (key in `expanded`) is followed by its other listed members,
// newest first. Stable: equal keys keep the order of `items`.
std::vector<ViewRow> arrange(const std::vector<ViewItem>& items, const ViewOptions& options,
                             const std::unordered_set<std::size_t>& expanded = {});

}  // namespace fv::view
