// trace.cpp: the ring buffer of the event stream and its two exports: Chrome Trace Event JSON
// (GIL and blocked slices as complete events, the rest as instants) and a readable log.
#include "runtime/trace.h"

#include <cstdio>
#include <map>

#include "runtime/scheduler.h"

namespace il {

const char* event_name(Ev kind) {
  switch (kind) {
#define EV(id, text) case Ev::id: return text;
#include "runtime/trace_events.def"
#undef EV
  }
  return "?";
}

void TraceRecorder::set_capacity(size_t capacity) {
  std::lock_guard<std::mutex> g(mu_);
  capacity_ = capacity;
  ring_.clear();
  ring_.resize(capacity);
  head_ = count_ = 0;
  dropped_ = 0;
}

void TraceRecorder::emit(TraceEvent ev) {
  std::lock_guard<std::mutex> g(mu_);
  if (capacity_ == 0) return;
  if (count_ == capacity_) {
    ring_[head_] = std::move(ev);
    head_ = (head_ + 1) % capacity_;
    dropped_++;
    return;
  }
  ring_[(head_ + count_) % capacity_] = std::move(ev);
  count_++;
}

std::vector<TraceEvent> TraceRecorder::drain(uint64_t* lost) {
  std::lock_guard<std::mutex> g(mu_);
  if (lost) {
    *lost = dropped_ - dropped_told_;
    dropped_told_ = dropped_;
  }
  std::vector<TraceEvent> out;
  out.reserve(count_);
  for (size_t i = 0; i < count_; i++) out.push_back(std::move(ring_[(head_ + i) % capacity_]));
  head_ = count_ = 0;
  return out;
}

uint64_t TraceRecorder::dropped() const {
  std::lock_guard<std::mutex> g(mu_);
  return dropped_;
}

static std::string json_str(const std::string& s) {
  std::string o = "\"";
  for (unsigned char c : s) {
    if (c == '"' || c == '\\') { o += '\\'; o += static_cast<char>(c); }
    else if (c == '\n') o += "\\n";
    else if (c == '\r') o += "\\r";
    else if (c == '\t') o += "\\t";
    else if (c < 0x20) { char b[8]; snprintf(b, sizeof b, "\\u%04x", c); o += b; }
    else o += static_cast<char>(c);
  }
  return o + "\"";
}

static std::string us(int64_t ns) {
  char b[32];
  snprintf(b, sizeof b, "%lld.%03lld", static_cast<long long>(ns / 1000), static_cast<long long>(ns % 1000));
  return b;
}

static std::string thread_name(const std::vector<std::string>& names, int tid) {
  if (tid >= 0 && static_cast<size_t>(tid) < names.size() && !names[tid].empty()) return names[tid];
  return tid == 0 ? "MainThread" : "Thread-" + std::to_string(tid);
}

static const char* reason_text(uint8_t r) { return switch_reason_name(static_cast<SwitchReason>(r)); }
// Why a Deliver event's bytes went out (OutStream::FlushReason).
static const char* flush_text(uint8_t r) {
  static const char* const names[] = {"flush", "newline", "buffer full", "unbuffered", "exit"};
  return r < 5 ? names[r] : "?";
}
static const char* wake_text(int64_t a) { return a == 0 ? "ready" : a == 1 ? "timed out" : "stopped"; }

std::string trace_to_json(const std::vector<TraceEvent>& events, const std::vector<std::string>& names,
                          uint64_t dropped, bool seeded) {
  std::string o = "{\"displayTimeUnit\":\"ns\",\"otherData\":{\"clock\":";
  o += seeded ? "\"virtual\"" : "\"wall\"";
  o += ",\"dropped_events\":" + std::to_string(dropped) + "},\"traceEvents\":[\n";
  o += "{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"interleave\"}}";
  std::map<int, bool> seen;
  for (const TraceEvent& e : events) seen[e.tid] = true;
  for (auto& [tid, _] : seen) {
    o += ",\n{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(tid) +
         ",\"args\":{\"name\":" + json_str(thread_name(names, tid)) + "}}";
    o += ",\n{\"name\":\"thread_sort_index\",\"ph\":\"M\",\"pid\":1,\"tid\":" + std::to_string(tid) +
         ",\"args\":{\"sort_index\":" + std::to_string(tid) + "}}";
  }
  int64_t end = events.empty() ? 0 : events.back().t_ns;
  std::map<int, const TraceEvent*> gil_open, block_open;
  auto slice = [&](const TraceEvent& from, int64_t to_ns, const std::string& name, const char* cat,
                   const std::string& args) {
    o += ",\n{\"name\":" + json_str(name) + ",\"cat\":\"" + cat + "\",\"ph\":\"X\",\"pid\":1,\"tid\":" +
         std::to_string(from.tid) + ",\"ts\":" + us(from.t_ns) + ",\"dur\":" + us(to_ns - from.t_ns) +
         ",\"args\":{" + args + "}}";
  };
  auto instant = [&](const TraceEvent& e, const std::string& name, const std::string& args) {
    o += ",\n{\"name\":" + json_str(name) + ",\"cat\":\"event\",\"ph\":\"i\",\"s\":\"t\",\"pid\":1,\"tid\":" +
         std::to_string(e.tid) + ",\"ts\":" + us(e.t_ns) + ",\"args\":{" + args + "}}";
  };
  for (const TraceEvent& e : events) {
    switch (e.kind) {
      case Ev::GilTake: gil_open[e.tid] = &e; break;
      case Ev::GilDrop: {
        auto it = gil_open.find(e.tid);
        if (it != gil_open.end() && it->second) {
          slice(*it->second, e.t_ns, "GIL", "gil",
                std::string("\"taken\":") + json_str(reason_text(it->second->reason)) +
                    ",\"dropped\":" + json_str(reason_text(e.reason)));
          it->second = nullptr;
        }
        break;
      }
      case Ev::Block: block_open[e.tid] = &e; break;
      case Ev::Wake: {
        auto it = block_open.find(e.tid);
        if (it != block_open.end() && it->second) {
          slice(*it->second, e.t_ns, "waits for " + it->second->text, "blocked",
                "\"line\":" + std::to_string(it->second->a) + ",\"result\":" + json_str(wake_text(e.a)));
          it->second = nullptr;
        }
        break;
      }
      case Ev::Write:
        instant(e, "write", "\"stream\":" + std::to_string(e.a) + ",\"text\":" + json_str(e.text) +
                                ",\"delivered\":" + (e.reason ? "true" : "false"));
        break;
      case Ev::Deliver:
        instant(e, "delivered", "\"stream\":" + std::to_string(e.a) + ",\"bytes\":" + std::to_string(e.text.size()) +
                                    ",\"why\":" + json_str(flush_text(e.reason)) + ",\"text\":" + json_str(e.text));
        break;
      case Ev::ThreadStart: instant(e, "thread start", "\"name\":" + json_str(e.text)); break;
      case Ev::ThreadCreate:
        instant(e, "creates " + e.text, "\"thread\":" + std::to_string(e.a));
        break;
      case Ev::Deadlock: instant(e, "deadlock", "\"report\":" + json_str(e.text)); break;
      case Ev::Acquire:
      case Ev::Release:
        instant(e, std::string(event_name(e.kind)) + " " + e.text, "\"count\":" + std::to_string(e.a));
        break;
      case Ev::Sync:
      case Ev::Exception:
        instant(e, e.text, "");
        break;
      default: instant(e, event_name(e.kind), ""); break;
    }
  }
  for (auto& [tid, ev] : gil_open)
    if (ev) slice(*ev, end, "GIL", "gil", std::string("\"taken\":") + json_str(reason_text(ev->reason)));
  for (auto& [tid, ev] : block_open)
    if (ev) slice(*ev, end, "waits for " + ev->text, "blocked", "\"line\":" + std::to_string(ev->a));
  o += "\n]}\n";
  return o;
}

std::string trace_to_batch(const std::vector<TraceEvent>& events, uint64_t lost) {
  std::string o;
  if (lost) o = "{\"k\":\"ev\",\"e\":\"events lost\",\"t\":0,\"ns\":0,\"a\":" + std::to_string(lost) + "}";
  for (const TraceEvent& e : events) {
    if (!o.empty()) o += ',';
    o += "{\"k\":\"ev\",\"e\":" + json_str(event_name(e.kind)) + ",\"t\":" + std::to_string(e.tid) +
         ",\"ns\":" + std::to_string(e.t_ns);
    if (e.kind == Ev::GilTake || e.kind == Ev::GilDrop) o += std::string(",\"r\":") + json_str(reason_text(e.reason));
    if (e.kind == Ev::Write) o += std::string(",\"r\":\"") + (e.reason ? "delivered" : "buffered") + "\"";
    if (e.kind == Ev::Deliver) o += std::string(",\"r\":") + json_str(flush_text(e.reason));
    o += ",\"a\":" + std::to_string(e.a);
    if (!e.text.empty()) o += ",\"x\":" + json_str(e.text);
    o += '}';
  }
  return o;
}

static std::string visible(const std::string& s) {
  std::string o;
  for (char c : s) {
    if (c == '\n') o += "\\n";
    else if (c == '\r') o += "\\r";
    else if (c == '\t') o += "\\t";
    else o += c;
  }
  return o;
}

std::string trace_to_text(const std::vector<TraceEvent>& events, const std::vector<std::string>& names,
                          uint64_t dropped) {
  std::string o;
  if (dropped) o += "(" + std::to_string(dropped) + " earlier events dropped)\n";
  char head[64];
  for (const TraceEvent& e : events) {
    snprintf(head, sizeof head, "%12.6f  ", static_cast<double>(e.t_ns) / 1e9);
    o += head;
    std::string who = thread_name(names, e.tid);
    o += who;
    if (who.size() < 12) o.append(12 - who.size(), ' ');
    o += ' ';
    switch (e.kind) {
      case Ev::GilTake:
        // (Its reason is why the last holder let go: the drop line just before says it.)
        o += static_cast<SwitchReason>(e.reason) == SwitchReason::Start ? "takes the GIL (start)" : "takes the GIL";
        break;
      case Ev::GilDrop: o += std::string("drops the GIL (") + reason_text(e.reason) + ")"; break;
      case Ev::Block: o += "waits for " + e.text + " (line " + std::to_string(e.a) + ")"; break;
      case Ev::Wake: o += std::string("wakes: ") + wake_text(e.a); break;
      case Ev::Write:
        o += std::string(e.a == 2 ? "stderr" : "stdout") + ".write(\"" + visible(e.text) + "\")" +
             (e.reason ? " delivered" : " buffered");
        break;
      case Ev::Deliver:
        o += std::string(e.a == 2 ? "stderr" : "stdout") + " delivers " + std::to_string(e.text.size()) +
             " bytes (" + flush_text(e.reason) + "): \"" + visible(e.text) + "\"";
        break;
      case Ev::ThreadStart: o += "starts" + (e.text.empty() ? std::string() : " as " + e.text); break;
      case Ev::ThreadEnd: o += "ends"; break;
      case Ev::ThreadCreate: o += "creates " + e.text; break;
      case Ev::GilRequest: o += "waits for the GIL"; break;
      case Ev::DropRequest: o += "asks the holder to drop the GIL"; break;
      case Ev::Deadlock: o += e.text; break;
      case Ev::Line: o += "stepped to line " + std::to_string(e.a); break;
      case Ev::Acquire: o += "acquires " + e.text + (e.a > 1 ? " (count " + std::to_string(e.a) + ")" : ""); break;
      case Ev::Release: o += "releases " + e.text + (e.a > 0 ? " (count " + std::to_string(e.a) + ")" : ""); break;
      case Ev::Sync: o += e.text; break;
      case Ev::Exception: o += "raises " + e.text; break;
      case Ev::ThreadFrozen: o += "is frozen (daemon thread at exit)"; break;
    }
    o += '\n';
  }
  return o;
}

}  // namespace il
