// thread_objects.h: the native objects of the _thread module (Lock, RLock, thread handles),
// shared by mod_thread.cpp, which implements them, and deadlock.cpp, which reads them to name
// what a thread holds and waits for. Their state is guarded by Engine::sync_mu.
#pragma once
#include <cstdint>
#include <string>

#include "objects/object.h"

namespace il {

class ThreadState;

struct LockObj : Object {
  bool locked = false;
};

struct RLockObj : Object {
  ThreadState* owner = nullptr;
  int64_t count = 0;
};

struct ThreadHandle : Object {
  Value func;              // what the thread runs (threading: the Thread's bound _bootstrap)
  bool done = false;       // guarded by sync_mu
  bool started = false;
  int id = 0;
  uint64_t ident = 0;
  int64_t native_id = 0;
  bool daemon = false;
  void trace(Tracer& t) override { t.mark(func); }
};

// A threading.Thread's name (its _name attribute), read without running Python code; "" if none.
std::string thread_object_name(Value thread);
// The ident a seeded run gives thread [id]: shaped like a Linux pthread_t, the same everywhere.
uint64_t seeded_ident(int id);

}  // namespace il
