// type.cpp: `object` and `type`: attribute lookup along the MRO with descriptors, class
// creation (C3 MRO, solid base, __classcell__), instance creation, and the slot wrappers that
// let user classes' dunder methods drive the engine's operators.
#include <atomic>
#include <cstdio>

#include "objects/function.h"
#include "vm/api.h"
#include "vm/attr_cache.h"
#include "vm/init.h"

namespace il {

// The attribute cache, like CPython's type attribute cache: (type, interned name) -> where
// along the MRO the name was found (a dict and its entry), or that it was found nowhere. An
// entry holds while the epoch is unchanged: any key added to or removed from a class's dict
// that the cache has read bumps it (values are read fresh, so rebinding one costs nothing).
// Per OS thread, so that interpreters on other threads never race on it.
namespace {
struct AttrCacheEntry {
  uint64_t tag = 0;
  const Str* name = nullptr;
  uint64_t epoch = 0;
  Dict* dict = nullptr;   // null: found nowhere
  int64_t ix = -1;
};
constexpr size_t kAttrCacheSize = 1024;
thread_local AttrCacheEntry attr_cache[kAttrCacheSize];
std::atomic<uint64_t> attr_tags{0};
}  // namespace
std::atomic<uint64_t> attr_epoch{1};

void bump_type_attr_epoch() { attr_epoch.fetch_add(1, std::memory_order_relaxed); }

// Walks [t]'s MRO for [name]: the dict that has it and the entry (null, -1: nowhere). With
// [watch], the dicts read are marked so that their key changes invalidate the cache.
static Dict* find_in_mro(Type* t, Str* name, int64_t hash, bool watch, int64_t* ix) {
  for (Type* x : t->mro) {
    if (!x->dict) continue;
    if (watch) x->dict->type_dict = true;
    *ix = x->dict->find_str(name, hash);
    if (*ix >= 0) return x->dict;
  }
  *ix = -1;
  return nullptr;
}

Value type_lookup(Type* t, Str* name) {
  int64_t hash = str_hash(name);
  int64_t ix = -1;
  if (!name->interned) {   // a passing name: its address may be reused, so it is not cached
    Dict* d = find_in_mro(t, name, hash, false, &ix);
    return d ? d->entries[static_cast<size_t>(ix)].value : Value();
  }
  if (!t->attr_tag) t->attr_tag = attr_tags.fetch_add(1, std::memory_order_relaxed) + 1;
  uint64_t epoch = attr_epoch.load(std::memory_order_relaxed);
  size_t slot = static_cast<size_t>((t->attr_tag * 0x9E3779B97F4A7C15ull) ^ static_cast<uint64_t>(hash)) & (kAttrCacheSize - 1);
  AttrCacheEntry& c = attr_cache[slot];
  if (c.tag != t->attr_tag || c.name != name || c.epoch != epoch) {
    Dict* d = find_in_mro(t, name, hash, true, &ix);
    c = AttrCacheEntry{t->attr_tag, name, epoch, d, ix};
  }
  return c.dict ? c.dict->entries[static_cast<size_t>(c.ix)].value : Value();
}

static bool is_data_descriptor(ThreadState& ts, Value d) {
  return d.is_obj() && type_of(ts, d)->slots.descr_set != nullptr;
}

Value generic_getattr(ThreadState& ts, Value o, Str* name) {
  Type* tp = type_of(ts, o);
  Value descr = type_lookup(tp, name);
  Root r(ts, descr);
  if (descr && descr.is_obj()) {
    Type* dt = type_of(ts, descr);
    if (dt->slots.descr_set && dt->slots.descr_get) return dt->slots.descr_get(ts, descr, o, tp);
  }
  if (o.is_obj()) {
    if (Dict** dp = o.obj()->dict_slot()) {
      if (*dp) {
        Value v = (*dp)->get_str(name);
        if (v) return v;
      }
    }
  }
  if (descr) {
    if (descr.is_obj()) {
      Type* dt = type_of(ts, descr);
      if (dt->slots.descr_get) return dt->slots.descr_get(ts, descr, o, tp);
    }
    return descr;
  }
  if (name == ts.eng.names[N_class_]) return Value(tp);
  if (name == ts.eng.names[N_dict] && o.is_obj()) {
    if (Dict** dp = o.obj()->dict_slot()) {
      if (!*dp) *dp = new_dict(ts);
      return Value(*dp);
    }
  }
  return Value();
}

bool generic_setattr(ThreadState& ts, Value o, Str* name, Value v) {
  Type* tp = type_of(ts, o);
  Value descr = type_lookup(tp, name);
  if (descr && is_data_descriptor(ts, descr)) return type_of(ts, descr)->slots.descr_set(ts, descr, o, v);
  Dict** dp = o.is_obj() ? o.obj()->dict_slot() : nullptr;
  if (!dp) {
    if (descr)
      raise(ts, ts.eng.exc[E_AttributeError],
            "'" + tp->name + "' object attribute '" + name->s + "' is read-only");
    else
      raise(ts, ts.eng.exc[E_AttributeError], "'" + tp->name + "' object has no attribute '" + name->s + "'");
    return false;
  }
  if (!v) {
    if (!*dp || !(*dp)->del_str(name)) {
      raise(ts, ts.eng.exc[E_AttributeError], "'" + tp->name + "' object has no attribute '" + name->s + "'");
      return false;
    }
    return true;
  }
  if (!*dp) *dp = new_dict(ts);
  (*dp)->set_str(name, v);
  return true;
}

static Value attribute_error(ThreadState& ts, Value o, Str* name) {
  Type* tp = type_of(ts, o);
  if (tp->layout == Layout::Module) {
    Module* m = as<Module>(o);
    raise(ts, ts.eng.exc[E_AttributeError], "module '" + (m->name ? m->name->s : std::string("?")) +
                                                "' has no attribute '" + name->s + "'");
  } else if (tp->layout == Layout::Type) {
    raise(ts, ts.eng.exc[E_AttributeError], "type object '" + as<Type>(o)->name + "' has no attribute '" + name->s + "'");
  } else {
    raise(ts, ts.eng.exc[E_AttributeError], "'" + tp->name + "' object has no attribute '" + name->s + "'");
  }
  // AttributeError.name and .obj, as CPython sets them (its printed "Did you mean" uses them).
  Value exc = ts.exc;
  Root r(ts, exc);
  ExceptionObj* e = as<ExceptionObj>(exc);
  if (!e->dict) e->dict = new_dict(ts);
  e->dict->set_str(ts.eng.intern("name"), Value(name));
  e->dict->set_str(ts.eng.intern("obj"), o);
  ts.exc = exc;
  return Value();
}

Value getattr_opt(ThreadState& ts, Value o, Str* name) {
  Type* tp = type_of(ts, o);
  Value v = tp->slots.getattr ? tp->slots.getattr(ts, o, name) : generic_getattr(ts, o, name);
  if (v || ts.has_error()) {
    if (!v && error_matches(ts, ts.eng.exc[E_AttributeError])) { take_error(ts); return Value(); }
    return v;
  }
  // __getattr__ fallback for user classes.
  if (tp->is_heap) {
    Value ga = type_lookup(tp, ts.eng.names[N_getattr]);
    if (ga) {
      Value r = call2(ts, ga, o, Value(name));
      if (!r && error_matches(ts, ts.eng.exc[E_AttributeError])) { take_error(ts); return Value(); }
      return r;
    }
  }
  return Value();
}

Value getattr(ThreadState& ts, Value o, Str* name) {
  Type* tp = type_of(ts, o);
  Value v = tp->slots.getattr ? tp->slots.getattr(ts, o, name) : generic_getattr(ts, o, name);
  if (v || ts.has_error()) return v;
  if (tp->is_heap) {
    Value ga = type_lookup(tp, ts.eng.names[N_getattr]);
    if (ga) return call2(ts, ga, o, Value(name));
  }
  return attribute_error(ts, o, name);
}

bool setattr(ThreadState& ts, Value o, Str* name, Value v) {
  Type* tp = type_of(ts, o);
  if (tp->slots.setattr) return tp->slots.setattr(ts, o, name, v);
  return generic_setattr(ts, o, name, v);
}

bool delattr(ThreadState& ts, Value o, Str* name) { return setattr(ts, o, name, Value()); }

bool load_method(ThreadState& ts, Value o, Str* name, Value* meth, Value* self) {
  Type* tp = type_of(ts, o);
  if (!tp->slots.getattr || tp->slots.getattr == generic_getattr) {
    Value descr = type_lookup(tp, name);
    if (descr && descr.is_obj()) {
      Layout l = descr.obj()->type->layout;
      if (l == Layout::Function ||
          (l == Layout::NativeFunction && as<NativeFunction>(descr)->owner && !as<NativeFunction>(descr)->classmethod)) {
        // Unless the instance dict shadows it.
        Dict** dp = o.is_obj() ? o.obj()->dict_slot() : nullptr;
        if (!dp || !*dp || !(*dp)->get_str(name)) {
          *meth = descr;
          *self = o;
          return true;
        }
      }
    }
  }
  Value v = getattr(ts, o, name);
  if (!v) return false;
  *meth = Value();
  *self = v;
  return true;
}

void attr_cache_fill(ThreadState& ts, Code::AttrCache& c, Value o, Str* name) {
  if (!o.is_obj() || !name->interned) return;
  Type* tp = o.obj()->type;
  if (c.tag == tp->attr_tag && c.tag && c.epoch == attr_epoch.load(std::memory_order_relaxed) &&
      (!c.cdict || c.cdict->entries[static_cast<size_t>(c.cix)].value.raw() == c.cval.raw()))
    return;   // already filled for this type (a miss of its fast paths, or none applies)
  int64_t ix = -1;
  Dict* cd = find_in_mro(tp, name, str_hash(name), true, &ix);
  if (!tp->attr_tag) tp->attr_tag = attr_tags.fetch_add(1, std::memory_order_relaxed) + 1;
  Value cval = cd ? cd->entries[static_cast<size_t>(ix)].value : Value();
  // A class value of a builtin type: its descriptor slots never change.
  Type* vt = cval.is_obj() ? cval.obj()->type : nullptr;
  bool fixed = !vt || !vt->is_heap;
  bool no_set = fixed && !(vt && vt->slots.descr_set);
  bool plain = cval && fixed && !(vt && (vt->slots.descr_get || vt->slots.descr_set));
  bool method = vt && (vt->layout == Layout::Function ||
                       (vt->layout == Layout::NativeFunction && as<NativeFunction>(cval)->owner &&
                        !as<NativeFunction>(cval)->classmethod));
  bool gen_get = !tp->slots.getattr || tp->slots.getattr == generic_getattr;
  bool gen_set = !tp->slots.setattr || tp->slots.setattr == generic_setattr;
  bool inst = tp->layout == Layout::Instance;
  bool nodict = !tp->is_heap && !o.obj()->dict_slot();   // the same for every object of a builtin type
  uint32_t fl = inst ? uint32_t{kAttrHasDict} : 0u;
  if (gen_get && inst && no_set) fl |= kAttrLoadInst;
  if (gen_get && plain && (inst || nodict)) fl |= kAttrLoadClass;
  if (gen_get && method && (inst || nodict)) fl |= kAttrMethod;
  if (gen_set && inst && no_set) fl |= kAttrStoreInst;
  if (gen_get && tp->layout == Layout::Module && !tp->is_heap && !cval) fl |= kAttrModule;
  if (fl == kAttrHasDict) fl = 0;   // no fast path
  c.tag = tp->attr_tag;
  c.epoch = attr_epoch.load(std::memory_order_relaxed);
  c.cdict = cd;
  c.cix = static_cast<int32_t>(ix);
  c.cval = cval;
  c.flags = fl;
  (void)ts;
}

std::string type_name(ThreadState& ts, Value v) { return type_of(ts, v)->name; }

bool is_instance(ThreadState& ts, Value v, Type* t) { return type_of(ts, v)->is_subtype(t); }

// ---- object ----

static Value object_repr(ThreadState& ts, Value self) {
  Type* tp = type_of(ts, self);
  char buf[64];
  snprintf(buf, sizeof buf, " object at %p>", static_cast<void*>(self.obj()));
  std::string mod = tp->module;
  std::string s = "<" + (mod == "builtins" ? std::string() : mod + ".") + tp->qualname + buf;
  return new_str(ts, s);
}

static Value object_str(ThreadState& ts, Value self) { return repr(ts, self); }

static bool object_hash(ThreadState&, Value self, int64_t* out) {
  *out = static_cast<int64_t>(self.raw() >> 4);
  return true;
}

static Value object_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if (op == CmpOp::Eq) return a == b ? ts.eng.True : ts.eng.NotImplemented;
  if (op == CmpOp::Ne) {
    // Delegate to __eq__ and invert, as object.__ne__ does.
    Type* tp = type_of(ts, a);
    if (tp->slots.richcompare && tp->slots.richcompare != object_richcompare) {
      Value r = tp->slots.richcompare(ts, a, b, CmpOp::Eq);
      if (!r || r == ts.eng.NotImplemented) return r;
      int t = truth(ts, r);
      if (t < 0) return Value();
      return bool_value(ts, !t);
    }
    return a == b ? ts.eng.False : ts.eng.NotImplemented;
  }
  return ts.eng.NotImplemented;
}

Value alloc_instance(ThreadState& ts, Type* t) {
  Engine& e = ts.eng;
  switch (t->layout) {
    case Layout::Exception: {
      ExceptionObj* x = e.alloc<ExceptionObj>(t);
      x->args = as<Tuple>(e.empty_tuple);
      return Value(x);
    }
    case Layout::List: return Value(e.alloc<List>(t));
    case Layout::Dict: return Value(e.alloc<Dict>(t));
    case Layout::Deque: return Value(e.alloc<Deque>(t));
    case Layout::Object: return Value(e.alloc<Object>(t));   // a bare object(): no __dict__
    default: return Value(e.alloc<Instance>(t));
  }
}

static Value object_new(ThreadState& ts, Type* t, Value*, int, Tuple*) {
  if (t->layout != Layout::Object && t->layout != Layout::Instance && t->layout != Layout::Exception &&
      t->layout != Layout::List && t->layout != Layout::Dict && t->layout != Layout::Deque)
    return raise(ts, ts.eng.exc[E_TypeError], "cannot create '" + t->name + "' instances");
  return alloc_instance(ts, t);
}

static Value object_init(ThreadState& ts, Value*, int, Tuple*) { return ts.eng.None; }

static Value object_new_method(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (nargs < 1 || !is_instance(ts, args[0], ts.eng.t.type))
    return raise(ts, ts.eng.exc[E_TypeError], "object.__new__(X): X is not a type object");
  Type* t = as<Type>(args[0]);
  return object_new(ts, t, args + 1, nargs - 1, kw);
}

static Value object_repr_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument");
  return object_repr(ts, args[0]);
}
static Value object_str_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument");
  return to_str(ts, args[0]);
}
static Value object_eq_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument");
  return args[0] == args[1] ? ts.eng.True : ts.eng.NotImplemented;
}
static Value object_ne_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument");
  return object_richcompare(ts, args[0], args[1], CmpOp::Ne);
}
// object's own comparisons: only identity answers (__eq__), the orderings never do.
#define IL_OBJECT_CMP(fname, op)                                                     \
  static Value fname(ThreadState& ts, Value* args, int nargs, Tuple*) {              \
    if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument"); \
    return object_richcompare(ts, args[0], args[1], CmpOp::op);                      \
  }
IL_OBJECT_CMP(object_lt_method, Lt)
IL_OBJECT_CMP(object_le_method, Le)
IL_OBJECT_CMP(object_gt_method, Gt)
IL_OBJECT_CMP(object_ge_method, Ge)
#undef IL_OBJECT_CMP
// object.__hash__ is the identity hash, never the type's slot (super().__hash__() from an
// overriding __hash__ must not come back to it).
static Value object_hash_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "expected 0 arguments");
  int64_t h;
  object_hash(ts, args[0], &h);
  return make_int(ts, h);
}
// object.__setattr__/__delattr__ refuse a class (CPython's hackcheck): type's own apply.
static bool not_a_type(ThreadState& ts, Value o, const char* what) {
  if (!is_instance(ts, o, ts.eng.t.type)) return true;
  raise(ts, ts.eng.exc[E_TypeError], std::string("can't apply this ") + what + " to " + type_name(ts, o) + " object");
  return false;
}
static Value object_setattr_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 3 || !is_str(ts, args[1])) return raise(ts, ts.eng.exc[E_TypeError], "expected 2 arguments");
  if (!not_a_type(ts, args[0], "__setattr__")) return Value();
  if (!generic_setattr(ts, args[0], ts.eng.intern(as_str(args[1])->s), args[2])) return Value();
  return ts.eng.None;
}
static Value object_delattr_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument, got " + std::to_string(nargs - 1));
  if (!is_str(ts, args[1]))
    return raise(ts, ts.eng.exc[E_TypeError], "attribute name must be string, not '" + type_name(ts, args[1]) + "'");
  if (!not_a_type(ts, args[0], "__delattr__")) return Value();
  if (!generic_setattr(ts, args[0], ts.eng.intern(as_str(args[1])->s), Value())) return Value();
  return ts.eng.None;
}
static Value object_getattribute_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 2 || !is_str(ts, args[1])) return raise(ts, ts.eng.exc[E_TypeError], "expected 1 argument");
  Str* n = ts.eng.intern(as_str(args[1])->s);
  Value v = generic_getattr(ts, args[0], n);
  if (!v && !ts.has_error()) return attribute_error(ts, args[0], n);
  return v;
}
// object.__init_subclass__ (a classmethod: args[0] is the new class) takes nothing.
static Value object_init_subclass(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  std::string fname = (nargs > 0 && is_instance(ts, args[0], ts.eng.t.type) ? as<Type>(args[0])->name + "." : "") +
                      "__init_subclass__()";
  if (kw && !kw->items.empty()) return raise(ts, ts.eng.exc[E_TypeError], fname + " takes no keyword arguments");
  if (nargs > 1)
    return raise(ts, ts.eng.exc[E_TypeError], fname + " takes no arguments (" + std::to_string(nargs - 1) + " given)");
  return ts.eng.None;
}

// ---- type ----

static Value type_repr(ThreadState& ts, Value self) {
  Type* t = as<Type>(self);
  std::string mod = t->module;
  if (mod == "builtins") return new_str(ts, "<class '" + t->qualname + "'>");
  return new_str(ts, "<class '" + mod + "." + t->qualname + "'>");
}

static Value type_getattr(ThreadState& ts, Value self, Str* name) {
  Type* t = as<Type>(self);
  Engine& e = ts.eng;
  Type* meta = type_of(ts, self);
  Value meta_attr = type_lookup(meta, name);
  if (meta_attr && is_data_descriptor(ts, meta_attr))
    return type_of(ts, meta_attr)->slots.descr_get(ts, meta_attr, self, meta);
  Value attr = type_lookup(t, name);
  if (attr) {
    if (attr.is_obj()) {
      Type* at = type_of(ts, attr);
      if (at->layout == Layout::NativeFunction && as<NativeFunction>(attr)->classmethod)
        return new_bound_method(ts, attr, Value(t));
      if (at->slots.descr_get && at->layout != Layout::Function && at->layout != Layout::NativeFunction)
        return at->slots.descr_get(ts, attr, Value(), t);
    }
    return attr;
  }
  if (name == e.names[N_name]) return new_str(ts, t->name);
  if (name == e.names[N_qualname]) return new_str(ts, t->qualname);
  if (name == e.names[N_module]) return new_str(ts, t->module);
  if (name == e.names[N_mro]) {
    std::vector<Value> v;
    for (Type* x : t->mro) v.push_back(Value(x));
    return Value(new_tuple(ts, v));
  }
  if (name == e.names[N_bases]) {
    std::vector<Value> v;
    for (Type* x : t->bases) v.push_back(Value(x));
    return Value(new_tuple(ts, v));
  }
  if (name == e.names[N_dict]) return Value(t->dict);
  if (name == e.names[N_doc]) return e.None;
  if (name == e.names[N_class_]) return Value(meta);
  if (meta_attr) {
    if (meta_attr.is_obj() && type_of(ts, meta_attr)->slots.descr_get)
      return type_of(ts, meta_attr)->slots.descr_get(ts, meta_attr, self, meta);
    return meta_attr;
  }
  return Value();
}

static bool type_setattr(ThreadState& ts, Value self, Str* name, Value v) {
  Type* t = as<Type>(self);
  Type* meta = t->type;
  if (meta->is_heap) {   // a metaclass's data descriptor (a property with a setter) goes first
    Value descr = type_lookup(meta, name);
    if (descr && is_data_descriptor(ts, descr)) return type_of(ts, descr)->slots.descr_set(ts, descr, self, v);
  }
  if (!t->is_heap) {
    raise(ts, ts.eng.exc[E_TypeError],
          "cannot set '" + name->s + "' attribute of immutable type '" + t->name + "'");
    return false;
  }
  // __name__ and __qualname__ live in the type itself, __module__ in both (reprs read the field).
  Engine& e = ts.eng;
  if (v && (name == e.names[N_name] || name == e.names[N_qualname] || name == e.names[N_module])) {
    if (!is_str(ts, v) && name != e.names[N_module]) {
      raise(ts, e.exc[E_TypeError], "can only assign string to " + t->name + "." + name->s + ", not '" + type_name(ts, v) + "'");
      return false;
    }
    if (name == e.names[N_name]) { t->name = as_str(v)->s; return true; }
    if (name == e.names[N_qualname]) { t->qualname = as_str(v)->s; return true; }
    if (is_str(ts, v)) t->module = as_str(v)->s;
  }
  if (!v) {
    if (!t->dict->del_str(name)) {
      raise(ts, ts.eng.exc[E_AttributeError], "type object '" + t->name + "' has no attribute '" + name->s + "'");
      return false;
    }
  } else {
    t->dict->set_str(name, v);
  }
  if (name->s.size() > 4 && name->s.compare(0, 2, "__") == 0) fixup_slots(ts, t);
  return true;
}

static bool c3_merge(std::vector<std::vector<Type*>> seqs, std::vector<Type*>& out) {
  for (;;) {
    bool empty = true;
    for (auto& s : seqs) if (!s.empty()) empty = false;
    if (empty) return true;
    Type* cand = nullptr;
    for (auto& s : seqs) {
      if (s.empty()) continue;
      Type* c = s[0];
      bool in_tail = false;
      for (auto& s2 : seqs)
        for (size_t i = 1; i < s2.size(); i++) if (s2[i] == c) in_tail = true;
      if (!in_tail) { cand = c; break; }
    }
    if (!cand) return false;
    out.push_back(cand);
    for (auto& s : seqs) if (!s.empty() && s[0] == cand) s.erase(s.begin());
  }
}

Type* calculate_metaclass(ThreadState& ts, Type* meta, Tuple* bases) {
  Type* winner = meta;
  for (Value b : bases->items) {
    Type* bt = type_of(ts, b);
    if (winner->is_subtype(bt)) continue;
    if (bt->is_subtype(winner)) { winner = bt; continue; }
    raise(ts, ts.eng.exc[E_TypeError],
          "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
          "metaclasses of all its bases");
    return nullptr;
  }
  return winner;
}

static Value type_new(ThreadState& ts, Type* meta, Value* args, int nargs, Tuple* kw);

// type(name, bases, ns, **kwargs) for a class statement or a direct call: [kwvals] are the
// values of the class keywords named by [kwnames] (may be null), for __init_subclass__. As
// CPython's type_new, the most derived metaclass of [meta] and the bases' wins; when that one
// has a __new__ of its own, it makes the class.
Value make_class(ThreadState& ts, Type* meta, Str* name, Tuple* bases_t, Dict* ns, Value* kwvals,
                 Tuple* kwnames) {
  Engine& e = ts.eng;
  Type* winner = calculate_metaclass(ts, meta, bases_t);
  if (!winner) return Value();
  if (winner != meta) {
    if (winner->slots.new_ != type_new) {
      int nkw = kwnames ? static_cast<int>(kwnames->items.size()) : 0;
      std::vector<Value> a{Value(name), Value(bases_t), Value(ns)};
      a.insert(a.end(), kwvals, kwvals + nkw);
      return winner->slots.new_(ts, winner, a.data(), 3, kwnames);
    }
    meta = winner;
  }
  std::vector<Type*> bases;
  for (Value b : bases_t->items) {
    if (!is_instance(ts, b, e.t.type))
      return raise(ts, e.exc[E_TypeError], "bases must be types");
    Type* bt = as<Type>(b);
    if (!bt->allow_subclass)
      return raise(ts, e.exc[E_TypeError], "type '" + bt->name + "' is not an acceptable base type");
    bases.push_back(bt);
  }
  if (bases.empty()) bases.push_back(e.t.object);
  for (size_t i = 0; i < bases.size(); i++)
    for (size_t j = i + 1; j < bases.size(); j++)
      if (bases[i] == bases[j]) return raise(ts, e.exc[E_TypeError], "duplicate base class " + bases[i]->name);
  Type* t = e.alloc<Type>(meta);
  Root r(ts, Value(t));
  t->name = name->s;
  t->qualname = name->s;
  t->is_heap = true;
  t->bases = bases;
  // Solid base: the first base whose layout is not plain object/instance wins.
  Type* solid = bases[0];
  Layout lay = Layout::Instance;
  for (Type* b : bases) {
    Layout bl = b->layout;
    if (bl != Layout::Object && bl != Layout::Instance) {
      if (lay != Layout::Instance && lay != bl)
        return raise(ts, e.exc[E_TypeError], "multiple bases have instance lay-out conflict");
      lay = bl;
      solid = b;
    }
  }
  t->layout = lay;
  t->base = solid;
  t->is_exception = solid->is_exception;
  std::vector<std::vector<Type*>> seqs;
  for (Type* b : bases) seqs.push_back(b->mro);
  seqs.push_back(bases);
  std::vector<Type*> mro{t};
  if (!c3_merge(seqs, mro)) {
    std::string names;
    for (size_t i = 0; i < bases.size(); i++) names += (i ? ", " : "") + bases[i]->name;
    return raise(ts, e.exc[E_TypeError],
                 "Cannot create a consistent method resolution order (MRO) for bases " + names);
  }
  t->mro = mro;
  t->dict = new_dict(ts);
  Value classcell;
  for (auto& en : ns->entries) {
    if (!en.key) continue;
    if (is_str(ts, en.key) && as_str(en.key)->s == "__classcell__") { classcell = en.value; continue; }
    t->dict->set(ts, en.key, en.value);
  }
  Value mod = ns->get_str(e.names[N_module]);
  if (!mod && ts.frame && ts.frame->globals) {
    // type(name, bases, ns) without __module__: the calling code's module, as in CPython.
    mod = ts.frame->globals->get_str(e.names[N_name]);
    if (mod) t->dict->set_str(e.names[N_module], mod);
  }
  if (mod && is_str(ts, mod)) t->module = as_str(mod)->s;
  Value qn = ns->get_str(e.names[N_qualname]);
  if (qn && is_str(ts, qn)) {
    t->qualname = as_str(qn)->s;
    t->dict->del_str(e.names[N_qualname]);
  }
  // __new__ defined in a class body is an implicit staticmethod.
  Value nw = t->dict->get_str(e.names[N_new_]);
  if (nw && nw.is_obj() && nw.obj()->type->layout == Layout::Function) {
    StaticMethod* sm = e.alloc<StaticMethod>(e.t.staticmethod);
    sm->func = nw;
    t->dict->set_str(e.names[N_new_], Value(sm));
  }
  Value isc = t->dict->get_str(e.names[N_init_subclass]);
  if (isc && isc.is_obj() && isc.obj()->type->layout == Layout::Function) {
    StaticMethod* cm = e.alloc<StaticMethod>(e.t.classmethod);
    cm->func = isc;
    t->dict->set_str(e.names[N_init_subclass], Value(cm));
  }
  t->slots = solid->slots;
  fixup_slots(ts, t);
  if (classcell && classcell.is_obj() && classcell.obj()->type->layout == Layout::Cell)
    as<Cell>(classcell)->value = Value(t);
  // __set_name__ and __init_subclass__.
  for (auto& en : t->dict->entries) {
    if (!en.key || !en.value.is_obj()) continue;
    Value sn = type_lookup(type_of(ts, en.value), e.names[N_set_name]);
    if (sn) {
      Value args[3] = {en.value, Value(t), en.key};
      if (!call(ts, sn, args, 3)) return Value();
    }
  }
  // super(t, t).__init_subclass__(**kwargs): the class keywords go to the parent's hook.
  for (size_t i = 1; i < mro.size(); i++) {
    Value v = mro[i]->dict->get_str(e.names[N_init_subclass]);
    if (!v) continue;
    Type* vt = type_of(ts, v);
    Value f = vt->slots.descr_get ? vt->slots.descr_get(ts, v, Value(), t) : v;
    if (!f) return Value();
    Root rf(ts, f);
    if (!call(ts, f, kwvals, 0, kwnames)) return Value();
    break;
  }
  return Value(t);
}

// [f]([first], *[args], **kw): [args] holds [nargs] positional values and then the values of
// the keywords [kw] names. Small calls need no heap buffer.
static Value call_with_first(ThreadState& ts, Value f, Value first, Value* args, int nargs, Tuple* kw) {
  int n = nargs + (kw ? static_cast<int>(kw->items.size()) : 0) + 1;
  Value small[8];
  std::vector<Value> big;
  Value* a = small;
  if (n > 8) { big.resize(static_cast<size_t>(n)); a = big.data(); }
  a[0] = first;
  for (int i = 1; i < n; i++) a[i] = args[i - 1];
  return call(ts, f, a, nargs + 1, kw);
}

// type.__new__(meta, name, bases, ns, **kw), the new_ slot of type and of metaclasses that
// define no __new__: checks the arguments as CPython's type_new does.
static Value type_new(ThreadState& ts, Type* meta, Value* args, int nargs, Tuple* kw) {
  Engine& e = ts.eng;
  if (nargs != 3)
    return raise(ts, e.exc[E_TypeError], "type.__new__() takes exactly 3 arguments (" + std::to_string(nargs) + " given)");
  static const char* const kWant[] = {"str", "tuple", "dict"};
  bool ok[] = {is_str(ts, args[0]), is_instance(ts, args[1], e.t.tuple), is_instance(ts, args[2], e.t.dict)};
  for (int i = 0; i < 3; i++)
    if (!ok[i])
      return raise(ts, e.exc[E_TypeError], "type.__new__() argument " + std::to_string(i + 1) + " must be " + kWant[i] +
                                               ", not " + type_name(ts, args[i]));
  return make_class(ts, meta, e.intern(as_str(args[0])->s), as<Tuple>(args[1]), as<Dict>(args[2]), args + 3, kw);
}

// type.__init__(cls, ...): only checks the arguments, as CPython's type_init.
static bool type_self(ThreadState& ts, Value* args, int nargs, int want, const char* name);

static Value type_init_method(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!type_self(ts, args, nargs, -1, "__init__")) return Value();
  int n = nargs - 1;
  if (kw && !kw->items.empty() && n == 1)
    return raise(ts, ts.eng.exc[E_TypeError], "type.__init__() takes no keyword arguments");
  if (n != 1 && n != 3) return raise(ts, ts.eng.exc[E_TypeError], "type.__init__() takes 1 or 3 arguments");
  return ts.eng.None;
}

static Value type_call(ThreadState& ts, Value self, Value* args, int nargs, Tuple* kw) {
  Engine& e = ts.eng;
  Type* t = as<Type>(self);
  if (t == e.t.type) {
    if (nargs == 1 && !kw) return Value(type_of(ts, args[0]));
    if (nargs != 3) return raise(ts, e.exc[E_TypeError], "type() takes 1 or 3 arguments");
  }
  if (!t->slots.new_) return raise(ts, e.exc[E_TypeError], "cannot create '" + t->name + "' instances");
  Value init = type_lookup(t, e.names[N_init]);
  Value obj_init = e.t.object->dict->get_str(e.names[N_init]);
  int nkw = kw ? static_cast<int>(kw->items.size()) : 0;
  if ((nargs > 0 || nkw > 0) && init == obj_init && t->slots.new_ == e.t.object->slots.new_)
    return raise(ts, e.exc[E_TypeError], t->name + "() takes no arguments");
  Value obj = t->slots.new_(ts, t, args, nargs, kw);
  if (!obj) return obj;
  if (!is_instance(ts, obj, t)) return obj;
  // The instance's own type's __init__ (a metaclass's __new__ may pick a more derived one);
  // type.__init__ after a successful type.__new__ has nothing left to check.
  Type* ot = type_of(ts, obj);
  if (ot != t) init = type_lookup(ot, e.names[N_init]);
  bool type_init = init.is_obj() && init.obj()->type->layout == Layout::NativeFunction &&
                   as<NativeFunction>(init)->fn == type_init_method;
  if (init && init != obj_init && !type_init) {
    Root r(ts, obj);
    Value res = call_with_first(ts, init, obj, args, nargs, kw);
    if (!res) return res;
    if (res != e.None)
      return raise(ts, e.exc[E_TypeError], "__init__() should return None, not '" + type_name(ts, res) + "'");
  }
  return obj;
}

// ---- slot wrappers for heap types ----

static Value call_dunder(ThreadState& ts, Value self, int name, Value* extra, int n) {
  Value f = type_lookup(type_of(ts, self), ts.eng.names[name]);
  if (!f) return Value();
  Value args[4];
  args[0] = self;
  for (int i = 0; i < n; i++) args[i + 1] = extra[i];
  // Bind descriptors other than plain functions (staticmethod etc.) through getattr.
  if (f.is_obj() && f.obj()->type->layout != Layout::Function && f.obj()->type->layout != Layout::NativeFunction) {
    Value b = getattr(ts, self, ts.eng.names[name]);
    if (!b) return b;
    Root r(ts, b);
    return call(ts, b, args + 1, n);
  }
  return call(ts, f, args, n + 1);
}

static Value slot_repr(ThreadState& ts, Value self) { return call_dunder(ts, self, N_repr, nullptr, 0); }
static Value slot_str(ThreadState& ts, Value self) { return call_dunder(ts, self, N_str, nullptr, 0); }
static bool slot_hash(ThreadState& ts, Value self, int64_t* out) {
  Value f = type_lookup(type_of(ts, self), ts.eng.names[N_hash]);
  if (f == ts.eng.None) {
    raise(ts, ts.eng.exc[E_TypeError], "unhashable type: '" + type_name(ts, self) + "'");
    return false;
  }
  Value r = call_dunder(ts, self, N_hash, nullptr, 0);
  if (!r) return false;
  if (!is_int(ts, r)) {
    raise(ts, ts.eng.exc[E_TypeError], "__hash__ method should return an integer");
    return false;
  }
  return as_index(ts, r, out);
}
static const int kCmpNames[] = {N_lt, N_le, N_eq, N_ne, N_gt, N_ge};
static Value slot_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  Value f = type_lookup(type_of(ts, a), ts.eng.names[kCmpNames[static_cast<int>(op)]]);
  if (!f) return ts.eng.NotImplemented;
  Value args[2] = {a, b};
  return call(ts, f, args, 2);
}
static const int kBinNames[][3] = {
#define X(e, s, m, r, i) {N_##m, N_##r, N_##i},
    IL_BINOPS(X)
#undef X
};
static Value slot_binop(ThreadState& ts, Value a, Value b, BinOp op) {
  int k = static_cast<int>(op);
  Type* ta = type_of(ts, a);
  Type* tb = type_of(ts, b);
  if (ta->slots.binop == slot_binop) {
    Value f = type_lookup(ta, ts.eng.names[kBinNames[k][0]]);
    if (f) {
      Value args[2] = {a, b};
      Value r = call(ts, f, args, 2);
      if (!r || r != ts.eng.NotImplemented) return r;
    }
  }
  if (tb->slots.binop == slot_binop && tb != ta) {
    Value f = type_lookup(tb, ts.eng.names[kBinNames[k][1]]);
    if (f) {
      Value args[2] = {b, a};
      return call(ts, f, args, 2);
    }
  }
  return ts.eng.NotImplemented;
}
static Value slot_unop(ThreadState& ts, Value a, UnOp op) {
  int n = op == UnOp::Neg ? N_neg : op == UnOp::Pos ? N_pos : N_invert;
  Value f = type_lookup(type_of(ts, a), ts.eng.names[n]);
  if (!f) return ts.eng.NotImplemented;
  return call1(ts, f, a);
}
static int slot_truth(ThreadState& ts, Value self) {
  Type* tp = type_of(ts, self);
  Value f = type_lookup(tp, ts.eng.names[N_bool_]);
  if (f) {
    Value r = call1(ts, f, self);
    if (!r) return -1;
    if (type_of(ts, r) != ts.eng.t.bool_) {
      raise(ts, ts.eng.exc[E_TypeError], "__bool__ should return bool, returned " + type_name(ts, r));
      return -1;
    }
    return r == ts.eng.True;
  }
  f = type_lookup(tp, ts.eng.names[N_len]);
  if (f) {
    int64_t n = length(ts, self);
    return n < 0 ? -1 : n > 0;
  }
  return 1;
}
static int64_t slot_len(ThreadState& ts, Value self) {
  Value r = call_dunder(ts, self, N_len, nullptr, 0);
  if (!r) return -1;
  if (!is_int(ts, r)) {
    raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, r) + "' object cannot be interpreted as an integer");
    return -1;
  }
  int64_t n;
  if (!as_index(ts, r, &n)) return -1;
  if (n < 0) {
    raise(ts, ts.eng.exc[E_ValueError], "__len__() should return >= 0");
    return -1;
  }
  return n;
}
static Value slot_iter(ThreadState& ts, Value self) { return call_dunder(ts, self, N_iter, nullptr, 0); }
static Value slot_next(ThreadState& ts, Value self) {
  Value r = call_dunder(ts, self, N_next, nullptr, 0);
  if (!r && error_matches(ts, ts.eng.exc[E_StopIteration])) { take_error(ts); return Value(); }
  return r;
}
static Value slot_getitem(ThreadState& ts, Value self, Value k) { return call_dunder(ts, self, N_getitem, &k, 1); }
static bool slot_setitem(ThreadState& ts, Value self, Value k, Value v) {
  Value args[2] = {k, v};
  Value r = v ? call_dunder(ts, self, N_setitem, args, 2) : call_dunder(ts, self, N_delitem, args, 1);
  if (!r && !ts.has_error())
    raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, self) + "' object does not support item " +
                                           (v ? "assignment" : "deletion"));
  return static_cast<bool>(r);
}
static int slot_contains(ThreadState& ts, Value self, Value v) {
  Value r = call_dunder(ts, self, N_contains, &v, 1);
  if (!r) return -1;
  return truth(ts, r);
}
static Value slot_call(ThreadState& ts, Value self, Value* args, int nargs, Tuple* kw) {
  Value f = type_lookup(type_of(ts, self), ts.eng.names[N_call]);
  if (!f) return raise(ts, ts.eng.exc[E_TypeError], "'" + type_name(ts, self) + "' object is not callable");
  return call_with_first(ts, f, self, args, nargs, kw);
}
static Value slot_getattribute(ThreadState& ts, Value self, Str* name) {
  Value f = type_lookup(type_of(ts, self), ts.eng.names[N_getattribute]);
  Value args[2] = {self, Value(name)};
  Value r = call(ts, f, args, 2);
  if (!r && error_matches(ts, ts.eng.exc[E_AttributeError])) {
    // Let __getattr__ (if any) have its turn: getattr() treats null without error as missing.
    if (type_lookup(type_of(ts, self), ts.eng.names[N_getattr])) { take_error(ts); return Value(); }
  }
  return r;
}
static bool slot_setattr(ThreadState& ts, Value self, Str* name, Value v) {
  Value r;
  if (v) {
    Value f = type_lookup(type_of(ts, self), ts.eng.names[N_setattr]);
    Value args[3] = {self, Value(name), v};
    r = call(ts, f, args, 3);
  } else {
    Value f = type_lookup(type_of(ts, self), ts.eng.names[N_delattr]);
    if (!f) return generic_setattr(ts, self, name, v);
    Value args[2] = {self, Value(name)};
    r = call(ts, f, args, 2);
  }
  return static_cast<bool>(r);
}
static Value slot_descr_get(ThreadState& ts, Value self, Value inst, Type* owner) {
  Value f = type_lookup(type_of(ts, self), ts.eng.names[N_get]);
  Value args[3] = {self, inst ? inst : ts.eng.None, Value(owner)};
  return call(ts, f, args, 3);
}
static bool slot_descr_set(ThreadState& ts, Value self, Value inst, Value v) {
  Value f = type_lookup(type_of(ts, self), ts.eng.names[v ? N_set : N_delitem]);
  if (!f) {
    raise(ts, ts.eng.exc[E_AttributeError], "__set__");
    return false;
  }
  Value args[3] = {self, inst, v};
  return static_cast<bool>(call(ts, f, args, v ? 3 : 2));
}
static Value slot_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  Value f = type_lookup(t, ts.eng.names[N_new_]);
  if (f.is_obj() && f.obj()->type == ts.eng.t.staticmethod) f = as<StaticMethod>(f)->func;
  return call_with_first(ts, f, Value(t), args, nargs, kw);
}

void fixup_slots(ThreadState& ts, Type* t) {
  Engine& e = ts.eng;
  // The first class along the MRO that defines [name] decides: a Python one needs the slot
  // wrapper, a builtin one (its slot wrappers are in its dict) keeps the inherited slot. So a
  // mixin after a builtin base (class B(int, Mixin)) still provides what int lacks.
  auto defined = [&](int name) {
    for (Type* x : t->mro)
      if (x->dict->get_str(e.names[name])) return x->is_heap;
    return false;
  };
  TypeSlots& s = t->slots;
  const TypeSlots& b = t->base->slots;
  s = b;
  if (defined(N_repr)) s.repr = slot_repr;
  // A __repr__ of its own also shows in str() unless a base has a __str__ that is not its
  // repr (str's, BaseException's): null falls back to repr.
  if (defined(N_str)) s.str = slot_str;
  else if (defined(N_repr) && b.str == b.repr) s.str = nullptr;
  if (defined(N_hash)) s.hash = slot_hash;
  else if (defined(N_eq)) {
    t->dict->set_str(e.names[N_hash], e.None);
    s.hash = slot_hash;
  }
  for (int n : kCmpNames) if (defined(n)) s.richcompare = slot_richcompare;
  for (auto& bn : kBinNames) if (defined(bn[0]) || defined(bn[1])) s.binop = slot_binop;
  if (defined(N_neg) || defined(N_pos) || defined(N_invert)) s.unop = slot_unop;
  if (defined(N_bool_) || defined(N_len)) s.truth = slot_truth;
  if (defined(N_len)) s.len = slot_len;
  if (defined(N_iter)) s.iter = slot_iter;
  if (defined(N_next)) s.next = slot_next;
  if (defined(N_getitem)) s.getitem = slot_getitem;
  if (defined(N_setitem) || defined(N_delitem)) s.setitem = slot_setitem;
  if (defined(N_contains)) s.contains = slot_contains;
  if (defined(N_call)) s.call = slot_call;
  if (defined(N_getattribute)) s.getattr = slot_getattribute;
  if (defined(N_setattr) || defined(N_delattr)) s.setattr = slot_setattr;
  if (defined(N_get)) s.descr_get = slot_descr_get;
  if (defined(N_set)) s.descr_set = slot_descr_set;
  if (defined(N_new_)) s.new_ = slot_new;
}


static Value type_mro_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (nargs != 1) return raise(ts, ts.eng.exc[E_TypeError], "mro() takes no arguments");
  std::vector<Value> v;
  for (Type* x : as<Type>(args[0])->mro) v.push_back(Value(x));
  return Value(new_list(ts, v));
}

// type.__instancecheck__, __subclasscheck__, __call__ and __prepare__: what a metaclass's
// override reaches through super().
static bool type_self(ThreadState& ts, Value* args, int nargs, int want, const char* name) {
  if (nargs < 1 || !is_instance(ts, args[0], ts.eng.t.type)) {
    raise(ts, ts.eng.exc[E_TypeError], std::string("descriptor '") + name + "' " +
                                           (want < 0 ? "requires a 'type' object but received a '"
                                                     : "for 'type' objects doesn't apply to a '") +
                                           (nargs < 1 ? std::string("NoneType") : type_name(ts, args[0])) +
                                           (want < 0 ? "'" : "' object"));
    return false;
  }
  if (want >= 0 && nargs != want) {
    raise(ts, ts.eng.exc[E_TypeError], std::string("type.") + name + "() takes exactly one argument (" +
                                           std::to_string(nargs - 1) + " given)");
    return false;
  }
  return true;
}
static Value type_instancecheck(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!type_self(ts, args, nargs, 2, "__instancecheck__")) return Value();
  return bool_value(ts, type_of(ts, args[1])->is_subtype(as<Type>(args[0])));
}
static Value type_subclasscheck(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!type_self(ts, args, nargs, 2, "__subclasscheck__")) return Value();
  if (!is_instance(ts, args[1], ts.eng.t.type)) return raise(ts, ts.eng.exc[E_TypeError], "issubclass() arg 1 must be a class");
  return bool_value(ts, as<Type>(args[1])->is_subtype(as<Type>(args[0])));
}
static Value type_call_method(ThreadState& ts, Value* args, int nargs, Tuple* kw) {
  if (!type_self(ts, args, nargs, -1, "__call__")) return Value();
  return type_call(ts, args[0], args + 1, nargs - 1, kw);
}
static Value type_prepare(ThreadState& ts, Value*, int, Tuple*) { return Value(new_dict(ts)); }
static Value type_setattr_impl(ThreadState& ts, Value* args, int nargs, int want, const char* name) {
  if (!type_self(ts, args, nargs, -1, name)) return Value();
  if (nargs != want)
    return raise(ts, ts.eng.exc[E_TypeError], std::string("expected ") + std::to_string(want - 1) + " arguments, got " +
                                                  std::to_string(nargs - 1));
  if (!is_str(ts, args[1]))
    return raise(ts, ts.eng.exc[E_TypeError], "attribute name must be string, not '" + type_name(ts, args[1]) + "'");
  if (!type_setattr(ts, args[0], ts.eng.intern(as_str(args[1])->s), want == 3 ? args[2] : Value())) return Value();
  return ts.eng.None;
}
static Value type_setattr_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  return type_setattr_impl(ts, args, nargs, 3, "__setattr__");
}
static Value type_delattr_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  return type_setattr_impl(ts, args, nargs, 2, "__delattr__");
}

// ---- slot wrappers: dunder methods of builtin types that call the defining type's slot ----

static Type* wrapper_owner(ThreadState& ts) { return ts.current_native->owner; }

static bool wrapper_self(ThreadState& ts, Value* args, int nargs, int want, const char* name) {
  if (nargs != want) {
    raise(ts, ts.eng.exc[E_TypeError], std::string("expected ") + std::to_string(want - 1) + " argument" + (want == 2 ? "" : "s") +
                                           ", got " + std::to_string(nargs - 1));
    return false;
  }
  Type* owner = wrapper_owner(ts);
  if (!type_of(ts, args[0])->is_subtype(owner)) {
    raise(ts, ts.eng.exc[E_TypeError], std::string("descriptor '") + name + "' requires a '" + owner->name +
                                           "' object but received a '" + type_name(ts, args[0]) + "'");
    return false;
  }
  return true;
}

static Value w_repr(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__repr__")) return Value();
  return wrapper_owner(ts)->slots.repr(ts, a[0]);
}
static Value w_str(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__str__")) return Value();
  Type* o = wrapper_owner(ts);
  return o->slots.str ? o->slots.str(ts, a[0]) : o->slots.repr(ts, a[0]);
}
static Value w_hash(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__hash__")) return Value();
  int64_t h;
  if (!wrapper_owner(ts)->slots.hash(ts, a[0], &h)) return Value();
  return make_int(ts, h);
}
#define IL_CMP_WRAPPER(fname, op)                                                  \
  static Value fname(ThreadState& ts, Value* a, int n, Tuple*) {                   \
    if (!wrapper_self(ts, a, n, 2, #fname)) return Value();                        \
    return wrapper_owner(ts)->slots.richcompare(ts, a[0], a[1], CmpOp::op);        \
  }
IL_CMP_WRAPPER(w_lt, Lt)
IL_CMP_WRAPPER(w_le, Le)
IL_CMP_WRAPPER(w_eq, Eq)
IL_CMP_WRAPPER(w_ne, Ne)
IL_CMP_WRAPPER(w_gt, Gt)
IL_CMP_WRAPPER(w_ge, Ge)
#undef IL_CMP_WRAPPER
static Value w_len(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__len__")) return Value();
  int64_t r = wrapper_owner(ts)->slots.len(ts, a[0]);
  if (r < 0) return Value();
  return make_int(ts, r);
}
static Value w_iter(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__iter__")) return Value();
  return wrapper_owner(ts)->slots.iter(ts, a[0]);
}
static Value w_next(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__next__")) return Value();
  Value v = wrapper_owner(ts)->slots.next(ts, a[0]);
  if (!v && !ts.has_error()) return raise(ts, ts.eng.exc[E_StopIteration], "");
  return v;
}
static Value w_getitem(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 2, "__getitem__")) return Value();
  return wrapper_owner(ts)->slots.getitem(ts, a[0], a[1]);
}
static Value w_setitem(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 3, "__setitem__")) return Value();
  if (!wrapper_owner(ts)->slots.setitem(ts, a[0], a[1], a[2])) return Value();
  return ts.eng.None;
}
static Value w_delitem(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 2, "__delitem__")) return Value();
  if (!wrapper_owner(ts)->slots.setitem(ts, a[0], a[1], Value())) return Value();
  return ts.eng.None;
}
static Value w_contains(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 2, "__contains__")) return Value();
  int r = wrapper_owner(ts)->slots.contains(ts, a[0], a[1]);
  if (r < 0) return Value();
  return bool_value(ts, r);
}
static Value w_bool(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__bool__")) return Value();
  int r = wrapper_owner(ts)->slots.truth(ts, a[0]);
  if (r < 0) return Value();
  return bool_value(ts, r);
}
#define X(e, s, m, r, i)                                                            \
  static Value w_##m(ThreadState& ts, Value* a, int n, Tuple*) {                    \
    if (!wrapper_self(ts, a, n, 2, "__" #m "__")) return Value();                   \
    return wrapper_owner(ts)->slots.binop(ts, a[0], a[1], BinOp::e);                \
  }                                                                                 \
  static Value w_##r(ThreadState& ts, Value* a, int n, Tuple*) {                    \
    if (!wrapper_self(ts, a, n, 2, "__" #r "__")) return Value();                   \
    return wrapper_owner(ts)->slots.binop(ts, a[1], a[0], BinOp::e);                \
  }
IL_BINOPS(X)
#undef X
// __divmod__ / __rdivmod__ of int and float: the (//, %) pair, NotImplemented when either is.
static Value divmod_pair(ThreadState& ts, Value x, Value y) {
  Type* o = wrapper_owner(ts);
  Value q = o->slots.binop(ts, x, y, BinOp::FloorDiv);
  if (!q || q == ts.eng.NotImplemented) return q;
  Root r(ts, q);
  Value m = o->slots.binop(ts, x, y, BinOp::Mod);
  if (!m || m == ts.eng.NotImplemented) return m;
  Root r2(ts, m);
  return Value(new_tuple(ts, {q, m}));
}
static Value w_divmod(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 2, "__divmod__")) return Value();
  return divmod_pair(ts, a[0], a[1]);
}
static Value w_rdivmod(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 2, "__rdivmod__")) return Value();
  return divmod_pair(ts, a[1], a[0]);
}
static Value w_neg(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__neg__")) return Value();
  return wrapper_owner(ts)->slots.unop(ts, a[0], UnOp::Neg);
}

static Value w_pos(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__pos__")) return Value();
  return wrapper_owner(ts)->slots.unop(ts, a[0], UnOp::Pos);
}
static Value w_invert(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__invert__")) return Value();
  return wrapper_owner(ts)->slots.unop(ts, a[0], UnOp::Invert);
}
static Value w_abs(ThreadState& ts, Value* a, int n, Tuple*) {
  if (!wrapper_self(ts, a, n, 1, "__abs__")) return Value();
  Value neg = wrapper_owner(ts)->slots.unop(ts, a[0], UnOp::Neg);
  if (!neg) return neg;
  int c = compare_bool(ts, a[0], Value::small(0), CmpOp::Lt);
  if (c < 0) return Value();
  return c ? neg : wrapper_owner(ts)->slots.unop(ts, a[0], UnOp::Pos);
}

// T.__new__(cls, ...): T's constructor making an instance of cls, a subtype of T (how a
// subclass's __new__ reaches it: super().__new__(cls, value)).
static Value w_new(ThreadState& ts, Value* a, int n, Tuple* kw) {
  Type* owner = wrapper_owner(ts);
  if (n < 1) return raise(ts, ts.eng.exc[E_TypeError], owner->name + ".__new__(): not enough arguments");
  if (!is_instance(ts, a[0], ts.eng.t.type))
    return raise(ts, ts.eng.exc[E_TypeError], owner->name + ".__new__(X): X is not a type object (" + type_name(ts, a[0]) + ")");
  Type* t = as<Type>(a[0]);
  if (!t->is_subtype(owner))
    return raise(ts, ts.eng.exc[E_TypeError], owner->name + ".__new__(" + t->name + "): " + t->name + " is not a subtype of " + owner->name);
  return owner->slots.new_(ts, t, a + 1, n - 1, kw);
}

static void add_if_absent(ThreadState& ts, Type* t, const char* name, NativeFn fn) {
  if (t->dict->get_str(ts.eng.intern(name))) return;
  add_method(ts, t, name, fn);
}

void add_slot_wrappers(ThreadState& ts, Type* t) {
  TypeSlots& s = t->slots;
  const TypeSlots& b = t->base ? t->base->slots : TypeSlots();
  // Only slots this type defines itself (not inherited unchanged from its base).
  auto own = [&](auto mine, auto base) { return mine && (t->base == nullptr || mine != base); };
  if (own(s.repr, b.repr)) add_if_absent(ts, t, "__repr__", w_repr);
  if (own(s.str, b.str)) add_if_absent(ts, t, "__str__", w_str);
  if (own(s.hash, b.hash)) add_if_absent(ts, t, "__hash__", w_hash);
  if (own(s.richcompare, b.richcompare)) {
    add_if_absent(ts, t, "__lt__", w_lt);
    add_if_absent(ts, t, "__le__", w_le);
    add_if_absent(ts, t, "__eq__", w_eq);
    add_if_absent(ts, t, "__ne__", w_ne);
    add_if_absent(ts, t, "__gt__", w_gt);
    add_if_absent(ts, t, "__ge__", w_ge);
  }
  if (own(s.len, b.len)) add_if_absent(ts, t, "__len__", w_len);
  if (own(s.iter, b.iter)) add_if_absent(ts, t, "__iter__", w_iter);
  if (own(s.next, b.next)) add_if_absent(ts, t, "__next__", w_next);
  if (own(s.getitem, b.getitem)) add_if_absent(ts, t, "__getitem__", w_getitem);
  if (own(s.setitem, b.setitem)) {
    add_if_absent(ts, t, "__setitem__", w_setitem);
    add_if_absent(ts, t, "__delitem__", w_delitem);
  }
  if (own(s.contains, b.contains)) add_if_absent(ts, t, "__contains__", w_contains);
  if (own(s.truth, b.truth)) add_if_absent(ts, t, "__bool__", w_bool);
  if (own(s.unop, b.unop)) {
    add_if_absent(ts, t, "__neg__", w_neg);
    add_if_absent(ts, t, "__pos__", w_pos);
    add_if_absent(ts, t, "__abs__", w_abs);
    if (t->layout == Layout::Int) add_if_absent(ts, t, "__invert__", w_invert);
  }
  if (own(s.new_, b.new_)) add_if_absent(ts, t, "__new__", w_new);
  if (own(s.binop, b.binop)) {
#define X(e, s_, m, r, i) add_if_absent(ts, t, "__" #m "__", w_##m); add_if_absent(ts, t, "__" #r "__", w_##r);
    IL_BINOPS(X)
#undef X
    if (t->layout == Layout::Int || t->layout == Layout::Float) {
      add_if_absent(ts, t, "__divmod__", w_divmod);
      add_if_absent(ts, t, "__rdivmod__", w_rdivmod);
    }
  }
}

void Type::trace(Tracer& tr) {
  tr.mark(reinterpret_cast<Object*>(dict));
  if (base) tr.mark(base);
  for (Type* b : bases) tr.mark(b);
  for (Type* m : mro) tr.mark(m);
}

void Instance::trace(Tracer& t) { t.mark(reinterpret_cast<Object*>(dict)); }
void Module::trace(Tracer& t) { t.mark(name); t.mark(reinterpret_cast<Object*>(dict)); }

void init_type_objects(ThreadState& ts) {
  Engine& e = ts.eng;
  Type* o = e.t.object;
  o->slots.repr = object_repr;
  o->slots.str = object_str;
  o->slots.hash = object_hash;
  o->slots.richcompare = object_richcompare;
  o->slots.getattr = generic_getattr;
  o->slots.setattr = generic_setattr;
  o->slots.new_ = object_new;
  add_method(ts, o, "__init__", object_init);
  add_method(ts, o, "__new__", object_new_method);
  add_method(ts, o, "__repr__", object_repr_method);
  add_method(ts, o, "__str__", object_str_method);
  add_method(ts, o, "__eq__", object_eq_method);
  add_method(ts, o, "__ne__", object_ne_method);
  add_method(ts, o, "__hash__", object_hash_method);
  add_method(ts, o, "__lt__", object_lt_method);
  add_method(ts, o, "__le__", object_le_method);
  add_method(ts, o, "__gt__", object_gt_method);
  add_method(ts, o, "__ge__", object_ge_method);
  add_method(ts, o, "__setattr__", object_setattr_method);
  add_method(ts, o, "__delattr__", object_delattr_method);
  add_method(ts, o, "__getattribute__", object_getattribute_method);
  add_method(ts, o, "__init_subclass__", object_init_subclass);
  as<NativeFunction>(o->dict->get_str(e.names[N_init_subclass]))->classmethod = true;
  Type* t = e.t.type;
  t->slots = o->slots;
  t->slots.repr = type_repr;
  t->slots.getattr = type_getattr;
  t->slots.setattr = type_setattr;
  t->slots.call = type_call;
  t->slots.new_ = type_new;
  add_method(ts, t, "__new__", w_new);
  add_method(ts, t, "__init__", type_init_method);
  add_method(ts, t, "__call__", type_call_method);
  add_method(ts, t, "__setattr__", type_setattr_method);
  add_method(ts, t, "__delattr__", type_delattr_method);
  add_method(ts, t, "mro", type_mro_method);
  add_method(ts, t, "__instancecheck__", type_instancecheck);
  add_method(ts, t, "__subclasscheck__", type_subclasscheck);
  add_method(ts, t, "__prepare__", type_prepare);
  as<NativeFunction>(t->dict->get_str(e.intern("__prepare__")))->classmethod = true;
  // Every other builtin type starts from object's slots.
#define TYPE(id, s, lay, base) if (e.t.id != o && e.t.id != t) { e.t.id->slots = o->slots; e.t.id->slots.new_ = nullptr; }
#include "objects/builtin_types.def"
#undef TYPE
}

}  // namespace il
