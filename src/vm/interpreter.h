// interpreter.h: the public engine object. One Interpreter owns every piece of state of one
// Python program (modules, threads, the GIL, stdout); several may live side by side.
// This header is the whole API that the CLI and the bindings use; it must not expose internals.
#pragma once
#include <atomic>
#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "io/io_hooks.h"

namespace il {

enum class CheckPoints { Py39, Py310 };          // "3.9": every instruction; "3.10+": calls and back-edges
enum class StdoutMode { Tty, Pipe, Unbuffered };  // line-buffered, block-buffered, unbuffered
enum class ExecMode { Real, Seeded };            // OS-scheduled and wall clock; deterministic and virtual clock
// Where print can lose the GIL: faithful (where bytes reach the OS, as in CPython) or
// amplified (at every write boundary, like a Python-level stdout or the free-threaded build).
enum class PrintSwitch { Faithful, Amplified };

// The exit code of a run that ended in a deadlock (no thread can ever run again).
constexpr int kDeadlockExit = 3;

// Step mode: at each scheduling point of a seeded run the engine asks a Stepper which thread
// runs next. One option per thread that could run now (runnable, or whose wait is over), each
// with its next line of the program and what it is about to do; blocked threads come after,
// with what they wait for.
struct StepOption {
  int thread_id = 0;
  std::string name;      // "MainThread", "Thread-1 (worker)"
  bool can_run = false;  // false: blocked (listed for information)
  int line = 0;          // the program's line the thread is at (0: not started yet)
  std::string code;      // that line's text, stripped
  std::string doing;     // "runs", "starts", "wakes up", or "waits for Lock 'a'"
};
struct StepChoice {
  int thread_id = -1;    // -1: let the seed choose (the end of a step log)
  bool one_line = false; // run the thread for one line of the program, not to its next switch
};
class Stepper {
 public:
  virtual ~Stepper() = default;
  // Called with the engine paused; [vtime] is the virtual time in seconds. Thread-safe needs:
  // called from the engine's threads, one call at a time.
  virtual StepChoice choose(double vtime, const std::vector<StepOption>& options) = 0;
};

struct RunConfig {
  std::string filename = "main.py";  // shown in tracebacks
  std::vector<std::string> argv;     // sys.argv; argv[0] defaults to filename
  double switch_interval = 0.005;    // seconds, sys.setswitchinterval
  CheckPoints check_points = CheckPoints::Py310;
  StdoutMode stdout_mode = StdoutMode::Pipe;
  PrintSwitch print_switch = PrintSwitch::Faithful;
  int buffer_size = 8192;            // stdout buffer in Pipe mode
  int max_threads = 256;             // live Python threads beyond which start() raises
  bool gc_stress = false;            // collect at every check point after any allocation (tests)
  ExecMode mode = ExecMode::Real;
  uint64_t seed = 0;                 // seeded mode: the schedule, the virtual clock, random's default seed
  size_t trace_capacity = 0;         // events kept by the event stream's ring buffer; 0: no trace
  Stepper* stepper = nullptr;        // step mode (implies seeded); must outlive the run
};

class Engine;  // the implementation (vm/engine.h)

// What the GIL saw of one Python thread (0 = the main thread), for --stats and the panels.
struct ThreadStats {
  int id = 0;
  uint64_t acquisitions = 0;       // times it took the GIL
  uint64_t forced_drops = 0;       // times it dropped the GIL on a drop request
  uint64_t voluntary_releases = 0; // sleep, blocking calls, I/O
  uint64_t drop_requests = 0;      // drop requests it set while waiting
  double hold_seconds = 0;
  double wait_seconds = 0;
};

class Interpreter {
 public:
  // [sink] must outlive the Interpreter.
  Interpreter(HostSink& sink, RunConfig config);
  ~Interpreter();
  Interpreter(const Interpreter&) = delete;
  Interpreter& operator=(const Interpreter&) = delete;

  // Compiles and runs [source] as __main__, then shuts down like CPython (joins non-daemon
  // threads, freezes daemon threads, flushes stdout). Blocks the calling thread until then.
  // Returns the exit code: 0, 1 after an uncaught exception or SyntaxError, n for sys.exit(n).
  // Call once per Interpreter. Never call it on a browser's main thread.
  int run(const std::string& source);

  // Asks the running program to end as soon as possible, from any thread, without blocking.
  // The run then returns exit code 130 (as after Ctrl-C) with stdout's pending bytes dropped.
  void request_stop();

  // Per-thread GIL statistics of the finished run, main thread first, then in start order.
  std::vector<ThreadStats> thread_stats() const;

  // After a stopped run: how many bytes were still in stdout's buffer and never reached the
  // host (CPython loses them too when it is killed).
  size_t lost_stdout_bytes() const;

  // Drains the event stream recorded since the last call (needs RunConfig::trace_capacity) into
  // [json] as Chrome Trace Event JSON (opens in Perfetto) and/or [text] as a readable log.
  void take_trace(std::string* json, std::string* text);
  // The same events in the page's batch format (trace_to_batch); callable from any thread
  // while the program runs.
  std::string take_trace_batch();

 private:
  std::unique_ptr<Engine> engine_;
};

}  // namespace il
