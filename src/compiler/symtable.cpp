// symtable.cpp: the two passes of scope analysis: collect what each scope binds and uses,
// then resolve free names outward (classes are skipped, as CPython does) and mark cells.
#include "compiler/symtable.h"

#include <algorithm>
#include <set>

namespace il {

std::string mangle_name(const std::string& cls, const std::string& name) {
  if (cls.empty() || name.size() < 3 || name[0] != '_' || name[1] != '_') return name;
  if (name.size() >= 4 && name[name.size() - 1] == '_' && name[name.size() - 2] == '_') return name;
  if (name.find('.') != std::string::npos) return name;
  size_t i = 0;
  while (i < cls.size() && cls[i] == '_') i++;
  if (i == cls.size()) return name;
  return "_" + cls.substr(i) + name;
}

class SymVisitor {
 public:
  SymVisitor(SymbolTable& st, SyntaxErrorInfo& err) : st_(st), err_(err) {}

  Scope* new_scope(ScopeKind k, std::string name, const void* node, int line) {
    st_.scopes_.push_back(std::make_unique<Scope>());
    Scope* s = st_.scopes_.back().get();
    s->kind = k;
    s->name = std::move(name);
    s->parent = cur_;
    s->line = line;
    // A scope opened inside a comprehension's iterable inherits the walrus ban (CPython).
    if (cur_) s->comp_iter_expr = cur_->comp_iter_expr;
    if (cur_) cur_->children.push_back(s);
    if (node) st_.by_node_[node] = s;
    return s;
  }

  std::string private_;   // the innermost enclosing class's name, for __private mangling

  void add(const std::string& raw, unsigned f, int line = 0, int col = 0) {
    std::string n = mangle_name(private_, raw);
    if (cur_->comp_iter_target) {
      // A name in a comprehension's `for` target (CPython marks loads there too): a walrus
      // may not have bound it, nor rebind it later.
      if (cur_->flags.count(n) && (cur_->flags[n] & (kDefGlobal | kDefNonlocal))) {
        error("comprehension inner loop cannot rebind assignment expression target '" + n + "'", line, col);
      }
      f |= kCompIter;
    }
    auto it = cur_->flags.find(n);
    if (it == cur_->flags.end()) {
      cur_->order.push_back(n);
      cur_->flags[n] = f;
      return;
    }
    unsigned old = it->second;
    if ((f & kDefGlobal) && (old & (kDefLocal | kUse | kDefParam)) && !(old & kDefGlobal)) {
      const char* what = (old & kDefParam) ? "is parameter and global" : (old & kUse) ? "is used prior to global declaration" : "is assigned to before global declaration";
      error("name '" + n + "' " + what, line, col);
    }
    if ((f & kDefNonlocal) && (old & (kDefLocal | kUse | kDefParam)) && !(old & kDefNonlocal)) {
      const char* what = (old & kDefParam) ? "is parameter and nonlocal" : (old & kUse) ? "is used prior to nonlocal declaration" : "is assigned to before nonlocal declaration";
      error("name '" + n + "' " + what, line, col);
    }
    it->second |= f;
  }

  void error(const std::string& msg, int line, int col) {
    if (err_.set) return;
    err_.set = true;
    err_.msg = msg;
    err_.line = line;
    err_.col = col;
  }

  void module(const Ast& ast) {
    st_.module_ = cur_ = new_scope(ScopeKind::Module, "<module>", nullptr, 1);
    for (Stmt* s : ast.body) stmt(s);
  }

  void body(const std::vector<Stmt*>& b) { for (Stmt* s : b) stmt(s); }

  void arguments(Arguments* a) {
    // Defaults and annotations are evaluated in the enclosing scope.
    for (Expr* d : a->defaults) expr(d);
    for (Expr* d : a->kw_defaults) if (d) expr(d);
  }

  void params(Arguments* a) {
    auto p = [&](const std::string& n) {
      add(n, kDefParam);
      cur_->params.push_back(mangle_name(private_, n));
    };
    for (Arg& x : a->posonly) p(x.name);
    for (Arg& x : a->args) p(x.name);
    for (Arg& x : a->kwonly) p(x.name);
    if (a->has_vararg) p(a->vararg.name);
    if (a->has_kwarg) p(a->kwarg.name);
  }

  void stmt(Stmt* s) {
    switch (s->kind) {
      case SK::Expr: expr(s->a); break;
      case SK::Assign:
        expr(s->a);
        for (Expr* t : s->targets) expr(t);
        break;
      case SK::AugAssign:
        expr(s->b);
        expr(s->a);
        if (s->a->kind == EK::Name) add(s->a->str, kUse);
        break;
      case SK::AnnAssign:
        if (s->c) expr(s->c);
        expr(s->a);
        break;
      case SK::If: case SK::While:
        expr(s->a); body(s->body); body(s->orelse); break;
      case SK::For:
        expr(s->b); expr(s->a); body(s->body); body(s->orelse); break;
      case SK::Break: case SK::Continue: case SK::Pass: break;
      case SK::Return: if (s->a) expr(s->a); break;
      case SK::Delete: for (Expr* t : s->targets) expr(t); break;
      case SK::Assert: expr(s->a); if (s->b) expr(s->b); break;
      case SK::Raise: if (s->a) expr(s->a); if (s->b) expr(s->b); break;
      case SK::Global:
        for (auto& n : s->names) add(n, kDefGlobal, s->pos.line, s->pos.col);
        break;
      case SK::Nonlocal:
        if (cur_->kind == ScopeKind::Module) { error("nonlocal declaration not allowed at module level", s->pos.line, s->pos.col); break; }
        for (auto& n : s->names) add(n, kDefNonlocal, s->pos.line, s->pos.col);
        break;
      case SK::Import:
        for (auto& a : s->aliases) {
          std::string n = a.asname.empty() ? a.name.substr(0, a.name.find('.')) : a.asname;
          add(n, kDefLocal);
        }
        break;
      case SK::ImportFrom:
        for (auto& a : s->aliases) {
          if (a.name == "*") {
            if (cur_->kind != ScopeKind::Module) error("import * only allowed at module level", s->pos.line, s->pos.col);
            continue;
          }
          add(a.asname.empty() ? a.name : a.asname, kDefLocal);
        }
        break;
      case SK::Try:
        body(s->body);
        for (Handler& h : s->handlers) {
          if (h.type) expr(h.type);
          if (!h.name.empty()) add(h.name, kDefLocal);
          body(h.body);
        }
        body(s->orelse);
        body(s->finalbody);
        break;
      case SK::With:
        for (WithItem& w : s->items) { expr(w.ctx); if (w.vars) expr(w.vars); }
        body(s->body);
        break;
      case SK::FunctionDef: {
        for (Expr* d : s->decorators) expr(d);
        arguments(s->args);
        // Annotations are evaluated in the enclosing scope, at definition time.
        for (auto* lst : {&s->args->posonly, &s->args->args, &s->args->kwonly})
          for (Arg& a : *lst) if (a.annotation) expr(a.annotation);
        if (s->args->has_vararg && s->args->vararg.annotation) expr(s->args->vararg.annotation);
        if (s->args->has_kwarg && s->args->kwarg.annotation) expr(s->args->kwarg.annotation);
        if (s->c) expr(s->c);
        add(s->name, kDefLocal);
        Scope* saved = cur_;
        cur_ = new_scope(ScopeKind::Function, s->name, s, s->pos.line);
        params(s->args);
        body(s->body);
        cur_ = saved;
        break;
      }
      case SK::ClassDef: {
        for (Expr* d : s->decorators) expr(d);
        for (Expr* b : s->targets) expr(b);
        for (Keyword& k : s->keywords) expr(k.value);
        add(s->name, kDefLocal);
        Scope* saved = cur_;
        std::string saved_private = private_;
        cur_ = new_scope(ScopeKind::Class, s->name, s, s->pos.line);
        private_ = s->name;
        body(s->body);
        private_ = saved_private;
        cur_ = saved;
        break;
      }
    }
  }

  // Visits [e]'s iterable [iter] with walrus forbidden in it.
  void comprehension_iter(Expr* iter) {
    cur_->comp_iter_expr++;
    expr(iter);
    cur_->comp_iter_expr--;
  }

  void comprehension(Expr* e, const char* name) {
    // The first iterable is evaluated outside.
    comprehension_iter(e->gens[0].iter);
    Scope* saved = cur_;
    cur_ = new_scope(ScopeKind::Comprehension, name, e, e->pos.line);
    add(".0", kDefParam);
    cur_->params.push_back(".0");
    if (e->kind == EK::GenExp) cur_->generator = true;
    for (size_t i = 0; i < e->gens.size(); i++) {
      Comprehension& c = e->gens[i];
      cur_->comp_iter_target = true;
      expr(c.target);
      cur_->comp_iter_target = false;
      if (i > 0) comprehension_iter(c.iter);
      for (Expr* x : c.ifs) expr(x);
    }
    if (e->a) expr(e->a);
    if (e->b) expr(e->b);
    cur_ = saved;
  }

  void expr(Expr* e) {
    if (!e) return;
    switch (e->kind) {
      case EK::Name:
        add(e->str, e->ctx == Ctx::Load ? kUse : kDefLocal);
        if (e->ctx == Ctx::Load && (e->str == "super" || e->str == "__class__") && cur_->function_like()) {
          cur_->uses_super = true;
        }
        break;
      case EK::NamedExpr: {
        // PEP 572: inside a comprehension, the target binds in the nearest enclosing function
        // or module scope (symtable_extend_namedexpr_scope in CPython's symtable.c).
        if (cur_->comp_iter_expr > 0) {
          error("assignment expression cannot be used in a comprehension iterable expression", e->pos.line, e->pos.col);
          break;
        }
        if (cur_->kind == ScopeKind::Comprehension && !walrus_in_comprehension(e)) break;
        expr(e->a);
        add(e->str, kDefLocal);
        break;
      }
      case EK::Lambda: {
        arguments(e->args);
        Scope* saved = cur_;
        cur_ = new_scope(ScopeKind::Lambda, "<lambda>", e, e->pos.line);
        params(e->args);
        expr(e->a);
        cur_ = saved;
        break;
      }
      case EK::ListComp: comprehension(e, "<listcomp>"); break;
      case EK::SetComp: comprehension(e, "<setcomp>"); break;
      case EK::DictComp: comprehension(e, "<dictcomp>"); break;
      case EK::GenExp: comprehension(e, "<genexpr>"); break;
      case EK::Yield: case EK::YieldFrom:
        if (cur_->kind == ScopeKind::Module || cur_->kind == ScopeKind::Class) {
          error("'yield' outside function", e->pos.line, e->pos.col);
        }
        if (cur_->kind == ScopeKind::Comprehension && cur_->name != "<genexpr>") {
          error("'yield' inside " + std::string(cur_->name == "<listcomp>" ? "list" : cur_->name == "<setcomp>" ? "set" : "dict") +
                " comprehension", e->pos.line, e->pos.col);
        }
        cur_->generator = true;
        expr(e->a);
        break;
      default:
        expr(e->a);
        expr(e->b);
        expr(e->c);
        for (Expr* x : e->items) expr(x);
        for (Expr* x : e->items2) expr(x);
        for (Keyword& k : e->keywords) expr(k.value);
        break;
    }
  }

  // The walrus [e] in a comprehension: every comprehension up to the target scope passes
  // the name through (nonlocal, or global at module level, whatever it read before), and
  // the target scope binds it. False with the error set (class body, iteration variable).
  bool walrus_in_comprehension(Expr* e) {
    const std::string n = mangle_name(private_, e->str);
    Scope* s = cur_;
    for (; s->kind == ScopeKind::Comprehension; s = s->parent) {
      auto it = s->flags.find(n);
      if (it != s->flags.end() && (it->second & kCompIter)) {
        error("assignment expression cannot rebind comprehension iteration variable '" + n + "'", e->pos.line, e->pos.col);
        return false;
      }
    }
    if (s->kind == ScopeKind::Class) {
      error("assignment expression within a comprehension cannot be used in a class body", e->pos.line, e->pos.col);
      return false;
    }
    auto it = s->flags.find(n);
    bool global = s->kind == ScopeKind::Module || (it != s->flags.end() && (it->second & kDefGlobal));
    for (Scope* c = cur_; c != s; c = c->parent) {
      if (!c->flags.count(n)) c->order.push_back(n);
      c->flags[n] |= global ? kDefGlobal : kDefNonlocal;
    }
    if (it == s->flags.end()) {
      s->order.push_back(n);
      s->flags[n] = 0;
    }
    s->flags[n] |= kDefLocal;
    return true;
  }

  // Pass 2. [bound]: names bound in enclosing function scopes.
  void resolve(Scope* s, const std::set<std::string>& bound, const std::set<std::string>& globals_decl) {
    std::set<std::string> newbound = bound;
    std::set<std::string> newglobal = globals_decl;
    for (const std::string& n : s->order) {
      unsigned f = s->flags[n];
      if (f & kDefGlobal) {
        s->kinds[n] = SymKind::GlobalExplicit;
        newglobal.insert(n);
        newbound.erase(n);
      } else if (f & kDefNonlocal) {
        if (!bound.count(n)) {
          error("no binding for nonlocal '" + n + "' found", s->line, 0);
          return;
        }
        s->kinds[n] = SymKind::Free;
      } else if (f & (kDefLocal | kDefParam)) {
        if (s->kind == ScopeKind::Module) s->kinds[n] = SymKind::GlobalImplicit;
        else if (s->kind == ScopeKind::Class) s->kinds[n] = SymKind::ClassName;
        else {
          s->kinds[n] = SymKind::Local;
          newbound.insert(n);
          newglobal.erase(n);
        }
      } else {
        // Only used here.
        if (bound.count(n) && !(s->kind == ScopeKind::Module)) s->kinds[n] = SymKind::Free;
        else s->kinds[n] = s->kind == ScopeKind::Class ? SymKind::ClassName : SymKind::GlobalImplicit;
      }
    }
    if (s->function_like() && s->uses_super) {
      // Implicit __class__ from the enclosing class.
      Scope* p = s->parent;
      while (p && p->kind != ScopeKind::Class && p->function_like()) p = p->parent;
      if (p && p->kind == ScopeKind::Class) {
        p->needs_class_cell = true;
        if (!s->kinds.count("__class__") || s->kinds["__class__"] != SymKind::Local) {
          s->kinds["__class__"] = SymKind::Free;
          if (!s->flags.count("__class__")) { s->flags["__class__"] = kUse; s->order.push_back("__class__"); }
        }
      }
    }
    if (s->kind == ScopeKind::Class) {
      // Class names are not visible to nested scopes.
      newbound = bound;
      if (s->needs_class_cell || true) newbound.insert("__class__");
    }
    for (Scope* c : s->children) {
      resolve(c, newbound, newglobal);
      if (err_.set) return;
    }
    // Free names of children (their freevars are final by now): cells here if local,
    // pass-through frees otherwise.
    for (Scope* c : s->children) {
      for (const std::string& n : c->freevars) {
        if (n == "__class__" && s->kind == ScopeKind::Class) continue;
        auto it = s->kinds.find(n);
        if (it != s->kinds.end() && (it->second == SymKind::Local || it->second == SymKind::Cell)) {
          it->second = SymKind::Cell;
        } else if (s->kind != ScopeKind::Module) {
          if (s->kind == ScopeKind::Class) {
            // The class passes the enclosing function's cell on; its own body keeps its kind.
            if (it == s->kinds.end()) { s->order.push_back(n); s->flags[n] = 0; s->kinds[n] = SymKind::Free; }
            s->freevars.push_back(n);
          } else if (it == s->kinds.end() || it->second == SymKind::GlobalImplicit) {
            if (it == s->kinds.end()) { s->order.push_back(n); s->flags[n] = 0; }
            s->kinds[n] = SymKind::Free;
          }
        }
      }
    }
    // Ordered cell and free lists.
    for (const std::string& n : s->order) {
      auto k = s->kinds[n];
      if (k == SymKind::Cell) s->cellvars.push_back(n);
      else if (k == SymKind::Free) s->freevars.push_back(n);
    }
    if (s->kind == ScopeKind::Class && s->needs_class_cell) s->cellvars.push_back("__class__");
    std::sort(s->freevars.begin(), s->freevars.end());
    s->freevars.erase(std::unique(s->freevars.begin(), s->freevars.end()), s->freevars.end());
  }

 private:
  SymbolTable& st_;
  SyntaxErrorInfo& err_;
  Scope* cur_ = nullptr;
};

bool SymbolTable::build(const Ast& ast, SyntaxErrorInfo& err) {
  SymVisitor v(*this, err);
  v.module(ast);
  if (err.set) return false;
  v.resolve(module_, {}, {});
  return !err.set;
}

}  // namespace il
