// exception.cpp: BaseException and the builtin hierarchy of exceptions.def: args, __str__,
// __repr__, the chaining attributes, and the few subclasses with extra fields.
#include "vm/api.h"
#include "vm/init.h"

namespace il {

void ExceptionObj::trace(Tracer& t) {
  t.mark(args);
  t.mark(reinterpret_cast<Object*>(dict));
  for (TbEntry& e : tb) t.mark(e.code);
  t.mark(cause);
  t.mark(context);
  t.mark(name_scope);
}

static ExceptionObj* X(Value v) { return static_cast<ExceptionObj*>(v.obj()); }

Value new_exception(ThreadState& ts, Type* type, const std::string& msg) {
  ExceptionObj* e = ts.eng.alloc<ExceptionObj>(type);
  e->args = as<Tuple>(ts.eng.empty_tuple);
  if (!msg.empty()) {
    Root r(ts, Value(e));
    Value m = new_str(ts, msg);
    Root r2(ts, m);
    e->args = new_tuple(ts, {m});
  }
  return Value(e);
}

// ---- OSError ----

// OSError(errno, ...) makes the subclass its errno names (CPython's errnomap). The numbers
// are Linux's, as CPython reports them; the wasm build's own <cerrno> numbers differ.
static const struct { int err; int exc; } kErrnoSubclass[] = {
    {1, E_PermissionError},         {2, E_FileNotFoundError},         {3, E_ProcessLookupError},
    {4, E_InterruptedError},        {10, E_ChildProcessError},        {11, E_BlockingIOError},
    {13, E_PermissionError},        {17, E_FileExistsError},          {20, E_NotADirectoryError},
    {21, E_IsADirectoryError},      {32, E_BrokenPipeError},          {103, E_ConnectionAbortedError},
    {104, E_ConnectionResetError},  {108, E_BrokenPipeError},         {110, E_TimeoutError},
    {111, E_ConnectionRefusedError}, {114, E_BlockingIOError},        {115, E_BlockingIOError},
};
static const char* const kOSErrorFields[] = {"errno", "strerror", "filename", "filename2"};

static bool is_oserror(ThreadState& ts, Type* t) { return t->is_subtype(ts.eng.exc[E_OSError]); }

// OSError's fields from (errno, strerror[, filename[, winerror[, filename2]]]), as CPython's
// oserror_init: kept in the instance dict; with a filename, args keeps only the first two.
static void oserror_fill(ThreadState& ts, ExceptionObj* e, Value* args, int nargs) {
  Engine& en = ts.eng;
  if (!e->dict) e->dict = new_dict(ts);
  Dict* d = e->dict;
  for (const char* f : kOSErrorFields) d->del_str(en.intern(f));
  if (nargs < 2 || nargs > 5) return;
  d->set_str(en.intern("errno"), args[0]);
  d->set_str(en.intern("strerror"), args[1]);
  if (nargs >= 3 && args[2] != en.None) {
    d->set_str(en.intern("filename"), args[2]);
    if (nargs == 5 && args[4] != en.None) d->set_str(en.intern("filename2"), args[4]);
    e->args = new_tuple(ts, {args[0], args[1]});
  }
}

// "[Errno 2] No such file or directory: 'name'", or null when the fields do not make one.
static Value oserror_str(ThreadState& ts, ExceptionObj* e) {
  if (!e->dict) return Value();
  Engine& en = ts.eng;
  Value err = e->dict->get_str(en.intern("errno"));
  Value msg = e->dict->get_str(en.intern("strerror"));
  Value fn = e->dict->get_str(en.intern("filename"));
  Value fn2 = e->dict->get_str(en.intern("filename2"));
  if (!err || !msg) return Value();
  std::string a, b, out;
  if (!str_text(ts, err, a) || !str_text(ts, msg, b)) return Value();
  out = "[Errno " + a + "] " + b;
  if (fn) {
    if (!repr_text(ts, fn, a)) return Value();
    out += ": " + a;
    if (fn2) {
      if (!repr_text(ts, fn2, a)) return Value();
      out += " -> " + a;
    }
  }
  return new_str(ts, out);
}

Value raise_oserror(ThreadState& ts, int err, const std::string& strerror, Value filename) {
  Value msg = new_str(ts, strerror);
  Root r(ts, msg);
  Value args[3] = {Value::small(err), msg, filename};
  Value exc = call(ts, Value(ts.eng.exc[E_OSError]), args, filename ? 3 : 2);
  return exc ? raise_exc(ts, exc) : exc;
}

// ---- BaseException ----

static Value exc_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple*) {
  if (t == ts.eng.exc[E_OSError] && nargs >= 2 && nargs <= 5 && args[0].is_small()) {
    for (auto& m : kErrnoSubclass)
      if (m.err == args[0].small_value()) t = ts.eng.exc[m.exc];
  }
  ExceptionObj* e = ts.eng.alloc<ExceptionObj>(t);
  Root r(ts, Value(e));
  e->args = new_tuple(ts, std::vector<Value>(args, args + nargs));
  if (is_oserror(ts, t)) oserror_fill(ts, e, args, nargs);
  return Value(e);
}

static Value exc_init(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs < 1 || !args[0].is_obj() || args[0].obj()->type->layout != Layout::Exception)
    return raise(ts, ts.eng.exc[E_TypeError], "descriptor '__init__' requires a 'BaseException' object");
  X(args[0])->args = new_tuple(ts, std::vector<Value>(args + 1, args + nargs));
  if (is_oserror(ts, args[0].obj()->type)) oserror_fill(ts, X(args[0]), args + 1, nargs - 1);
  return ts.eng.None;
}

static Value exc_str(ThreadState& ts, Value self) {
  ExceptionObj* e = X(self);
  if (is_oserror(ts, self.obj()->type)) {
    Value s = oserror_str(ts, e);
    if (s || ts.has_error()) return s;
  }
  auto& a = e->args->items;
  if (a.empty()) return Value(ts.eng.names[N_empty]);
  if (a.size() == 1) {
    if (self.obj()->type->is_subtype(ts.eng.exc[E_KeyError])) return repr(ts, a[0]);
    return to_str(ts, a[0]);
  }
  return to_str(ts, Value(e->args));
}

static Value exc_repr(ThreadState& ts, Value self) {
  ExceptionObj* e = X(self);
  std::string name = self.obj()->type->name;
  auto& a = e->args->items;
  if (a.size() == 1) {
    std::string r;
    if (!repr_text(ts, a[0], r)) return Value();
    return new_str(ts, name + "(" + r + ")");
  }
  std::string r;
  if (!repr_text(ts, Value(e->args), r)) return Value();
  if (a.empty()) return new_str(ts, name + "()");
  return new_str(ts, name + r);
}

// A traceback object: a view of one entry of an exception's traceback (outermost first).
struct TracebackObj : Object {
  Value exc;
  size_t depth = 0;   // 0: the outermost frame
  void trace(Tracer& t) override { t.mark(exc); }
};

static Value make_traceback(ThreadState& ts, Value exc, size_t depth);

static Value tb_getattr(ThreadState& ts, Value self, Str* name) {
  TracebackObj* tb = static_cast<TracebackObj*>(self.obj());
  ExceptionObj* e = X(tb->exc);
  size_t n = e->tb.size();
  if (tb->depth >= n) return ts.eng.None;
  const TbEntry& entry = e->tb[n - 1 - tb->depth];
  if (name->s == "tb_lineno") return Value::small(entry.line);
  if (name->s == "tb_next") return tb->depth + 1 < n ? make_traceback(ts, tb->exc, tb->depth + 1) : ts.eng.None;
  if (name->s == "tb_lasti") return Value::small(0);
  if (name->s == "tb_frame") return ts.eng.None;
  return generic_getattr(ts, self, name);
}

static Value make_traceback(ThreadState& ts, Value exc, size_t depth) {
  Engine& e = ts.eng;
  auto found = e.iterator_types.find("traceback");
  Type* t = found != e.iterator_types.end() ? found->second : nullptr;
  if (!t) {
    t = native_type(ts, "traceback", "traceback", "builtins");
    t->slots.getattr = tb_getattr;
  }
  TracebackObj* tb = e.alloc<TracebackObj>(t);
  tb->exc = exc;
  tb->depth = depth;
  return Value(tb);
}

bool traceback_view(Value tb, Value* exc, size_t* depth) {
  if (!tb.is_obj() || tb.obj()->type->slots.getattr != tb_getattr) return false;
  *exc = static_cast<TracebackObj*>(tb.obj())->exc;
  *depth = static_cast<TracebackObj*>(tb.obj())->depth;
  return true;
}

static Value exc_getattr(ThreadState& ts, Value self, Str* name) {
  ExceptionObj* e = X(self);
  Engine& en = ts.eng;
  if (name == en.names[N_args]) return Value(e->args);
  if (name == en.names[N_cause]) return e->cause ? e->cause : en.None;
  if (name == en.names[N_context]) return e->context ? e->context : en.None;
  if (name == en.names[N_suppress_context]) return bool_value(ts, e->suppress_context);
  if (name == en.names[N_traceback]) return e->tb.empty() ? en.None : make_traceback(ts, self, 0);
  Value v = generic_getattr(ts, self, name);
  if (v || ts.has_error()) return v;
  Type* t = self.obj()->type;
  if (name->s == "value" && t->is_subtype(en.exc[E_StopIteration])) return e->args->items.empty() ? en.None : e->args->items[0];
  if (name->s == "code" && t->is_subtype(en.exc[E_SystemExit])) return e->args->items.empty() ? en.None : e->args->items.size() == 1 ? e->args->items[0] : Value(e->args);
  if (name->s == "msg" && t->is_subtype(en.exc[E_SyntaxError])) return e->args->items.empty() ? en.None : e->args->items[0];
  if (name->s == "name" && (t->is_subtype(en.exc[E_NameError]) || t->is_subtype(en.exc[E_ImportError]))) return en.None;
  if (is_oserror(ts, t))
    for (const char* f : kOSErrorFields) if (name->s == f) return en.None;
  return Value();
}

static bool exc_setattr(ThreadState& ts, Value self, Str* name, Value v) {
  ExceptionObj* e = X(self);
  Engine& en = ts.eng;
  if (name == en.names[N_args]) {
    std::vector<Value> items;
    if (!collect_iterable(ts, v, items)) return false;
    e->args = new_tuple(ts, items);
    return true;
  }
  if (name == en.names[N_cause]) {
    if (v && v != en.None && !is_instance(ts, v, en.exc[E_BaseException])) {
      raise(ts, en.exc[E_TypeError], "exception cause must be None or derive from BaseException");
      return false;
    }
    e->cause = v == en.None ? Value() : v;
    e->suppress_context = true;
    return true;
  }
  if (name == en.names[N_context]) { e->context = v == en.None ? Value() : v; return true; }
  if (name == en.names[N_suppress_context]) { e->suppress_context = v == en.True; return true; }
  if (name == en.names[N_traceback]) { if (!v || v == en.None) e->tb.clear(); return true; }
  return generic_setattr(ts, self, name, v);
}

static Value exc_with_traceback(ThreadState&, Value* args, int, Tuple*) { return args[0]; }
static Value exc_str_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "expected 0 arguments");
  return exc_str(ts, args[0]);
}
static Value exc_repr_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "expected 0 arguments");
  return exc_repr(ts, args[0]);
}

void init_exceptions(ThreadState& ts) {
  Engine& e = ts.eng;
  const char* names[] = {
#define EXC(id, s, base) s,
#include "objects/exceptions.def"
#undef EXC
  };
  int bases[] = {
#define EXC(id, s, base) E_##base,
#include "objects/exceptions.def"
#undef EXC
  };
  for (int i = 0; i < E_Count; i++) {
    Type* t = e.alloc<Type>(e.t.type);
    t->name = t->qualname = names[i];
    t->module = "builtins";
    t->layout = Layout::Exception;
    t->is_exception = true;
    t->dict = new_dict(ts);
    Type* base = i == 0 ? e.t.object : e.exc[bases[i]];
    t->base = base;
    t->bases = {base};
    t->mro.push_back(t);
    for (Type* x : base->mro) t->mro.push_back(x);
    if (i == 0) {
      t->slots = e.t.object->slots;
      t->slots.new_ = exc_new;
      t->slots.str = exc_str;
      t->slots.repr = exc_repr;
      t->slots.getattr = exc_getattr;
      t->slots.setattr = exc_setattr;
      add_method(ts, t, "__init__", exc_init);
      add_method(ts, t, "with_traceback", exc_with_traceback);
      add_method(ts, t, "__str__", exc_str_m);
      add_method(ts, t, "__repr__", exc_repr_m);
    } else {
      t->slots = base->slots;
    }
    e.exc[i] = t;
  }
  add_slot_wrappers(ts, e.exc[E_BaseException]);
  // The internal unwinding marker: matched by no except clause.
  Type* st = e.alloc<Type>(e.t.type);
  st->name = st->qualname = "_InterleaveStop";
  st->module = "builtins";
  st->layout = Layout::Exception;
  st->is_exception = true;
  st->dict = new_dict(ts);
  st->base = e.t.object;
  st->bases = {e.t.object};
  st->mro = {st, e.t.object};
  st->slots = e.exc[E_BaseException]->slots;
  e.stop_type = st;
  e.stop_exc = new_exception(ts, st, "");
}

}  // namespace il
