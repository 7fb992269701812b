// ast_serial.h — a compact binary form of one file's AST, so that the stdlib
// can be parsed at BUILD time (gomini_astgen) and only decoded at run time:
// decoding all of the stdlib takes a few milliseconds, where the ANTLR parser
// needs tens to hundreds.
//
// What is kept: every node and every syntactic field of ast.h, positions
// included (each Pos keeps line and column; its file becomes the fileId given
// to deserializeFile). The two side references of a tree are kept too:
// File::imports (the ImportSpecs of the import declarations) and
// ValueSpec::implicitFrom. The checker's annotations (Expr::mode/type/value,
// Ident::obj, CaseClause::implicitObj) are not: a decoded tree is unchecked.
//
// Encoding (all integers are LEB128 varints unless said otherwise):
//
//   blob    := "GMAS" version checksum payload
//   version := kAstBlobVersion
//   checksum:= 4 bytes, little endian: a hash of payload (catches corruption)
//   payload := nodeCount stringCount string* record*
//   string  := length byte*                  (identifier names, literal text)
//   record  := 0                             (a null child)
//            | kind+1 listLength* pos fields (one node, in POSTORDER)
//
// Records are in postorder, so decoding is a loop over a value stack: a node
// record takes its children (child fields and list elements, in field
// order, null children included) off the top of the stack and pushes itself;
// how many it takes follows from its kind and the list lengths at the head of
// its record. Nothing recurses, so a corrupt blob cannot overflow the C++
// stack, and the decoder computes each subtree's height to refuse trees
// deeper than kMaxAstDepth (parse.h).
//
// Positions are delta-coded against the previous one in the stream: 0 is
// Pos{}; 1 is "the same as the node's first child" (a BinaryExpr starts where
// its x does); else 2 + (zigzag(col delta) << 1) on the same line, or
// 2 + (zigzag(line delta) << 1 | 1) followed by the column. Most positions
// take one byte. Strings, back references (record indices) and list lengths
// are varints.
//
// A blob is trusted only as far as its checksum: every read is bounds-checked
// and every child is checked against the static type of its field (and the
// few documented shape rules: switch bodies hold CaseClauses, ...), so a
// corrupt blob yields null and a message, never a crash or a cyclic tree.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "frontend/ast.h"

namespace gomini::frontend {

// Bump on any change of the encoding or of ast.h's fields.
constexpr uint32_t kAstBlobVersion = 1;

// The blob of f. Returns "" (and sets *err) if f is not a tree this format
// can hold: a node reachable twice, a null list element, or a side reference
// to a node outside the tree. Trees built by parseFile always serialize.
// Iterative: safe for any depth.
std::string serializeFile(const File* f, std::string* err = nullptr);

// Rebuilds the tree of `blob` in ctx, with every position's file set to
// fileId. Returns null and sets *err (if err is non-null) for a truncated,
// corrupt or wrong-version blob. Iterative: safe on any thread.
File* deserializeFile(AstContext& ctx, std::string_view blob, uint32_t fileId, std::string* err);

// Recomputes the checksum of an edited blob (tests use it to feed corrupt
// payloads to the decoder proper). Does nothing if blob has no full header.
void resealAstBlob(std::string& blob);

}  // namespace gomini::frontend
