#include "core/reading/key_sequence.h"

#include <utility>

namespace fv::reading {

KeySequence::KeySequence(std::vector<std::string> bindings, double timeout_seconds)
    : bindings_(std::move(bindings)), timeout_(timeout_seconds) {}

bool KeySequence::pending(double now) const {
  return prefix_ != 0 && now - prefix_at_ <= timeout_;
}

double KeySequence::expires_in(double now) const {
  return pending(now) ? timeout_ - (now - prefix_at_) : -1.0;
}

int KeySequence::feed(char32_t c, double now) {
  if (c == 0 || c > 0x7f) {
    prefix_ = 0;
    return -1;
  }
  const char ch = static_cast<char>(c);
  if (pending(now)) {
    const char first = static_cast<char>(prefix_);
    prefix_ = 0;
    for (std::size_t i = 0; i < bindings_.size(); ++i) {
      const std::string& b = bindings_[i];
      if (b.size() == 3 && b[0] == first && b[1] == ' ' && b[2] == ch) return static_cast<int>(i);
    }
  }
  prefix_ = 0;
  for (std::size_t i = 0; i < bindings_.size(); ++i) {
    const std::string& b = bindings_[i];
    if (b.size() == 1 && b[0] == ch) return static_cast<int>(i);
  }
  for (const std::string& b : bindings_) {
    if (b.size() == 3 && b[0] == ch && b[1] == ' ') {
      prefix_ = c;
      prefix_at_ = now;
      break;
    }
  }
  return -1;
}

}  // namespace fv::reading
