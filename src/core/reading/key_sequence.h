// Matches typed characters against key bindings of one key ("m") or a two-key sequence
// ("g a": g, then a within a short time), as Google Reader's keyboard flow does. Pure: the
// caller passes the time, so the timeout is testable.
#pragma once

#include <string>
#include <vector>

namespace fv::reading {

class KeySequence {
 public:
  // `bindings`: "m", "A", "g a", … (space between the two keys of a sequence; ASCII keys).
  explicit KeySequence(std::vector<std::string> bindings, double timeout_seconds = 1.5);

  // One typed character at `now` (seconds). Returns the index of the binding it completes, or
  // -1 (nothing, or the first key of a sequence is now pending). A key that does not continue
  // the pending sequence cancels it and counts as a key of its own.
  int feed(char32_t c, double now);

  // True while the first key of a sequence waits for the second.
  bool pending(double now) const;
  // Seconds until a pending sequence times out (negative when none is pending).
  double expires_in(double now) const;
  void cancel() { prefix_ = 0; }

 private:
  std::vector<std::string> bindings_;
  double timeout_;
  char32_t prefix_ = 0;
  double prefix_at_ = 0;
};

}  // namespace fv::reading
