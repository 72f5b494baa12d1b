// ast.h: the syntax tree. Fat nodes (one Expr and one Stmt struct with a kind) owned by an
// Ast arena; children are raw pointers into it. Positions are 1-based lines, code-point columns.
#pragma once
#include <deque>
#include <string>
#include <vector>

#include "objects/object.h"

namespace il {

struct Pos { int line = 0, col = 0, end_line = 0, end_col = 0; };

enum class EK : uint8_t {
  Name, Const, BoolOp, BinOp, UnaryOp, Compare, Call, Attribute, Subscript, Slice, Starred,
  Tuple, List, Dict, Set, ListComp, SetComp, GenExp, DictComp, Lambda, IfExp, NamedExpr,
  JoinedStr, FormattedValue, Yield, YieldFrom
};
enum class CK : uint8_t { None, True, False, Ellipsis, Int, Float, Str, Bytes };
enum class Ctx : uint8_t { Load, Store, Del };
enum class CmpKind : uint8_t { Lt, Le, Eq, Ne, Gt, Ge, Is, IsNot, In, NotIn };

struct Expr;
struct Stmt;

struct Keyword { std::string name; Expr* value = nullptr; Pos pos; };  // name "" means **value
struct Comprehension { Expr* target = nullptr; Expr* iter = nullptr; std::vector<Expr*> ifs; };
struct Arg { std::string name; Pos pos; Expr* annotation = nullptr; };
struct Arguments {
  std::vector<Arg> posonly, args, kwonly;
  std::vector<Expr*> defaults;      // for the last len(defaults) of posonly+args
  std::vector<Expr*> kw_defaults;   // one per kwonly, null when required
  bool has_vararg = false, has_kwarg = false;
  Arg vararg, kwarg;
};

struct Expr {
  EK kind;
  Pos pos;
  Ctx ctx = Ctx::Load;
  CK ck = CK::None;            // Const
  std::string str;             // Name id, Attribute attr, Const str/bytes/int text, NamedExpr target
  double fval = 0;             // Const float
  bool is_and = false;         // BoolOp
  BinOp op = BinOp::Add;       // BinOp
  UnOp uop = UnOp::Neg;        // UnaryOp
  char conversion = 0;         // FormattedValue: 0, 's', 'r', 'a'
  Expr* a = nullptr;           // left / operand / func / value / elt / key / body / test-true
  Expr* b = nullptr;           // right / slice / value / test
  Expr* c = nullptr;           // orelse / step / format spec
  std::vector<Expr*> items;    // elts, args, values, comparators, dict keys (null = **)
  std::vector<Expr*> items2;   // dict values
  std::vector<CmpKind> cmps;
  std::vector<Keyword> keywords;
  std::vector<Comprehension> gens;
  Arguments* args = nullptr;   // Lambda
};

enum class SK : uint8_t {
  Expr, Assign, AugAssign, AnnAssign, If, While, For, Break, Continue, Pass, Return, FunctionDef,
  ClassDef, Global, Nonlocal, Import, ImportFrom, Raise, Try, With, Delete, Assert
};

struct Alias { std::string name, asname; Pos pos; };
struct Handler { Expr* type = nullptr; std::string name; std::vector<Stmt*> body; Pos pos; };
struct WithItem { Expr* ctx = nullptr; Expr* vars = nullptr; };

struct Stmt {
  SK kind;
  Pos pos;
  std::string name;                // def/class name, ImportFrom module
  int level = 0;                   // ImportFrom
  BinOp op = BinOp::Add;           // AugAssign
  Expr* a = nullptr;               // value / test / target / exc / return value
  Expr* b = nullptr;               // iter / cause / msg / augassign value / annotation
  Expr* c = nullptr;               // AnnAssign value
  std::vector<Expr*> targets;      // Assign targets, Delete targets, ClassDef bases
  std::vector<Keyword> keywords;   // ClassDef keywords
  std::vector<Stmt*> body, orelse, finalbody;
  std::vector<Handler> handlers;
  std::vector<WithItem> items;
  std::vector<Expr*> decorators;
  std::vector<std::string> names;  // Global / Nonlocal
  std::vector<Alias> aliases;      // Import
  Arguments* args = nullptr;       // FunctionDef
  std::string docstring;
  bool has_docstring = false;
};

class Ast {
 public:
  Expr* expr(EK k, Pos p) { exprs_.emplace_back(); Expr* e = &exprs_.back(); e->kind = k; e->pos = p; return e; }
  Stmt* stmt(SK k, Pos p) { stmts_.emplace_back(); Stmt* s = &stmts_.back(); s->kind = k; s->pos = p; return s; }
  Arguments* arguments() { args_.emplace_back(); return &args_.back(); }
  std::vector<Stmt*> body;   // the module

 private:
  std::deque<Expr> exprs_;
  std::deque<Stmt> stmts_;
  std::deque<Arguments> args_;
};

}  // namespace il
