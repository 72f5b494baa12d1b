// generator.cpp: generator objects: resumption through the eval loop, send/throw/close,
// PEP 479 (a StopIteration escaping a generator becomes RuntimeError).
#include "objects/generator.h"

#include <cstdio>

#include "vm/api.h"
#include "vm/call.h"
#include "vm/init.h"

namespace il {

void Generator::trace(Tracer& t) {
  t.mark(name);
  t.mark(qualname);
  if (!frame) return;
  t.mark(frame->code);
  t.mark(frame->func);
  t.mark(frame->globals);
  t.mark(frame->builtins);
  Value* end = frame->sp ? frame->sp : frame->stack_base();
  for (Value* p = frame->localsplus; p < end; p++) t.mark(*p);
}

static void finish(Generator* g) {
  delete g->frame;
  g->frame = nullptr;
  g->storage.reset();
}

Value gen_resume(ThreadState& ts, Generator* g, Value v, Value exc, Value* ret) {
  Engine& e = ts.eng;
  *ret = Value();
  if (g->running) return raise(ts, e.exc[E_ValueError], "generator already executing");
  if (!g->frame) {
    if (exc) return raise_exc(ts, exc);
    *ret = e.None;
    return Value();
  }
  if (!g->started && v != e.None && !exc)
    return raise(ts, e.exc[E_TypeError], "can't send non-None value to a just-started generator");
  Frame* f = g->frame;
  if (g->started && !exc) *f->sp++ = v;
  g->started = true;
  g->running = true;
  f->prev = ts.frame;
  f->is_entry = true;
  ts.frame = f;
  ts.depth++;
  ts.yielded = false;
  Value r;
  if (exc) {
    ts.exc = exc;
    r = eval_frame(ts, f, true);
  } else {
    r = eval_frame(ts, f, false);
  }
  g->running = false;
  if (ts.yielded) {
    ts.yielded = false;
    return r;
  }
  finish(g);
  if (!r) {
    if (error_matches(ts, e.exc[E_StopIteration])) {
      Value cause = take_error(ts);
      Root root(ts, cause);
      raise(ts, e.exc[E_RuntimeError], "generator raised StopIteration");
      as<ExceptionObj>(ts.exc)->cause = cause;
      as<ExceptionObj>(ts.exc)->suppress_context = true;
    }
    return Value();
  }
  *ret = r;
  return Value();
}

static Value stop_iteration(ThreadState& ts, Value ret) {
  if (ret == ts.eng.None) return raise(ts, ts.eng.exc[E_StopIteration], "");
  Value e = new_exception(ts, ts.eng.exc[E_StopIteration], "");
  Root r(ts, e);
  as<ExceptionObj>(e)->args = new_tuple(ts, {ret});
  return raise_exc(ts, e);
}

static Value gen_next_slot(ThreadState& ts, Value self) {
  Value ret;
  return gen_resume(ts, as<Generator>(self), ts.eng.None, Value(), &ret);
}

static Value gen_send(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "send", nargs - 1, 1, 1)) return Value();
  Value ret;
  Value r = gen_resume(ts, as<Generator>(args[0]), args[1], Value(), &ret);
  if (!r && !ts.has_error()) return stop_iteration(ts, ret);
  return r;
}

static Value gen_next_m(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "__next__", nargs - 1, 0, 0)) return Value();
  Value ret;
  Value r = gen_resume(ts, as<Generator>(args[0]), ts.eng.None, Value(), &ret);
  if (!r && !ts.has_error()) return stop_iteration(ts, ret);
  return r;
}

static Value gen_throw(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "throw", nargs - 1, 1, 3)) return Value();
  Value exc = args[1];
  if (is_exception_type(ts, exc)) {
    exc = nargs > 2 && args[2] != ts.eng.None ? call1(ts, exc, args[2]) : call0(ts, exc);
    if (!exc) return exc;
  } else if (!is_instance(ts, exc, ts.eng.exc[E_BaseException])) {
    return raise(ts, ts.eng.exc[E_TypeError], "exceptions must be classes or instances deriving from BaseException, not " + type_name(ts, exc));
  }
  Root r(ts, exc);
  Generator* g = as<Generator>(args[0]);
  if (!g->started) {
    finish(g);
    return raise_exc(ts, exc);
  }
  Value ret;
  Value v = gen_resume(ts, g, ts.eng.None, exc, &ret);
  if (!v && !ts.has_error()) return stop_iteration(ts, ret);
  return v;
}

static Value gen_close(ThreadState& ts, Value* args, int nargs, Tuple*) {
  if (!check_nargs(ts, "close", nargs - 1, 0, 0)) return Value();
  Generator* g = as<Generator>(args[0]);
  if (!g->frame) return ts.eng.None;
  if (!g->started) { finish(g); return ts.eng.None; }
  Value exc = new_exception(ts, ts.eng.exc[E_GeneratorExit], "");
  Root r(ts, exc);
  Value ret;
  Value v = gen_resume(ts, g, ts.eng.None, exc, &ret);
  if (v) return raise(ts, ts.eng.exc[E_RuntimeError], "generator ignored GeneratorExit");
  if (error_matches(ts, ts.eng.exc[E_GeneratorExit]) || error_matches(ts, ts.eng.exc[E_StopIteration])) take_error(ts);
  if (ts.has_error()) return Value();
  return ts.eng.None;
}

static Value gen_repr(ThreadState& ts, Value self) {
  char buf[48];
  snprintf(buf, sizeof buf, " at %p>", static_cast<void*>(self.obj()));
  return new_str(ts, "<generator object " + as<Generator>(self)->qualname->s + buf);
}

static Value gen_iter(ThreadState&, Value self) { return self; }

static Value gen_getattr(ThreadState& ts, Value self, Str* name) {
  Generator* g = as<Generator>(self);
  if (name == ts.eng.names[N_name]) return Value(g->name);
  if (name == ts.eng.names[N_qualname]) return Value(g->qualname);
  if (name->s == "gi_running") return bool_value(ts, g->running);
  return generic_getattr(ts, self, name);
}

void init_generators(ThreadState& ts) {
  Type* t = ts.eng.t.generator;
  t->slots.iter = gen_iter;
  t->slots.next = gen_next_slot;
  t->slots.repr = gen_repr;
  t->slots.getattr = gen_getattr;
  t->allow_subclass = false;
  add_method(ts, t, "send", gen_send);
  add_method(ts, t, "throw", gen_throw);
  add_method(ts, t, "close", gen_close);
  add_method(ts, t, "__next__", gen_next_m);
}

}  // namespace il
