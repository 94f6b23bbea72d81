// Finding the rows that match a search a slice at a time, so filtering 50,000 headlines never
// blocks a frame for long, and so a query that narrows the previous one (typing more of a word,
// adding a word: SearchQuery::narrows) re-tests only the rows the previous one matched.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace fv::search {

class FilterPass {
 public:
  // Starts a pass over rows [0, count) — or, when `narrowing`, over the previous pass's
  // matches (and the rows it had not reached yet, if it was cut short).
  void restart(std::size_t count, bool narrowing);

  // Tests rows in order with `test(row) -> bool` until the pass is finished or `budget` is
  // spent, each row costing `cost(row)` (e.g. the bytes searched; at least 1 is counted).
  // Returns finished().
  template <class Test, class Cost>
  bool run(Test&& test, Cost&& cost, std::size_t budget) {
    std::size_t spent = 0;
    while (next_ < end_ && spent < budget) {
      const std::uint32_t row = all_ ? static_cast<std::uint32_t>(next_) : candidates_[next_];
      ++next_;
      const std::size_t c = cost(static_cast<std::size_t>(row));
      spent += c > 0 ? c : 1;
      if (test(static_cast<std::size_t>(row))) matches_.push_back(row);
    }
    return finished();
  }

  bool finished() const { return next_ >= end_; }
  // Matching rows in ascending order; complete once finished().
  const std::vector<std::uint32_t>& matches() const { return matches_; }

 private:
  bool all_ = true;                       // candidates are 0..end_-1 (no list kept)
  std::vector<std::uint32_t> candidates_;  // otherwise: the rows to test
  std::vector<std::uint32_t> matches_;
  std::size_t next_ = 0, end_ = 0;
};

}  // namespace fv::search
