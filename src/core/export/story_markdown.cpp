#include "core/export/story_markdown.h"

#include <algorithm>

#include "core/export/slug.h"
#include "core/url/url.h"

namespace fv::exporting {
namespace {

std::vector<Related> members_as_related(const stories::Story& story, const stories::StoryIndex& index) {
  std::vector<Related> out;
  const auto& lead = index.entry(story.lead);
  out.push_back({lead.title, lead.link, lead.source});
  for (stories::EntryId id : story.members) {
    if (id == story.lead) continue;
    const auto& e = index.entry(id);
    out.push_back({e.title, e.link, e.source});
  }
  return out;
}

}  // namespace

FrontMatter story_front_matter(const stories::Story& story, const stories::StoryIndex& index,
                               const ExportOptions& options) {
  const stories::Entry& lead = index.entry(story.lead);
  FrontMatter fm;
  fm.title = lead.source.empty() ? lead.title : lead.title + " - " + lead.source;
  if (story.first_seen) fm.date = iso_date(*story.first_seen);
  fm.description = related_line(members_as_related(story, index));
  fm.summary = fm.description;
  fm.slug = slugify(fm.title, lead.link + lead.title);
  fm.link = lead.link;
  fm.source = options.feed_url.empty() ? lead.feed_id : options.feed_url;
  for (stories::EntryId id : story.members) {
    std::string host = url::host(index.entry(id).feed_id);
    if (!host.empty() && std::find(fm.categories.begin(), fm.categories.end(), host) == fm.categories.end())
      fm.categories.push_back(host);
  }
  if (options.term_stats)
    fm.tags = keywords::tags_for(lead.title, *options.term_stats, options.max_tags, lead.language);
  return fm;
}

std::string story_to_markdown(const stories::Story& story, const stories::StoryIndex& index,
                              const ExportOptions& options) {
  return render_front_matter(story_front_matter(story, index, options)) +
         related_list_html(members_as_related(story, index)) + "\n";
}

std::string story_file_name(const stories::Story& story, const stories::StoryIndex& index) {
  const stories::Entry& lead = index.entry(story.lead);
  return "story_" + hex64(fnv1a64(lead.link + "\n" + lead.title)) + ".md";
}

}  // namespace fv::exporting
