// Which thumbnails the dashboard holds as GPU textures. Rows and cards ask for their image
// each frame they are drawn; an unknown URL is requested (at most `max_pending` at once, so a
// fast scroll does not start hundreds of downloads), a loaded one is kept as a texture, a
// failed one is remembered so it is not fetched again and its placeholder stays. At most
// `capacity` textures are kept: the least recently drawn go first, never one drawn in the
// current frame. The cache only does bookkeeping; the caller creates and frees the textures
// (opaque handles) it is told about.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace fv::view {

class ThumbnailCache {
 public:
  enum class State { Absent, Pending, Ready, Failed };
  struct Lookup {
    State state = State::Absent;
    std::uint64_t texture = 0;  // when Ready
    int width = 0, height = 0;  // pixels of the texture
    bool fetch = false;         // the caller must start fetching this URL now
  };

  explicit ThumbnailCache(std::size_t capacity = 160, std::size_t max_pending = 6,
                          std::size_t max_failed = 4096);

  // Starts a new frame: textures used in it are safe from eviction.
  void begin_frame() { ++frame_; }
  // The state of `url` for drawing; marks it used. An Absent URL turns Pending (and `fetch` is
  // set) when fewer than max_pending fetches are running.
  Lookup use(const std::string& url);

  // A fetch finished with a texture. Returns the textures to free: evicted ones, or `texture`
  // itself when the URL is no longer wanted (never asked for, or already loaded).
  std::vector<std::uint64_t> loaded(const std::string& url, std::uint64_t texture, int width,
                                    int height);
  void failed(const std::string& url);

  std::size_t textures() const { return ready_; }
  std::size_t pending() const { return pending_; }
  // Every texture held (for freeing them all, e.g. when the GL context goes).
  std::vector<std::uint64_t> clear();

 private:
  struct Slot {
    State state = State::Absent;
    std::uint64_t texture = 0;
    int width = 0, height = 0;
    std::uint64_t last_used = 0;
  };
  void evict_failed();

  std::size_t capacity_, max_pending_, max_failed_;
  std::unordered_map<std::string, Slot> slots_;
  std::uint64_t frame_ = 1;
  std::size_t ready_ = 0, pending_ = 0, failed_ = 0;
};

}  // namespace fv::view
