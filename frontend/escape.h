// escape.h — escape analysis on the typed AST (the twin of
// cmd/compile/internal/escape).
//
// After a successful type check, analyzeEscapes decides for every local
// variable (parameters and results included) and every allocation site of the
// package whether its storage can live in the function's frame or must move
// to the heap, and records the answer in place:
//   * Var::escapes     — the variable must be heap allocated ("moved to heap: x");
//     Var::addrTaken   — its address is taken (&x, pointer-receiver call, capture by reference);
//     Var::captured    — a closure refers to it.
//   * Expr::escapes    — on an allocation site: new(T), &T{...}, slice and map
//     literals, func literals, make(...), string/[]byte/[]rune conversions,
//     string concatenations, explicit interface conversions, method values,
//     and on a CallExpr of a variadic function the implicit "..." slice.
//   * Expr::convEscapes — on an expression implicitly converted to an
//     interface (argument, assignment, return, element, send): its box.
//
// Model (as gc): every variable and allocation site is a location; the
// function bodies are walked once, adding edges "dst = *^derefs src" (derefs
// -1 is &src, 0 a copy, 1 a load through a pointer). Then every location is a
// root of a shortest-path walk backwards over the edges: a location whose
// address reaches a root that outlives it (the heap, a result, a variable of
// an outer loop or of an enclosing function) escapes; a parameter that
// reaches the heap or a result is "leaking". Functions are analysed bottom-up
// over the call graph, one strongly connected component at a time (closures
// together with their enclosing function), so a call to an already analysed
// function uses its parameter summary ("tag") instead of its body.
//
// Imported packages (the stdlib, written in Go) are analysed first, silently,
// so calls into them use their real summaries. Calls through function values
// and interfaces are conservative (arguments leak to the heap), except a local
// variable only ever holding one func literal or function (gc's StaticValue).
// Functions without a body (natives) leak every parameter, as gc assumes for
// bodiless functions; the fmt print family (Print*, Sprint*, Fprint*, Errorf)
// only leaks the content of its "..." argument, strings.Builder methods keep
// their receiver, and sort.Slice* do not leak `less` — gc's real summaries,
// which our stdlib's implementations would not reproduce.
//
// With a non-null `notes`, the decisions are reported as gc's -m=1 lines
// (with inlining disabled), at gc's positions: "moved to heap: x",
// "new(int) escapes to heap", "&T{...} does not escape",
// "func literal escapes to heap", "leaking param: p",
// "leaking param content: p", "leaking param: p to result ~r0 level=0",
// "p does not escape", "make([]int, n) escapes to heap",
// "[]int{...} does not escape", "map[string]int{} escapes to heap",
// "... argument does not escape", "x escapes to heap" (interface
// conversions), "a + b does not escape", "string(b) escapes to heap",
// "([]byte)(s) does not escape", "v.M escapes to heap" (method values),
// "(*T).M ignoring self-assignment in b.buf = b.buf[n:]".
// Not reproduced: gc's devirtualization of interface calls whose dynamic type
// it can prove ("devirtualizing s.M to T", which also changes what escapes),
// and the ".autotmp_N" names gc prints for the results of a multi-value call
// passed on to another call (we name the call instead).
//
// Recursion follows the syntax tree, whose depth the parser bounds; the call
// graph is walked iteratively.
#pragma once

#include <vector>

#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/objects.h"

namespace gomini::frontend {

// Runs escape analysis on the checked package `pkg` made of `files` (which
// must have type-checked without errors), after its imported packages
// (silently, for their summaries). `notes` may be null. `langMinor` is the
// -lang=go1.N version: before 1.22 a range loop's variables are shared by all
// iterations, so a closure capturing one captures it by reference.
void analyzeEscapes(Package* pkg, const std::vector<File*>& files, TypeContext& types, Diagnostics* notes,
                    int langMinor = 22);

}  // namespace gomini::frontend
