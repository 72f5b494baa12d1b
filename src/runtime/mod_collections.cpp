// mod_collections.cpp: the _collections module: the native containers that collections.py
// re-exports (deque, from objects/deque.cpp). Holds no state of its own.
#include "vm/api.h"
#include "vm/import.h"

namespace il {

static Value make_collections_module(ThreadState& ts) {
  Module* m = new_module(ts, "_collections");
  m->dict->set_str(ts.eng.intern("deque"), Value(ts.eng.t.deque));
  return Value(m);
}

void register_collections_module(Engine& e) { register_native_module(e, "_collections", make_collections_module); }

}  // namespace il
