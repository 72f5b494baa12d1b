// builtins.cpp: the builtins module: functions, the builtin types and exceptions by name,
// __build_class__ and super. print() writes through sys.stdout (io/stdout.cpp fast path).
#include <algorithm>
#include <cmath>
#include <cstdio>

#include "objects/bigint.h"
#include "objects/generator.h"
#include "compiler/compiler.h"
#include "vm/api.h"
#include "vm/call.h"
#include "vm/import.h"
#include "vm/init.h"

namespace il {

bool int_big_value(Value v, BigNum* out);
Value int_from_big(ThreadState& ts, const BigNum& b);
Value format_value(ThreadState& ts, Value v, Value spec);
Value seq_reversed(ThreadState& ts, Value self);
Value range_reversed(ThreadState& ts, Value self);
bool print_to_stdout(ThreadState& ts, Value file, Value* args, int nargs, Value sep, Value end, bool flush);
std::string float_repr_text(double v);

#define B(name) static Value bi_##name(ThreadState& ts, [[maybe_unused]] Value* args, [[maybe_unused]] int nargs, [[maybe_unused]] Tuple* kw)

B(print) {
  int npos = nargs;
  Value sep, end, file, flush;
  if (kw) {
    for (size_t i = 0; i < kw->items.size(); i++) {
      const std::string& k = as_str(kw->items[i])->s;
      Value v = args[npos + static_cast<int>(i)];
      if (k == "sep") sep = v;
      else if (k == "end") end = v;
      else if (k == "file") file = v;
      else if (k == "flush") flush = v;
      else return raise(ts, ts.eng.exc[E_TypeError], "'" + k + "' is an invalid keyword argument for print()");
    }
  }
  Engine& e = ts.eng;
  if (sep && sep != e.None && !is_str(ts, sep))
    return raise(ts, e.exc[E_TypeError], "sep must be None or a string, not " + type_name(ts, sep));
  if (end && end != e.None && !is_str(ts, end))
    return raise(ts, e.exc[E_TypeError], "end must be None or a string, not " + type_name(ts, end));
  int fl = flush ? truth(ts, flush) : 0;
  if (fl < 0) return Value();
  if (!print_to_stdout(ts, file, args, npos, sep, end, fl)) return Value();
  return e.None;
}

B(len) {
  if (!no_kwargs(ts, "len", kw) || !check_nargs(ts, "len", nargs, 1, 1)) return Value();
  int64_t n = length(ts, args[0]);
  if (n < 0) return Value();
  return make_int(ts, n);
}

B(repr) {
  if (!no_kwargs(ts, "repr", kw) || !check_nargs(ts, "repr", nargs, 1, 1)) return Value();
  return repr(ts, args[0]);
}

B(ascii) {
  if (!check_nargs(ts, "ascii", nargs, 1, 1)) return Value();
  return ascii_repr(ts, args[0]);
}

Value ascii_repr(ThreadState& ts, Value v) {
  Value r = repr(ts, v);
  if (!r) return r;
  std::string out;
  const std::string& s = as_str(r)->s;
  for (size_t i = 0; i < s.size();) {
    uint32_t cp = utf8_decode(s, i);
    if (cp < 0x80) out += static_cast<char>(cp);
    else {
      char buf[16];
      if (cp < 0x100) snprintf(buf, sizeof buf, "\\x%02x", cp);
      else if (cp < 0x10000) snprintf(buf, sizeof buf, "\\u%04x", cp);
      else snprintf(buf, sizeof buf, "\\U%08x", cp);
      out += buf;
    }
  }
  return new_str(ts, out);
}

B(abs) {
  if (!check_nargs(ts, "abs", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (v.is_small()) return make_int(ts, v.small_value() < 0 ? -v.small_value() : v.small_value());
  Type* t = v.obj()->type;
  if (!t->is_heap) {   // a subclass goes by its __abs__, or its base's (an exact result)
    if (t->layout == Layout::Float) return new_float(ts, std::fabs(static_cast<FloatObj*>(v.obj())->v));
    if (t->layout == Layout::Bool) return Value::small(v == ts.eng.True ? 1 : 0);
    if (t->layout == Layout::Int) {
      BigNum b;
      int_big_value(v, &b);
      return b.neg ? unary_op(ts, v, UnOp::Neg) : v;
    }
  }
  Value f = type_lookup(t, ts.eng.names[N_abs]);
  if (f) return call1(ts, f, v);
  return raise(ts, ts.eng.exc[E_TypeError], "bad operand type for abs(): '" + type_name(ts, v) + "'");
}

static Value minmax(ThreadState& ts, Value* args, int nargs, Tuple* kw, bool is_max) {
  const char* name = is_max ? "max" : "min";
  Value key, dflt;
  if (kw) {
    for (size_t i = 0; i < kw->items.size(); i++) {
      const std::string& k = as_str(kw->items[i])->s;
      if (k == "key") key = args[nargs + static_cast<int>(i)];
      else if (k == "default") dflt = args[nargs + static_cast<int>(i)];
      else return raise(ts, ts.eng.exc[E_TypeError], std::string(name) + "() got an unexpected keyword argument '" + k + "'");
    }
  }
  if (key == ts.eng.None) key = Value();
  std::vector<Value> items;
  if (nargs == 0) return raise(ts, ts.eng.exc[E_TypeError], std::string(name) + " expected at least 1 argument, got 0");
  if (nargs == 1) {
    if (!collect_iterable(ts, args[0], items)) return Value();
  } else {
    if (dflt) return raise(ts, ts.eng.exc[E_TypeError], std::string("Cannot specify a default for ") + name + "() with multiple positional arguments");
    items.assign(args, args + nargs);
  }
  if (items.empty()) {
    if (dflt) return dflt;
    return raise(ts, ts.eng.exc[E_ValueError], std::string(name) + "() arg is an empty sequence");
  }
  List* keep = new_list(ts, items);
  Root r(ts, Value(keep));
  Value best = items[0];
  Value best_key = key ? call1(ts, key, best) : best;
  if (!best_key) return Value();
  Root r2(ts, best_key);
  for (size_t i = 1; i < items.size(); i++) {
    Value k = key ? call1(ts, key, items[i]) : items[i];
    if (!k) return Value();
    Root r3(ts, k);
    int c = compare_bool(ts, k, best_key, is_max ? CmpOp::Gt : CmpOp::Lt);
    if (c < 0) return Value();
    if (c) { best = items[i]; best_key = k; r2.set(k); }
  }
  return best;
}
B(min) { return minmax(ts, args, nargs, kw, false); }
B(max) { return minmax(ts, args, nargs, kw, true); }

B(sum) {
  Value a[2];
  if (!parse_args(ts, "sum", args, nargs, kw, {"iterable", "start"}, 1, a)) return Value();
  if (a[1] && is_str(ts, a[1])) return raise(ts, ts.eng.exc[E_TypeError], "sum() can't sum strings [use ''.join(seq) instead]");
  Value acc = a[1] ? a[1] : Value::small(0);
  Value it = get_iter(ts, a[0]);
  if (!it) return it;
  Root r(ts, it);
  Root r2(ts, acc);
  for (;;) {
    Value v = iter_next(ts, it);
    if (!v) { if (ts.has_error()) return Value(); break; }
    if (acc.is_small() && v.is_small()) {
      int64_t s;
      if (!__builtin_add_overflow(acc.small_value(), v.small_value(), &s) && Value::fits_small(s)) {
        acc = Value::small(s);
        r2.set(acc);
        continue;
      }
    }
    Root r3(ts, v);
    acc = binary_op(ts, acc, v, static_cast<int>(BinOp::Add));
    if (!acc) return acc;
    r2.set(acc);
  }
  return acc;
}

static Value anyall(ThreadState& ts, Value* args, int nargs, bool any) {
  if (!check_nargs(ts, any ? "any" : "all", nargs, 1, 1)) return Value();
  Value it = get_iter(ts, args[0]);
  if (!it) return it;
  Root r(ts, it);
  for (;;) {
    Value v = iter_next(ts, it);
    if (!v) { if (ts.has_error()) return Value(); break; }
    int t = truth(ts, v);
    if (t < 0) return Value();
    if (any && t) return ts.eng.True;
    if (!any && !t) return ts.eng.False;
  }
  return bool_value(ts, !any);
}
B(any) { (void)kw; return anyall(ts, args, nargs, true); }
B(all) { (void)kw; return anyall(ts, args, nargs, false); }

B(sorted) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], nargs == 0 ? "sorted expected 1 argument, got 0" : "sorted expected 1 argument, got " + std::to_string(nargs));
  Value a[2];
  if (!parse_args(ts, "sorted", args + 1, 0, kw, {"key", "reverse"}, 0, a)) return Value();
  std::vector<Value> items;
  if (!collect_iterable(ts, args[0], items)) return Value();
  List* l = new_list(ts, items);
  Root r(ts, Value(l));
  int rev = a[1] ? truth(ts, a[1]) : 0;
  if (rev < 0) return Value();
  if (!sort_values(ts, l->items, a[0], rev)) return Value();
  return Value(l);
}

// ---- iterator builtins ----

struct EnumerateIter : IterObj {
  Value it;
  int64_t n = 0;
  void trace(Tracer& t) override { t.mark(it); }
  Value next(ThreadState& ts) override {
    Value v = iter_next(ts, it);
    if (!v) return v;
    Root r(ts, v);
    return Value(new_tuple(ts, {make_int(ts, n++), v}));
  }
};
B(enumerate) {
  Value a[2];
  if (!parse_args(ts, "enumerate", args, nargs, kw, {"iterable", "start"}, 1, a)) return Value();
  Value it = get_iter(ts, a[0]);
  if (!it) return it;
  Root r(ts, it);
  EnumerateIter* e = ts.eng.alloc<EnumerateIter>(iterator_type(ts, "enumerate"));
  e->it = it;
  if (a[1] && !as_index(ts, a[1], &e->n)) return Value();
  return Value(e);
}

struct ZipIter : IterObj {
  std::vector<Value> its;
  bool strict = false;
  void trace(Tracer& t) override { for (Value v : its) t.mark(v); }
  Value next(ThreadState& ts) override {
    if (its.empty()) return Value();
    List* vals = new_list(ts);
    Root r(ts, Value(vals));
    for (size_t i = 0; i < its.size(); i++) {
      Value v = iter_next(ts, its[i]);
      if (!v) {
        if (ts.has_error()) return v;
        if (strict) {
          if (i > 0) return raise(ts, ts.eng.exc[E_ValueError], "zip() argument " + std::to_string(i + 1) + " is shorter than argument" + (i == 1 ? " 1" : "s 1-" + std::to_string(i)));
          for (size_t j = 1; j < its.size(); j++) {
            Value w = iter_next(ts, its[j]);
            if (w) return raise(ts, ts.eng.exc[E_ValueError], "zip() argument " + std::to_string(j + 1) + " is longer than argument" + (j == 1 ? " 1" : "s 1-" + std::to_string(j)));
            if (ts.has_error()) return Value();
          }
        }
        its.clear();
        return Value();
      }
      vals->items.push_back(v);
    }
    return Value(new_tuple(ts, vals->items));
  }
};
B(zip) {
  ZipIter* z = ts.eng.alloc<ZipIter>(iterator_type(ts, "zip"));
  Root r(ts, Value(z));
  if (kw) {
    for (size_t i = 0; i < kw->items.size(); i++) {
      if (as_str(kw->items[i])->s != "strict") return raise(ts, ts.eng.exc[E_TypeError], "zip() got an unexpected keyword argument '" + as_str(kw->items[i])->s + "'");
      int t = truth(ts, args[nargs + static_cast<int>(i)]);
      if (t < 0) return Value();
      z->strict = t;
    }
  }
  for (int i = 0; i < nargs; i++) {
    Value it = get_iter(ts, args[i]);
    if (!it) {
      if (error_matches(ts, ts.eng.exc[E_TypeError])) {
        take_error(ts);
        return raise(ts, ts.eng.exc[E_TypeError], "zip argument #" + std::to_string(i + 1) + " must support iteration");
      }
      return it;
    }
    z->its.push_back(it);
  }
  return Value(z);
}

struct MapIter : IterObj {
  Value fn;
  std::vector<Value> its;
  void trace(Tracer& t) override { t.mark(fn); for (Value v : its) t.mark(v); }
  Value next(ThreadState& ts) override {
    List* vals = new_list(ts);
    Root r(ts, Value(vals));
    for (Value it : its) {
      Value v = iter_next(ts, it);
      if (!v) return v;
      vals->items.push_back(v);
    }
    return call(ts, fn, vals->items.data(), static_cast<int>(vals->items.size()));
  }
};
B(map) {
  if (!no_kwargs(ts, "map", kw)) return Value();
  if (nargs < 2) return raise(ts, ts.eng.exc[E_TypeError], "map() must have at least two arguments.");
  MapIter* m = ts.eng.alloc<MapIter>(iterator_type(ts, "map"));
  Root r(ts, Value(m));
  m->fn = args[0];
  for (int i = 1; i < nargs; i++) {
    Value it = get_iter(ts, args[i]);
    if (!it) return it;
    m->its.push_back(it);
  }
  return Value(m);
}

struct FilterIter : IterObj {
  Value fn, it;
  void trace(Tracer& t) override { t.mark(fn); t.mark(it); }
  Value next(ThreadState& ts) override {
    for (;;) {
      Value v = iter_next(ts, it);
      if (!v) return v;
      Root r(ts, v);
      int t;
      if (fn == ts.eng.None) t = truth(ts, v);
      else {
        Value k = call1(ts, fn, v);
        if (!k) return k;
        t = truth(ts, k);
      }
      if (t < 0) return Value();
      if (t) return v;
    }
  }
};
B(filter) {
  if (!no_kwargs(ts, "filter", kw) || !check_nargs(ts, "filter", nargs, 2, 2)) return Value();
  Value it = get_iter(ts, args[1]);
  if (!it) return it;
  Root r(ts, it);
  FilterIter* f = ts.eng.alloc<FilterIter>(iterator_type(ts, "filter"));
  f->fn = args[0];
  f->it = it;
  return Value(f);
}

struct ReversedIter : IterObj {
  Value seq;
  int64_t i = 0;
  void trace(Tracer& t) override { t.mark(seq); }
  Value next(ThreadState& ts) override {
    if (i <= 0 || !seq) return Value();
    return getitem(ts, seq, Value::small(--i));
  }
};
B(reversed) {
  if (!no_kwargs(ts, "reversed", kw) || !check_nargs(ts, "reversed", nargs, 1, 1)) return Value();
  Value s = args[0];
  Type* t = type_of(ts, s);
  if (t == ts.eng.t.list || t == ts.eng.t.tuple) return seq_reversed(ts, s);
  if (t == ts.eng.t.range) return range_reversed(ts, s);
  Value f = type_lookup(t, ts.eng.names[N_reversed]);
  if (f) return call1(ts, f, s);
  if (t->layout == Layout::Dict) {
    std::vector<Value> keys;
    if (!collect_iterable(ts, s, keys)) return Value();
    List* l = new_list(ts, keys);
    Root r(ts, Value(l));
    return seq_reversed(ts, Value(l));
  }
  if (!t->slots.getitem || !t->slots.len)
    return raise(ts, ts.eng.exc[E_TypeError], "'" + t->name + "' object is not reversible");
  int64_t n = length(ts, s);
  if (n < 0) return Value();
  ReversedIter* r = ts.eng.alloc<ReversedIter>(iterator_type(ts, "reversed"));
  r->seq = s;
  r->i = n;
  return Value(r);
}

struct CallIter : IterObj {
  Value fn, sentinel;
  void trace(Tracer& t) override { t.mark(fn); t.mark(sentinel); }
  Value next(ThreadState& ts) override {
    if (!fn) return Value();
    Value v = call0(ts, fn);
    if (!v) {
      if (error_matches(ts, ts.eng.exc[E_StopIteration])) { take_error(ts); fn = Value(); }
      return Value();
    }
    Root r(ts, v);
    int eq = equals(ts, v, sentinel);
    if (eq < 0) return Value();
    if (eq) { fn = Value(); return Value(); }
    return v;
  }
};
B(iter) {
  if (!no_kwargs(ts, "iter", kw) || !check_nargs(ts, "iter", nargs, 1, 2)) return Value();
  if (nargs == 2) {
    CallIter* c = ts.eng.alloc<CallIter>(iterator_type(ts, "callable_iterator"));
    c->fn = args[0];
    c->sentinel = args[1];
    return Value(c);
  }
  return get_iter(ts, args[0]);
}

B(next) {
  if (!no_kwargs(ts, "next", kw) || !check_nargs(ts, "next", nargs, 1, 2)) return Value();
  Type* t = type_of(ts, args[0]);
  if (!t->slots.next) return raise(ts, ts.eng.exc[E_TypeError], "'" + t->name + "' object is not an iterator");
  Value v;
  if (t == ts.eng.t.generator) {
    Value ret;
    v = gen_resume(ts, as<Generator>(args[0]), ts.eng.None, Value(), &ret);
    if (!v && !ts.has_error()) {
      if (nargs == 2) return args[1];
      if (ret && ret != ts.eng.None) {
        Value e = new_exception(ts, ts.eng.exc[E_StopIteration], "");
        Root r(ts, e);
        as<ExceptionObj>(e)->args = new_tuple(ts, {ret});
        return raise_exc(ts, e);
      }
      return raise(ts, ts.eng.exc[E_StopIteration], "");
    }
    return v;
  }
  v = t->slots.next(ts, args[0]);
  if (v || ts.has_error()) return v;
  if (nargs == 2) return args[1];
  return raise(ts, ts.eng.exc[E_StopIteration], "");
}

// ---- introspection ----

// isinstance and issubclass as CPython's PyObject_IsInstance/IsSubclass: a class whose
// metaclass is exactly type answers at once; otherwise the metaclass's __instancecheck__ /
// __subclasscheck__ (type's own for every metaclass that does not override it) decides.
// Each returns -1 with an exception pending, 0 or 1.
static int check_hook(ThreadState& ts, Value cls, Str* name, Value arg) {
  Type* meta = type_of(ts, cls);
  Value f = type_lookup(meta, name);
  Value r;
  if (f.is_obj() && (f.obj()->type->layout == Layout::Function || f.obj()->type->layout == Layout::NativeFunction)) {
    r = call2(ts, f, cls, arg);
  } else {
    Value b = getattr(ts, cls, name);
    if (!b) return -1;
    Root rb(ts, b);
    r = call1(ts, b, arg);
  }
  if (!r) return -1;
  return truth(ts, r);
}

static int isinstance_impl(ThreadState& ts, Value v, Value cls) {
  Engine& e = ts.eng;
  Type* vt = type_of(ts, v);
  if (cls == Value(vt)) return 1;
  Type* meta = type_of(ts, cls);
  if (meta == e.t.type) return vt->is_subtype(as<Type>(cls));
  if (meta->is_subtype(e.t.tuple)) {
    for (Value c : as<Tuple>(cls)->items) {
      int r = isinstance_impl(ts, v, c);
      if (r) return r;
    }
    return 0;
  }
  Str* hook = e.intern("__instancecheck__");
  if (type_lookup(meta, hook)) return check_hook(ts, cls, hook, v);
  raise(ts, e.exc[E_TypeError], "isinstance() arg 2 must be a type, a tuple of types, or a union");
  return -1;
}
B(isinstance) {
  if (!no_kwargs(ts, "isinstance", kw) || !check_nargs(ts, "isinstance", nargs, 2, 2)) return Value();
  int r = isinstance_impl(ts, args[0], args[1]);
  if (r < 0) return Value();
  return bool_value(ts, r);
}
static int issubclass_impl(ThreadState& ts, Value d, Value cls) {
  Engine& e = ts.eng;
  Type* meta = type_of(ts, cls);
  if (meta->is_subtype(e.t.tuple)) {
    for (Value c : as<Tuple>(cls)->items) {
      int r = issubclass_impl(ts, d, c);
      if (r) return r;
    }
    return 0;
  }
  if (meta != e.t.type) {
    Str* hook = e.intern("__subclasscheck__");
    if (type_lookup(meta, hook)) return check_hook(ts, cls, hook, d);
  }
  if (!is_instance(ts, d, e.t.type)) {
    raise(ts, e.exc[E_TypeError], "issubclass() arg 1 must be a class");
    return -1;
  }
  if (!is_instance(ts, cls, e.t.type)) {
    raise(ts, e.exc[E_TypeError], "issubclass() arg 2 must be a class, a tuple of classes, or a union");
    return -1;
  }
  return as<Type>(d)->is_subtype(as<Type>(cls));
}
B(issubclass) {
  if (!no_kwargs(ts, "issubclass", kw) || !check_nargs(ts, "issubclass", nargs, 2, 2)) return Value();
  int r = issubclass_impl(ts, args[0], args[1]);
  if (r < 0) return Value();
  return bool_value(ts, r);
}

static bool attr_name(ThreadState& ts, Value v, const char* fn, Str** out) {
  if (!is_str(ts, v)) {
    raise(ts, ts.eng.exc[E_TypeError], std::string(fn) + "(): attribute name must be string");
    return false;
  }
  *out = ts.eng.intern(as_str(v)->s);
  return true;
}
B(getattr) {
  if (!no_kwargs(ts, "getattr", kw) || !check_nargs(ts, "getattr", nargs, 2, 3)) return Value();
  Str* n;
  if (!attr_name(ts, args[1], "getattr", &n)) return Value();
  if (nargs == 3) {
    Value v = getattr_opt(ts, args[0], n);
    if (v || ts.has_error()) return v;
    return args[2];
  }
  return getattr(ts, args[0], n);
}
B(setattr) {
  if (!no_kwargs(ts, "setattr", kw) || !check_nargs(ts, "setattr", nargs, 3, 3)) return Value();
  Str* n;
  if (!attr_name(ts, args[1], "setattr", &n)) return Value();
  if (!setattr(ts, args[0], n, args[2])) return Value();
  return ts.eng.None;
}
B(delattr) {
  if (!no_kwargs(ts, "delattr", kw) || !check_nargs(ts, "delattr", nargs, 2, 2)) return Value();
  Str* n;
  if (!attr_name(ts, args[1], "delattr", &n)) return Value();
  if (!delattr(ts, args[0], n)) return Value();
  return ts.eng.None;
}
B(hasattr) {
  if (!no_kwargs(ts, "hasattr", kw) || !check_nargs(ts, "hasattr", nargs, 2, 2)) return Value();
  Str* n;
  if (!attr_name(ts, args[1], "hasattr", &n)) return Value();
  Value v = getattr_opt(ts, args[0], n);
  if (!v && ts.has_error()) return Value();
  return bool_value(ts, static_cast<bool>(v));
}
B(id) {
  if (!no_kwargs(ts, "id", kw) || !check_nargs(ts, "id", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (v.is_small()) return make_int(ts, static_cast<int64_t>(v.raw() >> 1) * 32 + 9);
  return make_int(ts, static_cast<int64_t>(reinterpret_cast<uintptr_t>(v.obj()) >> 2));
}
B(hash) {
  if (!no_kwargs(ts, "hash", kw) || !check_nargs(ts, "hash", nargs, 1, 1)) return Value();
  int64_t h;
  if (!hash(ts, args[0], &h)) return Value();
  return make_int(ts, h);
}
B(callable) {
  if (!no_kwargs(ts, "callable", kw) || !check_nargs(ts, "callable", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (!v.is_obj()) return ts.eng.False;
  Layout l = v.obj()->type->layout;
  bool c = l == Layout::Function || l == Layout::NativeFunction || l == Layout::BoundMethod || l == Layout::Type ||
           v.obj()->type->slots.call;
  return bool_value(ts, c);
}

B(globals) {
  (void)args; (void)nargs; (void)kw;
  if (!ts.frame) return Value(ts.eng.main_mod->dict);
  return Value(ts.frame->globals);
}
B(locals) {
  (void)args; (void)nargs; (void)kw;
  Frame* f = ts.frame;
  if (!f) return Value(ts.eng.main_mod->dict);
  if (f->locals_dict) return Value(f->locals_dict);
  Dict* d = new_dict(ts);
  for (int i = 0; i < f->code->nlocals(); i++)
    if (f->localsplus[i]) d->set_str(f->code->varnames[static_cast<size_t>(i)], f->localsplus[i]);
  return Value(d);
}
B(vars) {
  if (!no_kwargs(ts, "vars", kw) || !check_nargs(ts, "vars", nargs, 0, 1)) return Value();
  if (nargs == 0) return bi_locals(ts, args, 0, nullptr);
  Value d = getattr_opt(ts, args[0], ts.eng.names[N_dict]);
  if (!d) {
    if (ts.has_error()) return d;
    return raise(ts, ts.eng.exc[E_TypeError], "vars() argument must have __dict__ attribute");
  }
  return d;
}
B(dir) {
  if (!no_kwargs(ts, "dir", kw) || !check_nargs(ts, "dir", nargs, 0, 1)) return Value();
  Engine& e = ts.eng;
  Dict* names = new_dict(ts);
  Root r(ts, Value(names));
  auto add_dict = [&](Dict* d) {
    if (!d) return;
    for (auto& en : d->entries) if (en.key && is_str(ts, en.key)) names->set_str(as_str(en.key), e.None);
  };
  if (nargs == 0) {
    Value l = bi_locals(ts, args, 0, nullptr);
    if (!l) return l;
    add_dict(as<Dict>(l));
  } else {
    Value o = args[0];
    if (o.is_obj()) {
      if (Dict** dp = o.obj()->dict_slot()) add_dict(*dp);
    }
    Type* t = is_instance(ts, o, e.t.type) ? as<Type>(o) : type_of(ts, o);
    for (Type* x : t->mro) add_dict(x->dict);
    if (o.is_obj() && o.obj()->type->layout == Layout::Module) {}
  }
  List* l = new_list(ts);
  Root r2(ts, Value(l));
  for (auto& en : names->entries) if (en.key) l->items.push_back(en.key);
  if (!sort_values(ts, l->items, Value(), false)) return Value();
  return Value(l);
}

// ---- numbers and text ----

B(ord) {
  if (!no_kwargs(ts, "ord", kw) || !check_nargs(ts, "ord", nargs, 1, 1)) return Value();
  Value v = args[0];
  if (v.is_obj() && v.obj()->type->layout == Layout::Bytes) {
    const std::string& s = as_str(v)->s;
    if (s.size() != 1) return raise(ts, ts.eng.exc[E_TypeError], "ord() expected a character, but string of length " + std::to_string(s.size()) + " found");
    return Value::small(static_cast<unsigned char>(s[0]));
  }
  if (!is_str(ts, v)) return raise(ts, ts.eng.exc[E_TypeError], "ord() expected string of length 1, but " + type_name(ts, v) + " found");
  Str* s = as_str(v);
  if (s->length() != 1) return raise(ts, ts.eng.exc[E_TypeError], "ord() expected a character, but string of length " + std::to_string(s->length()) + " found");
  size_t i = 0;
  return Value::small(utf8_decode(s->s, i));
}
B(chr) {
  if (!no_kwargs(ts, "chr", kw) || !check_nargs(ts, "chr", nargs, 1, 1)) return Value();
  int64_t c;
  if (!as_index(ts, args[0], &c)) return Value();
  if (c < 0 || c > 0x10FFFF) return raise(ts, ts.eng.exc[E_ValueError], "chr() arg not in range(0x110000)");
  std::string s;
  utf8_append(s, static_cast<uint32_t>(c));
  return Value(ts.eng.intern(s));
}
static Value radix(ThreadState& ts, Value* args, int nargs, const char* name, int base, const char* prefix) {
  if (!check_nargs(ts, name, nargs, 1, 1)) return Value();
  BigNum b;
  if (!int_big_value(args[0], &b)) {
    int64_t v;
    if (!as_index(ts, args[0], &v)) return Value();
    b = BigNum::from_i64(v);
  }
  bool neg = b.neg;
  b.neg = false;
  return new_str(ts, (neg ? "-" : "") + std::string(prefix) + b.to_string(base));
}
B(hex) { (void)kw; return radix(ts, args, nargs, "hex", 16, "0x"); }
B(oct) { (void)kw; return radix(ts, args, nargs, "oct", 8, "0o"); }
B(bin) { (void)kw; return radix(ts, args, nargs, "bin", 2, "0b"); }

B(round) {
  Value a[2];
  if (!parse_args(ts, "round", args, nargs, kw, {"number", "ndigits"}, 1, a)) return Value();
  Value x = a[0];
  bool has_nd = a[1] && a[1] != ts.eng.None;
  if (is_int(ts, x)) {
    BigNum v;
    int_big_value(x, &v);
    int64_t nd = 0;
    if (has_nd && !as_index(ts, a[1], &nd)) return Value();
    if (nd >= 0) return int_from_big(ts, v);   // a bool rounds to a plain int
    // Round half even to a multiple of 10**-nd; 0 once that is past twice |v|.
    if (static_cast<double>(-nd) > static_cast<double>(v.bit_length()) * 0.30103 + 2) return Value::small(0);
    BigNum p = big_pow(BigNum::from_i64(10), static_cast<uint64_t>(-nd)), q, r;
    big_divmod(v, p, &q, &r);
    int c = big_cmp(big_add(r, r), p);
    if (c > 0 || (c == 0 && !q.is_zero() && (q.mag[0] & 1))) q = big_add(q, BigNum::from_i64(1));
    return int_from_big(ts, big_mul(q, p));
  }
  if (x.is_obj() && x.obj()->type->layout == Layout::Float) {
    double d = static_cast<FloatObj*>(x.obj())->v;
    if (!has_nd) {
      if (std::isnan(d)) return raise(ts, ts.eng.exc[E_ValueError], "cannot convert float NaN to integer");
      if (std::isinf(d)) return raise(ts, ts.eng.exc[E_OverflowError], "cannot convert float infinity to integer");
      double r = std::nearbyint(d);
      if (std::fabs(r) > 2.0e18) return int_from_big(ts, BigNum::from_double(r));
      return make_int(ts, static_cast<int64_t>(r));
    }
    int64_t nd;
    if (!as_index(ts, a[1], &nd)) return Value();
    if (!std::isfinite(d)) return x;
    if (nd > 300) return x;
    if (nd < -300) return new_float(ts, 0.0 * d);
    char buf[512];
    if (nd >= 0) {
      snprintf(buf, sizeof buf, "%.*f", static_cast<int>(nd), d);
      return new_float(ts, strtod(buf, nullptr));
    }
    double p = std::pow(10.0, static_cast<double>(-nd));
    double y = std::nearbyint(d / p) * p;
    return new_float(ts, y);
  }
  Value f = type_lookup(type_of(ts, x), ts.eng.names[N_round]);
  if (f) return has_nd ? call2(ts, f, x, a[1]) : call1(ts, f, x);
  return raise(ts, ts.eng.exc[E_TypeError], "type " + type_name(ts, x) + " doesn't define __round__ method");
}
B(divmod) {
  if (!no_kwargs(ts, "divmod", kw) || !check_nargs(ts, "divmod", nargs, 2, 2)) return Value();
  Value q = binary_op(ts, args[0], args[1], static_cast<int>(BinOp::FloorDiv));
  if (!q) {
    if (error_matches(ts, ts.eng.exc[E_TypeError])) {
      take_error(ts);
      return raise(ts, ts.eng.exc[E_TypeError], "unsupported operand type(s) for divmod(): '" + type_name(ts, args[0]) + "' and '" + type_name(ts, args[1]) + "'");
    }
    return q;
  }
  Root r(ts, q);
  Value m = binary_op(ts, args[0], args[1], static_cast<int>(BinOp::Mod));
  if (!m) return m;
  Root r2(ts, m);
  return Value(new_tuple(ts, {q, m}));
}
B(pow) {
  Value a[3];
  if (!parse_args(ts, "pow", args, nargs, kw, {"base", "exp", "mod"}, 2, a)) return Value();
  if (a[2] && a[2] != ts.eng.None) {
    if (!is_int(ts, a[0]) || !is_int(ts, a[1]) || !is_int(ts, a[2]))
      return raise(ts, ts.eng.exc[E_TypeError], "pow() 3rd argument not allowed unless all arguments are integers");
    BigNum b, e, m;
    int_big_value(a[0], &b);
    int_big_value(a[1], &e);
    int_big_value(a[2], &m);
    if (m.is_zero()) return raise(ts, ts.eng.exc[E_ValueError], "pow() 3rd argument cannot be 0");
    int64_t bi, ei, mi;
    if (!e.neg && b.to_i64(&bi) && e.to_i64(&ei) && m.to_i64(&mi) && mi != INT64_MIN) {   // the common case
      __int128 am = mi < 0 ? -mi : mi, base = ((bi % am) + am) % am, r = 1 % am;
      for (; ei; ei >>= 1) {
        if (ei & 1) r = (r * base) % am;
        base = (base * base) % am;
      }
      int64_t res = static_cast<int64_t>(r);
      return make_int(ts, mi < 0 && res ? res + mi : res);
    }
    // CPython's order: a negative modulus gives a result in (m, 0]; modulo 1 is 0 before a
    // negative exponent asks for the inverse.
    bool neg_mod = m.neg;
    m.neg = false;
    if (m.mag.size() == 1 && m.mag[0] == 1) return Value::small(0);
    if (e.neg) {
      if (!big_modinv(b, m, &b)) return raise(ts, ts.eng.exc[E_ValueError], "base is not invertible for the given modulus");
      e.neg = false;
    }
    BigNum r = big_powmod(b, e, m);
    if (neg_mod && !r.is_zero()) r = big_sub(r, m);
    return int_from_big(ts, r);
  }
  return binary_op(ts, a[0], a[1], static_cast<int>(BinOp::Pow));
}
B(format) {
  if (!no_kwargs(ts, "format", kw) || !check_nargs(ts, "format", nargs, 1, 2)) return Value();
  Value spec = nargs == 2 ? args[1] : Value(ts.eng.names[N_empty]);
  if (!is_str(ts, spec)) return raise(ts, ts.eng.exc[E_TypeError], "format() argument 2 must be str, not " + type_name(ts, spec));
  return format_value(ts, args[0], spec);
}

B(input) {
  if (!no_kwargs(ts, "input", kw) || !check_nargs(ts, "input", nargs, 0, 1)) return Value();
  Engine& e = ts.eng;
  if (nargs == 1) {
    std::string p;
    if (!str_text(ts, args[0], p)) return Value();
    if (!e.out->write(ts, p) || !e.out->flush(ts)) return Value();
  } else if (!e.out->flush(ts)) {
    return Value();
  }
  std::string line;
  // Seeded mode keeps the baton while the host reads: the line's arrival time is not part of
  // the schedule.
  if (!e.sched) e.release_gil_voluntarily(ts, SwitchReason::Input);
  bool ok = e.sink.read_line(line);
  if (!e.sched) e.reacquire_gil(ts);
  if (e.stop_requested.load()) return raise_stop(ts);
  if (!ok) return raise(ts, e.exc[E_EOFError], "EOF when reading a line");
  return new_str(ts, line);
}

B(import_) {
  Value a[5];
  if (!parse_args(ts, "__import__", args, nargs, kw, {"name", "globals", "locals", "fromlist", "level"}, 1, a)) return Value();
  if (!is_str(ts, a[0])) return raise(ts, ts.eng.exc[E_TypeError], "__import__() argument 1 must be str, not " + type_name(ts, a[0]));
  bool leaf = false;
  if (a[3] && a[3] != ts.eng.None) {
    int t = truth(ts, a[3]);
    if (t < 0) return Value();
    leaf = t;
  }
  return import_module(ts, ts.eng.intern(as_str(a[0])->s), leaf);
}

// Compiles [src] (a str) for exec/eval/compile; raises SyntaxError.
static Code* compile_text(ThreadState& ts, Value src, const std::string& filename, bool eval_mode) {
  Engine& e = ts.eng;
  if (!is_str(ts, src)) {
    raise(ts, e.exc[E_TypeError], "expected string or code object");
    return nullptr;
  }
  const Source* s = e.add_source(filename, as_str(src)->s);
  SyntaxErrorInfo err;
  Code* co = compile_module(ts, *s, err, eval_mode);
  if (!co) {
    if (!ts.has_error()) {
      Value msg = new_str(ts, err.msg);
      Root r(ts, msg);
      Value ex = new_exception(ts, err.type == "IndentationError" ? e.exc[E_IndentationError] : e.exc[E_SyntaxError], "");
      Root r2(ts, ex);
      Value detail = Value(new_tuple(ts, {new_str(ts, filename), Value::small(err.line), Value::small(err.col), e.None}));
      Root r3(ts, detail);
      as<ExceptionObj>(ex)->args = new_tuple(ts, {msg, detail});
      raise_exc(ts, ex);
    }
    return nullptr;
  }
  return co;
}

static Value exec_eval(ThreadState& ts, Value* args, int nargs, Tuple* kw, bool is_eval) {
  Value a[3];
  if (!parse_args(ts, is_eval ? "eval" : "exec", args, nargs, kw, {"source", "globals", "locals"}, 1, a)) return Value();
  Engine& e = ts.eng;
  Dict* globals;
  Dict* locals;
  if (a[1] && a[1] != e.None) {
    if (!a[1].is_obj() || a[1].obj()->type->layout != Layout::Dict)
      return raise(ts, e.exc[E_TypeError], std::string(is_eval ? "eval" : "exec") + "() globals must be a dict, not " + type_name(ts, a[1]));
    globals = as<Dict>(a[1]);
    locals = (a[2] && a[2] != e.None) ? as<Dict>(a[2]) : globals;
  } else {
    Frame* f = ts.frame;
    globals = f ? f->globals : e.main_mod->dict;
    if (a[2] && a[2] != e.None) locals = as<Dict>(a[2]);
    else if (f && f->locals_dict) locals = f->locals_dict;
    else if (f && f->func) {
      Value l = bi_locals(ts, nullptr, 0, nullptr);
      if (!l) return l;
      locals = as<Dict>(l);
    } else locals = globals;
  }
  Root r1(ts, Value(globals)), r2(ts, Value(locals));
  if (!globals->get_str(e.names[N_builtins])) globals->set_str(e.names[N_builtins], Value(e.builtins_mod));
  Code* co;
  if (a[0].is_obj() && a[0].obj()->type == e.t.code) co = as<Code>(a[0]);
  else co = compile_text(ts, a[0], "<string>", is_eval);
  if (!co) return Value();
  Root r3(ts, Value(co));
  Value v = run_code(ts, co, globals, locals);
  if (!v) return v;
  return is_eval ? v : e.None;
}
B(exec) { return exec_eval(ts, args, nargs, kw, false); }
B(eval) { return exec_eval(ts, args, nargs, kw, true); }
B(compile) {
  Value a[3];
  if (!parse_args(ts, "compile", args, nargs, kw, {"source", "filename", "mode"}, 3, a)) return Value();
  std::string fname, mode;
  if (!str_text(ts, a[1], fname) || !str_text(ts, a[2], mode)) return Value();
  if (mode != "exec" && mode != "eval" && mode != "single")
    return raise(ts, ts.eng.exc[E_ValueError], "compile() mode must be 'exec', 'eval' or 'single'");
  Code* co = compile_text(ts, a[0], fname, mode == "eval");
  return co ? Value(co) : Value();
}

// Programs have no file system: no file exists to be read, and none can be written.
B(open) {
  Value a[8];
  if (!parse_args(ts, "open", args, nargs, kw,
                  {"file", "mode", "buffering", "encoding", "errors", "newline", "closefd", "opener"}, 1, a))
    return Value();
  std::string mode = "r";
  if (a[1] && !str_text(ts, a[1], mode)) return Value();
  if (mode.empty() || mode.find_first_not_of("rwxabt+") != std::string::npos)
    return raise(ts, ts.eng.exc[E_ValueError], "invalid mode: '" + mode + "'");
  Value file = a[0];
  bool path = is_str(ts, file) || (file.is_obj() && file.obj()->type->layout == Layout::Bytes);
  if (!path && !is_int(ts, file))
    return raise(ts, ts.eng.exc[E_TypeError], "expected str, bytes or os.PathLike object, not " + type_name(ts, file));
  if (!path || mode.find_first_of("wxa+") != std::string::npos)
    return raise(ts, ts.eng.exc[E_NotImplementedError],
                 "open() can only read files in Interleave, and programs have no files");
  return raise_oserror(ts, 2, "No such file or directory", file);
}

B(exit) {
  (void)kw;
  Value code = nargs > 0 ? args[0] : ts.eng.None;
  Value e = new_exception(ts, ts.eng.exc[E_SystemExit], "");
  Root r(ts, e);
  if (nargs > 0) as<ExceptionObj>(e)->args = new_tuple(ts, {code});
  return raise_exc(ts, e);
}

// ---- classes ----

B(build_class) {
  Engine& e = ts.eng;
  if (nargs < 2 || !is_type(ts, args[0], e.t.function) || !is_str(ts, args[1]))
    return raise(ts, e.exc[E_TypeError], "__build_class__: bad arguments");
  Function* body = as<Function>(args[0]);
  Str* name = e.intern(as_str(args[1])->s);
  Tuple* orig = new_tuple(ts, std::vector<Value>(args + 2, args + nargs));
  Root r0(ts, Value(orig));
  // PEP 560: a base that is not a class may stand for others through __mro_entries__(orig).
  std::vector<Value> resolved;
  bool changed = false;
  for (Value b : orig->items) {
    Value me = is_instance(ts, b, e.t.type) ? Value() : getattr_opt(ts, b, e.names[N_mro_entries]);
    if (ts.has_error()) return Value();
    if (!me) { resolved.push_back(b); continue; }
    Value got = call1(ts, me, Value(orig));
    if (!got) return got;
    if (!is_type(ts, got, e.t.tuple)) return raise(ts, e.exc[E_TypeError], "__mro_entries__ must return a tuple");
    for (Value x : as<Tuple>(got)->items) resolved.push_back(x);
    changed = true;
  }
  Tuple* bases = changed ? new_tuple(ts, resolved) : orig;
  Root r1(ts, Value(bases));
  // The class keywords: metaclass= is ours, the others go to the metaclass (and from there to
  // __init_subclass__): [a] is name, bases, ns and then their values.
  Value meta;
  std::vector<Value> a{Value(name), Value(bases), Value()};
  std::vector<Value> kwnames;
  if (kw) {
    for (size_t i = 0; i < kw->items.size(); i++) {
      Value v = args[nargs + static_cast<int>(i)];
      if (as_str(kw->items[i])->s == "metaclass") meta = v;
      else { kwnames.push_back(kw->items[i]); a.push_back(v); }
    }
  }
  Tuple* class_kw = kwnames.empty() ? nullptr : new_tuple(ts, kwnames);
  Root r3(ts, Value(class_kw));
  // As CPython's __build_class__: a metaclass that is a class gives way to the most derived
  // metaclass of the bases; anything else (a function) is called as given.
  bool isclass = !meta || is_instance(ts, meta, e.t.type);
  if (!meta) meta = bases->items.empty() ? Value(e.t.type) : Value(type_of(ts, bases->items[0]));
  if (isclass) {
    Type* winner = calculate_metaclass(ts, as<Type>(meta), bases);
    if (!winner) return Value();
    meta = Value(winner);
  }
  Root rm(ts, meta);
  // The namespace: meta.__prepare__(name, bases, **kw) when there is one, else a new dict.
  Value nsv;
  if (meta == Value(e.t.type)) {
    nsv = Value(new_dict(ts));
  } else {
    Value prep = getattr_opt(ts, meta, e.intern("__prepare__"));
    if (!prep && ts.has_error()) return Value();
    if (prep) {
      Root rp(ts, prep);
      std::vector<Value> pa{Value(name), Value(bases)};
      pa.insert(pa.end(), a.begin() + 3, a.end());
      nsv = call(ts, prep, pa.data(), 2, class_kw);
      if (!nsv) return nsv;
    } else {
      nsv = Value(new_dict(ts));
    }
  }
  Root r2(ts, nsv);
  Type* nst = type_of(ts, nsv);
  if (nst->layout != Layout::Dict) {
    std::string who = isclass ? as<Type>(meta)->name : "<metaclass>";
    if (nst->slots.getitem)
      return raise(ts, e.exc[E_NotImplementedError],
                   who + ".__prepare__() returned a '" + nst->name + "': Interleave runs class bodies in dicts only");
    return raise(ts, e.exc[E_TypeError], who + ".__prepare__() must return a mapping, not " + nst->name);
  }
  Dict* ns = as<Dict>(nsv);
  Value res = run_code(ts, body->code, body->globals, ns, body);
  if (!res) return res;
  if (changed) ns->set_str(e.names[N_orig_bases], Value(orig));
  if (meta == Value(e.t.type)) return make_class(ts, e.t.type, name, bases, ns, a.data() + 3, class_kw);
  a[2] = Value(ns);
  return call(ts, meta, a.data(), 3, class_kw);
}

struct SuperObj : Object {
  Type* start = nullptr;   // search after this type
  Value obj;               // instance or class
  Type* obj_type = nullptr;
  void trace(Tracer& t) override { t.mark(start); t.mark(obj); t.mark(obj_type); }
};

static Value super_new(ThreadState& ts, Type*, Value* args, int nargs, Tuple* kw) {
  Engine& e = ts.eng;
  if (!no_kwargs(ts, "super", kw)) return Value();
  Type* start;
  Value obj;
  if (nargs == 0) {
    Frame* f = ts.frame;
    if (!f || !f->code || f->code->argcount == 0)
      return raise(ts, e.exc[E_RuntimeError], "super(): no arguments");
    obj = f->localsplus[0];
    if (!obj) {
      // The first argument may live in a cell.
      Code* co = f->code;
      for (size_t i = 0; i < co->cellvars.size(); i++)
        if (co->cell2arg[i] == 0) obj = as<Cell>(f->localsplus[co->nlocals() + static_cast<int>(i)])->value;
    }
    if (!obj) return raise(ts, e.exc[E_RuntimeError], "super(): arg[0] deleted");
    Value cls;
    Code* co = f->code;
    for (size_t i = 0; i < co->freevars.size(); i++)
      if (co->freevars[i]->s == "__class__")
        cls = as<Cell>(f->localsplus[co->nlocals() + static_cast<int>(co->cellvars.size() + i)])->value;
    if (!cls) return raise(ts, e.exc[E_RuntimeError], "super(): __class__ cell not found");
    start = as<Type>(cls);
  } else {
    if (!is_instance(ts, args[0], e.t.type)) return raise(ts, e.exc[E_TypeError], "super() argument 1 must be a type, not " + type_name(ts, args[0]));
    start = as<Type>(args[0]);
    if (nargs < 2) return raise(ts, e.exc[E_RuntimeError], "super(type) without a second argument is not supported by Interleave");
    obj = args[1];
  }
  SuperObj* s = e.alloc<SuperObj>(e.t.super);
  s->start = start;
  s->obj = obj;
  if (is_instance(ts, obj, e.t.type) && as<Type>(obj)->is_subtype(start)) s->obj_type = as<Type>(obj);
  else if (type_of(ts, obj)->is_subtype(start)) s->obj_type = type_of(ts, obj);
  else return raise(ts, e.exc[E_TypeError], "super(type, obj): obj must be an instance or subtype of type");
  return Value(s);
}

static Value super_getattr(ThreadState& ts, Value self, Str* name) {
  SuperObj* s = as<SuperObj>(self);
  auto& mro = s->obj_type->mro;
  size_t i = 0;
  while (i < mro.size() && mro[i] != s->start) i++;
  for (i++; i < mro.size(); i++) {
    Value v = mro[i]->dict->get_str(name);
    if (!v) continue;
    if (v.is_obj()) {
      Type* vt = type_of(ts, v);
      if (vt->slots.descr_get) {
        bool inst_is_obj = s->obj_type != s->obj.obj() || !is_instance(ts, s->obj, ts.eng.t.type);
        Value inst = inst_is_obj ? s->obj : Value();
        if (vt == ts.eng.t.classmethod) return new_bound_method(ts, as<StaticMethod>(v)->func, Value(s->obj_type));
        return vt->slots.descr_get(ts, v, inst, s->obj_type);
      }
    }
    return v;
  }
  if (name == ts.eng.names[N_class_]) return Value(ts.eng.t.super);
  return raise(ts, ts.eng.exc[E_AttributeError], "'super' object has no attribute '" + name->s + "'");
}

static Value super_repr(ThreadState& ts, Value self) {
  SuperObj* s = as<SuperObj>(self);
  return new_str(ts, "<super: <class '" + s->start->name + "'>, <" + s->obj_type->name + " object>>");
}

void init_builtins(ThreadState& ts) {
  Engine& e = ts.eng;
  e.builtins_mod = new_module(ts, "builtins");
  Dict* d = e.builtins_mod->dict;
  e.t.super->slots.new_ = super_new;
  e.t.super->slots.getattr = super_getattr;
  e.t.super->slots.repr = super_repr;
#define REG(n) add_function(ts, d, #n, bi_##n)
  REG(print); REG(len); REG(repr); REG(ascii); REG(abs); REG(min); REG(max); REG(sum); REG(any); REG(all);
  REG(sorted); REG(enumerate); REG(zip); REG(map); REG(filter); REG(reversed); REG(iter); REG(next);
  REG(isinstance); REG(issubclass); REG(getattr); REG(setattr); REG(delattr); REG(hasattr); REG(id);
  REG(hash); REG(callable); REG(globals); REG(locals); REG(vars); REG(dir); REG(ord); REG(chr); REG(hex);
  REG(oct); REG(bin); REG(round); REG(divmod); REG(pow); REG(format); REG(input); REG(open); REG(exit);
#undef REG
  add_function(ts, d, "quit", bi_exit);
  add_function(ts, d, "__build_class__", bi_build_class);
  add_function(ts, d, "__import__", bi_import_);
  add_function(ts, d, "exec", bi_exec);
  add_function(ts, d, "eval", bi_eval);
  add_function(ts, d, "compile", bi_compile);
#define TYPE(id, s, lay, base) d->set_str(e.intern(s), Value(e.t.id));
#include "objects/builtin_types.def"
#undef TYPE
  for (const char* hidden : {"builtin_function_or_method", "method", "cell", "code", "module", "NoneType",
                             "NotImplementedType", "ellipsis", "generator", "iterator", "function", "deque"})
    d->del_str(e.intern(hidden));
  for (Type* x : e.exc) d->set_str(e.intern(x->name), Value(x));
  d->set_str(e.intern("EnvironmentError"), Value(e.exc[E_OSError]));
  d->set_str(e.intern("IOError"), Value(e.exc[E_OSError]));
  d->set_str(e.intern("None"), e.None);
  d->set_str(e.intern("True"), e.True);
  d->set_str(e.intern("False"), e.False);
  d->set_str(e.intern("NotImplemented"), e.NotImplemented);
  d->set_str(e.intern("Ellipsis"), e.Ellipsis);
  d->set_str(e.intern("__debug__"), e.True);
  d->set_str(e.names[N_name], Value(e.intern("builtins")));
}

}  // namespace il
