// ops.cpp: the object protocol of api.h: conversions, hashing, truth, operators with their
// reflected fallbacks, comparisons, items, iteration and native argument parsing. Dispatches
// through type slots; never looks at a specific builtin type except for fast paths.
#include <cstring>

#include "vm/api.h"
#include "vm/call.h"

namespace il {

Value repr(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  if (!t->slots.repr) return raise(ts, ts.eng.exc[E_TypeError], "no repr");
  if (ts.depth > ts.eng.recursion_limit + 50)
    return raise(ts, ts.eng.exc[E_RecursionError], "maximum recursion depth exceeded while getting the repr of an object");
  ts.depth++;
  Value r = t->slots.repr(ts, v);
  ts.depth--;
  if (r && !is_str(ts, r))
    return raise(ts, ts.eng.exc[E_TypeError], "__repr__ returned non-string (type " + type_name(ts, r) + ")");
  return r;
}

Value to_str(ThreadState& ts, Value v) {
  if (is_type(ts, v, ts.eng.t.str)) return v;
  Type* t = type_of(ts, v);
  if (!t->slots.str) return repr(ts, v);
  ts.depth++;
  Value r = t->slots.str(ts, v);
  ts.depth--;
  if (r && !is_str(ts, r))
    return raise(ts, ts.eng.exc[E_TypeError], "__str__ returned non-string (type " + type_name(ts, r) + ")");
  return r;
}

bool repr_text(ThreadState& ts, Value v, std::string& out) {
  if (v.is_small()) { out = std::to_string(v.small_value()); return true; }
  Value r = repr(ts, v);
  if (!r) return false;
  out = as_str(r)->s;
  return true;
}

bool str_text(ThreadState& ts, Value v, std::string& out) {
  if (v.is_small()) { out = std::to_string(v.small_value()); return true; }
  Value r = to_str(ts, v);
  if (!r) return false;
  out = as_str(r)->s;
  return true;
}

bool hash(ThreadState& ts, Value v, int64_t* out) {
  if (v.is_small()) {
    int64_t x = v.small_value();
    *out = x == -1 ? -2 : x;
    return true;
  }
  Type* t = v.obj()->type;
  if (t->layout == Layout::Str && t == ts.eng.t.str) { *out = str_hash(as_str(v)); return true; }
  if (!t->slots.hash) {
    raise(ts, ts.eng.exc[E_TypeError], "unhashable type: '" + t->name + "'");
    return false;
  }
  return t->slots.hash(ts, v, out);
}

int truth(ThreadState& ts, Value v) {
  Engine& e = ts.eng;
  if (v == e.True) return 1;
  if (v == e.False || v == e.None) return 0;
  if (v.is_small()) return v.small_value() != 0;
  Type* t = v.obj()->type;
  if (t->slots.truth) return t->slots.truth(ts, v);
  if (t->slots.len) {
    int64_t n = t->slots.len(ts, v);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}

int64_t length(ThreadState& ts, Value v) {
  Type* t = type_of(ts, v);
  if (!t->slots.len) {
    raise(ts, ts.eng.exc[E_TypeError], "object of type '" + t->name + "' has no len()");
    return -1;
  }
  return t->slots.len(ts, v);
}

// ---- calls ----

Value call(ThreadState& ts, Value f, Value* args, int nargs, Tuple* kwnames) {
  if (!f.is_obj()) return raise(ts, ts.eng.exc[E_TypeError], "'int' object is not callable");
  Object* o = f.obj();
  switch (o->type->layout) {
    case Layout::Function:
      return call_function(ts, static_cast<Function*>(o), args, nargs, kwnames);
    case Layout::NativeFunction: {
      NativeFunction* nf = static_cast<NativeFunction*>(o);
      ts.current_native = nf;
      return nf->fn(ts, args, nargs, kwnames);
    }
    case Layout::BoundMethod: {
      BoundMethod* m = static_cast<BoundMethod*>(o);
      int nkw = kwnames ? static_cast<int>(kwnames->items.size()) : 0;
      Value small[8];
      std::vector<Value> big;
      Value* a = small;
      if (nargs + nkw + 1 > 8) { big.resize(static_cast<size_t>(nargs + nkw + 1)); a = big.data(); }
      a[0] = m->self;
      for (int i = 0; i < nargs + nkw; i++) a[i + 1] = args[i];
      return call(ts, m->func, a, nargs + 1, kwnames);
    }
    default: {
      Type* t = o->type;
      if (t->slots.call) return t->slots.call(ts, f, args, nargs, kwnames);
      return raise(ts, ts.eng.exc[E_TypeError], "'" + t->name + "' object is not callable");
    }
  }
}

Value call0(ThreadState& ts, Value f) { return call(ts, f, nullptr, 0); }
Value call1(ThreadState& ts, Value f, Value a) { return call(ts, f, &a, 1); }
Value call2(ThreadState& ts, Value f, Value a, Value b) {
  Value args[2] = {a, b};
  return call(ts, f, args, 2);
}

Value call_method(ThreadState& ts, Value o, Str* name, Value* args, int nargs) {
  Value meth, self;
  if (!load_method(ts, o, name, &meth, &self)) return Value();
  std::vector<Value> a;
  Root r1(ts, meth), r2(ts, self);
  if (meth) {
    a.push_back(self);
    a.insert(a.end(), args, args + nargs);
    return call(ts, meth, a.data(), nargs + 1);
  }
  return call(ts, self, args, nargs);
}

Value call_with_tuple(ThreadState& ts, Value f, Tuple* args, Dict* kwargs) {
  if (!kwargs || !kwargs->used) {
    // A tuple never changes: the call reads its items in place (the caller keeps it alive).
    return call(ts, f, args ? args->items.data() : nullptr, args ? static_cast<int>(args->items.size()) : 0, nullptr);
  }
  std::vector<Value> a = args ? args->items : std::vector<Value>{};
  int nargs = static_cast<int>(a.size());
  Tuple* kwnames = nullptr;
  if (kwargs && kwargs->used) {
    std::vector<Value> names;
    for (auto& e : kwargs->entries) {
      if (!e.key) continue;
      if (!is_str(ts, e.key)) return raise(ts, ts.eng.exc[E_TypeError], "keywords must be strings");
      names.push_back(Value(ts.eng.intern(as_str(e.key)->s)));
      a.push_back(e.value);
    }
    kwnames = new_tuple(ts, names);
  }
  Root r(ts, kwnames ? Value(kwnames) : Value());
  return call(ts, f, a.data(), nargs, kwnames);
}

// ---- operators ----

static const char* kOpSymbols[] = {
#define X(e, s, m, r, i) s,
    IL_BINOPS(X)
#undef X
};

static const int kReflectedNames[] = {
#define X(e, s, m, r, i) N_##r,
    IL_BINOPS(X)
#undef X
};

static const int kInplaceNames[] = {
#define X(e, s, m, r, i) N_##i,
    IL_BINOPS(X)
#undef X
};

Value binary_op(ThreadState& ts, Value a, Value b, int opi) {
  Engine& e = ts.eng;
  bool inplace = opi >= kInplaceBase;
  BinOp op = static_cast<BinOp>(inplace ? opi - kInplaceBase : opi);
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  if (inplace) {
    if (ta->layout == Layout::List && op == BinOp::Add && !ta->is_heap) {
      std::vector<Value> items;
      if (!collect_iterable(ts, b, items)) return Value();
      List* l = as<List>(a);
      l->items.insert(l->items.end(), items.begin(), items.end());
      return a;
    }
    if (ta->is_heap || ta->layout == Layout::Deque) {
      Value f = type_lookup(ta, e.names[kInplaceNames[static_cast<int>(op)]]);
      if (f) {
        Value r = call2(ts, f, a, b);
        if (!r || r != e.NotImplemented) return r;
      }
    }
    if (ta->layout == Layout::Set && (op == BinOp::Or || op == BinOp::And || op == BinOp::Sub || op == BinOp::Xor)) {
      Value r = ta->slots.binop(ts, a, b, op);
      if (!r || r == e.NotImplemented) goto normal;
      set_assign(as<SetObj>(a), as<SetObj>(r));
      return a;
    }
  }
normal:
  {
    // A subclass that overrides the reflected method goes first (CPython's rule).
    bool b_first = tb != ta && tb->is_subtype(ta) && tb->slots.binop && tb->slots.binop != ta->slots.binop;
    if (b_first) {
      Value r = tb->slots.binop(ts, a, b, op);
      if (!r || r != e.NotImplemented) return r;
    } else if (tb != ta && tb->is_heap && tb->is_subtype(ta)) {
      Str* rname = e.names[kReflectedNames[static_cast<int>(op)]];
      Value rb = type_lookup(tb, rname);
      if (rb && rb != type_lookup(ta, rname)) {
        b_first = true;
        Value r = call2(ts, rb, b, a);
        if (!r || r != e.NotImplemented) return r;
      }
    }
    if (ta->slots.binop) {
      Value r = ta->slots.binop(ts, a, b, op);
      if (!r || r != e.NotImplemented) return r;
    }
    if (tb != ta && tb->slots.binop && !b_first) {
      Value r = tb->slots.binop(ts, a, b, op);
      if (!r || r != e.NotImplemented) return r;
    }
    // int op float and friends: let float handle mixed numbers.
    if ((ta->layout == Layout::Float || tb->layout == Layout::Float)) {
      Type* ft = e.t.float_;
      if (ta != ft && tb != ft) {}
      else {
        Value r = ft->slots.binop(ts, a, b, op);
        if (!r || r != e.NotImplemented) return r;
      }
    }
  }
  if (op == BinOp::Mul) {
    auto is_seq = [](Type* t) {
      return t->layout == Layout::Str || t->layout == Layout::List || t->layout == Layout::Tuple || t->layout == Layout::Bytes;
    };
    if (is_seq(ta) && !is_seq(tb)) return raise(ts, e.exc[E_TypeError], "can't multiply sequence by non-int of type '" + tb->name + "'");
    if (is_seq(tb) && !is_seq(ta)) return raise(ts, e.exc[E_TypeError], "can't multiply sequence by non-int of type '" + ta->name + "'");
    if (is_seq(ta) && is_seq(tb)) return raise(ts, e.exc[E_TypeError], "can't multiply sequence by non-int of type '" + tb->name + "'");
  }
  if (op == BinOp::Add) {
    if (ta->layout == Layout::Str) return raise(ts, e.exc[E_TypeError], "can only concatenate str (not \"" + tb->name + "\") to str");
    if (ta->layout == Layout::List) return raise(ts, e.exc[E_TypeError], "can only concatenate list (not \"" + tb->name + "\") to list");
    if (ta->layout == Layout::Tuple) return raise(ts, e.exc[E_TypeError], "can only concatenate tuple (not \"" + tb->name + "\") to tuple");
    if (ta->layout == Layout::Bytes) return raise(ts, e.exc[E_TypeError], "can't concat " + tb->name + " to bytes");
  }
  std::string sym = kOpSymbols[static_cast<int>(op)];
  if (inplace) sym += "=";
  if (op == BinOp::Pow && !inplace)
    return raise(ts, e.exc[E_TypeError], "unsupported operand type(s) for ** or pow(): '" + ta->name + "' and '" + tb->name + "'");
  return raise(ts, e.exc[E_TypeError], "unsupported operand type(s) for " + sym + ": '" + ta->name + "' and '" + tb->name + "'");
}

Value unary_op(ThreadState& ts, Value a, UnOp op) {
  if (op == UnOp::Not) {
    int t = truth(ts, a);
    if (t < 0) return Value();
    return bool_value(ts, !t);
  }
  Type* t = type_of(ts, a);
  if (t->slots.unop) {
    Value r = t->slots.unop(ts, a, op);
    if (!r || r != ts.eng.NotImplemented) return r;
  }
  const char* sym = op == UnOp::Neg ? "-" : op == UnOp::Pos ? "+" : "~";
  return raise(ts, ts.eng.exc[E_TypeError], std::string("bad operand type for unary ") + sym + ": '" + t->name + "'");
}

static CmpOp swapped(CmpOp op) {
  switch (op) {
    case CmpOp::Lt: return CmpOp::Gt;
    case CmpOp::Le: return CmpOp::Ge;
    case CmpOp::Gt: return CmpOp::Lt;
    case CmpOp::Ge: return CmpOp::Le;
    default: return op;
  }
}

Value compare(ThreadState& ts, Value a, Value b, CmpOp op) {
  Engine& e = ts.eng;
  if (a.is_small() && b.is_small()) {
    int64_t x = a.small_value(), y = b.small_value();
    return bool_value(ts, cmp_holds(op, x, y));
  }
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  bool b_first = tb != ta && tb->is_subtype(ta) && tb->slots.richcompare && tb->is_heap;
  if (b_first) {
    Value r = tb->slots.richcompare(ts, b, a, swapped(op));
    if (!r || r != e.NotImplemented) return r;
  }
  if (ta->slots.richcompare) {
    Value r = ta->slots.richcompare(ts, a, b, op);
    if (!r || r != e.NotImplemented) return r;
  }
  if (!b_first && tb->slots.richcompare) {
    Value r = tb->slots.richcompare(ts, b, a, swapped(op));
    if (!r || r != e.NotImplemented) return r;
  }
  if (op == CmpOp::Eq) return bool_value(ts, a == b);
  if (op == CmpOp::Ne) return bool_value(ts, a != b);
  static const char* syms[] = {"<", "<=", "==", "!=", ">", ">="};
  return raise(ts, e.exc[E_TypeError], std::string("'") + syms[static_cast<int>(op)] +
                                           "' not supported between instances of '" + ta->name + "' and '" + tb->name + "'");
}

int compare_bool(ThreadState& ts, Value a, Value b, CmpOp op) {
  Value r = compare(ts, a, b, op);
  if (!r) return -1;
  if (r == ts.eng.True) return 1;
  if (r == ts.eng.False) return 0;
  Root root(ts, r);
  return truth(ts, r);
}

int equals(ThreadState& ts, Value a, Value b) {
  if (a == b) return 1;
  if (a.is_small() && b.is_small()) return 0;
  if (a.is_obj() && b.is_obj() && a.obj()->type == ts.eng.t.str && b.obj()->type == ts.eng.t.str)
    return str_eq(as_str(a), as_str(b));
  return compare_bool(ts, a, b, CmpOp::Eq);
}

int contains(ThreadState& ts, Value c, Value v) {
  Type* t = type_of(ts, c);
  if (t->slots.contains) return t->slots.contains(ts, c, v);
  Value it = get_iter(ts, c);
  if (!it) {
    if (error_matches(ts, ts.eng.exc[E_TypeError])) {
      take_error(ts);
      raise(ts, ts.eng.exc[E_TypeError], "argument of type '" + t->name + "' is not iterable");
    }
    return -1;
  }
  Root r(ts, it);
  for (;;) {
    Value x = iter_next(ts, it);
    if (!x) return ts.has_error() ? -1 : 0;
    int eq = equals(ts, x, v);
    if (eq) return eq;
  }
}

// ---- items ----

Value getitem(ThreadState& ts, Value o, Value k) {
  Type* t = type_of(ts, o);
  if (t->slots.getitem) return t->slots.getitem(ts, o, k);
  if (t->layout == Layout::Type) {
    Value cg = type_lookup(as<Type>(o), ts.eng.names[N_class_getitem]);
    if (cg) return call2(ts, cg, o, k);
    if (as<Type>(o)->is_subtype(ts.eng.t.object) && !as<Type>(o)->is_heap) return o;  // list[int] and friends
    return raise(ts, ts.eng.exc[E_TypeError], "type '" + as<Type>(o)->name + "' is not subscriptable");
  }
  return raise(ts, ts.eng.exc[E_TypeError], "'" + t->name + "' object is not subscriptable");
}

bool setitem(ThreadState& ts, Value o, Value k, Value v) {
  Type* t = type_of(ts, o);
  if (t->slots.setitem) return t->slots.setitem(ts, o, k, v);
  raise(ts, ts.eng.exc[E_TypeError], "'" + t->name + "' object does not support item assignment");
  return false;
}

bool delitem(ThreadState& ts, Value o, Value k) {
  Type* t = type_of(ts, o);
  if (t->slots.setitem) return t->slots.setitem(ts, o, k, Value());
  raise(ts, ts.eng.exc[E_TypeError], "'" + t->name + "' object doesn't support item deletion");
  return false;
}

// ---- iteration ----

struct GetitemIter : IterObj {
  Value seq;
  int64_t i = 0;
  void trace(Tracer& t) override { t.mark(seq); }
  Value next(ThreadState& ts) override {
    if (!seq) return Value();
    Value v = getitem(ts, seq, Value::small(i++));
    if (!v) {
      if (error_matches(ts, ts.eng.exc[E_IndexError]) || error_matches(ts, ts.eng.exc[E_StopIteration])) {
        take_error(ts);
        seq = Value();
      }
    }
    return v;
  }
};

Value get_iter(ThreadState& ts, Value o) {
  Type* t = type_of(ts, o);
  if (t->slots.iter) {
    Value it = t->slots.iter(ts, o);
    if (!it) return it;
    if (!type_of(ts, it)->slots.next)
      return raise(ts, ts.eng.exc[E_TypeError], "iter() returned non-iterator of type '" + type_name(ts, it) + "'");
    return it;
  }
  if (t->slots.getitem) {
    GetitemIter* g = ts.eng.alloc<GetitemIter>(iterator_type(ts, "iterator"));
    g->seq = o;
    return Value(g);
  }
  return raise(ts, ts.eng.exc[E_TypeError], "'" + t->name + "' object is not iterable");
}

Value iter_next(ThreadState& ts, Value it) {
  Type* t = type_of(ts, it);
  if (!t->slots.next) return raise(ts, ts.eng.exc[E_TypeError], "'" + t->name + "' object is not an iterator");
  return t->slots.next(ts, it);
}

bool collect_iterable(ThreadState& ts, Value o, std::vector<Value>& out) {
  if (o.is_obj()) {
    Type* t = o.obj()->type;
    if (t == ts.eng.t.list) { out = as<List>(o)->items; return true; }
    if (t == ts.eng.t.tuple) { out = as<Tuple>(o)->items; return true; }
  }
  Value it = get_iter(ts, o);
  if (!it) return false;
  Root r(ts, it);
  List* keep = new_list(ts);
  Root r2(ts, Value(keep));
  for (;;) {
    Value v = iter_next(ts, it);
    if (!v) {
      if (ts.has_error()) return false;
      break;
    }
    keep->items.push_back(v);
  }
  out = keep->items;
  return true;
}

// ---- argument parsing ----

bool check_nargs(ThreadState& ts, const char* fname, int nargs, int min, int max) {
  if (nargs >= min && nargs <= max) return true;
  std::string f = fname;
  if (min == max) {
    if (min == 0) raise(ts, ts.eng.exc[E_TypeError], f + "() takes no arguments (" + std::to_string(nargs) + " given)");
    else if (min == 1) raise(ts, ts.eng.exc[E_TypeError], f + "() takes exactly one argument (" + std::to_string(nargs) + " given)");
    else raise(ts, ts.eng.exc[E_TypeError], f + "() takes exactly " + std::to_string(min) + " arguments (" + std::to_string(nargs) + " given)");
  } else if (nargs < min) {
    raise(ts, ts.eng.exc[E_TypeError], f + " expected at least " + std::to_string(min) + " argument" + (min > 1 ? "s" : "") + ", got " + std::to_string(nargs));
  } else {
    raise(ts, ts.eng.exc[E_TypeError], f + " expected at most " + std::to_string(max) + " argument" + (max > 1 ? "s" : "") + ", got " + std::to_string(nargs));
  }
  return false;
}

bool no_kwargs(ThreadState& ts, const char* fname, Tuple* kwnames) {
  if (!kwnames || kwnames->items.empty()) return true;
  raise(ts, ts.eng.exc[E_TypeError], std::string(fname) + "() takes no keyword arguments");
  return false;
}

bool parse_args(ThreadState& ts, const char* fname, Value* args, int nargs, Tuple* kwnames,
                std::initializer_list<const char*> names, int required, Value* out) {
  int n = static_cast<int>(names.size());
  for (int i = 0; i < n; i++) out[i] = Value();
  if (nargs > n) {
    raise(ts, ts.eng.exc[E_TypeError], std::string(fname) + "() takes at most " + std::to_string(n) +
                                           " argument" + (n == 1 ? "" : "s") + " (" + std::to_string(nargs) + " given)");
    return false;
  }
  for (int i = 0; i < nargs; i++) out[i] = args[i];
  if (kwnames) {
    for (size_t k = 0; k < kwnames->items.size(); k++) {
      Str* kn = as_str(kwnames->items[k]);
      int idx = -1, j = 0;
      for (const char* nm : names) {
        if (kn->s == nm) idx = j;
        j++;
      }
      if (idx < 0) {
        raise(ts, ts.eng.exc[E_TypeError], std::string(fname) + "() got an unexpected keyword argument '" + kn->s + "'");
        return false;
      }
      if (out[idx]) {
        raise(ts, ts.eng.exc[E_TypeError], std::string(fname) + "() got multiple values for argument '" + kn->s + "'");
        return false;
      }
      out[idx] = args[nargs + static_cast<int>(k)];
    }
  }
  for (int i = 0; i < required; i++) {
    if (!out[i]) {
      raise(ts, ts.eng.exc[E_TypeError], std::string(fname) + "() missing required argument '" +
                                             *(names.begin() + i) + "' (pos " + std::to_string(i + 1) + ")");
      return false;
    }
  }
  return true;
}

}  // namespace il
