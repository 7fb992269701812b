// parse.h — source text to AST: the ANTLR lexer and parser, then ast_builder.
//
// parseFile runs GoLexer (with Go's automatic semicolon insertion) and
// GoParser over one file, reports the FIRST syntax error only, in gc's words
// ("syntax error: unexpected newline in argument list; possibly missing comma
// or )"), and, if there was none, builds the AST. Constructs outside the subset (type parameters)
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
// thus spend up to ~16 KiB of stack per AST level, counted in the build with
// the largest frames (ASan) — keep per-level frames well below that.
// Statement nesting (blocks, if/for/switch bodies) is far shallower: at most
// kMaxNestingDepth levels of braces.
constexpr int kMaxAstDepth = 50000;

// Parses `src`; returns the File, or null if a syntax error (or a lexical
// error, or a limit above) was reported. The few plain errors that gc's
// parser reports without stopping ("method has no receiver", "middle index
// required in 3-index slice", "expression in defer must not be
// parenthesized", "invalid AST: use of .(type) outside type switch") are
// reported too but the File is still returned, repaired so that the checker
// can go on (as gc does): check diags as well as the result.
//
// Debugging knobs (environment): GOMINI_PARSETIME=1 prints the time of each
// phase; GOMINI_SYNTAXDEBUG=1 prints what ANTLR saw at a syntax error.
File* parseFile(AstContext& ctx, const SourceFile& src, Diagnostics& diags);

// Runs fn on a thread whose stack is large enough for the deepest input the
// frontend accepts, and waits for it. The whole frontend (parse, check) runs
// inside it.
void runWithLargeStack(const std::function<void()>& fn);

}  // namespace gomini::frontend
