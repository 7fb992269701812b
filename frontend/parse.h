// parse.h — source text to AST: the ANTLR lexer and parser, then ast_builder.
//
// parseFile runs GoLexer (with Go's automatic semicolon insertion) and
// GoParser over one file, reports the FIRST syntax error only, in gc's words
// ("syntax error: unexpected newline, expecting comma or )"), and, if there
// was none, builds the AST. Constructs outside the subset (type parameters)
// are reported at their position ("generic functions are not supported").
//
// Pathological input never overflows the C++ stack: nesting deeper than
// kMaxNestingDepth is refused with "exceeded max nesting depth" before
// parsing, and the parser and builder run on a thread with a large stack (see
// runWithLargeStack).
#pragma once

#include <functional>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/source.h"

namespace gomini::frontend {

// Parses `src`; returns the File, or null if a syntax error was reported.
File* parseFile(AstContext& ctx, const SourceFile& src, Diagnostics& diags);

// Runs fn on a thread whose stack is large enough for the deepest input the
// frontend accepts, and waits for it. The whole frontend (parse, check) runs
// inside it.
void runWithLargeStack(const std::function<void()>& fn);

}  // namespace gomini::frontend
