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

// Limits (added by the grammar helper). Every limit is reported as
// "exceeded max nesting depth" at the offending token or node.
//
// kMaxNestingDepth: the deepest nesting of ( [ { in the token stream (checked
// before parsing; 10,000 nested parentheses inside a function body pass).
constexpr int kMaxNestingDepth = 12000;
// kMaxParseDepth: the deepest nesting of grammar rules while parsing (a
// backstop for chains that are not brackets: ****T, chan chan ... T, ...).
constexpr int kMaxParseDepth = 6 * kMaxNestingDepth;
// kMaxAstDepth: the AST GUARANTEE for later phases. In a File returned by
// parseFile, every root-to-leaf path has at most kMaxAstDepth nodes (long
// binary chains count: a 30,000-term sum is ~30,000 deep; a 60,000-term one
// is refused). A recursive walk running inside runWithLargeStack (1 GiB) may
// thus spend up to ~16 KiB of stack per AST level (about 4 KiB under ASan,
// whose frames are larger) — keep per-level frames well below that.
constexpr int kMaxAstDepth = 50000;

// Parses `src`; returns the File, or null if a syntax error was reported.
File* parseFile(AstContext& ctx, const SourceFile& src, Diagnostics& diags);

// Runs fn on a thread whose stack is large enough for the deepest input the
// frontend accepts, and waits for it. The whole frontend (parse, check) runs
// inside it.
void runWithLargeStack(const std::function<void()>& fn);

}  // namespace gomini::frontend
