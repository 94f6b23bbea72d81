// FetchState as JSON, the form the browser keeps it in (IndexedDB "fetchMeta" store, export
// files): {"url", "etag", "lastModified", "viaProxy", "lastAttempt", "lastSuccess", "nextDue",
// "failures", "error": {"kind", "status", "line", "detail", "message"}}.
#pragma once

#include <string>
#include <string_view>

#include "core/refresh/fetch_state.h"

namespace fv::refresh {

std::string to_json(const FetchState& state);

// Missing or mistyped fields keep their defaults; false only when `json` is not an object.
bool from_json(std::string_view json, FetchState& state);

}  // namespace fv::refresh
