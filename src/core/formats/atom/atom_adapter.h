// Atom wire shapes (atom_wire.h) → the feed model.
#pragma once

#include "core/formats/atom/atom_wire.h"
#include "core/formats/common/adapt.h"

namespace fv::atom {

// `feed_authors` are inherited by entries that name none (RFC 4287 §4.1.1).
Item adapt_entry(const WireEntry& w, const xml::NsContext& ns, const std::vector<Person>& feed_authors,
                 adapt::Context& ctx);
void adapt_feed(const WireFeed& w, const xml::NsContext& ns, adapt::Context& ctx, Feed& feed);

}  // namespace fv::atom
