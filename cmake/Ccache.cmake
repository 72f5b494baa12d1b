# Ccache.cmake: uses ccache as the compiler launcher when it is installed (native and em++).
# Never required: without ccache the build is the same, only slower on rebuilds.
option(INTERLEAVE_CCACHE "Use ccache as the compiler launcher when found" ON)
if(INTERLEAVE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(INTERLEAVE_CCACHE_PROGRAM ccache)
  if(INTERLEAVE_CCACHE_PROGRAM)
    # em++ is a Python script: hash its content, not its mtime, so a re-installed
    # emscripten package with the same version keeps the cache valid.
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env CCACHE_COMPILERCHECK=content
        ${INTERLEAVE_CCACHE_PROGRAM})
    message(STATUS "Interleave: compiling through ${INTERLEAVE_CCACHE_PROGRAM}")
  endif()
endif()
