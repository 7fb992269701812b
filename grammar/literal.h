// literal.h — character classes and digit-separator rules of Go number
// literals, shared by the lexer (GoLexerBase.cpp, which reports malformed
// literals as gc's scanner does) and the constant evaluator
// (frontend/constant.cpp, which computes their values as go/constant does).
#pragma once

#include <string_view>

namespace gomini::grammar {

inline char lowerASCII(char c) { return static_cast<char>(('a' - 'A') | c); }
inline bool isDecimal(char c) { return c >= '0' && c <= '9'; }
inline bool isHex(char c) { return isDecimal(c) || (lowerASCII(c) >= 'a' && lowerASCII(c) <= 'f'); }

// gc's invalidSep: the index of the first '_' in a number literal that does
// not separate two digits (a base prefix counts as a digit), or -1.
inline int invalidSep(std::string_view x) {
    char x1 = ' ';  // prefix letter; only 'x' matters
    char d = '.';   // previous: '_', '0' (a digit) or '.' (anything else)
    size_t i = 0;
    if (x.size() >= 2 && x[0] == '0') {
        x1 = lowerASCII(x[1]);
        if (x1 == 'x' || x1 == 'o' || x1 == 'b') {
            d = '0';
            i = 2;
        }
    }
    for (; i < x.size(); i++) {
        char p = d;
        d = x[i];
        if (d == '_') {
            if (p != '0') return static_cast<int>(i);
        } else if (isDecimal(d) || (x1 == 'x' && isHex(d))) {
            d = '0';
        } else {
            if (p == '_') return static_cast<int>(i) - 1;
            d = '.';
        }
    }
    if (d == '_') return static_cast<int>(x.size()) - 1;
    return -1;
}

}  // namespace gomini::grammar
