// init.h: the start-up hooks each part of the engine provides, called once by Engine's
// constructor in this order. Nothing else may call them.
#pragma once
#include "objects/value.h"

namespace il {

class ThreadState;

Value make_bool_object(ThreadState& ts, bool v);
void init_object_types(ThreadState& ts);   // slots and methods of every builtin type
void init_exceptions(ThreadState& ts);     // the exception hierarchy of exceptions.def
void init_builtins(ThreadState& ts);       // the builtins module
void init_native_modules(ThreadState& ts); // sys, time, _thread, ... (registered, created on import)

}  // namespace il

namespace il {
// Per-type set-up, called by init_object_types.
void init_type_objects(ThreadState& ts);
void init_int(ThreadState& ts);
void init_float(ThreadState& ts);
void init_str(ThreadState& ts);
void init_bytes(ThreadState& ts);   // after init_str: it adds str.encode
void init_sequences(ThreadState& ts);
void init_dict(ThreadState& ts);
void init_range(ThreadState& ts);
void init_functions(ThreadState& ts);
void init_generators(ThreadState& ts);
void init_deque(ThreadState& ts);
// Installs slot wrappers on a heap type for the dunders its MRO defines.
void fixup_slots(ThreadState& ts, Type* t);
// Adds __repr__, __eq__, __add__, ... methods that call [t]'s own slots (CPython's slot wrappers).
void add_slot_wrappers(ThreadState& ts, Type* t);
}  // namespace il
