// deque.cpp: collections.deque, native: O(1) appends and pops at both ends, an optional
// maxlen, indexing, rotation, and iterators that fail with CPython's "deque mutated during
// iteration". Comparisons may run Python __eq__, which can let another thread mutate the
// deque: every loop reads by index and checks the mutation counter after each call.
#include <algorithm>

#include "objects/containers.h"
#include "objects/function.h"
#include "vm/api.h"
#include "vm/init.h"

namespace il {

void Deque::trace(Tracer& t) {
  for (Value v : items) t.mark(v);
  t.mark(reinterpret_cast<Object*>(dict));
}

namespace {

Deque* D(Value v) { return as<Deque>(v); }
int64_t size_of(Deque* d) { return static_cast<int64_t>(d->items.size()); }

Value mutated(ThreadState& ts) { return raise(ts, ts.eng.exc[E_RuntimeError], "deque mutated during iteration"); }

// Appends on the right (left with [left]); a full deque drops from the other end.
void push(Deque* d, Value v, bool left) {
  if (d->maxlen == 0) return;
  if (d->maxlen > 0 && size_of(d) >= d->maxlen) {
    if (left) d->items.pop_back(); else d->items.pop_front();
  }
  if (left) d->items.push_front(v); else d->items.push_back(v);
  d->state++;
}

bool extend(ThreadState& ts, Deque* d, Value iterable, bool left) {
  std::vector<Value> v;   // collected first: d.extend(d) must see the old contents
  if (!collect_iterable(ts, iterable, v)) return false;
  for (Value x : v) push(d, x, left);
  return true;
}

// Index [k] of [d] normalized into [0, len); raises CPython's errors.
bool index_of(ThreadState& ts, Deque* d, Value k, int64_t* out) {
  if (!is_int(ts, k) && !type_lookup(type_of(ts, k), ts.eng.names[N_index])) {
    raise(ts, ts.eng.exc[E_TypeError], "sequence index must be integer, not '" + type_name(ts, k) + "'");
    return false;
  }
  int64_t i;
  if (!as_index(ts, k, &i)) return false;
  if (i < 0) i += size_of(d);
  if (i < 0 || i >= size_of(d)) {
    raise(ts, ts.eng.exc[E_IndexError], "deque index out of range");
    return false;
  }
  *out = i;
  return true;
}

// The first index in [start, stop) whose item equals [x], -1 if none, -2 with an error.
int64_t find(ThreadState& ts, Deque* d, Value x, int64_t start, int64_t stop) {
  uint64_t state = d->state;
  Root r(ts, x);
  for (int64_t i = start; i < stop && i < size_of(d); i++) {
    Value y = d->items[static_cast<size_t>(i)];
    int eq = equals(ts, y, x);
    if (eq < 0) return -2;
    if (d->state != state) { mutated(ts); return -2; }
    if (eq) return i;
  }
  return -1;
}

Value new_like(ThreadState& ts, Deque* d) {   // CPython's copy(): the same type and maxlen
  Type* t = d->type;
  if (t == ts.eng.t.deque) {
    Deque* c = ts.eng.alloc<Deque>(t);
    c->items = d->items;
    c->maxlen = d->maxlen;
    return Value(c);
  }
  Value args[2] = {Value(d), d->maxlen < 0 ? ts.eng.None : Value::small(d->maxlen)};
  return call(ts, Value(t), args, d->maxlen < 0 ? 1 : 2);
}

// ---- slots ----

Value dq_new(ThreadState& ts, Type* t, Value*, int, Tuple*) { return Value(ts.eng.alloc<Deque>(t)); }

Value dq_init(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(ts, "deque", args + 1, nargs - 1, kw, {"iterable", "maxlen"}, 0, a)) return Value();
  Deque* d = D(args[0]);
  int64_t maxlen = -1;
  if (a[1] && a[1] != ts.eng.None) {
    if (!is_int(ts, a[1])) return raise(ts, ts.eng.exc[E_TypeError], "an integer is required");
    if (!as_index(ts, a[1], &maxlen)) return Value();
    if (maxlen < 0) return raise(ts, ts.eng.exc[E_ValueError], "maxlen must be non-negative");
  }
  d->maxlen = maxlen;
  if (!d->items.empty()) { d->items.clear(); d->state++; }
  if (a[0] && !extend(ts, d, a[0], false)) return Value();
  return ts.eng.None;
}

Value dq_repr(ThreadState& ts, Value self) {
  Deque* d = D(self);
  for (Object* o : ts.repr_guard)
    if (o == self.obj()) return new_str(ts, "[...]");
  ts.repr_guard.push_back(self.obj());
  std::string out = d->type->name + "([";
  std::vector<Value> items(d->items.begin(), d->items.end());
  Value keep = Value(new_list(ts, items));   // the items stay alive while their reprs run
  Root r(ts, keep);
  for (size_t i = 0; i < items.size(); i++) {
    if (i) out += ", ";
    std::string s;
    if (!repr_text(ts, items[i], s)) { ts.repr_guard.pop_back(); return Value(); }
    out += s;
  }
  ts.repr_guard.pop_back();
  out += "]";
  if (d->maxlen >= 0) out += ", maxlen=" + std::to_string(d->maxlen);
  return new_str(ts, out + ")");
}

bool dq_hash(ThreadState& ts, Value, int64_t*) {
  raise(ts, ts.eng.exc[E_TypeError], "unhashable type: 'collections.deque'");
  return false;
}

int64_t dq_len(ThreadState&, Value self) { return size_of(D(self)); }
int dq_truth(ThreadState&, Value self) { return !D(self)->items.empty(); }

Value dq_getitem(ThreadState& ts, Value self, Value k) {
  int64_t i;
  if (!index_of(ts, D(self), k, &i)) return Value();
  return D(self)->items[static_cast<size_t>(i)];
}

bool dq_setitem(ThreadState& ts, Value self, Value k, Value v) {
  Deque* d = D(self);
  int64_t i;
  if (!index_of(ts, d, k, &i)) return false;
  if (v) {
    d->items[static_cast<size_t>(i)] = v;
  } else {
    d->items.erase(d->items.begin() + i);
    d->state++;
  }
  return true;
}

int dq_contains(ThreadState& ts, Value self, Value x) {
  int64_t i = find(ts, D(self), x, 0, size_of(D(self)));
  return i == -2 ? -1 : i >= 0;
}

Value dq_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if (!is_instance(ts, b, ts.eng.t.deque)) return ts.eng.NotImplemented;
  Deque* x = D(a);
  Deque* y = D(b);
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && x->items.size() != y->items.size())
    return bool_value(ts, op == CmpOp::Ne);
  size_t i = 0;
  for (; i < x->items.size() && i < y->items.size(); i++) {
    Value p = x->items[i], q = y->items[i];
    if (p == q) continue;
    Root rp(ts, p), rq(ts, q);
    int eq = equals(ts, p, q);
    if (eq < 0) return Value();
    if (!eq) {
      if (op == CmpOp::Eq) return ts.eng.False;
      if (op == CmpOp::Ne) return ts.eng.True;
      return compare(ts, p, q, op);
    }
  }
  return bool_value(ts, cmp_holds(op, size_of(x), size_of(y)));
}

Value repeat(ThreadState& ts, Deque* d, Value n, Deque* into) {
  int64_t k;
  if (!as_index(ts, n, &k)) return Value();
  std::vector<Value> src(d->items.begin(), d->items.end());   // [into] may be [d]
  into->items.clear();
  into->state++;
  if (k <= 0 || src.empty()) return Value(into);
  int64_t len = static_cast<int64_t>(src.size());
  if (k > INT64_MAX / len) return raise_no_memory(ts);
  // Only the last maxlen items of the repetition survive; skip whole copies that would not.
  int64_t keep = into->maxlen >= 0 ? into->maxlen : INT64_MAX;
  int64_t skip = k * len > keep ? (k * len - keep) / len : 0;
  for (int64_t c = skip; c < k; c++)
    for (Value v : src) push(into, v, false);
  return Value(into);
}

Value dq_binop(ThreadState& ts, Value a, Value b, BinOp op) {
  Engine& e = ts.eng;
  if (op == BinOp::Add) {
    if (!is_instance(ts, a, e.t.deque)) return e.NotImplemented;
    if (!is_instance(ts, b, e.t.deque))
      return raise(ts, e.exc[E_TypeError], "can only concatenate deque (not \"" + type_name(ts, b) + "\") to deque");
    Value c = new_like(ts, D(a));
    if (!c) return Value();
    Root r(ts, c);
    if (!extend(ts, D(c), b, false)) return Value();
    return c;
  }
  if (op == BinOp::Mul) {
    bool left = is_instance(ts, a, e.t.deque);
    Value n = left ? b : a;
    if (!is_int(ts, n) && !type_lookup(type_of(ts, n), e.names[N_index]))
      return raise(ts, e.exc[E_TypeError], "can't multiply sequence by non-int of type '" + type_name(ts, n) + "'");
    Value c = new_like(ts, D(left ? a : b));
    if (!c) return Value();
    Root r(ts, c);
    return repeat(ts, D(left ? a : b), n, D(c));
  }
  return e.NotImplemented;
}

struct DequeIter : IterObj {
  Value deque;
  int64_t pos = 0;   // items handed out so far
  uint64_t state = 0;
  bool reversed = false;
  void trace(Tracer& t) override { t.mark(deque); }
  Value next(ThreadState& ts) override {
    if (!deque) return Value();
    Deque* d = D(deque);
    if (d->state != state) { deque = Value(); return mutated(ts); }
    int64_t n = size_of(d);
    if (pos >= n) { deque = Value(); return Value(); }
    int64_t i = reversed ? n - 1 - pos : pos;
    pos++;
    return d->items[static_cast<size_t>(i)];
  }
};

Value make_iter(ThreadState& ts, Value self, bool rev) {
  Type* t = iterator_type(ts, rev ? "_deque_reverse_iterator" : "_deque_iterator");
  t->module = "_collections";
  DequeIter* it = ts.eng.alloc<DequeIter>(t);
  it->deque = self;
  it->state = D(self)->state;
  it->reversed = rev;
  return Value(it);
}

Value dq_iter(ThreadState& ts, Value self) { return make_iter(ts, self, false); }

// ---- methods: args[0] is the deque ----

Value m_append(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "deque.append() takes exactly one argument (" + std::to_string(nargs - 1) + " given)");
  push(D(args[0]), args[1], false);
  return ts.eng.None;
}
Value m_appendleft(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "deque.appendleft() takes exactly one argument (" + std::to_string(nargs - 1) + " given)");
  push(D(args[0]), args[1], true);
  return ts.eng.None;
}
Value pop_end(ThreadState& ts, Value* args, int nargs, bool left) {
  if (!check_nargs(ts, left ? "popleft" : "pop", nargs - 1, 0, 0)) return Value();
  Deque* d = D(args[0]);
  if (d->items.empty()) return raise(ts, ts.eng.exc[E_IndexError], "pop from an empty deque");
  Value v = left ? d->items.front() : d->items.back();
  if (left) d->items.pop_front(); else d->items.pop_back();
  d->state++;
  return v;
}
Value m_pop(ThreadState& ts, Value* args, int nargs, Tuple*) { return pop_end(ts, args, nargs, false); }
Value m_popleft(ThreadState& ts, Value* args, int nargs, Tuple*) { return pop_end(ts, args, nargs, true); }
Value m_extend(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "extend", nargs - 1, 1, 1) || !extend(ts, D(args[0]), args[1], false)) return Value();
  return ts.eng.None;
}
Value m_extendleft(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "extendleft", nargs - 1, 1, 1) || !extend(ts, D(args[0]), args[1], true)) return Value();
  return ts.eng.None;
}
Value m_iadd(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "__iadd__", nargs - 1, 1, 1) || !extend(ts, D(args[0]), args[1], false)) return Value();
  return args[0];
}
Value m_imul(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "__imul__", nargs - 1, 1, 1)) return Value();
  if (!is_int(ts, args[1]) && !type_lookup(type_of(ts, args[1]), ts.eng.names[N_index]))
    return ts.eng.NotImplemented;
  return repeat(ts, D(args[0]), args[1], D(args[0]));
}
Value m_clear(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "clear", nargs - 1, 0, 0)) return Value();
  D(args[0])->items.clear();
  D(args[0])->state++;
  return ts.eng.None;
}
Value m_copy(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "copy", nargs - 1, 0, 0)) return Value();
  return new_like(ts, D(args[0]));
}
Value m_rotate(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "rotate", nargs - 1, 0, 1)) return Value();
  int64_t n = 1;
  if (nargs == 2 && !as_index(ts, args[1], &n)) return Value();
  Deque* d = D(args[0]);
  int64_t len = size_of(d);
  if (len > 1) {
    n %= len;
    if (n < 0) n += len;
    if (n) std::rotate(d->items.begin(), d->items.begin() + (len - n), d->items.end());
    d->state++;
  }
  return ts.eng.None;
}
Value m_reverse(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "reverse", nargs - 1, 0, 0)) return Value();
  std::reverse(D(args[0])->items.begin(), D(args[0])->items.end());
  D(args[0])->state++;
  return ts.eng.None;
}
Value m_count(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "deque.count() takes exactly one argument (" + std::to_string(nargs - 1) + " given)");
  Deque* d = D(args[0]);
  uint64_t state = d->state;
  int64_t c = 0;
  for (int64_t i = 0; i < size_of(d); i++) {
    int eq = equals(ts, d->items[static_cast<size_t>(i)], args[1]);
    if (eq < 0) return Value();
    if (d->state != state) return mutated(ts);
    c += eq;
  }
  return Value::small(c);
}
Value m_index(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "index", nargs - 1, 1, 3)) return Value();
  Deque* d = D(args[0]);
  int64_t len = size_of(d), bounds[2] = {0, len};
  for (int k = 0; k < 2 && k + 2 < nargs; k++) {
    if (!as_index(ts, args[k + 2], &bounds[k], "slice indices must be integers or have an __index__ method"))
      return Value();
    if (bounds[k] < 0) bounds[k] = std::max<int64_t>(0, bounds[k] + len);
  }
  int64_t i = find(ts, d, args[1], bounds[0], std::min(bounds[1], len));
  if (i == -2) return Value();
  if (i < 0) {
    std::string r;
    if (!repr_text(ts, args[1], r)) return Value();
    return raise(ts, ts.eng.exc[E_ValueError], r + " is not in deque");
  }
  return Value::small(i);
}
Value m_remove(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "remove", nargs - 1, 1, 1)) return Value();
  Deque* d = D(args[0]);
  int64_t i = find(ts, d, args[1], 0, size_of(d));
  if (i == -2) return Value();
  if (i < 0) {
    std::string r;
    if (!repr_text(ts, args[1], r)) return Value();
    return raise(ts, ts.eng.exc[E_ValueError], r + " is not in deque");
  }
  d->items.erase(d->items.begin() + i);
  d->state++;
  return ts.eng.None;
}
Value m_insert(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "insert", nargs - 1, 2, 2)) return Value();
  Deque* d = D(args[0]);
  int64_t i;
  if (!as_index(ts, args[1], &i)) return Value();
  int64_t len = size_of(d);
  if (d->maxlen >= 0 && len >= d->maxlen) return raise(ts, ts.eng.exc[E_IndexError], "deque already at its maximum size");
  if (i < 0) i = std::max<int64_t>(0, i + len);
  i = std::min(i, len);
  d->items.insert(d->items.begin() + i, args[2]);
  d->state++;
  return ts.eng.None;
}
Value m_reversed(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "__reversed__", nargs - 1, 0, 0)) return Value();
  return make_iter(ts, args[0], true);
}
Value m_maxlen(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "maxlen", nargs - 1, 0, 0)) return Value();
  return D(args[0])->maxlen < 0 ? ts.eng.None : Value::small(D(args[0])->maxlen);
}

}  // namespace

void init_deque(ThreadState& ts) {
  Engine& e = ts.eng;
  Type* t = e.t.deque;
  t->module = "collections";
  t->slots.new_ = dq_new;
  t->slots.repr = dq_repr;
  t->slots.str = nullptr;
  t->slots.hash = dq_hash;
  t->dict->set_str(e.names[N_hash], e.None);   // unhashable, as collections.abc.Hashable sees it
  t->slots.len = dq_len;
  t->slots.truth = dq_truth;
  t->slots.getitem = dq_getitem;
  t->slots.setitem = dq_setitem;
  t->slots.contains = dq_contains;
  t->slots.richcompare = dq_richcompare;
  t->slots.binop = dq_binop;
  t->slots.iter = dq_iter;
  add_method(ts, t, "__init__", dq_init);
  add_method(ts, t, "append", m_append);
  add_method(ts, t, "appendleft", m_appendleft);
  add_method(ts, t, "pop", m_pop);
  add_method(ts, t, "popleft", m_popleft);
  add_method(ts, t, "extend", m_extend);
  add_method(ts, t, "extendleft", m_extendleft);
  add_method(ts, t, "__iadd__", m_iadd);
  add_method(ts, t, "__imul__", m_imul);
  add_method(ts, t, "clear", m_clear);
  add_method(ts, t, "copy", m_copy);
  add_method(ts, t, "__copy__", m_copy);
  add_method(ts, t, "rotate", m_rotate);
  add_method(ts, t, "reverse", m_reverse);
  add_method(ts, t, "count", m_count);
  add_method(ts, t, "index", m_index);
  add_method(ts, t, "remove", m_remove);
  add_method(ts, t, "insert", m_insert);
  add_method(ts, t, "__reversed__", m_reversed);
  Property* p = e.alloc<Property>(e.t.property);
  p->fget = new_native(ts, "maxlen", m_maxlen);
  t->dict->set_str(e.intern("maxlen"), Value(p));
}

}  // namespace il
