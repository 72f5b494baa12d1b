// errors.cpp: raising and matching exceptions, traceback entries, and the text CPython prints
// for an uncaught exception (chained causes and contexts, collapsed recursion).
#include <unordered_set>

#include "compiler/code_object.h"
#include "vm/api.h"

namespace il {

Value raise_exc(ThreadState& ts, Value exc) {
  ExceptionObj* e = as<ExceptionObj>(exc);
  // Implicit chaining: the exception being handled becomes __context__.
  if (ts.handled && ts.handled != exc && !e->context && exc.obj()->type != ts.eng.stop_type) {
    // Avoid cycles.
    Value c = ts.handled;
    bool cycle = false;
    for (Value x = c; x; x = as<ExceptionObj>(x)->context)
      if (x == exc) { cycle = true; break; }
    if (!cycle) e->context = c;
  }
  ts.exc = exc;
  return Value();
}

Value raise(ThreadState& ts, Type* type, const std::string& msg) {
  Value e = new_exception(ts, type, msg);
  return raise_exc(ts, e);
}

Value raise_no_memory(ThreadState& ts) { return raise(ts, ts.eng.exc[E_MemoryError], ""); }

Value raise_stop(ThreadState& ts) {
  ts.exc = ts.eng.stop_exc;
  return Value();
}

bool error_matches(ThreadState& ts, Type* type) {
  return ts.exc && ts.exc.obj()->type->is_subtype(type);
}

Value take_error(ThreadState& ts) {
  Value e = ts.exc;
  ts.exc = Value();
  return e;
}

bool is_exception_type(ThreadState& ts, Value v) {
  return v.is_obj() && v.obj()->type->layout == Layout::Type && as<Type>(v)->is_subtype(ts.eng.exc[E_BaseException]);
}

void traceback_add(ThreadState& ts, Frame* f) {
  if (!ts.exc || ts.exc.obj()->type == ts.eng.stop_type) return;
  ExceptionObj* e = as<ExceptionObj>(ts.exc);
  const InstrPos* p = f->lasti >= 0 && static_cast<size_t>(f->lasti) < f->code->positions.size() ? &f->code->positions[static_cast<size_t>(f->lasti)] : nullptr;
  TbEntry t{f->code, p ? p->line : f->code->firstlineno, p ? p->col : 0, p ? p->end_col : 0, p ? p->end_line : 0};
  e->tb.push_back(t);
}

static std::string strip(std::string_view s) {
  size_t b = 0, e = s.size();
  while (b < e && (s[b] == ' ' || s[b] == '\t' || s[b] == '\f')) b++;
  while (e > b && (s[e - 1] == ' ' || s[e - 1] == '\t' || s[e - 1] == '\r')) e--;
  return std::string(s.substr(b, e - b));
}

static std::string tb_entry_text(const TbEntry& t) {
  std::string out = "  File \"" + t.code->filename->s + "\", line " + std::to_string(t.line) + ", in " + t.code->name->s + "\n";
  if (t.code->source) {
    std::string ln = strip(t.code->source->line(t.line));
    if (!ln.empty()) out += "    " + ln + "\n";
  }
  return out;
}

std::string exception_only(ThreadState& ts, Value exc) {
  Type* t = exc.obj()->type;
  std::string name = t->qualname;
  if (t->module != "builtins" && t->module != "__main__") name = t->module + "." + name;
  Value saved = ts.exc;
  ts.exc = Value();
  std::string msg;
  if (!str_text(ts, exc, msg)) {
    ts.exc = Value();
    msg = "<exception str() failed>";
  }
  ts.exc = saved;
  if (msg.empty()) return name + "\n";
  return name + ": " + msg + "\n";
}

static void format_one(ThreadState& ts, Value exc, std::unordered_set<Object*>& seen, std::string& out) {
  seen.insert(exc.obj());
  ExceptionObj* e = as<ExceptionObj>(exc);
  if (e->cause && !seen.count(e->cause.obj())) {
    format_one(ts, e->cause, seen, out);
    out += "\nThe above exception was the direct cause of the following exception:\n\n";
  } else if (e->context && !e->suppress_context && !seen.count(e->context.obj())) {
    format_one(ts, e->context, seen, out);
    out += "\nDuring handling of the above exception, another exception occurred:\n\n";
  }
  if (!e->tb.empty()) {
    out += "Traceback (most recent call last):\n";
    // tb holds innermost first; print outermost first, collapsing repeats like CPython.
    std::string last;
    int repeat = 0;
    auto flush_repeat = [&]() {
      if (repeat > 3) {
        int more = repeat - 3;
        out += "  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n";
      }
    };
    for (size_t i = e->tb.size(); i-- > 0;) {
      std::string entry = tb_entry_text(e->tb[i]);
      if (entry == last) {
        repeat++;
        if (repeat <= 3) out += entry;
        continue;
      }
      flush_repeat();
      last = entry;
      repeat = 1;
      out += entry;
    }
    flush_repeat();
  }
  out += exception_only(ts, exc);
}

std::string format_exception(ThreadState& ts, Value exc) {
  std::unordered_set<Object*> seen;
  std::string out;
  format_one(ts, exc, seen, out);
  return out;
}

}  // namespace il
