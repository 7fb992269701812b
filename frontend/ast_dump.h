// ast_dump.h — a stable, indented text dump of an AST (golden tests, --dump=ast),
// and a generic child enumeration that needs no recursion.
//
// Format: one node per line, two spaces of indent per level, the node kind,
// then its attributes (operator, name, literal text, flags); a child that is
// a named field of its parent is prefixed with the field name:
//
//   BinaryExpr +
//     Ident x
//     y: BasicLit Int 1       (only fields whose meaning is not obvious are named)
//
// With DumpOptions::positions, each line ends with " @line:col".
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "frontend/ast.h"

namespace gomini::frontend {

struct DumpOptions {
    bool positions = false;
};

// The dump of n and everything below it (iterative: safe for any depth).
std::string dumpAst(const Node* n, const DumpOptions& opts = {});

// Calls fn(label, child) for each non-null child of n, in source order.
// label is a field name ("cond", "init", ...) or "" for list elements and
// single obvious children.
void forEachChild(const Node* n, const std::function<void(const char* label, const Node* child)>& fn);

// The children of n, in source order (appended to out).
void astChildren(const Node* n, std::vector<const Node*>& out);

}  // namespace gomini::frontend
