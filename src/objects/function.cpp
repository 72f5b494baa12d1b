// function.cpp: the callable and descriptor types: function, builtin method, bound method,
// cell, property, staticmethod, classmethod, and the shared native iterator types.
#include "objects/function.h"

#include <cstdio>

#include "compiler/code_object.h"
#include "vm/api.h"
#include "vm/init.h"

namespace il {

void Function::trace(Tracer& t) {
  t.mark(code);
  t.mark(reinterpret_cast<Object*>(globals));
  t.mark(reinterpret_cast<Object*>(builtins));
  t.mark(defaults);
  t.mark(reinterpret_cast<Object*>(kwdefaults));
  t.mark(closure);
  t.mark(name);
  t.mark(qualname);
  t.mark(module);
  t.mark(doc);
  t.mark(reinterpret_cast<Object*>(dict));
}

void StaticMethod::trace(Tracer& t) {
  t.mark(func);
  t.mark(reinterpret_cast<Object*>(dict));
}

void Code::trace(Tracer& t) {
  for (Value v : consts) t.mark(v);
  for (Str* s : names) t.mark(s);
  for (Str* s : varnames) t.mark(s);
  for (Str* s : cellvars) t.mark(s);
  for (Str* s : freevars) t.mark(s);
  // A cached class value stays alive, so that its address is never another object's.
  for (const AttrCache& c : attr_cache) {
    t.mark(c.cval);
    t.mark(reinterpret_cast<Object*>(c.cdict));
  }
  t.mark(name);
  t.mark(qualname);
  t.mark(filename);
}

Value new_native(ThreadState& ts, const char* name, NativeFn fn, Value data) {
  NativeFunction* f = ts.eng.alloc<NativeFunction>(ts.eng.t.builtin_function);
  f->name = name;
  f->fn = fn;
  f->data = data;
  return Value(f);
}

void add_method(ThreadState& ts, Type* t, const char* name, NativeFn fn) {
  NativeFunction* f = as<NativeFunction>(new_native(ts, name, fn));
  f->owner = t;
  t->dict->set_str(ts.eng.intern(name), Value(f));
}

void add_getter(ThreadState& ts, Type* t, const char* name, NativeFn fn) {
  Property* p = ts.eng.alloc<Property>(ts.eng.t.property);
  p->fget = new_native(ts, name, fn);
  as<NativeFunction>(p->fget)->owner = t;
  p->name = Value(ts.eng.intern(name));
  t->dict->set_str(ts.eng.intern(name), Value(p));
}

void add_function(ThreadState& ts, Dict* d, const char* name, NativeFn fn, Value data) {
  d->set_str(ts.eng.intern(name), new_native(ts, name, fn, data));
}

Value new_bound_method(ThreadState& ts, Value func, Value self) {
  BoundMethod* m = ts.eng.alloc<BoundMethod>(ts.eng.t.method);
  m->func = func;
  m->self = self;
  return Value(m);
}

static Value iter_self(ThreadState&, Value self) { return self; }
static Value iter_next_slot(ThreadState& ts, Value self) { return static_cast<IterObj*>(self.obj())->next(ts); }

Type* native_type(ThreadState& ts, const char* key, const char* name, const char* module, Layout layout) {
  Engine& e = ts.eng;
  auto it = e.iterator_types.find(key);
  if (it != e.iterator_types.end()) return it->second;
  Type* t = e.alloc<Type>(e.t.type);
  t->name = t->qualname = name;
  t->module = module;
  t->layout = layout;
  t->base = e.t.object;
  t->bases = {e.t.object};
  t->mro = {t, e.t.object};
  t->allow_subclass = false;
  e.iterator_types[key] = t;
  t->dict = new_dict(ts);
  t->slots = e.t.object->slots;
  t->slots.new_ = nullptr;
  return t;
}

// it.__iter__() and it.__next__() of the built-in iterators (the slots, as methods).
static Value iter_iter_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "__iter__", nargs - 1, 0, 0)) return Value();
  return args[0];
}
static Value iter_next_method(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "__next__", nargs - 1, 0, 0)) return Value();
  Value v = static_cast<IterObj*>(args[0].obj())->next(ts);
  if (!v && !ts.has_error()) return raise(ts, ts.eng.exc[E_StopIteration], "");
  return v;
}

Type* iterator_type(ThreadState& ts, const char* name) {
  auto it = ts.eng.iterator_types.find(name);
  if (it != ts.eng.iterator_types.end()) return it->second;
  Type* t = native_type(ts, name, name, "builtins", Layout::Iterator);
  t->slots.iter = iter_self;
  t->slots.next = iter_next_slot;
  add_method(ts, t, "__iter__", iter_iter_method);
  add_method(ts, t, "__next__", iter_next_method);
  return t;
}

// ---- function ----

static Value function_descr_get(ThreadState& ts, Value self, Value inst, Type*) {
  if (!inst) return self;
  return new_bound_method(ts, self, inst);
}

static Value function_repr(ThreadState& ts, Value self) {
  char buf[48];
  snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.obj()));
  return new_str(ts, "<function " + as<Function>(self)->qualname->s + buf);
}

static Value function_getattr(ThreadState& ts, Value self, Str* name) {
  Function* f = as<Function>(self);
  Engine& e = ts.eng;
  if (name == e.names[N_name]) return Value(f->name);
  if (name == e.names[N_qualname]) return Value(f->qualname);
  if (name == e.names[N_module]) return f->module ? f->module : e.None;
  if (name == e.names[N_doc]) return f->doc ? f->doc : e.None;
  if (name == e.names[N_code]) return Value(f->code);
  if (name == e.names[N_defaults]) return f->defaults ? Value(f->defaults) : e.None;
  if (name->s == "__kwdefaults__") return f->kwdefaults ? Value(f->kwdefaults) : e.None;
  if (name->s == "__globals__") return Value(f->globals);
  if (name->s == "__closure__") return f->closure ? Value(f->closure) : e.None;
  if (name == e.names[N_annotations]) {
    if (!f->dict) f->dict = new_dict(ts);
    Value a = f->dict->get_str(name);
    if (!a) {
      a = Value(new_dict(ts));
      f->dict->set_str(name, a);
    }
    return a;
  }
  return generic_getattr(ts, self, name);
}

static bool function_setattr(ThreadState& ts, Value self, Str* name, Value v) {
  Function* f = as<Function>(self);
  Engine& e = ts.eng;
  if (name == e.names[N_name] || name == e.names[N_qualname]) {
    if (!v || !is_str(ts, v)) {
      raise(ts, e.exc[E_TypeError], "__name__ must be set to a string object");
      return false;
    }
    if (name == e.names[N_name]) f->name = e.intern(as_str(v)->s);
    else f->qualname = e.intern(as_str(v)->s);
    return true;
  }
  if (name == e.names[N_doc]) { f->doc = v ? v : e.None; return true; }
  if (name == e.names[N_module]) { f->module = v ? v : e.None; return true; }
  if (name == e.names[N_defaults]) {
    f->defaults = (v && is_type(ts, v, e.t.tuple)) ? as<Tuple>(v) : nullptr;
    return true;
  }
  return generic_setattr(ts, self, name, v);
}

// ---- builtin function / method ----

static Value native_descr_get(ThreadState& ts, Value self, Value inst, Type* owner) {
  NativeFunction* f = as<NativeFunction>(self);
  if (f->classmethod) return new_bound_method(ts, self, Value(inst ? type_of(ts, inst) : owner));
  if (!inst || !f->owner) return self;
  return new_bound_method(ts, self, inst);
}

static Value native_repr(ThreadState& ts, Value self) {
  NativeFunction* f = as<NativeFunction>(self);
  if (f->owner) return new_str(ts, std::string("<method '") + f->name + "' of '" + f->owner->name + "' objects>");
  return new_str(ts, std::string("<built-in function ") + f->name + ">");
}

static Value native_getattr(ThreadState& ts, Value self, Str* name) {
  NativeFunction* f = as<NativeFunction>(self);
  if (name == ts.eng.names[N_name] || name == ts.eng.names[N_qualname]) return new_str(ts, f->name);
  if (name == ts.eng.names[N_doc]) return ts.eng.None;
  if (name == ts.eng.names[N_module]) return ts.eng.None;
  return generic_getattr(ts, self, name);
}

// ---- bound method ----

static Value method_repr(ThreadState& ts, Value self) {
  BoundMethod* m = as<BoundMethod>(self);
  std::string fname;
  Value n = getattr_opt(ts, m->func, ts.eng.names[N_qualname]);
  if (n && is_str(ts, n)) fname = as_str(n)->s;
  if (m->func.is_obj() && m->func.obj()->type == ts.eng.t.builtin_function) {
    char addr[32];
    snprintf(addr, sizeof addr, "%p>", reinterpret_cast<void*>(static_cast<uintptr_t>(m->self.raw())));
    return new_str(ts, "<built-in method " + std::string(as<NativeFunction>(m->func)->name) + " of " +
                           type_name(ts, m->self) + " object at " + addr);
  }
  std::string r;
  if (!repr_text(ts, m->self, r)) return Value();
  return new_str(ts, "<bound method " + fname + " of " + r + ">");
}

static Value method_getattr(ThreadState& ts, Value self, Str* name) {
  BoundMethod* m = as<BoundMethod>(self);
  if (name->s == "__self__") return m->self;
  if (name->s == "__func__") return m->func;
  Value v = generic_getattr(ts, self, name);
  if (v || ts.has_error()) return v;
  return getattr_opt(ts, m->func, name);
}

static Value method_richcompare(ThreadState& ts, Value a, Value b, CmpOp op) {
  if ((op != CmpOp::Eq && op != CmpOp::Ne) || !is_type(ts, b, ts.eng.t.method)) return ts.eng.NotImplemented;
  bool eq = as<BoundMethod>(a)->func == as<BoundMethod>(b)->func && as<BoundMethod>(a)->self == as<BoundMethod>(b)->self;
  return bool_value(ts, op == CmpOp::Eq ? eq : !eq);
}
static bool method_hash(ThreadState& ts, Value self, int64_t* out) {
  int64_t a, b;
  if (!hash(ts, as<BoundMethod>(self)->self, &a)) return false;
  if (!hash(ts, as<BoundMethod>(self)->func, &b)) return false;
  *out = a ^ b;
  return true;
}

// ---- cell ----

static Value cell_getattr(ThreadState& ts, Value self, Str* name) {
  if (name->s == "cell_contents") {
    Cell* c = as<Cell>(self);
    if (!c->value) return raise(ts, ts.eng.exc[E_ValueError], "Cell is empty");
    return c->value;
  }
  return generic_getattr(ts, self, name);
}

// ---- property ----

static Value property_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  Value a[4];
  if (!parse_args(ts, "property", args, nargs, kw, {"fget", "fset", "fdel", "doc"}, 0, a)) return Value();
  Property* p = ts.eng.alloc<Property>(t);
  for (int i = 0; i < 4; i++) if (a[i] == ts.eng.None) a[i] = Value();
  p->fget = a[0];
  p->fset = a[1];
  p->fdel = a[2];
  p->doc = a[3];
  if (!p->doc && p->fget) {
    Value d = getattr_opt(ts, p->fget, ts.eng.names[N_doc]);
    if (d) p->doc = d;
    take_error(ts);
  }
  return Value(p);
}
// CPython 3.11's wording: "property 'area' of 'Circle' object has no setter"; the name
// comes from __set_name__, else the getter's __name__, and is left out when there is none.
static Value property_missing(ThreadState& ts, Property* p, Value inst, const char* what) {
  std::string name;
  if (p->name && is_str(ts, p->name)) {
    name = "'" + as_str(p->name)->s + "' ";
  } else if (p->fget) {
    Value n = getattr_opt(ts, p->fget, ts.eng.names[N_name]);
    if (n && is_str(ts, n)) name = "'" + as_str(n)->s + "' ";
    take_error(ts);
  }
  return raise(ts, ts.eng.exc[E_AttributeError],
               "property " + name + "of '" + type_name(ts, inst) + "' object has no " + what);
}
static Value property_get(ThreadState& ts, Value self, Value inst, Type*) {
  Property* p = as<Property>(self);
  if (!inst) return self;
  if (!p->fget) return property_missing(ts, p, inst, "getter");
  return call1(ts, p->fget, inst);
}
static bool property_set(ThreadState& ts, Value self, Value inst, Value v) {
  Property* p = as<Property>(self);
  if (v) {
    if (!p->fset) {
      property_missing(ts, p, inst, "setter");
      return false;
    }
    return static_cast<bool>(call2(ts, p->fset, inst, v));
  }
  if (!p->fdel) {
    property_missing(ts, p, inst, "deleter");
    return false;
  }
  return static_cast<bool>(call1(ts, p->fdel, inst));
}
static Value property_copy(ThreadState& ts, Value self, int which, Value f) {
  Property* p = as<Property>(self);
  Property* n = ts.eng.alloc<Property>(self.obj()->type);
  n->fget = p->fget;
  n->fset = p->fset;
  n->fdel = p->fdel;
  n->doc = p->doc;
  n->name = p->name;
  if (which == 0) n->fget = f;
  if (which == 1) n->fset = f;
  if (which == 2) n->fdel = f;
  return Value(n);
}
static Value property_getter(ThreadState& ts, Value* a, int n, Tuple*) {
  if (n != 2) return raise(ts, ts.eng.exc[E_TypeError], "getter() takes exactly one argument");
  return property_copy(ts, a[0], 0, a[1]);
}
static Value property_setter(ThreadState& ts, Value* a, int n, Tuple*) {
  if (n != 2) return raise(ts, ts.eng.exc[E_TypeError], "setter() takes exactly one argument");
  return property_copy(ts, a[0], 1, a[1]);
}
static Value property_deleter(ThreadState& ts, Value* a, int n, Tuple*) {
  if (n != 2) return raise(ts, ts.eng.exc[E_TypeError], "deleter() takes exactly one argument");
  return property_copy(ts, a[0], 2, a[1]);
}
static Value property_set_name(ThreadState& ts, Value* a, int n, Tuple*) {
  if (n != 3) return raise(ts, ts.eng.exc[E_TypeError], "__set_name__() takes 2 positional arguments");
  as<Property>(a[0])->name = a[2];
  return ts.eng.None;
}
static Value property_getattr(ThreadState& ts, Value self, Str* name) {
  Property* p = as<Property>(self);
  if (name->s == "fget") return p->fget ? p->fget : ts.eng.None;
  if (name->s == "fset") return p->fset ? p->fset : ts.eng.None;
  if (name->s == "fdel") return p->fdel ? p->fdel : ts.eng.None;
  if (name == ts.eng.names[N_doc]) return p->doc ? p->doc : ts.eng.None;
  return generic_getattr(ts, self, name);
}

// ---- staticmethod / classmethod ----

static Value sm_new(ThreadState& ts, Type* t, Value* args, int nargs, Tuple* kw) {
  if (!no_kwargs(ts, t->name.c_str(), kw) || !check_nargs(ts, t->name.c_str(), nargs, 1, 1)) return Value();
  StaticMethod* s = ts.eng.alloc<StaticMethod>(t);
  s->func = args[0];
  return Value(s);
}
static Value sm_get(ThreadState&, Value self, Value, Type*) { return as<StaticMethod>(self)->func; }
static Value cm_get(ThreadState& ts, Value self, Value inst, Type* owner) {
  Type* t = owner ? owner : type_of(ts, inst);
  return new_bound_method(ts, as<StaticMethod>(self)->func, Value(t));
}
static Value sm_getattr(ThreadState& ts, Value self, Str* name) {
  if (name->s == "__func__") return as<StaticMethod>(self)->func;
  Value v = generic_getattr(ts, self, name);
  if (v || ts.has_error()) return v;
  return getattr_opt(ts, as<StaticMethod>(self)->func, name);
}
static Value sm_call(ThreadState& ts, Value self, Value* args, int nargs, Tuple* kw) {
  return call(ts, as<StaticMethod>(self)->func, args, nargs, kw);
}

void init_functions(ThreadState& ts) {
  Engine& e = ts.eng;
  Type* f = e.t.function;
  f->slots.descr_get = function_descr_get;
  f->slots.repr = function_repr;
  f->slots.getattr = function_getattr;
  f->slots.setattr = function_setattr;
  f->allow_subclass = false;
  Type* n = e.t.builtin_function;
  n->slots.descr_get = native_descr_get;
  n->slots.repr = native_repr;
  n->slots.getattr = native_getattr;
  n->allow_subclass = false;
  Type* m = e.t.method;
  m->slots.repr = method_repr;
  m->slots.getattr = method_getattr;
  m->slots.richcompare = method_richcompare;
  m->slots.hash = method_hash;
  m->allow_subclass = false;
  e.t.cell->slots.getattr = cell_getattr;
  Type* p = e.t.property;
  p->slots.new_ = property_new;
  p->slots.descr_get = property_get;
  p->slots.descr_set = property_set;
  p->slots.getattr = property_getattr;
  add_method(ts, p, "getter", property_getter);
  add_method(ts, p, "setter", property_setter);
  add_method(ts, p, "deleter", property_deleter);
  add_method(ts, p, "__set_name__", property_set_name);
  for (Type* t : {e.t.staticmethod, e.t.classmethod}) {
    t->slots.new_ = sm_new;
    t->slots.getattr = sm_getattr;
  }
  e.t.staticmethod->slots.descr_get = sm_get;
  e.t.staticmethod->slots.call = sm_call;
  e.t.classmethod->slots.descr_get = cm_get;
}

}  // namespace il
