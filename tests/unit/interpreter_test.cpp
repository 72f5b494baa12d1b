// interpreter_test.cpp: the public engine object (src/vm/interpreter.h) end to end, through a
// capturing HostSink: what a program prints, its exit code, stopping it from another thread,
// threads under the GIL, and when each stdout mode hands bytes to the host.
#include <catch2/catch.hpp>

#include <atomic>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "vm/interpreter.h"

namespace {

using il::StdoutMode;
using il::Stream;

// Records every delivery. Thread-safe: the engine delivers from any Python thread.
class CaptureSink : public il::HostSink {
 public:
  struct Delivery {
    Stream stream;
    int thread_id;
    std::string bytes;
  };

  void deliver(Stream stream, int thread_id, std::string_view bytes) override {
    std::lock_guard<std::mutex> g(mu_);
    log_.push_back({stream, thread_id, std::string(bytes)});
  }
  bool read_line(std::string& out) override {
    std::lock_guard<std::mutex> g(mu_);
    if (input_.empty()) return false;
    out = input_.front();
    input_.erase(input_.begin());
    return true;
  }

  void add_input(std::string line) { input_.push_back(std::move(line)); }
  std::string text(Stream s) const {
    std::lock_guard<std::mutex> g(mu_);
    std::string out;
    for (const Delivery& d : log_)
      if (d.stream == s) out += d.bytes;
    return out;
  }
  std::string out() const { return text(Stream::Stdout); }
  std::string err() const { return text(Stream::Stderr); }
  std::vector<Delivery> deliveries(Stream s) const {
    std::lock_guard<std::mutex> g(mu_);
    std::vector<Delivery> out;
    for (const Delivery& d : log_)
      if (d.stream == s) out.push_back(d);
    return out;
  }
  size_t count(Stream s) const { return deliveries(s).size(); }

 private:
  mutable std::mutex mu_;
  std::vector<Delivery> log_;
  std::vector<std::string> input_;
};

il::RunConfig config(StdoutMode mode = StdoutMode::Pipe) {
  il::RunConfig cfg;
  cfg.filename = "main.py";
  cfg.stdout_mode = mode;
  return cfg;
}

struct Result {
  int code;
  std::string out, err;
};

Result run(const std::string& source, il::RunConfig cfg = config()) {
  CaptureSink sink;
  il::Interpreter interp(sink, cfg);
  int code = interp.run(source);
  return {code, sink.out(), sink.err()};
}

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t0) {
  return std::chrono::duration<double>(Clock::now() - t0).count();
}

// Runs [source], calls request_stop() from another thread once [delay] has passed, and
// returns the exit code and how long the run went on after the request.
struct StopResult {
  int code;
  double after_stop;
  std::string out;
};

StopResult run_and_stop(const std::string& source, std::chrono::milliseconds delay, il::RunConfig cfg = config()) {
  CaptureSink sink;
  il::Interpreter interp(sink, cfg);
  std::atomic<bool> done{false};
  Clock::time_point stop_at{};
  std::thread stopper([&] {
    auto until = Clock::now() + delay;
    while (!done.load() && Clock::now() < until) std::this_thread::sleep_for(std::chrono::milliseconds(1));
    stop_at = Clock::now();
    interp.request_stop();
  });
  int code = interp.run(source);
  Clock::time_point end = Clock::now();
  done.store(true);
  stopper.join();
  return {code, std::chrono::duration<double>(end - stop_at).count(), sink.out()};
}

}  // namespace

// ---------------------------------------------------------------- output and exit codes

TEST_CASE("a program's prints reach the sink's stdout and it exits with 0", "[interpreter]") {
  Result r = run("print('hello', 1 + 2)\nfor i in range(3):\n    print(i, end=' ')\nprint()\n");
  CHECK(r.code == 0);
  CHECK(r.out == "hello 3\n0 1 2 \n");
  CHECK(r.err.empty());
}

TEST_CASE("an empty program exits with 0 and prints nothing", "[interpreter]") {
  Result r = run("");
  CHECK(r.code == 0);
  CHECK(r.out.empty());
  CHECK(r.err.empty());
}

TEST_CASE("an uncaught exception prints a traceback and exits with 1", "[interpreter]") {
  Result r = run("print('before')\nraise ValueError('bad')\n");
  CHECK(r.code == 1);
  CHECK(r.out == "before\n");
  CHECK(r.err ==
        "Traceback (most recent call last):\n"
        "  File \"main.py\", line 2, in <module>\n"
        "    raise ValueError('bad')\n"
        "ValueError: bad\n");
}

TEST_CASE("a class statement that fails shows its line without carets, as CPython does", "[interpreter]") {
  Result r = run("class A:\n    pass\nclass B(A, A):\n    x = 1\n");
  CHECK(r.code == 1);
  CHECK(r.err ==
        "Traceback (most recent call last):\n"
        "  File \"main.py\", line 3, in <module>\n"
        "    class B(A, A):\n"
        "TypeError: duplicate base class A\n");
}

TEST_CASE("a traceback lists every frame, innermost last", "[interpreter]") {
  Result r = run("def f():\n    g()\ndef g():\n    return {}['k']\nf()\n");
  CHECK(r.code == 1);
  CHECK(r.err.rfind("Traceback (most recent call last):\n", 0) == 0);
  size_t a = r.err.find("line 5, in <module>");
  size_t b = r.err.find("line 2, in f");
  size_t c = r.err.find("line 4, in g");
  CHECK(a != std::string::npos);
  CHECK(b != std::string::npos);
  CHECK(c != std::string::npos);
  CHECK((a < b && b < c));
  const std::string last = "\nKeyError: 'k'\n";
  REQUIRE(r.err.size() >= last.size());
  CHECK(r.err.substr(r.err.size() - last.size()) == last);
}

TEST_CASE("the configured filename appears in the traceback", "[interpreter]") {
  il::RunConfig cfg = config();
  cfg.filename = "prog.py";
  Result r = run("1/0\n", cfg);
  CHECK(r.code == 1);
  CHECK(r.err.find("  File \"prog.py\", line 1, in <module>\n") != std::string::npos);
  CHECK(r.err.find("ZeroDivisionError: division by zero\n") != std::string::npos);
}

TEST_CASE("a SyntaxError is printed without a traceback and exits with 1", "[interpreter]") {
  Result r = run("print('never')\nx = = 1\n");
  CHECK(r.code == 1);
  CHECK(r.out.empty());
  CHECK(r.err == "  File \"main.py\", line 2\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n");
}

TEST_CASE("sys.exit sets the exit code", "[interpreter]") {
  CHECK(run("import sys\nsys.exit(3)\n").code == 3);
  CHECK(run("import sys\nsys.exit()\n").code == 0);
  CHECK(run("import sys\nsys.exit(0)\n").code == 0);
  CHECK(run("raise SystemExit(5)\n").code == 5);
}

TEST_CASE("sys.exit with a message prints it to stderr and exits with 1", "[interpreter]") {
  Result r = run("import sys\nprint('out')\nsys.exit('fatal: no input')\n");
  CHECK(r.code == 1);
  CHECK(r.out == "out\n");
  CHECK(r.err == "fatal: no input\n");
}

TEST_CASE("a caught exception does not change the exit code", "[interpreter]") {
  Result r = run("try:\n    1/0\nexcept ZeroDivisionError as e:\n    print('caught', e)\n");
  CHECK(r.code == 0);
  CHECK(r.out == "caught division by zero\n");
  CHECK(r.err.empty());
}

TEST_CASE("sys.argv defaults to the filename", "[interpreter]") {
  il::RunConfig cfg = config();
  cfg.filename = "prog.py";
  CHECK(run("import sys\nprint(sys.argv)\n", cfg).out == "['prog.py']\n");
  cfg.argv = {"prog.py", "a", "b"};
  CHECK(run("import sys\nprint(sys.argv[1:])\n", cfg).out == "['a', 'b']\n");
}

TEST_CASE("input() reads lines from the sink", "[interpreter]") {
  CaptureSink sink;
  sink.add_input("bob");
  il::Interpreter interp(sink, config());
  int code = interp.run("name = input('name? ')\nprint(name.upper())\n");
  CHECK(code == 0);
  CHECK(sink.out() == "name? BOB\n");
}

TEST_CASE("two interpreters run side by side without sharing state", "[interpreter]") {
  Result a, b;
  std::thread ta([&] { a = run("x = 0\nfor i in range(20000):\n    x += 1\nprint('a', x)\n"); });
  std::thread tb([&] { b = run("x = 0\nfor i in range(30000):\n    x += 2\nprint('b', x)\n"); });
  ta.join();
  tb.join();
  CHECK(a.code == 0);
  CHECK(a.out == "a 20000\n");
  CHECK(b.code == 0);
  CHECK(b.out == "b 60000\n");
}

// ---------------------------------------------------------------- stopping

TEST_CASE("request_stop from another thread ends an endless loop with exit code 130", "[interpreter][stop]") {
  StopResult r = run_and_stop("while True:\n    pass\n", std::chrono::milliseconds(100));
  CHECK(r.code == 130);
  CHECK(r.after_stop < 1.0);
}

TEST_CASE("request_stop ends a program sleeping in time.sleep", "[interpreter][stop]") {
  StopResult r = run_and_stop("import time\ntime.sleep(30)\nprint('woke')\n", std::chrono::milliseconds(100));
  CHECK(r.code == 130);
  CHECK(r.after_stop < 1.0);
  CHECK(r.out.empty());
}

TEST_CASE("request_stop ends a program whose threads all spin", "[interpreter][stop]") {
  StopResult r = run_and_stop(
      "import threading\n"
      "def spin():\n    while True:\n        pass\n"
      "ts = [threading.Thread(target=spin) for _ in range(3)]\n"
      "for t in ts:\n    t.start()\n"
      "for t in ts:\n    t.join()\n",
      std::chrono::milliseconds(150));
  CHECK(r.code == 130);
  CHECK(r.after_stop < 1.0);
}

TEST_CASE("request_stop drops what stdout still buffers", "[interpreter][stop]") {
  StopResult r = run_and_stop("print('pending')\nwhile True:\n    pass\n", std::chrono::milliseconds(100),
                              config(StdoutMode::Pipe));
  CHECK(r.code == 130);
  CHECK(r.out.empty());
}

TEST_CASE("request_stop before run makes the run end at once with 130", "[interpreter][stop]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config());
  interp.request_stop();
  Clock::time_point t0 = Clock::now();
  int code = interp.run("while True:\n    pass\n");
  CHECK(code == 130);
  CHECK(seconds_since(t0) < 1.0);
}

// ---------------------------------------------------------------- threads

TEST_CASE("four threads incrementing under a lock count to 4000", "[interpreter][threads]") {
  Result r = run(
      "import threading\n"
      "total = 0\n"
      "lock = threading.Lock()\n"
      "def work():\n"
      "    global total\n"
      "    for _ in range(1000):\n"
      "        with lock:\n"
      "            total += 1\n"
      "ts = [threading.Thread(target=work) for _ in range(4)]\n"
      "for t in ts:\n    t.start()\n"
      "for t in ts:\n    t.join()\n"
      "print('total', total)\n");
  CHECK(r.code == 0);
  CHECK(r.out == "total 4000\n");
  CHECK(r.err.empty());
}

TEST_CASE("the run waits for non-daemon threads before it returns", "[interpreter][threads]") {
  Result r = run(
      "import threading, time\n"
      "def late():\n    time.sleep(0.05)\n    print('late thread done')\n"
      "threading.Thread(target=late).start()\n"
      "print('main done')\n");
  CHECK(r.code == 0);
  CHECK(r.out == "main done\nlate thread done\n");
}

TEST_CASE("an exception in a thread is reported and the program goes on", "[interpreter][threads]") {
  Result r = run(
      "import threading\n"
      "def bad():\n    raise RuntimeError('in thread')\n"
      "t = threading.Thread(target=bad)\nt.start()\nt.join()\nprint('main goes on')\n");
  CHECK(r.code == 0);
  CHECK(r.out == "main goes on\n");
  CHECK(r.err.find("RuntimeError: in thread") != std::string::npos);
}

TEST_CASE("a delivery names the Python thread that caused it", "[interpreter][threads]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config(StdoutMode::Tty));
  int code = interp.run(
      "import threading\n"
      "print('main')\n"
      "t = threading.Thread(target=print, args=('child',))\nt.start()\nt.join()\n");
  CHECK(code == 0);
  auto ds = sink.deliveries(Stream::Stdout);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0].bytes == "main\n");
  CHECK(ds[0].thread_id == 0);
  CHECK(ds[1].bytes == "child\n");
  CHECK(ds[1].thread_id == 1);
}

// ---------------------------------------------------------------- stdout modes

TEST_CASE("tty stdout delivers at each newline", "[interpreter][stdout]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config(StdoutMode::Tty));
  CHECK(interp.run("print('a')\nprint('b')\nprint('c')\n") == 0);
  auto ds = sink.deliveries(Stream::Stdout);
  REQUIRE(ds.size() == 3);
  CHECK(ds[0].bytes == "a\n");
  CHECK(ds[1].bytes == "b\n");
  CHECK(ds[2].bytes == "c\n");
}

TEST_CASE("tty stdout holds a partial line until the newline", "[interpreter][stdout]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config(StdoutMode::Tty));
  CHECK(interp.run("import sys\nsys.stdout.write('a')\nsys.stdout.write('b')\nsys.stdout.write('c\\n')\n") == 0);
  auto ds = sink.deliveries(Stream::Stdout);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].bytes == "abc\n");
}

TEST_CASE("pipe stdout delivers once at exit when the output fits the buffer", "[interpreter][stdout]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config(StdoutMode::Pipe));
  CHECK(interp.run("print('a')\nprint('b')\nprint('c')\n") == 0);
  auto ds = sink.deliveries(Stream::Stdout);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].bytes == "a\nb\nc\n");
}

TEST_CASE("pipe stdout delivers when its buffer fills", "[interpreter][stdout]") {
  CaptureSink sink;
  il::RunConfig cfg = config(StdoutMode::Pipe);
  cfg.buffer_size = 16;
  il::Interpreter interp(sink, cfg);
  CHECK(interp.run("for i in range(10):\n    print('0123456789')\n") == 0);
  CHECK(sink.count(Stream::Stdout) > 1);
  std::string all;
  for (int i = 0; i < 10; i++) all += "0123456789\n";
  CHECK(sink.out() == all);
}

// The pipe model is CPython's two layers: whole writes gather in a text chunk of N bytes
// (TextIOWrapper), which goes down to a byte buffer of N/2 (BufferedWriter) when the next
// write would overflow it; the byte buffer delivers itself, then anything bigger than it.
static std::vector<std::string> pipe_deliveries(const std::string& code, int n) {
  CaptureSink sink;
  il::RunConfig cfg = config(StdoutMode::Pipe);
  cfg.buffer_size = n;
  il::Interpreter interp(sink, cfg);
  CHECK(interp.run(code) == 0);
  std::vector<std::string> out;
  for (const auto& d : sink.deliveries(Stream::Stdout)) out.push_back(d.bytes);
  return out;
}

TEST_CASE("pipe stdout: a chunk that fits the byte buffer waits there", "[interpreter][stdout]") {
  // N = 16: chunk 16, buffer 8. 'aaaaa'+'bbbbb' (10) stay in the chunk; 'ccccccccc' would make
  // 19 > 16, so the 10 bytes go down: more than the buffer's 8, so they are delivered.
  auto ds = pipe_deliveries("import sys\nfor t in ('aaaaa', 'bbbbb', 'ccccccccc'):\n    sys.stdout.write(t)\n", 16);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0] == "aaaaabbbbb");
  CHECK(ds[1] == "ccccccccc");  // at exit
}

TEST_CASE("pipe stdout: deliveries happen at write boundaries, never inside a write", "[interpreter][stdout]") {
  // N = 16: 'abc' (3) then 'defg' (4): the chunk holds 7; 'hijklmnopq' (10) would make 17, so
  // the 7 bytes go down and fit the empty 8-byte buffer (no delivery); the 10 stay in the chunk;
  // the flush at exit delivers the buffer, then the chunk (one delivery of both).
  auto ds = pipe_deliveries("import sys\nfor t in ('abc', 'defg', 'hijklmnopq', 'rs'):\n    sys.stdout.write(t)\n", 16);
  REQUIRE(ds.size() == 2);
  CHECK(ds[0] == "abcdefg");          // the buffer, delivered when the 10-byte chunk came down
  CHECK(ds[1] == "hijklmnopqrs");
}

TEST_CASE("pipe stdout: a write as big as the chunk goes straight out", "[interpreter][stdout]") {
  // 'x' goes down to the byte buffer when the 40-byte write comes; that write fills a chunk by
  // itself and, bigger than the buffer, is delivered after the buffer's 'x'. (CPython, with
  // TextIOWrapper._CHUNK_SIZE = 16 over BufferedWriter(raw, 8), writes 1, 40, then 2 bytes.)
  auto ds = pipe_deliveries("import sys\nsys.stdout.write('x')\nsys.stdout.write('y' * 40)\nprint('z')\n", 16);
  REQUIRE(ds.size() == 3);
  CHECK(ds[0] == "x");
  CHECK(ds[1] == std::string(40, 'y'));
  CHECK(ds[2] == "z\n");
}

TEST_CASE("one delivery of several threads' writes reaches the sink as one piece per writer", "[interpreter][stdout]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config(StdoutMode::Pipe));
  CHECK(interp.run("import threading, sys\nsys.stdout.write('main ')\n"
                   "t = threading.Thread(target=sys.stdout.write, args=('child ',))\nt.start()\nt.join()\n"
                   "sys.stdout.write('main again')\n") == 0);
  auto ds = sink.deliveries(Stream::Stdout);
  REQUIRE(ds.size() == 3);   // one delivery at exit, three writers' pieces
  CHECK(ds[0].bytes == "main ");
  CHECK(ds[0].thread_id == 0);
  CHECK(ds[1].bytes == "child ");
  CHECK(ds[1].thread_id == 1);
  CHECK(ds[2].bytes == "main again");
  CHECK(ds[2].thread_id == 0);
}

TEST_CASE("stderr is line-buffered; with -u both streams are unbuffered", "[interpreter][stdout]") {
  const char* code = "import sys\nsys.stderr.write('a')\nsys.stderr.write('b\\n')\nprint(sys.stderr.line_buffering)\n";
  CaptureSink piped;
  il::Interpreter a(piped, config(StdoutMode::Pipe));
  CHECK(a.run(code) == 0);
  REQUIRE(piped.deliveries(Stream::Stderr).size() == 1);
  CHECK(piped.out() == "True\n");
  CaptureSink raw;
  il::Interpreter b(raw, config(StdoutMode::Unbuffered));
  CHECK(b.run(code) == 0);
  CHECK(raw.deliveries(Stream::Stderr).size() == 2);
  CHECK(raw.out() == "False\n");
}

TEST_CASE("after the main module stderr, then stdout, are flushed before the traceback", "[interpreter][stdout]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config(StdoutMode::Pipe));
  CHECK(interp.run("import sys\nprint('out')\nsys.stderr.write('err ')\n1/0\n") == 1);
  auto ds = sink.deliveries(Stream::Stdout);
  REQUIRE(ds.size() == 1);
  CHECK(ds[0].bytes == "out\n");
  auto es = sink.deliveries(Stream::Stderr);
  REQUIRE(es.size() >= 2);
  CHECK(es[0].bytes == "err ");
  CHECK(es[1].bytes.rfind("Traceback", 0) == 0);
}

TEST_CASE("pipe stdout delivers on an explicit flush", "[interpreter][stdout]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config(StdoutMode::Pipe));
  CHECK(interp.run("print('a', flush=True)\nprint('b')\nimport sys\nsys.stdout.flush()\nprint('c')\n") == 0);
  auto ds = sink.deliveries(Stream::Stdout);
  REQUIRE(ds.size() == 3);
  CHECK(ds[0].bytes == "a\n");
  CHECK(ds[1].bytes == "b\n");
  CHECK(ds[2].bytes == "c\n");
}

TEST_CASE("unbuffered stdout delivers every write", "[interpreter][stdout]") {
  CaptureSink sink;
  il::Interpreter interp(sink, config(StdoutMode::Unbuffered));
  CHECK(interp.run("import sys\nsys.stdout.write('a')\nsys.stdout.write('b')\nsys.stdout.write('c')\n") == 0);
  auto ds = sink.deliveries(Stream::Stdout);
  REQUIRE(ds.size() == 3);
  CHECK(ds[0].bytes == "a");
  CHECK(ds[1].bytes == "b");
  CHECK(ds[2].bytes == "c");
}

TEST_CASE("stdout reports whether it is a tty by its mode", "[interpreter][stdout]") {
  CHECK(run("import sys\nprint(sys.stdout.isatty())\n", config(StdoutMode::Tty)).out == "True\n");
  CHECK(run("import sys\nprint(sys.stdout.isatty())\n", config(StdoutMode::Pipe)).out == "False\n");
}
