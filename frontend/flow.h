// flow.h — AST-level checks of one function body that need no types:
// labels and branch statements (gc's syntax/branches.go), and terminating
// statements (the spec's "Terminating statements", go/types return.go).
//
// The checker calls checkLabels once for EVERY function body, function
// literals included: checkLabels does not descend into expressions, so a
// function literal's body is checked by its own call (labels are
// per-function, as in Go).
#pragma once

#include <string>
#include <vector>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/source.h"

namespace gomini::frontend {

// Reports label and branch errors in gc's words (cmd/compile checks these
// while parsing, so the wording is syntax/branches.go's, not types2's):
//   "label L defined and not used"            (at the label)
//   "label L already defined at FILE:LINE:COL" (at the second label)
//   "label L not defined"                     (at the goto's label)
//   "goto L jumps into block starting at FILE:LINE:COL"
//   "goto L jumps over declaration of x at FILE:LINE:COL" (x: the first name of
//       a var declaration, or "a, b" for a := statement, whose position is the ":=")
//   "break label not defined: L", "continue label not defined: L",
//   "invalid break label L", "invalid continue label L" (at the label)
//   "break is not in a loop, switch, or select", "continue is not in a loop",
//   "fallthrough statement out of place", "cannot fallthrough final case in switch",
//   "cannot fallthrough in type switch"       (at the keyword)
// `files` formats the positions embedded in messages.
void checkLabels(BlockStmt* body, const SourceSet& files, Diagnostics& diags);

// Go spec "Terminating statements": a return, goto, panic(...) call (a
// CallExpr whose fun is an Ident whose obj is the Builtin panic — the checker
// sets Ident::obj before this runs), a block/if/switch/select ending in
// terminating statements with no break targeting it, or a for loop without
// condition and without a break targeting it. `label` is the label of the
// statement, if any (a labeled break of it counts).
bool isTerminating(const Stmt* s, const std::string& label = "");
// The last non-empty statement of the list is terminating.
bool isTerminatingList(const std::vector<Stmt*>& list, const std::string& label = "");

}  // namespace gomini::frontend
