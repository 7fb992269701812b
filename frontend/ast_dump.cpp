// ast_dump.cpp — see ast_dump.h. Both the dump and the child enumeration are
// driven by one table-like switch (forEachChild), and the dump walks the tree
// with an explicit stack, so a 50,000-deep AST dumps without recursion.
#include "frontend/ast_dump.h"

namespace gomini::frontend {

void forEachChild(const Node* n, const std::function<void(const char*, const Node*)>& fn) {
    auto one = [&](const char* label, const Node* c) {
        if (c) fn(label, c);
    };
    auto list = [&](const char* label, const auto& v) {
        for (const Node* c : v)
            if (c) fn(label, c);
    };
    switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::Ident:
    case NodeKind::BasicLit:
        break;
    case NodeKind::Ellipsis: one("", cast<Ellipsis>(n)->elt); break;
    case NodeKind::CompositeLit: {
        auto* c = cast<CompositeLit>(n);
        one("type", c->litType);
        list("", c->elts);
        break;
    }
    case NodeKind::FuncLit: {
        auto* f = cast<FuncLit>(n);
        one("", f->sig);
        one("", f->body);
        break;
    }
    case NodeKind::ParenExpr: one("", cast<ParenExpr>(n)->x); break;
    case NodeKind::SelectorExpr: one("", cast<SelectorExpr>(n)->x); break;
    case NodeKind::IndexExpr: {
        auto* e = cast<IndexExpr>(n);
        one("", e->x);
        list("index", e->indices);
        break;
    }
    case NodeKind::SliceExpr: {
        auto* e = cast<SliceExpr>(n);
        one("", e->x);
        one("lo", e->lo);
        one("hi", e->hi);
        one("max", e->max);
        break;
    }
    case NodeKind::TypeAssertExpr: {
        auto* e = cast<TypeAssertExpr>(n);
        one("", e->x);
        one("type", e->assertType);
        break;
    }
    case NodeKind::CallExpr: {
        auto* e = cast<CallExpr>(n);
        one("", e->fun);
        list("arg", e->args);
        break;
    }
    case NodeKind::StarExpr: one("", cast<StarExpr>(n)->x); break;
    case NodeKind::UnaryExpr: one("", cast<UnaryExpr>(n)->x); break;
    case NodeKind::BinaryExpr: {
        auto* e = cast<BinaryExpr>(n);
        one("", e->x);
        one("", e->y);
        break;
    }
    case NodeKind::KeyValueExpr: {
        auto* e = cast<KeyValueExpr>(n);
        one("key", e->key);
        one("value", e->value);
        break;
    }
    case NodeKind::ArrayType: {
        auto* e = cast<ArrayType>(n);
        one("len", e->len);
        one("elt", e->elt);
        break;
    }
    case NodeKind::StructType: one("", cast<StructType>(n)->fields); break;
    case NodeKind::FuncType: {
        auto* e = cast<FuncType>(n);
        one("params", e->params);
        one("results", e->results);
        break;
    }
    case NodeKind::InterfaceType: one("", cast<InterfaceType>(n)->methods); break;
    case NodeKind::MapType: {
        auto* e = cast<MapType>(n);
        one("key", e->key);
        one("value", e->value);
        break;
    }
    case NodeKind::ChanType: one("", cast<ChanType>(n)->value); break;
    case NodeKind::BadStmt:
    case NodeKind::EmptyStmt:
        break;
    case NodeKind::DeclStmt: one("", cast<DeclStmt>(n)->decl); break;
    case NodeKind::LabeledStmt: {
        auto* s = cast<LabeledStmt>(n);
        one("", s->label);
        one("", s->stmt);
        break;
    }
    case NodeKind::ExprStmt: one("", cast<ExprStmt>(n)->x); break;
    case NodeKind::SendStmt: {
        auto* s = cast<SendStmt>(n);
        one("", s->chan);
        one("", s->value);
        break;
    }
    case NodeKind::IncDecStmt: one("", cast<IncDecStmt>(n)->x); break;
    case NodeKind::AssignStmt: {
        auto* s = cast<AssignStmt>(n);
        list("lhs", s->lhs);
        list("rhs", s->rhs);
        break;
    }
    case NodeKind::GoStmt: one("", cast<GoStmt>(n)->call); break;
    case NodeKind::DeferStmt: one("", cast<DeferStmt>(n)->call); break;
    case NodeKind::ReturnStmt: list("", cast<ReturnStmt>(n)->results); break;
    case NodeKind::BranchStmt: one("", cast<BranchStmt>(n)->label); break;
    case NodeKind::BlockStmt: list("", cast<BlockStmt>(n)->list); break;
    case NodeKind::IfStmt: {
        auto* s = cast<IfStmt>(n);
        one("init", s->init);
        one("cond", s->cond);
        one("", s->body);
        one("else", s->elseStmt);
        break;
    }
    case NodeKind::CaseClause: {
        auto* s = cast<CaseClause>(n);
        list("case", s->list);
        list("", s->body);
        break;
    }
    case NodeKind::SwitchStmt: {
        auto* s = cast<SwitchStmt>(n);
        one("init", s->init);
        one("tag", s->tag);
        one("", s->body);
        break;
    }
    case NodeKind::TypeSwitchStmt: {
        auto* s = cast<TypeSwitchStmt>(n);
        one("init", s->init);
        one("assign", s->assign);
        one("", s->body);
        break;
    }
    case NodeKind::CommClause: {
        auto* s = cast<CommClause>(n);
        one("comm", s->comm);
        list("", s->body);
        break;
    }
    case NodeKind::SelectStmt: one("", cast<SelectStmt>(n)->body); break;
    case NodeKind::ForStmt: {
        auto* s = cast<ForStmt>(n);
        one("init", s->init);
        one("cond", s->cond);
        one("post", s->post);
        one("", s->body);
        break;
    }
    case NodeKind::RangeStmt: {
        auto* s = cast<RangeStmt>(n);
        one("key", s->key);
        one("value", s->value);
        one("x", s->x);
        one("", s->body);
        break;
    }
    case NodeKind::ImportSpec: {
        auto* s = cast<ImportSpec>(n);
        one("name", s->name);
        one("", s->path);
        break;
    }
    case NodeKind::ValueSpec: {
        auto* s = cast<ValueSpec>(n);
        list("", s->names);
        one("type", s->type);
        list("value", s->values);
        break;
    }
    case NodeKind::TypeSpec: {
        auto* s = cast<TypeSpec>(n);
        one("", s->name);
        one("", s->type);
        break;
    }
    case NodeKind::GenDecl: list("", cast<GenDecl>(n)->specs); break;
    case NodeKind::FuncDecl: {
        auto* d = cast<FuncDecl>(n);
        one("recv", d->recv);
        one("", d->name);
        one("", d->sig);
        one("", d->body);
        break;
    }
    case NodeKind::BadDecl: break;
    case NodeKind::Field: {
        auto* f = cast<Field>(n);
        list("", f->names);
        one("type", f->type);
        one("tag", f->tag);
        break;
    }
    case NodeKind::FieldList: list("", cast<FieldList>(n)->list); break;
    case NodeKind::File: {
        auto* f = cast<File>(n);
        one("", f->pkgName);
        list("", f->decls);
        break;
    }
    }
}

void astChildren(const Node* n, std::vector<const Node*>& out) {
    forEachChild(n, [&](const char*, const Node* c) { out.push_back(c); });
}

namespace {

const char* litKindName(LitKind k) {
    switch (k) {
    case LitKind::Int: return "Int";
    case LitKind::Float: return "Float";
    case LitKind::Imag: return "Imag";
    case LitKind::Char: return "Char";
    case LitKind::String: return "String";
    }
    return "?";
}

// The node's own line (without indent and label).
std::string describe(const Node* n) {
    std::string s = nodeKindName(n->kind);
    auto add = [&](const std::string& a) { s += " " + a; };
    switch (n->kind) {
    case NodeKind::Ident: add(cast<Ident>(n)->name); break;
    case NodeKind::BasicLit: {
        auto* b = cast<BasicLit>(n);
        add(litKindName(b->litKind));
        add(b->raw);
        break;
    }
    case NodeKind::SelectorExpr: add("." + cast<SelectorExpr>(n)->sel->name); break;
    case NodeKind::SliceExpr:
        if (cast<SliceExpr>(n)->slice3) add("3-index");
        break;
    case NodeKind::TypeAssertExpr:
        if (!cast<TypeAssertExpr>(n)->assertType) add("(type)");
        break;
    case NodeKind::CallExpr:
        if (cast<CallExpr>(n)->hasDots()) add("...");
        break;
    case NodeKind::UnaryExpr: add(tokString(cast<UnaryExpr>(n)->op)); break;
    case NodeKind::BinaryExpr: add(tokString(cast<BinaryExpr>(n)->op)); break;
    case NodeKind::ChanType:
        switch (cast<ChanType>(n)->dir) {
        case ChanDir::Send: add("send"); break;
        case ChanDir::Recv: add("recv"); break;
        case ChanDir::Both: break;
        }
        break;
    case NodeKind::EmptyStmt:
        if (cast<EmptyStmt>(n)->implicit) add("implicit");
        break;
    case NodeKind::IncDecStmt: add(tokString(cast<IncDecStmt>(n)->tok)); break;
    case NodeKind::AssignStmt: add(tokString(cast<AssignStmt>(n)->tok)); break;
    case NodeKind::BranchStmt: add(tokString(cast<BranchStmt>(n)->tok)); break;
    case NodeKind::CaseClause:
        if (cast<CaseClause>(n)->isDefault) add("default");
        break;
    case NodeKind::CommClause:
        if (!cast<CommClause>(n)->comm) add("default");
        break;
    case NodeKind::RangeStmt:
        if (cast<RangeStmt>(n)->tok != Tok::None) add(tokString(cast<RangeStmt>(n)->tok));
        break;
    case NodeKind::ValueSpec: {
        auto* v = cast<ValueSpec>(n);
        add("iota=" + std::to_string(v->iota));
        if (v->implicitFrom) add("implicit");
        break;
    }
    case NodeKind::TypeSpec:
        if (cast<TypeSpec>(n)->isAlias()) add("alias");
        break;
    case NodeKind::GenDecl: {
        auto* g = cast<GenDecl>(n);
        add(tokString(g->tok));
        if (g->lparen.valid()) add("(group)");
        break;
    }
    case NodeKind::FuncDecl:
        if (!cast<FuncDecl>(n)->body) add("nobody");
        break;
    default: break;
    }
    return s;
}

}  // namespace

std::string dumpAst(const Node* root, const DumpOptions& opts) {
    struct Item {
        const Node* n;
        const char* label;
        int depth;
    };
    std::string out;
    std::vector<Item> stack{{root, "", 0}};
    std::vector<std::pair<const char*, const Node*>> kids;
    while (!stack.empty()) {
        Item it = stack.back();
        stack.pop_back();
        out.append(static_cast<size_t>(it.depth) * 2, ' ');
        if (*it.label) {
            out += it.label;
            out += ": ";
        }
        out += describe(it.n);
        if (opts.positions) {
            out += " @" + std::to_string(it.n->pos.line) + ":" + std::to_string(it.n->pos.col);
        }
        out += '\n';
        kids.clear();
        forEachChild(it.n, [&](const char* label, const Node* c) { kids.emplace_back(label, c); });
        for (size_t i = kids.size(); i-- > 0;) stack.push_back({kids[i].second, kids[i].first, it.depth + 1});
    }
    return out;
}

}  // namespace gomini::frontend
