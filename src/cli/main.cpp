// main.cpp: the `interleave` command. Parses CPython-like options, reads the program, wires
// the engine's host sink to file descriptors 1 and 2 (and input() to stdin), turns Ctrl-C
// into request_stop(), and exits with run()'s result. It owns no Python semantics and never
// writes to stdout/stderr itself except for usage errors, --help and --version.
// Built natively and, unchanged, for node (Emscripten, NODERAWFS): no <emscripten/...> here.
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <chrono>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "vm/interpreter.h"

#ifndef INTERLEAVE_VERSION
#define INTERLEAVE_VERSION "0.1.0"
#endif

namespace {

constexpr int kUsageExit = 2;  // like python3 for a bad command line

// Set once Ctrl-C was seen: input() then ends as at end of file.
std::atomic<bool> g_interrupted{false};

// ---------------------------------------------------------------- output and input

// Writes all of [bytes] to [fd], retrying after EINTR, partial writes and EAGAIN.
// Gives up silently on other errors (e.g. EPIPE after `| head`).
void write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    ssize_t n = ::write(fd, bytes.data(), bytes.size());
    if (n > 0) {
      bytes.remove_prefix(static_cast<size_t>(n));
    } else if (n < 0 && errno == EINTR) {
      continue;
    } else if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
#ifdef __EMSCRIPTEN__
      // NODERAWFS has no poll() on pipes (it throws): wait a little and retry.
      std::this_thread::sleep_for(std::chrono::milliseconds(1));
#else
      pollfd p{fd, POLLOUT, 0};
      (void)::poll(&p, 1, 100);
#endif
    } else {
      return;
    }
  }
}

void write_str(int fd, std::string_view s) { write_all(fd, s); }

// The process's file descriptors as the engine's "operating system".
class FdSink final : public il::HostSink {
 public:
  void deliver(il::Stream stream, int thread_id, std::string_view bytes) override {
    (void)thread_id;
    // One lock for both streams: bytes reach the terminal in delivery order.
    std::lock_guard<std::mutex> lock(write_mutex_);
    write_all(stream == il::Stream::Stderr ? 2 : 1, bytes);
  }

  // One line of stdin without its "\n". Waits in short polls so that
  // Ctrl-C ends the wait as end of input.
  bool read_line(std::string& out) override {
    std::lock_guard<std::mutex> lock(read_mutex_);
    for (;;) {
      size_t nl = pending_.find('\n');
      if (nl != std::string::npos) {
        out.assign(pending_, 0, nl);  // a "\r" stays, as in CPython on POSIX
        pending_.erase(0, nl + 1);
        return true;
      }
      if (eof_ || g_interrupted.load()) {
        if (pending_.empty() || g_interrupted.load()) return false;
        out = std::move(pending_);
        pending_.clear();
        return true;
      }
      fill();
    }
  }

 private:
  // Reads what stdin has (at least one byte, or notes end of input / an interruption).
  void fill() {
#ifndef __EMSCRIPTEN__
    pollfd p{0, POLLIN, 0};
    int r = ::poll(&p, 1, 100);
    if (r == 0 || (r < 0 && errno == EINTR)) return;  // re-check g_interrupted
    if (r < 0) { eof_ = true; return; }
#endif
    char buf[4096];
    ssize_t n = ::read(0, buf, sizeof buf);
    if (n > 0) {
      pending_.append(buf, static_cast<size_t>(n));
    } else if (n < 0 && (errno == EINTR || errno == EAGAIN || errno == EWOULDBLOCK)) {
      if (errno != EINTR) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    } else {
      eof_ = true;
    }
  }

  std::mutex write_mutex_;
  std::mutex read_mutex_;
  std::string pending_;  // bytes read from stdin beyond the last line returned
  bool eof_ = false;
};

// ---------------------------------------------------------------- step mode

// --step: at each scheduling point, lists the threads on stderr and reads a choice from stdin:
// "N" runs thread N to its next switch, "N line" for one line of the program; an empty line or
// the end of stdin lets the seed choose. The choices typed are the step log: the same stdin
// replays the same run.
class StdinStepper final : public il::Stepper {
 public:
  explicit StdinStepper(il::HostSink& input) : input_(input) {}
  il::StepChoice choose(double vtime, const std::vector<il::StepOption>& options) override {
    char head[64];
    snprintf(head, sizeof head, "[step %d] at %.6f s\n", ++count_, vtime);
    std::string text = head;
    for (const il::StepOption& o : options) {
      char line[32];
      snprintf(line, sizeof line, "%s %d ", o.can_run ? "  *" : "   ", o.thread_id);
      text += line + o.name;
      if (o.line) text += "  line " + std::to_string(o.line) + ": " + o.code;
      text += "  (" + o.doing + ")\n";
    }
    il::StepChoice c;
    std::string reply;
    if (ended_ || !input_.read_line(reply)) {
      ended_ = true;
      text += "choice: (end of the step log) the seed chooses\n";
      write_str(2, text);
      return c;
    }
    const char* p = reply.c_str();
    char* end = nullptr;
    long id = std::strtol(p, &end, 10);
    if (end != p) {
      c.thread_id = static_cast<int>(id);
      std::string rest(end);
      c.one_line = rest.find('l') != std::string::npos;
    }
    text += "choice: " + (c.thread_id < 0 ? std::string("the seed chooses")
                                          : std::to_string(c.thread_id) + (c.one_line ? " for one line" : "")) + "\n";
    write_str(2, text);
    return c;
  }

 private:
  il::HostSink& input_;
  int count_ = 0;
  bool ended_ = false;
};

// ---------------------------------------------------------------- Ctrl-C

// The running interpreter, published for the signal thread; guarded by g_interp_mutex so that
// it is never stopped while being destroyed (request_stop only stores atomics: cheap to hold).
std::mutex g_interp_mutex;
il::Interpreter* g_interp = nullptr;

void publish_interpreter(il::Interpreter* interp) {
  std::lock_guard<std::mutex> lock(g_interp_mutex);
  g_interp = interp;
}

#ifndef __EMSCRIPTEN__
constexpr int kInterruptedExit = 130;  // like a shell after Ctrl-C

// SIGINT is blocked in every thread (the engine's threads inherit the mask) and taken here
// with sigwait: no code runs in signal context. The first Ctrl-C asks the program to stop;
// a second one, or one outside a run, ends the process at once.
void start_signal_thread() {
  sigset_t set;
  sigemptyset(&set);
  sigaddset(&set, SIGINT);
  if (pthread_sigmask(SIG_BLOCK, &set, nullptr) != 0) return;
  std::thread([set] {
    int seen = 0;
    for (;;) {
      int sig = 0;
      if (sigwait(&set, &sig) != 0) continue;
      g_interrupted.store(true);
      std::lock_guard<std::mutex> lock(g_interp_mutex);
      if (g_interp == nullptr || ++seen >= 2) _exit(kInterruptedExit);
      g_interp->request_stop();
    }
  }).detach();
}
#endif

// ---------------------------------------------------------------- the platform

// Whether stdout is a terminal. Emscripten's isatty() says yes for every standard stream, so
// the node build asks node through node_env.js.
bool stdout_is_terminal() {
#ifdef __EMSCRIPTEN__
  const char* v = std::getenv("INTERLEAVE_STDOUT_ISATTY");
  return v != nullptr && v[0] == '1';
#else
  return ::isatty(1) == 1;
#endif
}

// The Linux number of [err], as CPython prints it ("[Errno 2]"); Emscripten numbers differ.
int linux_errno(int err) {
  switch (err) {
    case EPERM: return 1;
    case ENOENT: return 2;
    case EIO: return 5;
    case EBADF: return 9;
    case ENOMEM: return 12;
    case EACCES: return 13;
    case EBUSY: return 16;
    case EEXIST: return 17;
    case ENOTDIR: return 20;
    case EISDIR: return 21;
    case EINVAL: return 22;
    case EMFILE: return 24;
    case EFBIG: return 27;
    case ENAMETOOLONG: return 36;
    case ELOOP: return 40;
    default: return err;
  }
}

// ---------------------------------------------------------------- command line

const char kUsageLine[] = "usage: interleave [option] ... [-c cmd | file | -] [arg] ...\n";

const char kHelp[] =
    "Runs a Python program on Interleave's engine: CPython-like threads and GIL.\n"
    "Options (and corresponding environment variables):\n"
    "-c cmd : program passed in as string (terminates option list)\n"
    "-u     : unbuffered stdout, same as --stdout unbuffered; also PYTHONUNBUFFERED=x\n"
    "-h     : print this help message and exit (also --help)\n"
    "-V     : print the version number and exit (also --version)\n"
    "--stdout MODE        : tty (line-buffered), pipe (block-buffered) or unbuffered;\n"
    "                       default: tty when stdout is a terminal, else pipe\n"
    "--buffer-size N      : stdout's buffer in pipe mode, CPython's two layers: whole writes\n"
    "                       gather up to N bytes (default 8192, TextIOWrapper's chunk) over a\n"
    "                       byte buffer of N/2 (BufferedWriter: 4096, st_blksize on Linux)\n"
    "--switch-interval S  : seconds, like sys.setswitchinterval (default 0.005)\n"
    "--check-points V     : where a running thread may lose the GIL: 3.9 (every\n"
    "                       instruction) or 3.10 (calls and back-edges; default)\n"
    "--max-threads N      : live Python threads beyond which start() raises (default 256)\n"
    "--stats              : after the run, print each thread's GIL statistics to stderr\n"
    "--print-switch P     : faithful (print loses the GIL where bytes reach the OS, like\n"
    "                       CPython; default) or amplified (at every write boundary)\n"
    "--mode M             : real (OS-scheduled threads, wall clock; default) or seeded\n"
    "                       (deterministic schedule and virtual clock from --seed)\n"
    "--seed N             : the seeded schedule to run (0..2^64-1); implies --mode seeded\n"
    "--trace FILE.json    : write the run's event stream as Chrome Trace Event JSON\n"
    "                       (open it in https://ui.perfetto.dev)\n"
    "--trace-text         : after the run, print the event stream as a log to stderr\n"
    "--step               : seeded mode where you choose: at each switch the threads are\n"
    "                       listed on stderr; type N (run thread N to its next switch),\n"
    "                       N line (one line of the program) or nothing (the seed chooses)\n"
    "file   : program read from script file\n"
    "-      : program read from stdin\n"
    "arg ...: arguments passed to program in sys.argv[1:]\n"
    "Exit status: the program's (0, 1 after an uncaught exception, n for sys.exit(n)),\n"
    "3 after a deadlock (a report on stderr names the wait-for cycle), 130 after\n"
    "Ctrl-C, 2 for a bad command line or a file that cannot be read.\n";

struct Options {
  il::RunConfig config;
  enum class Source { None, File, Code, Stdin } source = Source::None;
  std::string path_or_code;            // the file's path as given, or the -c code
  std::vector<std::string> args;       // sys.argv[1:]
  std::optional<il::StdoutMode> stdout_mode;  // from -u / --stdout (the last one wins)
  bool stats = false;                  // --stats: GIL statistics on stderr after the run
  std::optional<il::ExecMode> mode;    // --mode; --seed alone means seeded
  std::string trace_json;              // --trace FILE.json
  bool trace_text = false;             // --trace-text
  bool step = false;                   // --step
};

// --stats: one line per Python thread, what the GIL saw of it.
void print_stats(const std::vector<il::ThreadStats>& stats) {
  std::string out = "GIL statistics per thread:\n";
  char line[200];
  snprintf(line, sizeof line, "%-10s %12s %12s %12s %12s %10s %10s\n", "thread", "acquired", "forced drop",
           "voluntary", "drop req", "held s", "waited s");
  out += line;
  for (const il::ThreadStats& s : stats) {
    std::string name = s.id == 0 ? "main" : "Thread-" + std::to_string(s.id);
    snprintf(line, sizeof line, "%-10s %12llu %12llu %12llu %12llu %10.3f %10.3f\n", name.c_str(),
             static_cast<unsigned long long>(s.acquisitions), static_cast<unsigned long long>(s.forced_drops),
             static_cast<unsigned long long>(s.voluntary_releases), static_cast<unsigned long long>(s.drop_requests),
             s.hold_seconds, s.wait_seconds);
    out += line;
  }
  write_str(2, out);
}

[[nodiscard]] int usage_error(const std::string& message) {
  std::string text = "interleave: " + message + "\n" + kUsageLine +
                     "Try 'interleave --help' for more information.\n";
  write_str(2, text);
  return kUsageExit;
}

[[nodiscard]] bool parse_int(const std::string& s, long lo, long hi, int& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  long v = std::strtol(s.c_str(), &end, 10);
  if (errno != 0 || *end != '\0' || v < lo || v > hi) return false;
  out = static_cast<int>(v);
  return true;
}

[[nodiscard]] bool parse_seconds(const std::string& s, double& out) {
  if (s.empty()) return false;
  char* end = nullptr;
  errno = 0;
  double v = std::strtod(s.c_str(), &end);
  if (errno != 0 || *end != '\0' || !std::isfinite(v) || v <= 0) return false;
  out = v;
  return true;
}

// Parses argv into [opts]. Returns -1 to go on, or an exit code (help, version, usage error).
int parse_command_line(int argc, char** argv, Options& opts) {
  int i = 1;
  // The value of a long option: "--name=value" or "--name value".
  auto take_value = [&](const std::string& inline_value, std::string& value) -> bool {
    if (!inline_value.empty()) { value = inline_value; return true; }
    if (i + 1 >= argc) return false;
    value = argv[++i];
    return true;
  };

  for (; i < argc; ++i) {
    std::string arg = argv[i];
    if (arg == "-") {
      opts.source = Options::Source::Stdin;
      ++i;
      break;
    }
    if (arg == "--") { ++i; break; }
    if (arg.rfind("--", 0) == 0) {
      std::string name = arg, inline_value;
      size_t eq = arg.find('=');
      if (eq != std::string::npos) {
        name = arg.substr(0, eq);
        inline_value = arg.substr(eq + 1);
        if (inline_value.empty()) return usage_error("option " + name + " needs a value");
      }
      if (name == "--help") {
        write_str(1, kUsageLine);
        write_str(1, kHelp);
        return 0;
      }
      if (name == "--version") {
        write_str(1, "Interleave " INTERLEAVE_VERSION "\n");
        return 0;
      }
      std::string value;
      if (name == "--stdout") {
        if (!take_value(inline_value, value)) return usage_error("option --stdout needs a value");
        if (value == "tty") opts.stdout_mode = il::StdoutMode::Tty;
        else if (value == "pipe") opts.stdout_mode = il::StdoutMode::Pipe;
        else if (value == "unbuffered") opts.stdout_mode = il::StdoutMode::Unbuffered;
        else return usage_error("--stdout must be tty, pipe or unbuffered, not '" + value + "'");
      } else if (name == "--buffer-size") {
        if (!take_value(inline_value, value)) return usage_error("option --buffer-size needs a value");
        if (!parse_int(value, 1, 1L << 30, opts.config.buffer_size))
          return usage_error("--buffer-size must be a whole number of bytes >= 1, not '" + value + "'");
      } else if (name == "--switch-interval") {
        if (!take_value(inline_value, value)) return usage_error("option --switch-interval needs a value");
        if (!parse_seconds(value, opts.config.switch_interval))
          return usage_error("--switch-interval must be a number of seconds > 0, not '" + value + "'");
      } else if (name == "--check-points") {
        if (!take_value(inline_value, value)) return usage_error("option --check-points needs a value");
        if (value == "3.9") opts.config.check_points = il::CheckPoints::Py39;
        else if (value == "3.10" || value == "3.10+") opts.config.check_points = il::CheckPoints::Py310;
        else return usage_error("--check-points must be 3.9 or 3.10, not '" + value + "'");
      } else if (name == "--stats") {
        opts.stats = true;
      } else if (name == "--print-switch") {
        if (!take_value(inline_value, value)) return usage_error("option --print-switch needs a value");
        if (value == "faithful") opts.config.print_switch = il::PrintSwitch::Faithful;
        else if (value == "amplified") opts.config.print_switch = il::PrintSwitch::Amplified;
        else return usage_error("--print-switch must be faithful or amplified, not '" + value + "'");
      } else if (name == "--mode") {
        if (!take_value(inline_value, value)) return usage_error("option --mode needs a value");
        if (value == "real") opts.mode = il::ExecMode::Real;
        else if (value == "seeded") opts.mode = il::ExecMode::Seeded;
        else return usage_error("--mode must be real or seeded, not '" + value + "'");
      } else if (name == "--seed") {
        if (!take_value(inline_value, value)) return usage_error("option --seed needs a value");
        char* end = nullptr;
        errno = 0;
        unsigned long long v = std::strtoull(value.c_str(), &end, 10);
        if (value.empty() || value[0] == '-' || errno != 0 || *end != '\0')
          return usage_error("--seed must be a whole number >= 0, not '" + value + "'");
        opts.config.seed = v;
        if (!opts.mode) opts.mode = il::ExecMode::Seeded;
      } else if (name == "--trace") {
        if (!take_value(inline_value, value)) return usage_error("option --trace needs a file name");
        opts.trace_json = value;
      } else if (name == "--trace-text") {
        opts.trace_text = true;
      } else if (name == "--step") {
        opts.step = true;
      } else if (name == "--max-threads") {
        if (!take_value(inline_value, value)) return usage_error("option --max-threads needs a value");
        if (!parse_int(value, 1, 1L << 20, opts.config.max_threads))
          return usage_error("--max-threads must be a whole number >= 1, not '" + value + "'");
      } else {
        return usage_error("unknown option " + name);
      }
      continue;
    }
    if (arg.size() > 1 && arg[0] == '-') {
      // A cluster of short options, e.g. -u, -uc CODE, -c CODE, -cCODE.
      for (size_t k = 1; k < arg.size(); ++k) {
        char c = arg[k];
        if (c == 'u') {
          opts.stdout_mode = il::StdoutMode::Unbuffered;
        } else if (c == 'h' || c == '?') {
          write_str(1, kUsageLine);
          write_str(1, kHelp);
          return 0;
        } else if (c == 'V') {
          write_str(1, "Interleave " INTERLEAVE_VERSION "\n");
          return 0;
        } else if (c == 'c') {
          opts.source = Options::Source::Code;
          if (k + 1 < arg.size()) {
            opts.path_or_code = arg.substr(k + 1);
          } else if (i + 1 < argc) {
            opts.path_or_code = argv[++i];
          } else {
            return usage_error("argument expected for the -c option");
          }
          break;
        } else {
          return usage_error(std::string("unknown option -") + c);
        }
      }
      if (opts.source == Options::Source::Code) { ++i; break; }
      continue;
    }
    // The program file: everything after it belongs to the program.
    opts.source = Options::Source::File;
    opts.path_or_code = arg;
    ++i;
    break;
  }
  if (opts.source == Options::Source::None) {
    if (i < argc) {  // after "--"
      opts.source = Options::Source::File;
      opts.path_or_code = argv[i++];
    } else {
      return usage_error("no program given (a file, -c cmd or -)");
    }
  }
  for (; i < argc; ++i) opts.args.emplace_back(argv[i]);
  return -1;
}

// Reads all of [fd] into [out]. Returns 0 or an errno value.
int read_fd(int fd, std::string& out) {
  char buf[65536];
  for (;;) {
    ssize_t n = ::read(fd, buf, sizeof buf);
    if (n > 0) { out.append(buf, static_cast<size_t>(n)); continue; }
    if (n == 0) return 0;
    if (errno == EINTR) continue;
    if (errno == EAGAIN || errno == EWOULDBLOCK) {
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
      continue;
    }
    return errno;
  }
}

// os.path.abspath: joins a relative [path] to the working directory and folds . and .. (no
// symlink resolution), as CPython does for the main script's __file__.
std::string absolute_path(const std::string& path) {
  std::string full = path;
  if (path.empty() || path[0] != '/') {
    char buf[4096];
    if (!::getcwd(buf, sizeof buf)) return path;
    full = std::string(buf) + "/" + path;
  }
  std::vector<std::string> parts;
  size_t i = 0;
  while (i <= full.size()) {
    size_t j = full.find('/', i);
    if (j == std::string::npos) j = full.size();
    std::string part = full.substr(i, j - i);
    if (part == "..") {
      if (!parts.empty()) parts.pop_back();
    } else if (!part.empty() && part != ".") {
      parts.push_back(part);
    }
    i = j + 1;
  }
  std::string out;
  for (const std::string& p : parts) out += "/" + p;
  return out.empty() ? "/" : out;
}

// Reads the program file. Returns 0 or an errno value.
int read_file(const std::string& path, std::string& out) {
  int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return errno;
  struct stat st {};
  int err = 0;
  if (::fstat(fd, &st) == 0 && S_ISDIR(st.st_mode)) err = EISDIR;
  if (err == 0) err = read_fd(fd, out);
  ::close(fd);
  return err;
}

}  // namespace

int main(int argc, char** argv) {
  Options opts;
  if (int code = parse_command_line(argc, argv, opts); code >= 0) return code;

  il::RunConfig& config = opts.config;
  std::string source;
  switch (opts.source) {
    case Options::Source::File: {
      if (int err = read_file(opts.path_or_code, source); err != 0) {
        write_str(2, "interleave: can't open file '" + opts.path_or_code + "': [Errno " +
                         std::to_string(linux_errno(err)) + "] " + std::strerror(err) + "\n");
        return kUsageExit;
      }
      config.filename = absolute_path(opts.path_or_code);  // CPython 3.9+: __file__ and tracebacks are absolute
      config.argv.push_back(opts.path_or_code);
      break;
    }
    case Options::Source::Code:
      source = opts.path_or_code;
      config.filename = "<string>";
      config.argv.emplace_back("-c");
      break;
    case Options::Source::Stdin:
      if (int err = read_fd(0, source); err != 0) {
        write_str(2, std::string("interleave: can't read stdin: ") + std::strerror(err) + "\n");
        return kUsageExit;
      }
      config.filename = "<stdin>";
      config.argv.emplace_back("-");
      break;
    case Options::Source::None:
      return kUsageExit;
  }
  config.argv.insert(config.argv.end(), opts.args.begin(), opts.args.end());

  // stdout like CPython: a terminal is line-buffered, anything else block-buffered;
  // PYTHONUNBUFFERED or -u make it unbuffered; an explicit option wins over all.
  config.stdout_mode = stdout_is_terminal() ? il::StdoutMode::Tty : il::StdoutMode::Pipe;
  // INTERLEAVE_GC_STRESS=1: collect at every check point (finds values the collector misses).
  if (const char* gs = std::getenv("INTERLEAVE_GC_STRESS"); gs != nullptr && gs[0] == '1') config.gc_stress = true;
  if (const char* env = std::getenv("PYTHONUNBUFFERED"); env != nullptr && env[0] != '\0')
    config.stdout_mode = il::StdoutMode::Unbuffered;
  if (opts.stdout_mode) config.stdout_mode = *opts.stdout_mode;
  if (opts.mode) config.mode = *opts.mode;
  if (!opts.trace_json.empty() || opts.trace_text) config.trace_capacity = 1u << 20;

#ifndef __EMSCRIPTEN__
  ::signal(SIGPIPE, SIG_IGN);  // a closed pipe drops output instead of killing the process
  start_signal_thread();       // before the engine starts threads: they inherit the mask
#endif

  FdSink sink;
  StdinStepper stepper(sink);
  if (opts.step) config.stepper = &stepper;
  int exit_code = 0;
  {
    il::Interpreter interp(sink, std::move(config));
    publish_interpreter(&interp);
    exit_code = interp.run(source);
    publish_interpreter(nullptr);
    if (opts.stats) print_stats(interp.thread_stats());
    if (!opts.trace_json.empty() || opts.trace_text) {
      std::string json, text;
      interp.take_trace(opts.trace_json.empty() ? nullptr : &json, opts.trace_text ? &text : nullptr);
      if (!opts.trace_json.empty()) {
        int fd = ::open(opts.trace_json.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) {
          write_str(2, "interleave: can't write trace '" + opts.trace_json + "': " + std::strerror(errno) + "\n");
          if (exit_code == 0) exit_code = kUsageExit;
        } else {
          write_all(fd, json);
          ::close(fd);
        }
      }
      if (opts.trace_text) write_str(2, text);
    }
  }
  return exit_code;
}
