// frame.h: one activation of a code object: its locals and cells, its value stack and its
// block stack of exception handlers. Frames link to their caller through `prev`.
#pragma once
#include <cstdint>

#include "compiler/code_object.h"
#include "objects/function.h"

namespace il {

struct Generator;

struct Block {
  uint32_t handler;   // instruction index of the handler
  int32_t level;      // stack depth to restore before pushing the exception
};

constexpr int kMaxBlocks = 24;

struct Frame {
  Code* code = nullptr;
  Function* func = nullptr;       // null for module code
  Dict* globals = nullptr;
  Dict* builtins = nullptr;
  Dict* locals_dict = nullptr;    // module and class bodies: the namespace NAME ops use
  Value* localsplus = nullptr;    // nlocals, then ncells (Cell values), then the stack
  Value* sp = nullptr;            // saved stack pointer (valid whenever the loop calls out)
  int32_t lasti = -1;             // index of the instruction being executed (-1: not started)
  Block blocks[kMaxBlocks];
  int nblocks = 0;
  bool is_entry = false;          // RETURN from it leaves the C++ eval call
  Generator* gen = nullptr;       // owning generator, if any
  Frame* prev = nullptr;
  Value* saved_top = nullptr;     // datastack position before this frame
  Value* saved_limit = nullptr;
  size_t saved_chunk = 0;

  Value* stack_base() const { return localsplus + code->nlocals() + code->ncells(); }
  int line() const { return code->line_at(lasti < 0 ? 0 : static_cast<size_t>(lasti)); }
};

}  // namespace il
