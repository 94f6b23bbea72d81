// RSS wire shapes (rss_wire.h) → the feed model. RSS 1.0 (RDF) items go through here too.
#pragma once

#include "core/formats/common/adapt.h"
#include "core/formats/rss/rss_wire.h"

namespace fv::rss {

Item adapt_item(const WireItem& w, const xml::NsContext& ns, adapt::Context& ctx);

// Channel fields and all items into `feed` (format and encoding are set by the caller).
void adapt_channel(const WireChannel& w, const xml::NsContext& ns, adapt::Context& ctx, Feed& feed);

}  // namespace fv::rss
