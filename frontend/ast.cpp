// ast.cpp — token spellings and node-kind names for the AST (ast.h).
#include "frontend/ast.h"

namespace gomini::frontend {

const char* tokString(Tok t) {
    switch (t) {
    case Tok::None: return "";
    case Tok::Add: return "+";
    case Tok::Sub: return "-";
    case Tok::Mul: return "*";
    case Tok::Quo: return "/";
    case Tok::Rem: return "%";
    case Tok::And: return "&";
    case Tok::Or: return "|";
    case Tok::Xor: return "^";
    case Tok::Shl: return "<<";
    case Tok::Shr: return ">>";
    case Tok::AndNot: return "&^";
    case Tok::LAnd: return "&&";
    case Tok::LOr: return "||";
    case Tok::Arrow: return "<-";
    case Tok::Eql: return "==";
    case Tok::Neq: return "!=";
    case Tok::Lss: return "<";
    case Tok::Leq: return "<=";
    case Tok::Gtr: return ">";
    case Tok::Geq: return ">=";
    case Tok::Not: return "!";
    case Tok::Tilde: return "~";
    case Tok::Assign: return "=";
    case Tok::Define: return ":=";
    case Tok::AddAssign: return "+=";
    case Tok::SubAssign: return "-=";
    case Tok::MulAssign: return "*=";
    case Tok::QuoAssign: return "/=";
    case Tok::RemAssign: return "%=";
    case Tok::AndAssign: return "&=";
    case Tok::OrAssign: return "|=";
    case Tok::XorAssign: return "^=";
    case Tok::ShlAssign: return "<<=";
    case Tok::ShrAssign: return ">>=";
    case Tok::AndNotAssign: return "&^=";
    case Tok::Inc: return "++";
    case Tok::Dec: return "--";
    case Tok::Break: return "break";
    case Tok::Continue: return "continue";
    case Tok::Goto: return "goto";
    case Tok::Fallthrough: return "fallthrough";
    case Tok::Import: return "import";
    case Tok::Const: return "const";
    case Tok::Type: return "type";
    case Tok::Var: return "var";
    }
    return "?";
}

Tok assignOpBase(Tok t) {
    switch (t) {
    case Tok::AddAssign: return Tok::Add;
    case Tok::SubAssign: return Tok::Sub;
    case Tok::MulAssign: return Tok::Mul;
    case Tok::QuoAssign: return Tok::Quo;
    case Tok::RemAssign: return Tok::Rem;
    case Tok::AndAssign: return Tok::And;
    case Tok::OrAssign: return Tok::Or;
    case Tok::XorAssign: return Tok::Xor;
    case Tok::ShlAssign: return Tok::Shl;
    case Tok::ShrAssign: return Tok::Shr;
    case Tok::AndNotAssign: return Tok::AndNot;
    default: return Tok::None;
    }
}

const char* nodeKindName(NodeKind k) {
    switch (k) {
#define GOMINI_KIND_NAME(K) \
    case NodeKind::K: return #K;
        GOMINI_KIND_NAME(BadExpr)
        GOMINI_KIND_NAME(Ident)
        GOMINI_KIND_NAME(Ellipsis)
        GOMINI_KIND_NAME(BasicLit)
        GOMINI_KIND_NAME(CompositeLit)
        GOMINI_KIND_NAME(FuncLit)
        GOMINI_KIND_NAME(ParenExpr)
        GOMINI_KIND_NAME(SelectorExpr)
        GOMINI_KIND_NAME(IndexExpr)
        GOMINI_KIND_NAME(SliceExpr)
        GOMINI_KIND_NAME(TypeAssertExpr)
        GOMINI_KIND_NAME(CallExpr)
        GOMINI_KIND_NAME(StarExpr)
        GOMINI_KIND_NAME(UnaryExpr)
        GOMINI_KIND_NAME(BinaryExpr)
        GOMINI_KIND_NAME(KeyValueExpr)
        GOMINI_KIND_NAME(ArrayType)
        GOMINI_KIND_NAME(StructType)
        GOMINI_KIND_NAME(FuncType)
        GOMINI_KIND_NAME(InterfaceType)
        GOMINI_KIND_NAME(MapType)
        GOMINI_KIND_NAME(ChanType)
        GOMINI_KIND_NAME(BadStmt)
        GOMINI_KIND_NAME(DeclStmt)
        GOMINI_KIND_NAME(EmptyStmt)
        GOMINI_KIND_NAME(LabeledStmt)
        GOMINI_KIND_NAME(ExprStmt)
        GOMINI_KIND_NAME(SendStmt)
        GOMINI_KIND_NAME(IncDecStmt)
        GOMINI_KIND_NAME(AssignStmt)
        GOMINI_KIND_NAME(GoStmt)
        GOMINI_KIND_NAME(DeferStmt)
        GOMINI_KIND_NAME(ReturnStmt)
        GOMINI_KIND_NAME(BranchStmt)
        GOMINI_KIND_NAME(BlockStmt)
        GOMINI_KIND_NAME(IfStmt)
        GOMINI_KIND_NAME(CaseClause)
        GOMINI_KIND_NAME(SwitchStmt)
        GOMINI_KIND_NAME(TypeSwitchStmt)
        GOMINI_KIND_NAME(CommClause)
        GOMINI_KIND_NAME(SelectStmt)
        GOMINI_KIND_NAME(ForStmt)
        GOMINI_KIND_NAME(RangeStmt)
        GOMINI_KIND_NAME(ImportSpec)
        GOMINI_KIND_NAME(ValueSpec)
        GOMINI_KIND_NAME(TypeSpec)
        GOMINI_KIND_NAME(GenDecl)
        GOMINI_KIND_NAME(FuncDecl)
        GOMINI_KIND_NAME(BadDecl)
        GOMINI_KIND_NAME(Field)
        GOMINI_KIND_NAME(FieldList)
        GOMINI_KIND_NAME(File)
#undef GOMINI_KIND_NAME
    }
    return "?";
}

Pos syntaxPos(const Expr* e) {
    if (!e) return Pos{};
    Pos p;
    switch (e->kind) {
    case NodeKind::SelectorExpr:
        p = cast<SelectorExpr>(e)->dot;
        break;
    case NodeKind::IndexExpr:
        p = cast<IndexExpr>(e)->lbrack;
        break;
    case NodeKind::SliceExpr:
        p = cast<SliceExpr>(e)->lbrack;
        break;
    case NodeKind::CallExpr:
        p = cast<CallExpr>(e)->lparen;
        break;
    case NodeKind::TypeAssertExpr:
        p = cast<TypeAssertExpr>(e)->dot;
        break;
    case NodeKind::BinaryExpr:
        p = cast<BinaryExpr>(e)->opPos;
        break;
    case NodeKind::KeyValueExpr:
        p = cast<KeyValueExpr>(e)->colon;
        break;
    case NodeKind::CompositeLit:
        p = cast<CompositeLit>(e)->lbrace;
        break;
    default:
        break;
    }
    return p.valid() ? p : e->pos;
}

}  // namespace gomini::frontend
