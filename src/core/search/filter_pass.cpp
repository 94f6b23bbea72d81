#include "core/search/filter_pass.h"

#include <utility>

namespace fv::search {

void FilterPass::restart(std::size_t count, bool narrowing) {
  if (!narrowing) {
    all_ = true;
    candidates_.clear();
    matches_.clear();
    next_ = 0;
    end_ = count;
    return;
  }
  // The new candidates: what matched so far, then what the previous pass had not tested.
  std::vector<std::uint32_t> next = std::move(matches_);
  for (std::size_t i = next_; i < end_; ++i)
    next.push_back(all_ ? static_cast<std::uint32_t>(i) : candidates_[i]);
  candidates_ = std::move(next);
  all_ = false;
  matches_.clear();
  next_ = 0;
  end_ = candidates_.size();
}

}  // namespace fv::search
