// stdout.cpp: buffering rules and delivery of sys.stdout/sys.stderr, the TextIOWrapper-like
// Python object that exposes them, and print()'s writes. A delivery releases the GIL around
// the host sink call, like CPython's write system call; nothing else here releases it.
#include "io/stdout.h"

#include "vm/api.h"

namespace il {

// Takes the stream's I/O lock, releasing the GIL while waiting for it (never wait for the
// I/O lock while holding the GIL: its holder may be waiting for the GIL).
// (Seeded mode delivers with the baton held, so the lock is free whenever the baton is held.)
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

bool OutStream::flush(ThreadState& ts, FlushReason why) {
  if (buffer_.empty()) return true;
  Engine& e = ts.eng;
  lock_io(ts, io_mutex_);
  std::string bytes;
  bytes.swap(buffer_);
  if (bytes.empty()) {
    io_mutex_.unlock();
    return true;
  }
  if (e.tracing()) e.trace(ts, Ev::Deliver, why, static_cast<int64_t>(which_), bytes);
  if (e.sched) {
    // Seeded: the bytes reach the OS in schedule order, then the scheduler draws (CPython
    // releases the GIL around the write system call: another thread may run right here).
    e.sink.deliver(which_, ts.id, bytes);
    io_mutex_.unlock();
    e.io_switch_point(ts);
    return true;
  }
  e.release_gil_voluntarily(ts, SwitchReason::Output);
  e.sink.deliver(which_, ts.id, bytes);
  io_mutex_.unlock();
  e.reacquire_gil(ts);
  return true;
}

bool OutStream::write(ThreadState& ts, std::string_view text) {
  if (text.empty()) return true;
  buffer_.append(text.data(), text.size());
  bool deliver = false;
  FlushReason why = kFull;
  switch (mode_) {
    case StdoutMode::Unbuffered:
      deliver = true;
      why = kUnbuffered;
      break;
    case StdoutMode::Tty:
      deliver = text.find('\n') != std::string_view::npos || text.find('\r') != std::string_view::npos ||
                buffer_.size() > buffer_size_;
      if (buffer_.size() <= buffer_size_) why = kNewline;
      break;
    case StdoutMode::Pipe:
      deliver = buffer_.size() > buffer_size_;
      break;
  }
  Engine& e = ts.eng;
  if (e.tracing()) e.trace(ts, Ev::Write, deliver, static_cast<int64_t>(which_), std::string(text));
  if (deliver) return flush(ts, why);
  // Amplified: every write boundary may switch threads, buffered or not.
  if (e.cfg.print_switch == PrintSwitch::Amplified) e.io_switch_point(ts);
  return true;
}

void OutStream::flush_at_exit(ThreadState& ts) {
  if (buffer_.empty()) return;
  std::string bytes;
  bytes.swap(buffer_);
  if (ts.eng.tracing()) ts.eng.trace(ts, Ev::Deliver, kExit, static_cast<int64_t>(which_), bytes);
  ts.eng.sink.deliver(which_, ts.id, bytes);
}

size_t OutStream::discard() {
  size_t n = buffer_.size();
  buffer_.clear();
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
  if (name->s == "line_buffering") return bool_value(ts, s->mode() == StdoutMode::Tty);
  if (name->s == "mode") return new_str(ts, "w");
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
