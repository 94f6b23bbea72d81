#include "counting_allocator.h"

#include <cstdlib>
#include <new>

#include <pugixml.hpp>

namespace fv::bench::heap {
namespace {

// A header in front of each block remembers its size, so delete needs no size from the caller.
// 16 bytes keeps the block aligned like malloc's own.
constexpr std::size_t kHeader = 16;
std::size_t g_live = 0;
std::size_t g_peak = 0;

void* counted_malloc(std::size_t n) {
  auto* p = static_cast<unsigned char*>(std::malloc(n + kHeader));
  if (!p) return nullptr;
  *reinterpret_cast<std::size_t*>(p) = n;
  g_live += n;
  if (g_live > g_peak) g_peak = g_live;
  return p + kHeader;
}

void counted_free(void* q) {
  if (!q) return;
  auto* p = static_cast<unsigned char*>(q) - kHeader;
  g_live -= *reinterpret_cast<std::size_t*>(p);
  std::free(p);
}

}  // namespace

std::size_t live_bytes() { return g_live; }
std::size_t peak_bytes() { return g_peak; }
void reset_peak() { g_peak = g_live; }
void install_for_pugixml() { pugi::set_memory_management_functions(counted_malloc, counted_free); }

}  // namespace fv::bench::heap

// Global replacements. No exceptions in the Wasm build: out of memory aborts either way.
void* operator new(std::size_t n) {
  void* p = fv::bench::heap::counted_malloc(n ? n : 1);
  if (!p) std::abort();
  return p;
}
void* operator new[](std::size_t n) { return operator new(n); }
void* operator new(std::size_t n, const std::nothrow_t&) noexcept {
  return fv::bench::heap::counted_malloc(n ? n : 1);
}
void* operator new[](std::size_t n, const std::nothrow_t&) noexcept {
  return fv::bench::heap::counted_malloc(n ? n : 1);
}
void operator delete(void* p) noexcept { fv::bench::heap::counted_free(p); }
void operator delete[](void* p) noexcept { fv::bench::heap::counted_free(p); }
void operator delete(void* p, std::size_t) noexcept { fv::bench::heap::counted_free(p); }
void operator delete[](void* p, std::size_t) noexcept { fv::bench::heap::counted_free(p); }
void operator delete(void* p, const std::nothrow_t&) noexcept { fv::bench::heap::counted_free(p); }
void operator delete[](void* p, const std::nothrow_t&) noexcept { fv::bench::heap::counted_free(p); }
