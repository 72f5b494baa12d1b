// io_hooks.h: the host sink, the one door through which the engine's output leaves it.
// The CLI wires it to the process's file descriptors, the browser bindings to a queue that
// the page drains. The engine never writes to stdout/stderr any other way.
#pragma once
#include <string>
#include <string_view>

namespace il {

enum class Stream : int { Stdout = 1, Stderr = 2 };

class HostSink {
 public:
  virtual ~HostSink() = default;
  // Bytes that reached "the OS": [stream] is stdout or stderr, [thread_id] the small id of the
  // Python thread that wrote them (0 = main thread; one delivery of bytes written by several
  // threads arrives as consecutive calls, one per writer). Called from any Python thread,
  // possibly without the GIL held; implementations must be thread-safe and must not block long.
  virtual void deliver(Stream stream, int thread_id, std::string_view bytes) = 0;
  // Reads one line for input() into [out] (without the newline). Returns false at end of input.
  // Called with the GIL released.
  virtual bool read_line(std::string& out) { (void)out; return false; }
};

}  // namespace il
