// eval_breaker.h: the one atomic word the eval loop tests at its check points. Any bit set
// sends the loop to its slow path (vm/ceval.cpp handle_eval_breaker), which reads the bits.
#pragma once
#include <atomic>
#include <cstdint>

namespace il {

enum EvalBreakerBits : uint32_t {
  kDropRequest = 1u << 0,   // a waiter timed out: the holder must drop the GIL (ceval_gil.c)
  kStopRequest = 1u << 1,   // the host pressed Stop: every thread unwinds without handlers
  kAsyncExc = 1u << 2,      // an exception was posted to some thread
  kTraceRequest = 1u << 3,  // the tracer wants line events
  kGcRequest = 1u << 4,     // allocation passed the threshold: collect at the next check point
  kSchedTick = 1u << 5,     // seeded mode (always set): check points count down the tick budget
};

using EvalBreaker = std::atomic<uint32_t>;

}  // namespace il
