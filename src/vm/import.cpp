// import.cpp: module lookup order: sys.modules, then native modules, then embedded Python
// sources. A SyntaxError in an embedded module is an engine bug and reported as ImportError.
#include "vm/import.h"

#include "compiler/compiler.h"
#include "vm/api.h"
#include "vm/call.h"

namespace il {

Module* new_module(ThreadState& ts, const std::string& name) {
  Engine& e = ts.eng;
  Module* m = e.alloc<Module>(e.t.module);
  Root r(ts, Value(m));
  m->name = e.intern(name);
  m->dict = new_dict(ts);
  m->dict->set_str(e.names[N_name], Value(m->name));
  m->dict->set_str(e.names[N_doc], e.None);
  m->dict->set_str(e.names[N_package], Value(e.names[N_empty]));
  m->dict->set_str(e.names[N_spec], e.None);
  m->dict->set_str(e.names[N_loader], e.None);
  return m;
}

void register_native_module(Engine& e, const std::string& name, Value (*factory)(ThreadState&)) {
  e.native_modules[name] = factory;
}

bool exec_module_source(ThreadState& ts, Module* m, const std::string& filename, const std::string& source) {
  Engine& e = ts.eng;
  const Source* src = e.add_source(filename, source);
  SyntaxErrorInfo err;
  Code* code = compile_module(ts, *src, err);
  if (!code) {
    raise(ts, e.exc[E_SyntaxError], err.msg + " (" + filename + ", line " + std::to_string(err.line) + ")");
    return false;
  }
  Root r(ts, Value(code));
  m->dict->set_str(e.names[N_builtins], Value(e.builtins_mod));
  Value v = run_code(ts, code, m->dict, m->dict);
  return static_cast<bool>(v);
}

Value raise_import_error(ThreadState& ts, Type* type, const std::string& msg, const std::string& name) {
  Value exc = new_exception(ts, type, msg);
  if (!exc) return exc;
  Root r(ts, exc);
  if (!setattr(ts, exc, ts.eng.intern("name"), Value(ts.eng.intern(name)))) return Value();
  return raise_exc(ts, exc);
}

// A package is a module with submodules; only embedded sources have any.
static bool is_package(const std::string& name) {
  for (int i = 0; i < kStdlibSourceCount; i++) {
    std::string_view n = kStdlibSources[i].name;
    if (n.size() > name.size() && n.substr(0, name.size()) == name && n[name.size()] == '.') return true;
  }
  return false;
}

static Value load_one(ThreadState& ts, const std::string& name) {
  Engine& e = ts.eng;
  Value existing = e.modules->get_str(e.intern(name));
  if (existing) return existing;
  auto it = e.native_modules.find(name);
  if (it != e.native_modules.end()) {
    Value m = it->second(ts);
    if (!m) return m;
    e.modules->set_str(e.intern(name), m);
    return m;
  }
  for (int i = 0; i < kStdlibSourceCount; i++) {
    if (name != kStdlibSources[i].name) continue;
    Module* m = new_module(ts, name);
    Root r(ts, Value(m));
    std::string fname = "<interleave>/" + name + ".py";
    for (char& c : fname) if (c == '.' && &c < &fname[fname.size() - 3]) c = '/';
    m->dict->set_str(e.names[N_file], new_str(ts, fname));
    // Registered before running, as CPython does, so circular imports see it.
    e.modules->set_str(e.intern(name), Value(m));
    if (!exec_module_source(ts, m, fname, kStdlibSources[i].text)) {
      bool found;
      e.modules->del(ts, Value(e.intern(name)), &found);
      return Value();
    }
    return Value(m);
  }
  return raise_import_error(ts, e.exc[E_ModuleNotFoundError], "No module named '" + name + "'", name);
}

Value import_module(ThreadState& ts, Str* name, bool leaf) {
  Engine& e = ts.eng;
  const std::string& full = name->s;
  size_t dot = full.find('.');
  if (dot == std::string::npos) return load_one(ts, full);
  Value top = load_one(ts, full.substr(0, dot));
  if (!top) return top;
  Root r(ts, top);
  Value parent = top;
  size_t start = 0;
  Value m;
  for (;;) {
    size_t next = full.find('.', start);
    if (next == std::string::npos) break;
    size_t after = full.find('.', next + 1);
    std::string prefix = full.substr(0, after == std::string::npos ? std::string::npos : after);
    m = load_one(ts, prefix);
    if (!m) {
      if (error_matches(ts, e.exc[E_ModuleNotFoundError])) {
        take_error(ts);
        std::string parent_name = prefix.substr(0, prefix.rfind('.'));
        std::string why = is_package(parent_name) ? "" : "; '" + parent_name + "' is not a package";
        return raise_import_error(ts, e.exc[E_ModuleNotFoundError], "No module named '" + prefix + "'" + why, prefix);
      }
      return m;
    }
    std::string last = prefix.substr(prefix.rfind('.') + 1);
    if (!setattr(ts, parent, e.intern(last), m)) return Value();
    parent = m;
    start = next + 1;
  }
  return leaf ? m : top;
}

}  // namespace il
