// gil.h: the global interpreter lock, modelled on CPython's Python/ceval_gil.c.
//
// Design notes (keep them true):
// - `locked` is guarded by `mutex`; waiters sleep on `cond` with a timed wait of one switch
//   interval. A waiter whose wait timed out while `switch_number` did not move sets
//   kDropRequest in the eval breaker: the holder drops the GIL at its next check point.
// - A forced drop (answering a drop request) waits on `switch_cond` until another thread has
//   really taken the GIL (FORCE_SWITCHING), so the dropper cannot retake it at once.
//   A voluntary release (sleep, blocking acquire, join, I/O) does not wait: the convoy effect.
// - Who gets the GIL next is whoever the OS wakes: no FIFO, no priority.
// - Stop and interpreter teardown wake every waiter.
#pragma once
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <mutex>

#include "runtime/eval_breaker.h"
#include "runtime/scheduler.h"

namespace il {

class ThreadState;

class Gil {
 public:
  explicit Gil(EvalBreaker& breaker) : breaker_(breaker) {}

  // Blocks until [ts] holds the GIL. Counts wait time and acquisitions on [ts].
  void take(ThreadState& ts);
  // Releases the GIL held by [ts]. [forced]: answering a drop request (FORCE_SWITCHING).
  // [why]: for the trace.
  void drop(ThreadState& ts, bool forced, SwitchReason why = SwitchReason::Blocking);
  bool held_by(const ThreadState& ts) const { return holder_.load(std::memory_order_relaxed) == &ts; }
  void set_interval(double seconds);
  double interval() const { return interval_us_.load() / 1e6; }
  // Wakes every waiter (used by stop and teardown).
  void wake_all();
  uint64_t switch_number() const { return switch_number_.load(std::memory_order_relaxed); }

 private:
  EvalBreaker& breaker_;
  std::mutex mutex_;
  std::condition_variable cond_;
  std::condition_variable switch_cond_;
  bool locked_ = false;
  std::atomic<ThreadState*> holder_{nullptr};
  std::atomic<ThreadState*> last_holder_{nullptr};
  std::atomic<uint64_t> switch_number_{0};
  std::atomic<int64_t> interval_us_{5000};
  std::atomic<uint8_t> last_reason_{0};   // why the GIL was last dropped (the next take's reason)
};

}  // namespace il
