// engine.h: the interpreter's whole state behind the public Interpreter: heap and GC, interned
// names, builtin types and singletons, modules, threads, the GIL, stdout/stderr. No globals:
// everything any part of the engine needs is reached from here or from a ThreadState.
#pragma once
#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <functional>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <pthread.h>
#include <thread>
#include <unordered_map>
#include <vector>

#include "common/source.h"
#include "io/stdout.h"
#include "objects/containers.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "runtime/gil.h"
#include "runtime/scheduler.h"
#include "runtime/trace.h"
#include "runtime/thread_state.h"
#include "vm/interpreter.h"

namespace il {

enum MagicName {
#define X(id, s) N_##id,
#include "objects/magic_names.def"
#undef X
  N_Count
};

enum ExcId {
#define EXC(id, s, base) E_##id,
#include "objects/exceptions.def"
#undef EXC
  E_Count
};

struct BuiltinTypes {
#define TYPE(id, s, layout, base) Type* id = nullptr;
#include "objects/builtin_types.def"
#undef TYPE
};

enum class WaitResult { Ready, TimedOut, Stopped };

class Engine {
 public:
  Engine(HostSink& sink, RunConfig cfg);
  ~Engine();

  HostSink& sink;
  RunConfig cfg;
  EvalBreaker breaker{0};
  Gil gil{breaker};
  std::unique_ptr<Scheduler> sched;   // seeded mode only; null in real mode
  TraceRecorder recorder;
  int64_t start_ns = 0;               // monotonic time of the engine's creation (real-mode trace)
  int recursion_limit = 1000;
  std::atomic<bool> stop_requested{false};
  std::atomic<int> exit_override{-1};   // os._exit(n): the run's exit code once it has stopped
  std::atomic<bool> finalizing{false};
  std::atomic<bool> dying{false};

  // ---- heap ----
  // Small objects come from per-size free lists (16-byte classes up to 128 bytes): the
  // collector returns them there, so float-heavy code does not live in malloc.
  static constexpr size_t kPoolClasses = 8;
  template <class T, class... A>
  T* alloc(Type* type, A&&... a) {
    constexpr size_t cls = (sizeof(T) + 15) / 16;
    void* mem = cls <= kPoolClasses ? pool_take(cls) : ::operator new(sizeof(T));
    T* o = new (mem) T(std::forward<A>(a)...);
    o->pool_class = cls <= kPoolClasses ? static_cast<uint8_t>(cls) : 0;
    o->type = type;
    size_t extra = o->T::extra_bytes();   // the exact type is known: no virtual call
    o->gc_size = static_cast<uint32_t>(sizeof(T) + (extra < (1u << 31) ? extra : (1u << 31)));
    link(o);
    return o;
  }
  // Inline: every allocation (floats above all) goes through both.
  void link(Object* o) {
    o->gc_next = objects_;
    objects_ = o;
    live_++;
    live_bytes_ += o->gc_size;
    bytes_since_gc_ += o->gc_size;
    if (bytes_since_gc_ > gc_threshold_) breaker.fetch_or(kGcRequest, std::memory_order_relaxed);
  }
  void* pool_take(size_t cls) {
    std::vector<void*>& fl = pool_free_[cls];
    if (__builtin_expect(fl.empty(), 0)) pool_refill(cls);
    void* p = fl.back();
    fl.pop_back();
    return p;
  }
  void pool_refill(size_t cls);   // a new slab cut into free blocks of class [cls]
  void release(Object* o);   // destroys [o] and returns its memory
  void collect(ThreadState& ts);   // requires the GIL; only at check points
  // Whether a collection for a dropped cleanup generator (collect_abandoned) runs now. The first
  // kEagerDropCollections since the last regular collection do; after them, one runs only once a
  // sixteenth of the live heap has been allocated since the last collection, so a hot loop that
  // drops such generators costs amortized O(1) per allocated byte instead of a full collection per
  // iteration (and its close()s come somewhat later than CPython's). Deterministic: no clocks.
  bool drop_collection_due();
  // Abandoned generators (PEP 342): suspended generators with a finally, except or with block
  // pending, and those the collector found unreachable, kept alive until they are close()d.
  int cleanup_gens = 0;
  std::vector<Value> to_close;
  size_t live_objects() const { return live_; }

  // ---- names and singletons ----
  Str* intern(std::string_view s);
  Str* names[N_Count] = {};
  BuiltinTypes t;
  Type* exc[E_Count] = {};
  Type* stop_type = nullptr;        // internal: unwinding for stop or teardown
  Value None, True, False, NotImplemented, Ellipsis;
  Value empty_tuple, stop_exc;

  // ---- type helpers ----
  Type* type_of(Value v) const { return v.is_small() ? t.int_ : v.obj()->type; }

  // ---- modules ----
  Dict* modules = nullptr;          // sys.modules
  Module* builtins_mod = nullptr;
  Module* main_mod = nullptr;
  Module* sys_mod = nullptr;
  Dict* builtins() const { return builtins_mod->dict; }

  // ---- sources (kept for traceback lines) ----
  const Source* add_source(std::string filename, std::string text);

  // ---- threads ----
  std::vector<ThreadState*> threads;          // live ThreadStates (changed with the GIL held)
  std::vector<pthread_t> os_threads;          // joined when they end (reaped) or at teardown
  std::vector<pthread_t> ended_os_threads;    // ended, not yet joined (each adds itself last)
  std::atomic<int> live_threads{1};           // Python threads whose OS thread has not ended
  std::vector<ThreadStats> finished_stats;    // of threads that ended (changed with the GIL held)
  void record_stats(const ThreadState& ts);
  std::mutex os_threads_mu;
  ThreadState* main_ts = nullptr;
  int next_thread_id = 1;
  std::mutex sync_mu;                         // guards every native sync primitive's state
  std::condition_variable sync_cv;            // seeded mode's baton, thread ends, the watchdog
  std::vector<ThreadState*> waiting;          // real mode: threads in block() (under sync_mu)
  // Requires sync_mu: wakes the real-mode threads blocked on [obj] (a lock released, a thread
  // started or ended), so a release does not wake every blocked thread; null wakes them all.
  void wake_waiters(Object* obj) {
    for (ThreadState* t : waiting)
      if (!obj || t->sched.on.obj == obj) t->wake_cv.notify_one();
  }
  // Requires sync_mu: [lock] was released (seeded mode's threads wait on sync_cv).
  void released(Object* lock) {
    if (sched) sync_cv.notify_all();
    else wake_waiters(lock);
  }
  // Wakes everyone: stop, teardown, the watchdog's report.
  void notify_sync() {
    std::lock_guard<std::mutex> g(sync_mu);
    sync_cv.notify_all();
    wake_waiters(nullptr);
  }
  // Releases the GIL and waits until [ready] (called under sync_mu) returns true, [timeout]
  // seconds pass (negative: forever), or stop is requested. Re-takes the GIL before returning.
  template <class Pred>
  WaitResult block(ThreadState& ts, Pred ready, double timeout, WaitOn on = {});
  void release_gil_voluntarily(ThreadState& ts, SwitchReason why = SwitchReason::Blocking);
  void reacquire_gil(ThreadState& ts);
  // A thread's first take of the GIL and its last drop (either mode).
  void thread_enter(ThreadState& ts);
  void thread_exit(ThreadState& ts);
  // A point where the GIL is let go and taken back (output delivered, or any write with
  // --print-switch amplified): in seeded mode a scheduling point.
  void io_switch_point(ThreadState& ts);

  // ---- clocks (virtual in seeded mode) ----
  double monotonic(ThreadState& ts);    // seconds
  double wall_time(ThreadState& ts);    // seconds since the epoch

  // ---- the event stream ----
  bool tracing() const { return recorder.on(); }
  int64_t trace_now(const ThreadState& ts) const;
  void trace(const ThreadState& ts, Ev kind, uint8_t reason = 0, int64_t a = 0, std::string text = {});
  void trace_gil(const ThreadState& ts, bool taken, SwitchReason why, int64_t t_ns);
  std::vector<std::string> thread_names;   // by thread id, for the trace (changed with the GIL held)

  // ---- deadlocks ----
  // Locks currently held, for the wait-for graph (guarded by sync_mu; entries keep locks alive).
  // [shown]: what the user asked to acquire: the lock itself, or the library object whose
  // __enter__/acquire took it (a Condition, a Semaphore); null for the library's own locks.
  struct HeldLock { Object* lock; Object* shown; int owner; int line; };
  std::vector<HeldLock> held_locks;
  void note_acquired(Object* lock, const ThreadState& owner, int line);   // under sync_mu
  Object* held_as(const ThreadState& ts, Object* lock) const;
  void note_released(Object* lock);                                        // under sync_mu
  // "Lock 'a'", "Queue 'q'": a sync object as the program names it (a global, or an attribute
  // of one); reads dicts only. For the trace and the reports.
  std::string describe_object(Object* o);
  // "MainThread", "Thread-1 (worker)": a thread's name as threading shows it (no Python code runs).
  std::string thread_name(const ThreadState& ts) const;
  // Line [n] of the program's source, stripped ("" if none).
  std::string source_line(int n) const;
  // Whether [code] belongs to the user's program (not the embedded library).
  bool is_user_code(const Code* code) const { return code && code->source && code->source == main_source; }
  const Source* main_source = nullptr;   // the program run as __main__ (set by Interpreter::run)
  // The innermost line of the user's program on [ts]'s stack (0 if none).
  int user_line(const ThreadState& ts) const;
  // Writes the wait-for report for a deadlock found by [ts] (which holds the baton) to stderr.
  void report_deadlock(ThreadState& ts);
  // "Lock 'a'", "Thread 'Thread-2'", "sleep": what [on] names, for the trace (requires the GIL).
  std::string describe_wait(ThreadState& ts, const WaitOn& on);
  std::atomic<bool> deadlocked{false};
  size_t lost_stdout = 0;   // bytes still in stdout's buffer when a stopped run ended
  // Real mode's watchdog (started at the first wait without a timeout): when every live
  // thread has waited without a timeout for a second, it wakes one of them to report.
  // Guarded by sync_mu.
  std::vector<ThreadState*> forever_waiters;  // threads in block() without a timeout
  uint64_t block_serial = 0;                // moves whenever a thread enters or leaves block()
  ThreadState* deadlock_reporter = nullptr; // the thread the watchdog woke to report
  void start_watchdog();                    // requires the GIL (no-op once started)

  // ---- output ----
  std::unique_ptr<OutStream> out, err;

  // ---- misc state used by builtins ----
  std::unordered_map<std::string, Value (*)(ThreadState&)> native_modules;
  std::unordered_map<std::string, Type*> iterator_types;
  uint64_t random_instances = 0;   // seeded mode: Random() without a seed draws from the run's seed
  uint64_t dict_epoch = 0;   // each new dict's versions start at a fresh epoch (caches compare them)

  void request_stop();

 private:
  Object* objects_ = nullptr;
  size_t live_ = 0;
  size_t bytes_since_gc_ = 0;
  size_t live_bytes_ = 0;
  size_t gc_threshold_ = 16u << 20;
  int drop_collections_ = 0;   // collections for dropped generators since the last regular one
  std::unordered_map<std::string_view, Str*> interned_;
  std::deque<Source> sources_;
  std::vector<void*> pool_free_[kPoolClasses + 1];
  std::vector<void*> slabs_;
  void sweep();
  std::vector<Object*> abandoned_generators();
  std::thread watchdog_;
  void watchdog_loop();
};

double monotonic_seconds();

template <class Pred>
WaitResult Engine::block(ThreadState& ts, Pred ready, double timeout, WaitOn on) {
  if (sched) {
    std::function<bool()> f = ready;
    return sched->block(ts, f, timeout, on);
  }
  if (tracing()) trace(ts, Ev::Block, 0, user_line(ts), describe_wait(ts, on));
  int line = user_line(ts);
  if (timeout < 0) start_watchdog();
  release_gil_voluntarily(ts, on.kind == WaitOn::Sleep ? SwitchReason::Sleep : SwitchReason::Blocking);
  WaitResult r = WaitResult::Ready;
  bool report = false;
  {
    std::unique_lock<std::mutex> lk(sync_mu);
    ts.sched.state = SchedSlot::Blocked;
    ts.sched.on = on;
    ts.sched.line = line;
    ts.sched.deadline_ns = timeout < 0 ? -1 : 0;
    block_serial++;
    if (timeout < 0) forever_waiters.push_back(&ts);
    waiting.push_back(&ts);
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::microseconds(static_cast<int64_t>((timeout < 0 ? 0 : timeout) * 1e6));
    for (;;) {
      if (deadlock_reporter == &ts) { r = WaitResult::Stopped; report = true; break; }
      if (stop_requested.load() || (ts.exiting)) { r = WaitResult::Stopped; break; }
      if (ready()) { r = WaitResult::Ready; break; }
      if (timeout < 0) {
        ts.wake_cv.wait(lk);
      } else if (ts.wake_cv.wait_until(lk, deadline) == std::cv_status::timeout) {
        r = ready() ? WaitResult::Ready : WaitResult::TimedOut;
        break;
      }
    }
    ts.sched.state = SchedSlot::Runnable;
    block_serial++;
    if (timeout < 0) forever_waiters.erase(std::find(forever_waiters.begin(), forever_waiters.end(), &ts));
    waiting.erase(std::find(waiting.begin(), waiting.end(), &ts));
  }
  reacquire_gil(ts);
  if (report) {
    report_deadlock(ts);
    request_stop();
  }
  if (tracing()) trace(ts, Ev::Wake, 0, static_cast<int64_t>(r));
  return r;
}

}  // namespace il
