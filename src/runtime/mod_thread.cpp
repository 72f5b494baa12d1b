// mod_thread.cpp: the _thread module: real pthreads for Python threads, the native Lock and
// RLock, thread handles with join, and thread identity. Blocking waits go through
// Engine::block (GIL released, stop-aware); lock state lives under Engine::sync_mu.
#include <pthread.h>
#include <unistd.h>
#if defined(__linux__)
#include <sys/syscall.h>
#endif
#include <algorithm>
#include <cstdio>

#include "vm/api.h"
#include "vm/call.h"
#include "vm/import.h"
#include "runtime/thread_objects.h"

namespace il {

// ---- locks ----

// The trace shows the locks the program itself takes (directly, or through a Condition's or
// Semaphore's __enter__/acquire), not the library's internal ones.
static void trace_lock(ThreadState& ts, Ev kind, Object* l, int64_t count) {
  if (!ts.eng.tracing()) return;
  Object* shown = ts.eng.held_as(ts, l);
  if (shown) ts.eng.trace(ts, kind, 0, count, ts.eng.describe_object(shown));
}

// acquire(blocking=True, timeout=-1) argument handling shared by Lock and RLock.
static bool acquire_args(ThreadState& ts, Value* args, int nargs, Tuple* kw, bool* blocking, double* timeout) {
  Value a[2];
  if (!parse_args(ts, "acquire", args + 1, nargs - 1, kw, {"blocking", "timeout"}, 0, a)) return false;
  *blocking = true;
  *timeout = -1;
  if (a[0]) {
    int t = truth(ts, a[0]);
    if (t < 0) return false;
    *blocking = t;
  }
  if (a[1] && a[1] != ts.eng.None) {
    if (!as_double(ts, a[1], timeout)) return false;
  }
  if (!*blocking && *timeout != -1) {
    raise(ts, ts.eng.exc[E_ValueError], "can't specify a timeout for a non-blocking call");
    return false;
  }
  if (*timeout < 0 && *timeout != -1) {
    raise(ts, ts.eng.exc[E_ValueError], "timeout value must be positive");
    return false;
  }
  return true;
}

static Value lock_acquire(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  bool blocking;
  double timeout;
  if (!acquire_args(ts, args, nargs, kw, &blocking, &timeout)) return Value();
  LockObj* l = as<LockObj>(args[0]);
  Engine& e = ts.eng;
  int line = e.user_line(ts);
  bool got = false;
  {
    std::lock_guard<std::mutex> g(e.sync_mu);
    if (!l->locked) {
      l->locked = got = true;
      e.note_acquired(l, ts, line);
    }
  }
  if (got) {
    trace_lock(ts, Ev::Acquire, l, 1);
    return e.True;
  }
  if (!blocking) return e.False;
  ThreadState* me = &ts;
  WaitResult r = e.block(ts, [l, &e, me, line] {
    if (l->locked) return false;
    l->locked = true;
    e.note_acquired(l, *me, line);
    return true;
  }, timeout, WaitOn{WaitOn::Lock, l});
  if (r == WaitResult::Stopped) return raise_stop(ts);
  if (r == WaitResult::Ready) trace_lock(ts, Ev::Acquire, l, 1);
  return bool_value(ts, r == WaitResult::Ready);
}

static Value lock_release(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "release", nargs - 1, 0, 0)) return Value();
  LockObj* l = as<LockObj>(args[0]);
  {
    std::lock_guard<std::mutex> g(ts.eng.sync_mu);
    if (!l->locked) return raise(ts, ts.eng.exc[E_RuntimeError], "release unlocked lock");
    l->locked = false;
    ts.eng.note_released(l);
    ts.eng.released(l);
  }
  trace_lock(ts, Ev::Release, l, 0);
  return ts.eng.None;
}

static Value lock_exit(ThreadState& ts, Value* args, int, Tuple*) {
  Value r = lock_release(ts, args, 1, nullptr);
  if (!r) return r;
  return ts.eng.False;
}

static Value lock_locked(ThreadState& ts, Value* args, int, Tuple*) {
  std::lock_guard<std::mutex> g(ts.eng.sync_mu);
  return bool_value(ts, as<LockObj>(args[0])->locked);
}

static Value lock_repr(ThreadState& ts, Value self) {
  char buf[96];
  bool locked;
  {
    std::lock_guard<std::mutex> g(ts.eng.sync_mu);
    locked = as<LockObj>(self)->locked;
  }
  snprintf(buf, sizeof buf, "<%s _thread.lock object at %p>", locked ? "locked" : "unlocked", static_cast<void*>(self.obj()));
  return new_str(ts, buf);
}

static Value lock_new(ThreadState& ts, Type* t, Value*, int nargs, Tuple*) {
  if (nargs) return raise(ts, ts.eng.exc[E_TypeError], "lock() takes no arguments");
  return Value(ts.eng.alloc<LockObj>(t));
}

static Value rlock_acquire(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  bool blocking;
  double timeout;
  if (!acquire_args(ts, args, nargs, kw, &blocking, &timeout)) return Value();
  RLockObj* l = as<RLockObj>(args[0]);
  Engine& e = ts.eng;
  ThreadState* me = &ts;
  int line = e.user_line(ts);
  int64_t got = 0;   // the count after a fast-path acquire
  {
    std::lock_guard<std::mutex> g(e.sync_mu);
    if (l->owner == me) {
      got = ++l->count;
    } else if (!l->owner) {
      l->owner = me;
      got = l->count = 1;
      e.note_acquired(l, ts, line);
    }
  }
  if (got) {
    trace_lock(ts, Ev::Acquire, l, got);
    return e.True;
  }
  if (!blocking) return e.False;
  WaitResult r = e.block(ts, [l, me, &e, line] {
    if (l->owner) return false;
    l->owner = me;
    l->count = 1;
    e.note_acquired(l, *me, line);
    return true;
  }, timeout, WaitOn{WaitOn::RLock, l});
  if (r == WaitResult::Stopped) return raise_stop(ts);
  if (r == WaitResult::Ready) trace_lock(ts, Ev::Acquire, l, 1);
  return bool_value(ts, r == WaitResult::Ready);
}

static Value rlock_release(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "release", nargs - 1, 0, 0)) return Value();
  RLockObj* l = as<RLockObj>(args[0]);
  int64_t left;
  {
    std::lock_guard<std::mutex> g(ts.eng.sync_mu);
    if (l->owner != &ts) return raise(ts, ts.eng.exc[E_RuntimeError], "cannot release un-acquired lock");
    left = --l->count;
    if (left == 0) {
      l->owner = nullptr;
      ts.eng.note_released(l);
      ts.eng.released(l);
    }
  }
  trace_lock(ts, Ev::Release, l, left);
  return ts.eng.None;
}

static Value rlock_exit(ThreadState& ts, Value* args, int, Tuple*) {
  Value r = rlock_release(ts, args, 1, nullptr);
  if (!r) return r;
  return ts.eng.False;
}

static Value rlock_is_owned(ThreadState& ts, Value* args, int, Tuple*) {
  std::lock_guard<std::mutex> g(ts.eng.sync_mu);
  return bool_value(ts, as<RLockObj>(args[0])->owner == &ts);
}

// Condition support: release completely, returning the state to restore.
static Value rlock_release_save(ThreadState& ts, Value* args, int, Tuple*) {
  RLockObj* l = as<RLockObj>(args[0]);
  int64_t count;
  uint64_t owner;
  {
    std::lock_guard<std::mutex> g(ts.eng.sync_mu);
    if (l->owner != &ts) return raise(ts, ts.eng.exc[E_RuntimeError], "cannot release un-acquired lock");
    count = l->count;
    owner = l->owner->native_ident;
    l->owner = nullptr;
    l->count = 0;
    ts.eng.note_released(l);
    ts.eng.released(l);
  }
  return Value(new_tuple(ts, {make_int(ts, count), make_int(ts, static_cast<int64_t>(owner & 0xFFFFFFFFFFFFll))}));
}

static Value rlock_acquire_restore(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2 || !is_type(ts, args[1], ts.eng.t.tuple)) return raise(ts, ts.eng.exc[E_TypeError], "bad state");
  RLockObj* l = as<RLockObj>(args[0]);
  int64_t count;
  if (!as_index(ts, as<Tuple>(args[1])->items[0], &count)) return Value();
  ThreadState* me = &ts;
  Engine& e = ts.eng;
  int line = e.user_line(ts);
  {
    std::lock_guard<std::mutex> g(e.sync_mu);
    if (!l->owner) {
      l->owner = me;
      l->count = count;
      e.note_acquired(l, ts, line);
      return e.None;
    }
  }
  WaitResult r = e.block(ts, [l, me, count, &e, line] {
    if (l->owner) return false;
    l->owner = me;
    l->count = count;
    e.note_acquired(l, *me, line);
    return true;
  }, -1, WaitOn{WaitOn::RLock, l});
  if (r == WaitResult::Stopped) return raise_stop(ts);
  return e.None;
}

static Value rlock_repr(ThreadState& ts, Value self) {
  RLockObj* l = as<RLockObj>(self);
  char buf[160];
  std::lock_guard<std::mutex> g(ts.eng.sync_mu);
  unsigned long long owner = l->owner ? static_cast<unsigned long long>(l->owner->native_ident) : 0;
  snprintf(buf, sizeof buf, "<%s _thread.RLock object owner=%llu count=%lld at %p>", l->owner ? "locked" : "unlocked",
           owner, static_cast<long long>(l->count), static_cast<void*>(self.obj()));
  return new_str(ts, buf);
}

static Value rlock_new(ThreadState& ts, Type* t, Value*, int, Tuple*) { return Value(ts.eng.alloc<RLockObj>(t)); }

static Value rlock_getattr(ThreadState& ts, Value self, Str* name) {
  RLockObj* l = as<RLockObj>(self);
  if (name->s == "_count") {
    std::lock_guard<std::mutex> g(ts.eng.sync_mu);
    return Value::small(l->count);
  }
  return generic_getattr(ts, self, name);
}

static Value enter_acquire(ThreadState& ts, Value* args, int, Tuple*) {
  Type* t = args[0].obj()->type;
  if (t->slots.new_ == lock_new) return lock_acquire(ts, args, 1, nullptr);
  return rlock_acquire(ts, args, 1, nullptr);
}

// ---- threads ----


static uint64_t current_ident() { return static_cast<uint64_t>(pthread_self()) & 0xFFFFFFFFFFFFull; }

static int64_t current_native_id() {
#if defined(__linux__)
  return static_cast<int64_t>(syscall(SYS_gettid));
#else
  return static_cast<int64_t>(current_ident() & 0x7FFFFFFF);
#endif
}

struct StartArgs {
  Engine* eng;
  ThreadState* ts;
};

static void* thread_main(void* p) {
  StartArgs* sa = static_cast<StartArgs*>(p);
  Engine& e = *sa->eng;
  ThreadState* ts = sa->ts;
  delete sa;
  if (!e.sched) ts->native_ident = current_ident();
  e.thread_enter(*ts);
  ThreadHandle* h = as<ThreadHandle>(ts->handle);
  if (!e.sched) {
    std::lock_guard<std::mutex> g(e.sync_mu);
    h->ident = ts->native_ident;
    h->native_id = current_native_id();
    e.wake_waiters(h);   // ident() waits for the start
  }
  if (!e.stop_requested.load() && !e.dying.load()) {
    Value r = call0(*ts, h->func);
    if (!r) {
      Value exc = take_error(*ts);
      bool quiet = exc.obj()->type == e.stop_type || exc.obj()->type->is_subtype(e.exc[E_SystemExit]);
      if (!quiet && e.tracing()) e.trace(*ts, Ev::Exception, 0, 0, exc.obj()->type->name);
      if (!quiet) {
        std::string text = "Unhandled exception in thread started by ";
        std::string fr;
        Value saved = exc;
        Root root(*ts, saved);
        if (!repr_text(*ts, h->func, fr)) { take_error(*ts); fr = "<function>"; }
        text += fr + "\n" + format_exception(*ts, saved);
        e.err->write(*ts, text);
        e.err->flush(*ts);
      }
    }
  }
  {
    std::lock_guard<std::mutex> g(e.sync_mu);
    h->done = true;
    e.wake_waiters(h);   // join()
  }
  for (size_t i = 0; i < e.threads.size(); i++)
    if (e.threads[i] == ts) { e.threads.erase(e.threads.begin() + static_cast<long>(i)); break; }
  ts->frame = nullptr;
  e.thread_exit(*ts);
  {
    // Statistics outlive the thread (taken after the final drop so the hold time counts).
    std::lock_guard<std::mutex> g(e.sync_mu);
    e.record_stats(*ts);
  }
  delete ts;
  {
    std::lock_guard<std::mutex> g(e.sync_mu);
    e.live_threads.fetch_sub(1);
    e.sync_cv.notify_all();
  }
  {
    // The next start joins this OS thread, so its stack (and, in the browser, its worker)
    // is reused instead of piling up until teardown.
    std::lock_guard<std::mutex> g(e.os_threads_mu);
    e.ended_os_threads.push_back(pthread_self());
  }
  return nullptr;
}

// Joins the OS threads that have ended (they return right after adding themselves).
// Requires os_threads_mu.
static void reap_ended_threads(Engine& e) {
  for (pthread_t th : e.ended_os_threads) {
    pthread_join(th, nullptr);
    auto it = std::find_if(e.os_threads.begin(), e.os_threads.end(), [th](pthread_t x) { return pthread_equal(x, th); });
    if (it != e.os_threads.end()) e.os_threads.erase(it);
  }
  e.ended_os_threads.clear();
}

// The ident a seeded run gives thread [id]: shaped like a Linux pthread_t, the same everywhere.
uint64_t seeded_ident(int id) { return 0x7f3a5c000000ull + static_cast<uint64_t>(id) * 0x801000ull + 0x6c0ull; }

// A threading.Thread's name (its _name attribute), read without running Python code.
std::string thread_object_name(Value thread) {
  if (!thread.is_obj()) return {};
  Dict** slot = thread.obj()->dict_slot();
  if (!slot || !*slot) return {};
  for (const DictEntry& a : (*slot)->entries)
    if (!a.key.is_null() && a.key.is_obj() && a.key.obj()->type->layout == Layout::Str && as_str(a.key)->s == "_name" &&
        a.value.is_obj() && a.value.obj()->type->layout == Layout::Str)
      return as_str(a.value)->s;
  return {};
}

static Value start_thread(ThreadState& ts, Value func, bool daemon) {
  Engine& e = ts.eng;
  if (e.finalizing.load()) return raise(ts, e.exc[E_RuntimeError], "can't create new thread at interpreter shutdown");
  if (e.live_threads.load() >= e.cfg.max_threads) return raise(ts, e.exc[E_RuntimeError], "can't start new thread");
  Type* ht = native_type(ts, "_ThreadHandle", "_ThreadHandle", "_thread");
  ThreadHandle* h = e.alloc<ThreadHandle>(ht);
  Root r(ts, Value(h));
  h->func = func;
  h->daemon = daemon;
  ThreadState* nts = new ThreadState(e, e.next_thread_id++);
  h->id = nts->id;
  nts->handle = Value(h);
  e.threads.push_back(nts);
  if (e.tracing()) {
    std::string name = func.is_obj() && func.obj()->type->layout == Layout::BoundMethod
                           ? thread_object_name(as<BoundMethod>(func)->self) : std::string();
    if (e.thread_names.size() <= static_cast<size_t>(nts->id)) e.thread_names.resize(nts->id + 1);
    e.thread_names[nts->id] = name.empty() ? "Thread-" + std::to_string(nts->id) : name;
    e.trace(ts, Ev::ThreadCreate, 0, nts->id, e.thread_names[nts->id]);
  }
  if (e.sched) {
    // Seeded runs show the same idents on every machine.
    nts->native_ident = seeded_ident(nts->id);
    h->ident = nts->native_ident;
    h->native_id = 100000 + nts->id;
    e.sched->add(*nts);
  }
  e.live_threads.fetch_add(1);
  StartArgs* sa = new StartArgs{&e, nts};
  pthread_t th;
  pthread_attr_t attr;
  pthread_attr_init(&attr);
#if !defined(__EMSCRIPTEN__)
  pthread_attr_setstacksize(&attr, 8u << 20);
#endif
  int rc;
  {
    // Held across the creation, so a thread is in os_threads before it can say it ended.
    std::lock_guard<std::mutex> g(e.os_threads_mu);
    reap_ended_threads(e);
    rc = pthread_create(&th, &attr, thread_main, sa);
    if (rc == 0) e.os_threads.push_back(th);
  }
  pthread_attr_destroy(&attr);
  if (rc != 0) {
    delete sa;
    if (e.sched) e.sched->remove(*nts);
    e.threads.pop_back();
    e.live_threads.fetch_sub(1);
    delete nts;
    return raise(ts, e.exc[E_RuntimeError], "can't start new thread");
  }
  h->started = true;
  return Value(h);
}

// _thread._start_thread(func, daemon) -> handle
static Value mod_start_thread(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(ts, "_start_thread", args, nargs, kw, {"function", "daemon"}, 1, a)) return Value();
  int d = a[1] ? truth(ts, a[1]) : 0;
  if (d < 0) return Value();
  return start_thread(ts, a[0], d);
}

// start_new_thread(function, args[, kwargs]) -> ident (CPython's low-level API).
static Value bound_call(ThreadState& ts, Value* args, int nargs, Tuple* kw);
static Value mod_start_new_thread(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "start_new_thread", kw) || !check_nargs(ts, "start_new_thread", nargs, 2, 3)) return Value();
  if (!is_type(ts, args[1], ts.eng.t.tuple)) return raise(ts, ts.eng.exc[E_TypeError], "2nd arg must be a tuple");
  Tuple* pack = new_tuple(ts, {args[0], args[1], nargs == 3 ? args[2] : ts.eng.None});
  Root r(ts, Value(pack));
  Value f = new_native(ts, "start_new_thread.<bootstrap>", bound_call, Value(pack));
  Root r2(ts, f);
  Value h = start_thread(ts, f, true);
  if (!h) return h;
  // The ident is known once the thread runs; hand out the handle id instead.
  return make_int(ts, as<ThreadHandle>(h)->id);
}
static Value bound_call(ThreadState& ts, Value*, int, Tuple*) {
  // data: (func, args, kwargs)
  Frame* f = ts.frame;
  (void)f;
  NativeFunction* self = nullptr;
  ThreadHandle* h = as<ThreadHandle>(ts.handle);
  if (h->func.is_obj() && h->func.obj()->type == ts.eng.t.builtin_function) self = as<NativeFunction>(h->func);
  if (!self) return ts.eng.None;
  Tuple* pack = as<Tuple>(self->data);
  Value kwargs = pack->items[2];
  return call_with_tuple(ts, pack->items[0], as<Tuple>(pack->items[1]),
                         kwargs == ts.eng.None ? nullptr : as<Dict>(kwargs));
}

static Value handle_join(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[1];
  if (!parse_args(ts, "join", args + 1, nargs - 1, kw, {"timeout"}, 0, a)) return Value();
  ThreadHandle* h = as<ThreadHandle>(args[0]);
  double timeout = -1;
  if (a[0] && a[0] != ts.eng.None) {
    if (!as_double(ts, a[0], &timeout)) return Value();
    if (timeout < 0) timeout = 0;
  }
  Engine& e = ts.eng;
  {
    std::lock_guard<std::mutex> g(e.sync_mu);
    if (h->done) return e.True;
  }
  if (timeout == 0) return e.False;
  WaitResult r = e.block(ts, [h] { return h->done; }, timeout, WaitOn{WaitOn::Join, h});
  if (r == WaitResult::Stopped) return raise_stop(ts);
  return bool_value(ts, r == WaitResult::Ready);
}

static Value handle_is_done(ThreadState& ts, Value* args, int, Tuple*) {
  std::lock_guard<std::mutex> g(ts.eng.sync_mu);
  return bool_value(ts, as<ThreadHandle>(args[0])->done);
}

static Value handle_getattr(ThreadState& ts, Value self, Str* name) {
  ThreadHandle* h = as<ThreadHandle>(self);
  if (name->s == "ident") {
    if (!h->ident) {
      // Not running yet: wait (briefly, GIL released) for the thread to publish it.
      WaitResult r = ts.eng.block(ts, [h] { return h->ident != 0 || h->done; }, 5.0, WaitOn{WaitOn::Start, h});
      if (r == WaitResult::Stopped) return raise_stop(ts);
    }
    return make_int(ts, static_cast<int64_t>(h->ident));
  }
  if (name->s == "native_id") return make_int(ts, h->native_id);
  if (name->s == "id") return Value::small(h->id);
  return generic_getattr(ts, self, name);
}

static Value mod_get_ident(ThreadState& ts, Value*, int, Tuple*) {
  return make_int(ts, static_cast<int64_t>(ts.native_ident ? ts.native_ident : current_ident()));
}
static Value mod_get_native_id(ThreadState& ts, Value*, int, Tuple*) {
  if (ts.eng.sched) return make_int(ts, 100000 + ts.id);
  return make_int(ts, current_native_id());
}
static Value mod_thread_id(ThreadState& ts, Value*, int, Tuple*) { return Value::small(ts.id); }
static Value mod_count(ThreadState& ts, Value*, int, Tuple*) { return Value::small(ts.eng.live_threads.load() - 1); }
static Value mod_allocate_lock(ThreadState& ts, Value*, int, Tuple*) {
  return Value(ts.eng.alloc<LockObj>(native_type(ts, "_thread.lock", "lock", "_thread")));
}
static Value mod_print_exception(ThreadState& ts, Value* args, int nargs, Tuple*) {
  // _print_exception(header, exc): writes header + CPython's traceback text to stderr.
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "_print_exception(header, exc)");
  std::string header;
  if (!str_text(ts, args[0], header)) return Value();
  if (ts.eng.tracing() && args[1].is_obj()) ts.eng.trace(ts, Ev::Exception, 0, 0, args[1].obj()->type->name);
  std::string text = header + format_exception(ts, args[1]);
  if (!ts.eng.err->write(ts, text) || !ts.eng.err->flush(ts)) return Value();
  return ts.eng.None;
}
static Value mod_is_main(ThreadState& ts, Value*, int, Tuple*) { return bool_value(ts, ts.id == 0); }
// A Queue's length read from its storage (a deque or a list) without running Python code;
// -1 if it cannot tell.
static int64_t queue_length(Value q) {
  Dict** slot = q.obj()->dict_slot();
  if (!slot || !*slot) return -1;
  Value store;
  for (const DictEntry& a : (*slot)->entries)
    if (!a.key.is_null() && a.key.is_obj() && a.key.obj()->type->layout == Layout::Str && as_str(a.key)->s == "queue")
      store = a.value;
  if (!store.is_obj()) return -1;
  Layout l = store.obj()->type->layout;
  if (l == Layout::List) return static_cast<int64_t>(static_cast<List*>(store.obj())->items.size());
  if (l == Layout::Deque) return static_cast<int64_t>(static_cast<Deque*>(store.obj())->items.size());
  return -1;
}

// _trace_event(what, obj): "Queue 'q' put (size 3)", "Event 'e' set". The library calls it
// whether or not the run records the stream, so that recording never changes the schedule.
static Value mod_trace_event(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!ts.eng.tracing() || nargs < 2 || !is_str(ts, args[0]) || !args[1].is_obj()) return ts.eng.None;
  std::string label = ts.eng.describe_object(args[1].obj());
  if (label.find('\'') == std::string::npos) return ts.eng.None;   // not one the program names
  std::string text = label + " " + as_str(args[0])->s;
  const std::string& what = as_str(args[0])->s;
  if (what == "put" || what == "get") {
    int64_t n = queue_length(args[1]);
    if (n >= 0) text += " (size " + std::to_string(n) + ")";
  }
  ts.eng.trace(ts, Ev::Sync, 0, 0, text);
  return ts.eng.None;
}
static Value mod_cpu_count(ThreadState&, Value*, int, Tuple*) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return Value::small(n > 0 ? n : 1);
}

static Value make_thread_module(ThreadState& ts) {
  Engine& e = ts.eng;
  Module* m = new_module(ts, "_thread");
  Root r(ts, Value(m));
  Dict* d = m->dict;
  Type* lt = native_type(ts, "_thread.lock", "lock", "_thread");
  lt->slots.new_ = lock_new;
  lt->slots.repr = lock_repr;
  add_method(ts, lt, "acquire", lock_acquire);
  add_method(ts, lt, "acquire_lock", lock_acquire);
  add_method(ts, lt, "release", lock_release);
  add_method(ts, lt, "release_lock", lock_release);
  add_method(ts, lt, "locked", lock_locked);
  add_method(ts, lt, "locked_lock", lock_locked);
  add_method(ts, lt, "__enter__", enter_acquire);
  add_method(ts, lt, "__exit__", lock_exit);
  Type* rt = native_type(ts, "_thread.RLock", "RLock", "_thread");
  rt->slots.new_ = rlock_new;
  rt->slots.repr = rlock_repr;
  rt->slots.getattr = rlock_getattr;
  add_method(ts, rt, "acquire", rlock_acquire);
  add_method(ts, rt, "release", rlock_release);
  add_method(ts, rt, "__enter__", enter_acquire);
  add_method(ts, rt, "__exit__", rlock_exit);
  add_method(ts, rt, "_is_owned", rlock_is_owned);
  add_method(ts, rt, "_release_save", rlock_release_save);
  add_method(ts, rt, "_acquire_restore", rlock_acquire_restore);
  Type* ht = native_type(ts, "_ThreadHandle", "_ThreadHandle", "_thread");
  ht->slots.getattr = handle_getattr;
  add_method(ts, ht, "join", handle_join);
  add_method(ts, ht, "is_done", handle_is_done);
  d->set_str(e.intern("LockType"), Value(lt));
  d->set_str(e.intern("lock"), Value(lt));
  d->set_str(e.intern("RLock"), Value(rt));
  d->set_str(e.intern("error"), Value(e.exc[E_RuntimeError]));
  d->set_str(e.intern("TIMEOUT_MAX"), new_float(ts, 4294967.0));
  add_function(ts, d, "allocate_lock", mod_allocate_lock);
  add_function(ts, d, "allocate", mod_allocate_lock);
  add_function(ts, d, "start_new_thread", mod_start_new_thread);
  add_function(ts, d, "start_new", mod_start_new_thread);
  add_function(ts, d, "_start_thread", mod_start_thread);
  add_function(ts, d, "get_ident", mod_get_ident);
  add_function(ts, d, "get_native_id", mod_get_native_id);
  add_function(ts, d, "_thread_id", mod_thread_id);
  add_function(ts, d, "_count", mod_count);
  add_function(ts, d, "_print_exception", mod_print_exception);
  add_function(ts, d, "_is_main_thread", mod_is_main);
  add_function(ts, d, "_trace_event", mod_trace_event);
  add_function(ts, d, "_cpu_count", mod_cpu_count);
  return Value(m);
}

void register_thread_module(Engine& e) { register_native_module(e, "_thread", make_thread_module); }

}  // namespace il
