// scheduler.cpp: the seeded scheduler's draws, hand-overs, virtual clock and blocking. Runs no
// Python code except through Engine::report_deadlock, called by the thread that found it.
#include "runtime/scheduler.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "runtime/thread_objects.h"
#include "runtime/thread_state.h"
#include "vm/engine.h"

namespace il {

const char* switch_reason_name(SwitchReason r) {
  switch (r) {
#define REASON(id, text) case SwitchReason::id: return text;
#include "runtime/switch_reasons.def"
#undef REASON
  }
  return "?";
}

// Marks a thread woken to report a deadlock found by another (a thread that ended).
constexpr int kDeadlockResult = -1;

static uint64_t mix64(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
  z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
  return z ^ (z >> 31);
}

// The seed is mixed first: neighbouring seeds must not give shifted copies of one sequence.
Scheduler::Scheduler(Engine& e, uint64_t seed) : e_(e), rng_(mix64(seed ^ 0x632BE59BD9B4E019ull)) {}

// splitmix64: small, fast, and the same on every platform.
uint64_t Scheduler::next_random() { return mix64(rng_ += 0x9E3779B97F4A7C15ull); }

bool Scheduler::stopping() const { return e_.stop_requested.load() || e_.dying.load(); }

void Scheduler::add(ThreadState& ts) {
  std::lock_guard<std::mutex> g(e_.sync_mu);
  ts.sched = SchedSlot{};
  threads_.push_back(&ts);
  if (!holder_) hand_over_locked(nullptr, &ts, SwitchReason::Start);   // the first thread (main)
}

void Scheduler::forget_locked(ThreadState& ts) {
  auto it = std::find(threads_.begin(), threads_.end(), &ts);
  if (it != threads_.end()) threads_.erase(it);
}

void Scheduler::remove(ThreadState& ts) {
  std::lock_guard<std::mutex> g(e_.sync_mu);
  forget_locked(ts);
}

int64_t Scheduler::now_ns(const ThreadState& ts) const {
  if (holder_ != &ts) return vnow_ns_;
  int64_t left = ts.ticks > 0 ? ts.ticks : 0;
  return vnow_ns_ + (slice_budget_ - left) * kTickNs;
}

// The holder [from] stops: its slice's ticks become virtual time.
void Scheduler::hand_over_locked(ThreadState* from, ThreadState* to, SwitchReason why) {
  if (from && holder_ == from) {
    if (from->step_line) {   // a one-line step ends at any switch
      from->step_line = 0;
      e_.breaker.fetch_and(~kTraceRequest);
    }
    int64_t left = from->ticks > 0 ? from->ticks : 0;
    vnow_ns_ += (slice_budget_ - left) * kTickNs;
    from->ticks = 0;
    slice_budget_ = 0;
    e_.trace_gil(*from, false, why, vnow_ns_);
  }
  holder_ = to;
  if (to) {
    int64_t iv = std::max<int64_t>(1, static_cast<int64_t>(e_.gil.interval() * 1e9) / kTickNs);
    to->ticks = iv / 2 + static_cast<int64_t>(next_random() % static_cast<uint64_t>(iv + 1));
    slice_budget_ = to->ticks;
    if (to != from) switches_++;
    e_.trace_gil(*to, true, why, vnow_ns_);
  }
  e_.sync_cv.notify_all();
}

// Tries [t] (under sync_mu): runnable, or blocked with its predicate true (which commits its
// wait: takes the lock) or its deadline passed. Sets its result when it wakes.
static bool try_wake(ThreadState* t, int64_t vnow) {
  SchedSlot& s = t->sched;
  if (s.state == SchedSlot::Runnable) return true;
  if ((*s.ready)()) {
    s.result = static_cast<int>(WaitResult::Ready);
  } else if (s.deadline_ns >= 0 && s.deadline_ns <= vnow) {
    s.result = static_cast<int>(WaitResult::TimedOut);
  } else {
    return false;
  }
  s.state = SchedSlot::Runnable;
  return true;
}

// Whether [t] could run now, without committing anything (step mode lists the choices).
static bool could_wake(const ThreadState* t, int64_t vnow) {
  const SchedSlot& s = t->sched;
  if (s.state == SchedSlot::Runnable) return true;
  if (s.deadline_ns >= 0 && s.deadline_ns <= vnow) return true;
  Object* o = s.on.obj;
  switch (s.on.kind) {
    case WaitOn::Lock: return !static_cast<LockObj*>(o)->locked;
    case WaitOn::RLock: return static_cast<RLockObj*>(o)->owner == nullptr;
    case WaitOn::Join: return static_cast<ThreadHandle*>(o)->done;
    case WaitOn::Start: return static_cast<ThreadHandle*>(o)->ident != 0 || static_cast<ThreadHandle*>(o)->done;
    default: return false;
  }
}

ThreadState* Scheduler::random_pick_locked(std::vector<ThreadState*>& cand) {
  // A Fisher-Yates shuffle, drawn lazily: the first eligible thread drawn wins. A blocked
  // thread's predicate is tried only when it is drawn, so it commits (takes the lock) only then.
  for (size_t n = cand.size(); n > 0; n--) {
    size_t k = static_cast<size_t>(next_random() % n);
    std::swap(cand[k], cand[n - 1]);
    if (try_wake(cand[n - 1], vnow_ns_)) return cand[n - 1];
  }
  return nullptr;
}

// Step mode: lists the threads, asks the Stepper (sync_mu released, the baton kept by
// [chooser] so that nobody runs meanwhile), and commits its choice. Null: nobody can run now.
ThreadState* Scheduler::step_pick_locked(std::unique_lock<std::mutex>& lk, ThreadState* chooser,
                                         std::vector<ThreadState*>& cand) {
  std::vector<StepOption> options;
  bool any = false;
  std::vector<ThreadState*> by_id = cand;
  std::sort(by_id.begin(), by_id.end(), [](ThreadState* a, ThreadState* b) { return a->id < b->id; });
  for (ThreadState* t : by_id) {
    StepOption o;
    o.thread_id = t->id;
    o.can_run = could_wake(t, vnow_ns_);
    any |= o.can_run;
    options.push_back(o);
  }
  if (!any) return nullptr;
  holder_ = chooser;
  lk.unlock();
  // Names, lines and waits read frames and dicts of parked threads: no Python code runs.
  for (size_t i = 0; i < options.size(); i++) {
    ThreadState* t = by_id[i];
    StepOption& o = options[i];
    o.name = e_.thread_name(*t);
    o.line = t->frame ? e_.user_line(*t) : 0;
    o.code = o.line ? e_.source_line(o.line) : std::string();
    if (!t->frame && t->sched.state == SchedSlot::Runnable) o.doing = t == e_.main_ts ? "shuts down" : "starts";
    else if (t->sched.state == SchedSlot::Runnable) o.doing = "runs";
    else if (o.can_run) o.doing = "wakes up from waiting for " + e_.describe_wait(*t, t->sched.on);
    else o.doing = "waits for " + e_.describe_wait(*t, t->sched.on);
  }
  StepChoice c = e_.cfg.stepper->choose(static_cast<double>(vnow_ns_) / 1e9, options);
  lk.lock();
  holder_ = nullptr;
  if (stopping()) return chooser;
  ThreadState* t = nullptr;
  for (ThreadState* x : cand)
    if (x->id == c.thread_id && could_wake(x, vnow_ns_) && try_wake(x, vnow_ns_)) t = x;
  if (!t) t = random_pick_locked(cand);   // no choice (the log ended) or not a runnable thread
  if (t && c.one_line && t->id == c.thread_id) {
    t->step_frame = nullptr;
    t->step_line = -1;   // set to the line it starts from when it next runs (check point)
    e_.breaker.fetch_or(kTraceRequest);
  }
  return t;
}

// Draws the next holder among the eligible threads; jumps the clock when none is. Null with
// *deadlock set: nobody can ever run again; null without: nobody is left to run.
ThreadState* Scheduler::draw_locked(std::unique_lock<std::mutex>& lk, ThreadState* chooser, bool* deadlock) {
  *deadlock = false;
  std::vector<ThreadState*> cand;
  for (;;) {
    cand.clear();
    bool frozen = e_.finalizing.load();
    for (ThreadState* t : threads_)
      if (t->sched.state != SchedSlot::Done && (!frozen || t == e_.main_ts)) cand.push_back(t);
    if (cand.empty()) return nullptr;
    ThreadState* t = e_.cfg.stepper && !stopping() ? step_pick_locked(lk, chooser, cand) : random_pick_locked(cand);
    if (t) return t;
    int64_t earliest = -1;
    for (ThreadState* c : cand)
      if (c->sched.state == SchedSlot::Blocked && c->sched.deadline_ns >= 0 &&
          (earliest < 0 || c->sched.deadline_ns < earliest))
        earliest = c->sched.deadline_ns;
    if (earliest < 0) {
      *deadlock = true;
      return nullptr;
    }
    if (earliest > vnow_ns_) vnow_ns_ = earliest;   // nobody can run before then: time jumps
  }
}

// Waits until [ts] holds the baton. After Stop the baton is a plain lock: taken when free.
void Scheduler::wait_for_baton(ThreadState& ts, std::unique_lock<std::mutex>& lk) {
  while (holder_ != &ts) {
    if (stopping()) {
      while (holder_ != nullptr && holder_ != &ts) e_.sync_cv.wait(lk);
      holder_ = &ts;
      return;
    }
    e_.sync_cv.wait(lk);
  }
}

void Scheduler::take(ThreadState& ts) {
  std::unique_lock<std::mutex> lk(e_.sync_mu);
  wait_for_baton(ts, lk);
}

void Scheduler::yield(ThreadState& ts, SwitchReason why) {
  std::unique_lock<std::mutex> lk(e_.sync_mu);
  if (stopping()) return;
  hand_over_locked(&ts, nullptr, why);
  bool deadlock;
  ThreadState* next = draw_locked(lk, &ts, &deadlock);   // never null: [ts] is runnable
  hand_over_locked(nullptr, next ? next : &ts, why);
  wait_for_baton(ts, lk);
}

WaitResult Scheduler::block(ThreadState& ts, const std::function<bool()>& ready, double timeout, WaitOn on) {
  int line = e_.user_line(ts);
  if (e_.tracing()) e_.trace(ts, Ev::Block, 0, line, e_.describe_wait(ts, on));
  std::unique_lock<std::mutex> lk(e_.sync_mu);
  if (stopping()) return WaitResult::Stopped;
  int64_t deadline = -1;
  if (timeout >= 0) {
    double ns = std::ceil(timeout * 1e9);
    deadline = now_ns(ts) + (ns > 4e18 ? static_cast<int64_t>(4e18) : static_cast<int64_t>(ns));
  }
  SwitchReason why = on.kind == WaitOn::Sleep ? SwitchReason::Sleep : SwitchReason::Blocking;
  ts.sched.state = SchedSlot::Blocked;
  ts.sched.ready = &ready;
  ts.sched.deadline_ns = deadline;
  ts.sched.on = on;
  ts.sched.line = line;
  ts.sched.result = static_cast<int>(WaitResult::Stopped);
  hand_over_locked(&ts, nullptr, why);
  bool deadlock;
  ThreadState* next = draw_locked(lk, &ts, &deadlock);
  bool report = false;
  if (next) {
    hand_over_locked(nullptr, next, why);
    wait_for_baton(ts, lk);
    report = ts.sched.result == kDeadlockResult;
  } else {
    // Every thread waits and no timer is pending: this thread reports it.
    holder_ = &ts;
    report = true;
  }
  bool woken = ts.sched.state == SchedSlot::Runnable;
  ts.sched.state = SchedSlot::Runnable;
  ts.sched.ready = nullptr;
  WaitResult r = woken && !report ? static_cast<WaitResult>(ts.sched.result) : WaitResult::Stopped;
  if (!report) {
    lk.unlock();
    e_.trace(ts, Ev::Wake, 0, static_cast<int64_t>(r));
  } else {
    deadlocked_ = true;
    lk.unlock();
    e_.report_deadlock(ts);
    e_.request_stop();
  }
  return r;
}

void Scheduler::finish(ThreadState& ts) {
  std::unique_lock<std::mutex> lk(e_.sync_mu);
  ts.sched.state = SchedSlot::Done;
  forget_locked(ts);
  if (stopping() || &ts == e_.main_ts) {
    if (holder_ == &ts) holder_ = nullptr;
    e_.sync_cv.notify_all();
    return;
  }
  hand_over_locked(&ts, nullptr, SwitchReason::Exit);
  bool deadlock;
  ThreadState* next = draw_locked(lk, &ts, &deadlock);
  if (next == &ts) {   // stopped while the person chose
    holder_ = nullptr;
    e_.sync_cv.notify_all();
    return;
  }
  if (!next && deadlock) {
    // The last runnable thread ended while the others wait forever: the first of them reports.
    for (ThreadState* t : threads_)
      if (t->sched.state == SchedSlot::Blocked && (!next || t->id < next->id)) next = t;
    if (next) {
      next->sched.state = SchedSlot::Runnable;
      next->sched.result = kDeadlockResult;
    }
  }
  hand_over_locked(nullptr, next, SwitchReason::Exit);
}

}  // namespace il
