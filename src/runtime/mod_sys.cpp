// mod_sys.cpp: the sys module: argv, stdout/stderr objects, exit, recursion limit, switch
// interval, version information. Created at start-up (print needs sys.stdout).
#include "vm/api.h"
#include "vm/import.h"

namespace il {

Value make_stream_object(ThreadState& ts, OutStream* stream);

static Value s_exit(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "exit", kw) || !check_nargs(ts, "exit", nargs, 0, 1)) return Value();
  Value e = new_exception(ts, ts.eng.exc[E_SystemExit], "");
  Root r(ts, e);
  if (nargs == 1) as<ExceptionObj>(e)->args = new_tuple(ts, {args[0]});
  return raise_exc(ts, e);
}

static Value s_getrecursionlimit(ThreadState& ts, Value*, int, Tuple*) { return Value::small(ts.eng.recursion_limit); }

static Value s_setrecursionlimit(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "setrecursionlimit", nargs, 1, 1)) return Value();
  int64_t n;
  if (!as_index(ts, args[0], &n)) return Value();
  if (n < 1) return raise(ts, ts.eng.exc[E_ValueError], "recursion limit must be greater or equal than 1");
  if (n > 100000) n = 100000;
  if (n <= ts.depth) {
    return raise(ts, ts.eng.exc[E_RecursionError], "cannot set the recursion limit to " + std::to_string(n) +
                                                       " at the recursion depth " + std::to_string(ts.depth) + ": the limit is too low");
  }
  ts.eng.recursion_limit = static_cast<int>(n);
  return ts.eng.None;
}

static Value s_setswitchinterval(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "setswitchinterval", nargs, 1, 1)) return Value();
  double s;
  if (!as_double(ts, args[0], &s)) return Value();
  if (s <= 0) return raise(ts, ts.eng.exc[E_ValueError], "switch interval must be strictly positive");
  ts.eng.gil.set_interval(s);
  return ts.eng.None;
}

static Value s_getswitchinterval(ThreadState& ts, Value*, int, Tuple*) { return new_float(ts, ts.eng.gil.interval()); }

static Value s_exc_info(ThreadState& ts, Value*, int, Tuple*) {
  Value h = ts.handled;
  if (!h) return Value(new_tuple(ts, {ts.eng.None, ts.eng.None, ts.eng.None}));
  Value tb = getattr(ts, h, ts.eng.names[N_traceback]);
  if (!tb) return tb;
  return Value(new_tuple(ts, {Value(type_of(ts, h)), h, tb}));
}

static Value s_exception(ThreadState& ts, Value*, int, Tuple*) { return ts.handled ? ts.handled : ts.eng.None; }

static Value s_getrefcount(ThreadState&, Value*, int, Tuple*) { return Value::small(2); }

static Value s_intern(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1 || !is_str(ts, args[0])) return raise(ts, ts.eng.exc[E_TypeError], "intern() argument must be str");
  return Value(ts.eng.intern(as_str(args[0])->s));
}

// sys.excepthook(type, value, traceback), also sys.__excepthook__: prints the traceback CPython
// prints for an uncaught exception, on stderr.
static Value s_excepthook(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 3)
    return raise(ts, ts.eng.exc[E_TypeError], "excepthook expected 3 arguments, got " + std::to_string(nargs));
  std::string text;
  if (args[1].is_obj() && type_of(ts, args[1])->is_exception)
    text = format_exception(ts, args[1]);
  else
    text = "TypeError: print_exception(): Exception expected for value, " + type_name(ts, args[1]) + " found\n";
  if (!ts.eng.err->write(ts, text) || !ts.eng.err->flush(ts)) return Value();
  return ts.eng.None;
}

static Value make_sys_module(ThreadState& ts) {
  Engine& e = ts.eng;
  Module* m = new_module(ts, "sys");
  Root r(ts, Value(m));
  Dict* d = m->dict;
  List* argv = new_list(ts);
  d->set_str(e.intern("argv"), Value(argv));
  for (const std::string& a : e.cfg.argv) argv->items.push_back(new_str(ts, a));
  if (argv->items.empty()) argv->items.push_back(new_str(ts, e.cfg.filename));
  Value out = make_stream_object(ts, e.out.get());
  d->set_str(e.intern("stdout"), out);
  d->set_str(e.intern("__stdout__"), out);
  Value err = make_stream_object(ts, e.err.get());
  d->set_str(e.intern("stderr"), err);
  d->set_str(e.intern("__stderr__"), err);
  d->set_str(e.intern("modules"), Value(e.modules));
  d->set_str(e.intern("path"), Value(new_list(ts)));
  d->set_str(e.intern("version"), new_str(ts, "3.11.0 (Interleave)"));
  d->set_str(e.intern("version_info"), Value(new_tuple(ts, {Value::small(3), Value::small(11), Value::small(0),
                                                             new_str(ts, "final"), Value::small(0)})));
  d->set_str(e.intern("hexversion"), Value::small(0x030B00F0));
#if defined(__EMSCRIPTEN__)
  d->set_str(e.intern("platform"), new_str(ts, "emscripten"));
#else
  d->set_str(e.intern("platform"), new_str(ts, "linux"));
#endif
  d->set_str(e.intern("byteorder"), new_str(ts, "little"));
  d->set_str(e.intern("maxsize"), Value::small(Value::kMaxSmall));
  d->set_str(e.intern("executable"), new_str(ts, ""));
  d->set_str(e.intern("implementation"), new_str(ts, "interleave"));
  add_function(ts, d, "exit", s_exit);
  add_function(ts, d, "getrecursionlimit", s_getrecursionlimit);
  add_function(ts, d, "setrecursionlimit", s_setrecursionlimit);
  add_function(ts, d, "setswitchinterval", s_setswitchinterval);
  add_function(ts, d, "getswitchinterval", s_getswitchinterval);
  add_function(ts, d, "exc_info", s_exc_info);
  add_function(ts, d, "exception", s_exception);
  add_function(ts, d, "getrefcount", s_getrefcount);
  add_function(ts, d, "intern", s_intern);
  add_function(ts, d, "excepthook", s_excepthook);
  d->set_str(e.intern("__excepthook__"), d->get_str(e.intern("excepthook")));
  return Value(m);
}

void register_thread_module(Engine& e);
void register_time_module(Engine& e);
void register_math_module(Engine& e);
void register_random_module(Engine& e);
void register_os_module(Engine& e);
void register_collections_module(Engine& e);
void register_traceback_module(Engine& e);
void register_sha512_module(Engine& e);

void init_native_modules(ThreadState& ts) {
  Engine& e = ts.eng;
  register_native_module(e, "sys", make_sys_module);
  register_thread_module(e);
  register_time_module(e);
  register_math_module(e);
  register_random_module(e);
  register_os_module(e);
  register_collections_module(e);
  register_traceback_module(e);
  register_sha512_module(e);
  Value sys = make_sys_module(ts);
  e.sys_mod = as<Module>(sys);
  e.modules->set_str(e.intern("sys"), sys);
  e.modules->set_str(e.intern("builtins"), Value(e.builtins_mod));
}

}  // namespace il
