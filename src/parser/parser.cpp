// parser.cpp: the grammar of the supported Python subset, close to CPython's PEG grammar in
// shape and in its error messages. Builds Ast nodes only; no symbol or bytecode work here.
#include "parser/parser.h"

#include <cstring>

#include "lexer/lexer.h"

namespace il {
namespace {

class Parser {
 public:
  Parser(const Source& src, Ast& ast, SyntaxErrorInfo& err, std::vector<Token> toks)
      : src_(src), ast_(ast), err_(err), t_(std::move(toks)) {}

  bool module() {
    while (!failed() && peek().kind != Tok::EndMarker) {
      if (peek().kind == Tok::Newline) { next(); continue; }
      statement(ast_.body);
    }
    return !failed();
  }

  // For f-string replacement fields: one expression (possibly a tuple) then EndMarker.
  Expr* lone_expression() {
    while (peek().kind == Tok::Newline) next();
    Expr* e = star_expressions();
    while (!failed() && peek().kind == Tok::Newline) next();
    if (!failed() && peek().kind != Tok::EndMarker) syntax_error_at(peek(), "f-string: invalid syntax");
    return failed() ? nullptr : e;
  }

 private:
  const Source& src_;
  Ast& ast_;
  SyntaxErrorInfo& err_;
  std::vector<Token> t_;
  size_t i_ = 0;

  bool failed() const { return err_.set; }
  const Token& peek(size_t k = 0) const { size_t j = i_ + k; return t_[j < t_.size() ? j : t_.size() - 1]; }
  const Token& next() { const Token& t = peek(); if (i_ < t_.size() - 1) i_++; return t; }
  bool at(Tok k) const { return peek().kind == k; }
  bool accept(Tok k) { if (at(k)) { next(); return true; } return false; }
  static Pos pos_of(const Token& t) { return {t.line, t.col, t.end_line, t.end_col}; }
  Pos prev_end_pos(Pos start) const {
    const Token& p = t_[i_ > 0 ? i_ - 1 : 0];
    start.end_line = p.end_line;
    start.end_col = p.end_col;
    return start;
  }

  void syntax_error(const std::string& msg, int line, int col, int end_col = 0, const char* type = "SyntaxError",
                    int end_line = 0) {
    if (err_.set) return;
    err_.set = true;
    err_.type = type;
    err_.msg = msg;
    err_.line = line;
    err_.col = col;
    err_.end_col = end_col;
    err_.end_line = end_line;
  }
  void syntax_error_at(const Token& t, const std::string& msg) {
    if (t.kind == Tok::EndMarker && !t.text.empty()) {
      // An unclosed bracket reaches the end of the file.
      syntax_error(t.text, t.body_line, t.body_col);
      return;
    }
    if (t.kind == Tok::Newline || t.kind == Tok::EndMarker || t.kind == Tok::Dedent || t.kind == Tok::Indent) {
      if (t.kind == Tok::Indent) { syntax_error("unexpected indent", t.line, 0, 0, "IndentationError"); return; }
      syntax_error(msg, t.line, t.col);
      return;
    }
    syntax_error(msg, t.line, t.col, t.end_col);
  }
  void invalid_syntax() { syntax_error_at(peek(), "invalid syntax"); }
  // CPython's hint when two expressions stand side by side: carets from [prev] to the next one.
  void forgot_comma(Expr* prev) {
    const Token& t = peek();
    bool starts = t.kind == Tok::Name || t.kind == Tok::Number || t.kind == Tok::String || t.kind == Tok::LParen ||
                  t.kind == Tok::LBracket || t.kind == Tok::LBrace || t.kind == Tok::KwNone || t.kind == Tok::KwTrue ||
                  t.kind == Tok::KwFalse;
    if (!starts || !prev || prev->pos.line != t.line) { invalid_syntax(); return; }
    size_t save = i_;
    SyntaxErrorInfo probe;
    Parser sub(src_, ast_, probe, t_);
    sub.i_ = i_;
    Expr* nxt = sub.expression();
    i_ = save;
    int end_col = (nxt && !probe.set && nxt->pos.end_line == t.line) ? nxt->pos.end_col : t.end_col;
    syntax_error("invalid syntax. Perhaps you forgot a comma?", prev->pos.line, prev->pos.col, end_col);
  }
  bool expect(Tok k, const char* what = nullptr) {
    if (accept(k)) return true;
    if (!failed()) {
      if (what) syntax_error_at(peek(), std::string("expected '") + what + "'");
      else invalid_syntax();
    }
    return false;
  }
  void expect_colon() {
    if (accept(Tok::Colon)) return;
    if (!failed()) {
      const Token& p = t_[i_ > 0 ? i_ - 1 : 0];
      if (at(Tok::Newline)) syntax_error("expected ':'", p.end_line, p.end_col);
      else syntax_error_at(peek(), "invalid syntax");
    }
  }

  // ---- statements ----
  void statement(std::vector<Stmt*>& out) {
    switch (peek().kind) {
      case Tok::KwDef: funcdef(out, {}); return;
      case Tok::KwClass: classdef(out, {}); return;
      case Tok::KwIf: out.push_back(if_stmt()); return;
      case Tok::KwWhile: out.push_back(while_stmt()); return;
      case Tok::KwFor: out.push_back(for_stmt()); return;
      case Tok::KwTry: out.push_back(try_stmt()); return;
      case Tok::KwWith: out.push_back(with_stmt()); return;
      case Tok::At: decorated(out); return;
      case Tok::KwAsync: syntax_error_at(peek(), "async/await is not supported by Interleave"); return;
      case Tok::Indent: syntax_error("unexpected indent", peek().line, 0, 0, "IndentationError"); return;
      default: simple_stmts(out);
    }
  }

  void simple_stmts(std::vector<Stmt*>& out) {
    for (;;) {
      Stmt* s = simple_stmt();
      if (failed()) return;
      out.push_back(s);
      if (accept(Tok::Semi)) {
        if (at(Tok::Newline)) break;
        continue;
      }
      break;
    }
    if (!accept(Tok::Newline)) {
      if (!failed()) invalid_syntax();
    }
  }

  Stmt* simple_stmt() {
    const Token& t = peek();
    Pos p = pos_of(t);
    switch (t.kind) {
      case Tok::KwPass: next(); return ast_.stmt(SK::Pass, p);
      case Tok::KwBreak: next(); return ast_.stmt(SK::Break, p);
      case Tok::KwContinue: next(); return ast_.stmt(SK::Continue, p);
      case Tok::KwReturn: {
        next();
        Stmt* s = ast_.stmt(SK::Return, p);
        if (!at(Tok::Newline) && !at(Tok::Semi)) s->a = star_expressions();
        s->pos = prev_end_pos(p);
        return s;
      }
      case Tok::KwGlobal:
      case Tok::KwNonlocal: {
        next();
        Stmt* s = ast_.stmt(t.kind == Tok::KwGlobal ? SK::Global : SK::Nonlocal, p);
        do {
          if (!at(Tok::Name)) { invalid_syntax(); return s; }
          s->names.push_back(next().text);
        } while (accept(Tok::Comma));
        return s;
      }
      case Tok::KwDel: {
        next();
        Stmt* s = ast_.stmt(SK::Delete, p);
        do {
          if (at(Tok::Newline) || at(Tok::Semi)) break;
          Expr* e = bitwise_or();
          if (failed()) return s;
          set_ctx(e, Ctx::Del, "delete");
          s->targets.push_back(e);
        } while (accept(Tok::Comma));
        s->pos = prev_end_pos(p);
        return s;
      }
      case Tok::KwAssert: {
        next();
        Stmt* s = ast_.stmt(SK::Assert, p);
        s->a = expression();
        if (accept(Tok::Comma)) s->b = expression();
        s->pos = prev_end_pos(p);
        return s;
      }
      case Tok::KwRaise: {
        next();
        Stmt* s = ast_.stmt(SK::Raise, p);
        if (!at(Tok::Newline) && !at(Tok::Semi)) {
          s->a = expression();
          if (accept(Tok::KwFrom)) s->b = expression();
        }
        s->pos = prev_end_pos(p);
        return s;
      }
      case Tok::KwImport: return import_stmt();
      case Tok::KwFrom: return from_import();
      default: return expr_stmt();
    }
  }

  Stmt* import_stmt() {
    Pos p = pos_of(next());
    Stmt* s = ast_.stmt(SK::Import, p);
    do {
      Alias a;
      a.pos = pos_of(peek());
      a.name = dotted_name();
      if (failed()) return s;
      if (accept(Tok::KwAs)) {
        if (!at(Tok::Name)) { invalid_syntax(); return s; }
        a.asname = next().text;
      }
      s->aliases.push_back(a);
    } while (accept(Tok::Comma));
    s->pos = prev_end_pos(p);
    return s;
  }

  std::string dotted_name() {
    if (!at(Tok::Name)) { invalid_syntax(); return ""; }
    std::string n = next().text;
    while (accept(Tok::Dot)) {
      if (!at(Tok::Name)) { invalid_syntax(); return n; }
      n += "." + next().text;
    }
    return n;
  }

  Stmt* from_import() {
    Pos p = pos_of(next());
    Stmt* s = ast_.stmt(SK::ImportFrom, p);
    while (at(Tok::Dot) || at(Tok::Ellipsis)) s->level += at(Tok::Dot) ? 1 : 3, next();
    if (!at(Tok::KwImport)) s->name = dotted_name();
    if (!expect(Tok::KwImport)) return s;
    if (accept(Tok::Star)) {
      Alias a;
      a.name = "*";
      s->aliases.push_back(a);
      return s;
    }
    bool paren = accept(Tok::LParen);
    do {
      if (paren && at(Tok::RParen)) break;
      if (!at(Tok::Name)) { invalid_syntax(); return s; }
      Alias a;
      a.pos = pos_of(peek());
      a.name = next().text;
      if (accept(Tok::KwAs)) {
        if (!at(Tok::Name)) { invalid_syntax(); return s; }
        a.asname = next().text;
      }
      s->aliases.push_back(a);
    } while (accept(Tok::Comma));
    if (paren) expect(Tok::RParen);
    else if (at(Tok::Comma)) syntax_error_at(peek(), "trailing comma not allowed without surrounding parentheses");
    s->pos = prev_end_pos(p);
    return s;
  }

  static bool aug_op(Tok k, BinOp& op) {
    switch (k) {
      case Tok::PlusEq: op = BinOp::Add; return true;
      case Tok::MinusEq: op = BinOp::Sub; return true;
      case Tok::StarEq: op = BinOp::Mul; return true;
      case Tok::SlashEq: op = BinOp::TrueDiv; return true;
      case Tok::DoubleSlashEq: op = BinOp::FloorDiv; return true;
      case Tok::PercentEq: op = BinOp::Mod; return true;
      case Tok::DoubleStarEq: op = BinOp::Pow; return true;
      case Tok::LShiftEq: op = BinOp::LShift; return true;
      case Tok::RShiftEq: op = BinOp::RShift; return true;
      case Tok::AmpEq: op = BinOp::And; return true;
      case Tok::PipeEq: op = BinOp::Or; return true;
      case Tok::CaretEq: op = BinOp::Xor; return true;
      case Tok::AtEq: op = BinOp::MatMul; return true;
      default: return false;
    }
  }

  Stmt* expr_stmt() {
    Pos p = pos_of(peek());
    if (at(Tok::KwYield)) {
      Stmt* s = ast_.stmt(SK::Expr, p);
      s->a = yield_expr();
      s->pos = prev_end_pos(p);
      return s;
    }
    // print "x" (Python 2): CPython's hint.
    if (at(Tok::Name) && (peek().text == "print" || peek().text == "exec") &&
        (peek(1).kind == Tok::String || peek(1).kind == Tok::Name || peek(1).kind == Tok::Number)) {
      const Token& t = peek();
      size_t j = i_;
      while (t_[j].kind != Tok::Newline && t_[j].kind != Tok::EndMarker) j++;
      const Token& last = t_[j - 1];
      syntax_error("Missing parentheses in call to '" + t.text + "'. Did you mean " + t.text + "(...)?", t.line, t.col,
                   last.end_col, "SyntaxError", last.end_line);
      return nullptr;
    }
    Expr* first = star_expressions();
    if (failed()) return nullptr;
    BinOp op;
    if (aug_op(peek().kind, op)) {
      next();
      if (first->kind != EK::Name && first->kind != EK::Attribute && first->kind != EK::Subscript) {
        syntax_error("'" + describe(first) + "' is an illegal expression for augmented assignment", first->pos.line,
                     first->pos.col, first->pos.end_col, "SyntaxError", first->pos.end_line);
        return nullptr;
      }
      set_ctx(first, Ctx::Store, "assign");
      Stmt* s = ast_.stmt(SK::AugAssign, p);
      s->a = first;
      s->op = op;
      s->b = at(Tok::KwYield) ? yield_expr() : star_expressions();
      s->pos = prev_end_pos(p);
      return s;
    }
    if (at(Tok::Colon) && !at(Tok::Assign)) {
      // Annotated assignment.
      next();
      Stmt* s = ast_.stmt(SK::AnnAssign, p);
      if (first->kind != EK::Name && first->kind != EK::Attribute && first->kind != EK::Subscript) {
        syntax_error("only single target (not tuple) can be annotated", first->pos.line, first->pos.col,
                     first->pos.end_col);
        return nullptr;
      }
      set_ctx(first, Ctx::Store, "assign");
      s->a = first;
      s->b = expression();
      if (accept(Tok::Assign)) s->c = at(Tok::KwYield) ? yield_expr() : star_expressions();
      s->pos = prev_end_pos(p);
      return s;
    }
    if (at(Tok::Assign)) {
      Stmt* s = ast_.stmt(SK::Assign, p);
      std::vector<Expr*> chain{first};
      while (accept(Tok::Assign)) {
        Expr* e = at(Tok::KwYield) ? yield_expr() : star_expressions();
        if (failed()) return nullptr;
        chain.push_back(e);
      }
      for (size_t k = 0; k + 1 < chain.size(); k++) {
        if (!set_ctx(chain[k], Ctx::Store, "assign")) return nullptr;
        s->targets.push_back(chain[k]);
      }
      s->a = chain.back();
      s->pos = prev_end_pos(p);
      return s;
    }
    Stmt* s = ast_.stmt(SK::Expr, p);
    s->a = first;
    s->pos = prev_end_pos(p);
    return s;
  }

  std::string describe(Expr* e) {
    switch (e->kind) {
      case EK::Call: return "function call";
      case EK::Const:
        if (e->ck == CK::None || e->ck == CK::True || e->ck == CK::False) return e->ck == CK::None ? "None" : e->ck == CK::True ? "True" : "False";
        if (e->ck == CK::Ellipsis) return "ellipsis";
        return "literal";
      case EK::BinOp: case EK::UnaryOp: return "expression";
      case EK::BoolOp: return "expression";
      case EK::Compare: return "comparison";
      case EK::Lambda: return "lambda";
      case EK::IfExp: return "conditional expression";
      case EK::NamedExpr: return "named expression";
      case EK::JoinedStr: return "f-string expression";
      case EK::Dict: return "dict literal";
      case EK::Set: return "set display";
      case EK::ListComp: return "list comprehension";
      case EK::SetComp: return "set comprehension";
      case EK::DictComp: return "dict comprehension";
      case EK::GenExp: return "generator expression";
      case EK::Yield: case EK::YieldFrom: return "yield expression";
      case EK::Tuple: return "tuple";
      case EK::List: return "list";
      case EK::Starred: return "starred";
      default: return "expression";
    }
  }

  bool set_ctx(Expr* e, Ctx ctx, const char* verb) {
    switch (e->kind) {
      case EK::Name: e->ctx = ctx; return true;
      case EK::Attribute: case EK::Subscript: e->ctx = ctx; return true;
      case EK::Starred:
        if (ctx == Ctx::Del) break;
        e->ctx = ctx;
        return set_ctx(e->a, ctx, verb);
      case EK::Tuple: case EK::List:
        e->ctx = ctx;
        for (Expr* x : e->items) if (!set_ctx(x, ctx, verb)) return false;
        return true;
      default: break;
    }
    std::string what = describe(e);
    std::string msg = std::string("cannot ") + verb + " to " + what;
    if (ctx == Ctx::Store && strcmp(verb, "assign") == 0 && e->kind != EK::Tuple && e->kind != EK::List &&
        e->kind != EK::Lambda && e->kind != EK::Starred)
      msg += " here. Maybe you meant '==' instead of '='?";
    if (ctx == Ctx::Del) msg = "cannot delete " + what;
    syntax_error(msg, e->pos.line, e->pos.col, e->pos.end_col, "SyntaxError", e->pos.end_line);
    return false;
  }

  std::vector<Stmt*> block(const char* what, int line) {
    std::vector<Stmt*> body;
    if (failed()) return body;
    if (accept(Tok::Newline)) {
      if (!at(Tok::Indent)) {
        syntax_error(std::string("expected an indented block after ") + what + " on line " + std::to_string(line),
                     peek().line, peek().col, 0, "IndentationError");
        return body;
      }
      next();
      while (!failed() && !at(Tok::Dedent) && !at(Tok::EndMarker)) statement(body);
      accept(Tok::Dedent);
    } else {
      simple_stmts(body);
    }
    return body;
  }

  // The test of if/elif/while. "if x = 3:" gets CPython's hint instead of a bare
  // "invalid syntax": a name suggests '==' or ':=', anything else only '=='.
  Expr* condition() {
    Expr* e = named_expression();
    if (failed() || !at(Tok::Assign)) return e;
    // CPython leaves a plain "invalid syntax" at the '=' (reported by expect_colon) for
    // tuples, lists, generators and True/None/False, and when 'a = b' is not all there is.
    std::string what = e->kind == EK::Attribute ? "attribute" : e->kind == EK::Subscript ? "subscript" : describe(e);
    if (e->kind == EK::Tuple || e->kind == EK::List || e->kind == EK::GenExp || what == "True" || what == "None" ||
        what == "False")
      return e;
    SyntaxErrorInfo probe;
    Parser sub(src_, ast_, probe, t_);
    sub.i_ = i_ + 1;
    Expr* rhs = sub.bitwise_or();
    if (!rhs || probe.set || sub.at(Tok::Assign) || sub.at(Tok::Walrus)) return e;
    if (e->kind == EK::Name) {
      syntax_error("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", e->pos.line, e->pos.col,
                   rhs->pos.end_col, "SyntaxError", rhs->pos.end_line);
    } else {
      syntax_error("cannot assign to " + what + " here. Maybe you meant '==' instead of '='?", e->pos.line,
                   e->pos.col, e->pos.end_col);
    }
    return e;
  }

  Stmt* if_stmt() {
    const Token& kw = next();
    Pos p = pos_of(kw);
    bool is_elif = kw.kind == Tok::KwElif;
    Stmt* s = ast_.stmt(SK::If, p);
    s->a = condition();
    expect_colon();
    s->body = block(is_elif ? "'elif' statement" : "'if' statement", p.line);
    if (at(Tok::KwElif)) {
      s->orelse.push_back(if_stmt());
    } else if (at(Tok::KwElse)) {
      int l = next().line;
      expect_colon();
      s->orelse = block("'else' statement", l);
    }
    return s;
  }

  Stmt* while_stmt() {
    Pos p = pos_of(next());
    Stmt* s = ast_.stmt(SK::While, p);
    s->a = condition();
    expect_colon();
    s->body = block("'while' statement", p.line);
    if (at(Tok::KwElse)) {
      int l = next().line;
      expect_colon();
      s->orelse = block("'else' statement", l);
    }
    return s;
  }

  Stmt* for_stmt() {
    Pos p = pos_of(next());
    Stmt* s = ast_.stmt(SK::For, p);
    s->a = target_list();
    if (failed()) return s;
    if (!set_ctx(s->a, Ctx::Store, "assign")) return s;
    if (!expect(Tok::KwIn, "in")) return s;
    s->b = star_expressions();
    expect_colon();
    s->body = block("'for' statement", p.line);
    if (at(Tok::KwElse)) {
      int l = next().line;
      expect_colon();
      s->orelse = block("'else' statement", l);
    }
    return s;
  }

  // Targets of for / comprehension: star_targets, stopping before 'in'.
  Expr* target_list() {
    Pos p = pos_of(peek());
    std::vector<Expr*> items;
    bool comma = false;
    for (;;) {
      Expr* e;
      if (at(Tok::Star)) {
        Pos sp = pos_of(next());
        e = ast_.expr(EK::Starred, sp);
        e->a = bitwise_or();
        e->pos = prev_end_pos(sp);
      } else {
        e = bitwise_or();
      }
      if (failed()) return nullptr;
      items.push_back(e);
      if (!accept(Tok::Comma)) break;
      comma = true;
      if (at(Tok::KwIn)) break;
    }
    if (!comma) return items[0];
    Expr* t = ast_.expr(EK::Tuple, p);
    t->items = items;
    t->pos = prev_end_pos(p);
    return t;
  }

  Stmt* try_stmt() {
    Pos p = pos_of(next());
    Stmt* s = ast_.stmt(SK::Try, p);
    expect_colon();
    s->body = block("'try' statement", p.line);
    while (at(Tok::KwExcept)) {
      const Token& et = next();
      Handler h;
      h.pos = pos_of(et);
      if (at(Tok::Star)) { syntax_error_at(peek(), "except* is not supported by Interleave"); return s; }
      if (!at(Tok::Colon)) {
        h.type = expression();
        if (at(Tok::Comma)) {
          // except A, B:  -> CPython's message
          syntax_error("multiple exception types must be parenthesized", h.type->pos.line, h.type->pos.col, 0);
          return s;
        }
        if (accept(Tok::KwAs)) {
          if (!at(Tok::Name)) { invalid_syntax(); return s; }
          h.name = next().text;
        }
      }
      expect_colon();
      h.body = block("'except' statement", h.pos.line);
      s->handlers.push_back(std::move(h));
      if (failed()) return s;
    }
    if (at(Tok::KwElse)) {
      if (s->handlers.empty()) { invalid_syntax(); return s; }
      int l = next().line;
      expect_colon();
      s->orelse = block("'else' statement", l);
    }
    if (at(Tok::KwFinally)) {
      int l = next().line;
      expect_colon();
      s->finalbody = block("'finally' statement", l);
    }
    if (s->handlers.empty() && s->finalbody.empty() && !failed())
      syntax_error_at(peek(), "expected 'except' or 'finally' block");
    return s;
  }

  Stmt* with_stmt() {
    Pos p = pos_of(next());
    Stmt* s = ast_.stmt(SK::With, p);
    bool paren = false;
    if (at(Tok::LParen)) {
      // Parenthesized with-items (3.10+) vs a parenthesized expression: try the former.
      size_t save = i_;
      next();
      int depth = 1;
      size_t j = i_;
      while (j < t_.size() && depth > 0) {
        if (t_[j].kind == Tok::LParen || t_[j].kind == Tok::LBracket || t_[j].kind == Tok::LBrace) depth++;
        else if (t_[j].kind == Tok::RParen || t_[j].kind == Tok::RBracket || t_[j].kind == Tok::RBrace) depth--;
        j++;
      }
      if (j < t_.size() && t_[j].kind == Tok::Colon) {
        bool has_as = false;
        for (size_t k = i_; k < j; k++) if (t_[k].kind == Tok::KwAs) has_as = true;
        if (has_as) paren = true;
      }
      if (!paren) i_ = save;
    }
    do {
      if (paren && at(Tok::RParen)) break;
      WithItem w;
      w.ctx = expression();
      if (failed()) return s;
      if (accept(Tok::KwAs)) {
        w.vars = target_single();
        if (failed() || !set_ctx(w.vars, Ctx::Store, "assign")) return s;
      }
      s->items.push_back(w);
    } while (accept(Tok::Comma));
    if (paren) expect(Tok::RParen);
    expect_colon();
    s->body = block("'with' statement", p.line);
    return s;
  }

  Expr* target_single() {
    if (at(Tok::LParen) || at(Tok::LBracket)) return primary();
    return bitwise_or();
  }

  void decorated(std::vector<Stmt*>& out) {
    std::vector<Expr*> decos;
    while (accept(Tok::At)) {
      decos.push_back(named_expression());
      if (failed()) return;
      if (!expect(Tok::Newline)) return;
    }
    if (at(Tok::KwDef)) funcdef(out, decos);
    else if (at(Tok::KwClass)) classdef(out, decos);
    else invalid_syntax();
  }

  static void take_docstring(Stmt* s) {
    if (!s->body.empty() && s->body[0]->kind == SK::Expr && s->body[0]->a->kind == EK::Const &&
        s->body[0]->a->ck == CK::Str) {
      s->has_docstring = true;
      s->docstring = s->body[0]->a->str;
    }
  }

  void funcdef(std::vector<Stmt*>& out, std::vector<Expr*> decos) {
    Pos p = pos_of(next());
    Stmt* s = ast_.stmt(SK::FunctionDef, p);
    s->decorators = std::move(decos);
    if (!at(Tok::Name)) { invalid_syntax(); return; }
    s->name = next().text;
    if (!expect(Tok::LParen, "(")) return;
    s->args = arguments(Tok::RParen);
    if (failed()) return;
    if (!expect(Tok::RParen, ")")) return;
    if (accept(Tok::Arrow)) s->c = expression();   // the return annotation
    expect_colon();
    s->body = block("function definition", p.line);
    take_docstring(s);
    out.push_back(s);
  }

  void classdef(std::vector<Stmt*>& out, std::vector<Expr*> decos) {
    Pos p = pos_of(next());
    Stmt* s = ast_.stmt(SK::ClassDef, p);
    s->decorators = std::move(decos);
    if (!at(Tok::Name)) { invalid_syntax(); return; }
    s->name = next().text;
    if (accept(Tok::LParen)) {
      std::vector<Expr*> args;
      call_args(args, s->keywords);
      s->targets = args;
      if (!expect(Tok::RParen, ")")) return;
    }
    expect_colon();
    s->body = block("class definition", p.line);
    take_docstring(s);
    out.push_back(s);
  }

  // Parameters up to [close]: ')' for def, ':' for lambda.
  Arguments* arguments(Tok close) {
    Arguments* a = ast_.arguments();
    bool seen_default = false, seen_star = false;
    auto param = [&](Arg& arg) -> bool {
      if (!at(Tok::Name)) { invalid_syntax(); return false; }
      const Token& t = next();
      arg.name = t.text;
      arg.pos = pos_of(t);
      if (close == Tok::RParen && accept(Tok::Colon)) arg.annotation = expression();
      return true;
    };
    while (!at(close) && !failed()) {
      if (accept(Tok::DoubleStar)) {
        a->has_kwarg = true;
        if (!param(a->kwarg)) return a;
        accept(Tok::Comma);
        if (!at(close)) { syntax_error_at(peek(), "arguments cannot follow var-keyword argument"); }
        break;
      }
      if (accept(Tok::Star)) {
        if (seen_star) { syntax_error_at(peek(), "* argument may appear only once"); return a; }
        seen_star = true;
        if (at(Tok::Name)) {
          a->has_vararg = true;
          if (!param(a->vararg)) return a;
        } else if (at(close) || (at(Tok::Comma) && peek(1).kind == close)) {
          syntax_error_at(peek(), "named arguments must follow bare *");
          return a;
        }
        if (!accept(Tok::Comma)) break;
        continue;
      }
      if (accept(Tok::Slash)) {
        if (seen_star || !a->posonly.empty()) { invalid_syntax(); return a; }
        a->posonly = std::move(a->args);
        a->args.clear();
        if (!accept(Tok::Comma)) break;
        continue;
      }
      Arg arg;
      if (!param(arg)) return a;
      for (auto* lst : {&a->posonly, &a->args, &a->kwonly})
        for (Arg& o : *lst)
          if (o.name == arg.name) {
            syntax_error("duplicate argument '" + arg.name + "' in function definition", arg.pos.line, arg.pos.col,
                         arg.pos.end_col);
            return a;
          }
      if (seen_star) {
        Expr* d = nullptr;
        if (accept(Tok::Assign)) d = expression();
        a->kwonly.push_back(arg);
        a->kw_defaults.push_back(d);
      } else {
        a->args.push_back(arg);
        if (accept(Tok::Assign)) {
          a->defaults.push_back(expression());
          seen_default = true;
        } else if (seen_default) {
          syntax_error("non-default argument follows default argument", arg.pos.line, arg.pos.col, arg.pos.end_col);
          return a;
        }
      }
      if (!accept(Tok::Comma)) break;
    }
    return a;
  }

  // ---- expressions ----
  Expr* star_expressions() {
    Pos p = pos_of(peek());
    Expr* first = star_expression();
    if (failed() || !at(Tok::Comma)) return first;
    Expr* t = ast_.expr(EK::Tuple, p);
    t->items.push_back(first);
    while (accept(Tok::Comma)) {
      if (!starts_expression()) break;
      t->items.push_back(star_expression());
      if (failed()) return t;
    }
    t->pos = prev_end_pos(p);
    return t;
  }

  bool starts_expression() const {
    switch (peek().kind) {
      case Tok::Name: case Tok::Number: case Tok::String: case Tok::LParen: case Tok::LBracket:
      case Tok::LBrace: case Tok::Minus: case Tok::Plus: case Tok::Tilde: case Tok::KwNot:
      case Tok::KwLambda: case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::Star:
      case Tok::Ellipsis: case Tok::KwAwait: case Tok::KwYield:
        return true;
      default: return false;
    }
  }

  Expr* star_expression() {
    if (at(Tok::Star)) {
      Pos p = pos_of(next());
      Expr* e = ast_.expr(EK::Starred, p);
      e->a = bitwise_or();
      e->pos = prev_end_pos(p);
      return e;
    }
    return expression();
  }

  Expr* named_expression() {
    if (at(Tok::Name) && peek(1).kind == Tok::Walrus) {
      const Token& n = next();
      next();
      Expr* e = ast_.expr(EK::NamedExpr, pos_of(n));
      e->str = n.text;
      e->a = expression();
      e->pos = prev_end_pos(e->pos);
      return e;
    }
    Expr* e = expression();
    if (!failed() && at(Tok::Walrus)) {
      syntax_error("cannot use assignment expressions with " + describe(e), e->pos.line, e->pos.col, e->pos.end_col);
    }
    return e;
  }

  Expr* expression() {
    if (at(Tok::KwLambda)) return lambdef();
    Pos p = pos_of(peek());
    Expr* body = disjunction();
    if (failed()) return body;
    if (at(Tok::KwIf)) {
      next();
      Expr* e = ast_.expr(EK::IfExp, p);
      e->a = body;
      e->b = disjunction();
      if (failed()) return e;
      if (!at(Tok::KwElse)) { syntax_error_at(peek(), "expected 'else' after 'if' expression"); return e; }
      next();
      e->c = expression();
      e->pos = prev_end_pos(p);
      return e;
    }
    return body;
  }

  Expr* lambdef() {
    Pos p = pos_of(next());
    Expr* e = ast_.expr(EK::Lambda, p);
    e->args = arguments(Tok::Colon);
    if (!expect(Tok::Colon, ":")) return e;
    e->a = expression();
    e->pos = prev_end_pos(p);
    return e;
  }

  Expr* disjunction() {
    Pos p = pos_of(peek());
    Expr* first = conjunction();
    if (!at(Tok::KwOr) || failed()) return first;
    Expr* e = ast_.expr(EK::BoolOp, p);
    e->is_and = false;
    e->items.push_back(first);
    while (accept(Tok::KwOr)) e->items.push_back(conjunction());
    e->pos = prev_end_pos(p);
    return e;
  }

  Expr* conjunction() {
    Pos p = pos_of(peek());
    Expr* first = inversion();
    if (!at(Tok::KwAnd) || failed()) return first;
    Expr* e = ast_.expr(EK::BoolOp, p);
    e->is_and = true;
    e->items.push_back(first);
    while (accept(Tok::KwAnd)) e->items.push_back(inversion());
    e->pos = prev_end_pos(p);
    return e;
  }

  Expr* inversion() {
    if (at(Tok::KwNot)) {
      Pos p = pos_of(next());
      Expr* e = ast_.expr(EK::UnaryOp, p);
      e->uop = UnOp::Not;
      e->a = inversion();
      e->pos = prev_end_pos(p);
      return e;
    }
    return comparison();
  }

  bool comp_op(CmpKind& k) {
    switch (peek().kind) {
      case Tok::Less: k = CmpKind::Lt; break;
      case Tok::LessEq: k = CmpKind::Le; break;
      case Tok::EqEq: k = CmpKind::Eq; break;
      case Tok::NotEq: k = CmpKind::Ne; break;
      case Tok::Greater: k = CmpKind::Gt; break;
      case Tok::GreaterEq: k = CmpKind::Ge; break;
      case Tok::KwIn: k = CmpKind::In; break;
      case Tok::KwIs:
        next();
        k = accept(Tok::KwNot) ? CmpKind::IsNot : CmpKind::Is;
        return true;
      case Tok::KwNot:
        if (peek(1).kind != Tok::KwIn) return false;
        next();
        k = CmpKind::NotIn;
        break;
      default: return false;
    }
    next();
    return true;
  }

  Expr* comparison() {
    Pos p = pos_of(peek());
    Expr* first = bitwise_or();
    if (failed()) return first;
    CmpKind k;
    if (!comp_op(k)) return first;
    Expr* e = ast_.expr(EK::Compare, p);
    e->a = first;
    do {
      e->cmps.push_back(k);
      e->items.push_back(bitwise_or());
      if (failed()) return e;
    } while (comp_op(k));
    e->pos = prev_end_pos(p);
    return e;
  }

  Expr* binop_level(int level) {
    static const struct { Tok t; BinOp op; } levels[6][5] = {
        {{Tok::Pipe, BinOp::Or}},
        {{Tok::Caret, BinOp::Xor}},
        {{Tok::Amp, BinOp::And}},
        {{Tok::LShift, BinOp::LShift}, {Tok::RShift, BinOp::RShift}},
        {{Tok::Plus, BinOp::Add}, {Tok::Minus, BinOp::Sub}},
        {{Tok::Star, BinOp::Mul}, {Tok::Slash, BinOp::TrueDiv}, {Tok::DoubleSlash, BinOp::FloorDiv},
         {Tok::Percent, BinOp::Mod}, {Tok::At, BinOp::MatMul}},
    };
    if (level == 6) return factor();
    Pos p = pos_of(peek());
    Expr* left = binop_level(level + 1);
    for (;;) {
      if (failed()) return left;
      bool found = false;
      for (const auto& e : levels[level]) {
        if (e.t == Tok::EndMarker) break;
        if (at(e.t)) {
          next();
          Expr* b = ast_.expr(EK::BinOp, p);
          b->op = e.op;
          b->a = left;
          b->b = binop_level(level + 1);
          b->pos = prev_end_pos(p);
          left = b;
          found = true;
          break;
        }
      }
      if (!found) return left;
    }
  }
  Expr* bitwise_or() { return binop_level(0); }

  Expr* factor() {
    UnOp op;
    if (at(Tok::Minus)) op = UnOp::Neg;
    else if (at(Tok::Plus)) op = UnOp::Pos;
    else if (at(Tok::Tilde)) op = UnOp::Invert;
    else return power();
    Pos p = pos_of(next());
    Expr* e = ast_.expr(EK::UnaryOp, p);
    e->uop = op;
    e->a = factor();
    e->pos = prev_end_pos(p);
    return e;
  }

  Expr* power() {
    Pos p = pos_of(peek());
    if (at(Tok::KwAwait)) { syntax_error_at(peek(), "async/await is not supported by Interleave"); return nullptr; }
    Expr* base = primary();
    if (failed() || !at(Tok::DoubleStar)) return base;
    next();
    Expr* e = ast_.expr(EK::BinOp, p);
    e->op = BinOp::Pow;
    e->a = base;
    e->b = factor();
    e->pos = prev_end_pos(p);
    return e;
  }

  Expr* primary() {
    Pos p = pos_of(peek());
    Expr* e = atom();
    while (!failed()) {
      if (at(Tok::Dot)) {
        next();
        if (!at(Tok::Name)) { invalid_syntax(); return e; }
        Expr* a = ast_.expr(EK::Attribute, p);
        a->a = e;
        a->str = next().text;
        a->pos = prev_end_pos(p);
        e = a;
      } else if (at(Tok::LParen)) {
        next();
        Expr* c = ast_.expr(EK::Call, p);
        c->a = e;
        call_args(c->items, c->keywords);
        if (failed()) return c;
        if (!at(Tok::RParen)) {
          if (at(Tok::Newline) || at(Tok::EndMarker)) { invalid_syntax(); return c; }
          if (!c->items.empty()) forgot_comma(c->items.back());
          else invalid_syntax();
          return c;
        }
        next();
        c->pos = prev_end_pos(p);
        e = c;
      } else if (at(Tok::LBracket)) {
        next();
        Expr* s = ast_.expr(EK::Subscript, p);
        s->a = e;
        s->b = slices();
        if (!expect(Tok::RBracket, "]")) return s;
        s->pos = prev_end_pos(p);
        e = s;
      } else {
        break;
      }
    }
    return e;
  }

  Expr* slices() {
    Pos p = pos_of(peek());
    Expr* first = slice_item();
    if (failed() || !at(Tok::Comma)) return first;
    Expr* t = ast_.expr(EK::Tuple, p);
    t->items.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::RBracket)) break;
      t->items.push_back(slice_item());
    }
    t->pos = prev_end_pos(p);
    return t;
  }

  Expr* slice_item() {
    Pos p = pos_of(peek());
    Expr* lower = nullptr;
    if (!at(Tok::Colon)) {
      lower = at(Tok::Star) ? star_expression() : named_expression();
      if (!at(Tok::Colon)) return lower;
    }
    Expr* s = ast_.expr(EK::Slice, p);
    s->a = lower;
    next();  // ':'
    if (!at(Tok::Colon) && !at(Tok::RBracket) && !at(Tok::Comma)) s->b = expression();
    if (accept(Tok::Colon)) {
      if (!at(Tok::RBracket) && !at(Tok::Comma)) s->c = expression();
    }
    s->pos = prev_end_pos(p);
    return s;
  }

  void call_args(std::vector<Expr*>& args, std::vector<Keyword>& kws) {
    while (!at(Tok::RParen) && !failed()) {
      if (at(Tok::DoubleStar)) {
        Keyword k;
        k.pos = pos_of(next());
        k.value = expression();
        kws.push_back(k);
      } else if (at(Tok::Star)) {
        Pos p = pos_of(next());
        Expr* s = ast_.expr(EK::Starred, p);
        s->a = expression();
        s->pos = prev_end_pos(p);
        args.push_back(s);
      } else if (at(Tok::Name) && peek(1).kind == Tok::Assign) {
        Keyword k;
        k.pos = pos_of(peek());
        k.name = next().text;
        next();
        k.value = expression();
        for (Keyword& o : kws)
          if (o.name == k.name) {
            syntax_error("keyword argument repeated: " + k.name, k.pos.line, k.pos.col, k.pos.end_col);
            return;
          }
        kws.push_back(k);
      } else {
        Expr* e = named_expression();
        if (failed()) return;
        if (at(Tok::KwFor)) {
          Expr* g = ast_.expr(EK::GenExp, e->pos);
          g->a = e;
          comprehension_clauses(g->gens);
          g->pos = prev_end_pos(e->pos);
          e = g;
        } else if (at(Tok::Assign)) {
          syntax_error("expression cannot contain assignment, perhaps you meant \"==\"?", e->pos.line, e->pos.col,
                       peek().end_col);
          return;
        }
        if (!kws.empty()) {
          bool unpack_only = true;
          for (Keyword& k : kws) if (!k.name.empty()) unpack_only = false;
          syntax_error(unpack_only ? "positional argument follows keyword argument unpacking"
                                   : "positional argument follows keyword argument",
                       e->pos.line, e->pos.col, e->pos.end_col);
          return;
        }
        args.push_back(e);
      }
      if (!accept(Tok::Comma)) break;
    }
  }

  void comprehension_clauses(std::vector<Comprehension>& gens) {
    while (at(Tok::KwFor)) {
      next();
      Comprehension c;
      c.target = target_list();
      if (failed()) return;
      if (!set_ctx(c.target, Ctx::Store, "assign")) return;
      if (!expect(Tok::KwIn, "in")) return;
      c.iter = disjunction();
      while (!failed() && at(Tok::KwIf)) {
        next();
        c.ifs.push_back(disjunction());
      }
      gens.push_back(std::move(c));
      if (failed()) return;
    }
    if (at(Tok::KwAsync)) syntax_error_at(peek(), "async comprehensions are not supported by Interleave");
  }

  Expr* yield_expr() {
    Pos p = pos_of(next());
    if (accept(Tok::KwFrom)) {
      Expr* e = ast_.expr(EK::YieldFrom, p);
      e->a = expression();
      e->pos = prev_end_pos(p);
      return e;
    }
    Expr* e = ast_.expr(EK::Yield, p);
    if (!at(Tok::RParen) && !at(Tok::Newline) && !at(Tok::Semi) && !at(Tok::Assign) && !at(Tok::RBracket) &&
        !at(Tok::RBrace))
      e->a = star_expressions();
    e->pos = prev_end_pos(p);
    return e;
  }

  Expr* atom() {
    const Token& t = peek();
    Pos p = pos_of(t);
    switch (t.kind) {
      case Tok::Name: {
        next();
        Expr* e = ast_.expr(EK::Name, p);
        e->str = t.text;
        return e;
      }
      case Tok::KwNone: case Tok::KwTrue: case Tok::KwFalse: case Tok::Ellipsis: {
        next();
        Expr* e = ast_.expr(EK::Const, p);
        e->ck = t.kind == Tok::KwNone ? CK::None : t.kind == Tok::KwTrue ? CK::True : t.kind == Tok::KwFalse ? CK::False : CK::Ellipsis;
        return e;
      }
      case Tok::Number: {
        next();
        Expr* e = ast_.expr(EK::Const, p);
        std::string txt;
        for (char c : t.text) if (c != '_') txt += c;
        bool is_float = false;
        if (!(txt.size() > 1 && txt[0] == '0' && strchr("xXoObB", txt[1])))
          for (char c : txt) if (c == '.' || c == 'e' || c == 'E') is_float = true;
        if (is_float) {
          e->ck = CK::Float;
          e->fval = strtod(txt.c_str(), nullptr);
        } else {
          e->ck = CK::Int;
          e->str = txt;
        }
        return e;
      }
      case Tok::String: return strings();
      case Tok::LParen: {
        next();
        if (accept(Tok::RParen)) {
          Expr* e = ast_.expr(EK::Tuple, p);
          e->pos = prev_end_pos(p);
          return e;
        }
        if (at(Tok::KwYield)) {
          Expr* y = yield_expr();
          expect(Tok::RParen, ")");
          return y;
        }
        Expr* first = at(Tok::Star) ? star_expression() : named_expression();
        if (failed()) return first;
        if (at(Tok::KwFor)) {
          Expr* g = ast_.expr(EK::GenExp, p);
          g->a = first;
          comprehension_clauses(g->gens);
          expect(Tok::RParen, ")");
          g->pos = prev_end_pos(p);
          return g;
        }
        if (at(Tok::RParen)) {
          next();
          if (first->kind == EK::Starred) {
            syntax_error("cannot use starred expression here", first->pos.line, first->pos.col, first->pos.end_col);
            return first;
          }
          // Keep the parenthesized span for error carets, like CPython's group.
          return first;
        }
        Expr* tup = ast_.expr(EK::Tuple, p);
        tup->items.push_back(first);
        while (accept(Tok::Comma)) {
          if (at(Tok::RParen)) break;
          tup->items.push_back(at(Tok::Star) ? star_expression() : named_expression());
          if (failed()) return tup;
        }
        if (!at(Tok::RParen)) {
          if (!failed()) forgot_comma(tup->items.back());
          return tup;
        }
        next();
        tup->pos = prev_end_pos(p);
        return tup;
      }
      case Tok::LBracket: {
        next();
        Expr* l = ast_.expr(EK::List, p);
        if (accept(Tok::RBracket)) { l->pos = prev_end_pos(p); return l; }
        Expr* first = at(Tok::Star) ? star_expression() : named_expression();
        if (failed()) return l;
        if (at(Tok::KwFor)) {
          Expr* c = ast_.expr(EK::ListComp, p);
          c->a = first;
          comprehension_clauses(c->gens);
          expect(Tok::RBracket, "]");
          c->pos = prev_end_pos(p);
          return c;
        }
        l->items.push_back(first);
        while (accept(Tok::Comma)) {
          if (at(Tok::RBracket)) break;
          l->items.push_back(at(Tok::Star) ? star_expression() : named_expression());
          if (failed()) return l;
        }
        if (!at(Tok::RBracket)) {
          if (!failed()) forgot_comma(l->items.back());
          return l;
        }
        next();
        l->pos = prev_end_pos(p);
        return l;
      }
      case Tok::LBrace: return brace_atom();
      default:
        if (t.kind == Tok::Indent) { syntax_error("unexpected indent", t.line, 0, 0, "IndentationError"); return nullptr; }
        invalid_syntax();
        return nullptr;
    }
  }

  Expr* brace_atom() {
    Pos p = pos_of(next());
    if (accept(Tok::RBrace)) {
      Expr* d = ast_.expr(EK::Dict, p);
      d->pos = prev_end_pos(p);
      return d;
    }
    if (at(Tok::DoubleStar) || !at(Tok::Star)) {
      Expr* key = nullptr;
      Expr* val = nullptr;
      if (accept(Tok::DoubleStar)) {
        val = bitwise_or();
      } else {
        key = named_expression();
        if (failed()) return key;
        if (!at(Tok::Colon)) return set_rest(p, key);
        next();
        val = expression();
      }
      if (failed()) return val;
      if (key && at(Tok::KwFor)) {
        Expr* c = ast_.expr(EK::DictComp, p);
        c->a = key;
        c->b = val;
        comprehension_clauses(c->gens);
        expect(Tok::RBrace, "}");
        c->pos = prev_end_pos(p);
        return c;
      }
      Expr* d = ast_.expr(EK::Dict, p);
      d->items.push_back(key);
      d->items2.push_back(val);
      while (accept(Tok::Comma)) {
        if (at(Tok::RBrace)) break;
        if (accept(Tok::DoubleStar)) {
          d->items.push_back(nullptr);
          d->items2.push_back(bitwise_or());
        } else {
          d->items.push_back(expression());
          if (!expect(Tok::Colon, ":")) return d;
          d->items2.push_back(expression());
        }
        if (failed()) return d;
      }
      expect(Tok::RBrace, "}");
      d->pos = prev_end_pos(p);
      return d;
    }
    return set_rest(p, star_expression());
  }

  Expr* set_rest(Pos p, Expr* first) {
    if (failed()) return first;
    if (at(Tok::KwFor)) {
      Expr* c = ast_.expr(EK::SetComp, p);
      c->a = first;
      comprehension_clauses(c->gens);
      expect(Tok::RBrace, "}");
      c->pos = prev_end_pos(p);
      return c;
    }
    Expr* s = ast_.expr(EK::Set, p);
    s->items.push_back(first);
    while (accept(Tok::Comma)) {
      if (at(Tok::RBrace)) break;
      s->items.push_back(at(Tok::Star) ? star_expression() : named_expression());
      if (failed()) return s;
    }
    expect(Tok::RBrace, "}");
    s->pos = prev_end_pos(p);
    return s;
  }

  // Adjacent string literals, f-strings included, joined into one Const or JoinedStr.
  Expr* strings() {
    Pos p = pos_of(peek());
    bool any_f = false, any_bytes = false, any_str = false;
    std::vector<Expr*> parts;   // Const str pieces and FormattedValue
    std::string bytes_acc;
    while (at(Tok::String)) {
      const Token& t = next();
      if (t.str_flags & kStrBytes) any_bytes = true; else any_str = true;
      if (t.str_flags & kStrBytes) { bytes_acc += t.text; continue; }
      if (t.str_flags & kStrF) {
        any_f = true;
        if (!fstring(t, parts)) return nullptr;
      } else {
        add_literal(parts, t.text, pos_of(t));
      }
    }
    if (any_bytes && any_str) {
      syntax_error("cannot mix bytes and nonbytes literals", p.line, p.col, prev_end_pos(p).end_col);
      return nullptr;
    }
    if (any_bytes) {
      Expr* e = ast_.expr(EK::Const, prev_end_pos(p));
      e->ck = CK::Bytes;
      e->str = bytes_acc;
      return e;
    }
    if (!any_f) {
      Expr* e = ast_.expr(EK::Const, prev_end_pos(p));
      e->ck = CK::Str;
      for (Expr* x : parts) e->str += x->str;
      return e;
    }
    Expr* j = ast_.expr(EK::JoinedStr, prev_end_pos(p));
    j->items = parts;
    return j;
  }

  void add_literal(std::vector<Expr*>& parts, const std::string& s, Pos p) {
    if (s.empty()) return;
    if (!parts.empty() && parts.back()->kind == EK::Const) { parts.back()->str += s; return; }
    Expr* e = ast_.expr(EK::Const, p);
    e->ck = CK::Str;
    e->str = s;
    parts.push_back(e);
  }

  bool fstring(const Token& t, std::vector<Expr*>& parts) {
    return fstring_body(t, t.text, parts, 0);
  }

  bool fstring_body(const Token& t, const std::string& body, std::vector<Expr*>& parts, int depth) {
    bool raw = t.str_flags & kStrRaw;
    std::string lit;
    Pos p = pos_of(t);
    auto flush_lit = [&]() -> bool {
      if (lit.empty()) return true;
      std::string dec, bad;
      if (raw) dec = lit;
      else if (!decode_escapes(lit, false, dec, bad)) {
        syntax_error("(unicode error) 'unicodeescape' codec can't decode bytes: " + bad, t.line, t.col);
        return false;
      }
      add_literal(parts, dec, p);
      lit.clear();
      return true;
    };
    size_t i = 0;
    while (i < body.size()) {
      char c = body[i];
      if (c == '{') {
        if (i + 1 < body.size() && body[i + 1] == '{') { lit += '{'; i += 2; continue; }
        if (!flush_lit()) return false;
        // Find the end of the expression: a top-level '!', ':', '=' or '}'.
        size_t j = i + 1;
        int nest = 0;
        char quote = 0;
        size_t expr_end = std::string::npos;
        for (; j < body.size(); j++) {
          char d = body[j];
          if (quote) { if (d == quote) quote = 0; continue; }
          if (d == '\'' || d == '"') { quote = d; continue; }
          if (d == '(' || d == '[' || d == '{') { nest++; continue; }
          if ((d == ')' || d == ']' || d == '}') && nest > 0) { nest--; continue; }
          if (nest == 0) {
            if (d == '}') break;
            if (d == '!' && j + 1 < body.size() && body[j + 1] != '=') break;
            if (d == ':') break;
            if (d == '=' && j + 1 < body.size() && body[j + 1] != '=' && j > i + 1 &&
                !strchr("=!<>", body[j - 1])) {
              expr_end = j;
              continue;
            }
          }
        }
        if (j >= body.size()) {
          syntax_error("f-string: expecting '}'", t.line, t.col);
          return false;
        }
        std::string expr_text = body.substr(i + 1, (expr_end != std::string::npos ? expr_end : j) - i - 1);
        bool self_doc = expr_end != std::string::npos;
        if (self_doc) {
          // The text up to and including '=' (with surrounding spaces) is literal output.
          std::string shown = body.substr(i + 1, j - i - 1);
          add_literal(parts, shown, p);
        }
        {
          bool blank = true;
          for (char ch : expr_text) if (!isspace(static_cast<unsigned char>(ch))) blank = false;
          if (blank) {
            syntax_error("f-string: empty expression not allowed", t.line, t.col);
            return false;
          }
        }
        Expr* value = sub_expression(t, expr_text);
        if (!value) return false;
        Expr* fv = ast_.expr(EK::FormattedValue, p);
        fv->a = value;
        if (self_doc) fv->conversion = 'r';
        if (body[j] == '!') {
          if (j + 1 >= body.size()) { syntax_error("f-string: expecting '}'", t.line, t.col); return false; }
          char conv = body[j + 1];
          if (conv != 's' && conv != 'r' && conv != 'a') {
            syntax_error("f-string: invalid conversion character: expected 's', 'r', or 'a'", t.line, t.col);
            return false;
          }
          fv->conversion = conv;
          j += 2;
        }
        if (j < body.size() && body[j] == ':') {
          if (self_doc && fv->conversion == 'r' && body[j - 1] != 'r') fv->conversion = 0;
          size_t k = j + 1;
          int n2 = 0;
          for (; k < body.size(); k++) {
            if (body[k] == '{') n2++;
            else if (body[k] == '}') { if (n2 == 0) break; n2--; }
          }
          if (k >= body.size()) { syntax_error("f-string: expecting '}'", t.line, t.col); return false; }
          if (depth >= 1) { syntax_error("f-string: expressions nested too deeply", t.line, t.col); return false; }
          Expr* spec = ast_.expr(EK::JoinedStr, p);
          if (!fstring_body(t, body.substr(j + 1, k - j - 1), spec->items, depth + 1)) return false;
          fv->c = spec;
          j = k;
        }
        if (j >= body.size() || body[j] != '}') { syntax_error("f-string: expecting '}'", t.line, t.col); return false; }
        parts.push_back(fv);
        i = j + 1;
        continue;
      }
      if (c == '}') {
        if (i + 1 < body.size() && body[i + 1] == '}') { lit += '}'; i += 2; continue; }
        syntax_error("f-string: single '}' is not allowed", t.line, t.col);
        return false;
      }
      if (c == '\\' && !raw && i + 1 < body.size()) { lit += c; lit += body[i + 1]; i += 2; continue; }
      lit += c;
      i++;
    }
    return flush_lit();
  }

  Expr* sub_expression(const Token& t, const std::string& text) {
    Source sub(src_.filename(), "(" + text + ")");
    SyntaxErrorInfo e2;
    std::vector<Token> toks = tokenize(sub, e2);
    if (e2.set) { syntax_error("f-string: " + e2.msg, t.line, t.col); return nullptr; }
    for (Token& k : toks) {  // Report positions on the f-string's line.
      k.line = k.end_line = t.line;
      k.col = k.end_col = t.col;
    }
    Parser sp(src_, ast_, e2, std::move(toks));
    Expr* e = sp.lone_expression();
    if (e2.set) {
      std::string m = e2.msg.rfind("f-string", 0) == 0 ? e2.msg : "f-string: " + e2.msg;
      syntax_error(m, t.line, t.col);
      return nullptr;
    }
    return e;
  }
};

}  // namespace

bool parse_module(const Source& src, Ast& ast, SyntaxErrorInfo& err) {
  // The tokenizer runs ahead of the parser here. As in CPython, a parser error before the
  // tokenizer's error is reported, except a plain "invalid syntax", which CPython replaces
  // with an error found by tokenizing the rest of the file.
  SyntaxErrorInfo lex_err;
  std::vector<Token> toks = tokenize(src, lex_err);
  std::string unclosed;
  int unclosed_line = 0, unclosed_col = 0;
  if (!toks.empty() && toks.back().kind == Tok::EndMarker && !toks.back().text.empty()) {
    unclosed = toks.back().text;
    unclosed_line = toks.back().body_line;
    unclosed_col = toks.back().body_col;
  }
  Parser p(src, ast, err, std::move(toks));
  bool ok = p.module();
  // A bracket left open at the end of the file wins over a generic "invalid syntax" found on
  // a later line than the bracket, and over the missing-comma hint (CPython's parser reaches
  // the end of the file in that case).
  bool generic_later = err.msg == "invalid syntax" && err.line > unclosed_line;
  bool comma_hint = err.msg == "invalid syntax. Perhaps you forgot a comma?";
  if (!ok && (generic_later || comma_hint) && !unclosed.empty() && !lex_err.set) {
    err = SyntaxErrorInfo();
    err.set = true;
    err.msg = unclosed;
    err.line = unclosed_line;
    err.col = unclosed_col;
    return false;
  }
  if (!lex_err.set) return ok;
  bool parser_first = err.set && err.msg != "invalid syntax" &&
                      (err.line < lex_err.line || (err.line == lex_err.line && err.col < lex_err.col && err.col > 0));
  if (!parser_first) err = lex_err;
  return false;
}

}  // namespace il
