// gil.cpp: take and drop, as in CPython's take_gil()/drop_gil() with FORCE_SWITCHING.
// Must never run Python code or allocate objects: it is below the object layer.
#include "runtime/gil.h"

#include "runtime/thread_state.h"
#include "vm/engine.h"

namespace il {

void Gil::set_interval(double seconds) {
  int64_t us = static_cast<int64_t>(seconds * 1e6);
  if (us < 1) us = 1;
  interval_us_.store(us);
}

void Gil::take(ThreadState& ts) {
  double t0 = monotonic_seconds();
  Engine& e = ts.eng;
  std::unique_lock<std::mutex> lk(mutex_);
  if (locked_ && e.tracing()) e.trace(ts, Ev::GilRequest);
  for (;;) {
    // Interpreter shutdown freezes every thread but the main one until teardown.
    while (e.finalizing.load() && !e.dying.load() && &ts != e.main_ts) cond_.wait(lk);
    if (!locked_) break;
    uint64_t saved = switch_number_.load(std::memory_order_relaxed);
    auto status = cond_.wait_for(lk, std::chrono::microseconds(interval_us_.load()));
    if (status == std::cv_status::timeout && locked_ && switch_number_.load(std::memory_order_relaxed) == saved) {
      // The holder had a whole interval: ask it to drop the GIL at its next check point.
      breaker_.fetch_or(kDropRequest, std::memory_order_relaxed);
      ts.stats.drop_requests++;
      e.trace(ts, Ev::DropRequest);
    }
  }
  locked_ = true;
  holder_.store(&ts, std::memory_order_relaxed);
  last_holder_.store(&ts, std::memory_order_relaxed);
  switch_number_.fetch_add(1, std::memory_order_relaxed);
  // FORCE_SWITCHING: the thread that dropped on request may go on now.
  switch_cond_.notify_all();
  breaker_.fetch_and(~kDropRequest, std::memory_order_relaxed);
  lk.unlock();
  double t1 = monotonic_seconds();
  ts.stats.acquisitions++;
  ts.stats.wait_seconds += t1 - t0;
  ts.stats.taken_at = t1;
  if (e.tracing()) e.trace_gil(ts, true, static_cast<SwitchReason>(last_reason_.load()), e.trace_now(ts));
}

void Gil::drop(ThreadState& ts, bool forced, SwitchReason why) {
  double now = monotonic_seconds();
  ts.stats.hold_seconds += now - ts.stats.taken_at;
  Engine& e = ts.eng;
  if (forced) why = SwitchReason::Interval;
  if (e.tracing()) e.trace_gil(ts, false, why, e.trace_now(ts));
  std::unique_lock<std::mutex> lk(mutex_);
  last_reason_.store(static_cast<uint8_t>(why));
  locked_ = false;
  holder_.store(nullptr, std::memory_order_relaxed);
  if (e.finalizing.load()) cond_.notify_all();
  else cond_.notify_one();
  if (forced) {
    ts.stats.forced_drops++;
    // Wait until another thread has really taken the GIL, so we cannot grab it straight back.
    uint64_t sn = switch_number_.load(std::memory_order_relaxed);
    while (switch_number_.load(std::memory_order_relaxed) == sn && !e.stop_requested.load() && !e.finalizing.load()) {
      if (switch_cond_.wait_for(lk, std::chrono::milliseconds(50)) == std::cv_status::timeout) break;
    }
  }
}

void Gil::wake_all() {
  std::lock_guard<std::mutex> g(mutex_);
  cond_.notify_all();
  switch_cond_.notify_all();
}

}  // namespace il
