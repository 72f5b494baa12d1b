// trace.h: the event stream. One recorder per engine, written by every thread (under its own
// mutex) into a bounded ring buffer: when full the oldest events go and are counted. Exports to
// Chrome Trace Event JSON (Perfetto) and to a readable log. Never touches Python objects.
#pragma once
#include <cstdint>
#include <mutex>
#include <string>
#include <vector>

namespace il {

enum class Ev : uint8_t {
#define EV(id, text) id,
#include "runtime/trace_events.def"
#undef EV
};
const char* event_name(Ev kind);

struct TraceEvent {
  int64_t t_ns = 0;     // virtual time in seeded mode, else since the start of the run
  int tid = 0;          // 0 = main thread
  Ev kind = Ev::ThreadStart;
  uint8_t reason = 0;
  int64_t a = 0;
  std::string text;
};

class TraceRecorder {
 public:
  explicit TraceRecorder(size_t capacity = 0) { set_capacity(capacity); }
  // 0 turns recording off.
  void set_capacity(size_t capacity);
  bool on() const { return capacity_ != 0; }
  void emit(TraceEvent ev);
  // Everything recorded since the last drain, oldest first; [*lost] (if given): how many events
  // the ring dropped since the last drain that asked.
  std::vector<TraceEvent> drain(uint64_t* lost = nullptr);
  uint64_t dropped() const;

 private:
  mutable std::mutex mu_;
  size_t capacity_ = 0;
  std::vector<TraceEvent> ring_;
  size_t head_ = 0;      // index of the oldest event
  size_t count_ = 0;
  uint64_t dropped_ = 0;
  uint64_t dropped_told_ = 0;   // dropped_ at the last drain that asked
};

// [names]: thread id -> name. [seeded]: timestamps are virtual (said in the metadata).
std::string trace_to_json(const std::vector<TraceEvent>& events, const std::vector<std::string>& names,
                          uint64_t dropped, bool seeded);
// The page's format, drained in batches: comma-separated JSON objects (no brackets), each
// {"k":"ev","e":"GIL taken","t":tid,"ns":time,"r":"interval","a":n,"x":"text"}; when the ring
// dropped [lost] events since the last batch, it opens with {"k":"ev","e":"events lost",...,"a":lost}.
std::string trace_to_batch(const std::vector<TraceEvent>& events, uint64_t lost = 0);
std::string trace_to_text(const std::vector<TraceEvent>& events, const std::vector<std::string>& names,
                          uint64_t dropped);

}  // namespace il
