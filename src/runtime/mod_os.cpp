// mod_os.cpp: the small part of `os` a threading course uses: _exit (ends the whole program at
// once, like a killed process: no finally blocks, no atexit, stdout's buffer lost), getpid,
// cpu_count, getenv/environ (the playground has no environment) and the path constants.
// It never touches the host's files or processes.
#include <unistd.h>

#include <thread>

#include "vm/api.h"
#include "vm/import.h"

namespace il {

static Value os_exit(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "_exit", kw) || !check_nargs(ts, "_exit", nargs, 1, 1)) return Value();
  if (!args[0].is_small())
    return raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, args[0]) + "' object cannot be interpreted as an integer");
  ts.eng.exit_override.store(static_cast<int>(args[0].small_value() & 0xFF));
  ts.eng.request_stop();
  return raise_stop(ts);
}

static Value os_getpid(ThreadState& ts, Value*, int nargs, Tuple*) {
  if (!check_nargs(ts, "getpid", nargs, 0, 0)) return Value();
  // Seeded runs print the same bytes everywhere: a fixed pid.
  return make_int(ts, ts.eng.sched ? 4242 : static_cast<int64_t>(getpid()));
}

static Value os_cpu_count(ThreadState& ts, Value*, int nargs, Tuple*) {
  if (!check_nargs(ts, "cpu_count", nargs, 0, 0)) return Value();
  unsigned n = std::thread::hardware_concurrency();
  if (ts.eng.sched) n = 4;
  return n ? make_int(ts, static_cast<int64_t>(n)) : ts.eng.None;
}

static Value os_getenv(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "getenv", nargs, 1, 2)) return Value();
  if (!is_str(ts, args[0])) return raise(ts, ts.eng.exc[E_TypeError], "str expected, not " + type_name(ts, args[0]));
  return nargs > 1 ? args[1] : ts.eng.None;
}

static Value make_os_module(ThreadState& ts) {
  Engine& e = ts.eng;
  Module* m = new_module(ts, "os");
  Root r(ts, Value(m));
  Dict* d = m->dict;
  add_function(ts, d, "_exit", os_exit);
  add_function(ts, d, "getpid", os_getpid);
  add_function(ts, d, "cpu_count", os_cpu_count);
  add_function(ts, d, "getenv", os_getenv);
  d->set_str(e.intern("environ"), Value(new_dict(ts)));
  d->set_str(e.intern("name"), new_str(ts, "posix"));
  d->set_str(e.intern("sep"), new_str(ts, "/"));
  d->set_str(e.intern("linesep"), new_str(ts, "\n"));
  d->set_str(e.intern("curdir"), new_str(ts, "."));
  return Value(m);
}

void register_os_module(Engine& e) { register_native_module(e, "os", make_os_module); }

}  // namespace il
