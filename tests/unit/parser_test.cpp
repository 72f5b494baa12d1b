// parser_test.cpp: the parser (src/parser): the shape of the tree for precedence, calls,
// lambdas, comprehensions, f-strings and compound statements, and SyntaxErrors with CPython
// 3.11's message, line and column. Every expected error text below is what `python3 main.py`
// (CPython 3.11) printed on stderr for the same file.
#include <catch2/catch.hpp>

#include <memory>
#include <string>
#include <vector>

#include "parser/parser.h"

namespace {

using namespace il;

const char* binop_spelling(BinOp op) {
  switch (op) {
#define X(e, s, m, r, i) case BinOp::e: return s;
    IL_BINOPS(X)
#undef X
    default: return "?";
  }
}

const char* cmp_spelling(CmpKind k) {
  switch (k) {
    case CmpKind::Lt: return "<";
    case CmpKind::Le: return "<=";
    case CmpKind::Eq: return "==";
    case CmpKind::Ne: return "!=";
    case CmpKind::Gt: return ">";
    case CmpKind::Ge: return ">=";
    case CmpKind::Is: return "is";
    case CmpKind::IsNot: return "is not";
    case CmpKind::In: return "in";
    case CmpKind::NotIn: return "not in";
  }
  return "?";
}

std::string dump(const Expr* e);

std::string dump_list(const std::vector<Expr*>& xs) {
  std::string out;
  for (const Expr* x : xs) out += " " + dump(x);
  return out;
}

std::string dump_args(const Arguments* a) {
  std::string out = "(";
  auto add = [&](const std::string& s) { out += (out.size() > 1 ? " " : "") + s; };
  size_t npos = a->posonly.size() + a->args.size();
  size_t first_default = npos - a->defaults.size();
  size_t i = 0;
  for (const Arg& p : a->posonly) {
    add(p.name + (i >= first_default ? "=" + dump(a->defaults[i - first_default]) : ""));
    i++;
  }
  if (!a->posonly.empty()) add("/");
  for (const Arg& p : a->args) {
    add(p.name + (i >= first_default ? "=" + dump(a->defaults[i - first_default]) : ""));
    i++;
  }
  if (a->has_vararg) add("*" + a->vararg.name);
  else if (!a->kwonly.empty()) add("*");
  for (size_t k = 0; k < a->kwonly.size(); k++)
    add(a->kwonly[k].name + (a->kw_defaults[k] ? "=" + dump(a->kw_defaults[k]) : ""));
  if (a->has_kwarg) add("**" + a->kwarg.name);
  return out + ")";
}

std::string dump_gens(const std::vector<Comprehension>& gens) {
  std::string out;
  for (const Comprehension& g : gens) {
    out += " (for " + dump(g.target) + " " + dump(g.iter);
    for (const Expr* c : g.ifs) out += " (if " + dump(c) + ")";
    out += ")";
  }
  return out;
}

// The tree as an S-expression: (op operands...), names bare, constants as Python spells them.
std::string dump(const Expr* e) {
  if (!e) return "_";
  switch (e->kind) {
    case EK::Name: return e->str;
    case EK::Const:
      switch (e->ck) {
        case CK::None: return "None";
        case CK::True: return "True";
        case CK::False: return "False";
        case CK::Ellipsis: return "...";
        case CK::Int: return e->str;
        case CK::Float: {
          std::string s = std::to_string(e->fval);
          while (s.size() > 1 && s.back() == '0' && s[s.size() - 2] != '.') s.pop_back();
          return s;
        }
        case CK::Str: return "'" + e->str + "'";
        case CK::Bytes: return "b'" + e->str + "'";
      }
      return "?";
    case EK::BoolOp: return std::string("(") + (e->is_and ? "and" : "or") + dump_list(e->items) + ")";
    case EK::BinOp: return std::string("(") + binop_spelling(e->op) + " " + dump(e->a) + " " + dump(e->b) + ")";
    case EK::UnaryOp: {
      const char* n = e->uop == UnOp::Neg ? "neg" : e->uop == UnOp::Pos ? "pos" : e->uop == UnOp::Invert ? "inv" : "not";
      return std::string("(") + n + " " + dump(e->a) + ")";
    }
    case EK::Compare: {
      std::string out = "(cmp " + dump(e->a);
      for (size_t i = 0; i < e->cmps.size(); i++) out += std::string(" ") + cmp_spelling(e->cmps[i]) + " " + dump(e->items[i]);
      return out + ")";
    }
    case EK::Call: {
      std::string out = "(call " + dump(e->a) + dump_list(e->items);
      for (const Keyword& k : e->keywords) out += " " + (k.name.empty() ? "**" : k.name + "=") + dump(k.value);
      return out + ")";
    }
    case EK::Attribute: return "(. " + dump(e->a) + " " + e->str + ")";
    case EK::Subscript: return "([] " + dump(e->a) + " " + dump(e->b) + ")";
    case EK::Slice: return "(slice " + dump(e->a) + " " + dump(e->b) + " " + dump(e->c) + ")";
    case EK::Starred: return "*" + dump(e->a);
    case EK::Tuple: return "(tuple" + dump_list(e->items) + ")";
    case EK::List: return "(list" + dump_list(e->items) + ")";
    case EK::Set: return "(set" + dump_list(e->items) + ")";
    case EK::Dict: {
      std::string out = "(dict";
      for (size_t i = 0; i < e->items.size(); i++)
        out += e->items[i] ? " " + dump(e->items[i]) + ":" + dump(e->items2[i]) : " **" + dump(e->items2[i]);
      return out + ")";
    }
    case EK::ListComp: return "(listcomp " + dump(e->a) + dump_gens(e->gens) + ")";
    case EK::SetComp: return "(setcomp " + dump(e->a) + dump_gens(e->gens) + ")";
    case EK::GenExp: return "(genexp " + dump(e->a) + dump_gens(e->gens) + ")";
    case EK::DictComp: return "(dictcomp " + dump(e->a) + ":" + dump(e->b) + dump_gens(e->gens) + ")";
    case EK::Lambda: return "(lambda " + dump_args(e->args) + " " + dump(e->a) + ")";
    case EK::IfExp: return "(ifexp " + dump(e->b) + " " + dump(e->a) + " " + dump(e->c) + ")";
    case EK::NamedExpr: return "(:= " + e->str + " " + dump(e->a) + ")";
    case EK::JoinedStr: return "(f" + dump_list(e->items) + ")";
    case EK::FormattedValue: {
      std::string out = "(fv " + dump(e->a);
      if (e->conversion) out += std::string(" !") + e->conversion;
      if (e->c) out += " :" + dump(e->c);
      return out + ")";
    }
    case EK::Yield: return "(yield " + dump(e->a) + ")";
    case EK::YieldFrom: return "(yieldfrom " + dump(e->a) + ")";
  }
  return "?";
}

struct Parsed {
  Ast ast;
  SyntaxErrorInfo err;
  bool ok = false;
};

// Parses [text]; the Ast lives as long as the returned object.
std::unique_ptr<Parsed> parse(const std::string& text) {
  auto p = std::make_unique<Parsed>();
  Source src("main.py", text);
  p->ok = parse_module(src, p->ast, p->err);
  return p;
}

const Stmt* only_stmt(const Parsed& p) {
  INFO("error: " << p.err.msg << " at " << p.err.line << ":" << p.err.col);
  REQUIRE(p.ok);
  REQUIRE(p.ast.body.size() == 1);
  return p.ast.body[0];
}

// The tree of the expression statement [text].
std::string expr_tree(const std::string& text) {
  auto p = parse(text + "\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->kind == SK::Expr);
  return dump(s->a);
}

SyntaxErrorInfo error_of(const std::string& text) {
  auto p = parse(text);
  REQUIRE_FALSE(p->ok);
  REQUIRE(p->err.set);
  return p->err;
}

// What an uncaught SyntaxError of [text] prints, as a file named main.py.
std::string report_of(const std::string& text) {
  Source src("main.py", text);
  Ast ast;
  SyntaxErrorInfo err;
  REQUIRE_FALSE(parse_module(src, ast, err));
  return format_syntax_error(src, err);
}

}  // namespace

// ---------------------------------------------------------------- precedence

TEST_CASE("multiplication binds tighter than addition", "[parser]") {
  CHECK(expr_tree("1 + 2 * 3") == "(+ 1 (* 2 3))");
  CHECK(expr_tree("(1 + 2) * 3") == "(* (+ 1 2) 3)");
  CHECK(expr_tree("1 - 2 - 3") == "(- (- 1 2) 3)");
}

TEST_CASE("not binds looser than a comparison", "[parser]") {
  CHECK(expr_tree("not a == b") == "(not (cmp a == b))");
  CHECK(expr_tree("not a and b or c") == "(or (and (not a) b) c)");
}

TEST_CASE("unary minus binds looser than power, and power is right-associative", "[parser]") {
  CHECK(expr_tree("-x ** 2") == "(neg (** x 2))");
  CHECK(expr_tree("2 ** -1") == "(** 2 (neg 1))");
  CHECK(expr_tree("a ** b ** c") == "(** a (** b c))");
}

TEST_CASE("bitwise operators rank between comparison and arithmetic", "[parser]") {
  CHECK(expr_tree("a | b ^ c & d << 1 + 2") == "(| a (^ b (& c (<< d (+ 1 2)))))");
  CHECK(expr_tree("a < b | c") == "(cmp a < (| b c))");
  CHECK(expr_tree("~a % b // c @ d") == "(@ (// (% (inv a) b) c) d)");
}

TEST_CASE("comparisons chain into one node", "[parser]") {
  CHECK(expr_tree("a < b <= c") == "(cmp a < b <= c)");
  CHECK(expr_tree("a is not b not in c") == "(cmp a is not b not in c)");
  CHECK(expr_tree("1 < x == y > 2 != z") == "(cmp 1 < x == y > 2 != z)");
}

TEST_CASE("a conditional expression binds looser than or", "[parser]") {
  CHECK(expr_tree("a or b if c else d") == "(ifexp c (or a b) d)");
  CHECK(expr_tree("a if b else c if d else e") == "(ifexp b a (ifexp d c e))");
}

TEST_CASE("attribute access, calls and subscripts chain left to right", "[parser]") {
  CHECK(expr_tree("a.b(c)[d].e") == "(. ([] (call (. a b) c) d) e)");
  CHECK(expr_tree("x[1:2, ::3]") == "([] x (tuple (slice 1 2 _) (slice _ _ 3)))");
  CHECK(expr_tree("-a.b") == "(neg (. a b))");
}

TEST_CASE("literals keep their kind", "[parser]") {
  CHECK(expr_tree("None, True, False, ...") == "(tuple None True False ...)");
  CHECK(expr_tree("[1, 2.5, 'a' 'b', b'c']") == "(list 1 2.5 'ab' b'c')");
  CHECK(expr_tree("{1: 2, **d}") == "(dict 1:2 **d)");
  CHECK(expr_tree("{1, 2}") == "(set 1 2)");
  CHECK(expr_tree("()") == "(tuple)");
  CHECK(expr_tree("(1,)") == "(tuple 1)");
}

TEST_CASE("a walrus names its target", "[parser]") {
  CHECK(expr_tree("(n := len(a))") == "(:= n (call len a))");
}

// ---------------------------------------------------------------- calls and lambdas

TEST_CASE("a call keeps positional, starred and keyword arguments", "[parser]") {
  CHECK(expr_tree("f(1, *args, key=2, **kwargs)") == "(call f 1 *args key=2 **kwargs)");
  CHECK(expr_tree("f()") == "(call f)");
  CHECK(expr_tree("f(a)(b)") == "(call (call f a) b)");
}

TEST_CASE("a lone generator argument needs no extra parentheses", "[parser]") {
  CHECK(expr_tree("sum(x for x in y)") == "(call sum (genexp x (for x y)))");
}

TEST_CASE("a lambda takes the same parameter forms as def", "[parser]") {
  CHECK(expr_tree("lambda: 0") == "(lambda () 0)");
  CHECK(expr_tree("lambda x, y=1, *a, k, **kw: x + y") == "(lambda (x y=1 *a k **kw) (+ x y))");
  CHECK(expr_tree("lambda x: lambda y: x") == "(lambda (x) (lambda (y) x))");
}

// ---------------------------------------------------------------- comprehensions

TEST_CASE("comprehensions keep every for and if clause in order", "[parser]") {
  CHECK(expr_tree("[x * y for x in a if x for y in b if y if x < y]") ==
        "(listcomp (* x y) (for x a (if x)) (for y b (if y) (if (cmp x < y))))");
  CHECK(expr_tree("{k: v for k, v in d}") == "(dictcomp k:v (for (tuple k v) d))");
  CHECK(expr_tree("{x for x in s}") == "(setcomp x (for x s))");
  CHECK(expr_tree("(x for x in s)") == "(genexp x (for x s))");
}

// ---------------------------------------------------------------- f-strings

TEST_CASE("an f-string is literal parts and formatted values", "[parser]") {
  CHECK(expr_tree("f'a{x}b{y}'") == "(f 'a' (fv x) 'b' (fv y))");
  CHECK(expr_tree("f'{{}}{x}'") == "(f '{}' (fv x))");
}

TEST_CASE("an f-string conversion and format spec are kept", "[parser]") {
  CHECK(expr_tree("f'{x!r}'") == "(f (fv x !r))");
  CHECK(expr_tree("f'{x:>10}'") == "(f (fv x :(f '>10')))");
  CHECK(expr_tree("f'{x!s:^5}'") == "(f (fv x !s :(f '^5')))");
}

TEST_CASE("a format spec may hold nested replacement fields", "[parser]") {
  CHECK(expr_tree("f'{x:>{w}.{p}f}'") == "(f (fv x :(f '>' (fv w) '.' (fv p) 'f')))");
}

TEST_CASE("an f-string expression may hold another string, call or f-string", "[parser]") {
  CHECK(expr_tree("f'{d[\"k\"]}'") == "(f (fv ([] d 'k')))");
  CHECK(expr_tree("f'{f(a, b)}'") == "(f (fv (call f a b)))");
  CHECK(expr_tree("f'{f\"{x}\"}'") == "(f (fv (f (fv x))))");
  CHECK(expr_tree("f'{a != b}'") == "(f (fv (cmp a != b)))");
}

TEST_CASE("the = specifier shows the expression text and uses repr", "[parser]") {
  CHECK(expr_tree("f'{x=}'") == "(f 'x=' (fv x !r))");
  CHECK(expr_tree("f'{x = }'") == "(f 'x = ' (fv x !r))");
  CHECK(expr_tree("f'{x=!s}'") == "(f 'x=' (fv x !s))");
  CHECK(expr_tree("f'{x=:>4}'") == "(f 'x=' (fv x :(f '>4')))");
}

TEST_CASE("implicitly joined strings and f-strings become one f-string", "[parser]") {
  CHECK(expr_tree("'a' f'{x}' 'b'") == "(f 'a' (fv x) 'b')");
}

TEST_CASE("f-string errors use CPython's messages", "[parser]") {
  CHECK(error_of("print(f'{x!z}')\n").msg == "f-string: invalid conversion character: expected 's', 'r', or 'a'");
  CHECK(error_of("print(f'{')\n").msg == "f-string: expecting '}'");
  CHECK(error_of("print(f'{}')\n").msg == "f-string: empty expression not allowed");
  CHECK(error_of("print(f'}')\n").msg == "f-string: single '}' is not allowed");
}

// ---------------------------------------------------------------- statements

TEST_CASE("def keeps positional-only, defaults, *args, keyword-only and **kwargs", "[parser]") {
  auto p = parse("def f(a, b=1, /, c=2, *args, d, e=3, **kw):\n    pass\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->kind == SK::FunctionDef);
  CHECK(s->name == "f");
  CHECK(dump_args(s->args) == "(a b=1 / c=2 *args d e=3 **kw)");
  CHECK(s->args->posonly.size() == 2);
  CHECK(s->args->args.size() == 1);
  CHECK(s->args->kwonly.size() == 2);
  CHECK(s->args->defaults.size() == 2);
}

TEST_CASE("a bare star starts keyword-only parameters", "[parser]") {
  auto p = parse("def f(a, *, b):\n    pass\n");
  const Stmt* s = only_stmt(*p);
  CHECK(dump_args(s->args) == "(a * b)");
  CHECK_FALSE(s->args->has_vararg);
}

TEST_CASE("a function body keeps its docstring", "[parser]") {
  auto p = parse("def f():\n    \"\"\"Doc.\"\"\"\n    return 1\n");
  const Stmt* s = only_stmt(*p);
  CHECK(s->has_docstring);
  CHECK(s->docstring == "Doc.");
  REQUIRE(s->body.size() >= 1);
  CHECK(s->body.back()->kind == SK::Return);
}

TEST_CASE("decorators are kept outermost first", "[parser]") {
  auto p = parse("@a\n@b.c(1)\ndef f():\n    pass\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->decorators.size() == 2);
  CHECK(dump(s->decorators[0]) == "a");
  CHECK(dump(s->decorators[1]) == "(call (. b c) 1)");
  auto q = parse("@dataclass\nclass A:\n    pass\n");
  CHECK(only_stmt(*q)->decorators.size() == 1);
}

TEST_CASE("a class keeps its bases and keywords", "[parser]") {
  auto p = parse("class A(B, C, metaclass=M):\n    x = 1\n    def f(self):\n        pass\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->kind == SK::ClassDef);
  CHECK(s->name == "A");
  CHECK(dump_list(s->targets) == " B C");
  REQUIRE(s->keywords.size() == 1);
  CHECK(s->keywords[0].name == "metaclass");
  CHECK(s->body.size() == 2);
}

TEST_CASE("try keeps handlers, else and finally", "[parser]") {
  auto p = parse(
      "try:\n    a()\nexcept ValueError as e:\n    b()\nexcept (KeyError, IndexError):\n    c()\n"
      "except:\n    d()\nelse:\n    e()\nfinally:\n    f()\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->kind == SK::Try);
  REQUIRE(s->handlers.size() == 3);
  CHECK(dump(s->handlers[0].type) == "ValueError");
  CHECK(s->handlers[0].name == "e");
  CHECK(dump(s->handlers[1].type) == "(tuple KeyError IndexError)");
  CHECK(s->handlers[1].name.empty());
  CHECK(s->handlers[2].type == nullptr);
  CHECK(s->orelse.size() == 1);
  CHECK(s->finalbody.size() == 1);
}

TEST_CASE("try with only finally has no handlers", "[parser]") {
  auto p = parse("try:\n    pass\nfinally:\n    pass\n");
  const Stmt* s = only_stmt(*p);
  CHECK(s->handlers.empty());
  CHECK(s->finalbody.size() == 1);
}

TEST_CASE("with keeps every item and its target", "[parser]") {
  auto p = parse("with open(f) as a, lock, x as (b, c):\n    pass\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->kind == SK::With);
  REQUIRE(s->items.size() == 3);
  CHECK(dump(s->items[0].ctx) == "(call open f)");
  CHECK(dump(s->items[0].vars) == "a");
  CHECK(s->items[1].vars == nullptr);
  CHECK(dump(s->items[2].vars) == "(tuple b c)");
}

TEST_CASE("if/elif/else nests the elif in orelse", "[parser]") {
  auto p = parse("if a:\n    x\nelif b:\n    y\nelse:\n    z\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->kind == SK::If);
  REQUIRE(s->orelse.size() == 1);
  const Stmt* elif = s->orelse[0];
  CHECK(elif->kind == SK::If);
  CHECK(dump(elif->a) == "b");
  CHECK(elif->orelse.size() == 1);
}

TEST_CASE("for and while keep their else clause", "[parser]") {
  auto p = parse("for i, j in pairs:\n    pass\nelse:\n    done()\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->kind == SK::For);
  CHECK(dump(s->a) == "(tuple i j)");
  CHECK(s->orelse.size() == 1);
  auto q = parse("while x:\n    break\nelse:\n    y\n");
  CHECK(only_stmt(*q)->orelse.size() == 1);
}

TEST_CASE("chained assignment keeps every target, augmented assignment its operator", "[parser]") {
  auto p = parse("a = b[0] = c.d = 1\n");
  const Stmt* s = only_stmt(*p);
  REQUIRE(s->kind == SK::Assign);
  CHECK(dump_list(s->targets) == " a ([] b 0) (. c d)");
  auto q = parse("n //= 2\n");
  const Stmt* t = only_stmt(*q);
  REQUIRE(t->kind == SK::AugAssign);
  CHECK(t->op == BinOp::FloorDiv);
}

TEST_CASE("simple statements separated by semicolons are separate statements", "[parser]") {
  auto p = parse("a = 1; b = 2; pass\n");
  REQUIRE(p->ok);
  CHECK(p->ast.body.size() == 3);
}

TEST_CASE("statements carry their positions", "[parser]") {
  auto p = parse("x = 1\n\nif x:\n    y = f(x)\n");
  REQUIRE(p->ok);
  REQUIRE(p->ast.body.size() == 2);
  const Stmt* s = p->ast.body[1];
  CHECK(s->pos.line == 3);
  CHECK(s->pos.col == 1);
  REQUIRE(s->body.size() == 1);
  CHECK(s->body[0]->pos.line == 4);
  CHECK(s->body[0]->pos.col == 5);
  const Expr* call = s->body[0]->a;
  CHECK(call->pos.col == 9);
  CHECK(call->pos.end_col == 13);
}

// ---------------------------------------------------------------- SyntaxErrors

TEST_CASE("a misplaced token is invalid syntax at that token", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("x = = 1\n");
  CHECK(e.type == "SyntaxError");
  CHECK(e.msg == "invalid syntax");
  CHECK(e.line == 1);
  CHECK(e.col == 5);
  e = error_of("x = 1 +\n");
  CHECK(e.msg == "invalid syntax");
  CHECK(e.col == 8);
}

TEST_CASE("assigning to a call suggests ==", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("f() = 1\n");
  CHECK(e.msg == "cannot assign to function call here. Maybe you meant '==' instead of '='?");
  CHECK(e.line == 1);
  CHECK(e.col == 1);
  CHECK(e.end_col == 4);
  CHECK(error_of("1 = x\n").msg == "cannot assign to literal here. Maybe you meant '==' instead of '='?");
  CHECK(error_of("x + 1 = 2\n").msg == "cannot assign to expression here. Maybe you meant '==' instead of '='?");
}

TEST_CASE("a compound statement header without a colon expects ':'", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("if x\n    pass\n");
  CHECK(e.msg == "expected ':'");
  CHECK(e.line == 1);
  CHECK(e.col == 5);
  CHECK(error_of("for x in y\n    pass\n").col == 11);
  CHECK(error_of("def f()\n    pass\n").col == 8);
  e = error_of("while x:\n    pass\nelse\n");
  CHECK(e.msg == "expected ':'");
  CHECK(e.line == 3);
  CHECK(e.col == 5);
}

TEST_CASE("an unclosed bracket at the end of the file was never closed", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("(1, 2\n");
  CHECK(e.msg == "'(' was never closed");
  CHECK(e.line == 1);
  CHECK(e.col == 1);
  e = error_of("x = [1,\n2,\n");
  CHECK(e.msg == "'[' was never closed");
  CHECK(e.col == 5);
  e = error_of("def f():\n    return\nx = (1 +\n");
  CHECK(e.msg == "'(' was never closed");
  CHECK(e.line == 3);
  CHECK(e.col == 5);
}

TEST_CASE("an unclosed bracket wins over the invalid syntax it causes on a later line", "[parser][errors]") {
  // CPython 3.11 re-tokenizes the rest of the file after a generic "invalid syntax" and
  // reports a bracket left open on a line before the error's.
  SyntaxErrorInfo e = error_of("x = (1, 2\ny = 3\n");
  CHECK(e.msg == "'(' was never closed");
  CHECK(e.line == 1);
  CHECK(e.col == 5);
  e = error_of("x = [1, 2\nfor y in x:\n    pass\n");
  CHECK(e.msg == "'[' was never closed");
  CHECK(e.line == 1);
}

TEST_CASE("an unclosed bracket does not hide an invalid syntax on its own line", "[parser][errors]") {
  // CPython 3.11 reports the unclosed bracket only when the error's line is after the
  // bracket's (pegen.c, _PyPegen_tokenize_full_source_to_check_for_errors). Here it says
  // "invalid syntax"; the parser says "'(' was never closed".
  SyntaxErrorInfo e = error_of("def f(:\n    pass\n");
  CHECK(e.msg == "invalid syntax");
  CHECK(e.line == 1);
  CHECK(e.col == 7);
  e = error_of("x = [1, , 2\n");
  CHECK(e.msg == "invalid syntax");
  CHECK(e.col == 9);
  e = error_of("foo(x = = 1\n");
  CHECK(e.msg == "invalid syntax");
  CHECK(e.col == 9);
  CHECK(report_of("def f(:\n    pass\n") ==
        "  File \"main.py\", line 1\n    def f(:\n          ^\nSyntaxError: invalid syntax\n");
}

TEST_CASE("two expressions side by side before the end of the file report the open bracket",
          "[parser][errors]") {
  // CPython 3.11: "f(a b" at the end of the file -> '(' was never closed (col 2), not the
  // missing-comma hint it gives for "f(a b)".
  SyntaxErrorInfo e = error_of("f(a b\n");
  CHECK(e.msg == "'(' was never closed");
  CHECK(e.col == 2);
}

TEST_CASE("a block header followed by no indented block is an IndentationError", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("if x:\npass\n");
  CHECK(e.type == "IndentationError");
  CHECK(e.msg == "expected an indented block after 'if' statement on line 1");
  CHECK(e.line == 2);
  CHECK(e.col == 1);
  e = error_of("x = 1\ndef f():\nreturn 1\n");
  CHECK(e.type == "IndentationError");
  CHECK(e.msg == "expected an indented block after function definition on line 2");
  CHECK(e.line == 3);
  e = error_of("for i in x:\n\n# c\ny\n");
  CHECK(e.msg == "expected an indented block after 'for' statement on line 1");
  CHECK(e.line == 4);
}

TEST_CASE("an unexpected indent is an IndentationError", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("x = 5\n    y = 6\n");
  CHECK(e.type == "IndentationError");
  CHECK(e.msg == "unexpected indent");
  CHECK(e.line == 2);
}

TEST_CASE("print without parentheses gets CPython's hint", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("print 'x'\n");
  CHECK(e.msg == "Missing parentheses in call to 'print'. Did you mean print(...)?");
  CHECK(e.col == 1);
  CHECK(e.end_col == 10);
}

TEST_CASE("two expressions side by side in a call suggest a missing comma", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("f(1 2)\n");
  CHECK(e.msg == "invalid syntax. Perhaps you forgot a comma?");
  CHECK(e.col == 3);
  CHECK(e.end_col == 6);
}

TEST_CASE("illegal targets are named", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("a, b += 1\n");
  CHECK(e.msg == "'tuple' is an illegal expression for augmented assignment");
  CHECK(e.col == 1);
  e = error_of("del f()\n");
  CHECK(e.msg == "cannot delete function call");
  CHECK(e.col == 5);
}

TEST_CASE("parameter order errors point at the parameter", "[parser][errors]") {
  SyntaxErrorInfo e = error_of("def f(a=1, b):\n    pass\n");
  CHECK(e.msg == "non-default argument follows default argument");
  CHECK(e.col == 12);
  e = error_of("def f(a, a):\n    pass\n");
  CHECK(e.msg == "duplicate argument 'a' in function definition");
  CHECK(e.col == 10);
}

TEST_CASE("a try without except or finally is reported after its body", "[parser][errors][!mayfail]") {
  // CPython 3.11: line 2, offset 9 (end of "    pass"); the parser says line 3.
  SyntaxErrorInfo e = error_of("try:\n    pass\n");
  CHECK(e.msg == "expected 'except' or 'finally' block");
  CHECK(e.line == 2);
}

TEST_CASE("assigning to None does not suggest ==", "[parser][errors][!mayfail]") {
  CHECK(error_of("None = 1\n").msg == "cannot assign to None");
}

TEST_CASE("a generator argument among others must be parenthesized", "[parser][errors][!mayfail]") {
  SyntaxErrorInfo e = error_of("f(x for x in y, 1)\n");
  CHECK(e.msg == "Generator expression must be parenthesized");
  CHECK(e.col == 3);
}

TEST_CASE("*args after **kwargs is an error", "[parser][errors][!mayfail]") {
  SyntaxErrorInfo e = error_of("f(**k, *a)\n");
  CHECK(e.msg == "iterable argument unpacking follows keyword argument unpacking");
  CHECK(e.col == 8);
}

TEST_CASE("a conditional expression without else underlines the whole expression",
          "[parser][errors][!mayfail]") {
  SyntaxErrorInfo e = error_of("x = 5 if y\n");
  CHECK(e.msg == "expected 'else' after 'if' expression");
  CHECK(e.col == 5);
  CHECK(e.end_col == 11);
}

TEST_CASE("a dict display with a bare key says ':' expected after dictionary key",
          "[parser][errors][!mayfail]") {
  SyntaxErrorInfo e = error_of("{1: 2, 3}\n");
  CHECK(e.msg == "':' expected after dictionary key");
  CHECK(e.col == 8);
}

TEST_CASE("a bare star without names points at the star", "[parser][errors][!mayfail]") {
  SyntaxErrorInfo e = error_of("def f(*):\n    pass\n");
  CHECK(e.msg == "named arguments must follow bare *");
  CHECK(e.col == 7);
}

TEST_CASE("a positional argument after a keyword one is reported at CPython's column",
          "[parser][errors][!mayfail]") {
  // CPython 3.11 reports the last token read, the ')' at column 9.
  SyntaxErrorInfo e = error_of("f(a=1, b)\n");
  CHECK(e.msg == "positional argument follows keyword argument");
  CHECK(e.col == 9);
}

// ---------------------------------------------------------------- the printed report

TEST_CASE("format_syntax_error prints what CPython prints on stderr", "[parser][errors]") {
  CHECK(report_of("x = = 1\n") ==
        "  File \"main.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n");
  CHECK(report_of("f() = 1\n") ==
        "  File \"main.py\", line 1\n    f() = 1\n    ^^^\n"
        "SyntaxError: cannot assign to function call here. Maybe you meant '==' instead of '='?\n");
  CHECK(report_of("if x\n    pass\n") ==
        "  File \"main.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n");
  CHECK(report_of("(1, 2\n") ==
        "  File \"main.py\", line 1\n    (1, 2\n    ^\nSyntaxError: '(' was never closed\n");
  CHECK(report_of("if x:\npass\n") ==
        "  File \"main.py\", line 2\n    pass\n    ^\n"
        "IndentationError: expected an indented block after 'if' statement on line 1\n");
  CHECK(report_of("print 'x'\n") ==
        "  File \"main.py\", line 1\n    print 'x'\n    ^^^^^^^^^\n"
        "SyntaxError: Missing parentheses in call to 'print'. Did you mean print(...)?\n");
  CHECK(report_of("f(1 2)\n") ==
        "  File \"main.py\", line 1\n    f(1 2)\n      ^^^\nSyntaxError: invalid syntax. Perhaps you forgot a comma?\n");
  CHECK(report_of("x = [1, 2)\n") ==
        "  File \"main.py\", line 1\n    x = [1, 2)\n             ^\n"
        "SyntaxError: closing parenthesis ')' does not match opening parenthesis '['\n");
  CHECK(report_of("x = 'abc\n") ==
        "  File \"main.py\", line 1\n    x = 'abc\n        ^\nSyntaxError: unterminated string literal (detected at line 1)\n");
  CHECK(report_of("del f()\n") ==
        "  File \"main.py\", line 1\n    del f()\n        ^^^\nSyntaxError: cannot delete function call\n");
}

TEST_CASE("format_syntax_error strips the indentation of the shown line", "[parser][errors]") {
  CHECK(report_of("for x in range(3):\n    print(x)\n  print(x)\n") ==
        "  File \"main.py\", line 3\n    print(x)\n            ^\n"
        "IndentationError: unindent does not match any outer indentation level\n");
  CHECK(report_of("class A:\n    def f(self)\n        pass\n") ==
        "  File \"main.py\", line 2\n    def f(self)\n               ^\nSyntaxError: expected ':'\n");
  CHECK(report_of("while x:\n    pass\nelse\n") ==
        "  File \"main.py\", line 3\n    else\n        ^\nSyntaxError: expected ':'\n");
}

TEST_CASE("format_syntax_error prints no caret for an unexpected indent", "[parser][errors]") {
  CHECK(report_of(" x = 1\n") == "  File \"main.py\", line 1\n    x = 1\nIndentationError: unexpected indent\n");
}

TEST_CASE("format_syntax_error clamps a caret past the end of the line", "[parser][errors]") {
  Source src("main.py", "x = 1\n");
  SyntaxErrorInfo e;
  e.set = true;
  e.msg = "m";
  e.line = 1;
  e.col = 40;
  CHECK(format_syntax_error(src, e) == "  File \"main.py\", line 1\n    x = 1\n         ^\nSyntaxError: m\n");
}

TEST_CASE("format_syntax_error prints no source line for a line past the end", "[parser][errors]") {
  Source src("main.py", "x = 1\n");
  SyntaxErrorInfo e;
  e.set = true;
  e.msg = "m";
  e.line = 7;
  e.col = 1;
  CHECK(format_syntax_error(src, e) == "  File \"main.py\", line 7\nSyntaxError: m\n");
}
