// Google News' RSS conventions (no XML namespace of their own):
//  - the description is an HTML list of the story's articles,
//      <ol><li><a href="URL">Title</a>&nbsp;&nbsp;<font color="#6f6f6f">Source</font></li>…</ol>
//    or, for a story of one, a single <a href="URL">Title</a>&nbsp;&nbsp;<font>Source</font>;
//  - titles end in " - Source", which is split off when it names the item's source.
// <source url="…">Name</source> itself is RSS 2.0 and read by the RSS reader.
#pragma once

#include <string_view>
#include <vector>

#include "core/model.h"

namespace fv::ns::google_news {

// Entries of the related-articles list: anchor followed by a <font> source. Anchors without a
// source label are not part of that pattern and are ignored, so ordinary descriptions with
// links yield nothing.
std::vector<Related> related_from_description(std::string_view html);

// " - Source" at the end of item.title is removed when Source matches item.source.title, or,
// when the item names no source, the source of its own entry in item.related (which then
// becomes item.source.title).
void split_title_source(Item& item);

// Both of the above.
void apply(Item& item, std::string_view description_html);

}  // namespace fv::ns::google_news
