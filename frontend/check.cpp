// check.cpp — the package checker's driver, error reporting, recording of
// results in the AST, scopes and usage checks (go/types check.go, errors.go,
// recording.go, the usage part of stmt.go, and the expression printer that
// cmd/compile/internal/syntax uses in messages).
//
// Order of work for one package (see check.h for the why):
//   collectObjects -> packageObjects -> delayed actions (function bodies, ...)
//   -> initOrder -> unusedImports -> recordUntyped.
//
// Error positions follow types2: an error "at" an expression is reported at
// the expression's START position (syntax.StartPos), except for the few node
// kinds whose gc position is not their first token: a slice expression
// reports at its '[', a key:value element at its ':' (startPos below).
#include "frontend/check.h"

#include <algorithm>

namespace gomini::frontend {

Checker::Checker(TypeContext& ctx, Diagnostics& diags, Package* pkg, CheckerConfig cfg)
    : ctx_(ctx), diags_(diags), pkg_(pkg), cfg_(std::move(cfg)) {}

Checker::~Checker() = default;

void Checker::checkFiles(const std::vector<File*>& files) {
    for (File* f : files) {
        if (!f) continue;
        if (f->pkgName) {
            if (pkg_->name.empty()) pkg_->name = f->pkgName->name;
            if (f->pkgName->name == "_") error(f->pkgName->pos, "invalid package name _");
            if (f->pkgName->name != pkg_->name && pkg_->name != "_") {
                error(f->pkgName->pos, "package " + f->pkgName->name + "; expected package " + pkg_->name);
                continue;
            }
        }
        files_.push_back(f);
        pkg_->files.push_back(f);
    }
    collectObjects();
    packageObjects();
    processDelayed(0);
    initOrder();
    unusedImports();
    recordUntyped();
    pkg_->complete = true;
}

// ---------------------------------------------------------------------------
// Errors

void Checker::error(Pos pos, std::string msg) {
    // Suppress follow-up errors that talk about invalid operands or types (types2 does the same).
    if (firstErr_ && (msg.find("invalid operand") != std::string::npos ||
                      msg.find("invalid type") != std::string::npos)) {
        return;
    }
    if (env_.errpos.valid()) pos = env_.errpos;
    firstErr_ = true;
    diags_.error(pos, std::move(msg));
}

void Checker::errorMulti(const std::vector<std::pair<Pos, std::string>>& parts) {
    if (parts.empty()) return;
    std::string msg = parts[0].second;
    for (size_t i = 1; i < parts.size(); i++) {
        msg += "\n\t";
        if (parts[i].first.valid() && cfg_.formatPos) msg += cfg_.formatPos(parts[i].first) + ": ";
        msg += parts[i].second;
    }
    error(parts[0].first, std::move(msg));
}

namespace {

// syntax.StartPos for our AST (see the file comment).
Pos startPos(const Node* n) {
    for (int guard = 0; n && guard < 1000000; guard++) {
        switch (n->kind) {
        case NodeKind::CompositeLit: {
            auto* c = cast<CompositeLit>(n);
            if (c->litType) {
                n = c->litType;
                continue;
            }
            return c->lbrace.valid() ? c->lbrace : c->pos;
        }
        case NodeKind::SelectorExpr:
            n = cast<SelectorExpr>(n)->x;
            continue;
        case NodeKind::IndexExpr:
            n = cast<IndexExpr>(n)->x;
            continue;
        case NodeKind::TypeAssertExpr:
            n = cast<TypeAssertExpr>(n)->x;
            continue;
        case NodeKind::BinaryExpr:
            n = cast<BinaryExpr>(n)->x;
            continue;
        case NodeKind::CallExpr:
            n = cast<CallExpr>(n)->fun;
            continue;
        case NodeKind::SliceExpr: {
            auto* s = cast<SliceExpr>(n);
            return s->lbrack.valid() ? s->lbrack : s->pos;
        }
        case NodeKind::KeyValueExpr: {
            auto* kv = cast<KeyValueExpr>(n);
            return kv->colon.valid() ? kv->colon : kv->pos;
        }
        case NodeKind::FuncType: {
            // syntax.FuncType's position is its '(' (the "func" keyword belongs to the enclosing node)
            auto* ft = cast<FuncType>(n);
            return ft->params && ft->params->open.valid() ? ft->params->open : ft->pos;
        }
        default:
            return n->pos;
        }
    }
    return Pos{};
}

}  // namespace

Pos Checker::posOf(const Node* n) const { return n ? startPos(n) : Pos{}; }

Pos Checker::nodePos(const Expr* e) { return syntaxPos(e); }

Pos Checker::posOf(const Operand& x) const { return x.expr ? startPos(x.expr) : Pos{}; }

void Checker::processDelayed(size_t top) {
    // Actions may queue more actions; process until the queue is drained back to top.
    for (size_t i = top; i < delayed_.size(); i++) {
        auto f = std::move(delayed_[i]);
        f();
    }
    if (delayed_.size() > top) delayed_.resize(top);
}

// ---------------------------------------------------------------------------
// Recording

namespace {

Mode toMode(OpMode m) {
    switch (m) {
    case OpMode::Invalid:
        return Mode::Invalid;
    case OpMode::NoValue:
        return Mode::NoValue;
    case OpMode::Builtin:
        return Mode::Builtin;
    case OpMode::TypeExpr:
        return Mode::TypeExpr;
    case OpMode::Constant:
        return Mode::Constant;
    case OpMode::Variable:
        return Mode::Variable;
    case OpMode::MapIndex:
        return Mode::MapIndex;
    case OpMode::Value:
    case OpMode::NilValue:
        return Mode::Value;
    case OpMode::CommaOk:
        return Mode::CommaOk;
    }
    return Mode::Invalid;
}

}  // namespace

void Checker::record(Operand& x) {
    Type* t = nullptr;
    const constant::Value* val = nullptr;
    switch (x.mode) {
    case OpMode::Invalid:
        t = invalidType();
        break;
    case OpMode::NoValue:
        t = nullptr;
        break;
    case OpMode::Constant:
        t = x.type;
        val = &x.val;
        break;
    default:
        t = x.type;
        break;
    }
    if (!x.expr) return;
    if (t && isUntyped(t)) {
        rememberUntyped(x.expr, false, x.mode, static_cast<Basic*>(t), x.val);
    }
    recordTypeAndValue(x.expr, x.mode, t, val);
}

void Checker::recordTypeAndValue(Expr* e, OpMode mode, Type* t, const constant::Value* val) {
    if (!e) return;
    if (mode == OpMode::Invalid) {
        e->mode = Mode::Invalid;
        e->type = t ? t : invalidType();
        e->value = nullptr;
        return;
    }
    e->mode = toMode(mode);
    e->type = t;
    e->value = (mode == OpMode::Constant && val) ? ctx_.internValue(*val) : nullptr;
}

void Checker::rememberUntyped(Expr* e, bool isLhs, OpMode mode, Basic* t, const constant::Value& val) {
    auto& info = untyped_[e];
    info.isLhs = isLhs;
    info.mode = mode;
    info.type = t;
    info.val = val;
}

void Checker::recordUntyped() {
    // Whatever is still untyped gets its default type (the value an untyped
    // expression has at run time); untyped nil stays as it is.
    for (auto& [e, info] : untyped_) {
        Type* t = info.type;
        if (t && isUntyped(t) && static_cast<Basic*>(t)->bkind != BasicKind::UntypedNil) t = defaultType(t);
        e->type = t;
    }
    untyped_.clear();
}

// ---------------------------------------------------------------------------
// Scopes

Object* Checker::lookup(const std::string& name) const {
    if (!env_.scope) return nullptr;
    return env_.scope->lookupParent(name, Pos{});
}

void Checker::openScope(Node* n, Pos pos, Pos end, const char* comment) {
    (void)n;
    env_.scope = ctx_.newScope(env_.scope, pos, end, comment);
}

void Checker::closeScope() { env_.scope = env_.scope->parent(); }

void Checker::usage(Scope* scope) {
    // Iterative walk over the scope tree (function literal scopes are handled by their own funcBody).
    std::vector<Scope*> work{scope};
    while (!work.empty()) {
        Scope* s = work.back();
        work.pop_back();
        std::vector<Var*> unused;
        for (Object* o : s->objects()) {
            if (auto* v = asObj<Var>(o); v && !v->used && v->name != "_") unused.push_back(v);
        }
        std::sort(unused.begin(), unused.end(), [](Var* a, Var* b) { return a->pos < b->pos; });
        for (Var* v : unused) softError(v->pos, "declared and not used: " + v->name);
        const auto& ch = s->children();
        for (auto it = ch.rbegin(); it != ch.rend(); ++it) {
            if (!(*it)->isFunc) work.push_back(*it);
        }
    }
}

void Checker::unusedImports() {
    for (PkgName* obj : imports_) {
        if (obj->used || obj->name == "_") continue;
        const std::string& path = obj->imported->path;
        std::string elem = path;
        if (auto i = elem.rfind('/'); i != std::string::npos) elem = elem.substr(i + 1);
        if (obj->name.empty() || obj->name == "." || obj->name == elem) {
            softError(obj->pos, "\"" + path + "\" imported and not used");
        } else {
            softError(obj->pos, "\"" + path + "\" imported as " + obj->name + " and not used");
        }
    }
}

// ---------------------------------------------------------------------------
// Printing expressions and operands as gc does in messages (syntax.String,
// ShortForm: function and composite literal bodies are shown as "…").

namespace {

void printExpr(std::string& out, const Expr* e);

void printParams(std::string& out, const FieldList* list) {
    out += '(';
    if (list) {
        bool first = true;
        for (const Field* f : list->list) {
            if (!first) out += ", ";
            first = false;
            if (!f->names.empty()) {
                for (size_t i = 0; i < f->names.size(); i++) {
                    if (i > 0) out += ", ";
                    out += f->names[i]->name;
                }
                out += ' ';
            }
            printExpr(out, unparen(f->type));
        }
    }
    out += ')';
}

void printSignature(std::string& out, const FuncType* ft) {
    printParams(out, ft->params);
    if (ft->results && !ft->results->list.empty()) {
        out += ' ';
        const auto& rl = ft->results->list;
        if (rl.size() == 1 && rl[0]->names.empty()) {
            printExpr(out, rl[0]->type);
        } else {
            printParams(out, ft->results);
        }
    }
}

void printExprList(std::string& out, const std::vector<Expr*>& list) {
    for (size_t i = 0; i < list.size(); i++) {
        if (i > 0) out += ", ";
        printExpr(out, list[i]);
    }
}

void printExpr(std::string& out, const Expr* e) {
    if (!e) return;
    switch (e->kind) {
    case NodeKind::BadExpr:
        out += "<bad expr>";
        break;
    case NodeKind::Ident:
        out += cast<Ident>(e)->name;
        break;
    case NodeKind::Ellipsis: {
        auto* el = cast<Ellipsis>(e);
        out += "...";
        printExpr(out, el->elt);
        break;
    }
    case NodeKind::BasicLit:
        out += cast<BasicLit>(e)->raw;
        break;
    case NodeKind::CompositeLit: {
        auto* c = cast<CompositeLit>(e);
        if (c->litType) printExpr(out, c->litType);
        out += c->elts.empty() ? "{}" : "{\xE2\x80\xA6}";
        break;
    }
    case NodeKind::FuncLit: {
        auto* f = cast<FuncLit>(e);
        out += "func";
        if (f->sig) printSignature(out, f->sig);
        out += ' ';
        out += (f->body && !f->body->list.empty()) ? "{\xE2\x80\xA6}" : "{}";
        break;
    }
    case NodeKind::ParenExpr:
        out += '(';
        printExpr(out, cast<ParenExpr>(e)->x);
        out += ')';
        break;
    case NodeKind::SelectorExpr: {
        auto* s = cast<SelectorExpr>(e);
        printExpr(out, s->x);
        out += '.';
        if (s->sel) out += s->sel->name;
        break;
    }
    case NodeKind::IndexExpr: {
        auto* ix = cast<IndexExpr>(e);
        printExpr(out, ix->x);
        out += '[';
        printExprList(out, ix->indices);
        out += ']';
        break;
    }
    case NodeKind::SliceExpr: {
        auto* s = cast<SliceExpr>(e);
        printExpr(out, s->x);
        out += '[';
        printExpr(out, s->lo);
        out += ':';
        printExpr(out, s->hi);
        if (s->slice3) {
            out += ':';
            printExpr(out, s->max);
        }
        out += ']';
        break;
    }
    case NodeKind::TypeAssertExpr: {
        auto* t = cast<TypeAssertExpr>(e);
        printExpr(out, t->x);
        out += ".(";
        if (t->assertType) {
            printExpr(out, t->assertType);
        } else {
            out += "type";
        }
        out += ')';
        break;
    }
    case NodeKind::CallExpr: {
        auto* c = cast<CallExpr>(e);
        printExpr(out, c->fun);
        out += '(';
        printExprList(out, c->args);
        if (c->hasDots()) out += "...";
        out += ')';
        break;
    }
    case NodeKind::StarExpr:
        out += '*';
        printExpr(out, cast<StarExpr>(e)->x);
        break;
    case NodeKind::UnaryExpr: {
        auto* u = cast<UnaryExpr>(e);
        out += tokString(u->op);
        printExpr(out, u->x);
        break;
    }
    case NodeKind::BinaryExpr: {
        auto* b = cast<BinaryExpr>(e);
        printExpr(out, b->x);
        out += ' ';
        out += tokString(b->op);
        out += ' ';
        printExpr(out, b->y);
        break;
    }
    case NodeKind::KeyValueExpr: {
        auto* kv = cast<KeyValueExpr>(e);
        printExpr(out, kv->key);
        out += ": ";
        printExpr(out, kv->value);
        break;
    }
    case NodeKind::ArrayType: {
        auto* a = cast<ArrayType>(e);
        out += '[';
        if (a->len) {
            if (is<Ellipsis>(a->len) && !cast<Ellipsis>(a->len)->elt) {
                out += "...";
            } else {
                printExpr(out, a->len);
            }
        }
        out += ']';
        printExpr(out, a->elt);
        break;
    }
    case NodeKind::StructType: {
        auto* s = cast<StructType>(e);
        out += "struct{";
        if (s->fields) {
            bool first = true;
            for (const Field* f : s->fields->list) {
                if (!first) out += "; ";
                first = false;
                for (size_t i = 0; i < f->names.size(); i++) {
                    if (i > 0) out += ", ";
                    out += f->names[i]->name;
                }
                if (!f->names.empty()) out += ' ';
                printExpr(out, f->type);
                if (f->tag) {
                    out += ' ';
                    out += f->tag->raw;
                }
            }
        }
        out += '}';
        break;
    }
    case NodeKind::FuncType:
        out += "func";
        printSignature(out, cast<FuncType>(e));
        break;
    case NodeKind::InterfaceType: {
        auto* it = cast<InterfaceType>(e);
        out += "interface{";
        if (it->methods) {
            bool first = true;
            for (const Field* f : it->methods->list) {
                if (!first) out += "; ";
                first = false;
                if (!f->names.empty()) {
                    out += f->names[0]->name;
                    if (auto* ft = as<FuncType>(f->type)) printSignature(out, ft);
                } else {
                    printExpr(out, f->type);
                }
            }
        }
        out += '}';
        break;
    }
    case NodeKind::MapType: {
        auto* m = cast<MapType>(e);
        out += "map[";
        printExpr(out, m->key);
        out += ']';
        printExpr(out, m->value);
        break;
    }
    case NodeKind::ChanType: {
        auto* c = cast<ChanType>(e);
        if (c->dir == ChanDir::Recv) out += "<-";
        out += "chan";
        if (c->dir == ChanDir::Send) out += "<-";
        out += ' ';
        auto* inner = as<ChanType>(c->value);
        if (c->dir == ChanDir::Both && inner && inner->dir == ChanDir::Recv) {
            out += '(';
            printExpr(out, c->value);
            out += ')';
        } else {
            printExpr(out, c->value);
        }
        break;
    }
    default:
        out += "<expr>";
        break;
    }
}

const char* modeString(OpMode m) {
    switch (m) {
    case OpMode::Invalid:
        return "invalid operand";
    case OpMode::NoValue:
        return "no value";
    case OpMode::Builtin:
        return "built-in";
    case OpMode::TypeExpr:
        return "type";
    case OpMode::Constant:
        return "constant";
    case OpMode::Variable:
        return "variable";
    case OpMode::MapIndex:
        return "map index expression";
    case OpMode::Value:
        return "value";
    case OpMode::NilValue:
        return "nil";
    case OpMode::CommaOk:
        return "comma, ok expression";
    }
    return "?";
}

}  // namespace

std::string Checker::exprString(const Expr* e) const {
    std::string out;
    printExpr(out, e);
    return out;
}

std::string Checker::operandString(const Operand& x) const {
    if (x.mode == OpMode::NilValue) {
        if (!x.type || !isValid(x.type)) return "nil (with invalid type)";
        if (isUntyped(x.type)) return "nil";
        return "nil (of type " + typeStr(x.type) + ")";
    }
    std::string buf;
    std::string expr;
    if (x.expr) {
        expr = exprString(x.expr);
    } else {
        switch (x.mode) {
        case OpMode::Builtin:
            expr = builtinName(x.id);
            break;
        case OpMode::TypeExpr:
            expr = typeStr(x.type);
            break;
        case OpMode::Constant:
            expr = x.val.toString();
            break;
        default:
            break;
        }
    }
    if (!expr.empty()) {
        buf += expr;
        buf += " (";
    }
    bool hasType = false;
    switch (x.mode) {
    case OpMode::Invalid:
    case OpMode::NoValue:
    case OpMode::Builtin:
    case OpMode::TypeExpr:
        break;
    default:
        if (x.type) {
            if (isUntyped(x.type)) {
                buf += static_cast<const Basic*>(x.type)->name;
                buf += ' ';
                break;
            }
            hasType = true;
        }
    }
    buf += modeString(x.mode);
    if (x.mode == OpMode::Constant) {
        std::string s = x.val.toString();
        if (s != expr) {
            buf += ' ';
            buf += s;
        }
    }
    if (hasType) {
        if (isValid(x.type)) {
            buf += " of type ";
            buf += typeStr(x.type);
        } else {
            buf += " with invalid type";
        }
    }
    if (!expr.empty()) buf += ')';
    return buf;
}

}  // namespace gomini::frontend
