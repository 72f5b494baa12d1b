// engine.cpp: creating and tearing down an Engine: the builtin types and singletons, the
// interned names, the builtins, sys and __main__ modules. Type behaviour lives in objects/.
#include "vm/engine.h"

#include <chrono>

#include "vm/api.h"
#include "vm/init.h"

namespace il {

double monotonic_seconds() {
  using namespace std::chrono;
  return duration<double>(steady_clock::now().time_since_epoch()).count();
}

Engine::Engine(HostSink& s, RunConfig c) : sink(s), cfg(std::move(c)) {
  gil.set_interval(cfg.switch_interval);
  start_ns = static_cast<int64_t>(monotonic_seconds() * 1e9);
  recorder.set_capacity(cfg.trace_capacity);
  if (cfg.gc_stress) gc_threshold_ = 0;
  out = std::make_unique<OutStream>(Stream::Stdout, cfg.stdout_mode, cfg.buffer_size);
  // stderr is line-buffered, or unbuffered with -u (CPython 3.9+).
  err = std::make_unique<OutStream>(Stream::Stderr, cfg.stdout_mode == StdoutMode::Unbuffered ? StdoutMode::Unbuffered
                                                                                              : StdoutMode::Tty, 8192);
  main_ts = new ThreadState(*this, 0);
  threads.push_back(main_ts);
  thread_names.push_back("MainThread");
  if (cfg.stepper) cfg.mode = ExecMode::Seeded;
  if (cfg.mode == ExecMode::Seeded) {
    sched = std::make_unique<Scheduler>(*this, cfg.seed);
    sched->add(*main_ts);
    breaker.fetch_or(kSchedTick);
  }
  ThreadState& ts = *main_ts;

  // Types first, without dicts: dicts need the dict type.
#define TYPE(id, s, lay, b) t.id = new Type(); t.id->name = s; t.id->qualname = s; t.id->module = "builtins"; \
  t.id->layout = Layout::lay; t.id->gc_size = sizeof(Type); link(t.id);
#include "objects/builtin_types.def"
#undef TYPE
#define TYPE(id, s, lay, b) t.id->type = t.type; if (t.id != t.object) { t.id->base = t.b; t.id->bases = {t.b}; }
#include "objects/builtin_types.def"
#undef TYPE
#define TYPE(id, s, lay, b) t.id->dict = new_dict(ts);
#include "objects/builtin_types.def"
#undef TYPE
  // MROs: the chain of solid bases.
#define TYPE(id, s, lay, b) for (Type* x = t.id; x; x = x->base) t.id->mro.push_back(x);
#include "objects/builtin_types.def"
#undef TYPE

  for (int i = 0; i < N_Count; i++) names[i] = nullptr;
#define X(id, s) names[N_##id] = intern(s);
#include "objects/magic_names.def"
#undef X

  None = Value(alloc<Object>(t.NoneType));
  NotImplemented = Value(alloc<Object>(t.NotImplementedType));
  Ellipsis = Value(alloc<Object>(t.ellipsis));
  struct BoolObj;
  True = make_bool_object(ts, true);
  False = make_bool_object(ts, false);
  empty_tuple = Value(new_tuple(ts, {}));

  init_object_types(ts);
  init_exceptions(ts);
  modules = new_dict(ts);
  init_builtins(ts);
  init_native_modules(ts);
}

Engine::~Engine() {
  // Threads still parked (frozen daemons, stopped runs) unwind before the heap goes away.
  dying.store(true);
  stop_requested.store(true);
  breaker.fetch_or(kStopRequest);
  gil.wake_all();
  notify_sync();
  if (watchdog_.joinable()) watchdog_.join();
  // Give parked threads a moment to unwind; a thread stuck outside the engine (reading
  // input) is left behind rather than hanging the host.
  {
    std::unique_lock<std::mutex> lk(sync_mu);
    sync_cv.wait_for(lk, std::chrono::seconds(2), [&] { return live_threads.load() <= 1; });
  }
  std::vector<pthread_t> ths;
  {
    std::lock_guard<std::mutex> g(os_threads_mu);
    ths.swap(os_threads);
  }
  bool all_done = live_threads.load() <= 1;
  for (pthread_t th : ths) {
    if (all_done) pthread_join(th, nullptr);
    else pthread_detach(th);
  }
  for (ThreadState* ts : threads) delete ts;
  threads.clear();
  Object* o = objects_;
  while (o) {
    Object* n = o->gc_next;
    release(o);
    o = n;
  }
  for (void* slab : slabs_) ::operator delete(slab);
}

Str* Engine::intern(std::string_view s) {
  auto it = interned_.find(s);
  if (it != interned_.end()) return it->second;
  Str* str = new Str(std::string(s));
  str->type = t.str;
  str->interned = true;
  str->gc_size = sizeof(Str);
  link(str);
  interned_.emplace(str->view(), str);
  return str;
}

const Source* Engine::add_source(std::string filename, std::string text) {
  sources_.emplace_back(std::move(filename), std::move(text));
  return &sources_.back();
}

void Engine::record_stats(const ThreadState& ts) {
  ThreadStats s;
  s.id = ts.id;
  s.acquisitions = ts.stats.acquisitions;
  s.forced_drops = ts.stats.forced_drops;
  s.voluntary_releases = ts.stats.voluntary_releases;
  s.drop_requests = ts.stats.drop_requests;
  s.hold_seconds = ts.stats.hold_seconds;
  s.wait_seconds = ts.stats.wait_seconds;
  finished_stats.push_back(s);
}

void Engine::release_gil_voluntarily(ThreadState& ts, SwitchReason why) {
  ts.stats.voluntary_releases++;
  gil.drop(ts, false, why);
}

void Engine::reacquire_gil(ThreadState& ts) { gil.take(ts); }

void Engine::thread_enter(ThreadState& ts) {
  if (sched) sched->take(ts);
  else gil.take(ts);
  trace(ts, Ev::ThreadStart, 0, 0, ts.id < static_cast<int>(thread_names.size()) ? thread_names[ts.id] : "");
}

void Engine::thread_exit(ThreadState& ts) {
  trace(ts, Ev::ThreadEnd);
  if (sched) sched->finish(ts);
  else gil.drop(ts, false, SwitchReason::Exit);
}

void Engine::io_switch_point(ThreadState& ts) {
  if (sched) {
    ts.stats.voluntary_releases++;
    sched->yield(ts, SwitchReason::Output);
  } else {
    release_gil_voluntarily(ts, SwitchReason::Output);
    reacquire_gil(ts);
  }
}

// The virtual clocks start at a fixed moment so that seeded runs print the same times.
constexpr double kVirtualEpoch = 1767225600.0;   // 2026-01-01 00:00:00 UTC
constexpr double kVirtualMonotonic = 1000.0;

double Engine::monotonic(ThreadState& ts) {
  if (sched) return kVirtualMonotonic + static_cast<double>(sched->now_ns(ts)) / 1e9;
  return monotonic_seconds();
}

double Engine::wall_time(ThreadState& ts) {
  if (sched) return kVirtualEpoch + static_cast<double>(sched->now_ns(ts)) / 1e9;
  using namespace std::chrono;
  return duration<double>(system_clock::now().time_since_epoch()).count();
}

int64_t Engine::trace_now(const ThreadState& ts) const {
  if (sched) return sched->now_ns(ts);
  return static_cast<int64_t>(monotonic_seconds() * 1e9) - start_ns;
}

// A stopped run's trace ends at the stop: how the threads then unwind is not part of the
// program (and not deterministic).
void Engine::trace(const ThreadState& ts, Ev kind, uint8_t reason, int64_t a, std::string text) {
  if (!recorder.on() || stop_requested.load()) return;
  recorder.emit(TraceEvent{trace_now(ts), ts.id, kind, reason, a, std::move(text)});
}

void Engine::trace_gil(const ThreadState& ts, bool taken, SwitchReason why, int64_t t_ns) {
  if (!recorder.on() || stop_requested.load()) return;
  recorder.emit(TraceEvent{t_ns, ts.id, taken ? Ev::GilTake : Ev::GilDrop, static_cast<uint8_t>(why), 0, {}});
}

void Engine::note_acquired(Object* lock, const ThreadState& owner, int line) {
  held_locks.push_back(HeldLock{lock, held_as(owner, lock), owner.id, line});
}

void Engine::note_released(Object* lock) {
  for (size_t i = held_locks.size(); i-- > 0;)
    if (held_locks[i].lock == lock) {
      held_locks.erase(held_locks.begin() + static_cast<long>(i));
      return;
    }
}

void Engine::start_watchdog() {
  if (sched || watchdog_.joinable() || dying.load()) return;
  watchdog_ = std::thread([this] { watchdog_loop(); });
}

// Real mode: every live thread waiting without a timeout, with nothing moving for a second,
// is a deadlock. The first such thread (by id) is woken to write the report with the GIL.
void Engine::watchdog_loop() {
  std::unique_lock<std::mutex> lk(sync_mu);
  uint64_t seen = block_serial;
  double since = monotonic_seconds();
  while (!dying.load() && !stop_requested.load()) {
    sync_cv.wait_for(lk, std::chrono::milliseconds(100));
    double now = monotonic_seconds();
    bool all = !forever_waiters.empty() && static_cast<int>(forever_waiters.size()) == live_threads.load();
    if (!all || block_serial != seen || deadlock_reporter) {
      seen = block_serial;
      since = now;
      continue;
    }
    if (now - since >= 1.0) {
      ThreadState* first = forever_waiters[0];
      for (ThreadState* t : forever_waiters)
        if (t->id < first->id) first = t;
      deadlock_reporter = first;
      sync_cv.notify_all();
      wake_waiters(nullptr);
    }
  }
}

int Engine::user_line(const ThreadState& ts) const {
  for (Frame* f = ts.frame; f; f = f->prev)
    if (is_user_code(f->code)) return f->line();
  return ts.frame ? ts.frame->line() : 0;
}

void Engine::request_stop() {
  stop_requested.store(true);
  breaker.fetch_or(kStopRequest);
  gil.wake_all();
  notify_sync();
}

}  // namespace il

namespace il {

static Value none_repr(ThreadState& ts, Value) { return Value(ts.eng.names[N_none_str]); }
static Value notimpl_repr(ThreadState& ts, Value) { return new_str(ts, "NotImplemented"); }
static Value ellipsis_repr(ThreadState& ts, Value) { return new_str(ts, "Ellipsis"); }
static int false_truth(ThreadState&, Value) { return 0; }
static Value module_repr(ThreadState& ts, Value self) {
  Module* m = as<Module>(self);
  return new_str(ts, "<module '" + (m->name ? m->name->s : std::string("?")) + "'>");
}

void init_object_types(ThreadState& ts) {
  Engine& e = ts.eng;
  init_type_objects(ts);
  init_int(ts);
  init_float(ts);
  init_str(ts);
  init_bytes(ts);
  init_sequences(ts);
  init_dict(ts);
  init_range(ts);
  init_functions(ts);
  init_generators(ts);
  init_deque(ts);
  e.t.NoneType->slots.repr = none_repr;
  e.t.NoneType->slots.truth = false_truth;
  e.t.NotImplementedType->slots.repr = notimpl_repr;
  e.t.ellipsis->slots.repr = ellipsis_repr;
  e.t.module->slots.repr = module_repr;
#define TYPE(id, s, lay, b) add_slot_wrappers(ts, e.t.id);
#include "objects/builtin_types.def"
#undef TYPE
  for (Type* t : {e.t.NoneType, e.t.NotImplementedType, e.t.ellipsis, e.t.module, e.t.cell, e.t.code,
                  e.t.builtin_function, e.t.method, e.t.generator, e.t.iterator, e.t.super})
    t->allow_subclass = false;
}

}  // namespace il
