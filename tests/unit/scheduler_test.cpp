// scheduler_test.cpp: seeded mode (src/runtime/scheduler.*) through the public engine object:
// the same seed gives the same run, seeds differ, the virtual clock jumps over sleeps, a
// deadlock ends the run with its report and exit code 3, Stop still works, and the event
// stream exports GIL slices.
#include <catch2/catch.hpp>

#include <chrono>
#include <mutex>
#include <set>
#include <string>
#include <thread>

#include "vm/interpreter.h"

namespace {

class Sink : public il::HostSink {
 public:
  void deliver(il::Stream stream, int, std::string_view bytes) override {
    std::lock_guard<std::mutex> g(mu_);
    (stream == il::Stream::Stdout ? out_ : err_).append(bytes);
  }
  std::string out() const { std::lock_guard<std::mutex> g(mu_); return out_; }
  std::string err() const { std::lock_guard<std::mutex> g(mu_); return err_; }

 private:
  mutable std::mutex mu_;
  std::string out_, err_;
};

struct Result {
  int code;
  std::string out, err, trace;
};

Result run_seeded(const std::string& src, uint64_t seed, il::StdoutMode mode = il::StdoutMode::Unbuffered) {
  Sink sink;
  il::RunConfig cfg;
  cfg.mode = il::ExecMode::Seeded;
  cfg.seed = seed;
  cfg.stdout_mode = mode;
  cfg.trace_capacity = 1 << 16;
  il::Interpreter interp(sink, cfg);
  Result r;
  r.code = interp.run(src);
  interp.take_trace(&r.trace, nullptr);
  r.out = sink.out();
  r.err = sink.err();
  return r;
}

const char* kRace = R"(import threading
def w(i):
    for _ in range(3):
        print("Hello from", i)
ts = [threading.Thread(target=w, args=(i,)) for i in range(4)]
for t in ts: t.start()
for t in ts: t.join()
)";

}  // namespace

TEST_CASE("the same seed gives the same output and trace; other seeds explore", "[scheduler]") {
  Result a = run_seeded(kRace, 42), b = run_seeded(kRace, 42);
  CHECK(a.code == 0);
  CHECK(a.out == b.out);
  CHECK(a.trace == b.trace);
  std::set<std::string> outs;
  for (uint64_t s = 0; s < 12; s++) outs.insert(run_seeded(kRace, s).out);
  CHECK(outs.size() >= 4);
}

TEST_CASE("the virtual clock jumps over sleeps and timeouts", "[scheduler]") {
  auto t0 = std::chrono::steady_clock::now();
  Result r = run_seeded(R"(import time, threading
m = time.monotonic()
time.sleep(10)
ev = threading.Event()
print(round(time.monotonic() - m, 3), ev.wait(2.5), round(time.monotonic() - m, 3))
)", 1);
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(r.out == "10.0 False 12.5\n");
  CHECK(wall < 2.0);
}

TEST_CASE("a deadlock ends the run with the wait-for report and exit code 3", "[scheduler]") {
  Result r = run_seeded("import threading\nl = threading.Lock()\nl.acquire()\nl.acquire()\n", 1);
  CHECK(r.code == il::kDeadlockExit);
  CHECK(r.err == "Deadlock: MainThread holds Lock 'l' (line 3) and waits for Lock 'l' (line 4)\n");
}

TEST_CASE("a run that waits on a sleeping thread is not a deadlock", "[scheduler]") {
  Result r = run_seeded(R"(import threading, time
l = threading.Lock()
def w():
    with l:
        time.sleep(1)
t = threading.Thread(target=w); t.start()
time.sleep(0.5)
with l:
    print("got it")
t.join()
)", 3);
  CHECK(r.code == 0);
  CHECK(r.out == "got it\n");
}

TEST_CASE("Stop ends a seeded run that spins forever", "[scheduler]") {
  Sink sink;
  il::RunConfig cfg;
  cfg.mode = il::ExecMode::Seeded;
  il::Interpreter interp(sink, cfg);
  std::thread stopper([&] {
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
    interp.request_stop();
  });
  int code = interp.run(R"(import threading
def spin():
    while True:
        pass
for _ in range(3):
    threading.Thread(target=spin, daemon=True).start()
while True:
    pass
)");
  stopper.join();
  CHECK(code == 130);
}

TEST_CASE("the trace has one GIL slice at a time and the threads' names", "[scheduler]") {
  Result r = run_seeded(kRace, 7);
  CHECK(r.trace.find("\"clock\":\"virtual\"") != std::string::npos);
  CHECK(r.trace.find("\"name\":\"GIL\"") != std::string::npos);
  CHECK(r.trace.find("Thread-1 (w)") != std::string::npos);
}

TEST_CASE("real mode: the watchdog reports a deadlock after a second of everyone waiting", "[deadlock]") {
  Sink sink;
  il::RunConfig cfg;   // real mode
  il::Interpreter interp(sink, cfg);
  auto t0 = std::chrono::steady_clock::now();
  int code = interp.run(R"(import threading
a = threading.Lock()
b = threading.Lock()
def w():
    with b:
        a.acquire()
a.acquire()
t = threading.Thread(target=w)
t.start()
while not b.locked():
    pass
b.acquire()
)");
  double wall = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  CHECK(code == il::kDeadlockExit);
  CHECK(sink.err() == "Deadlock: MainThread holds Lock 'a' (line 7) and waits for Lock 'b' (line 12); "
                      "Thread-1 (w) holds Lock 'b' (line 5) and waits for Lock 'a' (line 6)\n");
  CHECK(wall >= 0.9);
  CHECK(wall < 10);
}
