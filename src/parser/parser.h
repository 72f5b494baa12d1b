// parser.h: recursive-descent parser from tokens to the Ast. The first error wins: it fills
// the SyntaxErrorInfo with CPython's message and position and the parse stops.
#pragma once
#include "common/source.h"
#include "parser/ast.h"

namespace il {

// Parses the whole of [src] into [ast]. Returns false with [err] set on a syntax error.
bool parse_module(const Source& src, Ast& ast, SyntaxErrorInfo& err);

}  // namespace il
