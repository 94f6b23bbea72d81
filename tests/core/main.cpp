// Catch2's runner for the core unit tests (native and Wasm under node).
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
