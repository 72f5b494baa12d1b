// main.cpp: the Catch2 main of the unit-test binary, alone in its translation unit because
// it takes about 10 s to compile (ccache keeps it). Test cases live in the other
// tests/unit/*.cpp files, one per source concept.
#define CATCH_CONFIG_MAIN
#include <catch2/catch.hpp>
