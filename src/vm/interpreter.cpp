// interpreter.cpp: the public Interpreter: runs __main__ on the calling thread, reports an
// uncaught exception like CPython, and shuts down like CPython (threading._shutdown joins the
// non-daemon threads, daemon threads are frozen, stdout is flushed last).
#include "vm/interpreter.h"

#include <pthread.h>

#include <algorithm>

#include "compiler/compiler.h"
#include "vm/api.h"
#include "vm/call.h"
#include "vm/engine.h"
#include "vm/import.h"
#include "runtime/thread_objects.h"

namespace il {

Interpreter::Interpreter(HostSink& sink, RunConfig config) : engine_(std::make_unique<Engine>(sink, std::move(config))) {}

Interpreter::~Interpreter() = default;

void Interpreter::request_stop() { engine_->request_stop(); }

std::vector<ThreadStats> Interpreter::thread_stats() const {
  Engine& e = *engine_;
  std::vector<ThreadStats> out;
  {
    std::lock_guard<std::mutex> g(e.sync_mu);
    out = e.finished_stats;
  }
  std::sort(out.begin(), out.end(), [](const ThreadStats& a, const ThreadStats& b) { return a.id < b.id; });
  return out;
}

// The exit code for an uncaught [exc], printing what CPython prints. With [hook] (the main
// module's exception), the report goes through sys.excepthook as in CPython's PyErr_Print.
static int report_uncaught(ThreadState& ts, Value exc, bool hook = false) {
  Engine& e = ts.eng;
  if (exc.obj()->type == e.stop_type) return 130;
  if (exc.obj()->type->is_subtype(e.exc[E_SystemExit])) {
    auto& a = as<ExceptionObj>(exc)->args->items;
    Value code = a.empty() ? e.None : a.size() == 1 ? a[0] : Value(as<ExceptionObj>(exc)->args);
    if (code == e.None) return 0;
    if (code.is_small()) return static_cast<int>(code.small_value() & 0xFF);
    if (code == e.True) return 1;
    if (code == e.False) return 0;
    std::string text;
    if (!str_text(ts, code, text)) {
      take_error(ts);
      text.assign(1, '?');
    }
    text.push_back('\n');
    e.err->write(ts, text);
    e.err->flush(ts);
    return 1;
  }
  Root r(ts, exc);
  if (e.tracing()) e.trace(ts, Ev::Exception, 0, 0, exc.obj()->type->name);
  if (hook) {
    Value h = e.sys_mod->dict->get_str(e.intern("excepthook"));
    if (!h) {
      e.err->write(ts, "sys.excepthook is missing\n");
    } else if (h != e.sys_mod->dict->get_str(e.intern("__excepthook__"))) {
      Root rh(ts, h);
      Value tb = getattr_opt(ts, exc, e.intern("__traceback__"));
      Root rt(ts, tb);
      Value args[3] = {Value(exc.obj()->type), exc, tb ? tb : e.None};
      if (call(ts, h, args, 3)) return 1;
      Value err = take_error(ts);
      Root re(ts, err);
      if (err.obj()->type->is_subtype(e.exc[E_SystemExit])) return report_uncaught(ts, err);
      e.err->write(ts, "Error in sys.excepthook:\n" + format_exception(ts, err) + "\nOriginal exception was:\n");
    }
  }
  std::string text = format_exception(ts, exc);
  take_error(ts);
  e.err->write(ts, text);
  e.err->flush(ts);
  return 1;
}

// At exit CPython frees __main__ and its globals, in their order, so a generator suspended in
// a try block that only a global holds runs its finally then. Only called while such
// generators exist: other objects have no finalizers here, so dropping just the generators'
// names is what a program can see.
static void close_main_generators(ThreadState& ts) {
  Engine& e = ts.eng;
  Dict* d = e.main_mod->dict;
  for (size_t i = 0; i < d->entries.size() && !e.stop_requested.load(); i++) {
    DictEntry& a = d->entries[i];
    if (a.key.is_null() || !is_str(ts, a.key) || !holds_cleanup_gen(e, &a.value, &a.value + 1)) continue;
    d->set_str(as_str(a.key), e.None);
    collect_abandoned(ts);
    if (ts.has_error()) return;
  }
}

int Interpreter::run(const std::string& source) {
  Engine& e = *engine_;
  ThreadState& ts = *e.main_ts;
  ts.native_ident = e.sched ? seeded_ident(0) : static_cast<uint64_t>(pthread_self()) & 0xFFFFFFFFFFFFull;
  e.thread_enter(ts);
  int code = 0;
  Module* m = new_module(ts, "__main__");
  e.main_mod = m;
  e.modules->set_str(e.intern("__main__"), Value(m));
  m->dict->set_str(e.names[N_builtins], Value(e.builtins_mod));
  m->dict->set_str(e.names[N_file], new_str(ts, e.cfg.filename));
  const Source* src = e.add_source(e.cfg.filename, source);
  e.main_source = src;
  SyntaxErrorInfo err;
  Code* co = compile_module(ts, *src, err);
  if (!co) {
    if (ts.has_error()) {
      code = report_uncaught(ts, take_error(ts));
    } else {
      e.err->write(ts, format_syntax_error(*src, err));
      e.err->flush(ts);
      code = 1;
    }
  } else {
    Root r(ts, Value(co));
    Value v = run_code(ts, co, m->dict, m->dict);
    // Like CPython's flush_io() after the main module: stderr, then stdout, before the
    // traceback and before waiting for the other threads.
    Value exc = v ? Value() : take_error(ts);
    Root keep(ts, exc);
    if (!e.stop_requested.load()) {
      e.err->flush(ts, OutStream::kExit);
      e.out->flush(ts, OutStream::kExit);
    }
    if (!v) code = report_uncaught(ts, exc, true);
  }
  // Shutdown: threading._shutdown() joins the non-daemon threads (CPython's order).
  if (!e.stop_requested.load()) {
    Value threading = e.modules->get_str(e.intern("threading"));
    if (threading) {
      Value sd = getattr_opt(ts, threading, e.intern("_shutdown"));
      if (sd) {
        Root r(ts, sd);
        Value res = call0(ts, sd);
        if (!res) {
          int c2 = report_uncaught(ts, take_error(ts));
          if (c2 == 130) code = 130;
        }
      } else {
        take_error(ts);
      }
    }
  }
  // Then atexit handlers, if the program imported atexit.
  if (!e.stop_requested.load()) {
    Value ax = e.modules->get_str(e.intern("atexit"));
    if (ax) {
      Value run = getattr_opt(ts, ax, e.intern("_run_exitfuncs"));
      if (run) {
        Root r(ts, run);
        if (!call0(ts, run)) report_uncaught(ts, take_error(ts));
      } else {
        take_error(ts);
      }
    }
  }
  if (!e.stop_requested.load() && !e.deadlocked.load() && e.cleanup_gens > 0) close_main_generators(ts);
  if (e.deadlocked.load()) {
    code = kDeadlockExit;   // stdout was flushed before the report
  } else if (e.stop_requested.load()) {
    // Stopped or os._exit(n): like a killed process, what the buffers still hold is lost.
    code = e.exit_override.load() >= 0 ? e.exit_override.load() : 130;
    e.lost_stdout = e.out->discard();
    e.err->discard();
  }
  // From here on every other thread is frozen the next time it wants the GIL.
  e.finalizing.store(true);
  for (ThreadState* t : e.threads)
    if (t != &ts) e.trace(*t, Ev::ThreadFrozen);
  e.out->flush_at_exit(ts);
  e.err->flush_at_exit(ts);
  ts.frame = nullptr;
  e.thread_exit(ts);
  {
    std::lock_guard<std::mutex> g(e.sync_mu);
    e.record_stats(ts);
  }
  return code;
}

size_t Interpreter::lost_stdout_bytes() const { return engine_->lost_stdout; }

std::string Interpreter::take_trace_batch() {
  uint64_t lost = 0;
  std::vector<TraceEvent> events = engine_->recorder.drain(&lost);
  return trace_to_batch(events, lost);
}

void Interpreter::take_trace(std::string* json, std::string* text) {
  Engine& e = *engine_;
  std::vector<TraceEvent> events = e.recorder.drain();
  if (json) *json = trace_to_json(events, e.thread_names, e.recorder.dropped(), e.sched != nullptr);
  if (text) *text = trace_to_text(events, e.thread_names, e.recorder.dropped());
}

}  // namespace il
