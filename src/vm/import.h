// import.h: the import system: sys.modules, native modules registered by the runtime, and
// Python modules embedded as source (src/runtime/stdlib/*.py). No file system access.
#pragma once
#include <string_view>

#include "vm/engine.h"

namespace il {

// Imports [name] (dotted names import each package first). Returns the top-level package,
// or the module itself when [leaf] is true.
Value import_module(ThreadState& ts, Str* name, bool leaf);
// Raises [type] (ImportError or a subclass) with its .name attribute set to [name].
Value raise_import_error(ThreadState& ts, Type* type, const std::string& msg, const std::string& name);
// A fresh module object named [name] with the usual dunders.
Module* new_module(ThreadState& ts, const std::string& name);
// Registers a native module factory under [name].
void register_native_module(Engine& e, const std::string& name, Value (*factory)(ThreadState&));
// Compiles and runs [source] as the body of [m]. False with an error pending.
bool exec_module_source(ThreadState& ts, Module* m, const std::string& filename, const std::string& source);

// The embedded Python sources (generated at build time from src/runtime/stdlib/).
struct EmbeddedSource { const char* name; const char* text; };
extern const EmbeddedSource kStdlibSources[];
extern const int kStdlibSourceCount;

}  // namespace il
