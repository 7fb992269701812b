// GoParser.g4 — the syntax of gomini's Go subset, written from the Go
// specification (https://go.dev/ref/spec) and shaped after gc's own parser
// (cmd/compile/internal/syntax/parser.go) so that syntax errors are detected
// at the same token as gc detects them.
//
// Design rules (they keep the parser fast in SLL mode and its trees shallow):
//   * Types are expressions in expression context, as in gc: []int{1},
//     map[K]V{}, *T (a unary star), conversions are calls, (*T)(x).
//   * Binary expressions are FLAT: expression = unaryExpr (op unaryExpr)*.
//     The AST builder applies Go's precedences with an explicit stack, so a
//     30,000-term sum is one parse-tree level, not 30,000.
//   * Unary operator chains and primary-expression suffixes are flat lists too.
//   * Lists follow gc's `list` shape: elem (sep elem)* sep? close.
//   * Composite-literal ambiguity in statement headers (spec "parsing
//     ambiguity"): between if/for/switch and the block, a TypeName{ is never a
//     composite literal. The *NL rules (no literal) are the header versions
//     of expression/simpleStmt; anything inside ( ) [ ] { } goes back to the
//     ordinary rules, exactly like gc's xnest.
//   * Parameter lists are permissive (IDENT? '...'? type); the builder groups
//     names with Go's rule and reports "mixed named and unnamed parameters".
//   * Generic syntax (type parameter lists, ~T, unions, instantiations) is
//     recognised so that the builder can reject it at its position with
//     "generic ... are not supported".
//   * Statement validity that gc checks after parsing a simpleStmt (range
//     outside for, x.(type) outside a switch header, conditions that are not
//     expressions) is left to the builder, which reports gc's messages.
parser grammar GoParser;

options { tokenVocab = GoLexer; superClass = GoParserBase; }

@header { #include "GoParserBase.h" }

// ---------------------------------------------------------------------------
// Source file

sourceFile
    : packageClause SEMI (importDecl SEMI)* (topLevelDecl SEMI)* EOF
    ;

packageClause : PACKAGE IDENT ;

importDecl
    : IMPORT (importSpec | LPAREN (importSpec (SEMI importSpec)* SEMI?)? RPAREN)
    ;

importSpec : (IDENT | DOT)? basicLit ;

topLevelDecl : declaration | functionDecl ;

declaration : constDecl | typeDecl | varDecl ;

constDecl
    : CONST (constSpec | LPAREN (constSpec (SEMI constSpec)* SEMI?)? RPAREN)
    ;

// gc accepts "const x T" syntactically; the checker reports the missing value.
constSpec : identifierList type_? (ASSIGN expressionList)? ;

varDecl
    : VAR (varSpec | LPAREN (varSpec (SEMI varSpec)* SEMI?)? RPAREN)
    ;

varSpec : identifierList (type_ (ASSIGN expressionList)? | ASSIGN expressionList) ;

typeDecl
    : TYPE (typeSpec | LPAREN (typeSpec (SEMI typeSpec)* SEMI?)? RPAREN)
    ;

// The first alternative wins where both parse ("type A [N * M]int" is an
// array type, as in gc); the second one only exists to reject generics.
typeSpec
    : IDENT ASSIGN? type_
    | IDENT typeParameters ASSIGN? type_
    ;

// func name[T any](params) result { body }      (a receiver makes a method)
// The signature is written out here (and in interface methods and function
// literals) rather than using `signature`: a '(' after the parameters is
// always a result list (gc's rule), and with a rule-local follow set ANTLR
// decides that from one token instead of scanning ahead for a call.
functionDecl : FUNC receiver=parameters? IDENT typeParameters? parameters result? block? ;

identifierList : IDENT (COMMA IDENT)* ;

// ---------------------------------------------------------------------------
// Types (in type context: declarations, signatures, fields, type assertions)

type_
    : typeName typeArgs?
    | typeLit
    | LPAREN type_ RPAREN
    ;

typeName : IDENT (DOT IDENT)? ;

typeArgs : LBRACK type_ (COMMA type_)* COMMA? RBRACK ;

typeLit
    : arrayType
    | sliceType
    | structType
    | pointerType
    | functionType
    | interfaceType
    | mapType
    | channelType
    ;

arrayType : LBRACK (expression | ELLIPSIS) RBRACK type_ ;

sliceType : LBRACK RBRACK type_ ;

pointerType : STAR type_ ;

mapType : MAP LBRACK type_ RBRACK type_ ;

// "<-" binds to the leftmost chan: chan<- chan int is chan<- (chan int).
channelType
    : CHAN ARROW type_
    | CHAN type_
    | ARROW CHAN type_
    ;

functionType : FUNC signature ;

signature : parameters result? ;

// A parenthesised result is always a parameter list (gc's rule).
result
    : parameters
    | typeName typeArgs?
    | typeLit
    ;

parameters : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN ;

parameterDecl : IDENT? ELLIPSIS? type_ ;

structType : STRUCT LBRACE (fieldDecl (SEMI fieldDecl)* SEMI?)? RBRACE ;

fieldDecl
    : (identifierList type_ | embeddedField) tag=STRING_LIT?
    ;

embeddedField : STAR? typeName typeArgs? ;

interfaceType : INTERFACE LBRACE (interfaceElem (SEMI interfaceElem)* SEMI?)? RBRACE ;

// A method, an embedded interface, or (rejected) a type-set element.
interfaceElem
    : IDENT parameters result?
    | typeTerm (OR typeTerm)*
    ;

typeTerm : TILDE? type_ ;

// Generic syntax, recognised only to be rejected by the builder.
typeParameters : LBRACK typeParamDecl (COMMA typeParamDecl)* COMMA? RBRACK ;

typeParamDecl : identifierList typeTerm (OR typeTerm)* ;

// ---------------------------------------------------------------------------
// Expressions

expressionList : expression (COMMA expression)* ;

// Operators are inline token sets (no rule context per operator) and the
// primary expression is folded into unaryExpr: fewer, shallower contexts.
expression
    : unaryExpr
      ( ( LOGICAL_OR | LOGICAL_AND
      | EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS
      | PLUS | MINUS | OR | CARET
      | STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT
      )
        unaryExpr
      )*
    ;

unaryExpr : (PLUS | MINUS | EXCLAMATION | CARET | STAR | AMP | ARROW | TILDE)* operand primarySuffix* ;

// go and defer take a primary expression only (gc's pexpr).
primaryExpr : operand primarySuffix* ;

primarySuffix
    : DOT IDENT                                   # selectorSuffix
    | DOT LPAREN (type_ | TYPE) RPAREN            # typeAssertSuffix
    | LBRACK indexBody RBRACK                     # indexSuffix
    | arguments                                   # callSuffix
    ;

// x[i], x[i:j], x[i:j:k], and (rejected) instantiations x[A, B].
indexBody
    : expression ((COMMA expression)* COMMA? | sliceTail)
    | sliceTail
    ;

sliceTail : COLON expression? (COLON expression?)? ;

arguments : LPAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? RPAREN ;

operand
    : basicLit
    | typeName literalValue                       // T{...}, pkg.T{...}
    | IDENT
    | LPAREN expression RPAREN
    | FUNC parameters result? block?              // function literal, or a func type
    | literalTypeExpr literalValue?               // []T{...}, [N]T{...}, [...]T{...}, map[K]V{...}, struct{...}{...}
    | channelTypeExpr
    | interfaceType
    ;

// Header (no composite literal after a type name) versions of the above.
expressionNL
    : unaryExprNL
      ( ( LOGICAL_OR | LOGICAL_AND
      | EQUALS | NOT_EQUALS | LESS | LESS_OR_EQUALS | GREATER | GREATER_OR_EQUALS
      | PLUS | MINUS | OR | CARET
      | STAR | DIV | MOD | SHL | SHR | AMP | AND_NOT
      )
        unaryExprNL
      )*
    ;
unaryExprNL : (PLUS | MINUS | EXCLAMATION | CARET | STAR | AMP | ARROW | TILDE)* operandNL primarySuffix* ;
operandNL
    : basicLit
    | IDENT
    | LPAREN expression RPAREN
    | FUNC parameters result? block?
    | literalTypeExpr literalValue?
    | channelTypeExpr
    | interfaceType
    ;
expressionListNL : expressionNL (COMMA expressionNL)* ;

literalTypeExpr : arrayType | sliceType | mapType | structType ;

channelTypeExpr : CHAN ARROW type_ | CHAN type_ ;

basicLit : INT_LIT | FLOAT_LIT | IMAG_LIT | RUNE_LIT | STRING_LIT ;

literalValue : LBRACE (keyedElement (COMMA keyedElement)* COMMA?)? RBRACE ;

keyedElement : element (COLON element)? ;

element : expression | literalValue ;

// ---------------------------------------------------------------------------
// Statements

block : LBRACE statementList RBRACE ;

// gc's stmtList: statements separated by ';' (optional before '}').
statementList : statement? (SEMI statement?)* ;

statement
    : declaration
    | labeledStmt
    | simpleStmt
    | goStmt
    | returnStmt
    | breakStmt
    | continueStmt
    | gotoStmt
    | fallthroughStmt
    | block
    | ifStmt
    | switchStmt
    | selectStmt
    | forStmt
    | deferStmt
    ;

labeledStmt : IDENT COLON statement? ;

// ExprStmt, SendStmt, IncDecStmt, Assignment, ShortVarDecl; "= range x" is
// accepted here and rejected by the builder outside a for header.
simpleStmt : expressionList simpleTail? ;

simpleTail
    : (ASSIGN | DEFINE) (RANGE expression | expressionList)
    | assignOp expression
    | INC
    | DEC
    | ARROW expression
    ;

simpleStmtNL : expressionListNL simpleTailNL? ;

simpleTailNL
    : (ASSIGN | DEFINE) (RANGE expressionNL | expressionListNL)
    | assignOp expressionNL
    | INC
    | DEC
    | ARROW expressionNL
    ;

assignOp
    : ADD_ASSIGN | SUB_ASSIGN | MUL_ASSIGN | DIV_ASSIGN | MOD_ASSIGN
    | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN | SHL_ASSIGN | SHR_ASSIGN | AND_NOT_ASSIGN
    ;

goStmt : GO primaryExpr ;

deferStmt : DEFER primaryExpr ;

returnStmt : RETURN expressionList? ;

breakStmt : BREAK IDENT? ;

continueStmt : CONTINUE IDENT? ;

gotoStmt : GOTO IDENT ;

fallthroughStmt : FALLTHROUGH ;

// if [init;] cond { } [else ...]: the builder splits the header.
ifStmt : IF header? block (ELSE (ifStmt | block))? ;

switchStmt : SWITCH header? LBRACE caseClause* RBRACE ;

caseClause : (CASE expressionList | DEFAULT) COLON statementList ;

selectStmt : SELECT LBRACE commClause* RBRACE ;

commClause : (CASE simpleStmt | DEFAULT) COLON statementList ;

// for { }, for cond { }, for init; cond; post { }, for k, v := range x { },
// for range x { }.
forStmt : FOR forHeader? block ;

forHeader
    : RANGE expressionNL
    | simpleStmtNL (SEMI simpleStmtNL? SEMI simpleStmtNL?)?
    | SEMI simpleStmtNL? SEMI simpleStmtNL?
    ;

// The header of if and switch: [simpleStmt] [';' [simpleStmt]].
header
    : simpleStmtNL (SEMI simpleStmtNL?)?
    | SEMI simpleStmtNL?
    ;
