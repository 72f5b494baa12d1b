// disasm.cpp: the opcode table's names and stack effects, and a readable listing of a code
// object (for debugging and the compiler's unit tests).
#include <cstdio>

#include "compiler/code_object.h"
#include "vm/api.h"

namespace il {

static const char* kOpNames[] = {
#define OP(name, effect, doc) #name,
#include "compiler/opcodes.def"
#undef OP
};

static const int kOpEffects[] = {
#define OP(name, effect, doc) effect,
#include "compiler/opcodes.def"
#undef OP
};

const char* op_name(Op op) { return kOpNames[static_cast<int>(op)]; }
int op_stack_effect(Op op) { return kOpEffects[static_cast<int>(op)]; }

std::string disassemble(ThreadState& ts, Code* code) {
  std::string out = "Disassembly of " + code->qualname->s + ":\n";
  int last_line = -1;
  std::vector<Code*> nested;
  for (size_t i = 0; i < code->code.size(); i++) {
    uint32_t w = code->code[i];
    Op op = decode_op(w);
    uint32_t arg = decode_arg(w);
    int line = code->positions[i].line;
    char buf[64];
    if (line != last_line) snprintf(buf, sizeof buf, "%4d ", line);
    else snprintf(buf, sizeof buf, "     ");
    last_line = line;
    out += buf;
    snprintf(buf, sizeof buf, "%6zu %-24s ", i, op_name(op));
    out += buf;
    std::string detail;
    switch (op) {
      case Op::LOAD_CONST: case Op::KW_NAMES: {
        Value c = code->consts[arg];
        if (c.is_obj() && c.obj()->type == ts.eng.t.code) {
          nested.push_back(as<Code>(c));
          detail = "<code " + as<Code>(c)->qualname->s + ">";
        } else if (!repr_text(ts, c, detail)) {
          take_error(ts);
          detail = "?";
        }
        break;
      }
      case Op::LOAD_FAST: case Op::STORE_FAST: case Op::DELETE_FAST:
        detail = code->varnames[arg]->s;
        break;
      case Op::LOAD_GLOBAL: case Op::STORE_GLOBAL: case Op::DELETE_GLOBAL: case Op::LOAD_NAME: case Op::STORE_NAME:
      case Op::DELETE_NAME: case Op::LOAD_ATTR: case Op::LOAD_METHOD: case Op::STORE_ATTR: case Op::DELETE_ATTR:
      case Op::IMPORT_NAME: case Op::IMPORT_FROM:
        detail = code->names[arg]->s;
        break;
      case Op::LOAD_DEREF: case Op::STORE_DEREF: case Op::DELETE_DEREF: case Op::LOAD_CLOSURE: case Op::LOAD_CLASSDEREF:
        detail = arg < code->cellvars.size() ? code->cellvars[arg]->s : code->freevars[arg - code->cellvars.size()]->s;
        break;
      default: break;
    }
    snprintf(buf, sizeof buf, "%u", arg);
    out += buf;
    if (!detail.empty()) out += " (" + detail + ")";
    out += "\n";
  }
  for (Code* c : nested) out += "\n" + disassemble(ts, c);
  return out;
}

}  // namespace il
