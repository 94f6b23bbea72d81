#include "core/view/thumbnail_cache.h"

#include <algorithm>

namespace fv::view {

ThumbnailCache::ThumbnailCache(std::size_t capacity, std::size_t max_pending, std::size_t max_failed)
    : capacity_(std::max<std::size_t>(1, capacity)),
      max_pending_(std::max<std::size_t>(1, max_pending)),
      max_failed_(std::max<std::size_t>(1, max_failed)) {}

ThumbnailCache::Lookup ThumbnailCache::use(const std::string& url) {
  Lookup out;
  auto it = slots_.find(url);
  if (it == slots_.end()) {
    if (pending_ >= max_pending_) return out;  // asked again next frame
    Slot s;
    s.state = State::Pending;
    s.last_used = frame_;
    slots_.emplace(url, s);
    ++pending_;
    out.state = State::Pending;
    out.fetch = true;
    return out;
  }
  Slot& s = it->second;
  s.last_used = frame_;
  out.state = s.state;
  out.texture = s.texture;
  out.width = s.width;
  out.height = s.height;
  return out;
}

std::vector<std::uint64_t> ThumbnailCache::loaded(const std::string& url, std::uint64_t texture,
                                                  int width, int height) {
  std::vector<std::uint64_t> release;
  auto it = slots_.find(url);
  if (it == slots_.end() || it->second.state != State::Pending) {
    release.push_back(texture);
    return release;
  }
  Slot& s = it->second;
  --pending_;
  s.state = State::Ready;
  s.texture = texture;
  s.width = width;
  s.height = height;
  ++ready_;
  // Over capacity: drop the least recently drawn textures not drawn this frame. Dropped URLs
  // are forgotten, so scrolling back fetches them again (the browser's HTTP cache answers).
  while (ready_ > capacity_) {
    auto victim = slots_.end();
    for (auto j = slots_.begin(); j != slots_.end(); ++j) {
      if (j->second.state != State::Ready || j->second.last_used >= frame_) continue;
      if (victim == slots_.end() || j->second.last_used < victim->second.last_used) victim = j;
    }
    if (victim == slots_.end()) break;  // everything is on screen: allow the overshoot
    release.push_back(victim->second.texture);
    slots_.erase(victim);
    --ready_;
  }
  return release;
}

void ThumbnailCache::failed(const std::string& url) {
  auto it = slots_.find(url);
  if (it == slots_.end() || it->second.state != State::Pending) return;
  --pending_;
  it->second.state = State::Failed;
  ++failed_;
  if (failed_ > max_failed_) evict_failed();
}

void ThumbnailCache::evict_failed() {
  // Forget the older half of the failures; they would be tried once more if drawn again.
  std::vector<std::uint64_t> stamps;
  for (const auto& [url, s] : slots_)
    if (s.state == State::Failed) stamps.push_back(s.last_used);
  std::nth_element(stamps.begin(), stamps.begin() + stamps.size() / 2, stamps.end());
  const std::uint64_t cut = stamps[stamps.size() / 2];
  for (auto it = slots_.begin(); it != slots_.end();) {
    if (it->second.state == State::Failed && it->second.last_used < cut) {
      it = slots_.erase(it);
      --failed_;
    } else {
      ++it;
    }
  }
}

std::vector<std::uint64_t> ThumbnailCache::clear() {
  std::vector<std::uint64_t> out;
  for (const auto& [url, s] : slots_)
    if (s.state == State::Ready) out.push_back(s.texture);
  slots_.clear();
  ready_ = pending_ = failed_ = 0;
  return out;
}

}  // namespace fv::view
