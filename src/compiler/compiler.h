// compiler.h: turns a parsed module into a Code object (and its nested code objects).
// Allocates constants on the engine's heap, so it requires the GIL; runs no Python code.
#pragma once
#include "common/source.h"
#include "compiler/code_object.h"

namespace il {

class ThreadState;

// Compiles [src] as a module (or, with [eval_mode], as one expression whose value the code
// returns). Returns null with [err] set on a SyntaxError.
Code* compile_module(ThreadState& ts, const Source& src, SyntaxErrorInfo& err, bool eval_mode = false);

}  // namespace il
