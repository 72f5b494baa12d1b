// errors.cpp: raising and matching exceptions, traceback entries, and the text CPython prints
// for an uncaught exception (chained causes and contexts, collapsed recursion).
#include <algorithm>
#include <unordered_set>

#include "compiler/code_object.h"
#include "parser/parser.h"
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

// CPython 3.11's anchors for a binary operation or a subscript in [segment]: the operator (or
// the subscript) is marked with '^' and the operands with '~'. Offsets are code points.
static bool caret_anchors(std::string_view segment, int* left_end, int* right_start) {
  Source src("<segment>", std::string(segment));
  Ast ast;
  SyntaxErrorInfo err;
  if (!parse_module(src, ast, err) || ast.body.size() != 1 || ast.body[0]->kind != SK::Expr) return false;
  Expr* e = ast.body[0]->a;
  if (e->pos.line != 1 || e->pos.end_line != 1) return false;
  if (e->kind == EK::BinOp) {
    int op_start = e->a->pos.end_col - 1;   // 0-based
    int op_end = e->b->pos.col - 1;
    std::string op_text = std::string(segment.substr(utf8_offset(segment, op_start),
                                                     utf8_offset(segment, op_end) - utf8_offset(segment, op_start)));
    int lead = 0;
    while (lead < static_cast<int>(op_text.size()) && isspace(static_cast<unsigned char>(op_text[lead]))) lead++;
    *left_end = op_start + lead;
    *right_start = *left_end + 1;
    if (lead + 1 < static_cast<int>(op_text.size()) && !isspace(static_cast<unsigned char>(op_text[lead + 1])))
      (*right_start)++;
    return true;
  }
  if (e->kind == EK::Subscript) {
    *left_end = e->a->pos.end_col - 1;
    *right_start = e->b->pos.end_col - 1 + 1;
    return true;
  }
  return false;
}

std::string tb_entry_text(const TbEntry& t) {
  std::string out = "  File \"" + t.code->filename->s + "\", line " + std::to_string(t.line) + ", in " + t.code->name->s + "\n";
  if (!t.code->source) return out;
  std::string_view full = t.code->source->line(t.line);
  size_t lead_bytes = 0;
  while (lead_bytes < full.size() && (full[lead_bytes] == ' ' || full[lead_bytes] == '\t' || full[lead_bytes] == '\f'))
    lead_bytes++;
  std::string_view shown = full.substr(lead_bytes);
  if (shown.empty()) return out;
  out += "    " + std::string(shown) + "\n";
  // Carets under the failing expression when it is not the whole line (3.11).
  if (t.col <= 0 || t.end_col <= 0) return out;
  int lead = static_cast<int>(utf8_length(full.substr(0, lead_bytes)));
  int shown_len = static_cast<int>(utf8_length(shown));
  int start = t.col - 1;
  int end = t.end_col - 1;
  bool multiline = t.end_line > t.line;
  if (multiline) end = lead + shown_len;
  if (start < lead || end <= start) return out;
  int left_end = 0, right_start = 0;
  bool anchors = false;
  if (!multiline) {
    size_t b = utf8_offset(full, start), e = utf8_offset(full, end);
    anchors = caret_anchors(full.substr(b, e - b), &left_end, &right_start);
  }
  if (!(end - start < shown_len || (anchors && right_start - left_end > 0))) return out;
  out += "    " + std::string(static_cast<size_t>(start - lead), ' ');
  if (anchors) {
    out += std::string(static_cast<size_t>(left_end), '~');
    out += std::string(static_cast<size_t>(right_start - left_end), '^');
    int rest = end - start - right_start;
    if (rest > 0) out += std::string(static_cast<size_t>(rest), '~');
  } else {
    out += std::string(static_cast<size_t>(end - start), '^');
  }
  out += "\n";
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
  std::string hint = suggestion_for(ts, exc);
  if (!hint.empty()) msg += ". Did you mean: '" + hint + "'?";
  if (msg.empty()) return name + "\n";
  return name + ": " + msg + "\n";
}

// [limit] is applied like traceback.py's walk_tb.
std::vector<const TbEntry*> tb_entries(const std::vector<TbEntry>& tb, size_t skip, const TbFormat& how) {
  std::vector<const TbEntry*> out;
  for (size_t i = tb.size() - std::min(skip, tb.size()); i-- > 0;) out.push_back(&tb[i]);
  if (how.has_limit) {
    size_t n = static_cast<size_t>(how.limit < 0 ? -how.limit : how.limit);
    if (n < out.size()) {
      if (how.limit >= 0) out.resize(n);
      else out.erase(out.begin(), out.end() - static_cast<std::ptrdiff_t>(n));
    }
  }
  return out;
}

static std::vector<std::string> tb_entry_texts(const std::vector<TbEntry>& tb, size_t skip, const TbFormat& how) {
  std::vector<std::string> out;
  for (const TbEntry* t : tb_entries(tb, skip, how)) out.push_back(tb_entry_text(*t));
  return out;
}

void collapse_repeats(const std::vector<std::string>& entries, std::vector<std::string>& out) {
  std::string last;
  int repeat = 0;
  auto flush_repeat = [&]() {
    if (repeat > 3) {
      int more = repeat - 3;
      out.push_back("  [Previous line repeated " + std::to_string(more) + " more time" + (more > 1 ? "s" : "") + "]\n");
    }
  };
  for (const std::string& entry : entries) {
    if (entry == last) {
      repeat++;
      if (repeat <= 3) out.push_back(entry);
      continue;
    }
    flush_repeat();
    last = entry;
    repeat = 1;
    out.push_back(entry);
  }
  flush_repeat();
}

static void format_one(ThreadState& ts, Value exc, const std::vector<TbEntry>& tb, size_t skip, const TbFormat& how,
                       std::unordered_set<Object*>& seen, std::vector<std::string>& out) {
  seen.insert(exc.obj());
  ExceptionObj* e = as<ExceptionObj>(exc);
  if (how.chain && e->cause && !seen.count(e->cause.obj())) {
    format_one(ts, e->cause, as<ExceptionObj>(e->cause)->tb, 0, how, seen, out);
    out.push_back("\nThe above exception was the direct cause of the following exception:\n\n");
  } else if (how.chain && e->context && !e->suppress_context && !seen.count(e->context.obj())) {
    format_one(ts, e->context, as<ExceptionObj>(e->context)->tb, 0, how, seen, out);
    out.push_back("\nDuring handling of the above exception, another exception occurred:\n\n");
  }
  std::vector<std::string> entries = tb_entry_texts(tb, skip, how);
  if (!entries.empty()) {
    out.push_back("Traceback (most recent call last):\n");
    collapse_repeats(entries, out);
  }
  out.push_back(exception_only(ts, exc));
}

void format_exception_chunks(ThreadState& ts, Value exc, const std::vector<TbEntry>& tb, size_t skip,
                             const TbFormat& how, std::vector<std::string>& out) {
  std::unordered_set<Object*> seen;
  format_one(ts, exc, tb, skip, how, seen, out);
}

std::string format_exception(ThreadState& ts, Value exc) {
  std::vector<std::string> chunks;
  format_exception_chunks(ts, exc, as<ExceptionObj>(exc)->tb, 0, TbFormat(), chunks);
  std::string out;
  for (const std::string& c : chunks) out += c;
  return out;
}

}  // namespace il
