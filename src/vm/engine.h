// engine.h: the interpreter's whole state behind the public Interpreter: heap and GC, interned
// names, builtin types and singletons, modules, threads, the GIL, stdout/stderr. No globals:
// everything any part of the engine needs is reached from here or from a ThreadState.
#pragma once
#include <atomic>
#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <new>
#include <string>
#include <pthread.h>
#include <unordered_map>
#include <vector>

#include "common/source.h"
#include "io/stdout.h"
#include "objects/containers.h"
#include "objects/function.h"
#include "objects/instance.h"
#include "runtime/gil.h"
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
  int recursion_limit = 1000;
  std::atomic<bool> stop_requested{false};
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
    size_t extra = o->extra_bytes();
    o->gc_size = static_cast<uint32_t>(sizeof(T) + (extra < (1u << 31) ? extra : (1u << 31)));
    link(o);
    return o;
  }
  void link(Object* o);
  void* pool_take(size_t cls);
  void release(Object* o);   // destroys [o] and returns its memory
  void collect(ThreadState& ts);   // requires the GIL; only at check points
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
  std::vector<pthread_t> os_threads;          // joined at teardown
  std::atomic<int> live_threads{1};           // Python threads whose OS thread has not ended
  std::vector<ThreadStats> finished_stats;    // of threads that ended (changed with the GIL held)
  void record_stats(const ThreadState& ts);
  std::mutex os_threads_mu;
  ThreadState* main_ts = nullptr;
  int next_thread_id = 1;
  std::mutex sync_mu;                         // guards every native sync primitive's state
  std::condition_variable sync_cv;            // broadcast on every state change
  void notify_sync() { std::lock_guard<std::mutex> g(sync_mu); sync_cv.notify_all(); }
  // Releases the GIL and waits until [ready] (called under sync_mu) returns true, [timeout]
  // seconds pass (negative: forever), or stop is requested. Re-takes the GIL before returning.
  template <class Pred>
  WaitResult block(ThreadState& ts, Pred ready, double timeout);
  void release_gil_voluntarily(ThreadState& ts);
  void reacquire_gil(ThreadState& ts);

  // ---- output ----
  std::unique_ptr<OutStream> out, err;

  // ---- misc state used by builtins ----
  std::unordered_map<std::string, Value (*)(ThreadState&)> native_modules;
  std::unordered_map<std::string, Type*> iterator_types;
  uint64_t dict_epoch = 0;   // each new dict's versions start at a fresh epoch (caches compare them)

  void request_stop();

 private:
  Object* objects_ = nullptr;
  size_t live_ = 0;
  size_t bytes_since_gc_ = 0;
  size_t live_bytes_ = 0;
  size_t gc_threshold_ = 16u << 20;
  std::unordered_map<std::string_view, Str*> interned_;
  std::deque<Source> sources_;
  std::vector<void*> pool_free_[kPoolClasses + 1];
  std::vector<void*> slabs_;
  void sweep();
};

double monotonic_seconds();

template <class Pred>
WaitResult Engine::block(ThreadState& ts, Pred ready, double timeout) {
  release_gil_voluntarily(ts);
  WaitResult r = WaitResult::Ready;
  {
    std::unique_lock<std::mutex> lk(sync_mu);
    auto deadline = std::chrono::steady_clock::now() +
                    std::chrono::microseconds(static_cast<int64_t>((timeout < 0 ? 0 : timeout) * 1e6));
    for (;;) {
      if (stop_requested.load() || (ts.exiting)) { r = WaitResult::Stopped; break; }
      if (ready()) { r = WaitResult::Ready; break; }
      if (timeout < 0) {
        sync_cv.wait(lk);
      } else if (sync_cv.wait_until(lk, deadline) == std::cv_status::timeout) {
        r = ready() ? WaitResult::Ready : WaitResult::TimedOut;
        break;
      }
    }
  }
  reacquire_gil(ts);
  return r;
}

}  // namespace il
