// sequence.cpp: tuple and list: construction, repr with recursion guards, comparison,
// indexing and slicing (slice assignment and deletion for lists), and their methods.
#include <algorithm>

#include "objects/containers.h"
#include "objects/str.h"
#include "vm/api.h"
#include "vm/init.h"

namespace il {

Tuple* new_tuple(ThreadState& ts, std::vector<Value> items) {
  Tuple* t = ts.eng.alloc<Tuple>(ts.eng.t.tuple);
  t->items = std::move(items);
  return t;
}

List* new_list(ThreadState& ts, std::vector<Value> items) {
  List* l = ts.eng.alloc<List>(ts.eng.t.list);
  l->items = std::move(items);
  return l;
}

void List::trace(Tracer& t) {
  for (Value v : items) t.mark(v);
  t.mark(reinterpret_cast<Object*>(dict));
}

static std::vector<Value>& items_of(Value v) {
  Object* o = v.obj();
  if (o->type->layout == Layout::List) return static_cast<List*>(o)->items;
  return static_cast<Tuple*>(o)->items;
}

static bool is_list_or_tuple(Value v) {
  return v.is_obj() && (v.obj()->type->layout == Layout::List || v.obj()->type->layout == Layout::Tuple);
}

static Value seq_repr(ThreadState& ts, Value self) {
  bool is_list = self.obj()->type->layout == Layout::List;
  for (Object* o : ts.repr_guard)
    if (o == self.obj()) return new_str(ts, is_list ? "[...]" : "(...)");
  ts.repr_guard.push_back(self.obj());
  std::string out = is_list ? "[" : "(";
  std::vector<Value>& items = items_of(self);
  for (size_t i = 0; i < items.size(); i++) {
    if (i) out += ", ";
    std::string r;
    if (!repr_text(ts, items[i], r)) { ts.repr_guard.pop_back(); return Value(); }
    out += r;
  }
  if (!is_list && items.size() == 1) out += ",";
  out += is_list ? "]" : ")";
  ts.repr_guard.pop_back();
  return new_str(ts, std::move(out));
}

static int64_t seq_len(ThreadState&, Value self) { return static_cast<int64_t>(items_of(self).size()); }
static int seq_truth(ThreadState&, Value self) { return !items_of(self).empty(); }

static Value seq_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if (!b.is_obj() || b.obj()->type->layout != a.obj()->type->layout) return ts.eng.NotImplemented;
  std::vector<Value>& x = items_of(a);
  std::vector<Value>& y = items_of(b);
  if ((op == CmpOp::Eq || op == CmpOp::Ne) && x.size() != y.size()) return bool_value(ts, op == CmpOp::Ne);
  size_t i = 0;
  for (; i < x.size() && i < y.size(); i++) {
    if (x[i] == y[i]) continue;
    int eq = equals(ts, x[i], y[i]);
    if (eq < 0) return Value();
    if (!eq) break;
  }
  if (i >= x.size() || i >= y.size()) {
    int64_t l1 = static_cast<int64_t>(x.size()), l2 = static_cast<int64_t>(y.size());
    return bool_value(ts, cmp_holds(op, l1, l2));
  }
  if (op == CmpOp::Eq) return ts.eng.False;
  if (op == CmpOp::Ne) return ts.eng.True;
  return compare(ts, x[i], y[i], op);
}

static Value seq_binop(ThreadState& ts, Value a, Value b, BinOp op) {
  Engine& e = ts.eng;
  bool a_seq = is_list_or_tuple(a);
  if (op == BinOp::Add) {
    if (!a_seq) return e.NotImplemented;
    bool is_list = a.obj()->type->layout == Layout::List;
    if (!b.is_obj() || b.obj()->type->layout != a.obj()->type->layout) return e.NotImplemented;
    std::vector<Value> v = items_of(a);
    v.insert(v.end(), items_of(b).begin(), items_of(b).end());
    if (is_list) return Value(new_list(ts, std::move(v)));
    return Value(new_tuple(ts, std::move(v)));
  }
  if (op == BinOp::Mul) {
    Value s = a_seq ? a : b;
    Value n = a_seq ? b : a;
    if (!is_int(ts, n)) return e.NotImplemented;
    int64_t k;
    if (!as_index(ts, n, &k)) return Value();
    std::vector<Value>& src = items_of(s);
    std::vector<Value> v;
    if (k > 0) {
      if (src.size() * static_cast<size_t>(k) > (size_t(1) << 28)) return raise_no_memory(ts);
      v.reserve(src.size() * static_cast<size_t>(k));
      for (int64_t i = 0; i < k; i++) v.insert(v.end(), src.begin(), src.end());
    }
    if (s.obj()->type->layout == Layout::List) return Value(new_list(ts, std::move(v)));
    return Value(new_tuple(ts, std::move(v)));
  }
  return e.NotImplemented;
}

static bool index_of(ThreadState& ts, Value k, int64_t len, int64_t* out, const char* what) {
  int64_t i;
  if (!is_int(ts, k) && !type_lookup(type_of(ts, k), ts.eng.names[N_index])) {
    raise(ts, ts.eng.exc[E_TypeError], std::string(what) + " indices must be integers or slices, not " + type_name(ts, k));
    return false;
  }
  if (!as_index(ts, k, &i)) return false;
  if (i < 0) i += len;
  *out = i;
  return true;
}

static Value seq_getitem(ThreadState& ts, Value self, Value k) {
  std::vector<Value>& items = items_of(self);
  bool is_list = self.obj()->type->layout == Layout::List;
  int64_t len = static_cast<int64_t>(items.size());
  if (k.is_obj() && k.obj()->type->layout == Layout::Slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, as<Slice>(k), len, &start, &stop, &step, &n)) return Value();
    std::vector<Value> v;
    v.reserve(static_cast<size_t>(n));
    for (int64_t i = 0, j = start; i < n; i++, j += step) v.push_back(items[static_cast<size_t>(j)]);
    if (is_list) return Value(new_list(ts, std::move(v)));
    return Value(new_tuple(ts, std::move(v)));
  }
  int64_t i;
  if (!index_of(ts, k, len, &i, is_list ? "list" : "tuple")) return Value();
  if (i < 0 || i >= len)
    return raise(ts, ts.eng.exc[E_IndexError], std::string(is_list ? "list" : "tuple") + " index out of range");
  return items[static_cast<size_t>(i)];
}

static bool list_setitem(ThreadState& ts, Value self, Value k, Value v) {
  List* l = as<List>(self);
  int64_t len = static_cast<int64_t>(l->items.size());
  if (k.is_obj() && k.obj()->type->layout == Layout::Slice) {
    int64_t start, stop, step, n;
    if (!slice_indices(ts, as<Slice>(k), len, &start, &stop, &step, &n)) return false;
    if (!v) {
      if (step == 1) {
        l->items.erase(l->items.begin() + start, l->items.begin() + std::max(start, stop));
      } else {
        std::vector<bool> del(l->items.size(), false);
        for (int64_t i = 0, j = start; i < n; i++, j += step) del[static_cast<size_t>(j)] = true;
        std::vector<Value> keep;
        for (size_t i = 0; i < l->items.size(); i++) if (!del[i]) keep.push_back(l->items[i]);
        l->items = std::move(keep);
      }
      return true;
    }
    std::vector<Value> src;
    if (!collect_iterable(ts, v, src)) return false;
    if (step == 1) {
      int64_t b = start, e = std::max(start, stop);
      l->items.erase(l->items.begin() + b, l->items.begin() + e);
      l->items.insert(l->items.begin() + b, src.begin(), src.end());
      return true;
    }
    if (static_cast<int64_t>(src.size()) != n) {
      raise(ts, ts.eng.exc[E_ValueError], "attempt to assign sequence of size " + std::to_string(src.size()) +
                                             " to extended slice of size " + std::to_string(n));
      return false;
    }
    for (int64_t i = 0, j = start; i < n; i++, j += step) l->items[static_cast<size_t>(j)] = src[static_cast<size_t>(i)];
    return true;
  }
  int64_t i;
  if (!index_of(ts, k, len, &i, "list")) return false;
  if (i < 0 || i >= len) {
    raise(ts, ts.eng.exc[E_IndexError], v ? "list assignment index out of range" : "list assignment index out of range");
    return false;
  }
  if (v) l->items[static_cast<size_t>(i)] = v;
  else l->items.erase(l->items.begin() + i);
  return true;
}

static int seq_contains(ThreadState& ts, Value self, Value v) {
  std::vector<Value>& items = items_of(self);
  for (size_t i = 0; i < items.size(); i++) {
    if (items[i] == v) return 1;
    int eq = equals(ts, items[i], v);
    if (eq) return eq;
  }
  return 0;
}

struct SeqIter : IterObj {
  Value seq;
  size_t pos = 0;
  bool reversed = false;
  void trace(Tracer& t) override { t.mark(seq); }
  Value next(ThreadState&) override {
    if (!seq) return Value();
    std::vector<Value>& items = items_of(seq);
    if (reversed) {
      if (pos == 0 || pos > items.size()) { seq = Value(); return Value(); }
      return items[--pos];
    }
    if (pos >= items.size()) { seq = Value(); return Value(); }
    return items[pos++];
  }
};

static Value seq_iter(ThreadState& ts, Value self) {
  SeqIter* it = ts.eng.alloc<SeqIter>(
      iterator_type(ts, self.obj()->type->layout == Layout::List ? "list_iterator" : "tuple_iterator"));
  it->seq = self;
  return Value(it);
}

Value seq_reversed(ThreadState& ts, Value self) {
  SeqIter* it = ts.eng.alloc<SeqIter>(iterator_type(ts, "list_reverseiterator"));
  it->seq = self;
  it->reversed = true;
  it->pos = items_of(self).size();
  return Value(it);
}

static bool tuple_hash(ThreadState& ts, Value self, int64_t* out) {
  Tuple* t = as<Tuple>(self);
  if (t->hash != -1) { *out = t->hash; return true; }
  uint64_t acc = 2870177450012600261ull;
  for (Value v : t->items) {
    int64_t h;
    if (!hash(ts, v, &h)) return false;
    acc += static_cast<uint64_t>(h) * 14029467366897019727ull;
    acc = (acc << 31) | (acc >> 33);
    acc *= 11400714785074694791ull;
  }
  acc += t->items.size() ^ (2870177450012600261ull ^ 3527539ull);
  int64_t r = static_cast<int64_t>(acc >> 4);
  if (r == -1) r = 1546275796;
  t->hash = r;
  *out = r;
  return true;
}

static Value tuple_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  if (t == ts.eng.t.tuple && (!no_kwargs(ts, "tuple", kw) || !check_nargs(ts, "tuple", nargs, 0, 1))) return Value();
  if (t != ts.eng.t.tuple && nargs > 1) nargs = 1;
  std::vector<Value> v;
  if (nargs >= 1) {
    if (t == ts.eng.t.tuple && is_type(ts, args[0], ts.eng.t.tuple)) return args[0];
    if (!collect_iterable(ts, args[0], v)) return Value();
  } else if (t == ts.eng.t.tuple) {
    return ts.eng.empty_tuple;
  }
  Tuple* r = ts.eng.alloc<Tuple>(t);
  r->items = std::move(v);
  return Value(r);
}

static Value list_new(ThreadState& ts, Type* t, Value*, int, Tuple*) {
  List* l = t == ts.eng.t.list ? new_list(ts) : static_cast<List*>(ts.eng.alloc<List>(t));
  return Value(l);
}

static Value list_init(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, "list", kw) || !check_nargs(ts, "list", nargs - 1, 0, 1)) return Value();
  List* l = as<List>(args[0]);
  if (nargs == 2) {
    std::vector<Value> v;
    if (!collect_iterable(ts, args[1], v)) return Value();
    l->items = std::move(v);
  } else {
    l->items.clear();
  }
  return ts.eng.None;
}

#define LIST (as<List>(args[0])->items)

static Value list_append(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "append", nargs - 1, 1, 1)) return Value();
  LIST.push_back(args[1]);
  return ts.eng.None;
}
static Value list_extend(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "extend", nargs - 1, 1, 1)) return Value();
  std::vector<Value> v;
  if (!collect_iterable(ts, args[1], v)) return Value();
  LIST.insert(LIST.end(), v.begin(), v.end());
  return ts.eng.None;
}
static Value list_insert(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "insert", nargs - 1, 2, 2)) return Value();
  int64_t i;
  if (!as_index(ts, args[1], &i)) return Value();
  int64_t n = static_cast<int64_t>(LIST.size());
  if (i < 0) i = std::max<int64_t>(0, i + n);
  if (i > n) i = n;
  LIST.insert(LIST.begin() + i, args[2]);
  return ts.eng.None;
}
static Value list_pop(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "pop", nargs - 1, 0, 1)) return Value();
  int64_t n = static_cast<int64_t>(LIST.size());
  if (n == 0) return raise(ts, ts.eng.exc[E_IndexError], "pop from empty list");
  int64_t i = n - 1;
  if (nargs > 1) {
    if (!as_index(ts, args[1], &i)) return Value();
    if (i < 0) i += n;
    if (i < 0 || i >= n) return raise(ts, ts.eng.exc[E_IndexError], "pop index out of range");
  }
  Value v = LIST[static_cast<size_t>(i)];
  LIST.erase(LIST.begin() + i);
  return v;
}
static Value list_remove(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "remove", nargs - 1, 1, 1)) return Value();
  for (size_t i = 0; i < LIST.size(); i++) {
    int eq = LIST[i] == args[1] ? 1 : equals(ts, LIST[i], args[1]);
    if (eq < 0) return Value();
    if (eq) { LIST.erase(LIST.begin() + static_cast<int64_t>(i)); return ts.eng.None; }
  }
  return raise(ts, ts.eng.exc[E_ValueError], "list.remove(x): x not in list");
}
static Value seq_index(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "index", nargs - 1, 1, 3)) return Value();
  std::vector<Value>& items = items_of(args[0]);
  int64_t n = static_cast<int64_t>(items.size()), start = 0, stop = n;
  if (nargs > 2 && !as_index(ts, args[2], &start)) return Value();
  if (nargs > 3 && !as_index(ts, args[3], &stop)) return Value();
  if (start < 0) start = std::max<int64_t>(0, start + n);
  if (stop < 0) stop = std::max<int64_t>(0, stop + n);
  for (int64_t i = start; i < std::min(stop, n); i++) {
    int eq = items[static_cast<size_t>(i)] == args[1] ? 1 : equals(ts, items[static_cast<size_t>(i)], args[1]);
    if (eq < 0) return Value();
    if (eq) return Value::small(i);
  }
  if (args[0].obj()->type->layout == Layout::List) {
    std::string r;
    if (!repr_text(ts, args[1], r)) return Value();
    return raise(ts, ts.eng.exc[E_ValueError], r + " is not in list");
  }
  return raise(ts, ts.eng.exc[E_ValueError], "tuple.index(x): x not in tuple");
}
static Value seq_count(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "count", nargs - 1, 1, 1)) return Value();
  int64_t c = 0;
  std::vector<Value>& items = items_of(args[0]);
  for (size_t i = 0; i < items.size(); i++) {
    int eq = items[i] == args[1] ? 1 : equals(ts, items[i], args[1]);
    if (eq < 0) return Value();
    c += eq;
  }
  return Value::small(c);
}
static Value list_clear(ThreadState& ts, Value* args, int, Tuple*) { LIST.clear(); return ts.eng.None; }
static Value list_copy(ThreadState& ts, Value* args, int, Tuple*) { return Value(new_list(ts, LIST)); }
static Value list_reverse(ThreadState& ts, Value* args, int, Tuple*) {
  std::reverse(LIST.begin(), LIST.end());
  return ts.eng.None;
}

// Orders two keys of the kinds sorting meets most (small ints, exact str, exact float without
// NaN) without the generic protocol: -1, 0 (equal), 1; 2 when it cannot tell (use the protocol).
// CPython's list.sort does the same after checking the keys' types (unsafe_*_compare).
static int quick_order(ThreadState& ts, Value x, Value y) {
  if (x.is_small() && y.is_small()) {
    int64_t a = x.small_value(), b = y.small_value();
    return a < b ? -1 : a > b;
  }
  if (!x.is_obj() || !y.is_obj()) return 2;
  Type* tx = x.obj()->type;
  if (tx != y.obj()->type) return 2;
  Engine& e = ts.eng;
  if (tx == e.t.str) {   // UTF-8 byte order is code point order
    int c = as_str(x)->s.compare(as_str(y)->s);
    return c < 0 ? -1 : c > 0;
  }
  if (tx == e.t.float_) {
    double a = static_cast<FloatObj*>(x.obj())->v, b = static_cast<FloatObj*>(y.obj())->v;
    if (a != a || b != b) return 2;
    return a < b ? -1 : a > b;
  }
  return 2;
}

// x < y for sort keys: tuples element by element (the first unequal element decides, as in
// tuple comparison), quick_order where it can tell, the full protocol otherwise. -1: error.
static int key_less(ThreadState& ts, Value x, Value y) {
  int q = quick_order(ts, x, y);
  if (q != 2) return q < 0;
  Engine& e = ts.eng;
  if (x.is_obj() && y.is_obj() && x.obj()->type == e.t.tuple && y.obj()->type == e.t.tuple) {
    std::vector<Value>& a = static_cast<Tuple*>(x.obj())->items;
    std::vector<Value>& b = static_cast<Tuple*>(y.obj())->items;
    size_t n = std::min(a.size(), b.size());
    for (size_t i = 0; i < n; i++) {
      if (a[i] == b[i]) continue;
      int o = quick_order(ts, a[i], b[i]);
      if (o == 0) continue;
      if (o != 2) return o < 0;
      int eq = equals(ts, a[i], b[i]);
      if (eq < 0) return -1;
      if (eq) continue;
      return compare_bool(ts, a[i], b[i], CmpOp::Lt);
    }
    return a.size() < b.size();
  }
  return compare_bool(ts, x, y, CmpOp::Lt);
}

bool sort_values(ThreadState& ts, std::vector<Value>& items, Value key, bool reverse) {
  // The values and their keys, kept alive by two lists whatever key functions or __lt__
  // methods do to [items] meanwhile.
  List* values = new_list(ts, items);
  Root r1(ts, Value(values));
  List* keep = values;
  if (key && key != ts.eng.None) {
    keep = new_list(ts);
    Root r(ts, Value(keep));
    for (Value v : values->items) {
      Value k = call1(ts, key, v);
      if (!k) return false;
      keep->items.push_back(k);
    }
  }
  Root r2(ts, Value(keep));
  const std::vector<Value>& keys = keep->items;
  // Each entry carries its key and, for a tuple key, the key's first element: most comparisons
  // are decided there (without touching the tuple), as in CPython's tuple-key pre-check.
  struct Entry {
    Value first;   // the tuple key's first element, or null
    Value key;
    size_t index;
  };
  Engine& e = ts.eng;
  std::vector<Entry> entries(items.size());
  for (size_t i = 0; i < entries.size(); i++) {
    Value k = keys[i];
    bool tuple = k.is_obj() && k.obj()->type == e.t.tuple && !static_cast<Tuple*>(k.obj())->items.empty();
    entries[i] = Entry{tuple ? static_cast<Tuple*>(k.obj())->items[0] : Value(), k, i};
  }
  bool failed = false;
  auto less = [&](const Entry& a, const Entry& b) -> bool {
    if (failed) return false;
    if (a.first && b.first && a.first != b.first) {
      int o = quick_order(ts, a.first, b.first);
      if (o == -1 || o == 1) return o < 0;
    }
    int c = key_less(ts, a.key, b.key);
    if (c < 0) { failed = true; return false; }
    return c == 1;
  };
  // Descending order keeps equal items in their original order, as CPython does: reverse,
  // sort ascending (stable), reverse again.
  if (reverse) std::reverse(entries.begin(), entries.end());
  std::stable_sort(entries.begin(), entries.end(), less);
  if (reverse) std::reverse(entries.begin(), entries.end());
  if (failed) return false;
  std::vector<Value> out;
  out.reserve(items.size());
  for (const Entry& en : entries) out.push_back(values->items[en.index]);
  items = std::move(out);
  return true;
}

static Value list_sort(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  Value a[2];
  if (!parse_args(ts, "sort", args + 1, nargs - 1, kw, {"key", "reverse"}, 0, a)) return Value();
  if (nargs > 1) return raise(ts, ts.eng.exc[E_TypeError], "sort() takes no positional arguments");
  int rev = a[1] ? truth(ts, a[1]) : 0;
  if (rev < 0) return Value();
  // As CPython: the list is empty while it is sorted; a key function that changes it makes
  // the sort fail, and the sorted items are put back.
  std::vector<Value> items = std::move(LIST);
  LIST.clear();
  Tuple* keep = new_tuple(ts, items);
  Root r(ts, Value(keep));
  bool ok = sort_values(ts, items, a[0], rev);
  bool modified = !LIST.empty();
  LIST = ok ? std::move(items) : keep->items;
  if (!ok) return Value();
  if (modified) return raise(ts, ts.eng.exc[E_ValueError], "list modified during sort");
  return ts.eng.None;
}
static Value list_getitem_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument");
  return seq_getitem(ts, args[0], args[1]);
}
static Value list_setitem_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 3) return raise(ts, ts.eng.exc[E_TypeError], "expected 2 arguments");
  if (!list_setitem(ts, args[0], args[1], args[2])) return Value();
  return ts.eng.None;
}
static Value seq_len_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "expected 0 arguments");
  return Value::small(static_cast<int64_t>(items_of(args[0]).size()));
}

void init_sequences(ThreadState& ts) {
  Engine& e = ts.eng;
  for (Type* t : {e.t.tuple, e.t.list}) {
    t->slots.repr = seq_repr;
    t->slots.str = nullptr;
    t->slots.len = seq_len;
    t->slots.truth = seq_truth;
    t->slots.richcompare = seq_richcompare;
    t->slots.binop = seq_binop;
    t->slots.getitem = seq_getitem;
    t->slots.contains = seq_contains;
    t->slots.iter = seq_iter;
    add_method(ts, t, "index", seq_index);
    add_method(ts, t, "count", seq_count);
    add_method(ts, t, "__getitem__", list_getitem_m);
    add_method(ts, t, "__len__", seq_len_m);
  }
  e.t.tuple->slots.hash = tuple_hash;
  e.t.tuple->slots.new_ = tuple_new;
  add_method(ts, e.t.list, "__init__", list_init);
  e.t.list->slots.hash = nullptr;
  e.t.list->slots.setitem = list_setitem;
  e.t.list->slots.new_ = list_new;
  e.t.list->dict->set_str(e.names[N_hash], e.None);
  Type* l = e.t.list;
  add_method(ts, l, "append", list_append);
  add_method(ts, l, "extend", list_extend);
  add_method(ts, l, "insert", list_insert);
  add_method(ts, l, "pop", list_pop);
  add_method(ts, l, "remove", list_remove);
  add_method(ts, l, "clear", list_clear);
  add_method(ts, l, "copy", list_copy);
  add_method(ts, l, "reverse", list_reverse);
  add_method(ts, l, "sort", list_sort);
  add_method(ts, l, "__setitem__", list_setitem_m);
}

}  // namespace il
