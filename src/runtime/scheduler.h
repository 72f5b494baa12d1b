// scheduler.h: seeded mode, the GIL as a deterministic scheduler. Python threads stay pthreads,
// but exactly one holds the baton, and at each scheduling point the next holder is drawn from a
// seeded generator among the runnable threads. Time is virtual. Never runs Python code, never
// allocates objects; all its state is guarded by Engine::sync_mu (blocking predicates run there).
//
// Design notes (keep them true):
// - Scheduling points: a tick budget running out at a check point (the budget is drawn from the
//   seed, about one switch interval of virtual time at kTickNs per check point), a blocking call
//   (sleep, acquire, join, the waits built on them), a delivery of output bytes, a thread's end.
// - A blocked thread is eligible when its predicate (tried only when it is drawn, so a lock is
//   taken by the thread that is chosen) holds or its virtual deadline has passed. When nothing
//   is eligible the clock jumps to the earliest deadline; with no deadline it is a deadlock.
// - Everything a draw depends on is program state, so (code, seed, settings) fixes the run.
// - After Stop or at teardown the baton becomes a plain lock so that threads can unwind.
#pragma once
#include <atomic>
#include <cstdint>
#include <functional>
#include <mutex>
#include <string>
#include <vector>

namespace il {

class Engine;
class ThreadState;
struct Object;
enum class WaitResult;

// Why the holder let go: the trace and the thread panels show it.
enum class SwitchReason : uint8_t {
#define REASON(id, text) id,
#include "runtime/switch_reasons.def"
#undef REASON
};
const char* switch_reason_name(SwitchReason r);

// What a blocked thread waits for, for the deadlock report and the trace.
struct WaitOn {
  enum Kind : uint8_t { Sleep, Lock, RLock, Join, Start, Other } kind = Other;
  Object* obj = nullptr;   // the lock, or the thread handle joined
};

// A thread's place in the scheduler (a member of ThreadState; guarded by Engine::sync_mu).
struct SchedSlot {
  enum State : uint8_t { Runnable, Blocked, Done } state = Runnable;
  const std::function<bool()>* ready = nullptr;  // while Blocked: tried under sync_mu
  int64_t deadline_ns = -1;                       // virtual; -1 = no timeout
  int result = 0;                                 // WaitResult when woken
  WaitOn on;
  int line = 0;                                   // the user's line that blocked
};

class Scheduler {
 public:
  static constexpr int64_t kTickNs = 100;   // virtual time of one check point

  Scheduler(Engine& e, uint64_t seed);

  // [ts] is a new thread: runnable from now on, not running. Called by its creator (baton held).
  void add(ThreadState& ts);
  // Undoes add() when the OS thread could not be created.
  void remove(ThreadState& ts);
  // Waits until [ts] is handed the baton (a thread's first take; run()'s start).
  void take(ThreadState& ts);
  // A scheduling point for the holder [ts], which stays runnable: draws the next holder (maybe
  // [ts] again) and returns once [ts] holds the baton again.
  void yield(ThreadState& ts, SwitchReason why);
  // Blocks [ts] until [ready] (tried under sync_mu) holds, [timeout] virtual seconds pass
  // (negative: no timeout), or stop. Returns holding the baton. Reports a deadlock itself.
  WaitResult block(ThreadState& ts, const std::function<bool()>& ready, double timeout, WaitOn on);
  // [ts] ends: hands the baton on and forgets [ts].
  void finish(ThreadState& ts);
  // The check point found [ts]'s tick budget spent.
  void budget_spent(ThreadState& ts) { yield(ts, SwitchReason::Interval); }

  // Virtual nanoseconds since the start, as the holder [ts] sees them.
  int64_t now_ns(const ThreadState& ts) const;
  // Virtual nanoseconds at the start of the current slice (any thread may read it for tracing).
  int64_t slice_start_ns() const { return vnow_ns_; }
  uint64_t switches() const { return switches_; }
  bool deadlocked() const { return deadlocked_; }

 private:
  uint64_t next_random();
  void forget_locked(ThreadState& ts);
  ThreadState* draw_locked(std::unique_lock<std::mutex>& lk, ThreadState* chooser, bool* deadlock);
  ThreadState* random_pick_locked(std::vector<ThreadState*>& cand);
  ThreadState* step_pick_locked(std::unique_lock<std::mutex>& lk, ThreadState* chooser,
                                std::vector<ThreadState*>& cand);
  void hand_over_locked(ThreadState* from, ThreadState* to, SwitchReason why);
  void wait_for_baton(ThreadState& ts, std::unique_lock<std::mutex>& lk);
  bool stopping() const;


  Engine& e_;
  uint64_t rng_;
  std::vector<ThreadState*> threads_;   // in creation order (deterministic)
  // Written under sync_mu; atomic because the holder reads the clock without it.
  std::atomic<ThreadState*> holder_{nullptr};
  std::atomic<int64_t> vnow_ns_{0};     // virtual time at the start of the current slice
  std::atomic<int64_t> slice_budget_{0};  // ticks the current holder was given
  uint64_t switches_ = 0;
  bool deadlocked_ = false;
};

}  // namespace il
