// lexer.h: turns source text into tokens with INDENT/DEDENT/NEWLINE, positions in 1-based
// lines and code-point columns. The first error wins and stops the scan; never throws.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "common/source.h"

namespace il {

enum class Tok : uint8_t {
#define TOK(n, s) n,
#define KW(n, s) Kw##n,
#include "lexer/tokens.def"
#undef TOK
#undef KW
  Count
};

const char* tok_spelling(Tok t);

enum StrFlags : uint8_t { kStrBytes = 1, kStrRaw = 2, kStrF = 4 };

struct Token {
  Tok kind = Tok::EndMarker;
  uint8_t str_flags = 0;   // String: StrFlags
  int line = 0, col = 0, end_line = 0, end_col = 0;  // end_col exclusive
  std::string text;        // Name, Number: spelling; String: decoded value (f-string: raw body)
  int body_line = 0, body_col = 0;  // f-strings: where the body starts
};

// Tokenizes [src]. On error fills [err] and returns the tokens read so far.
std::vector<Token> tokenize(const Source& src, SyntaxErrorInfo& err);

// Decodes backslash escapes of a non-raw literal body. [bytes] keeps \x escapes as raw bytes.
// Returns false and sets [bad] to the offending text for a malformed \x, \u, \U or \N escape.
bool decode_escapes(std::string_view body, bool bytes, std::string& out, std::string& bad);

}  // namespace il
