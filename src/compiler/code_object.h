// code_object.h: the compiled form of one function, class body or module: bytecode, constants,
// names, the local/cell/free variable layout and the position table. Immutable once built.
#pragma once
#include <string>
#include <vector>

#include "objects/object.h"

namespace il {

class Source;

enum class Op : uint8_t {
#define OP(name, effect, doc) name,
#include "compiler/opcodes.def"
#undef OP
  Count
};

const char* op_name(Op op);
int op_stack_effect(Op op);  // -99 when it depends on the argument

// LIST_EXTEND / DICT_MERGE argument flag: building a call's arguments (errors name the callee).
constexpr uint32_t kCallContext = 0x100;

// CALL's argument for a decorator: [deco, f] -> [deco(f)].
constexpr uint32_t kCallDecorator = 0xFFFFFF;

inline uint32_t encode(Op op, uint32_t arg) { return static_cast<uint32_t>(op) | (arg << 8); }
inline Op decode_op(uint32_t w) { return static_cast<Op>(w & 0xFF); }
inline uint32_t decode_arg(uint32_t w) { return w >> 8; }

enum CodeFlags : uint32_t {
  kCoVarargs = 1, kCoVarkw = 2, kCoGenerator = 4, kCoNested = 8, kCoNewLocals = 16, kCoClassBody = 32,
  kCoModule = 64
};

struct InstrPos { int line, col, end_line, end_col; };

struct Code : Object {
  std::vector<uint32_t> code;
  std::vector<InstrPos> positions;   // one per instruction
  std::vector<Value> consts;
  std::vector<Str*> names;           // attribute / global names (interned)
  std::vector<Str*> varnames;        // locals: params first
  std::vector<Str*> cellvars;        // locals that inner functions capture
  std::vector<Str*> freevars;        // captured from the enclosing function
  std::vector<int> cell2arg;         // per cellvar: the argument it starts from, or -1
  int argcount = 0, posonlyargcount = 0, kwonlyargcount = 0;
  uint32_t flags = 0;
  int stacksize = 0;
  int nlocalsplus = 0;               // nlocals + ncells (set by finalize())
  int framesize = 0;                 // nlocalsplus + stacksize + 1
  bool simple_args = false;          // positional parameters only, no cells or free variables
  // LOAD_GLOBAL's cache, one per name: where the name was found last time.
  struct GlobalCache { Dict* globals = nullptr; uint64_t gversion = 0; int32_t gidx = -1; int32_t bidx = -1; };
  std::vector<GlobalCache> global_cache;
  // LOAD_ATTR / LOAD_METHOD / STORE_ATTR's cache, one per name (vm/attr_cache.h): what a
  // lookup of the name on one type found, valid while that type's tag and the attribute
  // epoch are unchanged.
  struct AttrCache {
    uint64_t tag = 0;          // the type's attr_tag (0: empty)
    uint64_t epoch = 0;
    Dict* cdict = nullptr;     // the class dict along the MRO that has the name (null: none)
    Value cval;                // its value then (checked on each hit)
    int32_t cix = -1;          // its entry in cdict
    int32_t iix = -1;          // hint: the name's entry in the instance's own dict
    uint32_t flags = 0;        // which fast paths hold (kAttr* in vm/attr_cache.h)
  };
  std::vector<AttrCache> attr_cache;
  void finalize() {
    nlocalsplus = nlocals() + ncells();
    framesize = nlocalsplus + stacksize + 1;
    simple_args = !(flags & (kCoVarargs | kCoVarkw | kCoGenerator)) && kwonlyargcount == 0 && cellvars.empty() &&
                  freevars.empty();
    global_cache.assign(names.size(), GlobalCache());
    attr_cache.assign(names.size(), AttrCache());
  }
  int firstlineno = 1;
  Str* name = nullptr;
  Str* qualname = nullptr;
  Str* filename = nullptr;
  const Source* source = nullptr;    // for traceback lines; owned by the Engine
  int nlocals() const { return static_cast<int>(varnames.size()); }
  int ncells() const { return static_cast<int>(cellvars.size() + freevars.size()); }
  void trace(Tracer& t) override;
  int line_at(size_t ip) const { return ip < positions.size() ? positions[ip].line : firstlineno; }
};

// Returns a readable listing of [code] and its nested code objects.
std::string disassemble(ThreadState& ts, Code* code);

}  // namespace il
