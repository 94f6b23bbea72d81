// The model as the JSON object `feedview parse` prints (schema in README.md, "CLI").
#pragma once

#include <string>

#include "core/model.h"

namespace fv {

std::string feed_to_json(const Feed& feed, int indent = 2);

}  // namespace fv
