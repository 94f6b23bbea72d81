#include "cli/proxy/rate_limiter.h"

#include <algorithm>
#include <cmath>

namespace fv::proxy {

bool RateLimiter::allow(const std::string& client, int& retry_after) {
  const auto now = std::chrono::steady_clock::now();
  const double rate = per_minute_ / 60.0;  // tokens per second
  std::lock_guard<std::mutex> lock(mutex_);
  if (buckets_.size() > 10000) buckets_.clear();  // bound memory under address churn
  auto [it, fresh] = buckets_.try_emplace(client, Bucket{double(per_minute_), now});
  Bucket& b = it->second;
  if (!fresh) {
    double elapsed = std::chrono::duration<double>(now - b.last).count();
    b.tokens = std::min<double>(per_minute_, b.tokens + elapsed * rate);
    b.last = now;
  }
  if (b.tokens >= 1.0) {
    b.tokens -= 1.0;
    return true;
  }
  retry_after = std::max(1, int(std::ceil((1.0 - b.tokens) / rate)));
  return false;
}

}  // namespace fv::proxy
