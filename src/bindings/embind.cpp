// embind.cpp: the page's engine host, and the only file that includes <emscripten/...>.
// main() runs on a pthread (PROXY_TO_PTHREAD): it waits for a job, runs one il::Interpreter
// per job and queues its output as JSON events. The page calls the four functions bound at
// the bottom; none of them blocks longer than one short mutex hold. No C++ exceptions.
//
// Raw API (wrapped by the web front end; events are drained as a JSON array):
//   _start(code, configJson) -> bool   false while a job is queued or running
//   _drain() -> string                 [{"k":"out","s":1|2,"t":tid,"d":"text"}, ...,
//                                       {"k":"ev",...} (with "trace": the event stream,
//                                       see trace_to_batch), {"k":"exit","code":N,"lost":B}]
//                                      (B: stdout bytes a stopped run never delivered)
//   _requestStop()                     the run ends soon with exit code 130
//   _isRunning() -> bool               true from _start until the exit event is queued
//   _sendInput(text)                   lines typed into the console, for input() (console input)
//   _closeInput()                      the end of input (Ctrl-D): input() raises EOFError
//   _step(thread, how)                 answers a paused step: run [thread] (-1: the seed
//                                      chooses) to its next switch (how 0) or for one line
//                                      (1); how 2 ends stepping (the seed chooses from now on)
// While a run waits, the drain carries {"k":"input","on":true|false} (a thread waits for a
// line, or no longer) and, in step mode, {"k":"step","n":N,"vt":seconds,"o":[{"t":id,
// "n":name,"r":canRun,"l":line,"c":code,"d":doing},...]} (the run is paused until _step).
// configJson is one flat object; keys (all optional, unknown keys ignored): filename,
// stdout ("tty"|"pipe"|"unbuffered"), bufferSize, switchInterval, checkPoints ("3.9"|"3.10"),
// maxThreads, argv (array of strings: sys.argv[1:]), stdin (text that input() reads),
// mode ("real"|"seeded"), seed (integer), trace (true: record the event stream),
// printSwitch ("faithful"|"amplified"), input ("console": input() waits for _sendInput
// instead of reading the stdin text), step (true: step mode, answered by _step).
#include <emscripten/bind.h>

#include <chrono>
#include <cmath>
#include <condition_variable>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/io_hooks.h"
#include "vm/interpreter.h"

namespace {

// ---------------------------------------------------------------- UTF-8 and JSON

// Length of the incomplete UTF-8 sequence that ends [s] (0 if [s] ends on a boundary or in
// bytes that can never become valid). Those bytes wait for the next delivery.
size_t incomplete_utf8_tail(std::string_view s) {
  size_t n = s.size();
  for (size_t back = 1; back <= 3 && back <= n; ++back) {
    auto b = static_cast<unsigned char>(s[n - back]);
    if ((b & 0xC0) == 0x80) continue;  // a continuation byte: look further back
    size_t need = (b >= 0xC2 && b <= 0xDF) ? 2 : (b >= 0xE0 && b <= 0xEF) ? 3
                : (b >= 0xF0 && b <= 0xF4) ? 4 : 1;
    if (need <= back) return 0;  // complete (or not a lead byte at all)
    if (back >= 2) {             // the second byte has a narrower range after some leads
      auto c = static_cast<unsigned char>(s[n - back + 1]);
      if ((b == 0xE0 && c < 0xA0) || (b == 0xED && c > 0x9F) || (b == 0xF0 && c < 0x90) ||
          (b == 0xF4 && c > 0x8F))
        return 0;
    }
    return back;
  }
  return 0;
}

void append_json_escaped_ascii(std::string& out, unsigned char c) {
  static const char kHex[] = "0123456789abcdef";
  switch (c) {
    case '"': out += "\\\""; break;
    case '\\': out += "\\\\"; break;
    case '\n': out += "\\n"; break;
    case '\r': out += "\\r"; break;
    case '\t': out += "\\t"; break;
    case '\b': out += "\\b"; break;
    case '\f': out += "\\f"; break;
    default:
      if (c < 0x20) {
        out += "\\u00";
        out += kHex[c >> 4];
        out += kHex[c & 15];
      } else {
        out += static_cast<char>(c);
      }
  }
}

// Appends [s] as the inside of a JSON string: valid UTF-8 is copied, every ill-formed
// sequence becomes one U+FFFD (as TextDecoder does), control characters are escaped.
void append_json_string_body(std::string& out, std::string_view s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  size_t n = s.size(), i = 0;
  while (i < n) {
    unsigned char b = p[i];
    if (b < 0x80) {
      append_json_escaped_ascii(out, b);
      ++i;
      continue;
    }
    size_t need = 0;
    unsigned char lo = 0x80, hi = 0xBF;  // the allowed range of the second byte
    if (b >= 0xC2 && b <= 0xDF) need = 2;
    else if (b == 0xE0) { need = 3; lo = 0xA0; }
    else if (b >= 0xE1 && b <= 0xEF) { need = 3; if (b == 0xED) hi = 0x9F; }
    else if (b == 0xF0) { need = 4; lo = 0x90; }
    else if (b >= 0xF1 && b <= 0xF3) need = 4;
    else if (b == 0xF4) { need = 4; hi = 0x8F; }
    size_t len = 1;  // bytes of the maximal valid prefix
    if (need > 0) {
      while (len < need && i + len < n) {
        unsigned char c = p[i + len];
        bool ok = len == 1 ? (c >= lo && c <= hi) : (c & 0xC0) == 0x80;
        if (!ok) break;
        ++len;
      }
    }
    if (need > 0 && len == need) {
      out.append(reinterpret_cast<const char*>(p + i), len);
    } else {
      out += "\xEF\xBF\xBD";  // U+FFFD
    }
    i += len;
  }
}

// ---------------------------------------------------------------- the config object

// A tiny reader for the one flat JSON object of _start. Unknown keys and values of other
// kinds (nested objects, arrays of non-strings) are skipped; malformed text ends the reading
// and keeps what was read so far.
class ConfigReader {
 public:
  explicit ConfigReader(std::string_view text) : s_(text) {}

  struct Extra {
    std::vector<std::string> args;
    std::string stdin_text;
    bool console_input = false;
    bool step = false;
  };

  void read(il::RunConfig& config, Extra& extra) {
    ws();
    if (!eat('{')) return;
    ws();
    if (eat('}')) return;
    for (;;) {
      std::string key;
      ws();
      if (!string(key)) return;
      ws();
      if (!eat(':')) return;
      ws();
      if (!value(key, config, extra)) return;
      ws();
      if (eat(',')) continue;
      return;  // '}' or garbage: either way done
    }
  }

 private:
  bool value(const std::string& key, il::RunConfig& config, Extra& extra) {
    if (peek() == '"') {
      std::string v;
      if (!string(v)) return false;
      if (key == "filename" && !v.empty()) config.filename = v;
      else if (key == "stdin") extra.stdin_text = v;
      else if (key == "input") extra.console_input = v == "console";
      else if (key == "stdout") {
        if (v == "tty") config.stdout_mode = il::StdoutMode::Tty;
        else if (v == "pipe") config.stdout_mode = il::StdoutMode::Pipe;
        else if (v == "unbuffered") config.stdout_mode = il::StdoutMode::Unbuffered;
      } else if (key == "printSwitch") {
        if (v == "faithful") config.print_switch = il::PrintSwitch::Faithful;
        else if (v == "amplified") config.print_switch = il::PrintSwitch::Amplified;
      } else if (key == "mode") {
        if (v == "real") config.mode = il::ExecMode::Real;
        else if (v == "seeded") config.mode = il::ExecMode::Seeded;
      } else if (key == "checkPoints") {
        if (v == "3.9") config.check_points = il::CheckPoints::Py39;
        else if (v == "3.10" || v == "3.10+") config.check_points = il::CheckPoints::Py310;
      }
      return true;
    }
    if (peek() == '-' || (peek() >= '0' && peek() <= '9')) {
      double v = 0;
      if (!number(v)) return false;
      if (key == "switchInterval" && std::isfinite(v) && v > 0) config.switch_interval = v;
      else if (key == "bufferSize" && v >= 1 && v <= (1 << 30)) config.buffer_size = static_cast<int>(v);
      else if (key == "maxThreads" && v >= 1 && v <= (1 << 20)) config.max_threads = static_cast<int>(v);
      else if (key == "seed" && v >= 0 && v <= 9007199254740991.0) config.seed = static_cast<uint64_t>(v);
      return true;
    }
    if (key == "argv" && peek() == '[') {
      std::vector<std::string> items;
      ++pos_;
      ws();
      if (eat(']')) { extra.args = std::move(items); return true; }
      for (;;) {
        ws();
        std::string item;
        if (peek() == '"') {
          if (!string(item)) return false;
          items.push_back(std::move(item));
        } else if (!skip()) {
          return false;
        }
        ws();
        if (eat(',')) continue;
        if (!eat(']')) return false;
        extra.args = std::move(items);
        return true;
      }
    }
    if ((key == "trace" || key == "step") && (peek() == 't' || peek() == 'f')) {
      bool on = peek() == 't';
      if (!skip()) return false;
      if (key == "trace") config.trace_capacity = on ? (1u << 16) : 0;
      else extra.step = on;
      return true;
    }
    return skip();
  }

  // Skips one value of any kind.
  bool skip() {
    char c = peek();
    if (c == '"') { std::string ignored; return string(ignored); }
    if (c == '{' || c == '[') {
      int depth = 0;
      while (pos_ < s_.size()) {
        char d = s_[pos_];
        if (d == '"') { std::string ignored; if (!string(ignored)) return false; continue; }
        ++pos_;
        if (d == '{' || d == '[') ++depth;
        if ((d == '}' || d == ']') && --depth == 0) return true;
      }
      return false;
    }
    size_t start = pos_;  // number, true, false, null
    while (pos_ < s_.size() && s_[pos_] != ',' && s_[pos_] != '}' && s_[pos_] != ']' &&
           s_[pos_] != ' ' && s_[pos_] != '\n' && s_[pos_] != '\t' && s_[pos_] != '\r')
      ++pos_;
    return pos_ > start;
  }

  bool number(double& out) {
    size_t start = pos_;
    while (pos_ < s_.size() && std::string_view("+-.eE0123456789").find(s_[pos_]) != std::string_view::npos)
      ++pos_;
    std::string text(s_.substr(start, pos_ - start));
    char* end = nullptr;
    out = std::strtod(text.c_str(), &end);
    return !text.empty() && end == text.c_str() + text.size();
  }

  bool hex4(uint32_t& out) {
    if (pos_ + 4 > s_.size()) return false;
    out = 0;
    for (int k = 0; k < 4; ++k) {
      char c = s_[pos_++];
      out <<= 4;
      if (c >= '0' && c <= '9') out |= static_cast<uint32_t>(c - '0');
      else if (c >= 'a' && c <= 'f') out |= static_cast<uint32_t>(c - 'a' + 10);
      else if (c >= 'A' && c <= 'F') out |= static_cast<uint32_t>(c - 'A' + 10);
      else return false;
    }
    return true;
  }

  static void append_utf8(std::string& out, uint32_t cp) {
    if (cp < 0x80) {
      out += static_cast<char>(cp);
    } else if (cp < 0x800) {
      out += static_cast<char>(0xC0 | (cp >> 6));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
      out += static_cast<char>(0xE0 | (cp >> 12));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
      out += static_cast<char>(0xF0 | (cp >> 18));
      out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
      out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (cp & 0x3F));
    }
  }

  bool string(std::string& out) {
    if (!eat('"')) return false;
    while (pos_ < s_.size()) {
      char c = s_[pos_++];
      if (c == '"') return true;
      if (c != '\\') { out += c; continue; }
      if (pos_ >= s_.size()) return false;
      char e = s_[pos_++];
      switch (e) {
        case '"': out += '"'; break;
        case '\\': out += '\\'; break;
        case '/': out += '/'; break;
        case 'b': out += '\b'; break;
        case 'f': out += '\f'; break;
        case 'n': out += '\n'; break;
        case 'r': out += '\r'; break;
        case 't': out += '\t'; break;
        case 'u': {
          uint32_t cp = 0;
          if (!hex4(cp)) return false;
          if (cp >= 0xD800 && cp <= 0xDBFF && pos_ + 6 <= s_.size() && s_[pos_] == '\\' &&
              s_[pos_ + 1] == 'u') {
            size_t save = pos_;
            pos_ += 2;
            uint32_t low = 0;
            if (hex4(low) && low >= 0xDC00 && low <= 0xDFFF) {
              cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            } else {
              pos_ = save;
            }
          }
          if (cp >= 0xD800 && cp <= 0xDFFF) cp = 0xFFFD;  // a lone surrogate
          append_utf8(out, cp);
          break;
        }
        default: return false;
      }
    }
    return false;
  }

  char peek() const { return pos_ < s_.size() ? s_[pos_] : '\0'; }
  bool eat(char c) {
    if (peek() != c) return false;
    ++pos_;
    return true;
  }
  void ws() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\t' || s_[pos_] == '\r'))
      ++pos_;
  }

  std::string_view s_;
  size_t pos_ = 0;
};

// ---------------------------------------------------------------- the host

struct Job {
  std::string code;
  il::RunConfig config;
  ConfigReader::Extra extra;
};

// All state shared between the page's calls and the engine thread, under one mutex.
// It is the run's sink (output, input) and, in step mode, its Stepper: both wait for the
// page (a typed line, a step choice) on a condition variable that Stop also wakes.
class Host final : public il::HostSink, public il::Stepper {
 public:
  // Queued output beyond which a delivering thread waits for the page to drain, as a writer
  // to a full pipe would (it stops waiting once the run is asked to stop).
  static constexpr size_t kMaxPendingBytes = 4u << 20;
  // _step's [how]: 0 to the next switch, kOneLine one line of the program, kRunFree no more
  // stepping.
  static constexpr int kOneLine = 1, kRunFree = 2;

  // ---- called by the page (the module's JS thread): never block beyond the mutex
  bool start(std::string code, std::string config_json) {
    Job job;
    job.code = std::move(code);
    job.config.stdout_mode = il::StdoutMode::Tty;  // a console on the page
    ConfigReader(config_json).read(job.config, job.extra);
    job.config.argv.push_back(job.config.filename);
    job.config.argv.insert(job.config.argv.end(), job.extra.args.begin(), job.extra.args.end());
    if (job.extra.step) job.config.stepper = this;

    std::lock_guard<std::mutex> lock(mu_);
    if (running_) return false;
    running_ = true;
    stop_requested_ = false;
    job_ = std::move(job);
    job_cv_.notify_one();
    return true;
  }

  std::string drain() {
    std::string out;
    {
      std::lock_guard<std::mutex> lock(mu_);
      take_trace_locked();
      if (events_.empty()) return "[]";
      out.reserve(events_.size() + 2);
      out += '[';
      out += events_;
      out += ']';
      events_.clear();
    }
    space_cv_.notify_all();
    return out;
  }

  void request_stop() {
    std::lock_guard<std::mutex> lock(mu_);
    if (!running_) return;
    stop_requested_ = true;
    // Under the lock so the interpreter cannot be destroyed meanwhile; request_stop only
    // stores atomics and never calls back into this sink.
    if (current_ != nullptr) current_->request_stop();
    space_cv_.notify_all();
    page_cv_.notify_all();
  }

  bool is_running() {
    std::lock_guard<std::mutex> lock(mu_);
    return running_;
  }

  void send_input(std::string text) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!running_) return;
    typed_ += text;
    page_cv_.notify_all();
  }

  void close_input() {
    std::lock_guard<std::mutex> lock(mu_);
    if (!running_) return;
    input_closed_ = true;
    page_cv_.notify_all();
  }

  void step(int thread_id, int how) {
    std::lock_guard<std::mutex> lock(mu_);
    if (!running_ || !paused_) return;
    paused_ = false;
    if (how == kRunFree) stepping_ = false;
    choice_.thread_id = how == kRunFree ? -1 : thread_id;
    choice_.one_line = how == kOneLine;
    page_cv_.notify_all();
  }

  // ---- HostSink: called by Python threads
  void deliver(il::Stream stream, int thread_id, std::string_view bytes) override {
    int s = stream == il::Stream::Stderr ? 2 : 1;
    std::unique_lock<std::mutex> lock(mu_);
    while (events_.size() > kMaxPendingBytes && !stop_requested_)
      space_cv_.wait_for(lock, std::chrono::milliseconds(50));
    std::string& carry = carry_[s];
    std::string data = carry + std::string(bytes);
    size_t tail = incomplete_utf8_tail(data);
    carry.assign(data, data.size() - tail, tail);
    data.resize(data.size() - tail);
    if (!data.empty()) append_out_event(s, thread_id, data);
  }

  bool read_line(std::string& out) override {
    std::unique_lock<std::mutex> lock(mu_);
    if (!console_input_) return take_line(stdin_, stdin_pos_, true, out);
    // Console input: wait for a whole typed line (the end of input or Stop ends the wait).
    bool announced = false;
    while (!take_line(typed_, typed_pos_, input_closed_, out)) {
      if (input_closed_ || stop_requested_) {
        if (announced) append_event("{\"k\":\"input\",\"on\":false}");
        return false;
      }
      if (!announced) append_event("{\"k\":\"input\",\"on\":true}");
      announced = true;
      page_cv_.wait(lock);
    }
    if (announced) append_event("{\"k\":\"input\",\"on\":false}");
    return true;
  }

  // ---- Stepper: a paused seeded run asks the page which thread runs next
  il::StepChoice choose(double vtime, const std::vector<il::StepOption>& options) override {
    std::unique_lock<std::mutex> lock(mu_);
    if (!stepping_ || stop_requested_) return {};
    take_trace_locked();  // the page sees every write made before the pause
    std::string ev = "{\"k\":\"step\",\"n\":" + std::to_string(++steps_) + ",\"vt\":";
    char num[32];
    snprintf(num, sizeof num, "%.9f", vtime);
    ev += num;
    ev += ",\"o\":[";
    for (size_t i = 0; i < options.size(); i++) {
      const il::StepOption& o = options[i];
      if (i) ev += ',';
      ev += "{\"t\":" + std::to_string(o.thread_id) + ",\"n\":\"";
      append_json_string_body(ev, o.name);
      ev += "\",\"r\":";
      ev += o.can_run ? "true" : "false";
      ev += ",\"l\":" + std::to_string(o.line) + ",\"c\":\"";
      append_json_string_body(ev, o.code);
      ev += "\",\"d\":\"";
      append_json_string_body(ev, o.doing);
      ev += "\"}";
    }
    ev += "]}";
    append_event(ev);
    paused_ = true;
    page_cv_.wait(lock, [this] { return !paused_ || stop_requested_; });
    paused_ = false;
    return stop_requested_ ? il::StepChoice{} : choice_;
  }

  // ---- the engine thread
  [[noreturn]] void serve() {
    for (;;) {
      Job job = wait_job();
      int code = 130;
      {
        il::Interpreter interp(*this, std::move(job.config));
        if (begin_run(&interp, job.extra)) code = interp.run(job.code);
        end_run(code, interp.lost_stdout_bytes());
      }  // the next job waits until this interpreter is gone
    }
  }

 private:
  Job wait_job() {
    std::unique_lock<std::mutex> lock(mu_);
    job_cv_.wait(lock, [this] { return job_.has_value(); });
    Job job = std::move(*job_);
    job_.reset();
    return job;
  }

  // Takes the next line of [text] from [pos] into [out] (without its newline); a last line
  // without a newline counts only when [at_end]. False when there is no line to take.
  static bool take_line(const std::string& text, size_t& pos, bool at_end, std::string& out) {
    if (pos >= text.size()) return false;
    size_t nl = text.find('\n', pos);
    if (nl == std::string::npos && !at_end) return false;
    size_t end = nl == std::string::npos ? text.size() : nl;
    out.assign(text, pos, end - pos);
    if (!out.empty() && out.back() == '\r') out.pop_back();
    pos = nl == std::string::npos ? text.size() : nl + 1;
    return true;
  }

  // Publishes [interp] for request_stop. False if the run was stopped before it began.
  bool begin_run(il::Interpreter* interp, ConfigReader::Extra& extra) {
    std::lock_guard<std::mutex> lock(mu_);
    stdin_ = std::move(extra.stdin_text);
    stdin_pos_ = 0;
    console_input_ = extra.console_input;
    typed_.clear();
    typed_pos_ = 0;
    input_closed_ = false;
    stepping_ = extra.step;
    paused_ = false;
    steps_ = 0;
    carry_[1].clear();
    carry_[2].clear();
    if (stop_requested_) return false;
    current_ = interp;
    return true;
  }

  void end_run(int code, size_t lost) {
    {
      std::lock_guard<std::mutex> lock(mu_);
      take_trace_locked();
      current_ = nullptr;
      for (int s = 1; s <= 2; ++s) {  // bytes of a never-completed character
        if (!carry_[s].empty()) append_out_event(s, 0, carry_[s]);
        carry_[s].clear();
      }
      append_event("{\"k\":\"exit\",\"code\":" + std::to_string(code) + ",\"lost\":" + std::to_string(lost) + "}");
      running_ = false;
    }
    space_cv_.notify_all();
  }

  // Requires mu_: moves the run's recorded events (if it records them) into the queue.
  void take_trace_locked() {
    if (current_ == nullptr) return;
    std::string batch = current_->take_trace_batch();
    if (!batch.empty()) append_event(batch);
  }

  // Requires mu_: queues one JSON object (or several, comma-separated).
  void append_event(std::string_view json) {
    if (!events_.empty()) events_ += ',';
    events_ += json;
  }

  // Requires mu_.
  void append_out_event(int stream, int thread_id, std::string_view data) {
    if (!events_.empty()) events_ += ',';
    events_ += "{\"k\":\"out\",\"s\":";
    events_ += static_cast<char>('0' + stream);
    events_ += ",\"t\":";
    events_ += std::to_string(thread_id);
    events_ += ",\"d\":\"";
    append_json_string_body(events_, data);
    events_ += "\"}";
  }

  std::mutex mu_;
  std::condition_variable job_cv_;    // the engine thread waits here for a job
  std::condition_variable space_cv_;  // deliverers wait here while the queue is full
  std::condition_variable page_cv_;   // input() and a paused step wait here for the page
  std::optional<Job> job_;
  bool running_ = false;              // from start() until the exit event is queued
  bool stop_requested_ = false;
  il::Interpreter* current_ = nullptr;
  std::string events_;                // JSON objects separated by ',' (no brackets)
  std::string carry_[3];              // per stream (1, 2): an unfinished UTF-8 sequence
  std::string stdin_;                 // the job's stdin text and how much input() took
  size_t stdin_pos_ = 0;
  bool console_input_ = false;        // input() reads what the page sends, not stdin_
  std::string typed_;                 // console input: the text typed so far, how much was read
  size_t typed_pos_ = 0;
  bool input_closed_ = false;
  bool stepping_ = false;             // step mode, until the page lets the run go free
  bool paused_ = false;               // a step waits for the page's choice
  int steps_ = 0;
  il::StepChoice choice_;
};

Host& host() {
  static Host instance;  // a thread-safe local static: main() and the page may race to it
  return instance;
}

bool start(std::string code, std::string config_json) {
  return host().start(std::move(code), std::move(config_json));
}
std::string drain() { return host().drain(); }
void request_stop() { host().request_stop(); }
bool is_running() { return host().is_running(); }
void send_input(std::string text) { host().send_input(std::move(text)); }
void close_input() { host().close_input(); }
void step(int thread_id, int how) { host().step(thread_id, how); }

}  // namespace

int main() { host().serve(); }

EMSCRIPTEN_BINDINGS(interleave) {
  emscripten::function("_start", &start);
  emscripten::function("_drain", &drain);
  emscripten::function("_requestStop", &request_stop);
  emscripten::function("_isRunning", &is_running);
  emscripten::function("_sendInput", &send_input);
  emscripten::function("_closeInput", &close_input);
  emscripten::function("_step", &step);
}
