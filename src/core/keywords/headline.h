// The headline proper: an aggregator title without its " - Source" suffix, so the outlet's
// name never becomes a tag or joins two unrelated stories ("… - Reuters").
#pragma once

#include <string_view>

#include "core/model.h"

namespace fv::keywords {

// `title` minus a trailing " - <source>" when <source> is the item's <source> title or, for
// Google News, the outlet named by its first related entry. Otherwise the title unchanged.
std::string_view headline_of(const Item& item);

// `title` minus a trailing " - <source>" (exact, case-sensitive); unchanged when absent.
std::string_view strip_source_suffix(std::string_view title, std::string_view source);

}  // namespace fv::keywords
