// A token bucket per client address: bursts are fine, a flood is not.
#pragma once

#include <chrono>
#include <map>
#include <mutex>
#include <string>

namespace fv::proxy {

class RateLimiter {
 public:
  explicit RateLimiter(int per_minute) : per_minute_(per_minute) {}

  // True when `client` may make a request now; otherwise `retry_after` says when (seconds).
  bool allow(const std::string& client, int& retry_after);

 private:
  struct Bucket {
    double tokens;
    std::chrono::steady_clock::time_point last;
  };
  int per_minute_;
  std::mutex mutex_;
  std::map<std::string, Bucket> buckets_;
};

}  // namespace fv::proxy
