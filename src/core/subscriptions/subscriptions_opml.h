// Subscriptions ↔ OPML and ↔ the feed list JSON (assets/feeds/feeds.json, the page's store).
//
// OPML folders may nest to any depth; feedview keeps one folder name per feed and writes the
// path with " / " ("News / World"). Export splits those names again, so a nested OPML file
// survives import → export → import with the same tree.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/opml/opml.h"
#include "core/subscriptions/subscription_list.h"

namespace fv::subscriptions {

struct ImportSummary {
  std::size_t added = 0;
  std::size_t already = 0;  // the same feed was subscribed before (or twice in the file)
  std::size_t skipped = 0;  // outlines with an address that is not http(s)
  std::vector<std::string> folders;  // folders the added feeds went into, sorted
  std::vector<int> added_indices;    // entries added, in file order
};

// Adds every feed outline of `doc` (depth-first, in file order); a folder outline's name joins
// the path of the feeds below it.
ImportSummary import_opml(SubscriptionList& list, const opml::Document& doc);

// "Imported 12 feeds in 3 folders (2 already subscribed)", "No feeds found in the file", …
std::string summary_text(const ImportSummary& s);

// The active, stored subscriptions (not those only for this visit) as an OPML document,
// folders nested again, in list order. `feed_titles[i]`, when given, names entry i when the
// reader gave it no name (the feed's own title); else its address does.
opml::Document to_opml(const SubscriptionList& list, std::string_view title = "feedview subscriptions",
                       const std::vector<std::string>* feed_titles = nullptr);

// Feed list JSON: {"feeds": [{"url", "title", "folder", "visit"?}]}. Entries without a url
// are skipped; false when the text is not such an object (nothing is added then).
bool add_feed_list(SubscriptionList& list, std::string_view json, std::size_t* added = nullptr);

// The active subscriptions as feed list JSON; `include_visit` also lists the visit-only ones
// (with "visit": true).
std::string feed_list_json(const SubscriptionList& list, bool include_visit = false);

// Plain text, one address a line (blank lines and "#" comments ignored) → subscriptions.
// Returns how many were added; lines that are no http(s) address count in `skipped`.
std::size_t add_url_lines(SubscriptionList& list, std::string_view text, std::size_t* skipped = nullptr);

}  // namespace fv::subscriptions
