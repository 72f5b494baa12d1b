// instance.h: objects of user classes, modules, and exceptions: the layouts that carry a
// __dict__. Attribute lookup rules live in vm/attr.cpp.
#pragma once
#include <string>
#include <vector>

#include "objects/containers.h"

namespace il {

struct Code;

struct Instance : Object {
  Dict* dict = nullptr;
  void trace(Tracer& t) override;
  Dict** dict_slot() override { return &dict; }
};

struct Module : Object {
  Str* name = nullptr;
  Dict* dict = nullptr;
  void trace(Tracer& t) override;
  Dict** dict_slot() override { return &dict; }
};

struct TbEntry {
  Code* code;
  int line;
  int col, end_col, end_line;
};

struct ExceptionObj : Object {
  Tuple* args = nullptr;
  Dict* dict = nullptr;
  std::vector<TbEntry> tb;      // innermost first: each frame it leaves appends
  Value cause, context;
  // A NameError raised by the eval loop: where the name was looked up (a tuple of the code's
  // local names, the globals and the builtins), for the "Did you mean" suggestion.
  Value name_scope;
  bool suppress_context = false;
  void trace(Tracer& t) override;
  Dict** dict_slot() override { return &dict; }
};

}  // namespace il
