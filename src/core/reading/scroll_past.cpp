#include "core/reading/scroll_past.h"

namespace fv::reading {

layout::RowRange ScrollPast::update(std::size_t above, bool scrolling) {
  layout::RowRange past;
  if (!started_) {
    started_ = true;
    reached_ = above;
    return past;
  }
  if (above > reached_) {
    if (scrolling) past = {reached_, above};
    reached_ = above;  // passed without the reader scrolling: those rows never count
  }
  return past;
}

}  // namespace fv::reading
