// stdout.h: sys.stdout and sys.stderr as CPython layers them: text written into a byte buffer,
// delivered to the host sink by the buffering rule of the mode (tty: at a newline, pipe: when
// the buffer fills or on flush, unbuffered: every write). A delivery is where the GIL is
// released, as CPython releases it around the write system call (with --print-switch
// amplified, every write is such a point). Requires the GIL to write.
#pragma once
#include <cstdint>
#include <mutex>
#include <string>
#include <string_view>

#include "io/io_hooks.h"
#include "vm/interpreter.h"

namespace il {

class ThreadState;

class OutStream {
 public:
  OutStream(Stream which, StdoutMode mode, int buffer_size) : which_(which), mode_(mode), buffer_size_(buffer_size) {}
  // Writes [text] as the thread [ts]; may deliver (and so release the GIL). False: pending error.
  bool write(ThreadState& ts, std::string_view text);
  // Why bytes are delivered (the trace's Deliver events carry it; the page shows it).
  enum FlushReason : uint8_t { kFlushCall = 0, kNewline, kFull, kUnbuffered, kExit };
  bool flush(ThreadState& ts, FlushReason why = kFlushCall);
  // Delivers what is pending without releasing the GIL (interpreter exit).
  void flush_at_exit(ThreadState& ts);
  // Drops what is pending (a killed run); returns how many bytes were lost.
  size_t discard();
  StdoutMode mode() const { return mode_; }
  Stream which() const { return which_; }
  size_t pending() const { return buffer_.size(); }

 private:
  Stream which_;
  StdoutMode mode_;
  size_t buffer_size_;
  std::string buffer_;
  std::mutex io_mutex_;   // held across a delivery, like BufferedWriter's lock
};

}  // namespace il
