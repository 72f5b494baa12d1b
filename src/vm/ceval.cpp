// ceval.cpp: the bytecode loop. Python-to-Python calls and returns stay in one loop; native
// code that calls back into Python nests a new one. Check points (the eval breaker test) are
// at RESUME, JUMP_BACKWARD and after native calls ("3.10+"), or before every instruction
// ("3.9"). Never blocks without releasing the GIL: every blocking call goes through
// Engine::block or the stdout delivery, both below this loop.
#include <cstring>

#include "vm/api.h"
#include "vm/attr_cache.h"
#include "vm/call.h"
#include "vm/import.h"

namespace il {

Value format_value(ThreadState& ts, Value v, Value spec);

// [x] * [y] into [r]; false on int64 overflow. In wasm __builtin_mul_overflow on int64 is a
// call to __multi3 (a 128-bit multiply); a product of two 32-bit values cannot overflow.
static inline bool mul_fits(int64_t x, int64_t y, int64_t* r) {
#ifdef __wasm__
  if (x == static_cast<int32_t>(x) && y == static_cast<int32_t>(y)) {
    *r = x * y;
    return true;
  }
#endif
  return !__builtin_mul_overflow(x, y, r);
}

// Step mode: whether the one line [ts] was asked to run is done. The first check after the
// choice notes the line it starts from; a new line (or frame) of the program ends it. A new
// frame's RESUME is on its def line, so its first line is the one after.
static bool step_line_done(Engine& e, ThreadState& ts) {
  Frame* f = ts.frame;
  while (f && !e.is_user_code(f->code)) f = f->prev;
  if (!f) return false;
  if (ts.step_line < 0) {
    ts.step_frame = f;
    ts.step_line = f->line();
    return false;
  }
  if (f == ts.step_frame && f->line() == ts.step_line) return false;
  return !(f == ts.frame && f->lasti >= 0 && decode_op(f->code->code[f->lasti]) == Op::RESUME);
}

bool handle_eval_breaker(ThreadState& ts) {
  Engine& e = ts.eng;
  uint32_t bits = e.breaker.load(std::memory_order_relaxed);
  if ((bits & kStopRequest) || ts.exiting) {
    if (e.stop_requested.load() || ts.exiting) {
      raise_stop(ts);
      return false;
    }
  }
  if (bits & kGcRequest) {
    e.breaker.fetch_and(~kGcRequest, std::memory_order_relaxed);
    collect_abandoned(ts);
    if (ts.exc) return false;   // stopped while closing an abandoned generator
  }
  bool switched = false;
  if ((bits & kSchedTick) && ts.ticks <= 0) {
    // Seeded mode: the slice's tick budget is spent; the scheduler draws the next holder.
    e.sched->budget_spent(ts);
    switched = true;
  }
  if ((bits & kTraceRequest) && ts.step_line && step_line_done(e, ts)) {
    e.trace(ts, Ev::Line, 0, ts.frame ? e.user_line(ts) : 0);
    e.sched->yield(ts, SwitchReason::Step);
    switched = true;
  }
  if (bits & kDropRequest) {
    // Forced switch (FORCE_SWITCHING): drop, wait for another thread to take it, re-take.
    e.gil.drop(ts, true);
    e.gil.take(ts);
    switched = true;
  }
  // Stop may have come while another thread held the GIL.
  if (switched && (e.stop_requested.load() || ts.exiting)) {
    raise_stop(ts);
    return false;
  }
  return true;
}

// How CPython names a callable in argument errors: "__main__.f()", "print()".
static std::string function_str(ThreadState& ts, Value f) {
  if (f.is_obj()) {
    Type* t = f.obj()->type;
    if (t->layout == Layout::Function) {
      Function* fn = as<Function>(f);
      std::string mod = fn->module && is_str(ts, fn->module) ? as_str(fn->module)->s : std::string();
      return (mod.empty() || mod == "builtins" ? std::string() : mod + ".") + fn->qualname->s + "()";
    }
    if (t->layout == Layout::NativeFunction) return std::string(as<NativeFunction>(f)->name) + "()";
    if (t->layout == Layout::BoundMethod) return function_str(ts, as<BoundMethod>(f)->func);
    if (t->layout == Layout::Type) return as<Type>(f)->qualname + "()";
  }
  return type_name(ts, f) + " object";
}

static Value unbound_local(ThreadState& ts, Str* name) {
  return raise(ts, ts.eng.exc[E_UnboundLocalError],
               "cannot access local variable '" + name->s + "' where it is not associated with a value");
}

static Value name_error(ThreadState& ts, Str* name) {
  raise(ts, ts.eng.exc[E_NameError], "name '" + name->s + "' is not defined");
  Value exc = ts.exc;
  Root r(ts, exc);
  ExceptionObj* e = as<ExceptionObj>(exc);
  if (!e->dict) e->dict = new_dict(ts);
  e->dict->set_str(ts.eng.intern("name"), Value(name));
  // Where the name was looked up, for the "Did you mean" of the printed traceback.
  if (Frame* f = ts.frame) {
    std::vector<Value> locals;
    for (Str* v : f->code->varnames) locals.push_back(Value(v));
    Tuple* names = new_tuple(ts, std::move(locals));
    Root r2(ts, Value(names));
    e->name_scope = Value(new_tuple(ts, {Value(names), f->globals ? Value(f->globals) : ts.eng.None,
                                         f->builtins ? Value(f->builtins) : ts.eng.None}));
  }
  ts.exc = exc;
  return Value();
}

// STORE_NAME and LOAD_NAME in a namespace that is a dict subclass (CPython's PyObject_SetItem
// and PyObject_GetItem paths): its __setitem__ / __getitem__ answer; for a load, KeyError
// means absent (*[out] null). Out of line: the eval loop only tests the namespace's type.
[[gnu::noinline]] static bool store_name_mapped(ThreadState& ts, Dict* ns, Str* name, Value v) {
  return setitem(ts, Value(ns), Value(name), v);
}
[[gnu::noinline]] static bool load_name_mapped(ThreadState& ts, Dict* ns, Str* name, Value* out) {
  *out = getitem(ts, Value(ns), Value(name));
  if (*out) return true;
  if (!error_matches(ts, ts.eng.exc[E_KeyError])) return false;
  take_error(ts);
  return true;
}

static bool exc_match(ThreadState& ts, Value exc, Value type, bool* out) {
  Engine& e = ts.eng;
  if (is_type(ts, type, e.t.tuple)) {
    for (Value t : as<Tuple>(type)->items) {
      bool m;
      if (!exc_match(ts, exc, t, &m)) return false;
      if (m) { *out = true; return true; }
    }
    *out = false;
    return true;
  }
  if (!is_exception_type(ts, type)) {
    raise(ts, e.exc[E_TypeError], "catching classes that do not inherit from BaseException is not allowed");
    return false;
  }
  *out = type_of(ts, exc)->is_subtype(as<Type>(type));
  return true;
}

// Turns the operand of `raise` into an exception instance.
static Value make_raisable(ThreadState& ts, Value v) {
  Engine& e = ts.eng;
  if (is_exception_type(ts, v)) {
    Value inst = call0(ts, v);
    if (!inst) return inst;
    if (!is_instance(ts, inst, e.exc[E_BaseException]))
      return raise(ts, e.exc[E_TypeError], "calling " + as<Type>(v)->name +
                                               "() should have returned an instance of BaseException, not " + type_name(ts, inst));
    return inst;
  }
  if (is_instance(ts, v, e.exc[E_BaseException])) return v;
  return raise(ts, e.exc[E_TypeError], "exceptions must derive from BaseException");
}

static bool unpack(ThreadState& ts, Value seq, int before, int after, bool star, Value* out, int* count) {
  std::vector<Value> items;
  Engine& e = ts.eng;
  if (seq.is_obj() && (seq.obj()->type == e.t.tuple || seq.obj()->type == e.t.list)) {
    items = seq.obj()->type == e.t.tuple ? as<Tuple>(seq)->items : as<List>(seq)->items;
  } else {
    Value it = get_iter(ts, seq);
    if (!it) {
      if (error_matches(ts, e.exc[E_TypeError])) {
        take_error(ts);
        raise(ts, e.exc[E_TypeError], "cannot unpack non-iterable " + type_name(ts, seq) + " object");
      }
      return false;
    }
    if (!collect_iterable(ts, seq, items)) return false;
  }
  int n = static_cast<int>(items.size());
  if (!star) {
    if (n < before) {
      raise(ts, e.exc[E_ValueError], "not enough values to unpack (expected " + std::to_string(before) + ", got " + std::to_string(n) + ")");
      return false;
    }
    if (n > before) {
      raise(ts, e.exc[E_ValueError], "too many values to unpack (expected " + std::to_string(before) + ")");
      return false;
    }
    for (int i = 0; i < n; i++) out[i] = items[static_cast<size_t>(i)];
    *count = n;
    return true;
  }
  if (n < before + after) {
    raise(ts, e.exc[E_ValueError], "not enough values to unpack (expected at least " + std::to_string(before + after) +
                                       ", got " + std::to_string(n) + ")");
    return false;
  }
  int k = 0;
  for (int i = 0; i < before; i++) out[k++] = items[static_cast<size_t>(i)];
  std::vector<Value> mid(items.begin() + before, items.end() - after);
  out[k++] = Value(new_list(ts, mid));
  for (int i = n - after; i < n; i++) out[k++] = items[static_cast<size_t>(i)];
  *count = k;
  return true;
}

Value eval_frame(ThreadState& ts, Frame* entry, bool throwing) {
  Engine& eng = ts.eng;
  if (++ts.native_depth > 200) {
    ts.native_depth--;
    ts.frame = entry->prev;
    ts.depth--;
    if (!entry->gen) ts.pop_frame(entry);
    return raise(ts, eng.exc[E_RecursionError], "maximum recursion depth exceeded");
  }
  Frame* f = entry;
  Code* co;
  const uint32_t* code;
  const Value* consts;
  Str* const* names;
  Value* L;
  Value* sp;
  int32_t ip;
  uint32_t w = 0;
  uint32_t arg = 0;
  Tuple* kwnames = nullptr;
  const bool every_instr = eng.cfg.check_points == CheckPoints::Py39;
  // Step mode looks at every instruction for the end of a one-line step (kTraceRequest).
  const bool instr_checks = every_instr || eng.cfg.stepper != nullptr;
  EvalBreaker& breaker = eng.breaker;
  Value result;

#define LOAD_FRAME()                  \
  do {                                \
    co = f->code;                     \
    code = co->code.data();           \
    consts = co->consts.data();       \
    names = co->names.data();         \
    L = f->localsplus;                \
    sp = f->sp;                       \
    ip = f->lasti + 1;                \
  } while (0)
#define SYNC()           \
  do {                   \
    f->sp = sp;          \
    f->lasti = ip - 1;   \
  } while (0)
#define PUSH(v) (*sp++ = (v))
// Targets that own C++ objects with destructors leave their scope with a plain goto.
#define NEXT() goto next_instr
#define POP() (*--sp)
#define TOP() (sp[-1])
#define SECOND() (sp[-2])
// Seeded mode keeps kSchedTick set: each check point counts one tick, the slow path runs when
// the budget is spent or another bit is set.
#define TICK_DUE(bits) ((bits) != kSchedTick || --ts.ticks <= 0)
// The per-instruction check ("3.9", or step mode watching for the end of a line).
#define INSTR_DUE(bits) ((bits) != 0 && (((bits) & kTraceRequest) || (every_instr && TICK_DUE(bits))))
// A drop point: the references in [a, b) just left the frame (a popped value, a local's old
// value). If one was a generator with cleanup code pending, collect now: its finally block
// runs when its last reference goes, as under CPython's reference counting.
#define DROPPED(a, b)                                                                 \
  do {                                                                                \
    if (__builtin_expect(eng.cleanup_gens != 0, 0) && holds_cleanup_gen(eng, a, b)) \
      COLLECT_ABANDONED();                                                            \
  } while (0)
#define COLLECT_ABANDONED()                                                           \
  do {                                                                                \
    SYNC();                                                                           \
    collect_abandoned(ts);                                                            \
    if (ts.exc) goto error;   /* stopped while closing one */                         \
  } while (0)
#define CHECK_EVAL_BREAKER()                                                  \
  do {                                                                        \
    uint32_t bits_ = breaker.load(std::memory_order_relaxed);                 \
    if (__builtin_expect(bits_ != 0, 0) && TICK_DUE(bits_)) {                 \
      SYNC();                                                                 \
      if (!handle_eval_breaker(ts)) goto error;                               \
    }                                                                         \
  } while (0)

// A Python call from the loop: a frame for Function [fn] whose caller is [f] (the arguments
// go into its localsplus next), then the switch to it: the callee's result lands on the
// caller's stack when it returns.
#define NEW_PY_FRAME(fn) ts.push_frame((fn)->code, 0)
#define ENTER_PY_FRAME(nf, fn)        \
  do {                                \
    (nf)->func = (fn);                \
    (nf)->globals = (fn)->globals;    \
    (nf)->builtins = (fn)->builtins;  \
    (nf)->prev = f;                   \
    f->sp = sp;                       \
    ts.frame = (nf);                  \
    ts.depth++;                       \
    f = (nf);                         \
    LOAD_FRAME();                     \
    DISPATCH();                       \
  } while (0)

#if defined(__GNUC__)
#define IL_COMPUTED_GOTO 1
  static void* const targets[] = {
#define OP(name, effect, doc) &&L_##name,
#include "compiler/opcodes.def"
#undef OP
  };
#define TARGET(op) L_##op:
#define DISPATCH()                                                                        \
  do {                                                                                    \
    if (__builtin_expect(instr_checks, 0) && INSTR_DUE(breaker.load(std::memory_order_relaxed))) { \
      f->sp = sp; f->lasti = ip;                                                          \
      if (!handle_eval_breaker(ts)) { ip++; goto error; }                                 \
    }                                                                                     \
    w = code[ip++];                                                                       \
    arg = w >> 8;                                                                         \
    goto* targets[w & 0xFF];                                                              \
  } while (0)
#else
#define TARGET(op) case Op::op:
#define DISPATCH() goto dispatch_top
#endif

  LOAD_FRAME();
  if (throwing) {
    // A generator resumed by throw(): the exception surfaces at the yield point.
    ip = f->lasti + 1;
    goto error_tb_at_lasti;
  }

#ifdef IL_COMPUTED_GOTO
  DISPATCH();
#else
dispatch_top:
  for (;;) {
    if (instr_checks && INSTR_DUE(breaker.load(std::memory_order_relaxed))) {
      f->sp = sp; f->lasti = ip;
      if (!handle_eval_breaker(ts)) { ip++; goto error; }
    }
    w = code[ip++];
    arg = w >> 8;
    switch (static_cast<Op>(w & 0xFF)) {
#endif

  TARGET(NOP) { DISPATCH(); }
  TARGET(RESUME) {
    CHECK_EVAL_BREAKER();
    DISPATCH();
  }
  TARGET(POP_TOP) {
    sp--;
    DROPPED(sp, sp + 1);
    DISPATCH();
  }
  TARGET(DUP_TOP) { Value v = TOP(); PUSH(v); DISPATCH(); }
  TARGET(DUP_TOP_TWO) {
    Value a = SECOND(), b = TOP();  // [a, b] -> [a, b, a, b]
    PUSH(a);
    PUSH(b);
    DISPATCH();
  }
  TARGET(ROT_TWO) { Value t = sp[-1]; sp[-1] = sp[-2]; sp[-2] = t; DISPATCH(); }
  TARGET(ROT_THREE) {
    Value t = sp[-1];  // [a, b, c] -> [c, a, b]
    sp[-1] = sp[-2];
    sp[-2] = sp[-3];
    sp[-3] = t;
    DISPATCH();
  }
  TARGET(ROT_FOUR) {
    Value t = sp[-1];
    sp[-1] = sp[-2];
    sp[-2] = sp[-3];
    sp[-3] = sp[-4];
    sp[-4] = t;
    DISPATCH();
  }
  TARGET(PUSH_NULL) { PUSH(Value()); DISPATCH(); }
  TARGET(LOAD_CONST) { PUSH(consts[arg]); DISPATCH(); }
  TARGET(LOAD_FAST) {
    Value v = L[arg];
    if (__builtin_expect(v.is_null(), 0)) {
      SYNC();
      unbound_local(ts, co->varnames[arg]);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_FAST) {
    Value old = L[arg];
    L[arg] = POP();
    DROPPED(&old, &old + 1);
    DISPATCH();
  }
  TARGET(DELETE_FAST) {
    Value old = L[arg];
    if (old.is_null()) { SYNC(); unbound_local(ts, co->varnames[arg]); goto error; }
    L[arg] = Value();
    if (__builtin_expect(eng.cleanup_gens != 0, 0) && del_may_drop_cleanup_gen(eng, old)) COLLECT_ABANDONED();
    DISPATCH();
  }
  TARGET(LOAD_DEREF) {
    Cell* c = as<Cell>(L[co->nlocals() + static_cast<int>(arg)]);
    if (c->value.is_null()) {
      SYNC();
      size_t ncell = co->cellvars.size();
      if (arg < ncell) unbound_local(ts, co->cellvars[arg]);
      else raise(ts, eng.exc[E_NameError], "cannot access free variable '" + co->freevars[arg - ncell]->s +
                                               "' where it is not associated with a value in enclosing scope");
      goto error;
    }
    PUSH(c->value);
    DISPATCH();
  }
  TARGET(STORE_DEREF) {
    as<Cell>(L[co->nlocals() + static_cast<int>(arg)])->value = POP();
    DISPATCH();
  }
  TARGET(DELETE_DEREF) {
    as<Cell>(L[co->nlocals() + static_cast<int>(arg)])->value = Value();
    DISPATCH();
  }
  TARGET(LOAD_CLOSURE) { PUSH(L[co->nlocals() + static_cast<int>(arg)]); DISPATCH(); }
  TARGET(LOAD_CLASSDEREF) {
    size_t ncell = co->cellvars.size();
    Str* name = arg < ncell ? co->cellvars[arg] : co->freevars[arg - ncell];
    if (f->locals_dict) {
      Value v = f->locals_dict->get_str(name);
      if (v) { PUSH(v); DISPATCH(); }
    }
    Cell* c = as<Cell>(L[co->nlocals() + static_cast<int>(arg)]);
    if (c->value.is_null()) {
      SYNC();
      raise(ts, eng.exc[E_NameError], "cannot access free variable '" + name->s +
                                          "' where it is not associated with a value in enclosing scope");
      goto error;
    }
    PUSH(c->value);
    DISPATCH();
  }
  TARGET(LOAD_GLOBAL) {
  load_global:
    Str* name = names[arg];
    Code::GlobalCache& c = co->global_cache[arg];
    Dict* g = f->globals;
    Value v;
    // A hit is verified by the key at the cached slot (names are interned).
    if (c.gidx >= 0 && static_cast<size_t>(c.gidx) < g->entries.size() &&
        g->entries[static_cast<size_t>(c.gidx)].key.raw() == Value(name).raw()) {
      v = g->entries[static_cast<size_t>(c.gidx)].value;
    } else if (c.bidx >= 0 && c.globals == g && c.gversion == g->version &&
               static_cast<size_t>(c.bidx) < f->builtins->entries.size() &&
               f->builtins->entries[static_cast<size_t>(c.bidx)].key.raw() == Value(name).raw()) {
      v = f->builtins->entries[static_cast<size_t>(c.bidx)].value;
    } else {
      int64_t h = str_hash(name);
      int64_t gi = g->find_str(name, h);
      c.globals = g;
      c.gversion = g->version;
      c.gidx = static_cast<int32_t>(gi);
      c.bidx = -1;
      if (gi >= 0) {
        v = g->entries[static_cast<size_t>(gi)].value;
      } else {
        int64_t bi = f->builtins->find_str(name, h);
        if (bi >= 0) {
          c.bidx = static_cast<int32_t>(bi);
          v = f->builtins->entries[static_cast<size_t>(bi)].value;
        }
      }
    }
    if (__builtin_expect(v.is_null(), 0)) { SYNC(); name_error(ts, name); goto error; }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_GLOBAL) {
    Value old = eng.cleanup_gens ? f->globals->get_str(names[arg]) : Value();
    f->globals->set_str(names[arg], POP());
    DROPPED(&old, &old + 1);
    DISPATCH();
  }
  TARGET(DELETE_GLOBAL) {
    Value old = eng.cleanup_gens ? f->globals->get_str(names[arg]) : Value();
    if (!f->globals->del_str(names[arg])) { SYNC(); name_error(ts, names[arg]); goto error; }
    if (del_may_drop_cleanup_gen(eng, old)) COLLECT_ABANDONED();
    DISPATCH();
  }
  TARGET(LOAD_NAME) {
    if (!f->locals_dict || f->locals_dict == f->globals) goto load_global;
    Str* name = names[arg];
    Value v;
    v = f->locals_dict->get_str(name);
    if (__builtin_expect(!v && f->locals_dict->type != eng.t.dict, 0)) {   // a __prepare__d namespace's __getitem__
      SYNC();
      if (!load_name_mapped(ts, f->locals_dict, name, &v)) goto error;
    }
    if (!v) v = f->globals->get_str(name);
    if (!v) v = f->builtins->get_str(name);
    if (!v) { SYNC(); name_error(ts, name); goto error; }
    PUSH(v);
    DISPATCH();
  }
  TARGET(STORE_NAME) {
    Dict* d = f->locals_dict ? f->locals_dict : f->globals;
    if (__builtin_expect(d->type != eng.t.dict, 0)) {   // a class body in a __prepare__d dict subclass
      SYNC();
      if (!store_name_mapped(ts, d, names[arg], POP())) goto error;
      DISPATCH();
    }
    Value old = eng.cleanup_gens ? d->get_str(names[arg]) : Value();
    d->set_str(names[arg], POP());
    DROPPED(&old, &old + 1);
    DISPATCH();
  }
  TARGET(DELETE_NAME) {
    Dict* d = f->locals_dict ? f->locals_dict : f->globals;
    Value old = eng.cleanup_gens ? d->get_str(names[arg]) : Value();
    if (!d->del_str(names[arg])) { SYNC(); name_error(ts, names[arg]); goto error; }
    if (del_may_drop_cleanup_gen(eng, old)) COLLECT_ABANDONED();
    DISPATCH();
  }
  TARGET(LOAD_ATTR) {
    Value o = TOP();
    Code::AttrCache& c = co->attr_cache[arg];
    if (attr_cache_valid(c, o)) {
      if (c.flags & kAttrLoadInst) {
        if (DictEntry* de = dict_hinted_entry(static_cast<Instance*>(o.obj())->dict, names[arg], c.iix)) {
          TOP() = de->value;
          DISPATCH();
        }
      }
      if ((c.flags & kAttrLoadClass) && attr_not_shadowed(c, o, names[arg])) {
        TOP() = c.cval;
        DISPATCH();
      }
      if (c.flags & kAttrModule) {
        if (DictEntry* de = dict_hinted_entry(static_cast<Module*>(o.obj())->dict, names[arg], c.iix)) {
          TOP() = de->value;
          DISPATCH();
        }
      }
    }
    SYNC();
    Value v = getattr(ts, o, names[arg]);
    if (!v) goto error;
    attr_cache_fill(ts, c, o, names[arg]);
    TOP() = v;
    DISPATCH();
  }
  TARGET(LOAD_METHOD) {
    // [o] -> [meth, o] or [NULL, attr]
    Value o = TOP();
    Code::AttrCache& c = co->attr_cache[arg];
    if (attr_cache_valid(c, o)) {
      if ((c.flags & kAttrMethod) && attr_not_shadowed(c, o, names[arg])) {
        TOP() = c.cval;
        PUSH(o);
        DISPATCH();
      }
      // A plain attribute: [NULL, value].
      Dict* d = c.flags & kAttrLoadInst ? static_cast<Instance*>(o.obj())->dict
              : c.flags & kAttrModule ? static_cast<Module*>(o.obj())->dict : nullptr;
      if (DictEntry* de = dict_hinted_entry(d, names[arg], c.iix)) {
        TOP() = Value();
        PUSH(de->value);
        DISPATCH();
      }
    }
    SYNC();
    Value meth, self;
    if (!load_method(ts, o, names[arg], &meth, &self)) goto error;
    attr_cache_fill(ts, c, o, names[arg]);
    TOP() = meth;
    PUSH(self);
    DISPATCH();
  }
  TARGET(STORE_ATTR) {
    // [v, o] -> []
    Value o = TOP();
    Code::AttrCache& c = co->attr_cache[arg];
    if (attr_cache_valid(c, o) && (c.flags & kAttrStoreInst)) {
      if (DictEntry* de = dict_hinted_entry(static_cast<Instance*>(o.obj())->dict, names[arg], c.iix)) {
        de->value = SECOND();
        sp -= 2;
        DISPATCH();
      }
    }
    SYNC();
    if (!setattr(ts, o, names[arg], SECOND())) goto error;
    attr_cache_fill(ts, c, o, names[arg]);
    sp -= 2;
    DISPATCH();
  }
  TARGET(DELETE_ATTR) {
    SYNC();
    if (!delattr(ts, TOP(), names[arg])) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(BINARY_SUBSCR) {
    Value o = SECOND(), k = TOP();
    if (o.is_obj() && o.obj()->type == eng.t.list && k.is_small()) {
      auto& items = as<List>(o)->items;
      int64_t i = k.small_value();
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i >= 0 && i < static_cast<int64_t>(items.size())) {
        sp--;
        TOP() = items[static_cast<size_t>(i)];
        DISPATCH();
      }
    }
    SYNC();
    Value v = getitem(ts, o, k);
    if (!v) goto error;
    sp--;
    TOP() = v;
    DISPATCH();
  }
  TARGET(STORE_SUBSCR) {
    // [v, o, k]
    if (Value o = sp[-2], k = sp[-1]; o.is_obj() && o.obj()->type == eng.t.list && k.is_small()) {
      auto& items = as<List>(o)->items;
      int64_t i = k.small_value();
      if (i < 0) i += static_cast<int64_t>(items.size());
      if (i >= 0 && i < static_cast<int64_t>(items.size())) {
        items[static_cast<size_t>(i)] = sp[-3];
        sp -= 3;
        DISPATCH();
      }
    }
    SYNC();
    if (!setitem(ts, sp[-2], sp[-1], sp[-3])) goto error;
    sp -= 3;
    DISPATCH();
  }
  TARGET(DELETE_SUBSCR) {
    SYNC();
    if (!delitem(ts, sp[-2], sp[-1])) goto error;
    sp -= 2;
    DISPATCH();
  }
  TARGET(BUILD_SLICE) {
    Slice* s = eng.alloc<Slice>(eng.t.slice);
    if (arg == 3) { s->step = POP(); } else { s->step = eng.None; }
    s->stop = POP();
    s->start = POP();
    PUSH(Value(s));
    DISPATCH();
  }
  TARGET(BINARY_OP) {
    Value a = SECOND(), b = TOP();
    if (a.is_small() && b.is_small()) {
      int64_t x = a.small_value(), y = b.small_value(), r;
      int op = static_cast<int>(arg) % kInplaceBase;
      bool ok = false;
      switch (static_cast<BinOp>(op)) {
        case BinOp::Add: ok = !__builtin_add_overflow(x, y, &r); break;
        case BinOp::Sub: ok = !__builtin_sub_overflow(x, y, &r); break;
        case BinOp::Mul: ok = mul_fits(x, y, &r); break;
        case BinOp::And: r = x & y; ok = true; break;
        case BinOp::Or: r = x | y; ok = true; break;
        case BinOp::Xor: r = x ^ y; ok = true; break;
        case BinOp::FloorDiv:
          if (y != 0) { r = x / y; if ((x % y != 0) && ((x < 0) != (y < 0))) r--; ok = true; }
          break;
        case BinOp::Mod:
          if (y != 0) { r = x % y; if (r != 0 && ((r < 0) != (y < 0))) r += y; ok = true; }
          break;
        default: break;
      }
      if (ok && Value::fits_small(r)) {
        sp--;
        TOP() = Value::small(r);
        DISPATCH();
      }
    }
    {
      // Float fast path: both operands floats (or a float and a small int).
      Type* ft = eng.t.float_;
      bool af = a.is_obj() && a.obj()->type == ft, bf = b.is_obj() && b.obj()->type == ft;
      if ((af && (bf || b.is_small())) || (bf && a.is_small())) {
        double x = af ? static_cast<FloatObj*>(a.obj())->v : static_cast<double>(a.small_value());
        double y = bf ? static_cast<FloatObj*>(b.obj())->v : static_cast<double>(b.small_value());
        int op = static_cast<int>(arg) % kInplaceBase;
        double r;
        bool ok = true;
        switch (static_cast<BinOp>(op)) {
          case BinOp::Add: r = x + y; break;
          case BinOp::Sub: r = x - y; break;
          case BinOp::Mul: r = x * y; break;
          case BinOp::TrueDiv: ok = y != 0; r = ok ? x / y : 0; break;
          default: ok = false; r = 0; break;
        }
        if (ok) {
          sp--;
          TOP() = new_float(ts, r);
          DISPATCH();
        }
      }
    }
    SYNC();
    Value r = binary_op(ts, a, b, static_cast<int>(arg));
    if (!r) goto error;
    sp--;
    TOP() = r;
    DISPATCH();
  }
  TARGET(UNARY_OP) {
    Value a = TOP();
    UnOp op = static_cast<UnOp>(arg);
    if (op == UnOp::Not) {
      int t;
      if (a == eng.True) t = 1;
      else if (a == eng.False || a == eng.None) t = 0;
      else { SYNC(); t = truth(ts, a); if (t < 0) goto error; }
      TOP() = bool_value(ts, !t);
      DISPATCH();
    }
    if (op == UnOp::Neg && a.is_small() && a.small_value() != Value::kMinSmall) {
      TOP() = Value::small(-a.small_value());
      DISPATCH();
    }
    SYNC();
    Value r = unary_op(ts, a, op);
    if (!r) goto error;
    TOP() = r;
    DISPATCH();
  }
  TARGET(COMPARE_OP) {
    Value a = SECOND(), b = TOP();
    Value r;
    if (a.is_small() && b.is_small()) {
      int64_t x = a.small_value(), y = b.small_value();
      bool c = false;
      switch (static_cast<CmpOp>(arg)) {
        case CmpOp::Lt: c = x < y; break; case CmpOp::Le: c = x <= y; break;
        case CmpOp::Eq: c = x == y; break; case CmpOp::Ne: c = x != y; break;
        case CmpOp::Gt: c = x > y; break; case CmpOp::Ge: c = x >= y; break;
      }
      r = bool_value(ts, c);
    } else {
      SYNC();
      r = compare(ts, a, b, static_cast<CmpOp>(arg));
      if (!r) goto error;
    }
    sp--;
    TOP() = r;
    DISPATCH();
  }
  TARGET(IS_OP) {
    bool r = SECOND() == TOP();
    sp--;
    TOP() = bool_value(ts, arg ? !r : r);
    DISPATCH();
  }
  TARGET(CONTAINS_OP) {
    SYNC();
    int r = contains(ts, TOP(), SECOND());
    if (r < 0) {
      if (error_matches(ts, eng.exc[E_TypeError]) && !type_of(ts, TOP())->slots.contains &&
          !type_of(ts, TOP())->slots.iter && !type_of(ts, TOP())->slots.getitem) {
        take_error(ts);
        raise(ts, eng.exc[E_TypeError], "argument of type '" + type_name(ts, TOP()) + "' is not iterable");
      }
      goto error;
    }
    sp--;
    TOP() = bool_value(ts, arg ? !r : r);
    DISPATCH();
  }
  TARGET(JUMP_FORWARD) { ip = static_cast<int32_t>(arg); DISPATCH(); }
  TARGET(JUMP_BACKWARD) {
    ip = static_cast<int32_t>(arg);
    CHECK_EVAL_BREAKER();
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_FALSE) {
    Value v = POP();
    if (v == eng.False || v == eng.None) { ip = static_cast<int32_t>(arg); DISPATCH(); }
    if (v == eng.True) DISPATCH();
    if (v.is_small()) { if (v.small_value() == 0) ip = static_cast<int32_t>(arg); DISPATCH(); }
    sp++;
    SYNC();
    int t = truth(ts, v);
    if (t < 0) goto error;
    sp--;
    if (!t) ip = static_cast<int32_t>(arg);
    DISPATCH();
  }
  TARGET(POP_JUMP_IF_TRUE) {
    Value v = POP();
    if (v == eng.True) { ip = static_cast<int32_t>(arg); DISPATCH(); }
    if (v == eng.False || v == eng.None) DISPATCH();
    if (v.is_small()) { if (v.small_value() != 0) ip = static_cast<int32_t>(arg); DISPATCH(); }
    sp++;
    SYNC();
    int t = truth(ts, v);
    if (t < 0) goto error;
    sp--;
    if (t) ip = static_cast<int32_t>(arg);
    DISPATCH();
  }
  TARGET(JUMP_IF_FALSE_OR_POP) {
    SYNC();
    int t = truth(ts, TOP());
    if (t < 0) goto error;
    if (!t) ip = static_cast<int32_t>(arg);
    else sp--;
    DISPATCH();
  }
  TARGET(JUMP_IF_TRUE_OR_POP) {
    SYNC();
    int t = truth(ts, TOP());
    if (t < 0) goto error;
    if (t) ip = static_cast<int32_t>(arg);
    else sp--;
    DISPATCH();
  }
  TARGET(GET_ITER) {
    SYNC();
    Value it = get_iter(ts, TOP());
    if (!it) goto error;
    TOP() = it;
    DISPATCH();
  }
  TARGET(FOR_ITER) {
    Value it = TOP();
    SYNC();
    Value v = iter_next(ts, it);
    if (!v) {
      if (ts.has_error()) goto error;
      sp--;
      ip = static_cast<int32_t>(arg);
      DISPATCH();
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(BUILD_TUPLE) {
    std::vector<Value> items(sp - arg, sp);
    sp -= arg;
    PUSH(Value(new_tuple(ts, std::move(items))));
    NEXT();
  }
  TARGET(BUILD_LIST) {
    std::vector<Value> items(sp - arg, sp);
    sp -= arg;
    PUSH(Value(new_list(ts, std::move(items))));
    NEXT();
  }
  TARGET(BUILD_SET) {
    SYNC();
    Value s = new_set(ts);
    {
      Root r(ts, s);   // hashing may run Python code (and the collector)
      for (uint32_t i = 0; i < arg; i++) {
        if (!set_add(ts, s, sp[-static_cast<int>(arg) + static_cast<int>(i)])) goto error;
      }
    }
    sp -= arg;
    PUSH(s);
    NEXT();
  }
  TARGET(BUILD_MAP) {
    SYNC();
    Dict* d = new_dict(ts);
    Value* base = sp - 2 * arg;
    // Keep the dict rooted while keys hash (which may run Python code).
    Root r(ts, Value(d));
    for (uint32_t i = 0; i < arg; i++)
      if (!d->set(ts, base[2 * i], base[2 * i + 1])) goto error;
    sp = base;
    PUSH(Value(d));
    NEXT();
  }
  TARGET(BUILD_STRING) {
    std::string s;
    for (Value* p = sp - arg; p < sp; p++) s += as_str(*p)->s;
    sp -= arg;
    PUSH(new_str(ts, std::move(s)));
    NEXT();
  }
  TARGET(LIST_APPEND) {
    Value v = POP();
    as<List>(sp[-static_cast<int>(arg)])->items.push_back(v);
    DISPATCH();
  }
  TARGET(SET_ADD) {
    SYNC();
    if (!set_add(ts, sp[-1 - static_cast<int>(arg)], TOP())) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(MAP_ADD) {
    SYNC();
    Dict* d = as<Dict>(sp[-2 - static_cast<int>(arg)]);
    if (!d->set(ts, SECOND(), TOP())) goto error;
    sp -= 2;
    DISPATCH();
  }
  TARGET(LIST_EXTEND) {
    SYNC();
    int depth = static_cast<int>(arg & 0xFF);
    if (Value src = TOP(); src.is_obj() && (src.obj()->type == eng.t.tuple || src.obj()->type == eng.t.list) &&
                           src.obj() != sp[-1 - depth].obj()) {
      // A tuple or list (the usual f(*args)): its items go straight in.
      const std::vector<Value>& from = src.obj()->type == eng.t.tuple ? as<Tuple>(src)->items : as<List>(src)->items;
      std::vector<Value>& to = as<List>(sp[-1 - depth])->items;
      to.insert(to.end(), from.begin(), from.end());
      sp--;
      DISPATCH();
    }
    std::vector<Value> items;
    if (!collect_iterable(ts, TOP(), items)) {
      if (error_matches(ts, eng.exc[E_TypeError]) && !type_of(ts, TOP())->slots.iter &&
          !type_of(ts, TOP())->slots.getitem) {
        take_error(ts);
        if (arg & kCallContext)
          raise(ts, eng.exc[E_TypeError], function_str(ts, sp[-3]) + " argument after * must be an iterable, not " +
                                              type_name(ts, TOP()));
        else
          raise(ts, eng.exc[E_TypeError], "Value after * must be an iterable, not " + type_name(ts, TOP()));
      }
      goto error;
    }
    List* l = as<List>(sp[-1 - depth]);
    l->items.insert(l->items.end(), items.begin(), items.end());
    sp--;
    NEXT();
  }
  TARGET(SET_UPDATE) {
    SYNC();
    {
      std::vector<Value> items;
      if (!collect_iterable(ts, TOP(), items)) goto error;
      Root keep(ts, Value(new_list(ts, items)));
      for (Value v : items) if (!set_add(ts, sp[-1 - static_cast<int>(arg)], v)) goto error;
    }
    sp--;
    NEXT();
  }
  TARGET(DICT_UPDATE) {
    SYNC();
    Value src = TOP();
    if (!dict_update_from(ts, as<Dict>(sp[-1 - static_cast<int>(arg)]), src)) {
      if (error_matches(ts, eng.exc[E_AttributeError]) || error_matches(ts, eng.exc[E_TypeError])) {
        take_error(ts);
        raise(ts, eng.exc[E_TypeError], "'" + type_name(ts, src) + "' object is not a mapping");
      }
      goto error;
    }
    sp--;
    DISPATCH();
  }
  TARGET(DICT_MERGE) {
    SYNC();
    Value src = TOP();
    Dict* d = as<Dict>(sp[-1 - static_cast<int>(arg & 0xFF)]);
    // [.., NULL, f, args, kwargs, src]: errors name the callee, like CPython's.
    std::string callee = (arg & kCallContext) ? function_str(ts, sp[-4]) + " " : std::string();
    if (!src.is_obj() || src.obj()->type->layout != Layout::Dict) {
      Dict* tmp = new_dict(ts);
      Root r(ts, Value(tmp));
      if (!dict_update_from(ts, tmp, src)) {
        take_error(ts);
        raise(ts, eng.exc[E_TypeError], callee + "argument after ** must be a mapping, not " + type_name(ts, src));
        goto error;
      }
      src = Value(tmp);
      TOP() = src;
    }
    for (auto& en : as<Dict>(src)->entries) {
      if (!en.key) continue;
      Value existing;
      if (!d->get(ts, en.key, &existing)) goto error;
      if (existing) {
        std::string k;
        str_text(ts, en.key, k);
        raise(ts, eng.exc[E_TypeError], callee + "got multiple values for keyword argument '" + k + "'");
        goto error;
      }
      if (!d->set_hashed(ts, en.key, en.hash, en.value)) goto error;
    }
    sp--;
    NEXT();
  }
  TARGET(LIST_TO_TUPLE) {
    // The list is the compiler's temporary (a call's *args, a starred display): its items move.
    TOP() = Value(new_tuple(ts, std::move(as<List>(TOP())->items)));
    DISPATCH();
  }
  TARGET(FORMAT_VALUE) {
    SYNC();
    Value spec = (arg & 4) ? TOP() : Value();
    Value v = (arg & 4) ? SECOND() : TOP();
    int conv = arg & 3;
    if (conv == 1) v = to_str(ts, v);
    else if (conv == 2) v = repr(ts, v);
    else if (conv == 3) v = ascii_repr(ts, v);
    if (!v) goto error;
    Root r(ts, v);
    Value s;
    if (!spec && is_type(ts, v, eng.t.str)) s = v;
    else if (!spec && v.is_small()) s = new_str(ts, std::to_string(v.small_value()));
    else s = format_value(ts, v, spec ? spec : Value(eng.names[N_empty]));
    if (!s) goto error;
    if (arg & 4) sp--;
    TOP() = s;
    NEXT();
  }
  TARGET(UNPACK_SEQUENCE) {
    Value seq = TOP();
    if (seq.is_obj() && seq.obj()->type == eng.t.tuple && as<Tuple>(seq)->items.size() == arg) {
      auto& items = as<Tuple>(seq)->items;
      sp--;
      for (size_t i = arg; i-- > 0;) PUSH(items[i]);
      NEXT();
    }
    SYNC();
    std::vector<Value> out(arg + 1);
    int n;
    if (!unpack(ts, seq, static_cast<int>(arg), 0, false, out.data(), &n)) goto error;
    sp--;
    for (int i = n; i-- > 0;) PUSH(out[static_cast<size_t>(i)]);
    NEXT();
  }
  TARGET(UNPACK_EX) {
    SYNC();
    int before = static_cast<int>(arg & 0xFF), after = static_cast<int>(arg >> 8);
    std::vector<Value> out(static_cast<size_t>(before + after + 1));
    int n;
    if (!unpack(ts, TOP(), before, after, true, out.data(), &n)) goto error;
    sp--;
    for (int i = n; i-- > 0;) PUSH(out[static_cast<size_t>(i)]);
    NEXT();
  }
  TARGET(KW_NAMES) {
    kwnames = as<Tuple>(consts[arg]);
    DISPATCH();
  }
  TARGET(CALL) {
    Value* base;
    Value callable;
    Value* args;
    int nargs;
    if (arg == kCallDecorator) {
      base = sp - 2;
      callable = base[0];
      args = sp - 1;
      nargs = 1;
    } else {
      base = sp - static_cast<int>(arg) - 2;
      if (base[0]) {
        callable = base[0];
        args = base + 1;
        nargs = static_cast<int>(arg) + 1;
      } else {
        callable = base[1];
        args = base + 2;
        nargs = static_cast<int>(arg);
        if (callable.is_obj() && callable.obj()->type == eng.t.method) {
          // Unpack a bound method in place: [NULL, m] -> [func, self].
          BoundMethod* m = as<BoundMethod>(callable);
          base[0] = m->func;
          base[1] = m->self;
          callable = base[0];
          args = base + 1;
          nargs++;
        }
      }
    }
    Tuple* kw = kwnames;
    kwnames = nullptr;
    int npos = nargs - (kw ? static_cast<int>(kw->items.size()) : 0);
    SYNC();
    if (callable.is_obj() && callable.obj()->type == eng.t.function) {
      Function* fn = as<Function>(callable);
      if (!(fn->code->flags & kCoGenerator)) {
        if (ts.depth >= eng.recursion_limit) {
          raise(ts, eng.exc[E_RecursionError], "maximum recursion depth exceeded");
          goto error;
        }
        Code* fc = fn->code;
        Frame* nf = NEW_PY_FRAME(fn);
        if (fc->simple_args && !kw && npos == fc->argcount) {
          for (int i = 0; i < npos; i++) nf->localsplus[i] = args[i];
        } else if (!bind_arguments(ts, fn, nf, args, npos, kw)) {
          ts.pop_frame(nf);
          goto error;
        }
        sp = base;
        ENTER_PY_FRAME(nf, fn);
      }
    }
    Value r = call(ts, callable, args, npos, kw);
    if (!r) goto error;
    Value* args_end = sp;
    sp = base;
    PUSH(r);
    if (args_end > sp) DROPPED(sp, args_end);   // the call's arguments (the result is in base[0])
    CHECK_EVAL_BREAKER();
    DISPATCH();
  }
  TARGET(CALL_FUNCTION_EX) {
    Value kwargs = arg & 1 ? POP() : Value();
    sp++;  // keep kwargs rooted during the call
    if (!(arg & 1)) sp--;
    Value* base = sp - (arg & 1 ? 4 : 3);
    Value callable = base[1];
    Tuple* args = as<Tuple>(base[2]);
    SYNC();
    Value r = call_with_tuple(ts, callable, args, kwargs ? as<Dict>(kwargs) : nullptr);
    if (!r) goto error;
    sp = base;
    PUSH(r);
    CHECK_EVAL_BREAKER();
    DISPATCH();
  }
  TARGET(MAKE_FUNCTION) {
    Code* c = as<Code>(POP());
    Function* fn = eng.alloc<Function>(eng.t.function);
    fn->code = c;
    fn->globals = f->globals;
    fn->builtins = f->builtins;
    fn->name = c->name;
    fn->qualname = c->qualname;
    fn->module = f->globals->get_str(eng.names[N_name]);
    if ((c->flags & kCoNewLocals) && !c->consts.empty() && is_str(ts, c->consts[0])) fn->doc = c->consts[0];
    if (arg & 8) fn->closure = as<Tuple>(POP());
    if (arg & 4) {
      Value ann = POP();
      fn->dict = new_dict(ts);
      fn->dict->set_str(eng.names[N_annotations], ann);
    }
    if (arg & 2) fn->kwdefaults = as<Dict>(POP());
    if (arg & 1) fn->defaults = as<Tuple>(POP());
    PUSH(Value(fn));
    DISPATCH();
  }
  TARGET(RETURN_VALUE) {
    result = POP();
    if (f == entry) goto exit_frame;
    Frame* caller = f->prev;
    Value* locals = f->localsplus;   // the frame's locals and stack go with it
    Value* locals_end = sp;
    bool dropped = eng.cleanup_gens != 0 && holds_cleanup_gen(eng, locals, locals_end);
    ts.pop_frame(f);
    ts.depth--;
    ts.frame = caller;
    f = caller;
    LOAD_FRAME();
    PUSH(result);
    if (dropped) COLLECT_ABANDONED();   // the result is on the caller's stack
    DISPATCH();
  }
  TARGET(YIELD_VALUE) {
    result = POP();
    f->sp = sp;
    f->lasti = ip - 1;
    ts.yielded = true;
    ts.frame = f->prev;
    ts.depth--;
    ts.native_depth--;
    return result;
  }
  TARGET(GET_YIELD_FROM_ITER) {
    Value o = TOP();
    if (!(o.is_obj() && o.obj()->type == eng.t.generator)) {
      SYNC();
      Value it = get_iter(ts, o);
      if (!it) goto error;
      TOP() = it;
    }
    DISPATCH();
  }
  TARGET(YIELD_FROM) {
    Value v = TOP();
    Value it = SECOND();
    SYNC();
    Value r, ret;
    if (it.is_obj() && it.obj()->type == eng.t.generator) {
      r = gen_resume(ts, as<Generator>(it), v, Value(), &ret);
    } else if (v == eng.None) {
      r = iter_next(ts, it);
      if (!r && !ts.has_error()) ret = eng.None;
    } else {
      Value sendv = v;
      r = call_method(ts, it, eng.names[N_send], &sendv, 1);
      if (!r && error_matches(ts, eng.exc[E_StopIteration])) {
        Value e = take_error(ts);
        auto& a = as<ExceptionObj>(e)->args->items;
        ret = a.empty() ? eng.None : a[0];
      }
    }
    if (r) {
      // Delegate's value goes out; resume re-runs YIELD_FROM with the sent value.
      sp--;
      f->sp = sp;
      f->lasti = ip - 2;
      ts.yielded = true;
      ts.frame = f->prev;
      ts.depth--;
      ts.native_depth--;
      return r;
    }
    if (ts.has_error()) goto error;
    sp--;
    TOP() = ret ? ret : eng.None;
    DISPATCH();
  }
  TARGET(RETURN_GENERATOR) { DISPATCH(); }
  TARGET(IMPORT_NAME) {
    SYNC();
    Value fromlist = TOP();
    Value level = SECOND();
    (void)level;
    Value m = import_module(ts, names[arg], fromlist != eng.None);
    if (!m) goto error;
    sp--;
    TOP() = m;
    DISPATCH();
  }
  TARGET(IMPORT_FROM) {
    SYNC();
    Value m = TOP();
    Value v = getattr_opt(ts, m, names[arg]);
    if (!v) {
      if (ts.has_error()) goto error;
      // A submodule not yet imported (concurrent.futures).
      Value mname = getattr_opt(ts, m, eng.names[N_name]);
      take_error(ts);
      if (mname && is_str(ts, mname)) {
        Value sub = import_module(ts, eng.intern(as_str(mname)->s + "." + names[arg]->s), true);
        if (sub) { PUSH(sub); DISPATCH(); }
        take_error(ts);
      }
      std::string mn = mname && is_str(ts, mname) ? as_str(mname)->s : "?";
      raise_import_error(ts, eng.exc[E_ImportError], "cannot import name '" + names[arg]->s + "' from '" + mn + "' (unknown location)", mn);
      goto error;
    }
    PUSH(v);
    DISPATCH();
  }
  TARGET(IMPORT_STAR) {
    SYNC();
    Value m = POP();
    Dict* target = f->locals_dict ? f->locals_dict : f->globals;
    if (m.is_obj() && m.obj()->type->layout == Layout::Module) {
      Dict* src = as<Module>(m)->dict;
      Value all = src->get_str(eng.names[N_all]);
      if (all) {
        std::vector<Value> ns;
        if (!collect_iterable(ts, all, ns)) goto error;
        for (Value n : ns) {
          Str* nm = eng.intern(as_str(n)->s);
          Value v = src->get_str(nm);
          if (v) target->set_str(nm, v);
        }
      } else {
        for (auto& en : src->entries)
          if (en.key && is_str(ts, en.key) && as_str(en.key)->s[0] != '_') target->set_str(as_str(en.key), en.value);
      }
    }
    DISPATCH();
  }
  TARGET(SETUP_FINALLY) {
    if (f->nblocks >= kMaxBlocks) { SYNC(); raise(ts, eng.exc[E_SystemError], "too many statically nested blocks"); goto error; }
    f->blocks[f->nblocks++] = {arg, static_cast<int32_t>(sp - f->stack_base())};
    DISPATCH();
  }
  TARGET(SETUP_CLEANUP) {
    if (f->nblocks >= kMaxBlocks) { SYNC(); raise(ts, eng.exc[E_SystemError], "too many statically nested blocks"); goto error; }
    f->blocks[f->nblocks++] = {arg, static_cast<int32_t>(sp - f->stack_base() - 1)};
    DISPATCH();
  }
  TARGET(POP_BLOCK) { f->nblocks--; DISPATCH(); }
  TARGET(PUSH_EXC_INFO) {
    Value exc = TOP();
    TOP() = ts.handled ? ts.handled : eng.None;
    PUSH(exc);
    ts.handled = exc;
    DISPATCH();
  }
  TARGET(POP_EXCEPT) {
    Value prev = POP();
    ts.handled = prev == eng.None ? Value() : prev;
    DISPATCH();
  }
  TARGET(POP_EXCEPT_AND_RERAISE) {
    Value exc = POP();
    Value prev = POP();
    ts.handled = prev == eng.None ? Value() : prev;
    ts.exc = exc;
    SYNC();
    goto exception_unwind;
  }
  TARGET(CHECK_EXC_MATCH) {
    SYNC();
    bool m;
    if (!exc_match(ts, SECOND(), TOP(), &m)) goto error;
    TOP() = bool_value(ts, m);
    DISPATCH();
  }
  TARGET(RERAISE) {
    ts.exc = POP();
    SYNC();
    goto exception_unwind;
  }
  TARGET(RAISE_VARARGS) {
    SYNC();
    if (arg == 0) {
      if (!ts.handled) {
        raise(ts, eng.exc[E_RuntimeError], "No active exception to reraise");
        goto error;
      }
      ts.exc = ts.handled;
      goto exception_unwind;
    }
    if (arg == 3) {
      Value inst = call1(ts, SECOND(), TOP());
      if (!inst) goto error;
      raise_exc(ts, inst);
      goto error;
    }
    Value cause;
    if (arg == 2) {
      Value c = TOP();
      if (c == eng.None) {
        cause = eng.None;
      } else {
        cause = make_raisable(ts, c);
        if (!cause) {
          if (error_matches(ts, eng.exc[E_TypeError])) {
            take_error(ts);
            raise(ts, eng.exc[E_TypeError], "exception causes must derive from BaseException");
          }
          goto error;
        }
      }
      sp--;
    }
    Value exc = make_raisable(ts, TOP());
    if (!exc) goto error;
    if (arg == 2) {
      ExceptionObj* x = as<ExceptionObj>(exc);
      x->cause = cause == eng.None ? Value() : cause;
      x->suppress_context = true;
    }
    raise_exc(ts, exc);
    goto error;
  }
  TARGET(BEFORE_WITH) {
    SYNC();
    Value ctx = TOP();
    Type* t = type_of(ts, ctx);
    Value enter = type_lookup(t, eng.names[N_enter]);
    Value exitf = type_lookup(t, eng.names[N_exit]);
    if (!enter || !exitf) {
      raise(ts, eng.exc[E_TypeError], "'" + t->name + "' object does not support the context manager protocol");
      goto error;
    }
    Value bound = new_bound_method(ts, exitf, ctx);
    if (enter.is_obj() && enter.obj()->type == eng.t.function && ts.depth < eng.recursion_limit) {
      Function* fn = as<Function>(enter);
      Code* fc = fn->code;
      if (fc->simple_args && fc->argcount == 1) {
        // A Python __enter__(self) runs in this loop: [ctx] -> [exit], and its result follows.
        Frame* nf = NEW_PY_FRAME(fn);
        nf->localsplus[0] = ctx;
        TOP() = bound;
        ENTER_PY_FRAME(nf, fn);
      }
    }
    PUSH(bound);  // rooted: [ctx, bound]
    f->sp = sp;   // the collector must see it while __enter__ runs
    Value res = call1(ts, enter, ctx);
    if (!res) goto error;
    sp[-2] = bound;
    sp[-1] = res;
    DISPATCH();
  }
  TARGET(WITH_EXIT_NORMAL) {
    SYNC();
    Value none = eng.None;
    Value args[3] = {none, none, none};
    Value r = call(ts, TOP(), args, 3);
    if (!r) goto error;
    sp--;
    DISPATCH();
  }
  TARGET(WITH_EXCEPT_START) {
    // [exit, prev, exc] -> [exit, prev, exc, res]
    SYNC();
    Value exc = TOP();
    Value args[3] = {Value(type_of(ts, exc)), exc, eng.None};
    Value r = call(ts, sp[-3], args, 3);
    if (!r) goto error;
    PUSH(r);
    DISPATCH();
  }
  TARGET(LOAD_BUILD_CLASS) {
    Value v = f->builtins->get_str(eng.intern("__build_class__"));
    if (!v) { SYNC(); raise(ts, eng.exc[E_NameError], "__build_class__ not found"); goto error; }
    PUSH(v);
    DISPATCH();
  }
  TARGET(LOAD_ASSERTION_ERROR) { PUSH(Value(eng.exc[E_AssertionError])); DISPATCH(); }
  TARGET(SETUP_ANNOTATIONS) {
    Dict* d = f->locals_dict ? f->locals_dict : f->globals;
    Str* an = eng.intern("__annotations__");
    if (!d->get_str(an)) d->set_str(an, Value(new_dict(ts)));
    DISPATCH();
  }

#ifndef IL_COMPUTED_GOTO
      default:
        SYNC();
        raise(ts, eng.exc[E_SystemError], "unknown opcode");
        goto error;
    }
  }
#endif

next_instr:
  DISPATCH();

error:
  // ip is past the failing instruction.
  f->lasti = ip - 1;
error_tb_at_lasti:
  traceback_add(ts, f);
exception_unwind:
  if (ts.exc.obj()->type != eng.stop_type) {
    while (f->nblocks > 0) {
      Block b = f->blocks[--f->nblocks];
      Value* cut = sp;
      sp = f->stack_base() + b.level;
      bool dropped = eng.cleanup_gens != 0 && cut > sp && holds_cleanup_gen(eng, sp, cut);   // what the handler's level cuts off
      Value exc = ts.exc;
      ts.exc = Value();
      PUSH(exc);
      ip = static_cast<int32_t>(b.handler);
      kwnames = nullptr;
      if (dropped) COLLECT_ABANDONED();
      DISPATCH();
    }
  }
  // A frame the exception leaves drops its locals; CPython's traceback keeps the frame (and
  // so a generator in it) alive while the exception is handled: collect at the next check.
  if (eng.cleanup_gens != 0 && holds_cleanup_gen(eng, f->localsplus, std::max(sp, f->stack_base())))
    breaker.fetch_or(kGcRequest, std::memory_order_relaxed);
  f->sp = f->stack_base();
  if (f == entry) {
    result = Value();
    goto exit_frame;
  }
  {
    Frame* caller = f->prev;
    ts.pop_frame(f);
    ts.depth--;
    ts.frame = caller;
    f = caller;
    LOAD_FRAME();
    goto error_tb_at_lasti;
  }

exit_frame:
  ts.frame = f->prev;
  ts.depth--;
  ts.native_depth--;
  if (!f->gen) {
    bool dropped = eng.cleanup_gens != 0 && result && holds_cleanup_gen(eng, f->localsplus, sp);
    ts.pop_frame(f);
    if (dropped) {
      Root keep(ts, result);
      collect_abandoned(ts);
      if (ts.exc) result = Value();   // stopped while closing one
    }
  } else {
    f->sp = sp;
  }
  return result;
#undef LOAD_FRAME
#undef SYNC
#undef PUSH
#undef POP
#undef TOP
#undef SECOND
#undef CHECK_EVAL_BREAKER
#undef NEW_PY_FRAME
#undef ENTER_PY_FRAME
#undef DROPPED
#undef COLLECT_ABANDONED
#undef TARGET
#undef DISPATCH
#undef NEXT
}

}  // namespace il
