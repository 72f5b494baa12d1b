# Ccache.cmake: uses ccache as the compiler launcher when it is installed (native and em++).
# Never required: without ccache the build is the same, only slower on rebuilds.
option(INTERLEAVE_CCACHE "Use ccache as the compiler launcher when found" ON)
if(INTERLEAVE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  find_program(INTERLEAVE_CCACHE_PROGRAM ccache)
  if(INTERLEAVE_CCACHE_PROGRAM)
    # BASEDIR + NOHASHDIR: paths inside the source tree are hashed relative to it, so a fresh
    # clone elsewhere (CI) hits the cache filled by another checkout. COMPILERCHECK=content:
    # em++ is a script; hash it, not its mtime.
    set(CMAKE_CXX_COMPILER_LAUNCHER ${CMAKE_COMMAND} -E env
        CCACHE_BASEDIR=${PROJECT_SOURCE_DIR} CCACHE_NOHASHDIR=true CCACHE_COMPILERCHECK=content
        ${INTERLEAVE_CCACHE_PROGRAM})
    message(STATUS "Interleave: compiling through ${INTERLEAVE_CCACHE_PROGRAM}")
  endif()
endif()
