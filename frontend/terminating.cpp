// terminating.cpp — the spec's terminating statements (go/types return.go).
//
// The checker reports "missing return" at the closing brace of a function
// with results whose body is not terminating. A `for` with a range clause is
// never terminating (go.dev/issue/49003). A break counts against a loop,
// switch or select when it is unlabeled and directly inside it ("implicit"),
// or when it names the statement's label.
//
// Recursion follows statement nesting, which the parser bounds
// (kMaxNestingDepth); kMaxDepth is a second guard.
#include "frontend/flow.h"
#include "frontend/objects.h"

namespace gomini::frontend {

namespace {

constexpr int kMaxDepth = 10000;

bool hasBreak(const Stmt* s, const std::string& label, bool implicit, int depth);

bool hasBreakList(const std::vector<Stmt*>& list, const std::string& label, bool implicit, int depth) {
    for (const Stmt* s : list)
        if (hasBreak(s, label, implicit, depth)) return true;
    return false;
}

bool hasBreakClauses(const BlockStmt* body, const std::string& label, int depth) {
    if (!body) return false;
    for (const Stmt* c : body->list) {
        if (auto* cc = as<CaseClause>(c)) {
            if (hasBreakList(cc->body, label, false, depth)) return true;
        } else if (auto* comm = as<CommClause>(c)) {
            if (hasBreakList(comm->body, label, false, depth)) return true;
        }
    }
    return false;
}

// hasBreak: s is or contains a break of the statement labeled `label`, or
// (implicit) an unlabeled break of the closest enclosing breakable statement.
bool hasBreak(const Stmt* s, const std::string& label, bool implicit, int depth) {
    if (!s || ++depth > kMaxDepth) return false;
    switch (s->kind) {
    case NodeKind::LabeledStmt:
        return hasBreak(cast<LabeledStmt>(s)->stmt, label, implicit, depth);
    case NodeKind::BranchStmt: {
        auto* b = cast<BranchStmt>(s);
        if (b->tok != Tok::Break) return false;
        if (!b->label) return implicit;
        return !label.empty() && b->label->name == label;
    }
    case NodeKind::BlockStmt:
        return hasBreakList(cast<BlockStmt>(s)->list, label, implicit, depth);
    case NodeKind::IfStmt: {
        auto* i = cast<IfStmt>(s);
        return hasBreak(i->body, label, implicit, depth) ||
               (i->elseStmt && hasBreak(i->elseStmt, label, implicit, depth));
    }
    case NodeKind::SwitchStmt:
        return !label.empty() && hasBreakClauses(cast<SwitchStmt>(s)->body, label, depth);
    case NodeKind::TypeSwitchStmt:
        return !label.empty() && hasBreakClauses(cast<TypeSwitchStmt>(s)->body, label, depth);
    case NodeKind::SelectStmt:
        return !label.empty() && hasBreakClauses(cast<SelectStmt>(s)->body, label, depth);
    case NodeKind::ForStmt:
        return !label.empty() && hasBreak(cast<ForStmt>(s)->body, label, false, depth);
    case NodeKind::RangeStmt:
        return !label.empty() && hasBreak(cast<RangeStmt>(s)->body, label, false, depth);
    default:
        return false;
    }
}

bool isTerminatingImpl(const Stmt* s, const std::string& label, int depth);

bool isTerminatingListImpl(const std::vector<Stmt*>& list, const std::string& label, int depth) {
    // Trailing empty statements are permitted: skip them.
    for (size_t i = list.size(); i-- > 0;)
        if (!is<EmptyStmt>(list[i])) return isTerminatingImpl(list[i], label, depth);
    return false;
}

bool isPanicCall(const Expr* e) {
    auto* call = as<CallExpr>(unparen(const_cast<Expr*>(e)));
    if (!call) return false;
    auto* id = as<Ident>(unparen(call->fun));
    auto* b = id ? asObj<Builtin>(id->obj) : nullptr;
    return b && b->id == BuiltinId::Panic;
}

bool isTerminatingClauses(const BlockStmt* body, const std::string& label, bool needDefault, int depth) {
    bool hasDefault = false;
    if (body) {
        for (const Stmt* c : body->list) {
            const std::vector<Stmt*>* list = nullptr;
            if (auto* cc = as<CaseClause>(c)) {
                if (cc->isDefault) hasDefault = true;
                list = &cc->body;
            } else if (auto* comm = as<CommClause>(c)) {
                list = &comm->body;
            } else {
                continue;
            }
            if (!isTerminatingListImpl(*list, "", depth) || hasBreakList(*list, label, true, depth)) return false;
        }
    }
    return !needDefault || hasDefault;
}

bool isTerminatingImpl(const Stmt* s, const std::string& label, int depth) {
    if (!s || ++depth > kMaxDepth) return false;
    switch (s->kind) {
    case NodeKind::LabeledStmt: {
        auto* l = cast<LabeledStmt>(s);
        return isTerminatingImpl(l->stmt, l->label ? l->label->name : "", depth);
    }
    case NodeKind::ExprStmt:
        return isPanicCall(cast<ExprStmt>(s)->x);
    case NodeKind::ReturnStmt:
        return true;
    case NodeKind::BranchStmt: {
        Tok t = cast<BranchStmt>(s)->tok;
        return t == Tok::Goto || t == Tok::Fallthrough;
    }
    case NodeKind::BlockStmt:
        return isTerminatingListImpl(cast<BlockStmt>(s)->list, "", depth);
    case NodeKind::IfStmt: {
        auto* i = cast<IfStmt>(s);
        return i->elseStmt && isTerminatingImpl(i->body, "", depth) && isTerminatingImpl(i->elseStmt, "", depth);
    }
    case NodeKind::SwitchStmt:
        return isTerminatingClauses(cast<SwitchStmt>(s)->body, label, true, depth);
    case NodeKind::TypeSwitchStmt:
        return isTerminatingClauses(cast<TypeSwitchStmt>(s)->body, label, true, depth);
    case NodeKind::SelectStmt:
        return isTerminatingClauses(cast<SelectStmt>(s)->body, label, false, depth);
    case NodeKind::ForStmt: {
        auto* f = cast<ForStmt>(s);
        return !f->cond && !hasBreak(f->body, label, true, depth);
    }
    default:  // declarations, simple statements, go, defer, range loops
        return false;
    }
}

}  // namespace

bool isTerminating(const Stmt* s, const std::string& label) { return isTerminatingImpl(s, label, 0); }

bool isTerminatingList(const std::vector<Stmt*>& list, const std::string& label) {
    return isTerminatingListImpl(list, label, 0);
}

}  // namespace gomini::frontend
