// GoLexer.g4 — the tokens of Go (https://go.dev/ref/spec#Lexical_elements).
//
// The rules here only cut the input into tokens. Four jobs are done in C++,
// in GoLexerBase::nextToken (GoLexerBase.h), because they need state or exact
// gc diagnostics:
//   * automatic semicolon insertion (spec "Semicolons"): NL and multi-line
//     BLOCK_COMMENT tokens become SEMI after an identifier, a literal, one of
//     the keywords break continue fallthrough return, or one of ++ -- ) ] };
//     otherwise they are dropped, like every other hidden token. A SEMI is
//     also inserted at EOF after such a token;
//   * literal validation: NUMBER, RUNE_LIT and STRING_LIT are deliberately
//     permissive (they take the same extent as gc's scanner), and the base
//     class checks them and reports gc's message ("newline in string",
//     "invalid digit '8' in octal literal", ...). NUMBER is retyped to
//     INT_LIT, FLOAT_LIT or IMAG_LIT;
//   * IDENT is retyped to the keyword's token type for the 25 keywords, and
//     its non-ASCII characters are checked (gc: "invalid character ... in
//     identifier", "identifier cannot begin with digit ...");
//   * ERRCHAR (any other character) is reported as
//     "invalid character U+0040 '@'" and skipped, as gc does.
lexer grammar GoLexer;

options { superClass = GoLexerBase; }

tokens {
    INT_LIT, FLOAT_LIT, IMAG_LIT,
    BREAK, CASE, CHAN, CONST, CONTINUE, DEFAULT, DEFER, ELSE, FALLTHROUGH, FOR, FUNC, GO, GOTO, IF,
    IMPORT, INTERFACE, MAP, PACKAGE, RANGE, RETURN, SELECT, STRUCT, SWITCH, TYPE, VAR
}

@header { #include "GoLexerBase.h" }

// --- keywords ---
// Keywords are lexed as IDENT and retyped by GoLexerBase from a table: one
// identifier rule instead of 25 keyword rules keeps the lexer's DFA small
// (it is built lazily at run time, so this is start-up time saved).
IDENT : LETTER (LETTER | UNICODE_DIGIT)* ;

// --- operators and punctuation ---
ADD_ASSIGN     : '+=';
SUB_ASSIGN     : '-=';
MUL_ASSIGN     : '*=';
DIV_ASSIGN     : '/=';
MOD_ASSIGN     : '%=';
AND_ASSIGN     : '&=';
OR_ASSIGN      : '|=';
XOR_ASSIGN     : '^=';
SHL_ASSIGN     : '<<=';
SHR_ASSIGN     : '>>=';
AND_NOT_ASSIGN : '&^=';
LOGICAL_AND    : '&&';
LOGICAL_OR     : '||';
ARROW          : '<-';
INC            : '++';
DEC            : '--';
EQUALS         : '==';
NOT_EQUALS     : '!=';
LESS_OR_EQUALS : '<=';
GREATER_OR_EQUALS : '>=';
DEFINE         : ':=';
ELLIPSIS       : '...';
SHL            : '<<';
SHR            : '>>';
AND_NOT        : '&^';
PLUS           : '+';
MINUS          : '-';
STAR           : '*';
DIV            : '/';
MOD            : '%';
AMP            : '&';
OR             : '|';
CARET          : '^';
LESS           : '<';
GREATER        : '>';
ASSIGN         : '=';
EXCLAMATION    : '!';
TILDE          : '~';
LPAREN         : '(';
RPAREN         : ')';
LBRACK         : '[';
RBRACK         : ']';
LBRACE         : '{';
RBRACE         : '}';
COMMA          : ',';
SEMI           : ';';
DOT            : '.';
COLON          : ':';

// --- literals (permissive; validated in GoLexerBase) ---
// One rule for every number form: 0x/0X hex (with 'p' exponents; 'e' is a hex
// digit there), 0b/0o and legacy-octal/decimal (with 'e' or 'p' exponents so
// that gc's "'p' exponent requires hexadecimal mantissa" can be reported), and
// floats starting with '.'. '_' is accepted anywhere in the digits and checked
// later. A trailing 'i' makes an imaginary literal.
NUMBER
    : ( '0' [xX] HEX_DIGITS ('.' HEX_DIGITS)? ([pP] [+-]? DEC_DIGITS)?
      | '0' [bBoO] DEC_DIGITS ('.' DEC_DIGITS)? ([eEpP] [+-]? DEC_DIGITS)?
      | [0-9] DEC_DIGITS ('.' DEC_DIGITS)? ([eEpP] [+-]? DEC_DIGITS)?
      | '.' [0-9] DEC_DIGITS ([eEpP] [+-]? DEC_DIGITS)?
      ) 'i'?
    ;

// 'x', '\n', ... The closing quote is optional: a literal cut by a newline or
// EOF is still one token (gc reports "newline in rune literal" and goes on).
// An escape always takes two characters, so '\\' cannot be read as '\ + \'.
RUNE_LIT : '\'' ( ~['\\\n] | '\\' ~[\n] )* '\''? ;

// "..." (interpreted, closing quote optional as above) or `...` (raw).
STRING_LIT
    : '"' ( ~["\\\n] | '\\' ~[\n] )* '"'?
    | '`' ~'`'* '`'?
    ;

// --- white space and comments: never reach the parser ---
WS            : [ \t\r\u000C]+ -> skip;
NL            : '\n';
LINE_COMMENT  : '//' ~[\n]* -> skip;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF);

// Anything else: reported and dropped by GoLexerBase.
ERRCHAR : . ;

// Any non-ASCII character may continue an identifier, as in gc's scanner;
// GoLexerBase checks it against Unicode's letter and digit classes
// (GoUnicode.cpp) and reports "invalid character U+00A0 in identifier".
fragment LETTER        : [a-zA-Z_] | [\u0080-\u{10FFFF}] ;
fragment UNICODE_DIGIT : [0-9] ;
fragment DEC_DIGITS    : [0-9_]* ;
fragment HEX_DIGITS    : [0-9a-fA-F_]* ;
