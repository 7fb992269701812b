// ast.h — the Go syntax tree, independent of ANTLR.
//
// Shape: go/ast's node set (Ident, BasicLit, CompositeLit, ... RangeStmt,
// GenDecl, FuncDecl), with positions chosen so that the checker can report an
// error exactly where cmd/compile reports it:
//   * Node::pos is the position of the node's FIRST token (go/ast's Pos()).
//   * Nodes whose gc position differs keep it in an extra field: the operator
//     of a binary/unary/assign/inc-dec statement (opPos), the '(' and ')' of a
//     call, the '[' of an index or slice, the '{' and '}' of composite literals
//     and blocks, the '.' of a selector, and so on.
//
// Ownership: every node is created by AstContext::make and owned by that
// context; nodes point at each other with plain non-owning pointers, so
// destroying a tree is a flat loop (no recursion, however deep the tree).
//
// The checker annotates the tree in place (Expr::tv, Ident::obj, ...); before
// checking those fields are null/Invalid. Nothing here includes ANTLR:
// ast_builder.cpp is the only file that sees the parse tree.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "frontend/source.h"

namespace gomini::frontend {

// Defined by the checker (types.h / scope.h / constant.h).
struct Type;
struct Object;
class Scope;
namespace constant {
class Value;
}

// Operator and keyword tokens that the AST needs to remember.
enum class Tok : uint8_t {
    None,
    // binary / unary operators
    Add,     // +
    Sub,     // -
    Mul,     // *
    Quo,     // /
    Rem,     // %
    And,     // &
    Or,      // |
    Xor,     // ^
    Shl,     // <<
    Shr,     // >>
    AndNot,  // &^
    LAnd,    // &&
    LOr,     // ||
    Arrow,   // <-
    Eql,     // ==
    Neq,     // !=
    Lss,     // <
    Leq,     // <=
    Gtr,     // >
    Geq,     // >=
    Not,     // !
    Tilde,   // ~ (only in constraint interfaces; always rejected)
    // assignment
    Assign,        // =
    Define,        // :=
    AddAssign,     // +=
    SubAssign,     // -=
    MulAssign,     // *=
    QuoAssign,     // /=
    RemAssign,     // %=
    AndAssign,     // &=
    OrAssign,      // |=
    XorAssign,     // ^=
    ShlAssign,     // <<=
    ShrAssign,     // >>=
    AndNotAssign,  // &^=
    Inc,           // ++
    Dec,           // --
    // branch keywords
    Break,
    Continue,
    Goto,
    Fallthrough,
    // declaration keywords
    Import,
    Const,
    Type,
    Var,
};

// The Go spelling of a token ("+", "&^=", "break", ...).
const char* tokString(Tok t);
// For an op-assign token (+= ...) the binary operator (+ ...); None otherwise.
Tok assignOpBase(Tok t);

enum class NodeKind : uint8_t {
    // expressions
    BadExpr,
    Ident,
    Ellipsis,  // "...T" as the type of a variadic parameter, or "[...]T" length
    BasicLit,
    CompositeLit,
    FuncLit,
    ParenExpr,
    SelectorExpr,
    IndexExpr,
    SliceExpr,
    TypeAssertExpr,
    CallExpr,
    StarExpr,
    UnaryExpr,
    BinaryExpr,
    KeyValueExpr,
    // type expressions (they are Exprs, as in go/ast)
    ArrayType,
    StructType,
    FuncType,
    InterfaceType,
    MapType,
    ChanType,
    // statements
    BadStmt,
    DeclStmt,
    EmptyStmt,
    LabeledStmt,
    ExprStmt,
    SendStmt,
    IncDecStmt,
    AssignStmt,
    GoStmt,
    DeferStmt,
    ReturnStmt,
    BranchStmt,
    BlockStmt,
    IfStmt,
    CaseClause,
    SwitchStmt,
    TypeSwitchStmt,
    CommClause,
    SelectStmt,
    ForStmt,
    RangeStmt,
    // declarations and specs
    ImportSpec,
    ValueSpec,
    TypeSpec,
    GenDecl,
    FuncDecl,
    BadDecl,
    // other
    Field,
    FieldList,
    File,
};

const char* nodeKindName(NodeKind k);

struct Node {
    NodeKind kind;
    Pos pos;  // first token
    explicit Node(NodeKind k, Pos p = {}) : kind(k), pos(p) {}
    virtual ~Node() = default;
    Node(const Node&) = delete;
    Node& operator=(const Node&) = delete;
};

// Checked-cast helpers: is<T>(n), as<T>(n) (null if not T), cast<T>(n).
template <class T>
bool is(const Node* n) {
    return n && T::classof(n);
}
template <class T>
T* as(Node* n) {
    return is<T>(n) ? static_cast<T*>(n) : nullptr;
}
template <class T>
const T* as(const Node* n) {
    return is<T>(n) ? static_cast<const T*>(n) : nullptr;
}
template <class T>
T* cast(Node* n) {
    return static_cast<T*>(n);
}
template <class T>
const T* cast(const Node* n) {
    return static_cast<const T*>(n);
}

#define GOMINI_AST_KIND(K) \
    static constexpr NodeKind kKind = NodeKind::K; \
    static bool classof(const Node* n) { return n->kind == NodeKind::K; }

// ---------------------------------------------------------------------------
// Expressions

// How the checker classified an expression (go/types operandMode).
enum class Mode : uint8_t {
    Invalid,   // not checked, or erroneous
    NoValue,   // a call of a function without results
    Builtin,   // a built-in function name (len, append, ...)
    TypeExpr,  // the expression denotes a type
    Constant,  // a constant; Expr::value holds it
    Variable,  // addressable
    MapIndex,  // m[k]: assignable, not addressable
    Value,     // any other value
    CommaOk,   // a value that may also be used as "v, ok" (map index, type assertion, receive)
};

struct Expr : Node {
    // --- filled in by the checker ---
    Mode mode = Mode::Invalid;
    Type* type = nullptr;  // the expression's type (after defaulting untyped consts: see checker)
    const constant::Value* value = nullptr;     // for Mode::Constant
    // --- filled in by escape analysis (escape.h); not serialized ---
    // For an allocation site (new, &T{...}, slice/map literal, func literal,
    // make, string/[]byte conversion, string concatenation, interface
    // conversion, method value, variadic "..." slice of a call): its storage
    // must live on the heap.
    bool escapes = false;
    // For an expression implicitly converted to an interface type (argument,
    // assignment, return, element, send): the box holding its value must live
    // on the heap (gc: "x escapes to heap").
    bool convEscapes = false;
    using Node::Node;
    static bool classof(const Node* n) { return n->kind <= NodeKind::ChanType; }
};

struct BadExpr : Expr {
    GOMINI_AST_KIND(BadExpr)
    BadExpr(Pos p) : Expr(NodeKind::BadExpr, p) {}
};

struct Ident : Expr {
    GOMINI_AST_KIND(Ident)
    std::string name;
    Object* obj = nullptr;  // checker: the object this identifier denotes or declares (null for "_" and package names in imports)
    Ident(Pos p, std::string n) : Expr(NodeKind::Ident, p), name(std::move(n)) {}
};

struct Ellipsis : Expr {
    GOMINI_AST_KIND(Ellipsis)
    Expr* elt = nullptr;  // "...T" element type; null in "[...]T"
    Ellipsis(Pos p) : Expr(NodeKind::Ellipsis, p) {}
};

enum class LitKind : uint8_t { Int, Float, Imag, Char, String };

struct BasicLit : Expr {
    GOMINI_AST_KIND(BasicLit)
    LitKind litKind;
    std::string raw;  // the literal exactly as written (quotes, escapes, '_' separators kept)
    BasicLit(Pos p, LitKind k, std::string r) : Expr(NodeKind::BasicLit, p), litKind(k), raw(std::move(r)) {}
};

struct CompositeLit : Expr {
    GOMINI_AST_KIND(CompositeLit)
    Expr* litType = nullptr;  // null for an elided type inside another literal
    std::vector<Expr*> elts;  // elements; KeyValueExpr for keyed ones
    Pos lbrace, rbrace;
    CompositeLit(Pos p) : Expr(NodeKind::CompositeLit, p) {}
};

struct FuncType;
struct BlockStmt;

struct FuncLit : Expr {
    GOMINI_AST_KIND(FuncLit)
    FuncType* sig = nullptr;
    BlockStmt* body = nullptr;
    FuncLit(Pos p) : Expr(NodeKind::FuncLit, p) {}
};

struct ParenExpr : Expr {
    GOMINI_AST_KIND(ParenExpr)
    Expr* x = nullptr;
    Pos rparen;
    ParenExpr(Pos p) : Expr(NodeKind::ParenExpr, p) {}
};

struct SelectorExpr : Expr {
    GOMINI_AST_KIND(SelectorExpr)
    Expr* x = nullptr;
    Ident* sel = nullptr;
    Pos dot;
    SelectorExpr(Pos p) : Expr(NodeKind::SelectorExpr, p) {}
};

struct IndexExpr : Expr {
    GOMINI_AST_KIND(IndexExpr)
    Expr* x = nullptr;
    std::vector<Expr*> indices;  // exactly one, except in (unsupported) generic instantiations x[A, B]
    Pos lbrack, rbrack;
    IndexExpr(Pos p) : Expr(NodeKind::IndexExpr, p) {}
};

struct SliceExpr : Expr {
    GOMINI_AST_KIND(SliceExpr)
    Expr* x = nullptr;
    Expr* lo = nullptr;
    Expr* hi = nullptr;
    Expr* max = nullptr;
    bool slice3 = false;  // x[lo:hi:max]
    Pos lbrack, rbrack;
    SliceExpr(Pos p) : Expr(NodeKind::SliceExpr, p) {}
};

struct TypeAssertExpr : Expr {
    GOMINI_AST_KIND(TypeAssertExpr)
    Expr* x = nullptr;
    Expr* assertType = nullptr;  // null for x.(type) in a type switch
    Pos dot, lparen, rparen;
    TypeAssertExpr(Pos p) : Expr(NodeKind::TypeAssertExpr, p) {}
};

struct CallExpr : Expr {
    GOMINI_AST_KIND(CallExpr)
    Expr* fun = nullptr;
    std::vector<Expr*> args;
    Pos ellipsis;  // valid if the call ends in "..."
    Pos lparen, rparen;
    CallExpr(Pos p) : Expr(NodeKind::CallExpr, p) {}
    bool hasDots() const { return ellipsis.valid(); }
};

struct StarExpr : Expr {  // *x: dereference or pointer type
    GOMINI_AST_KIND(StarExpr)
    Expr* x = nullptr;
    StarExpr(Pos p) : Expr(NodeKind::StarExpr, p) {}
};

struct UnaryExpr : Expr {  // op x, op in + - ! ^ & <-  (pos == position of op)
    GOMINI_AST_KIND(UnaryExpr)
    Tok op = Tok::None;
    Expr* x = nullptr;
    UnaryExpr(Pos p) : Expr(NodeKind::UnaryExpr, p) {}
};

struct BinaryExpr : Expr {
    GOMINI_AST_KIND(BinaryExpr)
    Tok op = Tok::None;
    Expr* x = nullptr;
    Expr* y = nullptr;
    Pos opPos;
    BinaryExpr(Pos p) : Expr(NodeKind::BinaryExpr, p) {}
};

struct KeyValueExpr : Expr {
    GOMINI_AST_KIND(KeyValueExpr)
    Expr* key = nullptr;
    Expr* value = nullptr;
    Pos colon;
    KeyValueExpr(Pos p) : Expr(NodeKind::KeyValueExpr, p) {}
};

// --- type expressions ---

struct ArrayType : Expr {  // [len]elt, []elt (len == null), [...]elt (len is Ellipsis)
    GOMINI_AST_KIND(ArrayType)
    Expr* len = nullptr;
    Expr* elt = nullptr;
    ArrayType(Pos p) : Expr(NodeKind::ArrayType, p) {}
};

struct Field : Node {
    GOMINI_AST_KIND(Field)
    std::vector<Ident*> names;  // empty for an anonymous parameter/result or an embedded field
    Expr* type = nullptr;       // for an interface method: a FuncType
    BasicLit* tag = nullptr;    // struct field tag
    Field(Pos p) : Node(NodeKind::Field, p) {}
};

struct FieldList : Node {
    GOMINI_AST_KIND(FieldList)
    std::vector<Field*> list;
    Pos open, close;  // '(' ')' or '{' '}'; invalid for a single unparenthesized result
    FieldList(Pos p) : Node(NodeKind::FieldList, p) {}
    size_t numFields() const {
        size_t n = 0;
        for (auto* f : list) n += f->names.empty() ? 1 : f->names.size();
        return n;
    }
};

struct StructType : Expr {
    GOMINI_AST_KIND(StructType)
    FieldList* fields = nullptr;  // an embedded field has no names; its type is T, *T, or pkg.T
    StructType(Pos p) : Expr(NodeKind::StructType, p) {}
};

struct FuncType : Expr {
    GOMINI_AST_KIND(FuncType)
    FieldList* params = nullptr;   // never null
    FieldList* results = nullptr;  // null if no results
    FuncType(Pos p) : Expr(NodeKind::FuncType, p) {}
};

struct InterfaceType : Expr {
    GOMINI_AST_KIND(InterfaceType)
    // Each Field is either a method (one name, type is FuncType) or an
    // embedded interface (no names, type is the interface's type expression).
    FieldList* methods = nullptr;
    InterfaceType(Pos p) : Expr(NodeKind::InterfaceType, p) {}
};

struct MapType : Expr {
    GOMINI_AST_KIND(MapType)
    Expr* key = nullptr;
    Expr* value = nullptr;
    MapType(Pos p) : Expr(NodeKind::MapType, p) {}
};

enum class ChanDir : uint8_t { Both, Send, Recv };  // chan T, chan<- T, <-chan T

struct ChanType : Expr {
    GOMINI_AST_KIND(ChanType)
    ChanDir dir = ChanDir::Both;
    Expr* value = nullptr;
    Pos arrow;  // position of "<-", if any
    ChanType(Pos p) : Expr(NodeKind::ChanType, p) {}
};

// ---------------------------------------------------------------------------
// Statements

struct Stmt : Node {
    using Node::Node;
    static bool classof(const Node* n) { return n->kind >= NodeKind::BadStmt && n->kind <= NodeKind::RangeStmt; }
};

struct BadStmt : Stmt {
    GOMINI_AST_KIND(BadStmt)
    BadStmt(Pos p) : Stmt(NodeKind::BadStmt, p) {}
};

struct GenDecl;

struct DeclStmt : Stmt {
    GOMINI_AST_KIND(DeclStmt)
    GenDecl* decl = nullptr;  // const, type or var
    DeclStmt(Pos p) : Stmt(NodeKind::DeclStmt, p) {}
};

struct EmptyStmt : Stmt {
    GOMINI_AST_KIND(EmptyStmt)
    bool implicit = false;  // no ";" in the source
    EmptyStmt(Pos p) : Stmt(NodeKind::EmptyStmt, p) {}
};

struct LabeledStmt : Stmt {
    GOMINI_AST_KIND(LabeledStmt)
    Ident* label = nullptr;
    Stmt* stmt = nullptr;  // an EmptyStmt for "L: }"
    Pos colon;
    LabeledStmt(Pos p) : Stmt(NodeKind::LabeledStmt, p) {}
};

struct ExprStmt : Stmt {
    GOMINI_AST_KIND(ExprStmt)
    Expr* x = nullptr;
    ExprStmt(Pos p) : Stmt(NodeKind::ExprStmt, p) {}
};

struct SendStmt : Stmt {
    GOMINI_AST_KIND(SendStmt)
    Expr* chan = nullptr;
    Expr* value = nullptr;
    Pos arrow;
    SendStmt(Pos p) : Stmt(NodeKind::SendStmt, p) {}
};

struct IncDecStmt : Stmt {
    GOMINI_AST_KIND(IncDecStmt)
    Expr* x = nullptr;
    Tok tok = Tok::Inc;  // Inc or Dec
    Pos opPos;
    IncDecStmt(Pos p) : Stmt(NodeKind::IncDecStmt, p) {}
};

struct AssignStmt : Stmt {
    GOMINI_AST_KIND(AssignStmt)
    std::vector<Expr*> lhs;
    Tok tok = Tok::Assign;  // Assign, Define, or an op-assign (AddAssign ...)
    std::vector<Expr*> rhs;
    Pos opPos;
    AssignStmt(Pos p) : Stmt(NodeKind::AssignStmt, p) {}
};

struct GoStmt : Stmt {
    GOMINI_AST_KIND(GoStmt)
    Expr* call = nullptr;  // must be a CallExpr (checker reports otherwise)
    GoStmt(Pos p) : Stmt(NodeKind::GoStmt, p) {}
};

struct DeferStmt : Stmt {
    GOMINI_AST_KIND(DeferStmt)
    Expr* call = nullptr;
    DeferStmt(Pos p) : Stmt(NodeKind::DeferStmt, p) {}
};

struct ReturnStmt : Stmt {
    GOMINI_AST_KIND(ReturnStmt)
    std::vector<Expr*> results;
    ReturnStmt(Pos p) : Stmt(NodeKind::ReturnStmt, p) {}
};

struct BranchStmt : Stmt {  // break, continue, goto, fallthrough
    GOMINI_AST_KIND(BranchStmt)
    Tok tok = Tok::Break;
    Ident* label = nullptr;
    BranchStmt(Pos p) : Stmt(NodeKind::BranchStmt, p) {}
};

struct BlockStmt : Stmt {
    GOMINI_AST_KIND(BlockStmt)
    std::vector<Stmt*> list;
    Pos lbrace, rbrace;
    BlockStmt(Pos p) : Stmt(NodeKind::BlockStmt, p) {}
};

struct IfStmt : Stmt {
    GOMINI_AST_KIND(IfStmt)
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    BlockStmt* body = nullptr;
    Stmt* elseStmt = nullptr;  // null, an IfStmt, or a BlockStmt
    IfStmt(Pos p) : Stmt(NodeKind::IfStmt, p) {}
};

struct CaseClause : Stmt {  // case list: body   (list empty => default)
    GOMINI_AST_KIND(CaseClause)
    bool isDefault = false;
    std::vector<Expr*> list;
    std::vector<Stmt*> body;
    Pos colon;
    Object* implicitObj = nullptr;  // checker: in a type switch with "x :=", the clause's implicit x
    CaseClause(Pos p) : Stmt(NodeKind::CaseClause, p) {}
};

struct SwitchStmt : Stmt {
    GOMINI_AST_KIND(SwitchStmt)
    Stmt* init = nullptr;
    Expr* tag = nullptr;        // null for "switch {"
    BlockStmt* body = nullptr;  // list holds CaseClauses only
    SwitchStmt(Pos p) : Stmt(NodeKind::SwitchStmt, p) {}
};

struct TypeSwitchStmt : Stmt {
    GOMINI_AST_KIND(TypeSwitchStmt)
    Stmt* init = nullptr;
    // "x := y.(type)" (an AssignStmt with tok Define, one lhs Ident, rhs a
    // TypeAssertExpr with null assertType) or "y.(type)" (an ExprStmt).
    Stmt* assign = nullptr;
    BlockStmt* body = nullptr;  // CaseClauses only
    TypeSwitchStmt(Pos p) : Stmt(NodeKind::TypeSwitchStmt, p) {}
};

struct CommClause : Stmt {  // case comm: body   (comm null => default)
    GOMINI_AST_KIND(CommClause)
    Stmt* comm = nullptr;  // SendStmt, ExprStmt (receive), or AssignStmt (v[, ok] = / := <-ch)
    std::vector<Stmt*> body;
    Pos colon;
    CommClause(Pos p) : Stmt(NodeKind::CommClause, p) {}
};

struct SelectStmt : Stmt {
    GOMINI_AST_KIND(SelectStmt)
    BlockStmt* body = nullptr;  // CommClauses only
    SelectStmt(Pos p) : Stmt(NodeKind::SelectStmt, p) {}
};

struct ForStmt : Stmt {
    GOMINI_AST_KIND(ForStmt)
    Stmt* init = nullptr;
    Expr* cond = nullptr;
    Stmt* post = nullptr;
    BlockStmt* body = nullptr;
    ForStmt(Pos p) : Stmt(NodeKind::ForStmt, p) {}
};

struct RangeStmt : Stmt {
    GOMINI_AST_KIND(RangeStmt)
    Expr* key = nullptr;    // may be null ("for range x")
    Expr* value = nullptr;  // may be null
    Tok tok = Tok::None;    // None (no key/value), Assign, or Define
    Expr* x = nullptr;
    BlockStmt* body = nullptr;
    Pos rangePos;  // the "range" keyword
    RangeStmt(Pos p) : Stmt(NodeKind::RangeStmt, p) {}
};

// ---------------------------------------------------------------------------
// Declarations

struct Spec : Node {
    using Node::Node;
    static bool classof(const Node* n) { return n->kind >= NodeKind::ImportSpec && n->kind <= NodeKind::TypeSpec; }
};

struct ImportSpec : Spec {
    GOMINI_AST_KIND(ImportSpec)
    Ident* name = nullptr;    // local name, "." or "_", or null
    BasicLit* path = nullptr;  // the quoted import path
    ImportSpec(Pos p) : Spec(NodeKind::ImportSpec, p) {}
};

struct ValueSpec : Spec {  // in a const or var declaration
    GOMINI_AST_KIND(ValueSpec)
    std::vector<Ident*> names;
    Expr* type = nullptr;  // may be null
    std::vector<Expr*> values;
    int iota = 0;  // index of the spec within its const group (the value of iota)
    // For a const spec with no type and no values, the builder leaves type and
    // values empty; the checker repeats the previous spec's (Go's implicit
    // repetition), which it finds through `implicitFrom`.
    ValueSpec* implicitFrom = nullptr;
    ValueSpec(Pos p) : Spec(NodeKind::ValueSpec, p) {}
};

struct TypeSpec : Spec {
    GOMINI_AST_KIND(TypeSpec)
    Ident* name = nullptr;
    Pos assign;  // valid for an alias declaration "type A = B"
    Expr* type = nullptr;
    TypeSpec(Pos p) : Spec(NodeKind::TypeSpec, p) {}
    bool isAlias() const { return assign.valid(); }
};

struct Decl : Node {
    using Node::Node;
    static bool classof(const Node* n) { return n->kind >= NodeKind::GenDecl && n->kind <= NodeKind::BadDecl; }
};

struct GenDecl : Decl {
    GOMINI_AST_KIND(GenDecl)
    Tok tok = Tok::Var;  // Import, Const, Type or Var
    std::vector<Spec*> specs;
    Pos lparen, rparen;  // valid for a grouped declaration
    GenDecl(Pos p) : Decl(NodeKind::GenDecl, p) {}
};

struct FuncDecl : Decl {
    GOMINI_AST_KIND(FuncDecl)
    FieldList* recv = nullptr;  // null for functions
    Ident* name = nullptr;
    FuncType* sig = nullptr;
    BlockStmt* body = nullptr;  // null for a declaration without body (native stdlib functions)
    FuncDecl(Pos p) : Decl(NodeKind::FuncDecl, p) {}
};

struct BadDecl : Decl {
    GOMINI_AST_KIND(BadDecl)
    BadDecl(Pos p) : Decl(NodeKind::BadDecl, p) {}
};

struct File : Node {
    GOMINI_AST_KIND(File)
    uint32_t fileId = 0;
    Ident* pkgName = nullptr;
    std::vector<ImportSpec*> imports;  // also reachable through the import GenDecls in decls
    std::vector<Decl*> decls;
    Pos eof;  // position just past the last byte
    File(Pos p) : Node(NodeKind::File, p) {}
};

#undef GOMINI_AST_KIND

// Owns every node of one or more trees.
class AstContext {
public:
    template <class T, class... Args>
    T* make(Args&&... args) {
        auto n = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = n.get();
        nodes_.push_back(std::move(n));
        return raw;
    }
    size_t size() const { return nodes_.size(); }

private:
    std::vector<std::unique_ptr<Node>> nodes_;
};

// The position cmd/compile's syntax package gives the node itself (what gc
// reports many errors and -m notes at): the operator of a binary expression,
// the '(' of a call, the '[' of an index or slice, the '.' of a selector or
// type assertion, the ':' of a key-value pair, the '{' of a composite
// literal; the first token for everything else.
Pos syntaxPos(const Expr* e);

// Strips parentheses: ((x)) -> x.
inline Expr* unparen(Expr* e) {
    while (auto* p = as<ParenExpr>(e)) e = p->x;
    return e;
}

}  // namespace gomini::frontend
