// stdout.cpp: buffering rules and delivery of sys.stdout/sys.stderr, the TextIOWrapper-like
// Python object that exposes them, and print()'s writes. A delivery releases the GIL around
// the host sink call, like CPython's write system call; nothing else here releases it.
#include "io/stdout.h"

#include <algorithm>

#include "vm/api.h"

namespace il {

// Takes the stream's I/O lock, releasing the GIL while waiting for it (never wait for the
// I/O lock while holding the GIL: its holder may be waiting for the GIL).
// (Seeded mode never switches while holding it, so the lock is free whenever the baton is held.)
static void lock_io(ThreadState& ts, std::mutex& mu) {
  if (mu.try_lock()) return;
  if (ts.eng.sched) {
    mu.lock();
    return;
  }
  ts.eng.release_gil_voluntarily(ts, SwitchReason::Output);
  mu.lock();
  ts.eng.reacquire_gil(ts);
}

std::vector<std::pair<int, size_t>> OutStream::take_writers(size_t n) {
  std::vector<std::pair<int, size_t>> out;
  while (n > 0 && !writers_.empty()) {
    auto& [tid, len] = writers_.front();
    size_t k = std::min(n, len);
    if (!out.empty() && out.back().first == tid) out.back().second += k;
    else out.emplace_back(tid, k);
    n -= k;
    len -= k;
    if (len == 0) writers_.pop_front();
  }
  return out;
}

void OutStream::to_sink(ThreadState& ts, std::string_view bytes, const std::vector<std::pair<int, size_t>>& writers) {
  size_t at = 0;
  for (const auto& [tid, len] : writers) {
    if (at >= bytes.size()) break;
    size_t k = std::min(len, bytes.size() - at);
    ts.eng.sink.deliver(which_, tid, bytes.substr(at, k));
    at += k;
  }
  if (at < bytes.size()) ts.eng.sink.deliver(which_, ts.id, bytes.substr(at));
}

void OutStream::deliver_locked(ThreadState& ts, std::string bytes, FlushReason why) {
  if (bytes.empty()) return;
  Engine& e = ts.eng;
  if (e.tracing()) e.trace(ts, Ev::Deliver, why, static_cast<int64_t>(which_), bytes);
  std::vector<std::pair<int, size_t>> writers = take_writers(bytes.size());   // under the GIL
  if (e.sched) {
    // Seeded: the bytes reach the OS in schedule order; the caller's switch point follows.
    to_sink(ts, bytes, writers);
    return;
  }
  e.release_gil_voluntarily(ts, SwitchReason::Output);
  to_sink(ts, bytes, writers);
  e.reacquire_gil(ts);
}

// Seeded mode: CPython releases the GIL around the write system call, so another thread
// may run right after a delivery; the scheduler draws here, with the I/O lock free.
static void after_delivery(ThreadState& ts, bool delivered) {
  if (delivered && ts.eng.sched) ts.eng.io_switch_point(ts);
}

void OutStream::deliver(ThreadState& ts, std::string bytes, FlushReason why) {
  if (bytes.empty()) return;
  lock_io(ts, io_mutex_);
  deliver_locked(ts, std::move(bytes), why);
  io_mutex_.unlock();
  after_delivery(ts, true);
}

bool OutStream::buffer_write(ThreadState& ts, std::string bytes, FlushReason why) {
  lock_io(ts, io_mutex_);   // held across the whole BufferedWriter.write, as CPython does
  bool delivered = false;
  if (bytes.size() <= block_ - std::min(block_, block_buf_.size())) {
    block_buf_ += bytes;
  } else {
    std::string old;
    old.swap(block_buf_);
    delivered = !old.empty();
    deliver_locked(ts, std::move(old), why);
    if (bytes.size() > block_) {
      deliver_locked(ts, std::move(bytes), why);
      delivered = true;
    } else {
      block_buf_ = std::move(bytes);   // still empty: only the I/O lock's holder touches it
    }
  }
  io_mutex_.unlock();
  after_delivery(ts, delivered);
  return true;
}

bool OutStream::move_text(ThreadState& ts, FlushReason why) {
  if (text_.empty()) return true;
  std::string bytes;
  bytes.swap(text_);
  return buffer_write(ts, std::move(bytes), why);
}

bool OutStream::flush(ThreadState& ts, FlushReason why) {
  if (!move_text(ts, why)) return false;
  if (block_buf_.empty()) return true;
  lock_io(ts, io_mutex_);
  std::string bytes;
  bytes.swap(block_buf_);
  bool delivered = !bytes.empty();
  deliver_locked(ts, std::move(bytes), why);
  io_mutex_.unlock();
  after_delivery(ts, delivered);
  return true;
}

bool OutStream::write_delivers(size_t len, bool needflush) const {
  if (mode_ == StdoutMode::Unbuffered || needflush) return true;
  size_t text = text_.size(), block = block_buf_.size();
  if (text > 0 && text + len > chunk_) {   // the text layer goes first: where does it land?
    if (text <= block_ - std::min(block_, block)) block += text;
    else block = text > block_ ? 0 : text;
    text = 0;
  }
  text += len;
  if (text < chunk_) return false;
  // This write's chunk goes to the byte buffer: it reaches the OS if it does not fit.
  return text > block_ - std::min(block_, block);
}

bool OutStream::write(ThreadState& ts, std::string_view text) {
  if (text.empty()) return true;
  Engine& e = ts.eng;
  if (!writers_.empty() && writers_.back().first == ts.id) writers_.back().second += text.size();
  else writers_.emplace_back(ts.id, text.size());
  if (mode_ == StdoutMode::Unbuffered) {
    if (e.tracing()) e.trace(ts, Ev::Write, true, static_cast<int64_t>(which_), std::string(text));
    deliver(ts, std::string(text), kUnbuffered);
    return true;
  }
  bool needflush = line_buffering() && (text.find('\n') != std::string_view::npos ||
                                        text.find('\r') != std::string_view::npos);
  if (e.tracing())
    e.trace(ts, Ev::Write, write_delivers(text.size(), needflush), static_cast<int64_t>(which_), std::string(text));
  // TextIOWrapper.write: a chunk never grows past N; a full chunk or a newline (line-buffered)
  // goes down to the byte buffer, and a newline flushes that too.
  if (!text_.empty() && text_.size() + text.size() > chunk_) {
    // The chunk goes down first and this write starts the next one. CPython swaps the write in
    // as the new chunk after the delivery, and a thread that printed during it loses its bytes
    // (a data race in TextIOWrapper); here this write is in place before the GIL can change
    // hands, so a print torn here reads "Hello from 1Hello from 2" + "\n\n" and nothing is lost.
    std::string chunk;
    chunk.swap(text_);
    text_.append(text.data(), text.size());
    if (!buffer_write(ts, std::move(chunk), kFull)) return false;
  } else {
    text_.append(text.data(), text.size());
  }
  if ((text_.size() >= chunk_ || needflush) && !move_text(ts, needflush ? kNewline : kFull)) return false;
  if (needflush) return flush(ts, kNewline);
  // Amplified: every write boundary may switch threads, buffered or not.
  if (e.cfg.print_switch == PrintSwitch::Amplified) e.io_switch_point(ts);
  return true;
}

void OutStream::flush_at_exit(ThreadState& ts) {
  std::string bytes;
  bytes.swap(block_buf_);
  bytes += text_;
  text_.clear();
  if (bytes.empty()) return;
  if (ts.eng.tracing()) ts.eng.trace(ts, Ev::Deliver, kExit, static_cast<int64_t>(which_), bytes);
  to_sink(ts, bytes, take_writers(bytes.size()));
}

size_t OutStream::discard() {
  size_t n = pending();
  text_.clear();
  block_buf_.clear();
  writers_.clear();
  return n;
}

// ---- the Python-level stream object ----

struct StreamObj : Object {
  OutStream* stream = nullptr;
};

static OutStream* stream_of(ThreadState& ts, Value v) {
  (void)ts;
  return static_cast<StreamObj*>(v.obj())->stream;
}

static Value stream_write(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "write", nargs - 1, 1, 1)) return Value();
  if (!is_str(ts, args[1]))
    return raise(ts, ts.eng.exc[E_TypeError], "write() argument must be str, not " + type_name(ts, args[1]));
  Str* s = as_str(args[1]);
  int64_t n = s->length();
  if (!stream_of(ts, args[0])->write(ts, s->s)) return Value();
  return make_int(ts, n);
}

static Value stream_flush(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "flush", nargs - 1, 0, 0)) return Value();
  if (!stream_of(ts, args[0])->flush(ts)) return Value();
  return ts.eng.None;
}

static Value stream_isatty(ThreadState& ts, Value* args, int, Tuple*) {
  return bool_value(ts, stream_of(ts, args[0])->mode() == StdoutMode::Tty);
}

static Value stream_true(ThreadState& ts, Value*, int, Tuple*) { return ts.eng.True; }
static Value stream_false(ThreadState& ts, Value*, int, Tuple*) { return ts.eng.False; }

static Value stream_fileno(ThreadState& ts, Value* args, int, Tuple*) {
  return Value::small(static_cast<int>(stream_of(ts, args[0])->which()));
}

static Value stream_repr(ThreadState& ts, Value self) {
  bool out = stream_of(ts, self)->which() == Stream::Stdout;
  return new_str(ts, std::string("<_io.TextIOWrapper name='<") + (out ? "stdout" : "stderr") + ">' mode='w' encoding='utf-8'>");
}

static Value stream_getattr(ThreadState& ts, Value self, Str* name) {
  OutStream* s = stream_of(ts, self);
  if (name->s == "encoding") return new_str(ts, "utf-8");
  if (name->s == "name") return new_str(ts, s->which() == Stream::Stdout ? "<stdout>" : "<stderr>");
  if (name->s == "line_buffering") return bool_value(ts, s->line_buffering());
  if (name->s == "mode") return new_str(ts, "w");
  if (name->s == "closed") return ts.eng.False;
  return generic_getattr(ts, self, name);
}

Value make_stream_object(ThreadState& ts, OutStream* stream) {
  Engine& e = ts.eng;
  auto found = e.iterator_types.find("TextIOWrapper");
  Type* t = found != e.iterator_types.end() ? found->second : nullptr;
  if (!t) {
    t = native_type(ts, "TextIOWrapper", "TextIOWrapper", "_io");
    t->slots.repr = stream_repr;
    t->slots.getattr = stream_getattr;
    add_method(ts, t, "write", stream_write);
    add_method(ts, t, "flush", stream_flush);
    add_method(ts, t, "isatty", stream_isatty);
    add_method(ts, t, "fileno", stream_fileno);
    add_method(ts, t, "writable", stream_true);
    add_method(ts, t, "readable", stream_false);
    add_method(ts, t, "seekable", stream_false);
  }
  StreamObj* o = e.alloc<StreamObj>(t);
  o->stream = stream;
  return Value(o);
}

// print(): str(a), sep, str(b), ..., end as separate writes, then flush if asked.
bool print_to_stdout(ThreadState& ts, Value file, Value* args, int nargs, Value sep, Value end, bool flush) {
  Engine& e = ts.eng;
  if (!file || file == e.None) {
    file = e.sys_mod ? e.sys_mod->dict->get_str(e.intern("stdout")) : Value();
    if (!file || file == e.None) return true;
  }
  Root root(ts, file);
  std::string sep_s = (sep && sep != e.None) ? as_str(sep)->s : " ";
  std::string end_s = (end && end != e.None) ? as_str(end)->s : "\n";
  bool native = file.is_obj() && file.obj()->type->layout == Layout::Native &&
                file.obj()->type == e.iterator_types["TextIOWrapper"];
  if (native) {
    OutStream* s = static_cast<StreamObj*>(file.obj())->stream;
    for (int i = 0; i < nargs; i++) {
      if (i > 0 && !s->write(ts, sep_s)) return false;
      std::string text;
      if (!str_text(ts, args[i], text)) return false;
      if (!s->write(ts, text)) return false;
    }
    if (!s->write(ts, end_s)) return false;
    if (flush && !s->flush(ts)) return false;
    return true;
  }
  Str* write = e.names[N_write];
  auto put = [&](Value v) -> bool {
    Root r(ts, v);
    return static_cast<bool>(call_method(ts, file, write, &v, 1));
  };
  for (int i = 0; i < nargs; i++) {
    if (i > 0 && !put(new_str(ts, sep_s))) return false;
    Value s = to_str(ts, args[i]);
    if (!s || !put(s)) return false;
  }
  if (!put(new_str(ts, end_s))) return false;
  if (flush && !call_method(ts, file, e.names[N_flush], nullptr, 0)) return false;
  return true;
}

}  // namespace il
