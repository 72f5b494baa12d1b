// mod_traceback.cpp: the _traceback module under stdlib/traceback.py. It hands out the text of
// the uncaught-exception printer (vm/errors.cpp) cut into traceback.py's chunks, so what
// format_exc() returns is what the interpreter prints; it never formats a frame itself.
#include "vm/api.h"
#include "vm/import.h"

namespace il {

static bool limit_arg(ThreadState& ts, Value v, TbFormat* how) {
  if (v == ts.eng.None) return true;
  how->has_limit = true;
  return as_index(ts, v, &how->limit);
}

static List* str_list(ThreadState& ts, const std::vector<std::string>& chunks) {
  List* l = new_list(ts);
  Root r(ts, Value(l));
  for (const std::string& c : chunks) l->items.push_back(new_str(ts, c));
  return l;
}

// [tb] as the entries it shows: a traceback object's exception and depth, or none for None.
static bool tb_arg(ThreadState& ts, Value tb, const std::vector<TbEntry>** entries, size_t* skip) {
  static const std::vector<TbEntry> none;
  *entries = &none;
  *skip = 0;
  if (tb == ts.eng.None) return true;
  Value exc;
  if (!traceback_view(tb, &exc, skip)) {
    raise(ts, ts.eng.exc[E_TypeError], "expected a traceback object, not " + type_name(ts, tb));
    return false;
  }
  *entries = &as<ExceptionObj>(exc)->tb;
  return true;
}

// format_exception(exc, tb, limit, chain) -> list of str: [exc]'s report with [tb] as its
// traceback.
static Value tb_format_exception(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "format_exception", nargs, 4, 4)) return Value();
  if (!is_instance(ts, args[0], ts.eng.exc[E_BaseException]))
    return raise(ts, ts.eng.exc[E_TypeError], "format_exception() needs an exception, not " + type_name(ts, args[0]));
  TbFormat how;
  const std::vector<TbEntry>* entries;
  size_t skip;
  if (!limit_arg(ts, args[2], &how) || !tb_arg(ts, args[1], &entries, &skip)) return Value();
  int chain = truth(ts, args[3]);
  if (chain < 0) return Value();
  how.chain = chain != 0;
  std::vector<std::string> chunks;
  format_exception_chunks(ts, args[0], *entries, skip, how, chunks);
  return Value(str_list(ts, chunks));
}

// exception_only(exc) -> str: the "Type: message" line.
static Value tb_exception_only(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "exception_only", nargs, 1, 1)) return Value();
  if (!is_instance(ts, args[0], ts.eng.exc[E_BaseException]))
    return raise(ts, ts.eng.exc[E_TypeError], "exception_only() needs an exception, not " + type_name(ts, args[0]));
  return new_str(ts, exception_only(ts, args[0]));
}

// extract(tb, limit) -> list of (filename, lineno, name, line, text), outermost first; text is
// the entry as the printer shows it.
static Value tb_extract(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "extract", nargs, 2, 2)) return Value();
  TbFormat how;
  const std::vector<TbEntry>* entries;
  size_t skip;
  if (!limit_arg(ts, args[1], &how) || !tb_arg(ts, args[0], &entries, &skip)) return Value();
  List* out = new_list(ts);
  Root r(ts, Value(out));
  for (const TbEntry* t : tb_entries(*entries, skip, how)) {
    std::string_view line = t->code->source ? t->code->source->line(t->line) : std::string_view();
    size_t b = line.find_first_not_of(" \t\f"), e = line.find_last_not_of(" \t\f\r\n");
    line = b == std::string_view::npos ? std::string_view() : line.substr(b, e - b + 1);
    out->items.push_back(Value(new_tuple(ts, {Value(t->code->filename), Value::small(t->line), Value(t->code->name),
                                              new_str(ts, std::string(line)), new_str(ts, tb_entry_text(*t))})));
  }
  return Value(out);
}

// collapse(texts) -> list of str: the entries with long runs of one line collapsed.
static Value tb_collapse(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "collapse", nargs, 1, 1)) return Value();
  if (!is_type(ts, args[0], ts.eng.t.list)) return raise(ts, ts.eng.exc[E_TypeError], "collapse() needs a list");
  std::vector<std::string> texts, out;
  for (Value v : as<List>(args[0])->items) {
    if (!is_str(ts, v)) return raise(ts, ts.eng.exc[E_TypeError], "collapse() needs a list of str");
    texts.push_back(as_str(v)->s);
  }
  collapse_repeats(texts, out);
  return Value(str_list(ts, out));
}

static Value make_traceback_module(ThreadState& ts) {
  Module* m = new_module(ts, "_traceback");
  Root r(ts, Value(m));
  add_function(ts, m->dict, "format_exception", tb_format_exception);
  add_function(ts, m->dict, "exception_only", tb_exception_only);
  add_function(ts, m->dict, "extract", tb_extract);
  add_function(ts, m->dict, "collapse", tb_collapse);
  return Value(m);
}

void register_traceback_module(Engine& e) { register_native_module(e, "_traceback", make_traceback_module); }

}  // namespace il
