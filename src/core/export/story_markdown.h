// A story (stories/story_index.h) as Markdown in the same shape as an item export: the lead
// headline's front matter, and every member — lead first, then in the order they arrived — as
// the related-coverage list.
//   title        lead headline + " - " + its source
//   date         first seen (UTC day)
//   description  "Headline (Source) · …" over all members; summary the same
//   link         the lead's link; source: the lead's feed id (its URL when feeds are keyed by URL)
//   categories   the hosts of the members' feeds, in first-seen order
//   tags         the lead headline's tags against `term_stats` (if given)
#pragma once

#include <string>

#include "core/export/front_matter.h"
#include "core/export/markdown.h"
#include "core/stories/story_index.h"

namespace fv::exporting {

FrontMatter story_front_matter(const stories::Story& story, const stories::StoryIndex& index,
                               const ExportOptions& options);

std::string story_to_markdown(const stories::Story& story, const stories::StoryIndex& index,
                              const ExportOptions& options);

// "story_<16 hex>.md" from the lead's link and headline.
std::string story_file_name(const stories::Story& story, const stories::StoryIndex& index);

}  // namespace fv::exporting
