// GoLexerBase.h — the hand-written half of the Go lexer (GoLexer.g4 is the other).
//
// GoLexer (generated) derives from GoLexerBase. nextToken() post-processes the
// raw ANTLR tokens the way gc's scanner (cmd/compile/internal/syntax) does:
//
//   1. Automatic semicolon insertion. After a token that sets `nlsemi_` (an
//      identifier, a literal, break continue fallthrough return, ++ -- ) ] }),
//      the next newline — or a /*...*/ comment containing one, or EOF — is
//      returned as a SEMI token whose text says what it was ("newline" or
//      "EOF", gc's literal for an automatic semicolon; an explicit one keeps
//      ";"). Newlines and comments are otherwise dropped: the parser only
//      ever sees default-channel tokens.
//   2. Literal checks. NUMBER, RUNE_LIT and STRING_LIT are permissive in the
//      grammar; here they are validated with gc's rules and messages, and
//      NUMBER is retyped INT_LIT / FLOAT_LIT / IMAG_LIT. A bad literal is
//      still returned as a literal (gc goes on parsing too).
//   3. Invalid characters (ERRCHAR) are reported and skipped.
//   4. Keywords come from the grammar as IDENT and are retyped here, and the
//      non-ASCII characters of identifiers are checked (the grammar lets any
//      of them through, as gc's scanner does).
//
// Positions. The char stream holds code points; gc reports BYTE columns. The
// lexer is given the source bytes and, for every code point index, the byte
// offset it came from (see GoCharStream), and reports errors as byte offsets.
//
// This header is private to grammar/ and frontend/parse.cpp, ast_builder.cpp:
// it includes ANTLR.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "antlr4-runtime.h"

namespace gomini::grammar {

// A char stream over already-decoded code points (the decoder in parse.cpp
// reports invalid UTF-8, NUL and BOM itself, as gc does, and drops them).
class GoCharStream : public antlr4::ANTLRInputStream {
public:
    explicit GoCharStream(std::u32string codePoints) {
        _data = std::move(codePoints);
        p = 0;
    }
};

// Where the source came from: the original bytes and, for each code point
// index i (0 <= i <= number of code points), the byte offset of code point i
// (offsets[n] == bytes.size()).
struct SourceMap {
    std::string_view bytes;
    std::vector<uint32_t> offsets;

    uint32_t byteOffset(size_t cpIndex) const {
        return cpIndex < offsets.size() ? offsets[cpIndex] : static_cast<uint32_t>(bytes.size());
    }
    // The source text of code points [start, stop] (stop inclusive).
    std::string_view text(size_t start, size_t stop) const {
        uint32_t b = byteOffset(start), e = byteOffset(stop + 1);
        return e >= b ? bytes.substr(b, e - b) : std::string_view{};
    }
};

struct LexError {
    uint32_t offset;  // byte offset in the source
    std::string msg;
};

class GoLexerBase : public antlr4::Lexer {
public:
    explicit GoLexerBase(antlr4::CharStream* input) : antlr4::Lexer(input) {}

    // Must be called before the first token is requested.
    void setSourceMap(const SourceMap* map) { map_ = map; }

    std::unique_ptr<antlr4::Token> nextToken() override;

    const std::vector<LexError>& lexErrors() const { return errors_; }

    // The keyword token type for an identifier's text, or IDENT.
    static size_t keywordType(std::string_view id);

    // Number literal classification and checks (exposed for unit tests).
    // Returns the token type (INT_LIT/FLOAT_LIT/IMAG_LIT); appends at most one
    // error, with `offset` relative to the literal's first byte.
    static size_t checkNumber(std::string_view lit, std::vector<LexError>& errs);
    // Rune and string literal checks; `atEOF` tells what cut an unterminated
    // literal short (EOF, or otherwise a newline).
    static void checkRune(std::string_view lit, bool atEOF, std::vector<LexError>& errs);
    static void checkString(std::string_view lit, bool atEOF, std::vector<LexError>& errs);

private:
    std::unique_ptr<antlr4::Token> makeSemi(size_t cpIndex, const char* text);
    void checkIdent(std::string_view id, uint32_t offset);
    void error(uint32_t offset, std::string msg);

    const SourceMap* map_ = nullptr;
    bool nlsemi_ = false;
    std::vector<LexError> errors_;
};

// Formats a code point the way Go's %#U does: "U+0040 '@'".
std::string formatCodePoint(char32_t c);

// Go's letter (a Unicode letter, or '_') and decimal digit (Unicode Nd), from
// GoUnicode.cpp.
bool isUnicodeLetter(char32_t c);
bool isUnicodeDigit(char32_t c);

}  // namespace gomini::grammar
