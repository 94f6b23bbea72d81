#include "core/view/story_view.h"

#include <algorithm>
#include <numeric>
#include <unordered_map>

namespace fv::view {
namespace {

// Newer first; undated after dated.
bool newer(const std::optional<std::int64_t>& a, const std::optional<std::int64_t>& b) {
  if (a && b) return *a > *b;
  return a.has_value() && !b.has_value();
}

struct Group {
  std::size_t story = 0;
  std::size_t sources = 1;
  std::optional<std::int64_t> newest;  // newest listed member
  std::vector<std::size_t> members;    // newest first
};

}  // namespace

std::string_view sort_name(Sort s) { return s == Sort::TopStories ? "top" : "newest"; }

Sort parse_sort(std::string_view name) { return name == "top" ? Sort::TopStories : Sort::Newest; }

std::vector<ViewRow> arrange(const std::vector<ViewItem>& items, const ViewOptions& options,
                             const std::unordered_set<std::size_t>& expanded) {
  std::vector<std::size_t> order(items.size());
  std::iota(order.begin(), order.end(), std::size_t(0));
  std::stable_sort(order.begin(), order.end(),
                   [&](std::size_t a, std::size_t b) { return newer(items[a].time, items[b].time); });

  if (!options.group && options.sort == Sort::Newest) {
    std::vector<ViewRow> rows;
    rows.reserve(order.size());
    for (std::size_t i : order) rows.push_back({i, 1, false, items[i].story});
    return rows;
  }

  // Stories in order of their newest listed member.
  std::vector<Group> groups;
  std::unordered_map<std::size_t, std::size_t> slot;  // story key -> index in groups
  slot.reserve(items.size());
  for (std::size_t i : order) {
    auto [it, inserted] = slot.emplace(items[i].story, groups.size());
    if (inserted) {
      Group g;
      g.story = items[i].story;
      g.sources = std::max<std::size_t>(1, items[i].story_sources);
      g.newest = items[i].time;
      groups.push_back(std::move(g));
    }
    groups[it->second].members.push_back(i);
  }
  if (options.sort == Sort::TopStories) {
    // Most sources first; among equals the order above (most recent first) stands.
    std::stable_sort(groups.begin(), groups.end(),
                     [](const Group& a, const Group& b) { return a.sources > b.sources; });
  }

  std::vector<ViewRow> rows;
  rows.reserve(items.size());
  for (Group& g : groups) {
    if (!options.group) {  // top stories, flat: a story's items stay together
      for (std::size_t i : g.members) rows.push_back({i, 1, false, g.story});
      continue;
    }
    // The lead heads the story when it is listed (search may have hidden it).
    auto lead = std::find_if(g.members.begin(), g.members.end(),
                             [&](std::size_t i) { return items[i].lead; });
    if (lead != g.members.end()) std::rotate(g.members.begin(), lead, lead + 1);
    rows.push_back({g.members.front(), g.members.size(), false, g.story});
    if (g.members.size() > 1 && expanded.count(g.story)) {
      // The rest stay newest first (rotate kept their order).
      for (std::size_t k = 1; k < g.members.size(); ++k)
        rows.push_back({g.members[k], 0, true, g.story});
    }
  }
  return rows;
}

}  // namespace fv::view
