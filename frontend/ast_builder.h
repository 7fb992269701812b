// ast_builder.h — ANTLR parse tree to AST, and syntax-error wording.
//
// PRIVATE to the frontend's parser (parse.cpp): this header includes ANTLR.
// ast_builder.cpp is the only file that looks inside ANTLR parse trees; it
// does two jobs that need them:
//   * buildFile: walks a successful GoParser::sourceFile tree and makes the
//     AST (ast.h), filling every position field. It also does the checks gc's
//     parser does after recognising a construct (mixed named and unnamed
//     parameters, conditions that are not expressions, range outside a for
//     header, generic declarations, ...), reporting gc's messages.
//   * describeSyntaxError: turns the first ANTLR error (offending token,
//     expected-token set, rule context) into gc's message and position.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wattributes"
#include "GoLexerBase.h"
#include "GoParser.h"
#pragma GCC diagnostic pop
#include "frontend/ast.h"
#include "frontend/diag.h"
#include "frontend/source.h"

namespace gomini::frontend {

// Maps ANTLR token positions (code point indices) to gomini Pos values.
struct SourceInfo {
    uint32_t fileId = 0;
    const grammar::SourceMap* map = nullptr;
    std::vector<uint32_t> lineStarts;  // byte offset of the start of each line

    void computeLines();
    Pos posAtByte(uint32_t offset) const;
    Pos posOf(const antlr4::Token* t) const { return posAtByte(map->byteOffset(t->getStartIndex())); }
    // Position just past the token's last byte.
    Pos endOf(const antlr4::Token* t) const;
    std::string_view textOf(const antlr4::Token* t) const;
};

// What the parser saw when it gave up (recorded by parse.cpp's error strategy).
struct SyntaxErrorInfo {
    bool valid = false;
    antlr4::Token* offending = nullptr;
    antlr4::ParserRuleContext* ctx = nullptr;  // innermost rule being parsed
    antlr4::misc::IntervalSet expected;        // tokens that would have been accepted
    antlr4::Parser* parser = nullptr;          // for debugging output (GOMINI_SYNTAXDEBUG=1)
};

// Builds the AST of a parsed file. Errors are reported to `diags`; returns
// null if there were any.
File* buildFile(AstContext& ast, const SourceInfo& src, grammar::GoParser::SourceFileContext* tree,
                antlr4::TokenStream& tokens, Diagnostics& diags);

// gc's wording and position for the first syntax error.
Diagnostic describeSyntaxError(const SourceInfo& src, const SyntaxErrorInfo& err, antlr4::TokenStream& tokens);

// gc's description of a token in "syntax error: unexpected X": "newline",
// "EOF", "semicolon", "name x"→ just "x", "literal 42", "keyword"→ its
// spelling, operators as written, ",": "comma".
std::string describeToken(const SourceInfo& src, const antlr4::Token* t);

}  // namespace gomini::frontend
