# Catch2.cmake: finds Debian's Catch2 2.x for the unit tests, natively and under emcmake, and
# sets INTERLEAVE_CATCH2_FOUND. Under emcmake find_package(Catch2) fails (the toolchain only
# searches the sysroot) and its imported target would add the host's /usr/include, so there
# only the header directory is made visible, through a symlink in the build tree.
if(EMSCRIPTEN)
  find_path(INTERLEAVE_CATCH2_INCLUDE catch2/catch.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH)
  if(INTERLEAVE_CATCH2_INCLUDE AND EXISTS /usr/lib/cmake/Catch2/Catch.cmake)
    set(INTERLEAVE_CATCH2_FOUND TRUE)
    set(_il_catch2_inc "${CMAKE_BINARY_DIR}/catch2inc")
    file(MAKE_DIRECTORY "${_il_catch2_inc}")
    if(NOT EXISTS "${_il_catch2_inc}/catch2")
      file(CREATE_LINK "${INTERLEAVE_CATCH2_INCLUDE}/catch2" "${_il_catch2_inc}/catch2" SYMBOLIC)
    endif()
    list(APPEND CMAKE_MODULE_PATH /usr/lib/cmake/Catch2)  # for include(Catch)
  endif()
else()
  find_package(Catch2 2 QUIET)
  set(INTERLEAVE_CATCH2_FOUND ${Catch2_FOUND})
endif()
if(INTERLEAVE_CATCH2_FOUND)
  include(Catch)  # catch_discover_tests
else()
  message(WARNING "Catch2 2.x not found (Debian: apt-get install catch2): no unit tests. "
                  "scripts/setup installs it.")
endif()

# interleave_use_catch2(<target>): gives [target] <catch2/catch.hpp>.
function(interleave_use_catch2 target)
  if(EMSCRIPTEN)
    target_include_directories(${target} SYSTEM PRIVATE "${CMAKE_BINARY_DIR}/catch2inc")
  else()
    target_link_libraries(${target} PRIVATE Catch2::Catch2)
  endif()
endfunction()
