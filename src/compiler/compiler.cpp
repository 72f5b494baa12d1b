// compiler.cpp: code generation from the Ast, one CodeBuilder per scope. Emits the opcodes of
// opcodes.def with positions, inlines finally bodies on break/continue/return, and computes
// each code object's stack size by walking its control flow. No Python code runs here.
#include "compiler/compiler.h"

#include <algorithm>
#include <cstring>
#include <functional>

#include "compiler/symtable.h"
#include "parser/parser.h"
#include "vm/api.h"
#include "vm/engine.h"

namespace il {
namespace {

enum class FB { WhileLoop, ForLoop, TryExcept, TryFinally, HandlerBody, FinallyExc, With, PopValue };

struct FBlock {
  FB kind;
  int start = 0;          // loops: continue target label
  int exit = 0;           // loops: break target label
  const std::vector<Stmt*>* finalbody = nullptr;
  std::string name;       // HandlerBody: bound name to clear
};

struct Unit {
  Scope* scope = nullptr;
  Code* code = nullptr;
  std::vector<uint32_t> instrs;
  std::vector<InstrPos> pos;
  std::vector<int> labels;                    // label -> instruction index (-1 unset)
  std::vector<std::pair<int, int>> fixups;    // (instruction, label)
  std::vector<FBlock> fblocks;
  std::string qualname;
  std::unordered_map<std::string, int> name_index, const_str_index, var_index;
  std::string private_name;   // enclosing class name for __private mangling
};

class Compiler {
 public:
  Compiler(ThreadState& ts, const Source& src, SymbolTable& st, SyntaxErrorInfo& err)
      : ts_(ts), eng_(ts.eng), src_(src), st_(st), err_(err) {}

  Code* module(const Ast& ast, bool eval_mode) {
    enter(st_.module(), "<module>", 1);
    u().code->flags |= kCoModule;
    Pos p{1, 1, 1, 1};
    cur_pos_ = p;
    if (eval_mode) {
      if (ast.body.size() != 1 || ast.body[0]->kind != SK::Expr) {
        Pos ep = ast.body.empty() ? p : ast.body[0]->pos;
        error("invalid syntax", ep);
        return nullptr;
      }
      expr(ast.body[0]->a);
      emit(Op::RETURN_VALUE);
      return leave();
    }
    if (has_annotations(ast.body)) emit(Op::SETUP_ANNOTATIONS);
    for (Stmt* s : ast.body) { stmt(s); if (err_.set) return nullptr; }
    emit(Op::LOAD_CONST, const_value(eng_.None));
    emit(Op::RETURN_VALUE);
    return leave();
  }

  static bool has_annotations(const std::vector<Stmt*>& body) {
    for (Stmt* s : body) {
      if (s->kind == SK::AnnAssign && s->a->kind == EK::Name) return true;
      if (s->kind == SK::If || s->kind == SK::While || s->kind == SK::For || s->kind == SK::Try || s->kind == SK::With) {
        if (has_annotations(s->body) || has_annotations(s->orelse) || has_annotations(s->finalbody)) return true;
        for (const Handler& h : s->handlers) if (has_annotations(h.body)) return true;
      }
    }
    return false;
  }

 private:
  ThreadState& ts_;
  Engine& eng_;
  const Source& src_;
  SymbolTable& st_;
  SyntaxErrorInfo& err_;
  std::vector<std::unique_ptr<Unit>> units_;
  Pos cur_pos_;

  Unit& u() { return *units_.back(); }

  void error(const std::string& msg, Pos p) {
    if (err_.set) return;
    err_.set = true;
    err_.msg = msg;
    err_.line = p.line;
    err_.col = p.col;
    err_.end_col = p.end_line == p.line ? p.end_col : 0;
  }

  // ---- units ----
  void enter(Scope* scope, const std::string& name, int firstline) {
    std::string parent_qual;
    bool parent_is_function = false;
    if (!units_.empty()) {
      parent_qual = u().qualname;
      parent_is_function = u().scope->function_like();
    }
    std::string inherited_private = units_.empty() ? std::string() : u().private_name;
    units_.push_back(std::make_unique<Unit>());
    Unit& n = u();
    n.scope = scope;
    n.private_name = scope->kind == ScopeKind::Class ? scope->name : inherited_private;
    n.code = eng_.alloc<Code>(eng_.t.code);
    ts_.roots.push_back(Value(n.code));
    Code* c = n.code;
    c->name = eng_.intern(name);
    c->filename = eng_.intern(src_.filename());
    c->source = &src_;
    c->firstlineno = firstline;
    if (units_.size() == 1) n.qualname = name;
    else if (parent_qual == "<module>" ) n.qualname = name;
    else n.qualname = parent_qual + (parent_is_function ? ".<locals>." : ".") + name;
    if (scope->kind == ScopeKind::Class && units_.size() > 1 && units_[units_.size() - 2]->scope->kind == ScopeKind::Module)
      n.qualname = name;
    c->qualname = eng_.intern(n.qualname);
    if (scope->function_like()) {
      for (const std::string& p : scope->params) var(p);
      for (const std::string& nm : scope->order) {
        if (scope->lookup(nm) == SymKind::Local) var(nm);
      }
      c->flags |= kCoNewLocals;
    }
    for (const std::string& cv : scope->cellvars) {
      c->cellvars.push_back(eng_.intern(cv));
      int arg = -1;
      for (size_t i = 0; i < scope->params.size(); i++) if (scope->params[i] == cv) arg = static_cast<int>(i);
      c->cell2arg.push_back(arg);
    }
    for (const std::string& fv : scope->freevars) c->freevars.push_back(eng_.intern(fv));
    if (scope->generator) c->flags |= kCoGenerator;
    if (scope->kind == ScopeKind::Class) c->flags |= kCoClassBody;
  }

  Code* leave() {
    Unit& n = u();
    for (auto [ins, label] : n.fixups) {
      int target = n.labels[label];
      n.instrs[ins] = encode(decode_op(n.instrs[ins]), static_cast<uint32_t>(target));
    }
    Code* c = n.code;
    c->code = std::move(n.instrs);
    c->positions = std::move(n.pos);
    c->stacksize = stack_depth(c);
    c->finalize();
    units_.pop_back();
    ts_.roots.pop_back();
    return c;
  }

  int var(const std::string& n) {
    auto it = u().var_index.find(n);
    if (it != u().var_index.end()) return it->second;
    int i = static_cast<int>(u().code->varnames.size());
    u().code->varnames.push_back(eng_.intern(n));
    u().var_index[n] = i;
    return i;
  }

  int name(const std::string& n) {
    auto it = u().name_index.find(n);
    if (it != u().name_index.end()) return it->second;
    int i = static_cast<int>(u().code->names.size());
    u().code->names.push_back(eng_.intern(n));
    u().name_index[n] = i;
    return i;
  }

  int const_value(Value v) {
    auto& cs = u().code->consts;
    for (size_t i = 0; i < cs.size(); i++)
      if (cs[i] == v) return static_cast<int>(i);
    cs.push_back(v);
    return static_cast<int>(cs.size() - 1);
  }
  int const_str(const std::string& s) {
    auto it = u().const_str_index.find(s);
    if (it != u().const_str_index.end()) return it->second;
    int i = const_value(Value(eng_.intern(s)));
    u().const_str_index[s] = i;
    return i;
  }

  int deref_index(const std::string& n) {
    Code* c = u().code;
    for (size_t i = 0; i < c->cellvars.size(); i++) if (c->cellvars[i]->s == n) return static_cast<int>(i);
    for (size_t i = 0; i < c->freevars.size(); i++)
      if (c->freevars[i]->s == n) return static_cast<int>(c->cellvars.size() + i);
    return -1;
  }

  // ---- emission ----
  int emit(Op op, int arg = 0) {
    u().instrs.push_back(encode(op, static_cast<uint32_t>(arg)));
    u().pos.push_back({cur_pos_.line, cur_pos_.col, cur_pos_.end_line, cur_pos_.end_col});
    return static_cast<int>(u().instrs.size() - 1);
  }
  int new_label() { u().labels.push_back(-1); return static_cast<int>(u().labels.size() - 1); }
  void bind(int label) { u().labels[label] = static_cast<int>(u().instrs.size()); }
  void emit_jump(Op op, int label) {
    int i = emit(op, 0);
    u().fixups.push_back({i, label});
  }

  struct PosGuard {
    Compiler& c;
    Pos saved;
    PosGuard(Compiler& cc, Pos p) : c(cc), saved(cc.cur_pos_) { if (p.line) c.cur_pos_ = p; }
    ~PosGuard() { c.cur_pos_ = saved; }
  };

  // ---- names ----
  std::string mangle(const std::string& n) {
    // Inside a class body the unit's private name is the class itself; that applies too.
    return mangle_name(u().private_name, n);
  }
  int attr_name(const std::string& n) { return name(mangle(n)); }

  void name_op(const std::string& raw, Ctx ctx) {
    std::string n = mangle(raw);
    Scope* s = u().scope;
    SymKind k = s->lookup(n);
    // Module bodies use NAME ops, so exec() with separate globals and locals works; the
    // loop takes the global fast path when the two are the same dict.
    if (s->kind == ScopeKind::Module) k = (k == SymKind::GlobalExplicit) ? k : SymKind::ClassName;
    switch (k) {
      case SymKind::Local:
        emit(ctx == Ctx::Load ? Op::LOAD_FAST : ctx == Ctx::Store ? Op::STORE_FAST : Op::DELETE_FAST, var(n));
        return;
      case SymKind::Cell:
      case SymKind::Free:
        if (s->kind == ScopeKind::Class && ctx == Ctx::Load) {
          emit(Op::LOAD_CLASSDEREF, deref_index(n));
          return;
        }
        if (s->kind == ScopeKind::Class) break;
        emit(ctx == Ctx::Load ? Op::LOAD_DEREF : ctx == Ctx::Store ? Op::STORE_DEREF : Op::DELETE_DEREF, deref_index(n));
        return;
      case SymKind::GlobalExplicit:
      case SymKind::GlobalImplicit:
        if (s->kind == ScopeKind::Class && k == SymKind::GlobalImplicit) break;
        emit(ctx == Ctx::Load ? Op::LOAD_GLOBAL : ctx == Ctx::Store ? Op::STORE_GLOBAL : Op::DELETE_GLOBAL, name(n));
        return;
      case SymKind::ClassName:
        break;
    }
    emit(ctx == Ctx::Load ? Op::LOAD_NAME : ctx == Ctx::Store ? Op::STORE_NAME : Op::DELETE_NAME, name(n));
  }

  // ---- statements ----
  void body(const std::vector<Stmt*>& b) {
    for (Stmt* s : b) { stmt(s); if (err_.set) return; }
  }

  void stmt(Stmt* s) {
    PosGuard pg(*this, s->pos);
    switch (s->kind) {
      case SK::Expr:
        if (s->a->kind == EK::Const && u().scope->kind != ScopeKind::Module) return;  // docstrings etc.
        expr(s->a);
        emit(Op::POP_TOP);
        return;
      case SK::Assign:
        expr(s->a);
        for (size_t i = 0; i < s->targets.size(); i++) {
          if (i + 1 < s->targets.size()) emit(Op::DUP_TOP);
          store_target(s->targets[i]);
        }
        return;
      case SK::AugAssign: aug_assign(s); return;
      case SK::AnnAssign:
        if (s->c) {
          expr(s->c);
          store_target(s->a);
        }
        // Module and class bodies record simple annotations in __annotations__ (dataclasses
        // read them); function annotations are not evaluated.
        if (s->a->kind == EK::Name && !u().scope->function_like()) {
          expr(s->b);
          emit(Op::LOAD_NAME, name("__annotations__"));
          emit(Op::LOAD_CONST, const_str(s->a->str));
          emit(Op::STORE_SUBSCR);
        }
        return;
      case SK::If: if_stmt(s); return;
      case SK::While: while_stmt(s); return;
      case SK::For: for_stmt(s); return;
      case SK::Break: break_continue(s, true); return;
      case SK::Continue: break_continue(s, false); return;
      case SK::Pass: return;
      case SK::Return: return_stmt(s); return;
      case SK::FunctionDef: function_def(s); return;
      case SK::ClassDef: class_def(s); return;
      case SK::Global: case SK::Nonlocal: return;
      case SK::Import: import_stmt(s); return;
      case SK::ImportFrom: import_from(s); return;
      case SK::Raise:
        if (s->a) expr(s->a);
        if (s->b) expr(s->b);
        emit(Op::RAISE_VARARGS, s->b ? 2 : s->a ? 1 : 0);
        return;
      case SK::Try: try_stmt(s); return;
      case SK::With: with_stmt(s, 0); return;
      case SK::Delete:
        for (Expr* t : s->targets) delete_target(t);
        return;
      case SK::Assert: {
        int end = new_label();
        expr(s->a);
        emit_jump(Op::POP_JUMP_IF_TRUE, end);
        emit(Op::LOAD_ASSERTION_ERROR);
        if (s->b) {
          expr(s->b);
          emit(Op::RAISE_VARARGS, 3);  // [AssertionError, msg]: raise AssertionError(msg)
        } else {
          emit(Op::RAISE_VARARGS, 1);
        }
        bind(end);
        return;
      }
    }
  }

  void aug_assign(Stmt* s) {
    Expr* t = s->a;
    int op = static_cast<int>(s->op) + kInplaceBase;
    if (t->kind == EK::Name) {
      name_op(t->str, Ctx::Load);
      expr(s->b);
      { PosGuard pg(*this, s->pos); emit(Op::BINARY_OP, op); }
      name_op(t->str, Ctx::Store);
    } else if (t->kind == EK::Attribute) {
      expr(t->a);
      emit(Op::DUP_TOP);
      { PosGuard pg(*this, t->pos); emit(Op::LOAD_ATTR, attr_name(t->str)); }
      expr(s->b);
      { PosGuard pg(*this, s->pos); emit(Op::BINARY_OP, op); }
      emit(Op::ROT_TWO);
      emit(Op::STORE_ATTR, attr_name(t->str));
    } else {
      expr(t->a);
      expr(t->b);
      emit(Op::DUP_TOP_TWO);
      { PosGuard pg(*this, t->pos); emit(Op::BINARY_SUBSCR); }
      expr(s->b);
      { PosGuard pg(*this, s->pos); emit(Op::BINARY_OP, op); }
      emit(Op::ROT_THREE);
      emit(Op::STORE_SUBSCR);
    }
  }

  void store_target(Expr* t) {
    PosGuard pg(*this, t->pos);
    switch (t->kind) {
      case EK::Name: name_op(t->str, Ctx::Store); return;
      case EK::Attribute:
        expr(t->a);
        emit(Op::STORE_ATTR, attr_name(t->str));
        return;
      case EK::Subscript:
        expr(t->a);
        expr(t->b);
        emit(Op::STORE_SUBSCR);
        return;
      case EK::Tuple: case EK::List: {
        int star = -1;
        for (size_t i = 0; i < t->items.size(); i++)
          if (t->items[i]->kind == EK::Starred) {
            if (star >= 0) { error("multiple starred expressions in assignment", t->pos); return; }
            star = static_cast<int>(i);
          }
        if (star < 0) {
          emit(Op::UNPACK_SEQUENCE, static_cast<int>(t->items.size()));
        } else {
          int after = static_cast<int>(t->items.size()) - star - 1;
          emit(Op::UNPACK_EX, star | (after << 8));
        }
        for (Expr* x : t->items) store_target(x->kind == EK::Starred ? x->a : x);
        return;
      }
      case EK::Starred:
        error("starred assignment target must be in a list or tuple", t->pos);
        return;
      default:
        error("cannot assign to expression", t->pos);
    }
  }

  void delete_target(Expr* t) {
    PosGuard pg(*this, t->pos);
    switch (t->kind) {
      case EK::Name: name_op(t->str, Ctx::Del); return;
      case EK::Attribute: expr(t->a); emit(Op::DELETE_ATTR, attr_name(t->str)); return;
      case EK::Subscript: expr(t->a); expr(t->b); emit(Op::DELETE_SUBSCR); return;
      case EK::Tuple: case EK::List: for (Expr* x : t->items) delete_target(x); return;
      default: error("cannot delete expression", t->pos);
    }
  }

  void if_stmt(Stmt* s) {
    int end = new_label();
    int orelse = s->orelse.empty() ? end : new_label();
    jump_if(s->a, false, orelse);
    body(s->body);
    if (!s->orelse.empty()) {
      emit_jump(Op::JUMP_FORWARD, end);
      bind(orelse);
      body(s->orelse);
    }
    bind(end);
  }

  static bool const_truth(Expr* e, bool& v) {
    if (e->kind != EK::Const) return false;
    switch (e->ck) {
      case CK::True: v = true; return true;
      case CK::False: case CK::None: v = false; return true;
      case CK::Int: v = e->str != "0"; return true;
      default: return false;
    }
  }

  // Jumps to [label] when [e]'s truth equals [when].
  void jump_if(Expr* e, bool when, int label) {
    PosGuard pg(*this, e->pos);
    if (e->kind == EK::UnaryOp && e->uop == UnOp::Not) { jump_if(e->a, !when, label); return; }
    if (e->kind == EK::BoolOp) {
      bool is_and = e->is_and;
      if (is_and != when) {
        // and + jump-if-false, or + jump-if-true: any item decides.
        for (Expr* x : e->items) jump_if(x, when, label);
      } else {
        int skip = new_label();
        for (size_t i = 0; i + 1 < e->items.size(); i++) jump_if(e->items[i], !when, skip);
        jump_if(e->items.back(), when, label);
        bind(skip);
      }
      return;
    }
    expr(e);
    emit_jump(when ? Op::POP_JUMP_IF_TRUE : Op::POP_JUMP_IF_FALSE, label);
  }

  void while_stmt(Stmt* s) {
    int top = new_label(), orelse = new_label(), end = new_label();
    bind(top);
    bool v;
    bool infinite = const_truth(s->a, v) && v;
    if (!infinite) jump_if(s->a, false, orelse);
    u().fblocks.push_back({FB::WhileLoop, top, end, nullptr, ""});
    body(s->body);
    u().fblocks.pop_back();
    {
      PosGuard pg(*this, s->pos);
      emit_jump(Op::JUMP_BACKWARD, top);
    }
    bind(orelse);
    body(s->orelse);
    bind(end);
  }

  void for_stmt(Stmt* s) {
    int top = new_label(), cleanup = new_label(), end = new_label();
    expr(s->b);
    emit(Op::GET_ITER);
    bind(top);
    {
      PosGuard pg(*this, s->pos);
      emit_jump(Op::FOR_ITER, cleanup);
    }
    store_target(s->a);
    u().fblocks.push_back({FB::ForLoop, top, end, nullptr, ""});
    body(s->body);
    u().fblocks.pop_back();
    {
      PosGuard pg(*this, s->pos);
      emit_jump(Op::JUMP_BACKWARD, top);
    }
    bind(cleanup);
    body(s->orelse);
    bind(end);
  }

  // Emits the unwinding of fblock [fb]. [preserve_tos]: a return value sits on top.
  void unwind_fblock(const FBlock& fb, bool preserve_tos) {
    switch (fb.kind) {
      case FB::WhileLoop: return;
      case FB::ForLoop:
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        return;
      case FB::TryExcept:
        emit(Op::POP_BLOCK);
        return;
      case FB::TryFinally: {
        emit(Op::POP_BLOCK);
        // Run the finally body with this block removed, so a break/return inside it is right.
        FBlock saved = fb;
        auto& fbs = u().fblocks;
        std::vector<FBlock> tail;
        while (!fbs.empty() && !(fbs.back().kind == saved.kind && fbs.back().finalbody == saved.finalbody)) {
          tail.push_back(fbs.back());
          fbs.pop_back();
        }
        if (!fbs.empty()) fbs.pop_back();
        // A break/continue/return inside this finally body drops the pending return value.
        if (preserve_tos) fbs.push_back({FB::PopValue, 0, 0, nullptr, ""});
        body(*saved.finalbody);
        if (preserve_tos) fbs.pop_back();
        fbs.push_back(saved);
        for (auto it = tail.rbegin(); it != tail.rend(); ++it) fbs.push_back(*it);
        return;
      }
      case FB::HandlerBody:
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_EXCEPT);
        if (!fb.name.empty()) {
          emit(Op::LOAD_CONST, const_value(eng_.None));
          name_op(fb.name, Ctx::Store);
          name_op(fb.name, Ctx::Del);
        }
        return;
      case FB::FinallyExc:
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_EXCEPT);
        return;
      case FB::With:
        emit(Op::POP_BLOCK);
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::WITH_EXIT_NORMAL);
        return;
      case FB::PopValue:
        if (preserve_tos) emit(Op::ROT_TWO);
        emit(Op::POP_TOP);
        return;
    }
  }

  void break_continue(Stmt* s, bool is_break) {
    auto& fbs = u().fblocks;
    int loop = -1;
    for (int i = static_cast<int>(fbs.size()) - 1; i >= 0; i--)
      if (fbs[i].kind == FB::WhileLoop || fbs[i].kind == FB::ForLoop) { loop = i; break; }
    if (loop < 0) {
      error(is_break ? "'break' outside loop" : "'continue' not properly in loop", s->pos);
      return;
    }
    std::vector<FBlock> copy(fbs.begin() + loop + 1, fbs.end());
    for (int i = static_cast<int>(copy.size()) - 1; i >= 0; i--) unwind_fblock(copy[i], false);
    FBlock lp = fbs[loop];
    if (is_break) {
      unwind_fblock(lp, false);
      emit_jump(Op::JUMP_FORWARD, lp.exit);
    } else {
      emit_jump(Op::JUMP_BACKWARD, lp.start);
    }
  }

  void return_stmt(Stmt* s) {
    if (!u().scope->function_like()) { error("'return' outside function", s->pos); return; }
    if (s->a) expr(s->a);
    else emit(Op::LOAD_CONST, const_value(eng_.None));
    auto fbs = u().fblocks;
    for (int i = static_cast<int>(fbs.size()) - 1; i >= 0; i--) unwind_fblock(fbs[i], true);
    PosGuard pg(*this, s->pos);
    emit(Op::RETURN_VALUE);
  }

  void try_stmt(Stmt* s) {
    if (!s->finalbody.empty()) {
      int handler = new_label(), cleanup = new_label(), end = new_label();
      emit_jump(Op::SETUP_FINALLY, handler);
      u().fblocks.push_back({FB::TryFinally, 0, 0, &s->finalbody, ""});
      if (!s->handlers.empty()) try_except(s);
      else body(s->body);
      u().fblocks.pop_back();
      emit(Op::POP_BLOCK);
      body(s->finalbody);
      emit_jump(Op::JUMP_FORWARD, end);
      // Exceptional path: [exc] -> [prev, exc]
      bind(handler);
      emit(Op::PUSH_EXC_INFO);
      emit_jump(Op::SETUP_CLEANUP, cleanup);
      u().fblocks.push_back({FB::FinallyExc, 0, 0, nullptr, ""});
      body(s->finalbody);
      u().fblocks.pop_back();
      emit(Op::POP_BLOCK);
      emit(Op::POP_EXCEPT_AND_RERAISE);
      bind(cleanup);
      emit(Op::POP_EXCEPT_AND_RERAISE);
      bind(end);
      return;
    }
    try_except(s);
  }


  void try_except(Stmt* s) {
    int handler = new_label(), cleanup = new_label(), end = new_label(), orelse = new_label();
    emit_jump(Op::SETUP_FINALLY, handler);
    u().fblocks.push_back({FB::TryExcept, 0, 0, nullptr, ""});
    body(s->body);
    u().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    emit_jump(Op::JUMP_FORWARD, orelse);
    bind(handler);
    emit(Op::PUSH_EXC_INFO);
    emit_jump(Op::SETUP_CLEANUP, cleanup);
    for (size_t i = 0; i < s->handlers.size(); i++) {
      Handler& h = s->handlers[i];
      PosGuard pg(*this, h.pos);
      int next = new_label();
      if (!h.type && i + 1 < s->handlers.size()) {
        error("default 'except:' must be last", h.pos);
        return;
      }
      if (h.type) {
        expr(h.type);
        emit(Op::CHECK_EXC_MATCH);
        emit_jump(Op::POP_JUMP_IF_FALSE, next);
      }
      if (!h.name.empty()) name_op(h.name, Ctx::Store);
      else emit(Op::POP_TOP);
      // [prev]
      u().fblocks.push_back({FB::HandlerBody, 0, 0, nullptr, h.name});
      body(h.body);
      u().fblocks.pop_back();
      emit(Op::POP_BLOCK);
      emit(Op::POP_EXCEPT);
      if (!h.name.empty()) {
        emit(Op::LOAD_CONST, const_value(eng_.None));
        name_op(h.name, Ctx::Store);
        name_op(h.name, Ctx::Del);
      }
      emit_jump(Op::JUMP_FORWARD, end);
      bind(next);
    }
    // No handler matched: [prev, exc]
    emit(Op::POP_BLOCK);
    emit(Op::POP_EXCEPT_AND_RERAISE);
    bind(cleanup);
    emit(Op::POP_EXCEPT_AND_RERAISE);
    bind(orelse);
    body(s->orelse);
    bind(end);
  }

  void with_stmt(Stmt* s, size_t item) {
    if (item >= s->items.size()) { body(s->body); return; }
    WithItem& w = s->items[item];
    int handler = new_label(), cleanup = new_label(), suppress = new_label(), end = new_label();
    expr(w.ctx);
    {
      PosGuard pg(*this, w.ctx->pos);
      emit(Op::BEFORE_WITH);
    }
    emit_jump(Op::SETUP_CLEANUP, handler);
    if (w.vars) store_target(w.vars);
    else emit(Op::POP_TOP);
    u().fblocks.push_back({FB::With, 0, 0, nullptr, ""});
    with_stmt(s, item + 1);
    u().fblocks.pop_back();
    emit(Op::POP_BLOCK);
    {
      PosGuard pg(*this, s->pos);
      emit(Op::WITH_EXIT_NORMAL);
    }
    emit_jump(Op::JUMP_FORWARD, end);
    bind(handler);                    // [exit, exc]
    PosGuard pg(*this, s->pos);
    emit(Op::PUSH_EXC_INFO);          // [exit, prev, exc]
    emit_jump(Op::SETUP_CLEANUP, cleanup);
    emit(Op::WITH_EXCEPT_START);      // [exit, prev, exc, res]
    emit_jump(Op::POP_JUMP_IF_TRUE, suppress);
    emit(Op::POP_BLOCK);
    emit(Op::POP_EXCEPT_AND_RERAISE);
    bind(suppress);                   // [exit, prev, exc]
    emit(Op::POP_BLOCK);
    emit(Op::POP_TOP);
    emit(Op::POP_EXCEPT);
    emit(Op::POP_TOP);
    emit_jump(Op::JUMP_FORWARD, end);
    bind(cleanup);
    emit(Op::POP_EXCEPT_AND_RERAISE);
    bind(end);
  }

  void import_stmt(Stmt* s) {
    for (Alias& a : s->aliases) {
      emit(Op::LOAD_CONST, const_value(Value::small(0)));
      emit(Op::LOAD_CONST, const_value(eng_.None));
      emit(Op::IMPORT_NAME, name(a.name));
      if (!a.asname.empty()) {
        size_t dot = a.name.find('.');
        while (dot != std::string::npos) {
          size_t nd = a.name.find('.', dot + 1);
          std::string part = a.name.substr(dot + 1, nd == std::string::npos ? std::string::npos : nd - dot - 1);
          emit(Op::IMPORT_FROM, name(part));
          emit(Op::ROT_TWO);
          emit(Op::POP_TOP);
          dot = nd;
        }
        name_op(a.asname, Ctx::Store);
      } else {
        name_op(a.name.substr(0, a.name.find('.')), Ctx::Store);
      }
    }
  }

  void import_from(Stmt* s) {
    emit(Op::LOAD_CONST, const_value(Value::small(s->level)));
    std::vector<Value> names;
    for (Alias& a : s->aliases) names.push_back(Value(eng_.intern(a.name)));
    emit(Op::LOAD_CONST, const_value(Value(new_tuple(ts_, names))));
    emit(Op::IMPORT_NAME, name(s->name));
    if (s->aliases.size() == 1 && s->aliases[0].name == "*") {
      emit(Op::IMPORT_STAR);
      return;
    }
    for (Alias& a : s->aliases) {
      PosGuard pg(*this, a.pos);
      emit(Op::IMPORT_FROM, name(a.name));
      name_op(a.asname.empty() ? a.name : a.asname, Ctx::Store);
    }
    emit(Op::POP_TOP);
  }

  // Pushes defaults/kwdefaults for a def or lambda; returns MAKE_FUNCTION flags.
  int function_defaults(Arguments* a) {
    int flags = 0;
    if (!a->defaults.empty()) {
      for (Expr* d : a->defaults) expr(d);
      emit(Op::BUILD_TUPLE, static_cast<int>(a->defaults.size()));
      flags |= 1;
    }
    int nkw = 0;
    for (size_t i = 0; i < a->kwonly.size(); i++) {
      if (!a->kw_defaults[i]) continue;
      emit(Op::LOAD_CONST, const_str(mangle(a->kwonly[i].name)));
      expr(a->kw_defaults[i]);
      nkw++;
    }
    if (nkw) {
      emit(Op::BUILD_MAP, nkw);
      flags |= 2;
    }
    return flags;
  }

  void set_arg_counts(Code* c, Arguments* a) {
    c->posonlyargcount = static_cast<int>(a->posonly.size());
    c->argcount = static_cast<int>(a->posonly.size() + a->args.size());
    c->kwonlyargcount = static_cast<int>(a->kwonly.size());
    if (a->has_vararg) c->flags |= kCoVarargs;
    if (a->has_kwarg) c->flags |= kCoVarkw;
  }

  // Emits the closure tuple for [c] (if it has free vars) and MAKE_FUNCTION.
  void make_function(Code* c, int flags) {
    if (!c->freevars.empty()) {
      for (Str* fv : c->freevars) {
        int idx = deref_index(fv->s);
        if (idx < 0) { error("internal: free variable '" + fv->s + "' not found", cur_pos_); return; }
        emit(Op::LOAD_CLOSURE, idx);
      }
      emit(Op::BUILD_TUPLE, static_cast<int>(c->freevars.size()));
      flags |= 8;
    }
    emit(Op::LOAD_CONST, const_value(Value(c)));
    emit(Op::MAKE_FUNCTION, flags);
  }

  // Pushes the annotations dict of a def (flag 4 of MAKE_FUNCTION), if it has any.
  int function_annotations(Stmt* s) {
    int n = 0;
    auto one = [&](const Arg& a) {
      if (!a.annotation) return;
      emit(Op::LOAD_CONST, const_str(mangle(a.name)));
      expr(a.annotation);
      n++;
    };
    Arguments* a = s->args;
    for (const Arg& x : a->posonly) one(x);
    for (const Arg& x : a->args) one(x);
    if (a->has_vararg) one(a->vararg);
    for (const Arg& x : a->kwonly) one(x);
    if (a->has_kwarg) one(a->kwarg);
    if (s->c) {
      emit(Op::LOAD_CONST, const_str("return"));
      expr(s->c);
      n++;
    }
    if (!n) return 0;
    emit(Op::BUILD_MAP, n);
    return 4;
  }

  void function_def(Stmt* s) {
    for (Expr* d : s->decorators) expr(d);
    int flags = function_defaults(s->args);
    flags |= function_annotations(s);
    Scope* sc = st_.scope_of(s);
    enter(sc, s->name, s->pos.line);
    Code* c = u().code;
    set_arg_counts(c, s->args);
    c->consts.push_back(s->has_docstring ? Value(eng_.intern(s->docstring)) : eng_.None);
    {
      PosGuard pg(*this, s->pos);
      emit(Op::RESUME);
    }
    body(s->body);
    if (err_.set) { leave(); return; }
    if (u().instrs.empty() || decode_op(u().instrs.back()) != Op::RETURN_VALUE || true) {
      emit(Op::LOAD_CONST, const_value(eng_.None));
      emit(Op::RETURN_VALUE);
    }
    Code* done = leave();
    make_function(done, flags);
    decorate(s->decorators);
    name_op(s->name, Ctx::Store);
  }

  // Applies decorators innermost first; each call carries its decorator's position.
  void decorate(const std::vector<Expr*>& decos) {
    for (size_t i = decos.size(); i-- > 0;) {
      PosGuard pg(*this, decos[i]->pos);
      emit(Op::CALL, kCallDecorator);
    }
  }

  void class_def(Stmt* s) {
    for (Expr* d : s->decorators) expr(d);
    emit(Op::PUSH_NULL);
    emit(Op::LOAD_BUILD_CLASS);
    Scope* sc = st_.scope_of(s);
    enter(sc, s->name, s->pos.line);
    {
      PosGuard pg(*this, s->pos);
      if (has_annotations(s->body)) emit(Op::SETUP_ANNOTATIONS);
      emit(Op::LOAD_NAME, name("__name__"));
      emit(Op::STORE_NAME, name("__module__"));
      emit(Op::LOAD_CONST, const_str(u().qualname));
      emit(Op::STORE_NAME, name("__qualname__"));
      if (s->has_docstring) {
        emit(Op::LOAD_CONST, const_str(s->docstring));
        emit(Op::STORE_NAME, name("__doc__"));
      }
    }
    body(s->body);
    if (err_.set) { leave(); return; }
    if (sc->needs_class_cell) {
      emit(Op::LOAD_CLOSURE, deref_index("__class__"));
      emit(Op::STORE_NAME, name("__classcell__"));
    }
    emit(Op::LOAD_CONST, const_value(eng_.None));
    emit(Op::RETURN_VALUE);
    Code* done = leave();
    make_function(done, 0);
    emit(Op::LOAD_CONST, const_str(s->name));
    // The class is made by a call that spans the whole statement, body included (so an error
    // creating it shows the line without carets, as in CPython).
    Pos whole = s->pos;
    if (!s->body.empty()) {
      const Pos& last = s->body.back()->pos;
      whole.end_line = std::max(last.line, last.end_line);
      whole.end_col = last.end_col;
    }
    call_tail(s->targets, s->keywords, 2, whole);
    decorate(s->decorators);
    name_op(s->name, Ctx::Store);
  }

  // ---- expressions ----
  void expr(Expr* e) {
    if (err_.set || !e) return;
    PosGuard pg(*this, e->pos);
    switch (e->kind) {
      case EK::Name: name_op(e->str, Ctx::Load); return;
      case EK::Const: emit(Op::LOAD_CONST, const_value(constant(e))); return;
      case EK::BoolOp: {
        int end = new_label();
        for (size_t i = 0; i < e->items.size(); i++) {
          expr(e->items[i]);
          if (i + 1 < e->items.size()) emit_jump(e->is_and ? Op::JUMP_IF_FALSE_OR_POP : Op::JUMP_IF_TRUE_OR_POP, end);
        }
        bind(end);
        return;
      }
      case EK::BinOp: {
        if (fold_binop(e)) return;
        expr(e->a);
        expr(e->b);
        PosGuard pg2(*this, e->pos);
        emit(Op::BINARY_OP, static_cast<int>(e->op));
        return;
      }
      case EK::UnaryOp: {
        if (e->uop == UnOp::Neg && e->a->kind == EK::Const && (e->a->ck == CK::Int || e->a->ck == CK::Float)) {
          Value v = constant(e->a);
          if (e->a->ck == CK::Float) { emit(Op::LOAD_CONST, const_value(new_float(ts_, -e->a->fval))); return; }
          if (v.is_small()) { emit(Op::LOAD_CONST, const_value(make_int(ts_, -v.small_value()))); return; }
        }
        expr(e->a);
        emit(Op::UNARY_OP, static_cast<int>(e->uop));
        return;
      }
      case EK::Compare: compare(e); return;
      case EK::Call: call(e); return;
      case EK::Attribute:
        expr(e->a);
        { PosGuard pg2(*this, e->pos); emit(Op::LOAD_ATTR, attr_name(e->str)); }
        return;
      case EK::Subscript:
        expr(e->a);
        expr(e->b);
        { PosGuard pg2(*this, e->pos); emit(Op::BINARY_SUBSCR); }
        return;
      case EK::Slice:
        if (e->a) expr(e->a); else emit(Op::LOAD_CONST, const_value(eng_.None));
        if (e->b) expr(e->b); else emit(Op::LOAD_CONST, const_value(eng_.None));
        if (e->c) { expr(e->c); emit(Op::BUILD_SLICE, 3); }
        else emit(Op::BUILD_SLICE, 2);
        return;
      case EK::Starred:
        error("can't use starred expression here", e->pos);
        return;
      case EK::Tuple: sequence(e->items, Op::BUILD_TUPLE); return;
      case EK::List: sequence(e->items, Op::BUILD_LIST); return;
      case EK::Set: sequence(e->items, Op::BUILD_SET); return;
      case EK::Dict: dict(e); return;
      case EK::ListComp: case EK::SetComp: case EK::DictComp: case EK::GenExp: comprehension(e); return;
      case EK::Lambda: {
        int flags = function_defaults(e->args);
        enter(st_.scope_of(e), "<lambda>", e->pos.line);
        set_arg_counts(u().code, e->args);
        u().code->consts.push_back(eng_.None);
        emit(Op::RESUME);
        expr(e->a);
        emit(Op::RETURN_VALUE);
        if (err_.set) { leave(); return; }
        Code* c = leave();
        make_function(c, flags);
        return;
      }
      case EK::IfExp: {
        int orelse = new_label(), end = new_label();
        jump_if(e->b, false, orelse);
        expr(e->a);
        emit_jump(Op::JUMP_FORWARD, end);
        bind(orelse);
        expr(e->c);
        bind(end);
        return;
      }
      case EK::NamedExpr:
        expr(e->a);
        emit(Op::DUP_TOP);
        name_op(e->str, Ctx::Store);
        return;
      case EK::JoinedStr: {
        int n = 0;
        for (Expr* part : e->items) { expr(part); n++; }
        if (n == 0) emit(Op::LOAD_CONST, const_str(""));
        else if (n > 1 || e->items[0]->kind != EK::FormattedValue) { if (n > 1) emit(Op::BUILD_STRING, n); }
        return;
      }
      case EK::FormattedValue: {
        expr(e->a);
        int flags = e->conversion == 's' ? 1 : e->conversion == 'r' ? 2 : e->conversion == 'a' ? 3 : 0;
        if (e->c) {
          expr(e->c);
          if (e->c->kind == EK::JoinedStr && e->c->items.size() == 1 && e->c->items[0]->kind == EK::FormattedValue) {
            // A lone nested field: make sure the spec is a str.
          }
          flags |= 4;
        }
        emit(Op::FORMAT_VALUE, flags);
        return;
      }
      case EK::Yield:
        if (!u().scope->function_like()) { error("'yield' outside function", e->pos); return; }
        if (e->a) expr(e->a); else emit(Op::LOAD_CONST, const_value(eng_.None));
        emit(Op::YIELD_VALUE);
        return;
      case EK::YieldFrom:
        if (!u().scope->function_like()) { error("'yield' outside function", e->pos); return; }
        expr(e->a);
        emit(Op::GET_YIELD_FROM_ITER);
        emit(Op::LOAD_CONST, const_value(eng_.None));
        emit(Op::YIELD_FROM);
        return;
    }
  }

  bool fold_binop(Expr* e) {
    if (e->a->kind != EK::Const || e->b->kind != EK::Const) return false;
    if (e->a->ck != CK::Int || e->b->ck != CK::Int) return false;
    Value a = constant(e->a), b = constant(e->b);
    if (!a.is_small() || !b.is_small()) return false;
    int64_t x = a.small_value(), y = b.small_value(), r;
    switch (e->op) {
      case BinOp::Add: if (__builtin_add_overflow(x, y, &r)) return false; break;
      case BinOp::Sub: if (__builtin_sub_overflow(x, y, &r)) return false; break;
      case BinOp::Mul: if (__builtin_mul_overflow(x, y, &r)) return false; break;
      default: return false;
    }
    if (!Value::fits_small(r)) return false;
    emit(Op::LOAD_CONST, const_value(Value::small(r)));
    return true;
  }

  Value constant(Expr* e) {
    switch (e->ck) {
      case CK::None: return eng_.None;
      case CK::True: return eng_.True;
      case CK::False: return eng_.False;
      case CK::Ellipsis: return eng_.Ellipsis;
      case CK::Int: {
        int base = 10;
        std::string t = e->str;
        if (t.size() > 1 && t[0] == '0' && strchr("xXoObB", t[1])) {
          char k = static_cast<char>(tolower(t[1]));
          base = k == 'x' ? 16 : k == 'o' ? 8 : 2;
          t = t.substr(2);
        }
        Value v = int_from_digits(ts_, t, base);
        if (!v) { ts_.exc = Value(); error("integer literal too large", e->pos); return eng_.None; }
        return v;
      }
      case CK::Float: return new_float(ts_, e->fval);
      case CK::Str: return Value(eng_.intern(e->str));
      case CK::Bytes: return new_bytes(ts_, e->str);
    }
    return eng_.None;
  }

  void compare(Expr* e) {
    expr(e->a);
    auto op_of = [&](CmpKind k) {
      switch (k) {
        case CmpKind::Is: emit(Op::IS_OP, 0); break;
        case CmpKind::IsNot: emit(Op::IS_OP, 1); break;
        case CmpKind::In: emit(Op::CONTAINS_OP, 0); break;
        case CmpKind::NotIn: emit(Op::CONTAINS_OP, 1); break;
        default: emit(Op::COMPARE_OP, static_cast<int>(k)); break;
      }
    };
    if (e->cmps.size() == 1) {
      expr(e->items[0]);
      PosGuard pg(*this, e->pos);
      op_of(e->cmps[0]);
      return;
    }
    int cleanup = new_label(), end = new_label();
    for (size_t i = 0; i < e->cmps.size(); i++) {
      expr(e->items[i]);
      if (i + 1 < e->cmps.size()) {
        emit(Op::DUP_TOP);
        emit(Op::ROT_THREE);
        op_of(e->cmps[i]);
        emit_jump(Op::JUMP_IF_FALSE_OR_POP, cleanup);
      } else {
        op_of(e->cmps[i]);
      }
    }
    emit_jump(Op::JUMP_FORWARD, end);
    bind(cleanup);
    emit(Op::ROT_TWO);
    emit(Op::POP_TOP);
    bind(end);
  }

  void sequence(const std::vector<Expr*>& items, Op build) {
    bool starred = false;
    for (Expr* x : items) if (x->kind == EK::Starred) starred = true;
    if (!starred) {
      // A tuple of constants is itself a constant.
      if (build == Op::BUILD_TUPLE && !items.empty()) {
        bool all_const = true;
        for (Expr* x : items) if (x->kind != EK::Const) all_const = false;
        if (all_const) {
          std::vector<Value> vs;
          for (Expr* x : items) vs.push_back(constant(x));
          emit(Op::LOAD_CONST, const_value(Value(new_tuple(ts_, vs))));
          return;
        }
      }
      for (Expr* x : items) expr(x);
      emit(build, static_cast<int>(items.size()));
      return;
    }
    // Starred items: build a list, extend, convert.
    if (build == Op::BUILD_SET) emit(Op::BUILD_SET, 0); else emit(Op::BUILD_LIST, 0);
    for (Expr* x : items) {
      if (x->kind == EK::Starred) {
        expr(x->a);
        emit(build == Op::BUILD_SET ? Op::SET_UPDATE : Op::LIST_EXTEND, 1);
      } else {
        expr(x);
        emit(build == Op::BUILD_SET ? Op::SET_ADD : Op::LIST_APPEND, 1);
      }
    }
    if (build == Op::BUILD_TUPLE) emit(Op::LIST_TO_TUPLE);
  }

  void dict(Expr* e) {
    bool unpack = false;
    for (Expr* k : e->items) if (!k) unpack = true;
    if (!unpack) {
      for (size_t i = 0; i < e->items.size(); i++) { expr(e->items[i]); expr(e->items2[i]); }
      emit(Op::BUILD_MAP, static_cast<int>(e->items.size()));
      return;
    }
    emit(Op::BUILD_MAP, 0);
    for (size_t i = 0; i < e->items.size(); i++) {
      if (!e->items[i]) { expr(e->items2[i]); emit(Op::DICT_UPDATE, 1); }
      else { expr(e->items[i]); expr(e->items2[i]); emit(Op::MAP_ADD, 1); }
    }
  }

  void call(Expr* e) {
    bool simple = true;
    for (Expr* a : e->items) if (a->kind == EK::Starred) simple = false;
    for (Keyword& k : e->keywords) if (k.name.empty()) simple = false;
    if (e->a->kind == EK::Attribute && simple) {
      expr(e->a->a);
      { PosGuard pg(*this, e->a->pos); emit(Op::LOAD_METHOD, attr_name(e->a->str)); }
    } else {
      emit(Op::PUSH_NULL);
      expr(e->a);
    }
    call_tail(e->items, e->keywords, 0, e->pos);
  }

  // Emits the arguments and the call; [already]: positional arguments already pushed.
  void call_tail(const std::vector<Expr*>& args, const std::vector<Keyword>& kws, int already, Pos p) {
    bool simple = true;
    for (Expr* a : args) if (a->kind == EK::Starred) simple = false;
    for (const Keyword& k : kws) if (k.name.empty()) simple = false;
    if (simple) {
      for (Expr* a : args) expr(a);
      for (const Keyword& k : kws) expr(k.value);
      PosGuard pg(*this, p);
      if (!kws.empty()) {
        std::vector<Value> names;
        for (const Keyword& k : kws) names.push_back(Value(eng_.intern(k.name)));
        emit(Op::KW_NAMES, const_value(Value(new_tuple(ts_, names))));
      }
      emit(Op::CALL, static_cast<int>(args.size() + kws.size()) + already);
      return;
    }
    // General form: [NULL, f, args_tuple, kwargs_dict?]
    // LIST_EXTEND / DICT_MERGE with kCallContext: errors name the callee, as CPython's do.
    emit(Op::BUILD_LIST, already);
    for (Expr* a : args) {
      if (a->kind == EK::Starred) { expr(a->a); emit(Op::LIST_EXTEND, 1 | kCallContext); }
      else { expr(a); emit(Op::LIST_APPEND, 1); }
    }
    emit(Op::LIST_TO_TUPLE);
    bool has_kw = !kws.empty();
    if (has_kw) {
      emit(Op::BUILD_MAP, 0);
      for (const Keyword& k : kws) {
        if (k.name.empty()) {
          expr(k.value);
        } else {
          // A named keyword is merged too, so a repeat of a ** key is an error.
          emit(Op::LOAD_CONST, const_str(k.name));
          expr(k.value);
          emit(Op::BUILD_MAP, 1);
        }
        emit(Op::DICT_MERGE, 1 | kCallContext);
      }
    }
    PosGuard pg(*this, p);
    emit(Op::CALL_FUNCTION_EX, has_kw ? 1 : 0);
  }

  void comprehension(Expr* e) {
    Scope* sc = st_.scope_of(e);
    const char* nm = e->kind == EK::ListComp ? "<listcomp>" : e->kind == EK::SetComp ? "<setcomp>"
                   : e->kind == EK::DictComp ? "<dictcomp>" : "<genexpr>";
    enter(sc, nm, e->pos.line);
    Code* c = u().code;
    c->argcount = 1;
    c->consts.push_back(eng_.None);
    emit(Op::RESUME);
    if (e->kind == EK::ListComp) emit(Op::BUILD_LIST, 0);
    else if (e->kind == EK::SetComp) emit(Op::BUILD_SET, 0);
    else if (e->kind == EK::DictComp) emit(Op::BUILD_MAP, 0);
    comp_generator(e, 0);
    if (e->kind == EK::GenExp) emit(Op::LOAD_CONST, const_value(eng_.None));
    emit(Op::RETURN_VALUE);
    if (err_.set) { leave(); return; }
    Code* done = leave();
    emit(Op::PUSH_NULL);
    make_function(done, 0);
    expr(e->gens[0].iter);
    emit(Op::GET_ITER);
    emit(Op::CALL, 1);
  }

  void comp_generator(Expr* e, size_t gi) {
    Comprehension& g = e->gens[gi];
    int top = new_label(), end = new_label();
    if (gi == 0) emit(Op::LOAD_FAST, var(".0"));
    else { expr(g.iter); emit(Op::GET_ITER); }
    bind(top);
    emit_jump(Op::FOR_ITER, end);
    store_target(g.target);
    for (Expr* cond : g.ifs) jump_if(cond, false, top);
    if (gi + 1 < e->gens.size()) {
      comp_generator(e, gi + 1);
    } else {
      int depth = static_cast<int>(e->gens.size()) + 1;
      switch (e->kind) {
        case EK::ListComp: expr(e->a); emit(Op::LIST_APPEND, depth); break;
        case EK::SetComp: expr(e->a); emit(Op::SET_ADD, depth); break;
        case EK::DictComp: expr(e->a); expr(e->b); emit(Op::MAP_ADD, depth); break;
        default: expr(e->a); emit(Op::YIELD_VALUE); emit(Op::POP_TOP); break;
      }
    }
    emit_jump(Op::JUMP_BACKWARD, top);
    bind(end);
  }

  // ---- stack depth ----

  int stack_depth(Code* c) {
    size_t n = c->code.size();
    std::vector<int> depth(n + 1, -1);
    std::vector<size_t> work;
    int maxd = 0;
    auto push = [&](size_t i, int d) {
      if (i > n) return;
      if (d > maxd) maxd = d;
      if (depth[i] >= d) return;
      depth[i] = d;
      work.push_back(i);
    };
    push(0, 0);
    while (!work.empty()) {
      size_t i = work.back();
      work.pop_back();
      int d = depth[i];
      for (; i < n;) {
        Op op = decode_op(c->code[i]);
        int arg = static_cast<int>(decode_arg(c->code[i]));
        int eff = 0, jeff = 0;
        bool jumps = false, falls = true;
        switch (op) {
          case Op::BUILD_SLICE: eff = 1 - arg; break;
          case Op::BUILD_TUPLE: case Op::BUILD_LIST: case Op::BUILD_SET: case Op::BUILD_STRING: eff = 1 - arg; break;
          case Op::BUILD_MAP: eff = 1 - 2 * arg; break;
          case Op::FORMAT_VALUE: eff = (arg & 4) ? -1 : 0; break;
          case Op::UNPACK_SEQUENCE: eff = arg - 1; break;
          case Op::UNPACK_EX: eff = (arg & 0xFF) + (arg >> 8); break;
          case Op::CALL: eff = arg == static_cast<int>(kCallDecorator) ? -1 : -arg - 1; break;
          case Op::CALL_FUNCTION_EX: eff = (arg & 1) ? -3 : -2; break;
          case Op::MAKE_FUNCTION: eff = -__builtin_popcount(static_cast<unsigned>(arg)); break;
          case Op::RAISE_VARARGS: eff = arg == 3 ? -2 : -arg; falls = false; break;
          case Op::JUMP_FORWARD: case Op::JUMP_BACKWARD: jumps = true; falls = false; break;
          case Op::POP_JUMP_IF_FALSE: case Op::POP_JUMP_IF_TRUE: eff = -1; jeff = -1; jumps = true; break;
          case Op::JUMP_IF_FALSE_OR_POP: case Op::JUMP_IF_TRUE_OR_POP: eff = -1; jeff = 0; jumps = true; break;
          case Op::FOR_ITER: eff = 1; jeff = -1; jumps = true; break;
          case Op::SETUP_FINALLY: eff = 0; jeff = 1; jumps = true; break;
          case Op::SETUP_CLEANUP: eff = 0; jeff = 0; jumps = true; break;
          case Op::RETURN_VALUE: case Op::RERAISE: case Op::POP_EXCEPT_AND_RERAISE: eff = -1; falls = false; break;
          default: eff = op_stack_effect(op); break;
        }
        if (jumps) push(static_cast<size_t>(arg), d + jeff);
        if (!falls) break;
        d += eff;
        if (d > maxd) maxd = d;
        i++;
        if (depth[i] >= d) break;
        depth[i] = d;
      }
    }
    return maxd + 2;
  }
};

}  // namespace

Code* compile_module(ThreadState& ts, const Source& src, SyntaxErrorInfo& err, bool eval_mode) {
  Ast ast;
  if (!parse_module(src, ast, err)) return nullptr;
  SymbolTable st;
  if (!st.build(ast, err)) return nullptr;
  Compiler c(ts, src, st, err);
  Code* code = c.module(ast, eval_mode);
  if (err.set) return nullptr;
  return code;
}

}  // namespace il
