// lexer.cpp: the tokenizer. Handles indentation, implicit line joining in brackets, string
// prefixes and escapes, numbers with underscores. Never builds AST, never allocates objects.
#include "lexer/lexer.h"

#include <cstring>

#include "objects/str.h"

namespace il {

static const char* kSpellings[] = {
#define TOK(n, s) s,
#define KW(n, s) s,
#include "lexer/tokens.def"
#undef TOK
#undef KW
};

const char* tok_spelling(Tok t) { return kSpellings[static_cast<int>(t)]; }

namespace {

struct KwEntry { const char* s; Tok t; };
const KwEntry kKeywords[] = {
#define TOK(n, s)
#define KW(n, s) {s, Tok::Kw##n},
#include "lexer/tokens.def"
#undef TOK
#undef KW
};

struct OpEntry { const char* s; Tok t; };
// Longest first.
const OpEntry kOps[] = {
    {"**=", Tok::DoubleStarEq}, {"//=", Tok::DoubleSlashEq}, {">>=", Tok::RShiftEq},
    {"<<=", Tok::LShiftEq}, {"...", Tok::Ellipsis}, {"->", Tok::Arrow}, {":=", Tok::Walrus},
    {"**", Tok::DoubleStar}, {"//", Tok::DoubleSlash}, {"<<", Tok::LShift}, {">>", Tok::RShift},
    {"<=", Tok::LessEq}, {">=", Tok::GreaterEq}, {"==", Tok::EqEq}, {"!=", Tok::NotEq},
    {"+=", Tok::PlusEq}, {"-=", Tok::MinusEq}, {"*=", Tok::StarEq}, {"/=", Tok::SlashEq},
    {"%=", Tok::PercentEq}, {"@=", Tok::AtEq}, {"&=", Tok::AmpEq}, {"|=", Tok::PipeEq},
    {"^=", Tok::CaretEq}, {"(", Tok::LParen}, {")", Tok::RParen}, {"[", Tok::LBracket},
    {"]", Tok::RBracket}, {"{", Tok::LBrace}, {"}", Tok::RBrace}, {":", Tok::Colon},
    {",", Tok::Comma}, {";", Tok::Semi}, {".", Tok::Dot}, {"+", Tok::Plus}, {"-", Tok::Minus},
    {"*", Tok::Star}, {"/", Tok::Slash}, {"%", Tok::Percent}, {"@", Tok::At}, {"&", Tok::Amp},
    {"|", Tok::Pipe}, {"^", Tok::Caret}, {"~", Tok::Tilde}, {"<", Tok::Less}, {">", Tok::Greater},
    {"=", Tok::Assign},
};

bool is_id_start(unsigned char c) { return c == '_' || isalpha(c) || c >= 0x80; }
bool is_id_char(unsigned char c) { return c == '_' || isalnum(c) || c >= 0x80; }

class Lexer {
 public:
  Lexer(const Source& src, SyntaxErrorInfo& err) : src_(src), s_(src.text()), err_(err) {}

  std::vector<Token> run() {
    indents_.push_back(0);
    bool at_line_start = true;
    while (!err_.set) {
      if (at_line_start && brackets_.empty()) {
        if (!handle_indent()) break;
        at_line_start = false;
        if (pos_ >= s_.size()) break;
      }
      if (pos_ >= s_.size()) break;
      char c = s_[pos_];
      if (c == ' ' || c == '\t' || c == '\f') { advance(1); continue; }
      if (c == '#') { while (pos_ < s_.size() && s_[pos_] != '\n') advance(1); continue; }
      if (c == '\\') {
        size_t p = pos_ + 1;
        if (p < s_.size() && s_[p] == '\r') p++;
        if (p < s_.size() && s_[p] == '\n') { advance(p - pos_ + 1); newline(); continue; }
        if (p >= s_.size()) { error("unexpected EOF while parsing", line_, col_); break; }
        error("unexpected character after line continuation character", line_, col_ + 1); break;
      }
      if (c == '\r') { advance(1); continue; }
      if (c == '\n') {
        if (brackets_.empty() && !toks_.empty() && toks_.back().kind != Tok::Newline) {
          Token t = make(Tok::Newline);
          t.end_col = t.col + 1;
          toks_.push_back(t);
        }
        advance(1);
        newline();
        if (brackets_.empty()) at_line_start = true;
        continue;
      }
      if (isdigit(static_cast<unsigned char>(c)) ||
          (c == '.' && pos_ + 1 < s_.size() && isdigit(static_cast<unsigned char>(s_[pos_ + 1])))) {
        number();
        continue;
      }
      if (is_id_start(static_cast<unsigned char>(c))) {
        if (string_prefix()) continue;
        name();
        continue;
      }
      if (c == '"' || c == '\'') { string(0, pos_, col_); continue; }
      op();
    }
    if (err_.set) {
      toks_.push_back(make(Tok::EndMarker));
      return std::move(toks_);
    }
    if (!brackets_.empty()) {
      // Reported by the parser only if it finds nothing wrong before the end (CPython's
      // tokenizer is lazy, so an earlier syntax error wins).
      const Token& b = brackets_.back();
      Token t = make(Tok::EndMarker);
      t.text = std::string("'") + tok_spelling(b.kind) + "' was never closed";
      t.body_line = b.line;
      t.body_col = b.col;
      toks_.push_back(t);
      return std::move(toks_);
    }
    if (!toks_.empty() && toks_.back().kind != Tok::Newline && toks_.back().kind != Tok::Dedent) {
      Token t = make(Tok::Newline);
      t.end_col = t.col + 1;
      toks_.push_back(t);
    }
    while (indents_.size() > 1) {
      indents_.pop_back();
      toks_.push_back(make(Tok::Dedent));
    }
    toks_.push_back(make(Tok::EndMarker));
    return std::move(toks_);
  }

 private:
  const Source& src_;
  const std::string& s_;
  SyntaxErrorInfo& err_;
  size_t pos_ = 0;
  int line_ = 1, col_ = 1;
  std::vector<int> indents_;
  std::vector<Token> brackets_;
  std::vector<Token> toks_;

  void advance(size_t n) {
    for (size_t i = 0; i < n && pos_ < s_.size(); i++, pos_++)
      if ((static_cast<unsigned char>(s_[pos_]) & 0xC0) != 0x80) col_++;
  }
  void newline() { line_++; col_ = 1; }
  Token make(Tok k) {
    Token t;
    t.kind = k;
    t.line = t.end_line = line_;
    t.col = t.end_col = col_;
    return t;
  }
  void error(const std::string& msg, int line, int col, int end_col = 0, const char* type = "SyntaxError") {
    if (err_.set) return;
    err_.set = true;
    err_.type = type;
    err_.msg = msg;
    err_.line = line;
    err_.col = col;
    err_.end_col = end_col;
  }

  // At the start of a logical line: measure indentation, emit INDENT/DEDENT.
  bool handle_indent() {
    for (;;) {
      int width = 0;
      size_t p = pos_;
      while (p < s_.size() && (s_[p] == ' ' || s_[p] == '\t' || s_[p] == '\f')) {
        if (s_[p] == '\t') width = (width / 8 + 1) * 8;
        else if (s_[p] == ' ') width++;
        else width = 0;
        p++;
      }
      if (p >= s_.size()) { advance(p - pos_); return true; }
      char c = s_[p];
      if (c == '#' || c == '\n' || c == '\r' || (c == '\\' && p + 1 < s_.size() && s_[p + 1] == '\n' && false)) {
        // Blank or comment-only line: no indentation change.
        advance(p - pos_);
        while (pos_ < s_.size() && s_[pos_] != '\n') advance(1);
        if (pos_ < s_.size()) { advance(1); newline(); continue; }
        return true;
      }
      advance(p - pos_);
      if (width > indents_.back()) {
        if (!toks_.empty() && toks_.back().kind != Tok::Newline) {
          error("unexpected indent", line_, 0, 0, "IndentationError");
          return false;
        }
        if (toks_.empty()) { error("unexpected indent", line_, 0, 0, "IndentationError"); return false; }
        indents_.push_back(width);
        Token t = make(Tok::Indent);
        t.col = 1;
        toks_.push_back(t);
      } else {
        while (width < indents_.back()) {
          indents_.pop_back();
          toks_.push_back(make(Tok::Dedent));
        }
        if (width != indents_.back()) {
          int end = static_cast<int>(utf8_length(src_.line(line_))) + 1;
          error("unindent does not match any outer indentation level", line_, end, 0, "IndentationError");
          return false;
        }
      }
      return true;
    }
  }

  void number() {
    Token t = make(Tok::Number);
    size_t b = pos_;
    auto digits = [&](auto pred) {
      bool any = false;
      while (pos_ < s_.size()) {
        char c = s_[pos_];
        if (pred(c)) { any = true; advance(1); continue; }
        if (c == '_' && pos_ + 1 < s_.size() && pred(s_[pos_ + 1]) && any) { advance(1); continue; }
        break;
      }
      return any;
    };
    auto isdec = [](char c) { return c >= '0' && c <= '9'; };
    bool is_float = false;
    if (s_[pos_] == '0' && pos_ + 1 < s_.size() && strchr("xXoObB", s_[pos_ + 1])) {
      char k = static_cast<char>(tolower(s_[pos_ + 1]));
      advance(2);
      if (pos_ < s_.size() && s_[pos_] == '_') advance(1);
      bool ok;
      if (k == 'x') ok = digits([](char c) { return isxdigit(static_cast<unsigned char>(c)) != 0; });
      else if (k == 'o') ok = digits([](char c) { return c >= '0' && c <= '7'; });
      else ok = digits([](char c) { return c == '0' || c == '1'; });
      if (!ok) {
        const char* kind = k == 'x' ? "hexadecimal" : k == 'o' ? "octal" : "binary";
        error(std::string("invalid ") + kind + " literal", t.line, col_);
        return;
      }
    } else {
      digits(isdec);
      if (pos_ < s_.size() && s_[pos_] == '.') {
        is_float = true;
        advance(1);
        digits(isdec);
      }
      if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
        size_t save = pos_;
        int save_col = col_;
        advance(1);
        if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) advance(1);
        if (digits(isdec)) is_float = true;
        else { pos_ = save; col_ = save_col; }
      }
      if (!is_float) {
        std::string_view lit(s_.data() + b, pos_ - b);
        if (lit.size() > 1 && lit[0] == '0') {
          for (char c : lit)
            if (c != '0' && c != '_') {
              error("leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    t.line, t.col, col_ + 1);
              return;
            }
        }
      }
    }
    if (pos_ < s_.size() && (s_[pos_] == 'j' || s_[pos_] == 'J')) {
      error("complex numbers are not supported by Interleave", t.line, t.col, col_ + 1);
      return;
    }
    if (pos_ < s_.size() && is_id_start(static_cast<unsigned char>(s_[pos_]))) {
      error(is_float ? "invalid decimal literal" : "invalid decimal literal", line_, col_ - 1 > 0 ? col_ - 1 : col_);
      return;
    }
    t.text.assign(s_, b, pos_ - b);
    t.end_col = col_;
    toks_.push_back(std::move(t));
  }

  void name() {
    Token t = make(Tok::Name);
    size_t b = pos_;
    while (pos_ < s_.size() && is_id_char(static_cast<unsigned char>(s_[pos_]))) advance(1);
    t.text.assign(s_, b, pos_ - b);
    t.end_col = col_;
    for (const KwEntry& k : kKeywords)
      if (t.text == k.s) { t.kind = k.t; break; }
    toks_.push_back(std::move(t));
  }

  bool string_prefix() {
    size_t p = pos_;
    uint8_t flags = 0;
    while (p < s_.size() && p - pos_ < 3) {
      char c = static_cast<char>(tolower(static_cast<unsigned char>(s_[p])));
      if (c == 'r') flags |= kStrRaw;
      else if (c == 'b') flags |= kStrBytes;
      else if (c == 'f') flags |= kStrF;
      else if (c == 'u') {}
      else break;
      p++;
    }
    if (p == pos_ || p >= s_.size() || (s_[p] != '"' && s_[p] != '\'')) return false;
    std::string_view pre(s_.data() + pos_, p - pos_);
    std::string low;
    for (char c : pre) low += static_cast<char>(tolower(static_cast<unsigned char>(c)));
    static const char* ok[] = {"r", "u", "b", "f", "br", "rb", "fr", "rf"};
    bool valid = false;
    for (const char* o : ok) if (low == o) valid = true;
    if (!valid) return false;
    int start_col = col_;
    size_t start = pos_;
    advance(p - pos_);
    string(flags, start, start_col);
    return true;
  }

  void string(uint8_t flags, size_t start, int start_col) {
    (void)start;
    int start_line = line_;
    char q = s_[pos_];
    bool triple = pos_ + 2 < s_.size() && s_[pos_ + 1] == q && s_[pos_ + 2] == q;
    advance(triple ? 3 : 1);
    int body_line = line_, body_col = col_;
    std::string raw;
    for (;;) {
      if (pos_ >= s_.size()) {
        if (triple)
          error("unterminated triple-quoted string literal (detected at line " + std::to_string(line_) + ")",
                start_line, start_col);
        else
          error("unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line, start_col);
        return;
      }
      char c = s_[pos_];
      if (c == '\\') {
        raw += c;
        advance(1);
        if (pos_ < s_.size()) {
          if (s_[pos_] == '\n') { raw += '\n'; advance(1); newline(); continue; }
          raw += s_[pos_];
          advance(1);
        }
        continue;
      }
      if (c == '\n') {
        if (!triple) {
          error("unterminated string literal (detected at line " + std::to_string(line_) + ")", start_line, start_col);
          return;
        }
        raw += c;
        advance(1);
        newline();
        continue;
      }
      if (c == q) {
        if (!triple) { advance(1); break; }
        if (pos_ + 2 < s_.size() + 0 && s_[pos_ + 1] == q && s_[pos_ + 2] == q) { advance(3); break; }
      }
      raw += c;
      advance(1);
    }
    Token t;
    t.kind = Tok::String;
    t.str_flags = flags;
    t.line = start_line;
    t.col = start_col;
    t.end_line = line_;
    t.end_col = col_;
    t.body_line = body_line;
    t.body_col = body_col;
    if (flags & kStrBytes) {
      for (unsigned char ch : raw)
        if (ch >= 0x80) { error("bytes can only contain ASCII literal characters", start_line, start_col, col_); return; }
    }
    if ((flags & kStrRaw) || (flags & kStrF)) {
      t.text = std::move(raw);
    } else {
      std::string bad;
      if (!decode_escapes(raw, flags & kStrBytes, t.text, bad)) {
        const char* codec = (flags & kStrBytes) ? "bytes" : "unicodeescape";
        error(std::string("(") + codec + " error) cannot decode bytes in position 0-1: " + bad, start_line, start_col);
        return;
      }
    }
    toks_.push_back(std::move(t));
  }

  void op() {
    for (const OpEntry& o : kOps) {
      size_t n = strlen(o.s);
      if (s_.compare(pos_, n, o.s) == 0) {
        Token t = make(o.t);
        advance(n);
        t.end_col = col_;
        if (o.t == Tok::LParen || o.t == Tok::LBracket || o.t == Tok::LBrace) brackets_.push_back(t);
        if (o.t == Tok::RParen || o.t == Tok::RBracket || o.t == Tok::RBrace) {
          if (brackets_.empty()) {
            error(std::string("unmatched '") + o.s + "'", t.line, t.col);
            return;
          }
          Tok open = brackets_.back().kind;
          Tok want = open == Tok::LParen ? Tok::RParen : open == Tok::LBracket ? Tok::RBracket : Tok::RBrace;
          if (want != o.t) {
            const Token& b = brackets_.back();
            std::string m = std::string("closing parenthesis '") + o.s + "' does not match opening parenthesis '" +
                            tok_spelling(open) + "'";
            if (b.line != t.line) m += " on line " + std::to_string(b.line);
            error(m, t.line, t.col);
            return;
          }
          brackets_.pop_back();
        }
        toks_.push_back(std::move(t));
        return;
      }
    }
    unsigned char c = static_cast<unsigned char>(s_[pos_]);
    if (c == '!') { error("invalid syntax", line_, col_); return; }
    if (c == '$' || c == '?' || c == '`') { error("invalid syntax", line_, col_); return; }
    char buf[64];
    size_t i = pos_;
    uint32_t cp = utf8_decode(s_, i);
    snprintf(buf, sizeof buf, "invalid character '%s' (U+%04X)", std::string(s_, pos_, i - pos_).c_str(), cp);
    if (cp < 0x80) snprintf(buf, sizeof buf, "invalid non-printable character U+%04X", cp);
    error(buf, line_, col_);
  }
};

int hexval(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

bool decode_escapes(std::string_view b, bool bytes, std::string& out, std::string& bad) {
  out.reserve(b.size());
  for (size_t i = 0; i < b.size(); i++) {
    char c = b[i];
    if (c != '\\' || i + 1 >= b.size()) { out += c; continue; }
    char e = b[++i];
    switch (e) {
      case '\n': break;
      case '\\': out += '\\'; break;
      case '\'': out += '\''; break;
      case '"': out += '"'; break;
      case 'a': out += '\a'; break;
      case 'b': out += '\b'; break;
      case 'f': out += '\f'; break;
      case 'n': out += '\n'; break;
      case 'r': out += '\r'; break;
      case 't': out += '\t'; break;
      case 'v': out += '\v'; break;
      case 'x': {
        if (i + 2 >= b.size() + 0 || hexval(b[i + 1]) < 0 || hexval(b[i + 2]) < 0) {
          bad = "truncated \\xXX escape";
          return false;
        }
        int v = hexval(b[i + 1]) * 16 + hexval(b[i + 2]);
        i += 2;
        if (bytes) out += static_cast<char>(v);
        else utf8_append(out, static_cast<uint32_t>(v));
        break;
      }
      case 'u':
      case 'U': {
        if (bytes) { out += '\\'; out += e; break; }
        int n = e == 'u' ? 4 : 8;
        uint32_t v = 0;
        for (int k = 1; k <= n; k++) {
          if (i + k >= b.size() || hexval(b[i + k]) < 0) {
            bad = e == 'u' ? "truncated \\uXXXX escape" : "truncated \\UXXXXXXXX escape";
            return false;
          }
          v = v * 16 + static_cast<uint32_t>(hexval(b[i + k]));
        }
        i += n;
        if (v > 0x10FFFF) { bad = "illegal Unicode character"; return false; }
        utf8_append(out, v);
        break;
      }
      case 'N':
        if (bytes) { out += "\\N"; break; }
        bad = "\\N{...} escapes are not supported";
        return false;
      default:
        if (e >= '0' && e <= '7') {
          int v = e - '0';
          for (int k = 0; k < 2 && i + 1 < b.size() && b[i + 1] >= '0' && b[i + 1] <= '7'; k++)
            v = v * 8 + (b[++i] - '0');
          if (bytes) out += static_cast<char>(v & 0xFF);
          else utf8_append(out, static_cast<uint32_t>(v));
        } else {
          out += '\\';
          out += e;
        }
    }
  }
  return true;
}

std::vector<Token> tokenize(const Source& src, SyntaxErrorInfo& err) {
  Lexer lx(src, err);
  return lx.run();
}

}  // namespace il
