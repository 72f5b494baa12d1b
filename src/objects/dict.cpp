// dict.cpp: the insertion-ordered hash table behind dict, set, frozenset, instance and module
// namespaces; the dict and set types with their views and methods.
#include "vm/api.h"
#include "vm/init.h"

namespace il {
void init_set(ThreadState& ts);
}

namespace il {

Dict* new_dict(ThreadState& ts) {
  Dict* d = ts.eng.alloc<Dict>(ts.eng.t.dict);
  d->version = (++ts.eng.dict_epoch) << 32;
  return d;
}

void Dict::trace(Tracer& t) {
  for (auto& e : entries) { t.mark(e.key); t.mark(e.value); }
  t.mark(reinterpret_cast<Object*>(dict));
}

void Dict::touched() {
  version++;
  if (type_dict) bump_type_attr_epoch();
}

void Dict::rebuild(size_t min_size) {
  if (type_dict) bump_type_attr_epoch();   // entry indices move
  size_t n = 8;
  while (n < min_size * 3 / 2 + 1) n <<= 1;
  // Compact entries.
  if (static_cast<int64_t>(entries.size()) != used) {
    std::vector<DictEntry> live;
    live.reserve(static_cast<size_t>(used));
    for (auto& e : entries) if (e.key) live.push_back(e);
    entries = std::move(live);
  }
  index.assign(n, -1);
  size_t mask = n - 1;
  for (size_t i = 0; i < entries.size(); i++) {
    size_t j = static_cast<size_t>(entries[i].hash) & mask;
    uint64_t perturb = static_cast<uint64_t>(entries[i].hash);
    while (index[j] != -1) {
      perturb >>= 5;
      j = (j * 5 + perturb + 1) & mask;
    }
    index[j] = static_cast<int32_t>(i);
  }
}

int64_t Dict::find_str(Str* key, int64_t h) const {
  if (index.empty()) return -1;
  size_t mask = index.size() - 1;
  size_t j = static_cast<size_t>(h) & mask;
  uint64_t perturb = static_cast<uint64_t>(h);
  for (;;) {
    int32_t ix = index[j];
    if (ix == -1) return -1;
    if (ix >= 0) {
      const DictEntry& e = entries[static_cast<size_t>(ix)];
      if (e.key.raw() == Value(key).raw()) return ix;
      if (e.hash == h && e.key && e.key.is_obj() && e.key.obj()->type->layout == Layout::Str &&
          str_eq(static_cast<Str*>(e.key.obj()), key))
        return ix;
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & mask;
  }
}

Value Dict::get_str(Str* key) const {
  int64_t i = find_str(key, il::str_hash(key));
  return i < 0 ? Value() : entries[static_cast<size_t>(i)].value;
}

void Dict::insert_new(int64_t h, Value key, Value v) {
  if (index.empty() || (entries.size() + 1) * 3 >= index.size() * 2) rebuild(static_cast<size_t>(used) + 1);
  size_t mask = index.size() - 1;
  size_t j = static_cast<size_t>(h) & mask;
  uint64_t perturb = static_cast<uint64_t>(h);
  while (index[j] >= 0) {
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & mask;
  }
  index[j] = static_cast<int32_t>(entries.size());
  entries.push_back({h, key, v});
  used++;
  touched();
}

void Dict::set_str(Str* key, Value v) {
  int64_t h = il::str_hash(key);
  int64_t i = find_str(key, h);
  if (i >= 0) { entries[static_cast<size_t>(i)].value = v; return; }
  insert_new(h, Value(key), v);
}

bool Dict::del_str(Str* key) {
  int64_t h = il::str_hash(key);
  int64_t i = find_str(key, h);
  if (i < 0) return false;
  // Mark the index slot as dummy.
  size_t mask = index.size() - 1;
  size_t j = static_cast<size_t>(h) & mask;
  uint64_t perturb = static_cast<uint64_t>(h);
  while (index[j] != i) { perturb >>= 5; j = (j * 5 + perturb + 1) & mask; }
  index[j] = -2;
  entries[static_cast<size_t>(i)].key = Value();
  entries[static_cast<size_t>(i)].value = Value();
  used--;
  touched();
  if (used == 0) { entries.clear(); index.clear(); }
  return true;
}

bool Dict::lookup(ThreadState& ts, Value key, int64_t h, int64_t* out) const {
  *out = -1;
  if (index.empty()) return true;
  if (key.is_obj() && key.obj()->type->layout == Layout::Str && key.obj()->type == ts.eng.t.str) {
    *out = find_str(static_cast<Str*>(key.obj()), h);
    return true;
  }
  size_t mask = index.size() - 1;
  size_t j = static_cast<size_t>(h) & mask;
  uint64_t perturb = static_cast<uint64_t>(h);
  for (;;) {
    int32_t ix = index[j];
    if (ix == -1) return true;
    if (ix >= 0) {
      const DictEntry& e = entries[static_cast<size_t>(ix)];
      if (e.key == key) { *out = ix; return true; }
      if (e.hash == h && e.key) {
        Value k = e.key;
        uint64_t ver = version;
        int eq = equals(ts, k, key);
        if (eq < 0) return false;
        if (ver != version) {
          raise(ts, ts.eng.exc[E_RuntimeError], "dictionary changed size during iteration");
          return false;
        }
        if (eq) { *out = ix; return true; }
      }
    }
    perturb >>= 5;
    j = (j * 5 + perturb + 1) & mask;
  }
}

bool Dict::get(ThreadState& ts, Value key, Value* out) {
  *out = Value();
  int64_t h;
  if (!hash(ts, key, &h)) return false;
  int64_t i;
  if (!lookup(ts, key, h, &i)) return false;
  if (i >= 0) *out = entries[static_cast<size_t>(i)].value;
  return true;
}

bool Dict::set_hashed(ThreadState& ts, Value key, int64_t h, Value v) {
  int64_t i;
  if (!lookup(ts, key, h, &i)) return false;
  if (i >= 0) { entries[static_cast<size_t>(i)].value = v; return true; }
  insert_new(h, key, v);
  return true;
}

bool Dict::set(ThreadState& ts, Value key, Value v) {
  int64_t h;
  if (!hash(ts, key, &h)) return false;
  return set_hashed(ts, key, h, v);
}

bool Dict::del(ThreadState& ts, Value key, bool* found) {
  *found = false;
  int64_t h;
  if (!hash(ts, key, &h)) return false;
  int64_t i;
  if (!lookup(ts, key, h, &i)) return false;
  if (i < 0) return true;
  size_t mask = index.size() - 1;
  size_t j = static_cast<size_t>(h) & mask;
  uint64_t perturb = static_cast<uint64_t>(h);
  while (index[j] != i) { perturb >>= 5; j = (j * 5 + perturb + 1) & mask; }
  index[j] = -2;
  entries[static_cast<size_t>(i)].key = Value();
  entries[static_cast<size_t>(i)].value = Value();
  used--;
  touched();
  if (used == 0) { entries.clear(); index.clear(); }
  *found = true;
  return true;
}

void Dict::clear() {
  entries.clear();
  index.clear();
  used = 0;
  touched();
}

// ---- dict type ----

static Dict* D(Value v) { return static_cast<Dict*>(v.obj()); }

static Value dict_repr(ThreadState& ts, Value self) {
  for (Object* o : ts.repr_guard) if (o == self.obj()) return new_str(ts, "{...}");
  ts.repr_guard.push_back(self.obj());
  std::string out = "{";
  bool first = true;
  Dict* d = D(self);
  for (size_t i = 0; i < d->entries.size(); i++) {
    DictEntry e = d->entries[i];
    if (!e.key) continue;
    if (!first) out += ", ";
    first = false;
    std::string k, v;
    if (!repr_text(ts, e.key, k) || !repr_text(ts, e.value, v)) { ts.repr_guard.pop_back(); return Value(); }
    out += k + ": " + v;
  }
  out += "}";
  ts.repr_guard.pop_back();
  return new_str(ts, std::move(out));
}

static int64_t dict_len(ThreadState&, Value self) { return D(self)->used; }
static int dict_truth(ThreadState&, Value self) { return D(self)->used > 0; }

static Value dict_getitem(ThreadState& ts, Value self, Value k) {
  Value v;
  if (!D(self)->get(ts, k, &v)) return Value();
  if (v) return v;
  if (self.obj()->type != ts.eng.t.dict) {
    Value m = type_lookup(self.obj()->type, ts.eng.names[N_missing]);
    if (m) return call2(ts, m, self, k);
  }
  Tuple* args = new_tuple(ts, {k});
  Root r(ts, Value(args));
  ExceptionObj* e = as<ExceptionObj>(new_exception(ts, ts.eng.exc[E_KeyError], ""));
  e->args = args;
  return raise_exc(ts, Value(e));
}

static bool dict_setitem(ThreadState& ts, Value self, Value k, Value v) {
  if (v) return D(self)->set(ts, k, v);
  bool found;
  if (!D(self)->del(ts, k, &found)) return false;
  if (!found) {
    Tuple* args = new_tuple(ts, {k});
    Root r(ts, Value(args));
    ExceptionObj* e = as<ExceptionObj>(new_exception(ts, ts.eng.exc[E_KeyError], ""));
    e->args = args;
    raise_exc(ts, Value(e));
    return false;
  }
  return true;
}

static int dict_contains(ThreadState& ts, Value self, Value k) {
  Value v;
  if (!D(self)->get(ts, k, &v)) return -1;
  return v ? 1 : 0;
}

static Value dict_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !b.is_obj() || b.obj()->type->layout != Layout::Dict)
    return ts.eng.NotImplemented;
  Dict* x = D(a);
  Dict* y = D(b);
  bool eq = x->used == y->used;
  for (size_t i = 0; eq && i < x->entries.size(); i++) {
    DictEntry e = x->entries[i];
    if (!e.key) continue;
    Value v;
    if (!y->get(ts, e.key, &v)) return Value();
    if (!v) { eq = false; break; }
    int r = e.value == v ? 1 : equals(ts, e.value, v);
    if (r < 0) return Value();
    if (!r) eq = false;
  }
  return bool_value(ts, op == CmpOp::Eq ? eq : !eq);
}

// kind: 0 keys, 1 values, 2 items
struct DictIter : IterObj {
  Value dict;
  size_t pos = 0;
  int kind = 0;
  int64_t used_at_start = 0;
  void trace(Tracer& t) override { t.mark(dict); }
  Value next(ThreadState& ts) override {
    if (!dict) return Value();
    Dict* d = D(dict);
    if (d->used != used_at_start) {
      used_at_start = -1;
      return raise(ts, ts.eng.exc[E_RuntimeError], "dictionary changed size during iteration");
    }
    while (pos < d->entries.size() && !d->entries[pos].key) pos++;
    if (pos >= d->entries.size()) { dict = Value(); return Value(); }
    DictEntry e = d->entries[pos++];
    if (kind == 0) return e.key;
    if (kind == 1) return e.value;
    return Value(new_tuple(ts, {e.key, e.value}));
  }
};

static Value make_dict_iter(ThreadState& ts, Value d, int kind) {
  static const char* names[] = {"dict_keyiterator", "dict_valueiterator", "dict_itemiterator"};
  DictIter* it = ts.eng.alloc<DictIter>(iterator_type(ts, names[kind]));
  it->dict = d;
  it->kind = kind;
  it->used_at_start = D(d)->used;
  return Value(it);
}
static Value dict_iter(ThreadState& ts, Value self) { return make_dict_iter(ts, self, 0); }

// Views.
struct DictView : Object {
  Value dict;
  int kind = 0;
  void trace(Tracer& t) override { t.mark(dict); }
};

static Value make_view(ThreadState& ts, Value d, int kind) {
  static const char* names[] = {"dict_keys", "dict_values", "dict_items"};
  Type* t = ts.eng.iterator_types[names[kind]];
  DictView* v = ts.eng.alloc<DictView>(t);
  v->dict = d;
  v->kind = kind;
  return Value(v);
}

static Value view_iter(ThreadState& ts, Value self) {
  DictView* v = as<DictView>(self);
  return make_dict_iter(ts, v->dict, v->kind);
}
static int64_t view_len(ThreadState&, Value self) { return D(as<DictView>(self)->dict)->used; }
static Value view_repr(ThreadState& ts, Value self) {
  DictView* v = as<DictView>(self);
  std::vector<Value> items;
  if (!collect_iterable(ts, self, items)) return Value();
  List* l = new_list(ts, items);
  Root r(ts, Value(l));
  std::string s;
  if (!repr_text(ts, Value(l), s)) return Value();
  static const char* names[] = {"dict_keys", "dict_values", "dict_items"};
  return new_str(ts, std::string(names[v->kind]) + "(" + s + ")");
}
static int view_contains(ThreadState& ts, Value self, Value x) {
  DictView* v = as<DictView>(self);
  if (v->kind == 0) return dict_contains(ts, v->dict, x);
  std::vector<Value> items;
  if (!collect_iterable(ts, self, items)) return -1;
  List* l = new_list(ts, items);
  Root r(ts, Value(l));
  return contains(ts, Value(l), x);
}

// A set holding a keys or items view's elements (for the view's set operations).
static Value view_as_set(ThreadState& ts, Value v) {
  if (v.is_obj() && (v.obj()->type->layout == Layout::Set || v.obj()->type->layout == Layout::FrozenSet)) return v;
  Value s = new_set(ts);
  Root r(ts, s);
  std::vector<Value> items;
  if (!collect_iterable(ts, v, items)) return Value();
  List* keep = new_list(ts, items);
  Root r2(ts, Value(keep));
  for (Value x : items) if (!set_add(ts, s, x)) return Value();
  return s;
}
static bool is_setlike_view(ThreadState& ts, Value v) {
  if (!v.is_obj()) return false;
  Type* t = v.obj()->type;
  if (t->layout == Layout::Set || t->layout == Layout::FrozenSet) return true;
  return t == ts.eng.iterator_types["dict_keys"] || t == ts.eng.iterator_types["dict_items"];
}
static Value view_binop(ThreadState& ts, Value a, Value b, BinOp op) {
  if (op != BinOp::And && op != BinOp::Or && op != BinOp::Sub && op != BinOp::Xor) return ts.eng.NotImplemented;
  Value x = view_as_set(ts, a);
  if (!x) return x;
  Root r(ts, x);
  Value y = view_as_set(ts, b);
  if (!y) return y;
  Root r2(ts, y);
  return binary_op(ts, x, y, static_cast<int>(op));
}
static Value view_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if (as<DictView>(a)->kind == 1 || !is_setlike_view(ts, b)) return ts.eng.NotImplemented;
  Value x = view_as_set(ts, a);
  if (!x) return x;
  Root r(ts, x);
  Value y = view_as_set(ts, b);
  if (!y) return y;
  Root r2(ts, y);
  return compare(ts, x, y, op);
}
static Value view_isdisjoint(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "isdisjoint", nargs - 1, 1, 1)) return Value();
  Value it = get_iter(ts, args[1]);
  if (!it) return it;
  Root r(ts, it);
  for (;;) {
    Value x = iter_next(ts, it);
    if (!x) return ts.has_error() ? Value() : ts.eng.True;
    int c = view_contains(ts, args[0], x);
    if (c < 0) return Value();
    if (c) return ts.eng.False;
  }
}
static Value view_reversed(ThreadState& ts, Value* args, int, Tuple*) {
  std::vector<Value> items;
  if (!collect_iterable(ts, args[0], items)) return Value();
  List* l = new_list(ts, std::vector<Value>(items.rbegin(), items.rend()));
  Root r(ts, Value(l));
  return get_iter(ts, Value(l));
}

static Value dict_keys(ThreadState& ts, Value* args, int, Tuple*) { return make_view(ts, args[0], 0); }
static Value dict_values(ThreadState& ts, Value* args, int, Tuple*) { return make_view(ts, args[0], 1); }
static Value dict_items(ThreadState& ts, Value* args, int, Tuple*) { return make_view(ts, args[0], 2); }

static Value dict_get(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "get", nargs - 1, 1, 2)) return Value();
  Value v;
  if (!D(args[0])->get(ts, args[1], &v)) return Value();
  if (v) return v;
  return nargs > 2 ? args[2] : ts.eng.None;
}
static Value dict_setdefault(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "setdefault", nargs - 1, 1, 2)) return Value();
  Value v;
  if (!D(args[0])->get(ts, args[1], &v)) return Value();
  if (v) return v;
  Value d = nargs > 2 ? args[2] : ts.eng.None;
  if (!D(args[0])->set(ts, args[1], d)) return Value();
  return d;
}
static Value dict_pop(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "pop", nargs - 1, 1, 2)) return Value();
  Value v;
  if (!D(args[0])->get(ts, args[1], &v)) return Value();
  if (!v) {
    if (nargs > 2) return args[2];
    return dict_getitem(ts, args[0], args[1]);
  }
  Root r(ts, v);
  bool found;
  if (!D(args[0])->del(ts, args[1], &found)) return Value();
  return v;
}
static Value dict_popitem(ThreadState& ts, Value* args, int, Tuple*) {
  Dict* d = D(args[0]);
  for (size_t i = d->entries.size(); i-- > 0;) {
    DictEntry e = d->entries[i];
    if (!e.key) continue;
    Tuple* t = new_tuple(ts, {e.key, e.value});
    Root r(ts, Value(t));
    bool found;
    if (!d->del(ts, e.key, &found)) return Value();
    return Value(t);
  }
  return raise(ts, ts.eng.exc[E_KeyError], "popitem(): dictionary is empty");
}
bool dict_update_from(ThreadState& ts, Dict* d, Value src) {
  if (src.is_obj() && src.obj()->type->layout == Layout::Dict) {
    Dict* s = D(src);
    std::vector<DictEntry> es = s->entries;
    for (auto& e : es) if (e.key && !d->set_hashed(ts, e.key, e.hash, e.value)) return false;
    return true;
  }
  Value keys = getattr_opt(ts, src, ts.eng.intern("keys"));
  if (ts.has_error()) return false;
  if (keys) {
    Root r(ts, keys);
    Value ks = call0(ts, keys);
    if (!ks) return false;
    std::vector<Value> kv;
    if (!collect_iterable(ts, ks, kv)) return false;
    List* keep = new_list(ts, kv);
    Root r2(ts, Value(keep));
    for (Value k : kv) {
      Value v = getitem(ts, src, k);
      if (!v || !d->set(ts, k, v)) return false;
    }
    return true;
  }
  std::vector<Value> items;
  if (!collect_iterable(ts, src, items)) return false;
  List* keep = new_list(ts, items);
  Root r(ts, Value(keep));
  for (size_t i = 0; i < items.size(); i++) {
    std::vector<Value> pair;
    if (!collect_iterable(ts, items[i], pair)) {
      if (error_matches(ts, ts.eng.exc[E_TypeError])) {
        take_error(ts);
        raise(ts, ts.eng.exc[E_TypeError], "cannot convert dictionary update sequence element #" + std::to_string(i) + " to a sequence");
      }
      return false;
    }
    if (pair.size() != 2) {
      raise(ts, ts.eng.exc[E_ValueError], "dictionary update sequence element #" + std::to_string(i) + " has length " +
                                             std::to_string(pair.size()) + "; 2 is required");
      return false;
    }
    if (!d->set(ts, pair[0], pair[1])) return false;
  }
  return true;
}
static bool update_kwargs(ThreadState&, Dict* d, Value* kwvals, Tuple* kw) {
  if (!kw) return true;
  for (size_t i = 0; i < kw->items.size(); i++) d->set_str(as_str(kw->items[i]), kwvals[i]);
  return true;
}
static Value dict_update(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!check_nargs(ts, "update", nargs - 1, 0, 1)) return Value();
  if (nargs > 1 && !dict_update_from(ts, D(args[0]), args[1])) return Value();
  update_kwargs(ts, D(args[0]), args + nargs, kw);
  return ts.eng.None;
}
static Value dict_clear(ThreadState& ts, Value* args, int, Tuple*) { D(args[0])->clear(); return ts.eng.None; }
static Value dict_copy(ThreadState& ts, Value* args, int, Tuple*) {
  Dict* n = new_dict(ts);
  Dict* d = D(args[0]);
  n->entries = d->entries;
  n->used = d->used;
  n->rebuild(static_cast<size_t>(d->used));
  return Value(n);
}
static Value dict_new(ThreadState& ts, Type* t, Value*, int, Tuple*) {
  Dict* d = t == ts.eng.t.dict ? new_dict(ts) : ts.eng.alloc<Dict>(t);
  d->version = (++ts.eng.dict_epoch) << 32;
  return Value(d);
}

static Value dict_init(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (nargs > 2) return raise(ts, ts.eng.exc[E_TypeError], "dict expected at most 1 argument, got " + std::to_string(nargs - 1));
  Dict* d = D(args[0]);
  if (nargs == 2 && !dict_update_from(ts, d, args[1])) return Value();
  update_kwargs(ts, d, args + nargs, kw);
  return ts.eng.None;
}

static Value dict_fromkeys(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "fromkeys", nargs - 1, 1, 2)) return Value();
  std::vector<Value> keys;
  if (!collect_iterable(ts, args[1], keys)) return Value();
  List* keep = new_list(ts, keys);
  Root r0(ts, Value(keep));
  Value dv = call0(ts, args[0]);
  if (!dv) return dv;
  Root r(ts, dv);
  for (Value k : keys)
    if (!setitem(ts, dv, k, nargs > 2 ? args[2] : ts.eng.None)) return Value();
  return dv;
}
static Value dict_getitem_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument");
  return dict_getitem(ts, args[0], args[1]);
}
static Value dict_setitem_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 3) return raise(ts, ts.eng.exc[E_TypeError], "expected 2 arguments");
  if (!dict_setitem(ts, args[0], args[1], args[2])) return Value();
  return ts.eng.None;
}
static Value dict_binop(ThreadState& ts, Value a, Value b, BinOp op) {
  if (op != BinOp::Or || !a.is_obj() || !b.is_obj() || a.obj()->type->layout != Layout::Dict ||
      b.obj()->type->layout != Layout::Dict)
    return ts.eng.NotImplemented;
  Value args[1] = {a};
  Value n = dict_copy(ts, args, 1, nullptr);
  Root r(ts, n);
  if (!dict_update_from(ts, D(n), b)) return Value();
  return n;
}

void init_dict(ThreadState& ts) {
  Engine& e = ts.eng;
  Type* d = e.t.dict;
  d->slots.repr = dict_repr;
  d->slots.str = nullptr;
  d->slots.hash = nullptr;
  d->slots.len = dict_len;
  d->slots.truth = dict_truth;
  d->slots.getitem = dict_getitem;
  d->slots.setitem = dict_setitem;
  d->slots.contains = dict_contains;
  d->slots.richcompare = dict_richcompare;
  d->slots.iter = dict_iter;
  d->slots.new_ = dict_new;
  d->slots.binop = dict_binop;
  d->dict->set_str(e.names[N_hash], e.None);
  add_method(ts, d, "keys", dict_keys);
  add_method(ts, d, "values", dict_values);
  add_method(ts, d, "items", dict_items);
  add_method(ts, d, "get", dict_get);
  add_method(ts, d, "setdefault", dict_setdefault);
  add_method(ts, d, "pop", dict_pop);
  add_method(ts, d, "popitem", dict_popitem);
  add_method(ts, d, "update", dict_update);
  add_method(ts, d, "clear", dict_clear);
  add_method(ts, d, "copy", dict_copy);
  add_method(ts, d, "fromkeys", dict_fromkeys);
  as<NativeFunction>(d->dict->get_str(ts.eng.intern("fromkeys")))->classmethod = true;
  add_method(ts, d, "__getitem__", dict_getitem_m);
  add_method(ts, d, "__init__", dict_init);
  add_method(ts, d, "__setitem__", dict_setitem_m);
  static const char* vnames[] = {"dict_keys", "dict_values", "dict_items"};
  for (int k = 0; k < 3; k++) {
    Type* vt = iterator_type(ts, vnames[k]);
    vt->slots.iter = view_iter;
    vt->slots.next = nullptr;
    vt->slots.len = view_len;
    vt->slots.repr = view_repr;
    vt->slots.contains = view_contains;
    vt->slots.binop = view_binop;
    vt->slots.richcompare = view_richcompare;
    add_method(ts, vt, "__reversed__", view_reversed);
    if (k != 1) add_method(ts, vt, "isdisjoint", view_isdisjoint);
  }
  init_set(ts);
}

}  // namespace il
