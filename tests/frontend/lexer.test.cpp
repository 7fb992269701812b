// lexer.test.cpp — GoLexer + GoLexerBase: automatic semicolon insertion,
// literal token kinds, and gc's lexical error messages and positions.
#include <doctest/doctest.h>

#include <sstream>
#include <string>
#include <vector>

#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wattributes"
#include "GoLexer.h"
#include "GoLexerBase.h"
#pragma GCC diagnostic pop
#include "frontend/parse.h"

using gomini::grammar::GoLexer;
using gomini::grammar::GoLexerBase;

namespace {

// Lexes src (ASCII or UTF-8) and describes every token:
//   an identifier, keyword or operator as written; literals as KIND:text;
//   ";" for a written semicolon, ";nl" for one inserted at a newline (or a
//   multi-line comment), ";eof" for one inserted at EOF.
std::string lex(const std::string& src, std::vector<gomini::grammar::LexError>* errs = nullptr) {
    std::u32string cps;
    gomini::grammar::SourceMap map;
    map.bytes = src;
    for (size_t i = 0; i < src.size();) {
        unsigned char c = static_cast<unsigned char>(src[i]);
        int n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        char32_t r = n == 1 ? c : n == 2 ? (c & 0x1F) : n == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < n; k++) r = (r << 6) | (static_cast<unsigned char>(src[i + k]) & 0x3F);
        cps.push_back(r);
        map.offsets.push_back(static_cast<uint32_t>(i));
        i += static_cast<size_t>(n);
    }
    map.offsets.push_back(static_cast<uint32_t>(src.size()));
    gomini::grammar::GoCharStream chars(cps);
    GoLexer lexer(&chars);
    lexer.removeErrorListeners();
    lexer.setSourceMap(&map);
    std::string out;
    for (;;) {
        auto t = lexer.nextToken();
        if (t->getType() == antlr4::Token::EOF) break;
        if (!out.empty()) out += ' ';
        std::string text(map.text(t->getStartIndex(), t->getStopIndex()));
        switch (t->getType()) {
        case GoLexer::SEMI:
            out += t->getText() == "newline" ? ";nl" : t->getText() == "EOF" ? ";eof" : ";";
            break;
        case GoLexer::INT_LIT: out += "INT:" + text; break;
        case GoLexer::FLOAT_LIT: out += "FLOAT:" + text; break;
        case GoLexer::IMAG_LIT: out += "IMAG:" + text; break;
        case GoLexer::RUNE_LIT: out += "RUNE:" + text; break;
        case GoLexer::STRING_LIT: out += "STRING:" + text; break;
        default: out += text;
        }
    }
    if (errs) *errs = lexer.lexErrors();
    return out;
}

// The diagnostics parseFile prints for src ("line:col: msg" lines).
std::string errorsOf(const std::string& src) {
    using namespace gomini::frontend;
    SourceSet set;
    uint32_t id = set.add("x.go", src);
    AstContext ctx;
    Diagnostics diags;
    parseFile(ctx, set.file(id), diags);
    std::string out;
    for (auto& d : diags.sorted())
        out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.msg + "\n";
    return out;
}

}  // namespace

TEST_CASE("lexer: semicolon insertion after line-final tokens") {
    CHECK(lex("x\n") == "x ;nl");                        // identifier
    CHECK(lex("42\n") == "INT:42 ;nl");                  // literals
    CHECK(lex("1.5\n") == "FLOAT:1.5 ;nl");
    CHECK(lex("'a'\n") == "RUNE:'a' ;nl");
    CHECK(lex("\"s\"\n") == "STRING:\"s\" ;nl");
    CHECK(lex("`raw`\n") == "STRING:`raw` ;nl");
    CHECK(lex("f()\n") == "f ( ) ;nl");                  // )
    CHECK(lex("a[i]\n") == "a [ i ] ;nl");               // ]
    CHECK(lex("T{}\n") == "T { } ;nl");                  // }
    CHECK(lex("return\n") == "return ;nl");              // keywords
    CHECK(lex("break\n") == "break ;nl");
    CHECK(lex("continue\n") == "continue ;nl");
    CHECK(lex("fallthrough\n") == "fallthrough ;nl");
    CHECK(lex("i++\n") == "i ++ ;nl");                   // ++ --
    CHECK(lex("i--\n") == "i -- ;nl");
}

TEST_CASE("lexer: no semicolon after other tokens") {
    CHECK(lex("x +\ny") == "x + y ;eof");                // operators
    CHECK(lex("f(a,\nb)") == "f ( a , b ) ;eof");
    CHECK(lex("if x {\n}") == "if x { } ;eof");          // {
    CHECK(lex("x :=\n1") == "x := INT:1 ;eof");
    CHECK(lex("go\nf") == "go f ;eof");                  // other keywords
    CHECK(lex("func\n") == "func");
    CHECK(lex("x\n\n\ny") == "x ;nl y ;eof");            // one per run of newlines
    CHECK(lex("x;\ny") == "x ; y ;eof");                 // explicit ; resets
}

TEST_CASE("lexer: comments") {
    CHECK(lex("x // comment\ny") == "x ;nl y ;eof");     // a line comment ends at the newline
    CHECK(lex("x /* one line */ y") == "x y ;eof");      // a one-line block comment is nothing
    CHECK(lex("x /* two\nlines */ y") == "x ;nl y ;eof");  // ... but with a newline it is one
    CHECK(lex("x + /* a\nb */ y") == "x + y ;eof");      // (only where a newline would insert)
    CHECK(lex("// only a comment") == "");
}

TEST_CASE("lexer: semicolon at EOF") {
    CHECK(lex("x") == "x ;eof");
    CHECK(lex("}") == "} ;eof");
    CHECK(lex("x +") == "x +");
    CHECK(lex("x\n") == "x ;nl");  // the newline already ended it
    CHECK(lex("") == "");
}

TEST_CASE("lexer: literal token kinds") {
    CHECK(lex("1_000 0x_FF 0o17 017 0b1010 0") == "INT:1_000 INT:0x_FF INT:0o17 INT:017 INT:0b1010 INT:0 ;eof");
    CHECK(lex("1.5 .5 1. 1e9 1E-3 0x1p-2 0X1.8P+3 1_0.2_5") ==
          "FLOAT:1.5 FLOAT:.5 FLOAT:1. FLOAT:1e9 FLOAT:1E-3 FLOAT:0x1p-2 FLOAT:0X1.8P+3 FLOAT:1_0.2_5 ;eof");
    CHECK(lex("1i 0.5i 0x1p3i 0i 1e2i") == "IMAG:1i IMAG:0.5i IMAG:0x1p3i IMAG:0i IMAG:1e2i ;eof");
    CHECK(lex(R"('a' '\n' '\'' '\\' '\x41' '\101' '\u4e16' '\U00010348' 'é')") ==
          R"(RUNE:'a' RUNE:'\n' RUNE:'\'' RUNE:'\\' RUNE:'\x41' RUNE:'\101' RUNE:'\u4e16' RUNE:'\U00010348' RUNE:'é' ;eof)");
    CHECK(lex(R"("a\"b" "\t\\" `x\ny`)") == R"(STRING:"a\"b" STRING:"\t\\" STRING:`x\ny` ;eof)");
    // 0xe-1 is 0xe minus 1 ('e' is a hex digit, hex exponents are 'p').
    CHECK(lex("0xe-1") == "INT:0xe - INT:1 ;eof");
    CHECK(lex("a...b") == "a ... b ;eof");
    CHECK(lex("x.5") == "x FLOAT:.5 ;eof");
}

TEST_CASE("lexer: operators") {
    CHECK(lex("&^= &^ && & <<= << <- <= < ... . := : ~") == "&^= &^ && & <<= << <- <= < ... . := : ~");
    CHECK(lex("a<-b") == "a <- b ;eof");
    CHECK(lex("i+++j") == "i ++ + j ;eof");
}

TEST_CASE("lexer: literal checks (gc's messages, relative offsets)") {
    std::vector<gomini::grammar::LexError> errs;
    auto numErr = [&](const char* lit) {
        errs.clear();
        GoLexerBase::checkNumber(lit, errs);
        return errs.empty() ? std::string() : std::to_string(errs[0].offset) + ": " + errs[0].msg;
    };
    CHECK(numErr("08") == "1: invalid digit '8' in octal literal");
    CHECK(numErr("0b12") == "3: invalid digit '2' in binary literal");
    CHECK(numErr("0x") == "2: hexadecimal literal has no digits");
    CHECK(numErr("1_") == "1: '_' must separate successive digits");
    CHECK(numErr("1__2") == "2: '_' must separate successive digits");
    CHECK(numErr("0x1.8") == "5: hexadecimal mantissa requires a 'p' exponent");
    CHECK(numErr("1p4") == "1: 'p' exponent requires hexadecimal mantissa");
    CHECK(numErr("0b1e3") == "3: 'e' exponent requires decimal mantissa");
    CHECK(numErr("1e") == "2: exponent has no digits");
    CHECK(numErr("0o1.2") == "3: invalid radix point in octal literal");
    CHECK(numErr("0_7") == "");
    CHECK(numErr("0x_1_2") == "");
    CHECK(numErr("09.5") == "");  // a float may have leading zeros
    CHECK(numErr("1_000.000_1e1_0") == "");
}

TEST_CASE("lexer: errors through parseFile (positions are byte columns)") {
    CHECK(errorsOf("package p\nvar x = @\n") ==
          "2:9: invalid character U+0040 '@'\n3:1: syntax error: unexpected EOF, expecting expression\n");
    CHECK(errorsOf("package p\nvar x = 1 @\n") == "2:11: invalid character U+0040 '@'\n");
    CHECK(errorsOf("package p\nvar s = \"abc\n") == "2:13: newline in string\n");
    CHECK(errorsOf("package p\nvar s = \"é\\q\"\n") == "2:13: unknown escape\n");
    CHECK(errorsOf("package p\nvar s = `abc") == "2:9: string not terminated\n");
    CHECK(errorsOf("package p\nvar c = 'ab'\n") == "2:9: more than one character in rune literal\n");
    CHECK(errorsOf("package p\nvar c = '\n") == "2:10: newline in rune literal\n");
    CHECK(errorsOf("package p\nvar c = ''\n") == "2:10: empty rune literal or unescaped '\n");
    CHECK(errorsOf("package p\nvar c = 'a") == "2:9: rune literal not terminated\n");
    CHECK(errorsOf("package p\nvar c = '\\400'\n") == "2:14: octal escape value 256 > 255\n");
    CHECK(errorsOf("package p\nvar c = \"\\xZZ\"\n") == "2:12: invalid character 'Z' in hexadecimal escape\n");
    CHECK(errorsOf("package p\nvar c = '\\uD800'\n") == "2:16: escape is invalid Unicode code point U+D800\n");
    CHECK(errorsOf("package p\nvar x = 0b12\n") == "2:12: invalid digit '2' in binary literal\n");
    CHECK(errorsOf("package p\n/* open") == "2:1: comment not terminated\n");
    CHECK(errorsOf(std::string("package p\nvar x = 1\x00\n", 21)) == "2:10: invalid NUL character\n");
    CHECK(errorsOf("package p\nvar x = 1\xff\n") == "2:10: invalid UTF-8 encoding\n");
    CHECK(errorsOf("\xEF\xBB\xBFpackage p\n") == "");  // a leading BOM is fine
    // Identifiers: Unicode letters are fine; other non-ASCII characters are
    // read as part of the identifier and reported (as gc does).
    CHECK(errorsOf("package p\nvar h\xC3\xA9llo, \xE4\xB8\x96 = 1, 2\n") == "");
    CHECK(errorsOf("package p\nvar x\xE2\x82\xAC = 1\n") == "2:6: invalid character U+20AC '\xE2\x82\xAC' in identifier\n");
    CHECK(errorsOf("package p\nvar \xD9\xA3x = 2\n") == "2:5: identifier cannot begin with digit U+0663 '\xD9\xA3'\n");
    CHECK(errorsOf("package p\nvar a\xC2\xA0" "b = 3\n") == "2:6: invalid character U+00A0 in identifier\n");
}
