// call.h: calling Python functions and running code objects: argument binding into a new
// frame, generator creation, module and class-body execution. Requires the GIL.
#pragma once
#include "objects/generator.h"
#include "vm/engine.h"

namespace il {

// Calls Python function [f] from native code (runs a nested eval loop).
Value call_function(ThreadState& ts, Function* f, Value* args, int nargs, Tuple* kwnames);
// Fills [fr]'s locals from the call's arguments and sets up cells and free variables.
bool bind_arguments(ThreadState& ts, Function* f, Frame* fr, Value* args, int nargs, Tuple* kwnames);
// Makes the generator object for a call of a generator function.
Value make_generator(ThreadState& ts, Function* f, Value* args, int nargs, Tuple* kwnames);
// Runs [code] with [globals] (and [locals] namespace for class bodies / modules).
Value run_code(ThreadState& ts, Code* code, Dict* globals, Dict* locals, Function* func = nullptr);
// The eval loop: runs from [entry] until it returns, yields (ts.yielded set) or raises.
Value eval_frame(ThreadState& ts, Frame* entry, bool throwing = false);
// Resumes generator [g] sending [v] (or raising [exc] inside it when non-null).
// Returns the yielded value; null with no error pending when it finished (its return value
// in *[ret]), or null with an error.
Value gen_resume(ThreadState& ts, Generator* g, Value v, Value exc, Value* ret);
// The check point's slow path: GIL drop requests, stop, GC. False: an error is pending.
bool handle_eval_breaker(ThreadState& ts);

}  // namespace il
