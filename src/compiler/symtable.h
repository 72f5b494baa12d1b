// symtable.h: scope analysis. Decides for every name in every scope whether it is a fast
// local, a cell, a free variable, a global or a class-namespace name, before code is emitted.
#pragma once
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "common/source.h"
#include "parser/ast.h"

namespace il {

enum class ScopeKind { Module, Function, Class, Lambda, Comprehension };
enum class SymKind { Local, GlobalExplicit, GlobalImplicit, Free, Cell, ClassName };

enum SymFlags : unsigned {
  kDefLocal = 1, kDefParam = 2, kDefGlobal = 4, kDefNonlocal = 8, kUse = 16, kDefAnnot = 32,
  kCompIter = 64,   // an iteration variable of a comprehension (walrus may not rebind it)
};

struct Scope {
  ScopeKind kind;
  std::string name;
  Scope* parent = nullptr;
  std::vector<Scope*> children;
  std::map<std::string, unsigned> flags;
  std::vector<std::string> order;       // names in order of first appearance
  std::vector<std::string> params;      // parameter names in order
  std::unordered_map<std::string, SymKind> kinds;
  std::vector<std::string> cellvars, freevars;
  bool generator = false;
  bool needs_class_cell = false;        // class: some method uses super()/__class__
  bool uses_super = false;              // function: uses super or __class__
  bool comp_iter_target = false;        // visiting a comprehension's `for` target
  int comp_iter_expr = 0;               // visiting a comprehension's iterable (walrus forbidden)
  int line = 0;
  bool function_like() const { return kind == ScopeKind::Function || kind == ScopeKind::Lambda || kind == ScopeKind::Comprehension; }
  SymKind lookup(const std::string& n) const {
    auto it = kinds.find(n);
    if (it != kinds.end()) return it->second;
    return kind == ScopeKind::Class ? SymKind::ClassName : SymKind::GlobalImplicit;
  }
};

// CPython's private name mangling: __x inside class C becomes _C__x.
std::string mangle_name(const std::string& cls, const std::string& name);

class SymbolTable {
 public:
  // Analyzes the module [ast]. Returns false with [err] set (e.g. nonlocal without binding).
  bool build(const Ast& ast, SyntaxErrorInfo& err);
  Scope* scope_of(const void* node) const {
    auto it = by_node_.find(node);
    return it == by_node_.end() ? nullptr : it->second;
  }
  Scope* module() const { return module_; }

 private:
  std::vector<std::unique_ptr<Scope>> scopes_;
  std::unordered_map<const void*, Scope*> by_node_;
  Scope* module_ = nullptr;
  friend class SymVisitor;
};

}  // namespace il
