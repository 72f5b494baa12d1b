// generator.h: a generator owns a heap frame that outlives each resumption; the eval loop
// runs it until YIELD_VALUE or RETURN_VALUE. Resumption lives in vm/ceval.cpp.
#pragma once
#include <memory>

#include "vm/frame.h"

namespace il {

class Engine;
class ThreadState;

struct Generator : Object {
  Frame* frame = nullptr;             // owned; null once finished
  std::unique_ptr<Value[]> storage;   // the frame's locals and stack
  size_t storage_size = 0;
  bool running = false;
  bool started = false;
  bool skip_push = false;             // the next resumption pushes no sent value
  // Suspended inside a try/except/with block: closing it would run code, so it must be
  // close()d when it becomes garbage (PEP 342). Counted in Engine::cleanup_gens.
  bool cleanup = false;
  bool finalized = false;             // the collector's close() was tried once (PEP 442)
  Value handled;                      // the exception it was handling when it yielded
  Str* name = nullptr;
  Str* qualname = nullptr;
  ~Generator() override { delete frame; }
  void trace(Tracer& t) override;
};

// Whether any of [begin, end) is a generator with its cleanup flag: dropping those references
// may have made it garbage. Cheap when Engine::cleanup_gens is 0.
bool holds_cleanup_gen(const Engine& e, const Value* begin, const Value* end);
// `del name` of [v]: whether it may have dropped the last reference to such a generator,
// directly or through a container or an instance (a del is rare enough to collect for).
bool del_may_drop_cleanup_gen(const Engine& e, Value v);
// After such a drop: collects at once and closes what became garbage, so a finally block runs
// when the last reference goes, as under CPython's reference counting. Requires the GIL and
// every live value rooted (a synced frame, Root for C++ locals).
void collect_abandoned(ThreadState& ts);
// Sets [g]'s cleanup flag, keeping Engine::cleanup_gens in step. Requires the GIL.
void gen_set_cleanup(Engine& e, Generator* g, bool on);
// close()s the generators the collector found abandoned (Engine::to_close), oldest first, as
// CPython's finalizer does: an exception is reported as "Exception ignored in: <generator>".
// Requires the GIL and a synced frame (it runs Python code).
void close_abandoned_generators(ThreadState& ts);

}  // namespace il
