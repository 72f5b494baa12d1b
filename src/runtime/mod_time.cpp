// mod_time.cpp: the time module. sleep() releases the GIL through Engine::block (so Stop
// wakes it); the clocks read the host's real clocks, or the virtual clock in seeded mode.
#include <chrono>
#include <cmath>
#include <ctime>

#include "vm/api.h"
#include "vm/import.h"

namespace il {

static Value t_time(ThreadState& ts, Value*, int, Tuple*) { return new_float(ts, ts.eng.wall_time(ts)); }
static Value t_time_ns(ThreadState& ts, Value*, int, Tuple*) {
  using namespace std::chrono;
  if (ts.eng.sched) return make_int(ts, static_cast<int64_t>(std::llround(ts.eng.wall_time(ts) * 1e6)) * 1000);
  return make_int(ts, duration_cast<nanoseconds>(system_clock::now().time_since_epoch()).count());
}
static Value t_monotonic(ThreadState& ts, Value*, int, Tuple*) { return new_float(ts, ts.eng.monotonic(ts)); }
static Value t_monotonic_ns(ThreadState& ts, Value*, int, Tuple*) {
  using namespace std::chrono;
  if (ts.eng.sched) return make_int(ts, static_cast<int64_t>(std::llround(ts.eng.monotonic(ts) * 1e9)));
  return make_int(ts, duration_cast<nanoseconds>(steady_clock::now().time_since_epoch()).count());
}
static Value t_process_time(ThreadState& ts, Value*, int, Tuple*) {
  if (ts.eng.sched) return new_float(ts, ts.eng.monotonic(ts) - 1000.0);
  return new_float(ts, static_cast<double>(clock()) / CLOCKS_PER_SEC);
}

static Value t_sleep(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "sleep", kw) || !check_nargs(ts, "sleep", nargs, 1, 1)) return Value();
  double s;
  if (!is_int(ts, args[0]) && !(args[0].is_obj() && args[0].obj()->type->layout == Layout::Float))
    return raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, args[0]) + "' object cannot be interpreted as an integer");
  if (!as_double(ts, args[0], &s)) return Value();
  if (std::isnan(s)) return raise(ts, ts.eng.exc[E_ValueError], "Invalid value NaN (not a number)");
  if (s < 0) return raise(ts, ts.eng.exc[E_ValueError], "sleep length must be non-negative");
  // Even sleep(0) releases the GIL, as CPython does.
  WaitResult r = ts.eng.block(ts, [] { return false; }, s, WaitOn{WaitOn::Sleep, nullptr});
  if (r == WaitResult::Stopped) return raise_stop(ts);
  return ts.eng.None;
}

static Value t_strftime(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs < 1 || !is_str(ts, args[0])) return raise(ts, ts.eng.exc[E_TypeError], "strftime() argument 1 must be str");
  time_t now = time(nullptr);
  struct tm tmv;
  localtime_r(&now, &tmv);
  char buf[256];
  size_t n = strftime(buf, sizeof buf, as_str(args[0])->s.c_str(), &tmv);
  return new_str(ts, std::string(buf, n));
}

static Value make_time_module(ThreadState& ts) {
  Module* m = new_module(ts, "time");
  Root r(ts, Value(m));
  Dict* d = m->dict;
  add_function(ts, d, "time", t_time);
  add_function(ts, d, "time_ns", t_time_ns);
  add_function(ts, d, "monotonic", t_monotonic);
  add_function(ts, d, "monotonic_ns", t_monotonic_ns);
  add_function(ts, d, "perf_counter", t_monotonic);
  add_function(ts, d, "perf_counter_ns", t_monotonic_ns);
  add_function(ts, d, "process_time", t_process_time);
  add_function(ts, d, "sleep", t_sleep);
  add_function(ts, d, "strftime", t_strftime);
  return Value(m);
}

void register_time_module(Engine& e) { register_native_module(e, "time", make_time_module); }

}  // namespace il
