// ast_builder.cpp — GoParser parse tree to AST (the only file that reads parse trees).
//
// The grammar (grammar/GoParser.g4) is deliberately flat and permissive where
// gc's parser decides things after the fact; this builder finishes the job
// the way gc's parser does:
//   * binary expressions come as flat operand/operator lists; they are folded
//     with Go's five precedence levels using an explicit stack (no recursion,
//     however long the chain);
//   * unary operator runs and primary-expression suffixes are flat lists too,
//     applied in loops; "<-chan T" is re-associated into a receive-only
//     channel type as gc does;
//   * parameter lists are grouped with gc's rule (all named or all unnamed);
//   * if/for/switch headers are split into init / cond / post, range and type
//     switch guards recognised, and misuse reported in gc's words;
//   * generic syntax is rejected at its position.
//
// Errors come in two strengths, as in gc: "syntax error: ..." messages make
// parseFile fail (gc stops after parsing), while the few plain errors gc's
// parser reports (method receivers, 3-index slices, parenthesised defer)
// leave a usable tree and the checker still runs.
//
// Every Pos field of ast.h is filled: pos is the first token of a node, and
// the operator/bracket fields point at their tokens. Columns are byte
// columns (SourceInfo converts ANTLR's code point indices).
#include "frontend/ast_builder.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>
#include <cstdio>
#include <cstdlib>

namespace gomini::frontend {

using antlr4::ParserRuleContext;
using antlr4::Token;
using antlr4::tree::ParseTree;
using antlr4::tree::TerminalNode;
using G = grammar::GoParser;

// ---------------------------------------------------------------------------
// SourceInfo

void SourceInfo::computeLines() {
    lineStarts.clear();
    lineStarts.push_back(0);
    std::string_view b = map->bytes;
    for (size_t i = 0; i < b.size(); i++)
        if (b[i] == '\n') lineStarts.push_back(static_cast<uint32_t>(i + 1));
}

Pos SourceInfo::posAtByte(uint32_t offset) const {
    auto it = std::upper_bound(lineStarts.begin(), lineStarts.end(), offset);
    size_t line = static_cast<size_t>(it - lineStarts.begin());  // 1-based
    if (line == 0) line = 1;
    return Pos{fileId, static_cast<uint32_t>(line), offset - lineStarts[line - 1] + 1};
}

Pos SourceInfo::endOf(const Token* t) const {
    if (t->getType() == Token::EOF) return posOf(t);
    return posAtByte(map->byteOffset(t->getStopIndex() + 1));
}

std::string_view SourceInfo::textOf(const Token* t) const {
    if (t->getType() == Token::EOF) return {};
    return map->text(t->getStartIndex(), t->getStopIndex());
}

// ---------------------------------------------------------------------------
// Parse-tree access helpers

namespace {

constexpr size_t kNone = static_cast<size_t>(-2);

// Parse trees of a successful parse hold only TerminalNodeImpl leaves and
// ParserRuleContext inner nodes. dynamic_cast through TerminalNode's virtual
// base is slow, so leaves are recognised by their exact type and their token
// fetched from the token stream by index (getSourceInterval is a..a).
thread_local antlr4::TokenStream* gTokens = nullptr;  // set by buildFile for the duration of the build

bool isLeaf(ParseTree* p) { return typeid(*p) == typeid(antlr4::tree::TerminalNodeImpl); }
Token* tokOf(ParseTree* p) {
    if (!isLeaf(p)) return nullptr;
    return gTokens->get(p->getSourceInterval().a);
}
ParserRuleContext* ruleCtx(ParseTree* p) { return isLeaf(p) ? nullptr : static_cast<ParserRuleContext*>(p); }
size_t ttype(ParseTree* p) {
    Token* t = tokOf(p);
    return t ? t->getType() : kNone;
}
size_t rtype(ParseTree* p) {
    auto* r = ruleCtx(p);
    return r ? r->getRuleIndex() : kNone;
}

int binaryPrec(size_t t) {
    switch (t) {
    case G::LOGICAL_OR: return 1;
    case G::LOGICAL_AND: return 2;
    case G::EQUALS: case G::NOT_EQUALS: case G::LESS: case G::LESS_OR_EQUALS: case G::GREATER:
    case G::GREATER_OR_EQUALS:
        return 3;
    case G::PLUS: case G::MINUS: case G::OR: case G::CARET: return 4;
    default: return 5;
    }
}

Tok binaryTok(size_t t) {
    switch (t) {
    case G::LOGICAL_OR: return Tok::LOr;
    case G::LOGICAL_AND: return Tok::LAnd;
    case G::EQUALS: return Tok::Eql;
    case G::NOT_EQUALS: return Tok::Neq;
    case G::LESS: return Tok::Lss;
    case G::LESS_OR_EQUALS: return Tok::Leq;
    case G::GREATER: return Tok::Gtr;
    case G::GREATER_OR_EQUALS: return Tok::Geq;
    case G::PLUS: return Tok::Add;
    case G::MINUS: return Tok::Sub;
    case G::OR: return Tok::Or;
    case G::CARET: return Tok::Xor;
    case G::STAR: return Tok::Mul;
    case G::DIV: return Tok::Quo;
    case G::MOD: return Tok::Rem;
    case G::SHL: return Tok::Shl;
    case G::SHR: return Tok::Shr;
    case G::AMP: return Tok::And;
    case G::AND_NOT: return Tok::AndNot;
    }
    return Tok::None;
}

Tok assignTok(size_t t) {
    switch (t) {
    case G::ASSIGN: return Tok::Assign;
    case G::DEFINE: return Tok::Define;
    case G::ADD_ASSIGN: return Tok::AddAssign;
    case G::SUB_ASSIGN: return Tok::SubAssign;
    case G::MUL_ASSIGN: return Tok::MulAssign;
    case G::DIV_ASSIGN: return Tok::QuoAssign;
    case G::MOD_ASSIGN: return Tok::RemAssign;
    case G::AND_ASSIGN: return Tok::AndAssign;
    case G::OR_ASSIGN: return Tok::OrAssign;
    case G::XOR_ASSIGN: return Tok::XorAssign;
    case G::SHL_ASSIGN: return Tok::ShlAssign;
    case G::SHR_ASSIGN: return Tok::ShrAssign;
    case G::AND_NOT_ASSIGN: return Tok::AndNotAssign;
    }
    return Tok::None;
}

// Where a simple statement appears: decides whether "= range x" and the
// type-switch guard are allowed.
enum class Where { Stmt, IfHeader, SwitchHeader, ForInit, ForCond, ForPost, Comm };

class Builder {
public:
    Builder(AstContext& ast, const SourceInfo& src, antlr4::TokenStream& tokens, Diagnostics& diags)
        : ast_(ast), src_(src), tokens_(tokens), diags_(diags) {}

    File* file(G::SourceFileContext* ctx);
    bool failed() const { return syntaxErrors_ > 0; }

private:
    // --- positions and errors ---
    Pos pos(Token* t) const { return src_.posOf(t); }
    Pos pos(ParseTree* p) const {
        if (Token* t = tokOf(p)) return pos(t);
        return pos(ruleCtx(p)->getStart());
    }
    std::string text(Token* t) const { return std::string(src_.textOf(t)); }
    // The token following a rule (for "unexpected X" after it).
    Token* after(ParserRuleContext* ctx) const {
        size_t i = ctx->getStop() ? ctx->getStop()->getTokenIndex() + 1 : ctx->getStart()->getTokenIndex();
        return tokens_.get(std::min(i, tokens_.size() - 1));
    }
    void syntaxError(Pos p, const std::string& msg) {
        diags_.error(p, "syntax error: " + msg);
        syntaxErrors_++;
    }
    void fatal(Pos p, const std::string& msg) {  // not a "syntax error", but parsing fails
        diags_.error(p, msg);
        syntaxErrors_++;
    }
    void softError(Pos p, const std::string& msg) { diags_.error(p, msg); }
    // Source text of a rule with runs of white space collapsed (gc's String(stmt)).
    std::string sourceText(ParserRuleContext* ctx) const;

    Ident* ident(Token* t) { return ast_.make<Ident>(pos(t), text(t)); }

    // --- declarations ---
    GenDecl* importDecl(ParserRuleContext* ctx, File* f);
    GenDecl* genDecl(ParserRuleContext* ctx);
    ValueSpec* valueSpec(ParserRuleContext* ctx, Tok tok);
    TypeSpec* typeSpec(ParserRuleContext* ctx);
    FuncDecl* funcDecl(ParserRuleContext* ctx);
    std::vector<Ident*> identList(ParserRuleContext* ctx);

    // --- types ---
    Expr* type(ParserRuleContext* ctx);
    Expr* typeName(ParserRuleContext* ctx);
    Expr* typeNameArgs(ParserRuleContext* nameCtx, ParserRuleContext* argsCtx);
    Expr* typeLit(ParserRuleContext* ctx);
    ArrayType* arrayType(ParserRuleContext* ctx);
    ArrayType* sliceType(ParserRuleContext* ctx);
    ChanType* chanType(ParserRuleContext* ctx);
    StructType* structType(ParserRuleContext* ctx);
    InterfaceType* interfaceType(ParserRuleContext* ctx);
    FuncType* signature(ParserRuleContext* ctx, Pos funcPos);
    FuncType* funcType(ParserRuleContext* params, ParserRuleContext* result, Pos funcPos);
    FieldList* paramList(ParserRuleContext* ctx);
    void rejectTypeParams(ParserRuleContext* ctx, const char* msg) { fatal(pos(ctx), msg); }

    // --- expressions ---
    Expr* expr(ParserRuleContext* ctx);
    std::vector<Expr*> exprList(ParserRuleContext* ctx);
    Expr* unary(ParserRuleContext* ctx);
    Expr* primary(ParserRuleContext* ctx, size_t first = 0);
    Expr* operand(ParserRuleContext* ctx);
    CompositeLit* literalValue(ParserRuleContext* ctx, Expr* type);
    Expr* element(ParserRuleContext* ctx);
    BasicLit* basicLit(ParserRuleContext* ctx);
    Expr* applyArrow(Pos arrowPos, Expr* x, ParserRuleContext* unaryCtx);

    // --- statements ---
    BlockStmt* block(ParserRuleContext* ctx);
    std::vector<Stmt*> stmtList(ParserRuleContext* ctx);
    Stmt* stmt(ParserRuleContext* ctx);
    Stmt* simpleStmt(ParserRuleContext* ctx, Where where);
    Stmt* ifStmt(ParserRuleContext* ctx);
    Stmt* switchStmt(ParserRuleContext* ctx);
    Stmt* selectStmt(ParserRuleContext* ctx);
    Stmt* forStmt(ParserRuleContext* ctx);
    Expr* condOf(Stmt* s, ParserRuleContext* sctx);

    AstContext& ast_;
    const SourceInfo& src_;
    antlr4::TokenStream& tokens_;
    Diagnostics& diags_;
    int syntaxErrors_ = 0;
    std::vector<TypeAssertExpr*> guards_;                 // every x.(type), in source order
    std::unordered_set<const TypeAssertExpr*> switchGuards_;  // those that guard a type switch
};

std::string Builder::sourceText(ParserRuleContext* ctx) const {
    uint32_t b = src_.map->byteOffset(ctx->getStart()->getStartIndex());
    uint32_t e = src_.map->byteOffset(ctx->getStop()->getStopIndex() + 1);
    std::string out;
    bool space = false;
    for (uint32_t i = b; i < e && i < src_.map->bytes.size(); i++) {
        char c = src_.map->bytes[i];
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            space = true;
            continue;
        }
        if (space && !out.empty()) out += ' ';
        space = false;
        out += c;
    }
    return out;
}

// ---------------------------------------------------------------------------
// File and declarations

File* Builder::file(G::SourceFileContext* ctx) {
    auto& kids = ctx->children;
    auto* pkg = ruleCtx(kids[0]);
    File* f = ast_.make<File>(pos(pkg));
    f->fileId = src_.fileId;
    f->pkgName = ident(tokOf(pkg->children[1]));
    for (ParseTree* k : kids) {
        switch (rtype(k)) {
        case G::RuleImportDecl:
            f->decls.push_back(importDecl(ruleCtx(k), f));
            break;
        case G::RuleTopLevelDecl: {
            auto* d = ruleCtx(ruleCtx(k)->children[0]);
            if (d->getRuleIndex() == G::RuleDeclaration)
                f->decls.push_back(genDecl(ruleCtx(d->children[0])));
            else
                f->decls.push_back(funcDecl(d));
            break;
        }
        default:
            if (ttype(k) == Token::EOF) f->eof = pos(tokOf(k));
        }
    }
    // x.(type) anywhere else: types2's error (so not fatal); the checker
    // then sees an invalid type instead of a guard.
    for (TypeAssertExpr* g : guards_) {
        if (switchGuards_.count(g)) continue;
        softError(g->pos, "invalid AST: use of .(type) outside type switch");
        g->assertType = ast_.make<BadExpr>(g->lparen);
    }
    return f;
}

GenDecl* Builder::importDecl(ParserRuleContext* ctx, File* f) {
    GenDecl* d = ast_.make<GenDecl>(pos(ctx));
    d->tok = Tok::Import;
    for (ParseTree* k : ctx->children) {
        switch (ttype(k)) {
        case G::LPAREN: d->lparen = pos(k); continue;
        case G::RPAREN: d->rparen = pos(k); continue;
        }
        if (rtype(k) != G::RuleImportSpec) continue;
        auto* sctx = ruleCtx(k);
        ImportSpec* s = ast_.make<ImportSpec>(pos(sctx));
        for (ParseTree* c : sctx->children) {
            if (ttype(c) == G::IDENT)
                s->name = ident(tokOf(c));
            else if (ttype(c) == G::DOT)
                s->name = ast_.make<Ident>(pos(c), ".");
            else if (rtype(c) == G::RuleBasicLit)
                s->path = basicLit(ruleCtx(c));
        }
        if (s->path && s->path->litKind != LitKind::String) syntaxError(s->path->pos, "import path must be a string");
        d->specs.push_back(s);
        f->imports.push_back(s);
    }
    return d;
}

GenDecl* Builder::genDecl(ParserRuleContext* ctx) {
    GenDecl* d = ast_.make<GenDecl>(pos(ctx));
    switch (ttype(ctx->children[0])) {
    case G::CONST: d->tok = Tok::Const; break;
    case G::VAR: d->tok = Tok::Var; break;
    default: d->tok = Tok::Type; break;
    }
    int index = 0;
    ValueSpec* lastWithValues = nullptr;
    for (ParseTree* k : ctx->children) {
        switch (ttype(k)) {
        case G::LPAREN: d->lparen = pos(k); continue;
        case G::RPAREN: d->rparen = pos(k); continue;
        }
        switch (rtype(k)) {
        case G::RuleConstSpec:
        case G::RuleVarSpec: {
            ValueSpec* s = valueSpec(ruleCtx(k), d->tok);
            s->iota = index++;
            if (d->tok == Tok::Const) {
                if (!s->type && s->values.empty())
                    s->implicitFrom = lastWithValues;
                else
                    lastWithValues = s;
            }
            d->specs.push_back(s);
            break;
        }
        case G::RuleTypeSpec:
            d->specs.push_back(typeSpec(ruleCtx(k)));
            index++;
            break;
        }
    }
    return d;
}

std::vector<Ident*> Builder::identList(ParserRuleContext* ctx) {
    std::vector<Ident*> out;
    for (ParseTree* k : ctx->children)
        if (ttype(k) == G::IDENT) out.push_back(ident(tokOf(k)));
    return out;
}

ValueSpec* Builder::valueSpec(ParserRuleContext* ctx, Tok) {
    ValueSpec* s = ast_.make<ValueSpec>(pos(ctx));
    for (ParseTree* k : ctx->children) {
        switch (rtype(k)) {
        case G::RuleIdentifierList: s->names = identList(ruleCtx(k)); break;
        case G::RuleType_: s->type = type(ruleCtx(k)); break;
        case G::RuleExpressionList: s->values = exprList(ruleCtx(k)); break;
        }
    }
    return s;
}

TypeSpec* Builder::typeSpec(ParserRuleContext* ctx) {
    TypeSpec* s = ast_.make<TypeSpec>(pos(ctx));
    for (ParseTree* k : ctx->children) {
        switch (ttype(k)) {
        case G::IDENT: s->name = ident(tokOf(k)); continue;
        case G::ASSIGN: s->assign = pos(k); continue;
        }
        switch (rtype(k)) {
        case G::RuleTypeParameters: rejectTypeParams(ruleCtx(k), "generic types are not supported"); break;
        case G::RuleType_: s->type = type(ruleCtx(k)); break;
        }
    }
    return s;
}

// functionDecl : FUNC receiver=parameters? IDENT typeParameters? parameters result? block?
FuncDecl* Builder::funcDecl(ParserRuleContext* ctx) {
    auto* fctx = static_cast<G::FunctionDeclContext*>(ctx);
    FuncDecl* d = ast_.make<FuncDecl>(pos(ctx));
    ParserRuleContext* params = nullptr;
    ParserRuleContext* result = nullptr;
    for (ParseTree* k : ctx->children) {
        if (ttype(k) == G::IDENT) {
            d->name = ident(tokOf(k));
            continue;
        }
        auto* r = ruleCtx(k);
        if (!r) continue;
        switch (r->getRuleIndex()) {
        case G::RuleParameters: {
            if (r != fctx->receiver) {
                params = r;
                break;
            }
            FieldList* recv = paramList(r);
            size_t n = recv->numFields();
            Pos namePos = pos(after(r));  // gc reports at the method name
            if (n == 0) {
                softError(namePos, "method has no receiver");
            } else {
                if (n > 1) {
                    // gc keeps the first receiver and goes on.
                    softError(namePos, "method has multiple receivers");
                    recv->list.resize(1);
                    if (recv->list[0]->names.size() > 1) recv->list[0]->names.resize(1);
                }
                d->recv = recv;
            }
            break;
        }
        case G::RuleTypeParameters:
            if (fctx->receiver)
                syntaxError(pos(r), "method must have no type parameters");
            else
                rejectTypeParams(r, "generic functions are not supported");
            break;
        case G::RuleResult: result = r; break;
        case G::RuleBlock: d->body = block(r); break;
        }
    }
    d->sig = funcType(params, result, d->pos);
    return d;
}

// ---------------------------------------------------------------------------
// Types

Expr* Builder::type(ParserRuleContext* ctx) {
    // type_ : typeName typeArgs? | typeLit | LPAREN type_ RPAREN
    auto& kids = ctx->children;
    switch (rtype(kids[0])) {
    case G::RuleTypeName:
        return typeNameArgs(ruleCtx(kids[0]), kids.size() > 1 ? ruleCtx(kids[1]) : nullptr);
    case G::RuleTypeLit:
        return typeLit(ruleCtx(kids[0]));
    }
    // parenthesized
    ParenExpr* p = ast_.make<ParenExpr>(pos(kids[0]));
    p->x = type(ruleCtx(kids[1]));
    p->rparen = pos(kids[2]);
    return p;
}

Expr* Builder::typeName(ParserRuleContext* ctx) {
    auto& kids = ctx->children;
    Ident* first = ident(tokOf(kids[0]));
    if (kids.size() == 1) return first;
    SelectorExpr* s = ast_.make<SelectorExpr>(first->pos);
    s->x = first;
    s->dot = pos(kids[1]);
    s->sel = ident(tokOf(kids[2]));
    return s;
}

// T[A, B] (an instantiation: left to the checker, which rejects it).
Expr* Builder::typeNameArgs(ParserRuleContext* nameCtx, ParserRuleContext* argsCtx) {
    Expr* x = typeName(nameCtx);
    if (!argsCtx) return x;
    IndexExpr* ix = ast_.make<IndexExpr>(x->pos);
    ix->x = x;
    for (ParseTree* k : argsCtx->children) {
        switch (ttype(k)) {
        case G::LBRACK: ix->lbrack = pos(k); break;
        case G::RBRACK: ix->rbrack = pos(k); break;
        }
        if (rtype(k) == G::RuleType_) ix->indices.push_back(type(ruleCtx(k)));
    }
    return ix;
}

Expr* Builder::typeLit(ParserRuleContext* ctx) {
    auto* r = ruleCtx(ctx->children[0]);
    switch (r->getRuleIndex()) {
    case G::RuleArrayType: return arrayType(r);
    case G::RuleSliceType: return sliceType(r);
    case G::RuleStructType: return structType(r);
    case G::RulePointerType: {
        StarExpr* s = ast_.make<StarExpr>(pos(r));
        s->x = type(ruleCtx(r->children[1]));
        return s;
    }
    case G::RuleFunctionType: return signature(ruleCtx(r->children[1]), pos(r));
    case G::RuleInterfaceType: return interfaceType(r);
    case G::RuleMapType: {
        MapType* m = ast_.make<MapType>(pos(r));
        m->key = type(ruleCtx(r->children[2]));
        m->value = type(ruleCtx(r->children[4]));
        return m;
    }
    case G::RuleChannelType: return chanType(r);
    }
    return ast_.make<BadExpr>(pos(ctx));
}

ArrayType* Builder::arrayType(ParserRuleContext* ctx) {
    // LBRACK (expression | ELLIPSIS) RBRACK type_
    ArrayType* a = ast_.make<ArrayType>(pos(ctx));
    ParseTree* len = ctx->children[1];
    if (ttype(len) == G::ELLIPSIS)
        a->len = ast_.make<Ellipsis>(pos(len));
    else
        a->len = expr(ruleCtx(len));
    a->elt = type(ruleCtx(ctx->children[3]));
    return a;
}

ArrayType* Builder::sliceType(ParserRuleContext* ctx) {
    ArrayType* a = ast_.make<ArrayType>(pos(ctx));
    a->elt = type(ruleCtx(ctx->children[2]));
    return a;
}

// channelType / channelTypeExpr: CHAN ARROW type_ | CHAN type_ | ARROW CHAN type_
ChanType* Builder::chanType(ParserRuleContext* ctx) {
    ChanType* c = ast_.make<ChanType>(pos(ctx));
    auto& kids = ctx->children;
    if (ttype(kids[0]) == G::ARROW) {
        c->dir = ChanDir::Recv;
        c->arrow = pos(kids[0]);
    } else if (ttype(kids[1]) == G::ARROW) {
        c->dir = ChanDir::Send;
        c->arrow = pos(kids[1]);
    }
    c->value = type(ruleCtx(kids.back()));
    return c;
}

StructType* Builder::structType(ParserRuleContext* ctx) {
    StructType* st = ast_.make<StructType>(pos(ctx));
    FieldList* fl = ast_.make<FieldList>(Pos{});
    st->fields = fl;
    for (ParseTree* k : ctx->children) {
        switch (ttype(k)) {
        case G::LBRACE: fl->pos = fl->open = pos(k); continue;
        case G::RBRACE: fl->close = pos(k); continue;
        }
        if (rtype(k) != G::RuleFieldDecl) continue;
        auto* fctx = static_cast<G::FieldDeclContext*>(k);
        Field* f = ast_.make<Field>(pos(fctx));
        for (ParseTree* c : fctx->children) {
            switch (rtype(c)) {
            case G::RuleIdentifierList: f->names = identList(ruleCtx(c)); break;
            case G::RuleType_: f->type = type(ruleCtx(c)); break;
            case G::RuleEmbeddedField: {
                auto* e = ruleCtx(c);
                auto& ek = e->children;
                size_t i = ttype(ek[0]) == G::STAR ? 1 : 0;
                Expr* t = typeNameArgs(ruleCtx(ek[i]), i + 1 < ek.size() ? ruleCtx(ek[i + 1]) : nullptr);
                if (i == 1) {
                    StarExpr* s = ast_.make<StarExpr>(pos(ek[0]));
                    s->x = t;
                    t = s;
                }
                f->type = t;
                break;
            }
            }
        }
        if (fctx->tag) {
            f->tag = ast_.make<BasicLit>(pos(fctx->tag), LitKind::String, text(fctx->tag));
        }
        fl->list.push_back(f);
    }
    return st;
}

InterfaceType* Builder::interfaceType(ParserRuleContext* ctx) {
    InterfaceType* it = ast_.make<InterfaceType>(pos(ctx));
    FieldList* fl = ast_.make<FieldList>(Pos{});
    it->methods = fl;
    for (ParseTree* k : ctx->children) {
        switch (ttype(k)) {
        case G::LBRACE: fl->pos = fl->open = pos(k); continue;
        case G::RBRACE: fl->close = pos(k); continue;
        }
        if (rtype(k) != G::RuleInterfaceElem) continue;
        auto* e = ruleCtx(k);
        Field* f = ast_.make<Field>(pos(e));
        if (ttype(e->children[0]) == G::IDENT) {
            // method: IDENT parameters result?
            f->names.push_back(ident(tokOf(e->children[0])));
            auto* params = ruleCtx(e->children[1]);
            f->type = funcType(params, e->children.size() > 2 ? ruleCtx(e->children[2]) : nullptr, pos(params));
        } else if (e->children.size() == 1 && ttype(ruleCtx(e->children[0])->children[0]) != G::TILDE) {
            // embedded interface
            f->type = type(ruleCtx(ruleCtx(e->children[0])->children[0]));
        } else {
            fatal(pos(e), "type constraints are not supported");
            f->type = ast_.make<BadExpr>(pos(e));
        }
        fl->list.push_back(f);
    }
    return it;
}

// signature : parameters result?   (result : parameters | typeName typeArgs? | typeLit)
FuncType* Builder::signature(ParserRuleContext* ctx, Pos funcPos) {
    return funcType(ruleCtx(ctx->children[0]), ctx->children.size() > 1 ? ruleCtx(ctx->children[1]) : nullptr,
                    funcPos);
}

// Either part may be null (funcDecl builds the parameters and result apart).
FuncType* Builder::funcType(ParserRuleContext* params, ParserRuleContext* res, Pos funcPos) {
    FuncType* ft = ast_.make<FuncType>(funcPos);
    if (params) ft->params = paramList(params);
    if (res) {
        auto* first = ruleCtx(res->children[0]);
        switch (first->getRuleIndex()) {
        case G::RuleParameters:
            ft->results = paramList(first);
            break;
        default: {
            Expr* t = first->getRuleIndex() == G::RuleTypeName
                          ? typeNameArgs(first, res->children.size() > 1 ? ruleCtx(res->children[1]) : nullptr)
                          : typeLit(first);
            FieldList* fl = ast_.make<FieldList>(t->pos);
            Field* f = ast_.make<Field>(t->pos);
            f->type = t;
            fl->list.push_back(f);
            ft->results = fl;
        }
        }
    }
    return ft;
}

// parameters : LPAREN (parameterDecl (COMMA parameterDecl)* COMMA?)? RPAREN
// Groups names with gc's rule: if any parameter has a name and a type, all
// must have names; "a, b int" gives a and b the type int.
FieldList* Builder::paramList(ParserRuleContext* ctx) {
    FieldList* fl = ast_.make<FieldList>(pos(ctx));
    struct Par {
        Ident* name = nullptr;
        Expr* type = nullptr;
        Pos pos;
    };
    std::vector<Par> list;
    for (ParseTree* k : ctx->children) {
        switch (ttype(k)) {
        case G::LPAREN: fl->open = pos(k); continue;
        case G::RPAREN: fl->close = pos(k); continue;
        }
        if (rtype(k) != G::RuleParameterDecl) continue;
        auto* p = ruleCtx(k);
        Par par;
        par.pos = pos(p);
        Token* name = nullptr;
        Token* dots = nullptr;
        ParserRuleContext* tctx = nullptr;
        for (ParseTree* c : p->children) {
            if (ttype(c) == G::IDENT) name = tokOf(c);
            else if (ttype(c) == G::ELLIPSIS) dots = tokOf(c);
            else tctx = ruleCtx(c);
        }
        // A lone identifier "a" is a name without a type (it may turn out to
        // be a type name if no parameter is named).
        if (!name && !dots && tctx->children.size() == 1 && rtype(tctx->children[0]) == G::RuleTypeName &&
            ruleCtx(tctx->children[0])->children.size() == 1) {
            par.name = ident(ruleCtx(tctx->children[0])->getStart());
        } else {
            if (name) par.name = ident(name);
            Expr* t = type(tctx);
            if (dots) {
                Ellipsis* e = ast_.make<Ellipsis>(pos(dots));
                e->elt = t;
                t = e;
            }
            par.type = t;
        }
        list.push_back(par);
    }
    if (list.empty()) return fl;

    size_t named = 0;
    for (auto& p : list)
        if (p.name && p.type) named++;
    if (named == 0) {
        // all unnamed: lone names are type names
        for (auto& p : list) {
            if (!p.type) {
                p.type = p.name;
                p.name = nullptr;
            }
        }
    } else if (named != list.size()) {
        // some named: all must have names and types
        Pos errPos;
        Expr* typ = nullptr;
        for (size_t i = list.size(); i-- > 0;) {
            Par& p = list[i];
            if (p.type) {
                typ = p.type;
                if (!p.name) {
                    errPos = p.type->pos;
                    p.name = ast_.make<Ident>(p.type->pos, "_");
                }
            } else if (typ) {
                p.type = typ;
            } else {
                errPos = p.name->pos;
                p.type = ast_.make<BadExpr>(p.name->pos);
            }
        }
        if (errPos.valid()) syntaxError(errPos, "mixed named and unnamed parameters");
    }
    // Consecutive parameters sharing one type expression form one Field.
    for (size_t i = 0; i < list.size();) {
        Field* f = ast_.make<Field>(list[i].pos);
        f->type = list[i].type;
        size_t j = i;
        while (j < list.size() && list[j].type == f->type) {
            if (list[j].name) f->names.push_back(list[j].name);
            j++;
        }
        fl->list.push_back(f);
        i = j;
    }
    return fl;
}

// ---------------------------------------------------------------------------
// Expressions

std::vector<Expr*> Builder::exprList(ParserRuleContext* ctx) {
    std::vector<Expr*> out;
    for (ParseTree* k : ctx->children)
        if (auto* r = ruleCtx(k)) out.push_back(expr(r));
    return out;
}

// expression : unaryExpr (binaryOp unaryExpr)*   — folded by precedence.
Expr* Builder::expr(ParserRuleContext* ctx) {
    auto& kids = ctx->children;
    if (kids.size() == 1) return unary(ruleCtx(kids[0]));
    struct Op {
        size_t type;
        Pos pos;
    };
    std::vector<Expr*> operands;
    std::vector<Op> ops;
    auto reduce = [&] {
        Op op = ops.back();
        ops.pop_back();
        Expr* y = operands.back();
        operands.pop_back();
        Expr* x = operands.back();
        BinaryExpr* b = ast_.make<BinaryExpr>(x->pos);
        b->op = binaryTok(op.type);
        b->x = x;
        b->y = y;
        b->opPos = op.pos;
        operands.back() = b;
    };
    for (size_t i = 0; i < kids.size(); i++) {
        if (i % 2 == 0) {
            operands.push_back(unary(ruleCtx(kids[i])));
            continue;
        }
        Token* t = tokOf(kids[i]);
        int prec = binaryPrec(t->getType());
        while (!ops.empty() && binaryPrec(ops.back().type) >= prec) reduce();
        ops.push_back({t->getType(), pos(t)});
    }
    while (!ops.empty()) reduce();
    return operands.back();
}

// unaryExpr : op* operand primarySuffix* — operators applied right to left.
Expr* Builder::unary(ParserRuleContext* ctx) {
    auto& kids = ctx->children;
    size_t nops = 0;
    while (isLeaf(kids[nops])) nops++;
    Expr* x = primary(ctx, nops);
    for (size_t i = nops; i-- > 0;) {
        Token* op = tokOf(kids[i]);
        Pos p = pos(op);
        switch (op->getType()) {
        case G::STAR: {
            StarExpr* s = ast_.make<StarExpr>(p);
            s->x = x;
            x = s;
            continue;
        }
        case G::ARROW:
            x = applyArrow(p, x, ctx);
            continue;
        case G::TILDE:
            fatal(p, "cannot use ~ outside of interface or type constraint");
            break;
        }
        UnaryExpr* u = ast_.make<UnaryExpr>(p);
        switch (op->getType()) {
        case G::PLUS: u->op = Tok::Add; break;
        case G::MINUS: u->op = Tok::Sub; break;
        case G::EXCLAMATION: u->op = Tok::Not; break;
        case G::CARET: u->op = Tok::Xor; break;
        case G::AMP: u->op = Tok::And; break;
        default: u->op = Tok::Tilde; break;
        }
        u->x = x;
        x = u;
    }
    return x;
}

// "<-" x: a receive, unless x is a channel type: then <-chan T is a
// receive-only channel type, re-associated as gc does (<-chan<- E is an error).
Expr* Builder::applyArrow(Pos arrowPos, Expr* x, ParserRuleContext* unaryCtx) {
    if (auto* c0 = as<ChanType>(x)) {
        bool sendOnly = true;  // "dir == SendOnly" in gc: keep going
        Expr* t = c0;
        while (sendOnly) {
            auto* c = as<ChanType>(t);
            if (!c) break;
            sendOnly = c->dir == ChanDir::Send;
            if (c->dir == ChanDir::Recv) syntaxError(pos(after(unaryCtx)), "unexpected <-, expecting chan");
            c->dir = ChanDir::Recv;
            t = c->value;
        }
        if (sendOnly) {
            std::string what = is<Ident>(t) ? cast<Ident>(t)->name : std::string(nodeKindName(t->kind));
            syntaxError(pos(after(unaryCtx)), "unexpected " + what + ", expecting chan");
        }
        c0->pos = arrowPos;
        c0->arrow = arrowPos;
        return c0;
    }
    UnaryExpr* u = ast_.make<UnaryExpr>(arrowPos);
    u->op = Tok::Arrow;
    u->x = x;
    return u;
}

// operand primarySuffix*, starting at child `first` of ctx (a primaryExpr,
// or a unaryExpr after its operators).
Expr* Builder::primary(ParserRuleContext* ctx, size_t first) {
    auto& kids = ctx->children;
    Expr* x = operand(ruleCtx(kids[first]));
    for (size_t i = first + 1; i < kids.size(); i++) {
        auto* s = ruleCtx(kids[i]);
        auto& sk = s->children;
        size_t t0 = ttype(sk[0]);
        if (t0 == G::DOT && ttype(sk[1]) == G::IDENT) {
            SelectorExpr* e = ast_.make<SelectorExpr>(x->pos);
            e->x = x;
            e->dot = pos(sk[0]);
            e->sel = ident(tokOf(sk[1]));
            x = e;
        } else if (t0 == G::DOT) {
            TypeAssertExpr* e = ast_.make<TypeAssertExpr>(x->pos);
            e->x = x;
            e->dot = pos(sk[0]);
            e->lparen = pos(sk[1]);
            if (rtype(sk[2]) == G::RuleType_)
                e->assertType = type(ruleCtx(sk[2]));
            else
                guards_.push_back(e);  // x.(type): legal only as a type switch guard
            e->rparen = pos(sk[3]);
            x = e;
        } else if (t0 == G::LBRACK) {
            Pos lb = pos(sk[0]), rb = pos(sk[2]);
            auto* body = ruleCtx(sk[1]);
            ParserRuleContext* tail = nullptr;
            std::vector<Expr*> idx;
            for (ParseTree* b : body->children) {
                if (rtype(b) == G::RuleSliceTail)
                    tail = ruleCtx(b);
                else if (rtype(b) == G::RuleExpression)
                    idx.push_back(expr(ruleCtx(b)));
            }
            if (!tail) {
                IndexExpr* e = ast_.make<IndexExpr>(x->pos);
                e->x = x;
                e->indices = std::move(idx);
                e->lbrack = lb;
                e->rbrack = rb;
                x = e;
                continue;
            }
            // sliceTail : COLON expression? (COLON expression?)?
            SliceExpr* e = ast_.make<SliceExpr>(x->pos);
            e->x = x;
            e->lbrack = lb;
            e->rbrack = rb;
            if (!idx.empty()) e->lo = idx[0];
            int colons = 0;
            Pos secondColon;
            for (ParseTree* t : tail->children) {
                if (ttype(t) == G::COLON) {
                    if (++colons == 2) secondColon = pos(t);
                    continue;
                }
                Expr* v = expr(ruleCtx(t));
                if (colons == 1)
                    e->hi = v;
                else
                    e->max = v;
            }
            if (colons == 2) {
                e->slice3 = true;
                if (!e->hi) {
                    softError(secondColon, "middle index required in 3-index slice");
                    e->hi = ast_.make<BadExpr>(secondColon);
                }
                if (!e->max) {
                    softError(rb, "final index required in 3-index slice");
                    e->max = ast_.make<BadExpr>(rb);
                }
            }
            x = e;
        } else {
            // arguments : LPAREN (expression (COMMA expression)* ELLIPSIS? COMMA?)? RPAREN
            auto* args = ruleCtx(sk[0]);
            CallExpr* e = ast_.make<CallExpr>(x->pos);
            e->fun = x;
            for (ParseTree* a : args->children) {
                switch (ttype(a)) {
                case G::LPAREN: e->lparen = pos(a); continue;
                case G::RPAREN: e->rparen = pos(a); continue;
                case G::ELLIPSIS: e->ellipsis = pos(a); continue;
                case G::COMMA: continue;
                }
                e->args.push_back(expr(ruleCtx(a)));
            }
            x = e;
        }
    }
    return x;
}

BasicLit* Builder::basicLit(ParserRuleContext* ctx) {
    Token* t = ctx->getStart();
    LitKind k = LitKind::String;
    switch (t->getType()) {
    case G::INT_LIT: k = LitKind::Int; break;
    case G::FLOAT_LIT: k = LitKind::Float; break;
    case G::IMAG_LIT: k = LitKind::Imag; break;
    case G::RUNE_LIT: k = LitKind::Char; break;
    }
    return ast_.make<BasicLit>(pos(t), k, text(t));
}

Expr* Builder::operand(ParserRuleContext* ctx) {
    auto& kids = ctx->children;
    ParseTree* k0 = kids[0];
    switch (ttype(k0)) {
    case G::IDENT:
        return ident(tokOf(k0));
    case G::LPAREN: {
        ParenExpr* p = ast_.make<ParenExpr>(pos(k0));
        p->x = expr(ruleCtx(kids[1]));
        p->rparen = pos(kids[2]);
        return p;
    }
    case G::FUNC: {
        // FUNC parameters result? block?
        ParserRuleContext* res = nullptr;
        ParserRuleContext* body = nullptr;
        for (size_t i = 2; i < kids.size(); i++) {
            auto* r = ruleCtx(kids[i]);
            if (r->getRuleIndex() == G::RuleResult) res = r;
            else body = r;
        }
        FuncType* sig = funcType(ruleCtx(kids[1]), res, pos(k0));
        if (!body) return sig;
        FuncLit* f = ast_.make<FuncLit>(pos(k0));
        f->sig = sig;
        f->body = block(body);
        return f;
    }
    }
    auto* r = ruleCtx(k0);
    switch (r->getRuleIndex()) {
    case G::RuleBasicLit:
        return basicLit(r);
    case G::RuleTypeName:
        return literalValue(ruleCtx(kids[1]), typeName(r));
    case G::RuleLiteralTypeExpr: {
        Expr* t = typeLit(r);  // same shape as typeLit: one child rule
        if (kids.size() > 1) return literalValue(ruleCtx(kids[1]), t);
        return t;
    }
    case G::RuleChannelTypeExpr:
        return chanType(r);
    case G::RuleInterfaceType:
        return interfaceType(r);
    }
    return ast_.make<BadExpr>(pos(ctx));
}

// literalValue : LBRACE (keyedElement (COMMA keyedElement)* COMMA?)? RBRACE
CompositeLit* Builder::literalValue(ParserRuleContext* ctx, Expr* type) {
    CompositeLit* c = ast_.make<CompositeLit>(type ? type->pos : pos(ctx));
    c->litType = type;
    for (ParseTree* k : ctx->children) {
        switch (ttype(k)) {
        case G::LBRACE: c->lbrace = pos(k); continue;
        case G::RBRACE: c->rbrace = pos(k); continue;
        case G::COMMA: continue;
        }
        // keyedElement : element (COLON element)?
        auto* ke = ruleCtx(k);
        Expr* e = element(ruleCtx(ke->children[0]));
        if (ke->children.size() == 3) {
            KeyValueExpr* kv = ast_.make<KeyValueExpr>(e->pos);
            kv->key = e;
            kv->colon = pos(ke->children[1]);
            kv->value = element(ruleCtx(ke->children[2]));
            e = kv;
        }
        c->elts.push_back(e);
    }
    return c;
}

Expr* Builder::element(ParserRuleContext* ctx) {
    auto* r = ruleCtx(ctx->children[0]);
    if (r->getRuleIndex() == G::RuleLiteralValue) return literalValue(r, nullptr);
    return expr(r);
}

// ---------------------------------------------------------------------------
// Statements

BlockStmt* Builder::block(ParserRuleContext* ctx) {
    BlockStmt* b = ast_.make<BlockStmt>(pos(ctx));
    auto& kids = ctx->children;
    b->lbrace = pos(kids[0]);
    b->list = stmtList(ruleCtx(kids[1]));
    b->rbrace = pos(kids[2]);
    return b;
}

std::vector<Stmt*> Builder::stmtList(ParserRuleContext* ctx) {
    std::vector<Stmt*> out;
    for (ParseTree* k : ctx->children)
        if (rtype(k) == G::RuleStatement)
            if (Stmt* s = stmt(ruleCtx(k))) out.push_back(s);
    return out;
}

Stmt* Builder::stmt(ParserRuleContext* ctx) {
    auto* r = ruleCtx(ctx->children[0]);
    auto& kids = r->children;
    Pos p = pos(r);
    switch (r->getRuleIndex()) {
    case G::RuleDeclaration: {
        DeclStmt* d = ast_.make<DeclStmt>(p);
        d->decl = genDecl(ruleCtx(kids[0]));
        return d;
    }
    case G::RuleLabeledStmt: {
        LabeledStmt* l = ast_.make<LabeledStmt>(p);
        l->label = ident(tokOf(kids[0]));
        l->colon = pos(kids[1]);
        if (kids.size() > 2) {
            l->stmt = stmt(ruleCtx(kids[2]));
        } else {
            Token* next = after(r);
            EmptyStmt* e = ast_.make<EmptyStmt>(pos(next));
            e->implicit = !(next->getType() == G::SEMI && next->getText() == ";");
            l->stmt = e;
        }
        return l;
    }
    case G::RuleSimpleStmt:
        return simpleStmt(r, Where::Stmt);
    case G::RuleGoStmt:
    case G::RuleDeferStmt: {
        Expr* call = primary(ruleCtx(kids[1]));
        if (is<ParenExpr>(call)) {
            softError(call->pos, std::string("expression in ") + (r->getRuleIndex() == G::RuleGoStmt ? "go" : "defer") +
                                     " must not be parenthesized");
            call = unparen(call);
        }
        if (r->getRuleIndex() == G::RuleGoStmt) {
            GoStmt* g = ast_.make<GoStmt>(p);
            g->call = call;
            return g;
        }
        DeferStmt* d = ast_.make<DeferStmt>(p);
        d->call = call;
        return d;
    }
    case G::RuleReturnStmt: {
        ReturnStmt* s = ast_.make<ReturnStmt>(p);
        if (kids.size() > 1) s->results = exprList(ruleCtx(kids[1]));
        return s;
    }
    case G::RuleBreakStmt:
    case G::RuleContinueStmt:
    case G::RuleGotoStmt:
    case G::RuleFallthroughStmt: {
        BranchStmt* b = ast_.make<BranchStmt>(p);
        switch (ttype(kids[0])) {
        case G::BREAK: b->tok = Tok::Break; break;
        case G::CONTINUE: b->tok = Tok::Continue; break;
        case G::GOTO: b->tok = Tok::Goto; break;
        default: b->tok = Tok::Fallthrough; break;
        }
        if (kids.size() > 1) b->label = ident(tokOf(kids[1]));
        return b;
    }
    case G::RuleBlock: return block(r);
    case G::RuleIfStmt: return ifStmt(r);
    case G::RuleSwitchStmt: return switchStmt(r);
    case G::RuleSelectStmt: return selectStmt(r);
    case G::RuleForStmt: return forStmt(r);
    }
    return ast_.make<BadStmt>(p);
}

// simpleStmt(NL) : expressionList(NL) simpleTail(NL)?
Stmt* Builder::simpleStmt(ParserRuleContext* ctx, Where where) {
    auto& kids = ctx->children;
    std::vector<Expr*> lhs = exprList(ruleCtx(kids[0]));
    Pos p = lhs[0]->pos;
    if (kids.size() == 1) {
        if (lhs.size() > 1) {
            Token* next = after(ctx);
            syntaxError(pos(next), "unexpected " + describeToken(src_, next) + ", expecting := or = or comma");
        }
        ExprStmt* s = ast_.make<ExprStmt>(p);
        s->x = lhs[0];
        return s;
    }
    auto* tail = ruleCtx(kids[1]);
    auto& tk = tail->children;
    Token* op = tokOf(tk[0]);
    if (!op) op = ruleCtx(tk[0])->getStart();  // assignOp
    Pos opPos = pos(op);
    size_t opType = op->getType();
    if (opType != G::ASSIGN && opType != G::DEFINE && lhs.size() > 1) {
        syntaxError(opPos, "unexpected " + describeToken(src_, op) + ", expecting := or = or comma");
    }
    switch (opType) {
    case G::INC:
    case G::DEC: {
        IncDecStmt* s = ast_.make<IncDecStmt>(p);
        s->x = lhs[0];
        s->tok = opType == G::INC ? Tok::Inc : Tok::Dec;
        s->opPos = opPos;
        return s;
    }
    case G::ARROW: {
        SendStmt* s = ast_.make<SendStmt>(p);
        s->chan = lhs[0];
        s->arrow = opPos;
        s->value = expr(ruleCtx(tk[1]));
        return s;
    }
    case G::ASSIGN:
    case G::DEFINE:
        if (ttype(tk[1]) == G::RANGE) {
            if (where != Where::ForInit) {
                syntaxError(pos(tk[1]), "unexpected range, expecting expression");
                return ast_.make<BadStmt>(p);
            }
            RangeStmt* rs = ast_.make<RangeStmt>(p);
            rs->tok = opType == G::DEFINE ? Tok::Define : Tok::Assign;
            rs->rangePos = pos(tk[1]);
            rs->x = expr(ruleCtx(tk[2]));
            if (lhs.size() > 0) rs->key = lhs[0];
            if (lhs.size() > 1) rs->value = lhs[1];
            if (lhs.size() > 2) softError(lhs[2]->pos, "range clause permits at most two iteration variables");
            return rs;
        }
        break;
    }
    AssignStmt* s = ast_.make<AssignStmt>(p);
    s->lhs = std::move(lhs);
    s->tok = assignTok(opType);
    s->opPos = opPos;
    if (opType == G::ASSIGN || opType == G::DEFINE)
        s->rhs = exprList(ruleCtx(tk[1]));
    else
        s->rhs.push_back(expr(ruleCtx(tk[1])));
    return s;
}

// A header statement used as a condition must be an expression (gc's
// "cannot use ... as value", reported at the statement's operator).
Expr* Builder::condOf(Stmt* s, ParserRuleContext* sctx) {
    if (auto* e = as<ExprStmt>(s)) return e->x;
    if (is<BadStmt>(s)) return ast_.make<BadExpr>(s->pos);
    Pos p = s->pos;
    std::string str;
    if (auto* a = as<AssignStmt>(s)) {
        p = a->opPos;
        if (a->tok == Tok::Assign) {
            // "assignment (lhs) = (rhs)": the source text on each side of '='
            std::string all = sourceText(sctx);
            auto eq = all.find(" = ");
            if (eq != std::string::npos)
                str = "assignment (" + all.substr(0, eq) + ") = (" + all.substr(eq + 3) + ")";
            else
                str = all;
        }
    } else if (auto* i = as<IncDecStmt>(s)) {
        p = i->opPos;
    } else if (auto* sd = as<SendStmt>(s)) {
        p = sd->arrow;
    } else if (auto* r = as<RangeStmt>(s)) {
        p = r->rangePos;
    }
    if (str.empty()) str = sourceText(sctx);
    syntaxError(p, "cannot use " + str + " as value");
    return ast_.make<BadExpr>(s->pos);
}

// The pieces of an if/switch header: [init] [';' [cond]].
struct HeaderParts {
    ParserRuleContext* first = nullptr;
    Token* semi = nullptr;
    ParserRuleContext* second = nullptr;
};

static HeaderParts splitHeader(ParserRuleContext* h) {
    HeaderParts hp;
    for (ParseTree* k : h->children) {
        if (ttype(k) == G::SEMI)
            hp.semi = tokOf(k);
        else if (hp.semi)
            hp.second = ruleCtx(k);
        else
            hp.first = ruleCtx(k);
    }
    return hp;
}

// ifStmt : IF header? block (ELSE (ifStmt | block))?
Stmt* Builder::ifStmt(ParserRuleContext* ctx) {
    IfStmt* s = ast_.make<IfStmt>(pos(ctx));
    auto& kids = ctx->children;
    size_t i = 1;
    if (rtype(kids[i]) == G::RuleHeader) {
        HeaderParts hp = splitHeader(ruleCtx(kids[i]));
        i++;
        if (!hp.semi) {
            s->cond = condOf(simpleStmt(hp.first, Where::IfHeader), hp.first);
        } else {
            if (hp.first) s->init = simpleStmt(hp.first, Where::IfHeader);
            if (hp.second) {
                s->cond = condOf(simpleStmt(hp.second, Where::IfHeader), hp.second);
            } else {
                std::string lit = hp.semi->getText();
                if (lit != ";")
                    syntaxError(pos(hp.semi), "unexpected " + lit + ", expecting { after if clause");
                else
                    syntaxError(pos(hp.semi), "missing condition in if statement");
                s->cond = ast_.make<BadExpr>(pos(hp.semi));
            }
        }
    } else {
        syntaxError(pos(kids[i]), "missing condition in if statement");
        s->cond = ast_.make<BadExpr>(pos(kids[i]));
    }
    s->body = block(ruleCtx(kids[i]));
    if (i + 2 < kids.size()) {
        auto* e = ruleCtx(kids[i + 2]);
        s->elseStmt = e->getRuleIndex() == G::RuleIfStmt ? ifStmt(e) : block(e);
    }
    return s;
}

// switchStmt : SWITCH header? LBRACE caseClause* RBRACE
Stmt* Builder::switchStmt(ParserRuleContext* ctx) {
    Pos p = pos(ctx);
    auto& kids = ctx->children;
    Stmt* init = nullptr;
    Stmt* tagStmt = nullptr;
    ParserRuleContext* tagCtx = nullptr;
    size_t i = 1;
    if (rtype(kids[i]) == G::RuleHeader) {
        HeaderParts hp = splitHeader(ruleCtx(kids[i]));
        i++;
        if (!hp.semi) {
            tagCtx = hp.first;
        } else {
            if (hp.first) init = simpleStmt(hp.first, Where::SwitchHeader);
            tagCtx = hp.second;
        }
        if (tagCtx) tagStmt = simpleStmt(tagCtx, Where::SwitchHeader);
    }
    BlockStmt* body = ast_.make<BlockStmt>(pos(kids[i]));
    body->lbrace = pos(kids[i]);
    body->rbrace = pos(kids.back());
    for (; i < kids.size(); i++) {
        if (rtype(kids[i]) != G::RuleCaseClause) continue;
        auto* cc = ruleCtx(kids[i]);
        CaseClause* c = ast_.make<CaseClause>(pos(cc));
        for (ParseTree* k : cc->children) {
            switch (ttype(k)) {
            case G::DEFAULT: c->isDefault = true; continue;
            case G::COLON: c->colon = pos(k); continue;
            }
            switch (rtype(k)) {
            case G::RuleExpressionList: c->list = exprList(ruleCtx(k)); break;
            case G::RuleStatementList: c->body = stmtList(ruleCtx(k)); break;
            }
        }
        body->list.push_back(c);
    }

    // A type switch guard: "x := y.(type)" or "y.(type)".
    auto isGuard = [](Expr* e) {
        auto* ta = as<TypeAssertExpr>(e);
        return ta && !ta->assertType;
    };
    bool typeSwitch = false;
    if (auto* es = as<ExprStmt>(tagStmt)) {
        typeSwitch = isGuard(es->x);
    } else if (auto* as_ = as<AssignStmt>(tagStmt)) {
        typeSwitch = as_->tok == Tok::Define && as_->lhs.size() == 1 && is<Ident>(as_->lhs[0]) &&
                     as_->rhs.size() == 1 && isGuard(as_->rhs[0]);
    }
    if (typeSwitch) {
        auto* ta = as<ExprStmt>(tagStmt) ? cast<ExprStmt>(tagStmt)->x : cast<AssignStmt>(tagStmt)->rhs[0];
        switchGuards_.insert(cast<TypeAssertExpr>(ta));
        TypeSwitchStmt* s = ast_.make<TypeSwitchStmt>(p);
        s->init = init;
        s->assign = tagStmt;
        s->body = body;
        return s;
    }
    SwitchStmt* s = ast_.make<SwitchStmt>(p);
    s->init = init;
    if (tagStmt) s->tag = condOf(tagStmt, tagCtx);
    s->body = body;
    return s;
}

// selectStmt : SELECT LBRACE commClause* RBRACE
Stmt* Builder::selectStmt(ParserRuleContext* ctx) {
    SelectStmt* s = ast_.make<SelectStmt>(pos(ctx));
    auto& kids = ctx->children;
    BlockStmt* body = ast_.make<BlockStmt>(pos(kids[1]));
    body->lbrace = pos(kids[1]);
    body->rbrace = pos(kids.back());
    for (ParseTree* k : kids) {
        if (rtype(k) != G::RuleCommClause) continue;
        auto* cc = ruleCtx(k);
        CommClause* c = ast_.make<CommClause>(pos(cc));
        for (ParseTree* ck : cc->children) {
            if (ttype(ck) == G::COLON) {
                c->colon = pos(ck);
                continue;
            }
            switch (rtype(ck)) {
            case G::RuleSimpleStmt: c->comm = simpleStmt(ruleCtx(ck), Where::Comm); break;
            case G::RuleStatementList: c->body = stmtList(ruleCtx(ck)); break;
            }
        }
        body->list.push_back(c);
    }
    s->body = body;
    return s;
}

// forStmt : FOR forHeader? block
// forHeader : RANGE expressionNL
//           | simpleStmtNL (SEMI simpleStmtNL? SEMI simpleStmtNL?)?
//           | SEMI simpleStmtNL? SEMI simpleStmtNL?
Stmt* Builder::forStmt(ParserRuleContext* ctx) {
    Pos p = pos(ctx);
    auto& kids = ctx->children;
    BlockStmt* body = block(ruleCtx(kids.back()));
    if (kids.size() == 2) {
        ForStmt* s = ast_.make<ForStmt>(p);
        s->body = body;
        return s;
    }
    auto* h = ruleCtx(kids[1]);
    auto& hk = h->children;
    if (ttype(hk[0]) == G::RANGE) {
        RangeStmt* r = ast_.make<RangeStmt>(p);
        r->rangePos = pos(hk[0]);
        r->x = expr(ruleCtx(hk[1]));
        r->body = body;
        return r;
    }
    // Split into the three parts of a for clause.
    ParserRuleContext* parts[3] = {nullptr, nullptr, nullptr};
    int semis = 0;
    Token* firstSemi = nullptr;
    for (ParseTree* k : hk) {
        if (ttype(k) == G::SEMI) {
            if (!firstSemi) firstSemi = tokOf(k);
            semis++;
        } else {
            parts[semis] = ruleCtx(k);
        }
    }
    if (semis == 0) {
        Stmt* st = simpleStmt(parts[0], Where::ForInit);
        if (auto* r = as<RangeStmt>(st)) {
            r->pos = p;
            r->body = body;
            return r;
        }
        ForStmt* s = ast_.make<ForStmt>(p);
        s->cond = condOf(st, parts[0]);
        s->body = body;
        return s;
    }
    ForStmt* s = ast_.make<ForStmt>(p);
    if (parts[0]) {
        s->init = simpleStmt(parts[0], Where::ForInit);
        if (is<RangeStmt>(s->init)) {
            syntaxError(pos(firstSemi), "unexpected " + describeToken(src_, firstSemi) + ", expecting { after for clause");
            s->init = nullptr;
        }
    }
    if (parts[1]) s->cond = condOf(simpleStmt(parts[1], Where::ForCond), parts[1]);
    if (parts[2]) {
        s->post = simpleStmt(parts[2], Where::ForPost);
        if (auto* a = as<AssignStmt>(s->post); a && a->tok == Tok::Define)
            syntaxError(a->opPos, "cannot declare in post statement of for loop");
    }
    s->body = body;
    return s;
}

}  // namespace

// ---------------------------------------------------------------------------
// Entry points

File* buildFile(AstContext& ast, const SourceInfo& src, G::SourceFileContext* tree, antlr4::TokenStream& tokens,
                Diagnostics& diags) {
    gTokens = &tokens;
    Builder b(ast, src, tokens, diags);
    File* f = b.file(tree);
    gTokens = nullptr;
    return b.failed() ? nullptr : f;
}

std::string describeToken(const SourceInfo& src, const Token* t) {
    switch (t->getType()) {
    case Token::EOF: return "EOF";
    case G::SEMI: {
        std::string s = t->getText();
        return s == ";" ? "semicolon" : s;
    }
    case G::COMMA: return "comma";
    case G::IDENT: return std::string(src.textOf(t));
    case G::INT_LIT:
    case G::FLOAT_LIT:
    case G::IMAG_LIT:
    case G::RUNE_LIT:
    case G::STRING_LIT: return "literal " + std::string(src.textOf(t));
    }
    return std::string(src.textOf(t));
}

// ---------------------------------------------------------------------------
// Syntax errors

namespace {

// gc's tokstring for one expected token.
std::string expectedName(size_t type, const antlr4::dfa::Vocabulary& vocab) {
    switch (type) {
    case G::IDENT: return "name";
    case G::COMMA: return "comma";
    case G::SEMI: return "semicolon or newline";
    case Token::EOF: return "EOF";
    }
    std::string s = vocab.getLiteralName(type);  // 'x'
    if (s.size() >= 2 && s.front() == '\'') return s.substr(1, s.size() - 2);
    s = vocab.getSymbolicName(type);
    if (type >= G::BREAK && type <= G::VAR)  // keywords (retyped identifiers): their spelling
        for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

bool has(const antlr4::misc::IntervalSet& e, size_t type) { return e.contains(type); }

bool expectsExpression(const antlr4::misc::IntervalSet& e) { return has(e, G::INT_LIT); }
bool expectsType(const antlr4::misc::IntervalSet& e) {
    return !has(e, G::INT_LIT) && has(e, G::IDENT) && has(e, G::STAR) && has(e, G::LBRACK);
}

size_t ruleOf(antlr4::tree::ParseTree* t) {
    auto* r = dynamic_cast<ParserRuleContext*>(t);
    return r ? r->getRuleIndex() : kNone;
}

// The sibling of `ctx` inside its parent that is a `rule` context, or null.
ParserRuleContext* childRule(ParserRuleContext* parent, size_t rule) {
    if (!parent) return nullptr;
    for (auto* c : parent->children)
        if (ruleOf(c) == rule) return static_cast<ParserRuleContext*>(c);
    return nullptr;
}

// Does the subtree contain a token of this type (headers are small)?
bool containsToken(antlr4::tree::ParseTree* t, size_t type) {
    if (!t) return false;
    if (auto* tn = dynamic_cast<TerminalNode*>(t)) return tn->getSymbol()->getType() == type;
    for (auto* c : t->children)
        if (containsToken(c, type)) return true;
    return false;
}

size_t countTokens(ParserRuleContext* ctx, size_t type) {
    size_t n = 0;
    if (ctx)
        for (auto* c : ctx->children)
            if (auto* tn = dynamic_cast<TerminalNode*>(c); tn && tn->getSymbol()->getType() == type) n++;
    return n;
}

// A list in gc's sense (parser.list): its context name, separator and closer.
struct ListInfo {
    const char* name;
    size_t sep;
    size_t close;
};

bool listInfo(ParserRuleContext* ctx, ListInfo& li) {
    switch (ctx->getRuleIndex()) {
    case G::RuleArguments: li = {"argument list", G::COMMA, G::RPAREN}; return true;
    case G::RuleLiteralValue: li = {"composite literal", G::COMMA, G::RBRACE}; return true;
    case G::RuleParameters: li = {"parameter list", G::COMMA, G::RPAREN}; return true;
    case G::RuleStructType: li = {"struct type", G::SEMI, G::RBRACE}; return true;
    case G::RuleInterfaceType: li = {"interface type", G::SEMI, G::RBRACE}; return true;
    case G::RuleImportDecl:
    case G::RuleConstDecl:
    case G::RuleVarDecl:
    case G::RuleTypeDecl:
        if (countTokens(ctx, G::LPAREN) == 0) return false;
        li = {"grouped declaration", G::SEMI, G::RPAREN};
        return true;
    }
    return false;
}

}  // namespace

// gc's message for the first syntax error. The grammar follows gc's parser
// closely enough that ANTLR fails at the same token as gc; what remains is to
// say it the way gc does, from the innermost rule, the expected tokens and
// the token before the offending one.
Diagnostic describeSyntaxError(const SourceInfo& src, const SyntaxErrorInfo& err, antlr4::TokenStream& tokens) {
    Token* t = err.offending;
    Pos p = src.posOf(t);
    std::string tok = describeToken(src, t);
    if (std::getenv("GOMINI_SYNTAXDEBUG") && err.parser) {
        std::string stack;
        for (antlr4::RuleContext* c = err.ctx; c; c = dynamic_cast<antlr4::RuleContext*>(c->parent))
            stack += " " + err.parser->getRuleNames()[c->getRuleIndex()];
        std::fprintf(stderr, "syntax: token %s ctx%s expected %s\n", tok.c_str(), stack.c_str(),
                     err.expected.toString(err.parser->getVocabulary()).c_str());
    }
    auto plain = [&](const std::string& msg) { return Diagnostic{p, "syntax error: " + msg}; };
    auto unexpected = [&](const std::string& tail) { return plain("unexpected " + tok + tail); };
    if (!err.ctx) return unexpected("");

    const auto& E = err.expected;
    size_t tt = t->getType();
    size_t idx = t->getTokenIndex();
    Token* prevTok = idx > 0 && idx != static_cast<size_t>(-1) ? tokens.get(idx - 1) : nullptr;
    size_t prev = prevTok ? prevTok->getType() : kNone;
    ParserRuleContext* ctx = err.ctx;
    size_t R = ctx->getRuleIndex();
    auto* parent = dynamic_cast<ParserRuleContext*>(ctx->parent);
    size_t P = parent ? parent->getRuleIndex() : kNone;
    if (!err.parser) return unexpected("");
    const antlr4::dfa::Vocabulary& vocab = err.parser->getVocabulary();

    // --- file level ---
    if (R == G::RulePackageClause) return plain("package statement must be first");
    if (R == G::RuleSourceFile) {
        if (has(E, G::SEMI)) return unexpected(" after top level declaration");
        if (tt == G::LBRACE) {
            // "func f()" NEWLINE "{": the last declaration is a function without body.
            ParserRuleContext* last = nullptr;
            for (auto* c : ctx->children)
                if (ruleOf(c) == G::RuleTopLevelDecl) last = static_cast<ParserRuleContext*>(c);
            auto* fd = last ? childRule(last, G::RuleFunctionDecl) : nullptr;
            if (fd && !childRule(fd, G::RuleBlock)) return plain("unexpected semicolon or newline before {");
        }
        return plain("non-declaration statement outside function body");
    }

    // --- declarations ---
    if (R == G::RuleImportSpec || (R == G::RuleBasicLit && P == G::RuleImportSpec)) return plain("missing import path");
    if ((R == G::RuleVarDecl || R == G::RuleConstDecl || R == G::RuleTypeDecl) && has(E, G::IDENT) &&
        (prev == G::VAR || prev == G::CONST || prev == G::TYPE || prev == G::LPAREN))
        return unexpected(", expecting name");
    if (R == G::RuleFunctionDecl && has(E, G::IDENT)) return unexpected(", expecting name or (");

    // --- expressions with their own gc wording ---
    if (R == G::RuleIndexBody) {
        if (tt == G::RBRACK && prev == G::LBRACK) return unexpected(", expecting operand");
        if (has(E, G::COLON) && has(E, G::RBRACK)) return unexpected(", expecting comma, : or ]");
    }
    if (R == G::RulePrimarySuffix) {
        if (prev == G::DOT) return unexpected(", expecting name or (");
        if (prev == G::LPAREN) return unexpected(", expecting type");
    }

    // --- lists: "unexpected X in argument list; possibly missing comma or )" ---
    ListInfo li;
    if (listInfo(ctx, li)) {
        bool atElement = prev == li.sep || (prev == G::LPAREN && li.close == G::RPAREN) ||
                         (prev == G::LBRACE && li.close == G::RBRACE);
        if (tt == Token::EOF) return unexpected(", expecting " + expectedName(li.close, vocab));
        if (R == G::RuleArguments && countTokens(ctx, G::ELLIPSIS) > 0) return unexpected(", expecting )");
        if (atElement && !has(E, li.sep)) {
            if (R == G::RuleArguments || R == G::RuleLiteralValue) return unexpected(", expecting expression");
            if (R == G::RuleParameters) return unexpected(", expecting )");
        }
        if (has(E, li.sep) && tt != li.sep) {
            if (atElement && (R == G::RuleArguments || R == G::RuleLiteralValue))
                return unexpected(", expecting expression");
            return unexpected(std::string(" in ") + li.name + "; possibly missing " + expectedName(li.sep, vocab) +
                              " or " + expectedName(li.close, vocab));
        }
    }

    // --- statements ---
    if (tt == G::VAR && (R == G::RuleHeader || R == G::RuleForHeader || R == G::RuleIfStmt || R == G::RuleForStmt ||
                         R == G::RuleSwitchStmt || (R == G::RuleBlock && (P == G::RuleIfStmt || P == G::RuleForStmt)))) {
        // gc accepts the var and complains at the token after it.
        size_t owner = R == G::RuleBlock || R == G::RuleHeader || R == G::RuleForHeader ? P : R;
        const char* kw = owner == G::RuleForStmt ? "for" : owner == G::RuleSwitchStmt ? "switch" : "if";
        Token* next = tokens.get(std::min(idx + 1, tokens.size() - 1));
        return {src.posOf(next), std::string("syntax error: var declaration not allowed in ") + kw + " initializer"};
    }
    bool atStmtStart = prev == G::SEMI || prev == G::LBRACE || prev == G::COLON;
    if (R == G::RuleBlock && has(E, G::RBRACE) && !has(E, G::LBRACE))
        return atStmtStart ? unexpected(", expecting }") : unexpected(" at end of statement");
    if ((R == G::RuleSwitchStmt || R == G::RuleSelectStmt) && has(E, G::RBRACE))
        return atStmtStart ? unexpected(", expecting case or default or }") : unexpected(" at end of statement");
    if (R == G::RuleSelectStmt && has(E, G::LBRACE)) return plain("missing { after select clause");
    if (R == G::RuleSwitchStmt && has(E, G::LBRACE)) {
        auto* h = childRule(ctx, G::RuleHeader);
        if (h && countTokens(h, G::SEMI) > 0) return plain("missing { after switch clause");
        return unexpected(", expecting {");
    }
    if (R == G::RuleBlock && has(E, G::LBRACE)) {
        if (P == G::RuleForStmt) {
            auto* h = childRule(parent, G::RuleForHeader);
            if (h && (countTokens(h, G::SEMI) == 2 || containsToken(h, G::RANGE)))
                return unexpected(", expecting { after for clause");
            return unexpected(", expecting {");
        }
        if (P == G::RuleIfStmt) {
            auto* h = childRule(parent, G::RuleHeader);
            if (h && countTokens(h, G::SEMI) > 0) return unexpected(", expecting { after if clause");
            return unexpected(", expecting {");
        }
        return unexpected(", expecting {");
    }
    if (R == G::RuleIfStmt && prev == G::ELSE) return plain("else must be followed by if or statement block");
    if (R == G::RuleForHeader && tt == G::LBRACE && prev == G::SEMI) return unexpected(", expecting for loop condition");
    if ((R == G::RuleCaseClause || R == G::RuleCommClause) && has(E, G::COLON)) return unexpected(", expecting :");
    // --- generic expectations ---
    if (prev == G::ELLIPSIS && expectsType(E)) return plain("... is missing type");
    if (expectsExpression(E)) return unexpected(", expecting expression");
    if (expectsType(E)) return unexpected(", expecting type");
    if (E.size() == 1) return unexpected(", expecting " + expectedName(E.getMinElement(), vocab));
    return unexpected("");
}

}  // namespace gomini::frontend
