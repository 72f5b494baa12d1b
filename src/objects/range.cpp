// range.cpp: range (lazy arithmetic sequence) and slice objects, and slice_indices, the one
// place that turns a slice into concrete start/stop/step for a given length.
#include <algorithm>

#include "vm/api.h"
#include "vm/init.h"

namespace il {

bool slice_indices(ThreadState& ts, Slice* s, int64_t len, int64_t* start, int64_t* stop, int64_t* step,
                   int64_t* count) {
  Engine& e = ts.eng;
  int64_t st = 1;
  if (s->step && s->step != e.None) {
    if (!as_index(ts, s->step, &st, "slice indices must be integers or None or have an __index__ method")) return false;
    if (st == 0) {
      raise(ts, e.exc[E_ValueError], "slice step cannot be zero");
      return false;
    }
  }
  int64_t lo, hi;
  if (st < 0) { lo = -1; hi = len - 1; } else { lo = 0; hi = len; }
  auto conv = [&](Value v, int64_t dflt, int64_t* out) {
    if (!v || v == e.None) { *out = dflt; return true; }
    int64_t x;
    if (!as_index(ts, v, &x, "slice indices must be integers or None or have an __index__ method")) return false;
    if (x < 0) { x += len; if (x < lo) x = lo; }
    else if (x > hi) x = hi;
    *out = x;
    return true;
  };
  if (!conv(s->start, st < 0 ? hi : lo, start)) return false;
  if (!conv(s->stop, st < 0 ? lo : hi, stop)) return false;
  *step = st;
  if (st > 0) *count = *start < *stop ? (*stop - *start - 1) / st + 1 : 0;
  else *count = *start > *stop ? (*start - *stop - 1) / (-st) + 1 : 0;
  return true;
}

static Range* R(Value v) { return static_cast<Range*>(v.obj()); }

static Value range_new(ThreadState& ts, Type*, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "range", kw)) return Value();
  if (nargs < 1 || nargs > 3) {
    if (nargs == 0) return raise(ts, ts.eng.exc[E_TypeError], "range expected at least 1 argument, got 0");
    return raise(ts, ts.eng.exc[E_TypeError], "range expected at most 3 arguments, got " + std::to_string(nargs));
  }
  int64_t v[3] = {0, 0, 1};
  for (int i = 0; i < nargs; i++) {
    if (!is_int(ts, args[i]) && !type_lookup(type_of(ts, args[i]), ts.eng.names[N_index]))
      return raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, args[i]) + "' object cannot be interpreted as an integer");
    if (!as_index(ts, args[i], &v[i])) return Value();
  }
  Range* r = ts.eng.alloc<Range>(ts.eng.t.range);
  if (nargs == 1) { r->start = 0; r->stop = v[0]; r->step = 1; }
  else { r->start = v[0]; r->stop = v[1]; r->step = nargs == 3 ? v[2] : 1; }
  if (r->step == 0) return raise(ts, ts.eng.exc[E_ValueError], "range() arg 3 must not be zero");
  return Value(r);
}

static Value range_repr(ThreadState& ts, Value self) {
  Range* r = R(self);
  std::string s = "range(" + std::to_string(r->start) + ", " + std::to_string(r->stop);
  if (r->step != 1) s += ", " + std::to_string(r->step);
  return new_str(ts, s + ")");
}
static int64_t range_len(ThreadState&, Value self) { return R(self)->length(); }
static int range_truth(ThreadState&, Value self) { return R(self)->length() > 0; }

static Value range_getitem(ThreadState& ts, Value self, Value k) {
  Range* r = R(self);
  int64_t len = r->length();
  if (k.is_obj() && k.obj()->type->layout == Layout::Slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, as<Slice>(k), len, &start, &stop, &step, &n)) return Value();
    Range* out = ts.eng.alloc<Range>(ts.eng.t.range);
    out->start = r->start + start * r->step;
    out->step = r->step * step;
    out->stop = out->start + n * out->step;
    return Value(out);
  }
  int64_t i;
  if (!as_index(ts, k, &i, "range indices must be integers or slices")) return Value();
  if (i < 0) i += len;
  if (i < 0 || i >= len) return raise(ts, ts.eng.exc[E_IndexError], "range object index out of range");
  return make_int(ts, r->start + i * r->step);
}

static int range_contains(ThreadState& ts, Value self, Value v) {
  Range* r = R(self);
  if (!is_int(ts, v)) {
    std::vector<Value> items;
    Value it = get_iter(ts, self);
    if (!it) return -1;
    Root root(ts, it);
    for (;;) {
      Value x = iter_next(ts, it);
      if (!x) return ts.has_error() ? -1 : 0;
      int eq = equals(ts, x, v);
      if (eq) return eq;
    }
  }
  int64_t x;
  as_index(ts, v, &x);
  if (r->step > 0 ? (x < r->start || x >= r->stop) : (x > r->start || x <= r->stop)) return 0;
  return (x - r->start) % r->step == 0;
}

static Value range_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_type(ts, b, ts.eng.t.range)) return ts.eng.NotImplemented;
  Range* x = R(a);
  Range* y = R(b);
  int64_t lx = x->length(), ly = y->length();
  bool eq = lx == ly && (lx == 0 || (x->start == y->start && (lx == 1 || x->step == y->step)));
  return bool_value(ts, op == CmpOp::Eq ? eq : !eq);
}

// Slices compare like the tuples (start, stop, step), for every operator.
static Value slice_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if (!is_type(ts, b, ts.eng.t.slice)) return ts.eng.NotImplemented;
  Slice* x = as<Slice>(a);
  Slice* y = as<Slice>(b);
  Tuple* tx = new_tuple(ts, {x->start, x->stop, x->step});
  Value keep(tx);
  Tuple* ty = new_tuple(ts, {y->start, y->stop, y->step});
  return compare(ts, keep, Value(ty), op);
}

struct RangeIter : IterObj {
  int64_t next_v = 0, step = 1, remaining = 0;
  Value next(ThreadState&) override {
    if (remaining <= 0) return Value();
    remaining--;
    int64_t v = next_v;
    next_v += step;
    return Value::small(v);
  }
};

static Value range_iter(ThreadState& ts, Value self) {
  Range* r = R(self);
  RangeIter* it = ts.eng.alloc<RangeIter>(iterator_type(ts, "range_iterator"));
  it->next_v = r->start;
  it->step = r->step;
  it->remaining = r->length();
  return Value(it);
}

Value range_reversed(ThreadState& ts, Value self) {
  Range* r = R(self);
  RangeIter* it = ts.eng.alloc<RangeIter>(iterator_type(ts, "range_iterator"));
  int64_t n = r->length();
  it->next_v = r->start + (n - 1) * r->step;
  it->step = -r->step;
  it->remaining = n;
  return Value(it);
}

static Value range_attr(ThreadState& ts, Value self, Str* name) {
  Range* r = R(self);
  if (name->s == "start") return make_int(ts, r->start);
  if (name->s == "stop") return make_int(ts, r->stop);
  if (name->s == "step") return make_int(ts, r->step);
  return generic_getattr(ts, self, name);
}

static Value range_index(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "index", nargs - 1, 1, 1)) return Value();
  int c = range_contains(ts, args[0], args[1]);
  if (c < 0) return Value();
  if (!c) {
    std::string r;
    repr_text(ts, args[1], r);
    return raise(ts, ts.eng.exc[E_ValueError], r + " is not in range");
  }
  int64_t x;
  as_index(ts, args[1], &x);
  return make_int(ts, (x - R(args[0])->start) / R(args[0])->step);
}

static Value range_count(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "count", nargs - 1, 1, 1)) return Value();
  int c = range_contains(ts, args[0], args[1]);
  if (c < 0) return Value();
  return Value::small(c);
}

// ---- slice ----

static Value slice_new(ThreadState& ts, Type*, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "slice", kw)) return Value();
  if (nargs < 1 || nargs > 3) return raise(ts, ts.eng.exc[E_TypeError], "slice expected at least 1 argument, got 0");
  Slice* s = ts.eng.alloc<Slice>(ts.eng.t.slice);
  Value none = ts.eng.None;
  if (nargs == 1) { s->start = none; s->stop = args[0]; s->step = none; }
  else { s->start = args[0]; s->stop = args[1]; s->step = nargs == 3 ? args[2] : none; }
  return Value(s);
}

static Value slice_repr(ThreadState& ts, Value self) {
  Slice* s = as<Slice>(self);
  std::string a, b, c;
  if (!repr_text(ts, s->start, a) || !repr_text(ts, s->stop, b) || !repr_text(ts, s->step, c)) return Value();
  return new_str(ts, "slice(" + a + ", " + b + ", " + c + ")");
}

static Value slice_attr(ThreadState& ts, Value self, Str* name) {
  Slice* s = as<Slice>(self);
  if (name->s == "start") return s->start;
  if (name->s == "stop") return s->stop;
  if (name->s == "step") return s->step;
  return generic_getattr(ts, self, name);
}

static Value slice_indices_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "indices", nargs - 1, 1, 1)) return Value();
  int64_t len, a, b, c, n;
  if (!as_index(ts, args[1], &len)) return Value();
  if (!slice_indices(ts, as<Slice>(args[0]), len, &a, &b, &c, &n)) return Value();
  return Value(new_tuple(ts, {make_int(ts, a), make_int(ts, b), make_int(ts, c)}));
}

void init_range(ThreadState& ts) {
  Engine& e = ts.eng;
  Type* r = e.t.range;
  r->slots.new_ = range_new;
  r->slots.repr = range_repr;
  r->slots.len = range_len;
  r->slots.truth = range_truth;
  r->slots.getitem = range_getitem;
  r->slots.contains = range_contains;
  r->slots.iter = range_iter;
  r->slots.richcompare = range_richcompare;
  r->slots.getattr = range_attr;
  r->allow_subclass = false;
  add_method(ts, r, "index", range_index);
  add_method(ts, r, "count", range_count);
  Type* s = e.t.slice;
  s->slots.new_ = slice_new;
  s->slots.repr = slice_repr;
  s->slots.getattr = slice_attr;
  s->slots.richcompare = slice_richcompare;
  s->slots.hash = nullptr;
  s->allow_subclass = false;
  add_method(ts, s, "indices", slice_indices_m);
}

}  // namespace il
