// check_stmt.cpp — function bodies and statements, assignments and
// initializations (go/types stmt.go, assignments.go).
//
// A function body is checked in its own environment (the function's scope,
// signature and, for function literals inside constant declarations, iota).
// After the statements: the label/branch checks of flow.h, the "missing
// return" rule (isTerminating), and "declared and not used" for every block
// scope of the function (function literal scopes are reported by their own
// funcBody).
//
// Variables declared by a statement enter the scope only after the whole
// statement is checked (x := x refers to the outer x), exactly as the spec's
// scoping rules say; lookups therefore never need positions.
#include <algorithm>
#include <cstdio>

#include "frontend/check.h"
#include "frontend/flow.h"

namespace gomini::frontend {

namespace {

std::string measure(size_t n, const char* unit) {
    std::string s = std::to_string(n) + " " + unit;
    if (n != 1) s += "s";
    return s;
}

}  // namespace

void Checker::funcBody(DeclInfo* decl, const std::string& name, Signature* sig, BlockStmt* body, Scope* scope,
                       const std::optional<constant::Value>& iota) {
    (void)name;
    Env saved = std::move(env_);
    env_ = Env{};
    env_.decl = decl;
    env_.scope = scope;
    env_.iota = iota;
    env_.sig = sig;

    stmtList(0, body->list);
    if (cfg_.sources) checkLabels(body, *cfg_.sources, diags_);
    if (sig->results && !sig->results->vars.empty() && !isTerminating(body)) {
        error(body->rbrace.valid() ? body->rbrace : body->pos, "missing return");
    }
    usage(scope);

    env_ = std::move(saved);
}

void Checker::stmtList(uint32_t ctxt, const std::vector<Stmt*>& list) {
    bool ok = (ctxt & kFallthroughOk) != 0;
    uint32_t inner = ctxt & ~kFallthroughOk;
    size_t n = list.size();
    while (n > 0 && is<EmptyStmt>(list[n - 1])) n--;  // trailing empty statements are invisible to fallthrough
    for (size_t i = 0; i < n; i++) {
        uint32_t c = inner;
        if (ok && i + 1 == n) c |= kFallthroughOk;
        stmt(c, list[i]);
    }
}

void Checker::multipleDefaults(BlockStmt* body) {
    if (!body) return;
    Pos first;
    for (Stmt* s : body->list) {
        bool isDefault = false;
        if (auto* cc = as<CaseClause>(s)) isDefault = cc->isDefault || cc->list.empty();
        if (auto* cc = as<CommClause>(s)) isDefault = cc->comm == nullptr;
        if (!isDefault) continue;
        if (first.valid()) {
            error(s->pos, "multiple defaults (first at " + (cfg_.formatPos ? cfg_.formatPos(first) : std::string()) + ")");
        } else {
            first = s->pos;
        }
    }
}

void Checker::suspendedCall(const char* keyword, Expr* call) {
    if (!call) return;
    if (!is<CallExpr>(call)) {
        if (is<ParenExpr>(call) && is<CallExpr>(unparen(call))) {
            error(nodePos(call), std::string("expression in ") + keyword + " must not be parenthesized");
        } else {
            error(nodePos(call), std::string("expression in ") + keyword + " must be function call");
        }
        use(call);
        return;
    }
    Operand x;
    ExprKind kind = rawExpr(x, call, nullptr);
    std::string msg;
    switch (kind) {
    case ExprKind::Conversion:
        msg = "requires function call, not conversion";
        break;
    case ExprKind::Expression:
        msg = "discards result of";
        break;
    case ExprKind::Statement:
        return;
    }
    error(posOf(x), std::string(keyword) + " " + msg + " " + operandString(x));
}

void Checker::stmt(uint32_t ctxt, Stmt* s) {
    if (!s) return;
    size_t top = delayed_.size();
    uint32_t inner = ctxt & ~(kFallthroughOk | kFinalSwitchCase | kInTypeSwitch);

    switch (s->kind) {
    case NodeKind::EmptyStmt:
    case NodeKind::BadStmt:
        break;
    case NodeKind::DeclStmt:
        if (auto* d = cast<DeclStmt>(s)->decl) declStmt(d);
        break;
    case NodeKind::LabeledStmt: {
        auto* l = cast<LabeledStmt>(s);
        env_.hasLabel = true;
        stmt(ctxt, l->stmt);
        break;
    }
    case NodeKind::ExprStmt: {
        auto* es = cast<ExprStmt>(s);
        Operand x;
        ExprKind kind = rawExpr(x, es->x, nullptr);
        std::string msg;
        switch (x.mode) {
        case OpMode::Builtin:
            msg = "must be called";
            break;
        case OpMode::TypeExpr:
            msg = "is not an expression";
            break;
        default:
            if (kind == ExprKind::Statement) break;
            msg = "is not used";
            break;
        }
        if (!msg.empty()) error(posOf(x), operandString(x) + " " + msg);
        break;
    }
    case NodeKind::SendStmt: {
        auto* ss = cast<SendStmt>(s);
        Operand ch, val;
        expr(ch, ss->chan);
        expr(val, ss->value);
        if (ch.invalid() || val.invalid()) break;
        auto* u = tas<Chan>(under(ch.type));
        if (!u) {
            error(posOf(ss->chan), "invalid operation: cannot send to non-channel " + operandString(ch));
            break;
        }
        if (u->dir == ChanDir::Recv) {
            error(posOf(ss->chan), "invalid operation: cannot send to receive-only channel " + operandString(ch));
            break;
        }
        assignment(val, u->elem, "send");
        break;
    }
    case NodeKind::IncDecStmt: {
        auto* id = cast<IncDecStmt>(s);
        Operand x;
        expr(x, id->x);
        if (x.invalid()) break;
        if (!isNumeric(x.type)) {
            const char* op = id->tok == Tok::Inc ? "++" : "--";
            error(posOf(id->x), "invalid operation: " + exprString(id->x) + op + " (non-numeric type " +
                                    typeStr(x.type) + ")");
            break;
        }
        assignVar(id->x, x);
        break;
    }
    case NodeKind::AssignStmt: {
        auto* as = cast<AssignStmt>(s);
        switch (as->tok) {
        case Tok::Assign:
            assignVars(as->lhs, as->rhs);
            break;
        case Tok::Define:
            shortVarDecl(as->opPos.valid() ? as->opPos : as->pos, as->lhs, as->rhs);
            break;
        default: {
            if (as->lhs.size() != 1 || as->rhs.size() != 1) {
                error(as->lhs.empty() ? as->pos : posOf(as->lhs[0]),
                      std::string("assignment operation ") + tokString(as->tok) + " requires single-valued expressions");
                break;
            }
            Operand x;
            binary(x, nullptr, as->lhs[0], as->rhs[0], assignOpBase(as->tok), as->opPos);
            assignVar(as->lhs[0], x);
            break;
        }
        }
        break;
    }
    case NodeKind::GoStmt:
        suspendedCall("go", cast<GoStmt>(s)->call);
        break;
    case NodeKind::DeferStmt:
        suspendedCall("defer", cast<DeferStmt>(s)->call);
        break;
    case NodeKind::ReturnStmt: {
        auto* rs = cast<ReturnStmt>(s);
        Tuple* res = env_.sig ? env_.sig->results : nullptr;
        size_t nres = res ? res->vars.size() : 0;
        if (rs->results.empty() && nres > 0 && !res->vars[0]->name.empty()) {
            // A bare return with named results: they must not be shadowed.
            for (Var* obj : res->vars) {
                Object* alt = lookup(obj->name);
                if (alt && alt != obj) {
                    std::string desc = "var " + obj->name + " " + typeStr(obj->type);
                    errorMulti({{rs->pos, "result parameter " + obj->name + " not in scope at return"},
                                {alt->pos, "inner declaration of " + desc}});
                }
            }
        } else {
            static const std::vector<Var*> kNone;
            initVars(res ? res->vars : kNone, rs->results, rs);
        }
        break;
    }
    case NodeKind::BranchStmt: {
        // Branch validity is checked by checkLabels (flow.h).
        if (cast<BranchStmt>(s)->label) env_.hasLabel = true;
        break;
    }
    case NodeKind::BlockStmt: {
        auto* b = cast<BlockStmt>(s);
        openScope(b, b->pos, b->rbrace, "block");
        stmtList(inner, b->list);
        closeScope();
        break;
    }
    case NodeKind::IfStmt: {
        auto* is = cast<IfStmt>(s);
        openScope(is, is->pos, Pos{}, "if");
        simpleStmt(is->init);
        Operand x;
        if (is->cond) {
            expr(x, is->cond);
            if (!x.invalid() && !isBoolean(x.type)) error(posOf(is->cond), "non-boolean condition in if statement");
        }
        stmt(inner, is->body);
        if (is->elseStmt) stmt(inner, is->elseStmt);
        closeScope();
        break;
    }
    case NodeKind::SwitchStmt: {
        auto* ss = cast<SwitchStmt>(s);
        inner |= kBreakOk;
        openScope(ss, ss->pos, Pos{}, "switch");
        simpleStmt(ss->init);
        switchStmt(inner, ss);
        closeScope();
        break;
    }
    case NodeKind::TypeSwitchStmt: {
        auto* ts = cast<TypeSwitchStmt>(s);
        inner |= kBreakOk;
        openScope(ts, ts->pos, Pos{}, "switch");
        simpleStmt(ts->init);
        typeSwitchStmt(inner | kInTypeSwitch, ts);
        closeScope();
        break;
    }
    case NodeKind::SelectStmt:
        selectStmt(inner | kBreakOk, cast<SelectStmt>(s));
        break;
    case NodeKind::ForStmt: {
        auto* fs = cast<ForStmt>(s);
        inner |= kBreakOk | kContinueOk;
        openScope(fs, fs->pos, Pos{}, "for");
        simpleStmt(fs->init);
        if (fs->cond) {
            Operand x;
            expr(x, fs->cond);
            if (!x.invalid() && !isBoolean(x.type)) error(posOf(fs->cond), "non-boolean condition in for statement");
        }
        simpleStmt(fs->post);
        if (auto* post = as<AssignStmt>(fs->post); post && post->tok == Tok::Define) {
            for (Expr* l : post->lhs) use(l);
        }
        stmt(inner, fs->body);
        closeScope();
        break;
    }
    case NodeKind::RangeStmt:
        rangeStmt(inner | kBreakOk | kContinueOk, cast<RangeStmt>(s));
        break;
    default:
        error(s->pos, "invalid statement");
        break;
    }
    processDelayed(top);
}

// ---------------------------------------------------------------------------
// Assignments

void Checker::assignment(Operand& x, Type* T, const std::string& context) {
    singleValue(x);
    switch (x.mode) {
    case OpMode::Invalid:
        return;
    case OpMode::Constant:
    case OpMode::Variable:
    case OpMode::MapIndex:
    case OpMode::Value:
    case OpMode::NilValue:
    case OpMode::CommaOk:
        break;
    default:
        error(posOf(x), "cannot assign " + operandString(x) + " to " + (T ? typeStr(T) : std::string("_")) + " in " +
                            context);
        x.mode = OpMode::Invalid;
        return;
    }
    if (isUntyped(x.type)) {
        Type* target = T;
        if (x.isNil()) {
            if (!T) {
                error(posOf(x), "use of untyped nil in " + context);
                x.mode = OpMode::Invalid;
                return;
            }
        } else if (!T || isInterface(T)) {
            target = defaultType(x.type);
        }
        std::optional<constant::Value> v;
        ConvCode code;
        Type* newType = implicitTypeAndValue(x, target, &v, &code);
        if (code != ConvCode::Ok) {
            std::string msg = "cannot use " + operandString(x) + " as " + typeStr(target) + " value in " + context;
            if (code == ConvCode::TruncatedFloat) msg += " (truncated)";
            if (code == ConvCode::NumericOverflow) msg += " (overflows)";
            error(posOf(x), msg);
            x.mode = OpMode::Invalid;
            return;
        }
        if (v) {
            x.val = *v;
            updateExprVal(x.expr, *v);
        }
        if (newType && newType != x.type) {
            x.type = newType;
            updateExprType(x.expr, newType, false);
        }
    }
    if (!T) return;
    std::string reason;
    if (!assignableTo(x, T, &reason)) {
        std::string msg = "cannot use " + operandString(x) + " as " + typeStr(T) + " value in " + context;
        if (!reason.empty()) msg += ": " + reason;
        error(posOf(x), msg);
        x.mode = OpMode::Invalid;
    }
}

void Checker::initConst(Const* lhs, Operand& x) {
    if (x.invalid() || !isValid(x.type) || (lhs->type && !isValid(lhs->type))) {
        if (!lhs->type) lhs->type = invalidType();
        return;
    }
    if (x.mode != OpMode::Constant) {
        error(posOf(x), operandString(x) + " is not constant");
        if (!lhs->type) lhs->type = invalidType();
        return;
    }
    if (!lhs->type) lhs->type = x.type;
    assignment(x, lhs->type, "constant declaration");
    if (x.invalid()) return;
    lhs->val = x.val;
}

Type* Checker::initVar(Var* lhs, Operand& x, const std::string& context) {
    if (x.invalid() || !isValid(x.type) || (lhs->type && !isValid(lhs->type))) {
        if (!lhs->type) lhs->type = invalidType();
        lhs->used = true;
        return nullptr;
    }
    if (!lhs->type) {
        Type* t = x.type;
        if (isUntyped(t)) {
            if (static_cast<Basic*>(t)->bkind == BasicKind::UntypedNil) {
                error(posOf(x), "use of untyped nil in " + context);
                lhs->type = invalidType();
                lhs->used = true;
                return nullptr;
            }
            t = defaultType(t);
        }
        lhs->type = t;
    }
    assignment(x, lhs->type, context);
    if (x.invalid()) {
        lhs->used = true;
        return nullptr;
    }
    return x.type;
}

Type* Checker::assignVar(Expr* lhs, Operand& x) {
    Expr* ul = unparen(lhs);
    auto* ident = as<Ident>(ul);
    if (ident && ident->name == "_") {
        recordDef(ident, nullptr);
        assignment(x, nullptr, "assignment to _ identifier");
        return x.invalid() ? nullptr : x.type;
    }
    // An assignment to a variable is not a use of it.
    Var* v = nullptr;
    bool vUsed = false;
    if (ident) {
        if (auto* w = asObj<Var>(lookup(ident->name)); w && w->pkg == pkg_) {
            v = w;
            vUsed = w->used;
        }
    }
    Operand z;
    expr(z, lhs);
    if (v) v->used = vUsed;
    if (z.invalid() || !isValid(z.type)) {
        x.mode = OpMode::Invalid;
        return nullptr;
    }
    switch (z.mode) {
    case OpMode::Variable:
    case OpMode::MapIndex:
        break;
    default:
        if (auto* sel = as<SelectorExpr>(z.expr)) {
            Operand op;
            expr(op, sel->x);
            if (op.mode == OpMode::MapIndex) {
                error(posOf(z), "cannot assign to struct field " + exprString(z.expr) + " in map");
                x.mode = OpMode::Invalid;
                return nullptr;
            }
        }
        error(posOf(z), "cannot assign to " + exprString(z.expr) + " (neither addressable nor a map index expression)");
        x.mode = OpMode::Invalid;
        return nullptr;
    }
    assignment(x, z.type, "assignment");
    if (x.invalid()) return nullptr;
    return x.type;
}

void Checker::assignError(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals) {
    std::string vars = measure(nvars, "variable");
    std::string vals = measure(nvals, "value");
    Expr* rhs0 = rhs.empty() ? nullptr : rhs[0];
    if (rhs.size() == 1) {
        if (auto* call = as<CallExpr>(unparen(rhs0))) {
            error(posOf(rhs0), "assignment mismatch: " + vars + " but " + exprString(call->fun) + " returns " + vals);
            return;
        }
    }
    error(posOf(rhs0), "assignment mismatch: " + vars + " but " + vals);
}

void Checker::returnError(Pos at, const std::vector<Var*>& lhs, const std::vector<Operand>& rhs) {
    size_t l = lhs.size(), r = rhs.size();
    std::string qualifier = "not enough";
    if (r > l) {
        at = posOf(rhs[l]);
        qualifier = "too many";
    } else if (r > 0) {
        at = posOf(rhs[r - 1]);
    }
    std::vector<Type*> have, want;
    for (auto& x : rhs) have.push_back(x.type);
    for (Var* v : lhs) want.push_back(v->type);
    errorMulti({{at, qualifier + " return values"},
                {Pos{}, "have " + typesSummary(have, false)},
                {Pos{}, "want " + typesSummary(want, false)}});
}

void Checker::initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& origRhs, ReturnStmt* returnStmt) {
    std::vector<Operand> rhs;
    bool commaOk = false;
    exprList(origRhs, lhs.size() == 2 && !returnStmt, rhs, &commaOk);

    if (lhs.size() != rhs.size()) {
        for (Var* obj : lhs) {
            obj->used = true;  // avoid "declared and not used" errors
            if (!obj->type) obj->type = invalidType();
        }
        for (auto& x : rhs) {
            if (x.invalid()) return;
        }
        if (returnStmt) {
            returnError(returnStmt->pos, lhs, rhs);
            return;
        }
        assignError(origRhs, lhs.size(), rhs.size());
        return;
    }
    std::string context = returnStmt ? "return statement" : "assignment";
    if (commaOk) {
        initVar(lhs[0], rhs[0], context);
        initVar(lhs[1], rhs[1], context);
        return;
    }
    bool ok = true;
    for (size_t i = 0; i < lhs.size(); i++) {
        if (!initVar(lhs[i], rhs[i], context)) ok = false;
    }
    if (!ok) {
        for (Var* v : lhs) v->used = true;
    }
}

void Checker::assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& origRhs) {
    std::vector<Operand> rhs;
    bool commaOk = false;
    exprList(origRhs, lhs.size() == 2, rhs, &commaOk);

    if (lhs.size() != rhs.size()) {
        for (Expr* l : lhs) useLHS(l);
        for (auto& x : rhs) {
            if (x.invalid()) return;
        }
        assignError(origRhs, lhs.size(), rhs.size());
        return;
    }
    if (commaOk) {
        assignVar(lhs[0], rhs[0]);
        assignVar(lhs[1], rhs[1]);
        return;
    }
    bool ok = true;
    for (size_t i = 0; i < lhs.size(); i++) {
        if (!assignVar(lhs[i], rhs[i])) ok = false;
    }
    if (!ok) {
        for (Expr* l : lhs) {
            if (auto* id = as<Ident>(unparen(l))) {
                if (auto* v = asObj<Var>(lookup(id->name)); v && v->pkg == pkg_) v->used = true;
            }
        }
    }
}

void Checker::shortVarDecl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs) {
    size_t top = delayed_.size();
    Scope* scope = env_.scope;
    std::unordered_set<std::string> seen;
    std::vector<Var*> lhsVars(lhs.size(), nullptr);
    std::vector<Var*> newVars;
    bool hasErr = false;
    for (size_t i = 0; i < lhs.size(); i++) {
        Expr* l = lhs[i];
        auto* ident = as<Ident>(l);
        if (!ident) {
            useLHS(l);
            error(posOf(l), "non-name " + exprString(l) + " on left side of :=");
            hasErr = true;
            continue;
        }
        const std::string& name = ident->name;
        if (name != "_") {
            if (!seen.insert(name).second) {
                error(posOf(l), name + " repeated on left side of :=");
                hasErr = true;
                continue;
            }
        }
        if (Object* alt = scope->lookup(name)) {
            recordUse(ident, alt);
            if (auto* v = asObj<Var>(alt)) {
                lhsVars[i] = v;
            } else {
                error(posOf(l), "cannot assign to " + exprString(l));
                hasErr = true;
            }
            continue;
        }
        auto* obj = ctx_.newObject<Var>(name, nullptr, ident->pos, pkg_);
        lhsVars[i] = obj;
        if (name != "_") {
            newVars.push_back(obj);
            recordDef(ident, obj);
        }
    }
    for (size_t i = 0; i < lhsVars.size(); i++) {
        if (!lhsVars[i]) lhsVars[i] = ctx_.newObject<Var>("_", nullptr, lhs[i]->pos, pkg_);
    }
    initVars(lhsVars, rhs, nullptr);
    processDelayed(top);
    if (newVars.empty() && !hasErr) {
        softError(pos, "no new variables on left side of :=");
        return;
    }
    for (Var* obj : newVars) declare(scope, nullptr, obj);
}

// ---------------------------------------------------------------------------
// Switch, type switch, select, range

namespace {

// A key for duplicate detection of case values (gc only checks integer,
// floating-point and string constants).
std::optional<std::string> caseKey(const constant::Value& v) {
    switch (v.kind()) {
    case constant::Kind::Int: {
        auto [i, ok] = constant::int64Val(v);
        if (ok) return "i" + std::to_string(i);
        auto [u, uok] = constant::uint64Val(v);
        if (uok) return "u" + std::to_string(u);
        return std::nullopt;
    }
    case constant::Kind::Float: {
        auto [f, ok] = constant::float64Val(v);
        (void)ok;
        char buf[64];
        std::snprintf(buf, sizeof buf, "f%.17g", f);
        return std::string(buf);
    }
    case constant::Kind::String:
        return "s" + constant::stringVal(v);
    default:
        return std::nullopt;
    }
}

}  // namespace

void Checker::caseValues(Operand& x, const std::vector<Expr*>& values, CaseValueSeen& seen) {
    for (Expr* e : values) {
        Operand v;
        expr(v, e);
        if (x.invalid() || v.invalid()) continue;
        convertUntyped(v, x.type);
        if (v.invalid()) continue;
        Operand res = v;
        comparison(res, x, Tok::Eql, true);
        if (res.invalid()) continue;
        if (v.mode != OpMode::Constant) continue;
        auto key = caseKey(v.val);
        if (!key) continue;
        auto& list = seen[*key];
        bool dup = false;
        for (auto& [pos, t] : list) {
            if (identical(v.type, t)) {
                errorMulti({{posOf(v), "duplicate case " + operandString(v) + " in expression switch"},
                            {pos, "previous case"}});
                dup = true;
                break;
            }
        }
        if (!dup) list.push_back({posOf(v), v.type});
    }
}

void Checker::switchStmt(uint32_t inner, SwitchStmt* s) {
    Operand x;
    if (s->tag) {
        expr(x, s->tag);
        assignment(x, nullptr, "switch expression");
        if (!x.invalid() && !comparable(x.type) && !hasNil(x.type)) {
            error(posOf(x), "cannot switch on " + operandString(x) + " (" + typeStr(x.type) + " is not comparable)");
            x.mode = OpMode::Invalid;
        }
    } else {
        x.mode = OpMode::Constant;
        x.type = typ(BasicKind::Bool);
        x.val = constant::makeBool(true);
        Pos pos = s->body ? s->body->rbrace : s->pos;
        if (s->body && !s->body->list.empty()) pos = s->body->list[0]->pos;
        synthIdents_.push_back(std::make_unique<Ident>(pos, "true"));
        x.expr = synthIdents_.back().get();
    }
    multipleDefaults(s->body);
    if (!s->body) return;
    CaseValueSeen seen;
    const auto& clauses = s->body->list;
    for (size_t i = 0; i < clauses.size(); i++) {
        auto* clause = as<CaseClause>(clauses[i]);
        if (!clause) continue;
        uint32_t c = inner | (i + 1 < clauses.size() ? kFallthroughOk : kFinalSwitchCase);
        caseValues(x, clause->list, seen);
        openScope(clause, clause->pos, Pos{}, "case");
        stmtList(c, clause->body);
        closeScope();
    }
}

bool Checker::isNilExpr(Expr* e) {
    auto* id = as<Ident>(unparen(e));
    return id && isObj<Nil>(lookup(id->name));
}

Type* Checker::caseTypes(Operand* x, const std::vector<Expr*>& types, TypeCaseSeen& seen) {
    Type* T = nullptr;
    for (Expr* e : types) {
        if (isNilExpr(e)) {
            T = nullptr;
            Operand dummy;
            expr(dummy, e);
        } else {
            T = varType(e);
            if (!isValid(T)) continue;
        }
        bool dup = false;
        for (auto& [t, other] : seen) {
            if ((!T && !t) || (T && t && identical(T, t))) {
                std::string ts = T ? typeStr(T) : "nil";
                errorMulti({{posOf(e), "duplicate case " + ts + " in type switch"}, {posOf(other), "previous case"}});
                dup = true;
                break;
            }
        }
        if (dup) continue;
        seen.push_back({T, e});
        if (x && T) typeAssertion(e, *x, T, true);
    }
    if (types.size() != 1 || !T) T = x ? x->type : invalidType();
    return T;
}

void Checker::typeSwitchStmt(uint32_t inner, TypeSwitchStmt* s) {
    Ident* lhs = nullptr;
    TypeAssertExpr* guard = nullptr;
    if (auto* a = as<AssignStmt>(s->assign)) {
        if (!a->lhs.empty()) lhs = as<Ident>(a->lhs[0]);
        if (!a->rhs.empty()) guard = as<TypeAssertExpr>(a->rhs[0]);
    } else if (auto* es = as<ExprStmt>(s->assign)) {
        guard = as<TypeAssertExpr>(es->x);
    }
    if (lhs) {
        if (lhs->name == "_") {
            softError(lhs->pos, "no new variable on left side of :=");
            lhs = nullptr;
        } else {
            recordDef(lhs, nullptr);
        }
    }
    Operand x;
    Operand* sx = nullptr;
    if (guard && guard->x) {
        expr(x, guard->x);
        if (!x.invalid()) {
            if (isInterface(x.type)) {
                sx = &x;
            } else {
                error(posOf(x), operandString(x) + " is not an interface");
            }
        }
        recordTypeAndValue(guard, sx ? OpMode::Value : OpMode::Invalid, sx ? x.type : invalidType(), nullptr);
    }
    multipleDefaults(s->body);
    if (!s->body) return;
    std::vector<Var*> lhsVars;
    TypeCaseSeen seen;
    for (Stmt* st : s->body->list) {
        auto* clause = as<CaseClause>(st);
        if (!clause) continue;
        Type* T = caseTypes(sx, clause->list, seen);
        openScope(clause, clause->pos, Pos{}, "case");
        if (lhs) {
            auto* obj = ctx_.newObject<Var>(lhs->name, T, lhs->pos, pkg_);
            declare(env_.scope, nullptr, obj);
            clause->implicitObj = obj;
            lhsVars.push_back(obj);
        }
        stmtList(inner, clause->body);
        closeScope();
    }
    if (lhs) {
        bool used = false;
        for (Var* v : lhsVars) {
            if (v->used) used = true;
            v->used = true;  // avoid the usage error when checking the entire function
        }
        if (!used) softError(lhs->pos, "declared and not used: " + lhs->name);
    }
}

void Checker::selectStmt(uint32_t inner, SelectStmt* s) {
    multipleDefaults(s->body);
    if (!s->body) return;
    for (Stmt* st : s->body->list) {
        auto* clause = as<CommClause>(st);
        if (!clause) continue;
        bool valid = false;
        Expr* rhs = nullptr;
        Stmt* comm = clause->comm;
        if (!comm || is<SendStmt>(comm)) {
            valid = true;
        } else if (auto* a = as<AssignStmt>(comm)) {
            if (a->rhs.size() == 1) rhs = a->rhs[0];
        } else if (auto* es = as<ExprStmt>(comm)) {
            rhs = es->x;
        }
        if (rhs) {
            if (auto* u = as<UnaryExpr>(unparen(rhs)); u && u->op == Tok::Arrow) valid = true;
        }
        if (!valid) {
            Pos at = comm->pos;
            if (auto* a = as<AssignStmt>(comm); a && !a->lhs.empty()) at = posOf(a->lhs[0]);
            if (auto* es = as<ExprStmt>(comm)) at = nodePos(es->x);
            error(at, "select case must be send or receive (possibly with assignment)");
            continue;
        }
        openScope(clause, clause->pos, Pos{}, "case");
        if (comm) stmt(inner, comm);
        stmtList(inner, clause->body);
        closeScope();
    }
}

void Checker::rangeStmt(uint32_t inner, RangeStmt* s) {
    Expr* sKey = s->key;
    Expr* sValue = s->value;
    Operand x;
    expr(x, s->x);

    Type* key = nullptr;
    Type* val = nullptr;
    bool rangeOverInt = false;
    if (!x.invalid()) {
        Type* u = under(x.type);
        if (auto* p = tas<Pointer>(u)) {
            if (auto* a = tas<Array>(under(p->base))) u = a;
        }
        std::string cause;
        bool ok = false;
        bool oneVar = false;
        switch (u->kind) {
        case TypeKind::Basic:
            if (isString(u)) {
                key = typ(BasicKind::Int);
                val = universeRune();
                ok = true;
            } else if (isInteger(u)) {
                if (!allowVersion(22)) {
                    cause = "requires go1.22 or later";
                } else {
                    key = x.type;
                    ok = true;
                    oneVar = true;
                    rangeOverInt = true;
                }
            }
            break;
        case TypeKind::Array:
            key = typ(BasicKind::Int);
            val = static_cast<Array*>(u)->elem;
            ok = true;
            break;
        case TypeKind::Slice:
            key = typ(BasicKind::Int);
            val = static_cast<Slice*>(u)->elem;
            ok = true;
            break;
        case TypeKind::Map:
            key = static_cast<Map*>(u)->key;
            val = static_cast<Map*>(u)->elem;
            ok = true;
            break;
        case TypeKind::Chan: {
            auto* c = static_cast<Chan*>(u);
            if (c->dir == ChanDir::Send) {
                cause = "receive from send-only channel";
            } else {
                key = c->elem;
                ok = true;
                oneVar = true;
            }
            break;
        }
        default:
            break;
        }
        if (!ok) {
            key = val = nullptr;
            if (!cause.empty()) {
                softError(posOf(x), "cannot range over " + operandString(x) + ": " + cause);
            } else {
                softError(posOf(x), "cannot range over " + operandString(x));
            }
        } else if (oneVar && sValue) {
            softError(posOf(sValue), "range over " + operandString(x) + " permits only one iteration variable");
        }
    }

    openScope(s, s->pos, Pos{}, "range");
    Expr* lhs[2] = {sKey, sValue};
    Type* rhs[2] = {key, val};
    if (s->tok == Tok::Define) {
        std::vector<Var*> vars;
        for (int i = 0; i < 2; i++) {
            Expr* l = lhs[i];
            if (!l) continue;
            Var* obj = nullptr;
            if (auto* ident = as<Ident>(l)) {
                obj = ctx_.newObject<Var>(ident->name, nullptr, ident->pos, pkg_);
                if (ident->name != "_") {
                    recordDef(ident, obj);
                    vars.push_back(obj);
                }
            } else {
                error(posOf(l), "non-name " + exprString(l) + " on left side of :=");
                use(l);
                obj = ctx_.newObject<Var>("_", nullptr, l->pos, pkg_);
            }
            Type* t = rhs[i];
            if (!t || !isValid(t)) {
                obj->type = invalidType();
                obj->used = true;
                continue;
            }
            if (rangeOverInt) {
                initVar(obj, x, "range clause");
            } else {
                Operand y;
                y.mode = OpMode::Value;
                y.expr = l;
                y.type = t;
                initVar(obj, y, "assignment");
            }
            if (auto* ident = as<Ident>(l)) recordTypeAndValue(ident, OpMode::Variable, obj->type, nullptr);
        }
        if (!vars.empty()) {
            for (Var* obj : vars) declare(env_.scope, nullptr, obj);
        } else {
            error(s->pos, "no new variables on left side of :=");
        }
    } else if (sKey) {
        for (int i = 0; i < 2; i++) {
            Expr* l = lhs[i];
            if (!l) continue;
            Type* t = rhs[i];
            if (!t || !isValid(t)) continue;
            if (rangeOverInt) {
                assignVar(l, x);
                if (!x.invalid() && !isInteger(x.type)) {
                    softError(posOf(l), "cannot use iteration variable of type " + typeStr(x.type));
                }
            } else {
                Operand y;
                y.mode = OpMode::Value;
                y.expr = l;
                y.type = t;
                assignVar(l, y);
            }
        }
    } else if (rangeOverInt) {
        assignment(x, nullptr, "range clause");
    }
    stmt(inner, s->body);
    closeScope();
}

}  // namespace gomini::frontend
