#include "core/refresh/fetch_state.h"

namespace fv::refresh {

ConditionalHeaders conditional_headers(const FetchState& state) {
  return {state.etag, state.last_modified};
}

}  // namespace fv::refresh
