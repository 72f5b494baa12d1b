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
  t.mark(handled);
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

void gen_set_cleanup(Engine& e, Generator* g, bool on) {
  if (g->cleanup == on) return;
  g->cleanup = on;
  e.cleanup_gens += on ? 1 : -1;
}

bool holds_cleanup_gen(const Engine& e, const Value* begin, const Value* end) {
  if (e.cleanup_gens == 0) return false;
  for (const Value* p = begin; p < end; p++)
    if (p->is_obj() && p->obj()->type == e.t.generator && static_cast<Generator*>(p->obj())->cleanup) return true;
  return false;
}

bool del_may_drop_cleanup_gen(const Engine& e, Value v) {
  if (e.cleanup_gens == 0 || !v.is_obj()) return false;
  switch (v.obj()->type->layout) {
    case Layout::Int: case Layout::Bool: case Layout::Float: case Layout::Str: case Layout::Bytes:
    case Layout::None: case Layout::Range: case Layout::Code: case Layout::Type: case Layout::Module:
      return false;
    case Layout::Generator:
      return static_cast<Generator*>(v.obj())->cleanup;
    default:
      return true;   // a container or an instance may hold one
  }
}

void collect_abandoned(ThreadState& ts) {
  if (!ts.eng.drop_collection_due()) return;   // a later collection closes it
  ts.eng.collect(ts);
  close_abandoned_generators(ts);
}

void close_abandoned_generators(ThreadState& ts) {
  Engine& e = ts.eng;
  while (!e.to_close.empty() && !e.stop_requested.load()) {
    Value v = e.to_close.front();
    e.to_close.erase(e.to_close.begin());
    Root keep(ts, v);
    Generator* g = as<Generator>(v);
    g->finalized = true;
    Value saved = take_error(ts);
    Root keep_saved(ts, saved);
    Value close = getattr(ts, v, e.names[N_close]);
    Value r = close ? call0(ts, close) : close;
    if (!r) {
      Value err = take_error(ts);
      if (err.obj()->type == e.stop_type) {
        ts.exc = err;   // stopping: the thread unwinds as soon as its loop sees the error
        return;
      }
      Root keep_err(ts, err);
      // As PyErr_WriteUnraisable: an exception without a traceback gets the current frame's.
      if (as<ExceptionObj>(err)->tb.empty() && ts.frame) {
        ts.exc = err;
        traceback_add(ts, ts.frame);
        ts.exc = Value();
      }
      std::string where;
      if (!repr_text(ts, v, where)) { take_error(ts); where = "<generator>"; }
      std::string text = "Exception ignored in: " + where + "\n" + format_exception(ts, err);
      if (!e.err->write(ts, text) || !e.err->flush(ts)) take_error(ts);
    }
    ts.exc = saved;
  }
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
  if (g->started && !exc && !g->skip_push) *f->sp++ = v;
  g->skip_push = false;
  g->started = true;
  g->running = true;
  f->prev = ts.frame;
  f->is_entry = true;
  ts.frame = f;
  ts.depth++;
  ts.yielded = false;
  // The exception being handled is the generator's own while it runs (gi_exc_state), the
  // caller's again when it yields or ends (rooted meanwhile by the caller's PUSH_EXC_INFO).
  Value caller_handled = ts.handled;
  if (g->handled) ts.handled = g->handled;
  Value r;
  if (exc) {
    ts.exc = exc;
    r = eval_frame(ts, f, true);
  } else {
    r = eval_frame(ts, f, false);
  }
  g->running = false;
  g->handled = ts.yielded && ts.handled != caller_handled ? ts.handled : Value();
  ts.handled = caller_handled;
  if (ts.yielded) {
    ts.yielded = false;
    gen_set_cleanup(e, g, f->nblocks > 0);
    return r;
  }
  gen_set_cleanup(e, g, false);
  // Its locals and stack go with its frame.
  bool dropped = holds_cleanup_gen(e, f->localsplus, f->sp ? f->sp : f->stack_base());
  finish(g);
  if (dropped) {
    Root keep(ts, r);
    Value err = take_error(ts);
    Root keep_err(ts, err);
    collect_abandoned(ts);
    if (!ts.exc) ts.exc = err;
  }
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

// The iterator [g] delegates to while suspended in `yield from`, or null.
static Value delegate_of(Generator* g) {
  Frame* f = g->frame;
  if (!f || !g->started || f->lasti < 0) return Value();
  size_t next = static_cast<size_t>(f->lasti) + 1;
  if (next < f->code->code.size() && decode_op(f->code->code[next]) == Op::YIELD_FROM) return f->sp[-1];
  return Value();
}

// Finishes [g]'s pending `yield from` with [ret] as its value, without resuming it.
static void complete_yield_from(Generator* g, Value ret) {
  Frame* f = g->frame;
  f->sp[-1] = ret;
  f->lasti += 1;           // resume after YIELD_FROM
  g->skip_push = true;
}

static Value call_close(ThreadState& ts, Value sub) {
  if (sub.is_obj() && sub.obj()->type == ts.eng.t.generator) {
    Value m = getattr(ts, sub, ts.eng.names[N_close]);
    if (!m) return m;
    Root r(ts, m);
    return call0(ts, m);
  }
  Value m = getattr_opt(ts, sub, ts.eng.names[N_close]);
  if (!m) return ts.has_error() ? Value() : ts.eng.None;
  Root r(ts, m);
  return call0(ts, m);
}

// throw() into [g], delegating to a `yield from` iterator first (PEP 380).
static Value gen_throw_into(ThreadState& ts, Generator* g, Value exc, Value* ret) {
  Engine& e = ts.eng;
  *ret = Value();
  Value sub = delegate_of(g);
  if (sub && !g->running) {
    Root rs(ts, sub);
    if (exc.obj()->type->is_subtype(e.exc[E_GeneratorExit])) {
      g->running = true;
      Value c = call_close(ts, sub);
      g->running = false;
      if (!c) {
        Value err = take_error(ts);
        return gen_resume(ts, g, e.None, err, ret);
      }
    } else {
      Value r;
      Value subret;
      g->running = true;
      if (sub.obj()->type == e.t.generator) {
        r = gen_throw_into(ts, as<Generator>(sub), exc, &subret);
      } else {
        Value m = getattr_opt(ts, sub, e.names[N_throw_]);
        if (!m && !ts.has_error()) {
          g->running = false;
          return gen_resume(ts, g, e.None, exc, ret);
        }
        if (m) {
          Root rm(ts, m);
          r = call1(ts, m, exc);
          if (!r && error_matches(ts, e.exc[E_StopIteration])) {
            Value si = take_error(ts);
            auto& a = as<ExceptionObj>(si)->args->items;
            subret = a.empty() ? e.None : a[0];
          }
        }
      }
      g->running = false;
      if (r) return r;
      if (!ts.has_error()) {
        complete_yield_from(g, subret ? subret : e.None);
        return gen_resume(ts, g, e.None, Value(), ret);
      }
      Value err = take_error(ts);
      return gen_resume(ts, g, e.None, err, ret);
    }
  }
  return gen_resume(ts, g, e.None, exc, ret);
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
  Value v = gen_throw_into(ts, g, exc, &ret);
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
  Value v = gen_throw_into(ts, g, exc, &ret);
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
