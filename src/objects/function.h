// function.h: callables and descriptors: Python functions, native functions, bound methods,
// cells, property, staticmethod and classmethod. Calling them lives in vm/call.cpp.
#pragma once
#include "objects/containers.h"
#include "objects/object.h"

namespace il {

struct Code;

struct Cell : Object {
  Value value;   // null: empty cell
  void trace(Tracer& t) override { t.mark(value); }
};

struct Function : Object {
  Code* code = nullptr;
  Dict* globals = nullptr;
  Dict* builtins = nullptr;
  Tuple* defaults = nullptr;     // may be null
  Dict* kwdefaults = nullptr;    // may be null
  Tuple* closure = nullptr;      // tuple of Cell, may be null
  Str* name = nullptr;
  Str* qualname = nullptr;
  Value module;                  // __module__
  Value doc;
  Dict* dict = nullptr;
  void trace(Tracer& t) override;
  Dict** dict_slot() override { return &dict; }
};

struct NativeFunction : Object {
  const char* name = "";
  NativeFn fn = nullptr;
  Value self;                    // bound receiver for builtin methods, else null
  Value data;                    // extra state the function may read
  Type* owner = nullptr;         // for methods of builtin types: the defining type
  bool classmethod = false;      // bound to the class (args[0] is the type), like dict.fromkeys
  void trace(Tracer& t) override { t.mark(self); t.mark(data); if (owner) t.mark(owner); }
};

struct BoundMethod : Object {
  Value func;
  Value self;
  void trace(Tracer& t) override { t.mark(func); t.mark(self); }
};

struct Property : Object {
  Value fget, fset, fdel, doc;
  Value name;   // set by __set_name__ when the property is assigned in a class body
  void trace(Tracer& t) override { t.mark(fget); t.mark(fset); t.mark(fdel); t.mark(doc); t.mark(name); }
};

struct StaticMethod : Object {   // also classmethod
  Value func;
  Dict* dict = nullptr;
  void trace(Tracer& t) override;
  Dict** dict_slot() override { return &dict; }
};

}  // namespace il
