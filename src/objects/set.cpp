// set.cpp: set and frozenset on CPython's set table (linear probes, then perturbed probing;
// resize at 60% fill), so that the order programs print is CPython's for ints and other
// deterministic hashes. Hashing and equality may run Python code: every step can fail.
#include <algorithm>

#include "vm/api.h"
#include "vm/init.h"

namespace il {

namespace {

constexpr size_t kLinearProbes = 9;
constexpr int kPerturbShift = 5;

SetObj* S(Value v) { return static_cast<SetObj*>(v.obj()); }

bool is_setlike(Value v) {
  return v.is_obj() && (v.obj()->type->layout == Layout::Set || v.obj()->type->layout == Layout::FrozenSet);
}

// Inserts a key known to be absent into a table without dummies (set_insert_clean).
void insert_clean(std::vector<SetEntry>& table, Value key, int64_t hash) {
  size_t mask = table.size() - 1;
  uint64_t perturb = static_cast<uint64_t>(hash);
  size_t i = static_cast<size_t>(hash) & mask;
  for (;;) {
    if (!table[i].key) break;
    bool found = false;
    if (i + kLinearProbes <= mask) {
      for (size_t j = 1; j <= kLinearProbes; j++) {
        if (!table[i + j].key) { i += j; found = true; break; }
      }
    }
    if (found) break;
    perturb >>= kPerturbShift;
    i = (i * 5 + 1 + perturb) & mask;
  }
  table[i].key = key;
  table[i].hash = hash;
}

void resize(SetObj* s, size_t minused) {
  size_t newsize = 8;
  while (newsize <= minused) newsize <<= 1;
  std::vector<SetEntry> old;
  old.swap(s->table);
  s->table.assign(newsize, SetEntry());
  for (const SetEntry& e : old)
    if (e.key) insert_clean(s->table, e.key, e.hash);
  s->fill = s->used;
}

// Finds [key]: *slot is its index when present; returns false on error.
bool lookup(ThreadState& ts, SetObj* s, Value key, int64_t hash, bool* present, size_t* slot, size_t* freeslot_out) {
  for (;;) {
    size_t mask = s->table.size() - 1;
    size_t i = static_cast<size_t>(hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(hash);
    size_t freeslot = SIZE_MAX;
    size_t version_size = s->table.size();
    for (;;) {
      size_t probes = (i + kLinearProbes <= mask) ? kLinearProbes : 0;
      size_t j = i;
      for (size_t k = 0; k <= probes; k++, j++) {
        SetEntry& e = s->table[j];
        if (!e.key && e.hash == 0) {
          *present = false;
          *slot = freeslot != SIZE_MAX ? freeslot : j;
          if (freeslot_out) *freeslot_out = freeslot;
          return true;
        }
        if (e.key && e.hash == hash) {
          if (e.key == key) { *present = true; *slot = j; return true; }
          Value k2 = e.key;
          int eq = equals(ts, k2, key);
          if (eq < 0) return false;
          if (s->table.size() != version_size) break;  // mutated by __eq__: start again
          if (eq) { *present = true; *slot = j; return true; }
        } else if (!e.key && e.hash == -1 && freeslot == SIZE_MAX) {
          freeslot = j;
        }
      }
      if (s->table.size() != version_size) break;
      perturb >>= kPerturbShift;
      i = (i * 5 + 1 + perturb) & mask;
    }
  }
}

bool add_hashed(ThreadState& ts, SetObj* s, Value key, int64_t hash) {
  bool present;
  size_t slot, freeslot;
  if (!lookup(ts, s, key, hash, &present, &slot, &freeslot)) return false;
  if (present) return true;
  bool reuse_dummy = freeslot != SIZE_MAX;
  s->table[slot].key = key;
  s->table[slot].hash = hash;
  s->used++;
  if (reuse_dummy) return true;
  s->fill++;
  size_t mask = s->table.size() - 1;
  if (s->fill * 5 < mask * 3) return true;
  resize(s, s->used > 50000 ? s->used * 2 : s->used * 4);
  return true;
}

bool add_key(ThreadState& ts, SetObj* s, Value key) {
  int64_t h;
  if (!hash(ts, key, &h)) return false;
  return add_hashed(ts, s, key, h);
}

// A set of type [t]; a class statement's subclass also gets an attribute dict.
SetObj* new_set_of(ThreadState& ts, Type* t) {
  return t->is_heap ? ts.eng.alloc<WithDict<SetObj>>(t) : ts.eng.alloc<SetObj>(t);
}

void clear_set(SetObj* s) {
  s->table.assign(8, SetEntry());
  s->fill = s->used = 0;
}

// Adds every item of [it] (CPython's set_update_internal).
bool update_from(ThreadState& ts, SetObj* s, Value it) {
  if (is_setlike(it)) {
    SetObj* o = S(it);
    if (o == s || o->used == 0) return true;
    if ((s->fill + o->used) * 5 >= (s->table.size() - 1) * 3) resize(s, (s->used + o->used) * 2);
    if (s->fill == 0 && s->table.size() == o->table.size() && o->fill == o->used) {
      for (size_t i = 0; i < o->table.size(); i++) s->table[i] = o->table[i].key ? o->table[i] : SetEntry();
      s->fill = s->used = o->used;
      return true;
    }
    std::vector<SetEntry> entries = o->table;
    if (s->fill == 0) {
      for (const SetEntry& e : entries)
        if (e.key) { insert_clean(s->table, e.key, e.hash); s->fill++; s->used++; }
      return true;
    }
    for (const SetEntry& e : entries)
      if (e.key && !add_hashed(ts, s, e.key, e.hash)) return false;
    return true;
  }
  if (it.is_obj() && it.obj()->type->layout == Layout::Dict) {
    Dict* d = as<Dict>(it);
    std::vector<DictEntry> es = d->entries;
    for (const DictEntry& e : es)
      if (e.key && !add_hashed(ts, s, e.key, e.hash)) return false;
    return true;
  }
  std::vector<Value> items;
  if (!collect_iterable(ts, it, items)) return false;
  List* keep = new_list(ts, items);
  Root r(ts, Value(keep));
  for (Value v : items)
    if (!add_key(ts, s, v)) return false;
  return true;
}

}  // namespace

Value new_set(ThreadState& ts) { return Value(new_set_of(ts, ts.eng.t.set)); }
bool set_add(ThreadState& ts, Value set, Value v) { return add_key(ts, S(set), v); }

bool set_contains_key(ThreadState& ts, SetObj* s, Value key, int* out) {
  int64_t h;
  if (!hash(ts, key, &h)) {
    // CPython: an unhashable set is looked up as a frozenset.
    if (is_setlike(key) && error_matches(ts, ts.eng.exc[E_TypeError])) {
      take_error(ts);
      SetObj* tmp = new_set_of(ts, ts.eng.t.frozenset);
      Root r(ts, Value(tmp));
      set_assign(tmp, S(key));
      return set_contains_key(ts, s, Value(tmp), out);
    }
    return false;
  }
  bool present;
  size_t slot;
  if (!lookup(ts, s, key, h, &present, &slot, nullptr)) return false;
  *out = present;
  return true;
}

bool set_discard_key(ThreadState& ts, SetObj* s, Value key, bool* found) {
  int64_t h;
  *found = false;
  if (!hash(ts, key, &h)) return false;
  bool present;
  size_t slot;
  if (!lookup(ts, s, key, h, &present, &slot, nullptr)) return false;
  if (!present) return true;
  s->table[slot].key = Value();
  s->table[slot].hash = -1;
  s->used--;
  *found = true;
  return true;
}

void set_assign(SetObj* dst, const SetObj* src) {
  dst->table = src->table;
  dst->fill = src->fill;
  dst->used = src->used;
  dst->hash = -1;
}

namespace {

// set.__new__ makes an empty set (set.__init__ fills it, so a subclass's __init__ may take
// other arguments); frozenset.__new__ fills its frozenset at once, as CPython's.
Value set_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  if (t->layout == Layout::Set) {
    if (t == ts.eng.t.set && !no_kwargs(ts, "set", kw)) return Value();
    return Value(new_set_of(ts, t));
  }
  if (!no_kwargs(ts, "frozenset", kw) || !check_nargs(ts, t->name.c_str(), nargs, 0, 1)) return Value();
  if (t == ts.eng.t.frozenset && nargs == 1 && is_type(ts, args[0], ts.eng.t.frozenset)) return args[0];
  SetObj* s = new_set_of(ts, t);
  Root r(ts, Value(s));
  if (nargs == 1 && !update_from(ts, s, args[0])) return Value();
  return Value(s);
}

Value set_init(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  SetObj* s = S(args[0]);
  if (!no_kwargs(ts, "set", kw) || !check_nargs(ts, s->type->name.c_str(), nargs - 1, 0, 1)) return Value();
  if (s->fill) clear_set(s);
  if (nargs == 2 && !update_from(ts, s, args[1])) return Value();
  return ts.eng.None;
}

Value set_repr(ThreadState& ts, Value self) {
  SetObj* s = S(self);
  bool frozen = self.obj()->type->layout == Layout::FrozenSet;
  std::string name = self.obj()->type->name;
  if (s->used == 0) return new_str(ts, name + "()");
  for (Object* o : ts.repr_guard) if (o == self.obj()) return new_str(ts, name + "(...)");
  ts.repr_guard.push_back(self.obj());
  bool plain = self.obj()->type == ts.eng.t.set;
  std::string out = plain ? "{" : name + "({";
  bool first = true;
  std::vector<SetEntry> entries = s->table;
  for (const SetEntry& e : entries) {
    if (!e.key) continue;
    if (!first) out += ", ";
    first = false;
    std::string r;
    if (!repr_text(ts, e.key, r)) { ts.repr_guard.pop_back(); return Value(); }
    out += r;
  }
  out += plain ? "}" : "})";
  (void)frozen;
  ts.repr_guard.pop_back();
  return new_str(ts, std::move(out));
}

int64_t set_len(ThreadState&, Value self) { return static_cast<int64_t>(S(self)->used); }
int set_truth(ThreadState&, Value self) { return S(self)->used > 0; }
int set_contains(ThreadState& ts, Value self, Value v) {
  int r;
  if (!set_contains_key(ts, S(self), v, &r)) return -1;
  return r;
}

struct SetIter : IterObj {
  Value set;
  size_t pos = 0;
  size_t used_at_start = 0;
  void trace(Tracer& t) override { t.mark(set); }
  Value next(ThreadState& ts) override {
    if (!set) return Value();
    SetObj* s = S(set);
    if (s->used != used_at_start) {
      used_at_start = SIZE_MAX;
      return raise(ts, ts.eng.exc[E_RuntimeError], "Set changed size during iteration");
    }
    while (pos < s->table.size() && !s->table[pos].key) pos++;
    if (pos >= s->table.size()) { set = Value(); return Value(); }
    return s->table[pos++].key;
  }
};

Value set_iter(ThreadState& ts, Value self) {
  SetIter* it = ts.eng.alloc<SetIter>(iterator_type(ts, "set_iterator"));
  it->set = self;
  it->used_at_start = S(self)->used;
  return Value(it);
}

Value copy_of(ThreadState& ts, Value v, Type* t) {
  SetObj* r = new_set_of(ts, t);
  Root root(ts, Value(r));
  if (!update_from(ts, r, v)) return Value();
  return Value(r);
}

// The set operations, in CPython's iteration orders.
Value op_union(ThreadState& ts, Value a, Value b, Type* t) {
  Value r = copy_of(ts, a, t);
  if (!r) return r;
  Root root(ts, r);
  if (!update_from(ts, S(r), b)) return Value();
  return r;
}

Value op_intersection(ThreadState& ts, Value a, Value b, Type* t) {
  SetObj* r = new_set_of(ts, t);
  Root root(ts, Value(r));
  Value x = a, y = b;
  if (is_setlike(b) && S(b)->used > S(a)->used) std::swap(x, y);
  Value ys = is_setlike(y) ? y : copy_of(ts, y, ts.eng.t.set);
  if (!ys) return ys;
  Root r2(ts, ys);
  std::vector<Value> items;
  if (!collect_iterable(ts, x, items)) return Value();
  for (Value v : items) {
    int in;
    if (!set_contains_key(ts, S(ys), v, &in)) return Value();
    if (in && !add_key(ts, r, v)) return Value();
  }
  return Value(r);
}

Value op_difference(ThreadState& ts, Value a, Value b, Type* t) {
  Value bs = is_setlike(b) ? b : copy_of(ts, b, ts.eng.t.set);
  if (!bs) return bs;
  Root r1(ts, bs);
  SetObj* r = new_set_of(ts, t);
  Root root(ts, Value(r));
  std::vector<SetEntry> entries = S(a)->table;
  for (const SetEntry& e : entries) {
    if (!e.key) continue;
    int in;
    if (!set_contains_key(ts, S(bs), e.key, &in)) return Value();
    if (!in && !add_hashed(ts, r, e.key, e.hash)) return Value();
  }
  return Value(r);
}

Value op_symdiff(ThreadState& ts, Value a, Value b, Type* t) {
  Value r = copy_of(ts, b, t);
  if (!r) return r;
  Root root(ts, r);
  std::vector<SetEntry> entries = S(a)->table;
  for (const SetEntry& e : entries) {
    if (!e.key) continue;
    bool found;
    if (!set_discard_key(ts, S(r), e.key, &found)) return Value();
    if (!found && !add_hashed(ts, S(r), e.key, e.hash)) return Value();
  }
  return r;
}

Value set_binop(ThreadState& ts, Value a, Value b, BinOp op) {
  if (!is_setlike(a) || !is_setlike(b)) return ts.eng.NotImplemented;
  Type* t = a.obj()->type->layout == Layout::FrozenSet ? ts.eng.t.frozenset : ts.eng.t.set;
  switch (op) {
    case BinOp::Or: return op_union(ts, a, b, t);
    case BinOp::And: return op_intersection(ts, a, b, t);
    case BinOp::Sub: return op_difference(ts, a, b, t);
    case BinOp::Xor: return op_symdiff(ts, a, b, t);
    default: return ts.eng.NotImplemented;
  }
}

int subset(ThreadState& ts, SetObj* p, SetObj* q) {
  if (p->used > q->used) return 0;
  std::vector<SetEntry> entries = p->table;
  for (const SetEntry& e : entries) {
    if (!e.key) continue;
    int in;
    if (!set_contains_key(ts, q, e.key, &in)) return -1;
    if (!in) return 0;
  }
  return 1;
}

Value set_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if (!is_setlike(a) || !is_setlike(b)) return ts.eng.NotImplemented;
  SetObj* x = S(a);
  SetObj* y = S(b);
  int r = 0;
  switch (op) {
    case CmpOp::Eq: case CmpOp::Ne:
      r = x->used == y->used ? subset(ts, x, y) : 0;
      if (r < 0) return Value();
      return bool_value(ts, op == CmpOp::Eq ? r : !r);
    case CmpOp::Le: r = subset(ts, x, y); break;
    case CmpOp::Lt: r = x->used < y->used ? subset(ts, x, y) : 0; break;
    case CmpOp::Ge: r = subset(ts, y, x); break;
    case CmpOp::Gt: r = y->used < x->used ? subset(ts, y, x) : 0; break;
  }
  if (r < 0) return Value();
  return bool_value(ts, r);
}

bool frozenset_hash(ThreadState&, Value self, int64_t* out) {
  SetObj* s = S(self);
  if (s->hash != -1) { *out = s->hash; return true; }
  // CPython's frozenset hash (shuffled xor of the entries' hashes).
  uint64_t h = 0;
  for (const SetEntry& e : s->table) {
    if (!e.key) continue;
    uint64_t x = static_cast<uint64_t>(e.hash);
    h ^= ((x ^ 89869747ull) ^ (x << 16)) * 3644798167ull;
  }
  h ^= (s->used + 1) * 1927868237ull;
  h ^= (h >> 11) ^ (h >> 25);
  h = h * 69069u + 907133923ull;
  int64_t r = static_cast<int64_t>(h >> 4);
  if (r == -1) r = 590923713;
  s->hash = r;
  *out = r;
  return true;
}

// ---- methods ----

Value m_add(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!check_nargs(ts, "add", n - 1, 1, 1)) return Value();
  if (!add_key(ts, S(a[0]), a[1])) return Value();
  return ts.eng.None;
}
Value key_error(ThreadState& ts, Value k) {
  Tuple* args = new_tuple(ts, {k});
  Root r(ts, Value(args));
  ExceptionObj* e = as<ExceptionObj>(new_exception(ts, ts.eng.exc[E_KeyError], ""));
  e->args = args;
  return raise_exc(ts, Value(e));
}
Value m_remove(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!check_nargs(ts, "remove", n - 1, 1, 1)) return Value();
  bool found;
  if (!set_discard_key(ts, S(a[0]), a[1], &found)) return Value();
  if (!found) return key_error(ts, a[1]);
  return ts.eng.None;
}
Value m_discard(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!check_nargs(ts, "discard", n - 1, 1, 1)) return Value();
  bool found;
  if (!set_discard_key(ts, S(a[0]), a[1], &found)) return Value();
  return ts.eng.None;
}
Value m_pop(ThreadState& ts, Value* a, int, Tuple*) {
  SetObj* s = S(a[0]);
  if (s->used == 0) return raise(ts, ts.eng.exc[E_KeyError], "pop from an empty set");
  size_t i = s->finger & (s->table.size() - 1);
  while (!s->table[i].key) { i++; if (i >= s->table.size()) i = 0; }
  Value k = s->table[i].key;
  s->table[i].key = Value();
  s->table[i].hash = -1;
  s->used--;
  s->finger = i + 1;
  return k;
}
Value m_clear(ThreadState& ts, Value* a, int, Tuple*) {
  clear_set(S(a[0]));
  return ts.eng.None;
}
Value m_copy(ThreadState& ts, Value* a, int, Tuple*) {
  if (a[0].obj()->type == ts.eng.t.frozenset) return a[0];
  return copy_of(ts, a[0], a[0].obj()->type->layout == Layout::FrozenSet ? ts.eng.t.frozenset : ts.eng.t.set);
}
Type* result_type(ThreadState& ts, Value v) {
  return v.obj()->type->layout == Layout::FrozenSet ? ts.eng.t.frozenset : ts.eng.t.set;
}
Value m_union(ThreadState& ts, Value* a, int n, Tuple*) {
  Value r = copy_of(ts, a[0], result_type(ts, a[0]));
  if (!r) return r;
  Root root(ts, r);
  for (int i = 1; i < n; i++) if (!update_from(ts, S(r), a[i])) return Value();
  return r;
}
Value m_intersection(ThreadState& ts, Value* a, int n, Tuple*) {
  Value r = a[0];
  Root root(ts, r);
  if (n == 1) return copy_of(ts, a[0], result_type(ts, a[0]));
  for (int i = 1; i < n; i++) {
    r = op_intersection(ts, r, a[i], result_type(ts, a[0]));
    if (!r) return r;
    root.set(r);
  }
  return r;
}
Value m_difference(ThreadState& ts, Value* a, int n, Tuple*) {
  Value r = copy_of(ts, a[0], result_type(ts, a[0]));
  if (!r) return r;
  Root root(ts, r);
  for (int i = 1; i < n; i++) {
    r = op_difference(ts, r, a[i], result_type(ts, a[0]));
    if (!r) return r;
    root.set(r);
  }
  return r;
}
Value m_symdiff(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!check_nargs(ts, "symmetric_difference", n - 1, 1, 1)) return Value();
  Value other = is_setlike(a[1]) ? a[1] : copy_of(ts, a[1], ts.eng.t.set);
  if (!other) return other;
  Root r(ts, other);
  return op_symdiff(ts, a[0], other, result_type(ts, a[0]));
}
Value m_update(ThreadState& ts, Value* a, int n, Tuple*) {
  for (int i = 1; i < n; i++) if (!update_from(ts, S(a[0]), a[i])) return Value();
  return ts.eng.None;
}
Value in_place(ThreadState& ts, Value* a, Value r) {
  if (!r) return r;
  set_assign(S(a[0]), S(r));
  return ts.eng.None;
}
Value m_intersection_update(ThreadState& ts, Value* a, int n, Tuple* kw) { return in_place(ts, a, m_intersection(ts, a, n, kw)); }
Value m_difference_update(ThreadState& ts, Value* a, int n, Tuple* kw) { return in_place(ts, a, m_difference(ts, a, n, kw)); }
Value m_symdiff_update(ThreadState& ts, Value* a, int n, Tuple* kw) { return in_place(ts, a, m_symdiff(ts, a, n, kw)); }
Value subset_method(ThreadState& ts, Value* a, int n, CmpOp op) {
  if (!check_nargs(ts, op == CmpOp::Le ? "issubset" : "issuperset", n - 1, 1, 1)) return Value();
  Value other = is_setlike(a[1]) ? a[1] : copy_of(ts, a[1], ts.eng.t.set);
  if (!other) return other;
  Root r(ts, other);
  return set_richcompare(ts, a[0], other, op);
}
Value m_issubset(ThreadState& ts, Value* a, int n, Tuple*) { return subset_method(ts, a, n, CmpOp::Le); }
Value m_issuperset(ThreadState& ts, Value* a, int n, Tuple*) { return subset_method(ts, a, n, CmpOp::Ge); }
Value m_isdisjoint(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!check_nargs(ts, "isdisjoint", n - 1, 1, 1)) return Value();
  Value r = op_intersection(ts, a[0], a[1], ts.eng.t.set);
  if (!r) return r;
  return bool_value(ts, S(r)->used == 0);
}

}  // namespace

void init_set(ThreadState& ts) {
  Engine& e = ts.eng;
  for (Type* t : {e.t.set, e.t.frozenset}) {
    t->slots.repr = set_repr;
    t->slots.str = nullptr;
    t->slots.len = set_len;
    t->slots.truth = set_truth;
    t->slots.contains = set_contains;
    t->slots.iter = set_iter;
    t->slots.binop = set_binop;
    t->slots.richcompare = set_richcompare;
    t->slots.new_ = set_new;
    add_method(ts, t, "copy", m_copy);
    add_method(ts, t, "union", m_union);
    add_method(ts, t, "intersection", m_intersection);
    add_method(ts, t, "difference", m_difference);
    add_method(ts, t, "symmetric_difference", m_symdiff);
    add_method(ts, t, "issubset", m_issubset);
    add_method(ts, t, "issuperset", m_issuperset);
    add_method(ts, t, "isdisjoint", m_isdisjoint);
  }
  e.t.set->slots.hash = nullptr;
  e.t.set->dict->set_str(e.names[N_hash], e.None);
  e.t.frozenset->slots.hash = frozenset_hash;
  Type* s = e.t.set;
  add_method(ts, s, "__init__", set_init);
  add_method(ts, s, "add", m_add);
  add_method(ts, s, "discard", m_discard);
  add_method(ts, s, "remove", m_remove);
  add_method(ts, s, "pop", m_pop);
  add_method(ts, s, "clear", m_clear);
  add_method(ts, s, "update", m_update);
  add_method(ts, s, "intersection_update", m_intersection_update);
  add_method(ts, s, "difference_update", m_difference_update);
  add_method(ts, s, "symmetric_difference_update", m_symdiff_update);
}

}  // namespace il
