# Emscripten.cmake: everything specific to the em++ build: the pinned version check, the
# -pthread rule, the acorn fix for the linker, and one helper per kind of wasm executable.
# Native builds never include this file.

# The tested toolchain is pinned in emsdk-version.txt (see shared toolchain notes).
file(STRINGS "${PROJECT_SOURCE_DIR}/emsdk-version.txt" INTERLEAVE_EMSDK_VERSION LIMIT_COUNT 1)
string(STRIP "${INTERLEAVE_EMSDK_VERSION}" INTERLEAVE_EMSDK_VERSION)
if(NOT EMSCRIPTEN_VERSION STREQUAL INTERLEAVE_EMSDK_VERSION)
  message(WARNING
    "Interleave is tested with Emscripten ${INTERLEAVE_EMSDK_VERSION} (emsdk-version.txt), "
    "but the emcc in use is '${EMSCRIPTEN_VERSION}'. Flags, pthreads and Embind may behave "
    "differently; if the build or the tests fail, install ${INTERLEAVE_EMSDK_VERSION} first.")
else()
  message(STATUS "Interleave: Emscripten ${EMSCRIPTEN_VERSION} (as pinned)")
endif()

# Every translation unit and every link uses pthreads (Python threads are pthreads).
add_compile_options(-pthread)
add_link_options(-pthread)

# emcc -O1 and above run acorn-optimizer.js, which needs Debian's node modules.
set(CMAKE_CXX_LINKER_LAUNCHER ${CMAKE_COMMAND} -E env NODE_PATH=/usr/share/nodejs)

# node 20 cannot load 3.1.6 output with its built-in fetch: every node run needs this flag.
set(INTERLEAVE_NODE_EMULATOR /usr/bin/node --no-experimental-fetch)

set(INTERLEAVE_WASM_INITIAL_MEMORY "128MB" CACHE STRING "INITIAL_MEMORY of every wasm target")
set(INTERLEAVE_WASM_MAXIMUM_MEMORY "2GB" CACHE STRING "MAXIMUM_MEMORY (memory grows up to it)")
set(INTERLEAVE_WASM_STACK "8MB" CACHE STRING "Stack of main() (the interpreter's main thread)")
set(INTERLEAVE_WASM_THREAD_STACK "2MB" CACHE STRING "Stack of every other pthread")
set(INTERLEAVE_WEB_POOL_SIZE "5" CACHE STRING
    "Pre-started pthread workers of the web module (main() takes one)")
# A node worker costs ~100 ms of CPU to start: node programs start with main()'s worker plus
# one, loading in the background (PTHREAD_POOL_DELAY_LOAD); more threads start workers on
# demand. Measured on the conformance suite under node: pool 5 93 s, pool 5 delayed 70 s,
# pool 2 delayed 59 s.
set(INTERLEAVE_NODE_POOL_SIZE "2" CACHE STRING "Pre-started pthread workers of node programs")
option(INTERLEAVE_WEB_ES6 "Emit the web module as an ES6 module (EXPORT_ES6) instead of a classic script" OFF)

# Link options shared by every wasm executable.
set(INTERLEAVE_WASM_COMMON_LINK_OPTIONS
  -sINITIAL_MEMORY=${INTERLEAVE_WASM_INITIAL_MEMORY}
  -sALLOW_MEMORY_GROWTH=1
  -sMAXIMUM_MEMORY=${INTERLEAVE_WASM_MAXIMUM_MEMORY}
  -Wno-pthreads-mem-growth          # measured: wasm speed unchanged with growth
  -sTOTAL_STACK=${INTERLEAVE_WASM_STACK}
  -sDEFAULT_PTHREAD_STACK_SIZE=${INTERLEAVE_WASM_THREAD_STACK}
  -sPROXY_TO_PTHREAD=1)             # main() is a pthread: the JS thread stays free to start workers

# A program run by node like a native one: real files, environment, stdout/stderr, exit code.
function(interleave_wasm_node_executable target)
  set(pre_js "${PROJECT_SOURCE_DIR}/src/cli/node_env.js")
  set_target_properties(${target} PROPERTIES SUFFIX ".js"
                        CROSSCOMPILING_EMULATOR "${INTERLEAVE_NODE_EMULATOR}"
                        LINK_DEPENDS "${pre_js}")
  target_link_options(${target} PRIVATE ${INTERLEAVE_WASM_COMMON_LINK_OPTIONS}
    -sENVIRONMENT=node -sNODERAWFS=1 -sEXIT_RUNTIME=1
    -sPTHREAD_POOL_SIZE=${INTERLEAVE_NODE_POOL_SIZE} -sPTHREAD_POOL_DELAY_LOAD=1
    "SHELL:--pre-js ${pre_js}")
endfunction()

# The page's engine: interleave-web.{js,wasm,worker.js}, hosted in a dedicated worker.
function(interleave_wasm_web_module target)
  set_target_properties(${target} PROPERTIES SUFFIX ".js")
  target_link_options(${target} PRIVATE ${INTERLEAVE_WASM_COMMON_LINK_OPTIONS}
    --bind -sENVIRONMENT=web,worker -sMODULARIZE=1 -sEXPORT_NAME=createInterleave
    -sEXPORTED_RUNTIME_METHODS=wasmMemory
    -sPTHREAD_POOL_SIZE=${INTERLEAVE_WEB_POOL_SIZE})
  if(INTERLEAVE_WEB_ES6)
    target_link_options(${target} PRIVATE -sEXPORT_ES6=1)
  endif()
endfunction()
