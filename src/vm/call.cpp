// call.cpp: binding call arguments to parameters with CPython's error messages, frames for
// functions, generators, modules and class bodies. The hot path (a Python call from Python)
// is inlined in ceval.cpp and shares bind_arguments.
#include "vm/call.h"

#include "vm/api.h"

namespace il {

static std::string quoted_list(const std::vector<std::string>& names) {
  std::string out;
  for (size_t i = 0; i < names.size(); i++) {
    if (i) out += names.size() == 2 ? " and " : (i + 1 == names.size() ? ", and " : ", ");
    out += "'" + names[i] + "'";
  }
  return out;
}

bool bind_arguments(ThreadState& ts, Function* f, Frame* fr, Value* args, int nargs, Tuple* kwnames) {
  Code* co = f->code;
  Engine& e = ts.eng;
  Value* L = fr->localsplus;
  int argc = co->argcount;
  int kwonly = co->kwonlyargcount;
  int total = argc + kwonly;
  bool varargs = co->flags & kCoVarargs;
  bool varkw = co->flags & kCoVarkw;
  int nkw = kwnames ? static_cast<int>(kwnames->items.size()) : 0;
  const std::string& fname = f->qualname->s;

  // Fast path: exact positional call.
  if (nkw == 0 && nargs == argc && !varargs && !varkw && kwonly == 0) {
    for (int i = 0; i < nargs; i++) L[i] = args[i];
  } else {
    Dict* kwdict = nullptr;
    if (varkw) {
      kwdict = new_dict(ts);
      L[total + (varargs ? 1 : 0)] = Value(kwdict);
    }
    int npos = nargs < argc ? nargs : argc;
    for (int i = 0; i < npos; i++) L[i] = args[i];
    if (varargs) {
      L[total] = Value(new_tuple(ts, nargs > argc ? std::vector<Value>(args + argc, args + nargs) : std::vector<Value>()));
    } else if (nargs > argc) {
      int ndef = f->defaults ? static_cast<int>(f->defaults->items.size()) : 0;
      int nkwonly_given = 0;
      for (int k = 0; k < nkw; k++) {
        Str* kn = as_str(kwnames->items[static_cast<size_t>(k)]);
        for (int j = argc; j < total; j++) if (str_eq(co->varnames[static_cast<size_t>(j)], kn)) nkwonly_given++;
      }
      std::string takes;
      if (ndef > 0) takes = "from " + std::to_string(argc - ndef) + " to " + std::to_string(argc);
      else takes = std::to_string(argc);
      std::string msg = fname + "() takes " + takes + " positional argument" + (argc == 1 && ndef == 0 ? "" : "s") + " but " +
                        std::to_string(nargs);
      if (nkwonly_given)
        msg += " positional argument" + std::string(nargs == 1 ? "" : "s") + " (and " + std::to_string(nkwonly_given) +
               " keyword-only argument" + (nkwonly_given == 1 ? "" : "s") + ") were given";
      else
        msg += std::string(nargs == 1 ? " was" : " were") + " given";
      raise(ts, e.exc[E_TypeError], msg);
      return false;
    }
    std::vector<std::string> posonly_kw;
    for (int k = 0; k < nkw; k++) {
      Str* kn = as_str(kwnames->items[static_cast<size_t>(k)]);
      Value v = args[nargs + k];
      int idx = -1;
      for (int j = co->posonlyargcount; j < total; j++) {
        Str* pn = co->varnames[static_cast<size_t>(j)];
        if (pn == kn || str_eq(pn, kn)) { idx = j; break; }
      }
      if (idx < 0) {
        bool is_posonly = false;
        for (int j = 0; j < co->posonlyargcount; j++) if (str_eq(co->varnames[static_cast<size_t>(j)], kn)) is_posonly = true;
        if (kwdict) {
          kwdict->set_str(kn, v);
          continue;
        }
        if (is_posonly) { posonly_kw.push_back(kn->s); continue; }
        raise(ts, e.exc[E_TypeError], fname + "() got an unexpected keyword argument '" + kn->s + "'");
        return false;
      }
      if (L[idx]) {
        raise(ts, e.exc[E_TypeError], fname + "() got multiple values for argument '" + kn->s + "'");
        return false;
      }
      L[idx] = v;
    }
    if (!posonly_kw.empty()) {
      std::string names;
      for (size_t i = 0; i < posonly_kw.size(); i++) names += (i ? ", " : "") + posonly_kw[i];
      raise(ts, e.exc[E_TypeError], fname + "() got some positional-only arguments passed as keyword arguments: '" + names + "'");
      return false;
    }
    // Defaults.
    int ndef = f->defaults ? static_cast<int>(f->defaults->items.size()) : 0;
    std::vector<std::string> missing;
    for (int i = 0; i < argc; i++) {
      if (L[i]) continue;
      int d = i - (argc - ndef);
      if (d >= 0) L[i] = f->defaults->items[static_cast<size_t>(d)];
      else missing.push_back(co->varnames[static_cast<size_t>(i)]->s);
    }
    if (!missing.empty()) {
      raise(ts, e.exc[E_TypeError], fname + "() missing " + std::to_string(missing.size()) + " required positional argument" +
                                        (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
      return false;
    }
    for (int i = argc; i < total; i++) {
      if (L[i]) continue;
      Value d = f->kwdefaults ? f->kwdefaults->get_str(co->varnames[static_cast<size_t>(i)]) : Value();
      if (d) L[i] = d;
      else missing.push_back(co->varnames[static_cast<size_t>(i)]->s);
    }
    if (!missing.empty()) {
      raise(ts, e.exc[E_TypeError], fname + "() missing " + std::to_string(missing.size()) + " required keyword-only argument" +
                                        (missing.size() == 1 ? "" : "s") + ": " + quoted_list(missing));
      return false;
    }
  }
  // Cells and free variables.
  int nl = co->nlocals();
  for (size_t i = 0; i < co->cellvars.size(); i++) {
    Cell* c = e.alloc<Cell>(e.t.cell);
    int a = co->cell2arg[i];
    if (a >= 0) c->value = L[a];
    L[nl + static_cast<int>(i)] = Value(c);
  }
  if (!co->freevars.empty() && f->closure) {
    for (size_t i = 0; i < co->freevars.size() && i < f->closure->items.size(); i++)
      L[nl + static_cast<int>(co->cellvars.size() + i)] = f->closure->items[i];
  }
  return true;
}

Value make_generator(ThreadState& ts, Function* f, Value* args, int nargs, Tuple* kwnames) {
  Engine& e = ts.eng;
  Code* co = f->code;
  Generator* g = e.alloc<Generator>(e.t.generator);
  Root r(ts, Value(g));
  g->storage_size = static_cast<size_t>(co->nlocals() + co->ncells() + co->stacksize + 1);
  g->storage.reset(new Value[g->storage_size]);
  g->frame = new Frame();
  Frame* fr = g->frame;
  fr->code = co;
  fr->func = f;
  fr->globals = f->globals;
  fr->builtins = f->builtins;
  fr->localsplus = g->storage.get();
  fr->sp = fr->stack_base();
  fr->gen = g;
  g->name = f->name;
  g->qualname = f->qualname;
  if (!bind_arguments(ts, f, fr, args, nargs, kwnames)) return Value();
  return Value(g);
}

Value call_function(ThreadState& ts, Function* f, Value* args, int nargs, Tuple* kwnames) {
  Code* co = f->code;
  if (co->flags & kCoGenerator) return make_generator(ts, f, args, nargs, kwnames);
  if (ts.depth >= ts.eng.recursion_limit)
    return raise(ts, ts.eng.exc[E_RecursionError], "maximum recursion depth exceeded");
  Frame* fr = ts.push_frame(co, 0);
  if (!fr) return raise(ts, ts.eng.exc[E_RecursionError], "maximum recursion depth exceeded");
  fr->func = f;
  fr->globals = f->globals;
  fr->builtins = f->builtins;
  fr->prev = ts.frame;
  if (!bind_arguments(ts, f, fr, args, nargs, kwnames)) {
    ts.pop_frame(fr);
    return Value();
  }
  fr->is_entry = true;
  ts.frame = fr;
  ts.depth++;
  return eval_frame(ts, fr);
}

Value run_code(ThreadState& ts, Code* co, Dict* globals, Dict* locals, Function* func) {
  Frame* fr = ts.push_frame(co, 0);
  if (!fr) return raise(ts, ts.eng.exc[E_RecursionError], "maximum recursion depth exceeded");
  fr->func = func;
  fr->globals = globals;
  Value b = globals->get_str(ts.eng.names[N_builtins]);
  fr->builtins = (b && b.is_obj() && b.obj()->type->layout == Layout::Module) ? as<Module>(b)->dict : ts.eng.builtins();
  fr->locals_dict = locals;
  fr->prev = ts.frame;
  fr->is_entry = true;
  if (func) {
    // Class bodies: cells (e.g. __class__) and the closure of the enclosing function.
    if (!bind_arguments(ts, func, fr, nullptr, 0, nullptr)) { ts.pop_frame(fr); return Value(); }
  }
  ts.frame = fr;
  ts.depth++;
  return eval_frame(ts, fr);
}

}  // namespace il
