// Counts every byte the program holds on the heap: global operator new/delete (the model's
// strings and vectors) and pugixml's allocations (routed here by install_for_pugixml()).
// Linked only into fv_bench; gives the same figures natively and in Wasm, where there is no
// getrusage to ask.
#pragma once

#include <cstddef>

namespace fv::bench::heap {

std::size_t live_bytes();
std::size_t peak_bytes();          // highest live_bytes() since the last reset_peak()
void reset_peak();                 // peak := live
void install_for_pugixml();        // pugi::set_memory_management_functions(counting ones)

}  // namespace fv::bench::heap
