// thread_state.h: everything one Python thread owns: its frames and value stack, the pending
// and the handled exception, temporary GC roots, GIL statistics. Touched only by its own OS
// thread, except by the GC and the event stream, which run with the GIL held.
#pragma once
#include <condition_variable>
#include <cstdint>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "objects/object.h"
#include "runtime/scheduler.h"
#include "vm/frame.h"

namespace il {

class Engine;
struct NativeFunction;

struct GilStats {
  uint64_t acquisitions = 0;
  uint64_t forced_drops = 0;
  uint64_t voluntary_releases = 0;
  uint64_t drop_requests = 0;
  double hold_seconds = 0;
  double wait_seconds = 0;
  double taken_at = 0;   // monotonic seconds when last taken
};

class ThreadState {
 public:
  ThreadState(Engine& eng, int id);
  ~ThreadState();
  ThreadState(const ThreadState&) = delete;

  Engine& eng;
  const int id;                   // 0 = main thread; then 1, 2, ... in start order
  Frame* frame = nullptr;         // innermost running frame
  int depth = 0;                  // Python frames + native re-entries, against the recursion limit
  Value exc;                      // pending exception, null when none
  NativeFunction* current_native = nullptr;  // the builtin being called (slot wrappers read it)
  Value handled;                  // the exception being handled (bare raise, __context__)
  std::vector<Value> roots;       // temporaries native code keeps across calls into Python
  bool exiting = false;           // unwinding for stop or teardown: no handler runs
  bool yielded = false;           // the last eval_frame return was a generator's yield
  int native_depth = 0;           // nested eval loops on the C++ stack
  GilStats stats;
  int64_t ticks = 0;              // seeded mode: check points left in this slice (ceval counts down)
  SchedSlot sched;                // seeded mode: runnable/blocked, guarded by Engine::sync_mu
  std::condition_variable wake_cv;  // real mode: a blocking call waits here (with Engine::sync_mu)
  Frame* step_frame = nullptr;    // step mode: running one line: the frame and line it began at
  int step_line = 0;              //   (0: not stepping a line)
  uint64_t native_ident = 0;
  Value handle;                   // the _thread handle object of this thread, if any
  std::vector<Object*> repr_guard;  // containers being repr'd, for "[...]"

  // Frame storage. A frame's locals and stack come from a chunked stack that never moves.
  // Inline: every Python call pushes one; grow() is the rare out-of-line part.
  Frame* push_frame(Code* code, int extra_slots) {
    size_t need = static_cast<size_t>(code->framesize + extra_slots);
    Value* saved_top = top_;
    Value* saved_limit = limit_;
    size_t saved_chunk = chunk_index_;
    if (__builtin_expect(pool_used == frame_pool.size() || !top_ || top_ + need > limit_, 0)) grow(need);
    Frame* f = frame_pool[pool_used++].get();
    // Only the header is reset: the block stack is dead above nblocks.
    f->func = nullptr;
    f->globals = nullptr;
    f->builtins = nullptr;
    f->locals_dict = nullptr;
    f->lasti = -1;
    f->nblocks = 0;
    f->is_entry = false;
    f->gen = nullptr;
    f->prev = nullptr;
    f->saved_top = saved_top;
    f->saved_limit = saved_limit;
    f->saved_chunk = saved_chunk;
    f->localsplus = top_;
    top_ += need;
    f->code = code;
    Value* p = f->localsplus;
    for (int i = 0, n = code->nlocalsplus; i < n; i++) p[i] = Value();
    f->sp = p + code->nlocalsplus;
    return f;
  }
  void pop_frame(Frame* f) {
    top_ = f->saved_top;
    limit_ = f->saved_limit;
    chunk_index_ = f->saved_chunk;
    if (pool_used > 0) pool_used--;
  }
  std::vector<std::unique_ptr<Frame>> frame_pool;   // stable addresses, reused LIFO
  size_t pool_used = 0;

  bool has_error() const { return !exc.is_null(); }

 private:
  std::vector<std::unique_ptr<Value[]>> chunks_;
  std::vector<size_t> chunk_sizes_;
  size_t chunk_index_ = 0;
  // A free pooled frame and [need] values of room on the stack (in a new chunk if needed).
  void grow(size_t need);
  Value* top_ = nullptr;
  Value* limit_ = nullptr;
};

// Keeps [v] alive across calls that may run Python code (and so the GC).
class Root {
 public:
  Root(ThreadState& ts, Value v) : ts_(ts), index_(ts.roots.size()) { ts_.roots.push_back(v); }
  ~Root() { ts_.roots.erase(ts_.roots.begin() + static_cast<std::ptrdiff_t>(index_), ts_.roots.end()); }
  Root(const Root&) = delete;
  void set(Value v) { ts_.roots[index_] = v; }
 private:
  ThreadState& ts_;
  size_t index_;
};

}  // namespace il
