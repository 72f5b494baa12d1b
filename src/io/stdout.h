// stdout.h: sys.stdout and sys.stderr layered as CPython layers them: a text layer that keeps
// whole writes (TextIOWrapper's pending bytes, up to a chunk of N bytes) over a byte buffer of
// N/2 (BufferedWriter; st_blksize, 4096 on Linux, when N is CPython's 8192), delivered to the
// host sink by the mode's rules (tty and stderr: line-buffered; pipe: when a chunk or the buffer
// overflows, on flush, at exit; unbuffered: every write). A delivery is where the GIL is
// released, as CPython releases it around the write system call (with --print-switch
// amplified, every write is such a point). Requires the GIL to write.
#pragma once
#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/io_hooks.h"
#include "vm/interpreter.h"

namespace il {

class ThreadState;

class OutStream {
 public:
  // [mode] is the buffering of the stream (stderr: Tty, or Unbuffered under -u); [chunk] is N.
  OutStream(Stream which, StdoutMode mode, int chunk)
      : which_(which), mode_(mode), chunk_(chunk > 0 ? static_cast<size_t>(chunk) : 1),
        block_(chunk_ > 1 ? chunk_ / 2 : 1) {}
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
  size_t pending() const { return text_.size() + block_buf_.size(); }
  // CPython's line_buffering attribute: stdout on a terminal, stderr unless unbuffered.
  bool line_buffering() const { return mode_ == StdoutMode::Tty; }

 private:
  // Would a write of [len] bytes reach the OS within the write call? (For the event stream,
  // recorded before the write happens; the same rules as write.)
  bool write_delivers(size_t len, bool needflush) const;
  // TextIOWrapper's writeflush: hands the text layer's bytes to the byte buffer.
  bool move_text(ThreadState& ts, FlushReason why);
  // BufferedWriter.write: buffers [bytes], or delivers the buffer and then [bytes] if too big.
  bool buffer_write(ThreadState& ts, std::string bytes, FlushReason why);
  // Delivers [bytes] to the host sink under the I/O lock (then a seeded switch point).
  void deliver(ThreadState& ts, std::string bytes, FlushReason why);
  // Requires the I/O lock: delivers [bytes]; real mode releases the GIL around the sink call.
  void deliver_locked(ThreadState& ts, std::string bytes, FlushReason why);

  // Takes the writers of the oldest [n] buffered bytes (bytes leave in the order they were
  // written), as (thread id, length) pieces.
  std::vector<std::pair<int, size_t>> take_writers(size_t n);
  // Hands [bytes] to the host sink, one piece per writer.
  void to_sink(ThreadState& ts, std::string_view bytes, const std::vector<std::pair<int, size_t>>& writers);

  Stream which_;
  StdoutMode mode_;
  size_t chunk_;            // the text layer's chunk (CPython's _CHUNK_SIZE: 8192)
  size_t block_;            // the byte buffer's size (BufferedWriter: st_blksize)
  std::string text_;        // whole writes not yet handed to the byte buffer
  std::string block_buf_;   // bytes in the byte buffer
  std::mutex io_mutex_;     // held across a delivery, like BufferedWriter's lock
  std::deque<std::pair<int, size_t>> writers_;  // who wrote the buffered bytes, oldest first (GIL)
};

}  // namespace il
