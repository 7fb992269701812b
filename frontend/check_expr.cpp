// check_expr.cpp — expressions (go/types expr.go, index.go, the selector
// part of call.go, and the untyped-operand machinery).
//
// Every expression goes through rawExpr, which dispatches on the node kind
// (exprInternal) and records the result in the AST. The Operand's mode says
// what the expression is (a type, a constant, an addressable variable, a map
// index, a value, ...); an Invalid operand means an error was reported and
// must not be reported again by the caller.
//
// Untyped operands: binary operations first convert an untyped operand to
// the type of the other (matchTypes); when both stay untyped the result is
// untyped too, and its final type is fixed later by the context
// (assignment, conversion, comparison), which calls updateExprType to push
// the type down the expression tree. Constant operands are checked for
// representability at that point ("cannot use 300 (untyped int constant) as
// int8 value in assignment (overflows)"); typed constant arithmetic is checked
// immediately ("c * 10 (constant 1000 of type int8) overflows int8").
#include <algorithm>

#include "frontend/check.h"

namespace gomini::frontend {

namespace {

const char* kInvalidOp = "invalid operation: ";
const char* kInvalidArg = "invalid argument: ";

bool isComparisonOp(Tok op) {
    switch (op) {
    case Tok::Eql:
    case Tok::Neq:
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
        return true;
    default:
        return false;
    }
}

bool isShiftOp(Tok op) { return op == Tok::Shl || op == Tok::Shr; }

bool isInterfacePtr(Type* t) {
    auto* p = tas<Pointer>(under(t));
    return p && isInterface(p->base);
}

// Size in bits of an unsigned integer type, for ^x.
unsigned unsignedBits(Type* t) {
    auto* b = tas<Basic>(under(t));
    if (!b) return 0;
    switch (b->bkind) {
    case BasicKind::Uint8:
        return 8;
    case BasicKind::Uint16:
        return 16;
    case BasicKind::Uint32:
        return 32;
    case BasicKind::Uint:
    case BasicKind::Uint64:
    case BasicKind::Uintptr:
        return 64;
    default:
        return 0;
    }
}

// The position of the operator of x's expression (go/types opPos).
Pos opPosOf(Expr* e) {
    if (auto* b = as<BinaryExpr>(e)) return b->opPos.valid() ? b->opPos : b->pos;
    if (auto* u = as<UnaryExpr>(e)) return u->pos;
    return e ? e->pos : Pos{};
}

const char* opName(Expr* e) {
    if (auto* b = as<BinaryExpr>(e)) {
        switch (b->op) {
        case Tok::Add:
            return "addition";
        case Tok::Sub:
            return "subtraction";
        case Tok::Xor:
            return "bitwise XOR";
        case Tok::Mul:
            return "multiplication";
        case Tok::Shl:
            return "shift";
        default:
            return "";
        }
    }
    if (auto* u = as<UnaryExpr>(e); u && u->op == Tok::Xor) return "bitwise complement";
    return "";
}

bool interfaceIsEmpty(Interface* it) {
    completeInterface(it);
    return it->allMethods.empty() && !it->isComparableConstraint;
}

// A key identifying a constant value for duplicate detection (go/types keyVal):
// complex values with zero imaginary part and integral floats compare as integers.
std::string constKey(const constant::Value& v0) {
    constant::Value v = v0;
    if (v.kind() == constant::Kind::Complex && constant::sign(constant::imag(v)) == 0) v = constant::real(v);
    if (v.kind() == constant::Kind::Float && constant::isInteger(v)) v = constant::toInt(v);
    return std::to_string(static_cast<int>(v.kind())) + ":" + v.exactString();
}

}  // namespace

// ---------------------------------------------------------------------------
// Entry points

ExprKind Checker::rawExpr(Operand& x, Expr* e, Type* hint) {
    ExprKind kind = exprInternal(x, e, hint);
    record(x);
    return kind;
}

void Checker::exclude(Operand& x, uint32_t modeset) {
    if ((modeset & (1u << static_cast<unsigned>(x.mode))) == 0) return;
    std::string msg;
    switch (x.mode) {
    case OpMode::NoValue:
        if (modeset & (1u << static_cast<unsigned>(OpMode::TypeExpr))) {
            msg = operandString(x) + " used as value";
        } else {
            msg = operandString(x) + " used as value or type";
        }
        break;
    case OpMode::Builtin:
        msg = operandString(x) + " must be called";
        break;
    case OpMode::TypeExpr:
        msg = operandString(x) + " is not an expression";
        break;
    default:
        return;
    }
    error(posOf(x), msg);
    x.mode = OpMode::Invalid;
}

void Checker::singleValue(Operand& x) {
    if (x.mode == OpMode::Value && isa<Tuple>(x.type)) {
        error(posOf(x), "multiple-value " + operandString(x) + " in single-value context");
        x.mode = OpMode::Invalid;
    }
}

namespace {
constexpr uint32_t bit(OpMode m) { return 1u << static_cast<unsigned>(m); }
}  // namespace

void Checker::expr(Operand& x, Expr* e) {
    rawExpr(x, e, nullptr);
    exclude(x, bit(OpMode::NoValue) | bit(OpMode::Builtin) | bit(OpMode::TypeExpr));
    singleValue(x);
}

void Checker::multiExpr(Operand& x, Expr* e) {
    rawExpr(x, e, nullptr);
    exclude(x, bit(OpMode::NoValue) | bit(OpMode::Builtin) | bit(OpMode::TypeExpr));
}

void Checker::exprWithHint(Operand& x, Expr* e, Type* hint) {
    rawExpr(x, e, hint);
    exclude(x, bit(OpMode::NoValue) | bit(OpMode::Builtin) | bit(OpMode::TypeExpr));
    singleValue(x);
}

void Checker::exprOrType(Operand& x, Expr* e) {
    rawExpr(x, e, nullptr);
    exclude(x, bit(OpMode::NoValue));
    singleValue(x);
}

void Checker::use(Expr* e) {
    if (!e) return;
    if (auto* id = as<Ident>(e); id && id->name == "_") return;
    Operand x;
    rawExpr(x, e, nullptr);
}

void Checker::useLHS(Expr* e) {
    if (!e) return;
    if (auto* id = as<Ident>(unparen(e))) {
        if (id->name == "_") return;
        if (auto* v = asObj<Var>(lookup(id->name)); v && v->pkg == pkg_) {
            bool used = v->used;
            Operand x;
            rawExpr(x, e, nullptr);
            v->used = used;
            return;
        }
    }
    use(e);
}

ExprKind Checker::exprInternal(Operand& x, Expr* e, Type* hint) {
    x.mode = OpMode::Invalid;
    x.type = invalidType();
    x.val = constant::Value();
    x.expr = e;

    switch (e->kind) {
    case NodeKind::BadExpr:
        goto Error;
    case NodeKind::Ident:
        ident(x, cast<Ident>(e), nullptr, false);
        break;
    case NodeKind::Ellipsis:
        error(e->pos, "invalid use of '...'");
        goto Error;
    case NodeKind::BasicLit:
        basicLit(x, cast<BasicLit>(e));
        if (x.invalid()) goto Error;
        break;
    case NodeKind::FuncLit:
        funcLit(x, cast<FuncLit>(e));
        if (x.invalid()) goto Error;
        break;
    case NodeKind::CompositeLit:
        compositeLit(x, cast<CompositeLit>(e), hint);
        if (x.invalid()) goto Error;
        break;
    case NodeKind::ParenExpr: {
        ExprKind kind = rawExpr(x, cast<ParenExpr>(e)->x, nullptr);
        x.expr = e;
        return kind;
    }
    case NodeKind::SelectorExpr:
        selector(x, cast<SelectorExpr>(e), nullptr);
        break;
    case NodeKind::IndexExpr:
        indexExpr(x, cast<IndexExpr>(e));
        if (x.invalid()) goto Error;
        break;
    case NodeKind::SliceExpr:
        sliceExpr(x, cast<SliceExpr>(e));
        if (x.invalid()) goto Error;
        break;
    case NodeKind::TypeAssertExpr: {
        auto* ta = cast<TypeAssertExpr>(e);
        expr(x, ta->x);
        if (x.invalid()) goto Error;
        if (!isInterface(x.type)) {
            error(posOf(x), std::string(kInvalidOp) + operandString(x) + " is not an interface");
            goto Error;
        }
        if (!ta->assertType) {
            error(ta->dot.valid() ? ta->dot : e->pos, "use of .(type) outside type switch");
            goto Error;
        }
        Type* T = varType(ta->assertType);
        if (!isValid(T)) goto Error;
        typeAssertion(e, x, T, false);
        x.mode = OpMode::CommaOk;
        x.type = T;
        break;
    }
    case NodeKind::CallExpr:
        return callExpr(x, cast<CallExpr>(e));
    case NodeKind::StarExpr:
        starExpr(x, cast<StarExpr>(e));
        if (x.invalid()) goto Error;
        break;
    case NodeKind::UnaryExpr: {
        auto* u = cast<UnaryExpr>(e);
        unary(x, u);
        if (x.invalid()) goto Error;
        if (u->op == Tok::Arrow) {
            x.expr = e;
            return ExprKind::Statement;  // receive operations may appear in statement context
        }
        break;
    }
    case NodeKind::BinaryExpr: {
        auto* b = cast<BinaryExpr>(e);
        binary(x, e, b->x, b->y, b->op, b->opPos);
        if (x.invalid()) goto Error;
        break;
    }
    case NodeKind::KeyValueExpr:
        error(posOf(e), "unexpected key:value expression");
        goto Error;
    case NodeKind::ArrayType:
    case NodeKind::StructType:
    case NodeKind::FuncType:
    case NodeKind::InterfaceType:
    case NodeKind::MapType:
    case NodeKind::ChanType:
        x.type = typExpr(e);
        x.mode = isValid(x.type) ? OpMode::TypeExpr : OpMode::Invalid;
        break;
    default:
        error(posOf(e), "unexpected expression " + exprString(e));
        goto Error;
    }
    x.expr = e;
    return ExprKind::Expression;

Error:
    x.mode = OpMode::Invalid;
    x.expr = e;
    return ExprKind::Statement;
}

// ---------------------------------------------------------------------------
// Identifiers and literals

void Checker::ident(Operand& x, Ident* e, Named* def, bool wantType) {
    x.mode = OpMode::Invalid;
    x.expr = e;
    x.type = invalidType();
    Object* obj = env_.scope ? env_.scope->lookupParent(e->name, Pos{}) : nullptr;
    if (!obj) {
        if (e->name == "_") {
            error(e->pos, "cannot use _ as value");
        } else {
            error(e->pos, "undefined: " + e->name);
        }
        return;
    }
    recordUse(e, obj);
    Type* typ = obj->type;
    if (!typ || (isObj<TypeName>(obj) && wantType)) {
        objDecl(obj, def);
        typ = obj->type;
    }
    if (auto it = dotImported_.find(obj); it != dotImported_.end()) it->second->used = true;

    switch (obj->kind) {
    case ObjKind::PkgName:
        error(e->pos, "use of package " + obj->name + " not in selector");
        return;
    case ObjKind::Const: {
        addDeclDep(obj);
        if (!isValid(typ)) return;
        if (obj == ctx_.universeIota()) {
            if (!env_.iota) {
                error(e->pos, "cannot use iota outside constant declaration");
                return;
            }
            x.val = *env_.iota;
        } else {
            x.val = static_cast<Const*>(obj)->val;
        }
        x.mode = OpMode::Constant;
        break;
    }
    case ObjKind::TypeName:
        x.mode = OpMode::TypeExpr;
        break;
    case ObjKind::Var:
        if (obj->pkg == pkg_) static_cast<Var*>(obj)->used = true;
        addDeclDep(obj);
        if (!isValid(typ)) return;
        x.mode = OpMode::Variable;
        break;
    case ObjKind::Func:
        addDeclDep(obj);
        x.mode = OpMode::Value;
        break;
    case ObjKind::Builtin: {
        auto id = static_cast<Builtin*>(obj)->id;
        x.id = id;
        x.mode = OpMode::Builtin;
        break;
    }
    case ObjKind::Nil:
        x.mode = OpMode::NilValue;
        break;
    default:
        return;
    }
    x.type = typ;
}

void Checker::basicLit(Operand& x, BasicLit* e) {
    BasicKind kind = BasicKind::UntypedInt;
    switch (e->litKind) {
    case LitKind::Int:
        kind = BasicKind::UntypedInt;
        break;
    case LitKind::Float:
        kind = BasicKind::UntypedFloat;
        break;
    case LitKind::Imag:
        kind = BasicKind::UntypedComplex;
        break;
    case LitKind::Char:
        kind = BasicKind::UntypedRune;
        break;
    case LitKind::String:
        kind = BasicKind::UntypedString;
        break;
    }
    if (e->litKind != LitKind::String && e->litKind != LitKind::Char && e->raw.size() > 10000) {
        error(e->pos, "excessively long constant: " + e->raw.substr(0, 10) + "... (" + std::to_string(e->raw.size()) +
                          " chars)");
        x.mode = OpMode::Invalid;
        return;
    }
    std::string err;
    constant::Value v = constant::makeFromLiteral(e->raw, e->litKind, &err);
    if (v.isUnknown()) {
        error(e->pos, err.empty() ? "malformed constant: " + e->raw : err);
        x.mode = OpMode::Invalid;
        return;
    }
    x.mode = OpMode::Constant;
    x.type = typ(kind);
    x.val = std::move(v);
}

void Checker::funcLit(Operand& x, FuncLit* e) {
    Type* t = e->sig ? typExpr(e->sig) : invalidType();
    auto* sig = tas<Signature>(t);
    if (!sig) {
        x.mode = OpMode::Invalid;
        return;
    }
    if (e->body) {
        Scope* scope = funcScopes_.count(sig) ? funcScopes_[sig] : nullptr;
        if (scope) funcBody(env_.decl, "<function literal>", sig, e->body, scope, env_.iota);
    }
    x.mode = OpMode::Value;
    x.type = sig;
}

// ---------------------------------------------------------------------------
// Composite literals

void Checker::compositeLit(Operand& x, CompositeLit* e, Type* hint) {
    Type* typ = nullptr;
    Type* base = nullptr;
    Array* openArray = nullptr;
    if (e->litType) {
        auto* at = as<ArrayType>(e->litType);
        if (at && at->len && is<Ellipsis>(at->len) && !cast<Ellipsis>(at->len)->elt) {
            // [...]T: the length is the number of elements.
            openArray = ctx_.newType<Array>(varType(at->elt), -1);
            typ = openArray;
        } else {
            typ = typExpr(e->litType);
        }
        base = typ;
    } else if (hint) {
        typ = hint;
        base = hint;
        if (auto* p = tas<Pointer>(under(typ))) base = p->base;  // *T implies &T{}
    } else {
        error(posOf(e), "missing type in composite literal");
        x.mode = OpMode::Invalid;
        return;
    }

    Type* u = under(base);
    switch (u->kind) {
    case TypeKind::Struct: {
        auto* st = static_cast<Struct*>(u);
        if (e->elts.empty()) break;
        const auto& fields = st->fields;
        if (is<KeyValueExpr>(e->elts[0])) {
            std::vector<bool> visited(fields.size(), false);
            for (Expr* el : e->elts) {
                auto* kv = as<KeyValueExpr>(el);
                if (!kv) {
                    error(posOf(el), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                auto* key = as<Ident>(kv->key);
                Operand v;
                expr(v, kv->value);
                if (!key) {
                    error(posOf(kv), "invalid field name " + exprString(kv->key) + " in struct literal");
                    continue;
                }
                int idx = -1;
                for (size_t i = 0; i < fields.size(); i++) {
                    Var* f = fields[i];
                    if (f->name == key->name && (f->exported() || f->pkg == pkg_)) {
                        idx = static_cast<int>(i);
                        break;
                    }
                }
                if (idx < 0) {
                    error(key->pos, "unknown field " + key->name + " in struct literal of type " + typeStr(base));
                    continue;
                }
                Var* fld = fields[idx];
                recordUse(key, fld);
                recordTypeAndValue(key, OpMode::Variable, fld->type, nullptr);
                assignment(v, fld->type, "struct literal");
                if (visited[idx]) {
                    error(posOf(kv), "duplicate field name " + key->name + " in struct literal");
                    continue;
                }
                visited[idx] = true;
            }
        } else {
            for (size_t i = 0; i < e->elts.size(); i++) {
                Expr* el = e->elts[i];
                if (auto* kv = as<KeyValueExpr>(el)) {
                    error(posOf(kv), "mixture of field:value and value elements in struct literal");
                    continue;
                }
                Operand v;
                expr(v, el);
                if (i >= fields.size()) {
                    error(posOf(v), "too many values in " + typeStr(base) + "{\xE2\x80\xA6}");
                    break;  // cannot continue
                }
                Var* fld = fields[i];
                if (!fld->exported() && fld->pkg != pkg_) {
                    error(posOf(v), "implicit assignment to unexported field " + fld->name + " in " + typeStr(typ) +
                                        " literal");
                    continue;
                }
                assignment(v, fld->type, "struct literal");
            }
            if (e->elts.size() < fields.size()) {
                error(e->rbrace.valid() ? e->rbrace : e->pos, "too few values in " + typeStr(base) + "{\xE2\x80\xA6}");
            }
        }
        break;
    }
    case TypeKind::Array: {
        auto* at = static_cast<Array*>(u);
        if (!at->elem) {
            error(posOf(e), "invalid recursive type");
            x.mode = OpMode::Invalid;
            return;
        }
        int64_t n = indexedElts(e->elts, at->elem, at->len);
        if (at->len < 0 && at == openArray) {
            at->len = n;
            if (e->litType) recordTypeAndValue(e->litType, OpMode::TypeExpr, at, nullptr);
        }
        break;
    }
    case TypeKind::Slice: {
        auto* sl = static_cast<Slice*>(u);
        indexedElts(e->elts, sl->elem, -1);
        break;
    }
    case TypeKind::Map: {
        auto* m = static_cast<Map*>(u);
        bool keyIsInterface = isInterface(m->key);
        std::unordered_map<std::string, std::vector<Type*>> visited;
        for (Expr* el : e->elts) {
            auto* kv = as<KeyValueExpr>(el);
            if (!kv) {
                error(posOf(el), "missing key in map literal");
                continue;
            }
            Operand k;
            exprWithHint(k, kv->key, m->key);
            assignment(k, m->key, "map literal");
            if (k.invalid()) continue;
            if (k.mode == OpMode::Constant) {
                bool duplicate = false;
                std::string key = constKey(k.val);
                auto& types = visited[key];
                if (keyIsInterface) {
                    for (Type* t : types) {
                        if (identical(t, k.type)) {
                            duplicate = true;
                            break;
                        }
                    }
                    types.push_back(k.type);
                } else {
                    duplicate = !types.empty();
                    if (types.empty()) types.push_back(k.type);
                }
                if (duplicate) {
                    error(posOf(k), "duplicate key " + k.val.toString() + " in map literal");
                    continue;
                }
            }
            Operand v;
            exprWithHint(v, kv->value, m->elem);
            assignment(v, m->elem, "map literal");
        }
        break;
    }
    default:
        for (Expr* el : e->elts) {
            if (auto* kv = as<KeyValueExpr>(el)) el = kv->value;
            use(el);
        }
        if (isValid(u)) {
            error(posOf(e), "invalid composite literal type " + typeStr(typ));
        }
        x.mode = OpMode::Invalid;
        return;
    }
    x.mode = OpMode::Value;
    x.type = typ;
}

int64_t Checker::indexedElts(const std::vector<Expr*>& elts, Type* elem, int64_t length) {
    std::unordered_set<int64_t> visited;
    int64_t index = 0, max = 0;
    for (Expr* e : elts) {
        bool validIndex = false;
        Expr* eval = e;
        if (auto* kv = as<KeyValueExpr>(e)) {
            auto [t, i] = this->index(kv->key, length);
            if (isValid(t)) {
                if (i >= 0) {
                    index = i;
                    validIndex = true;
                } else {
                    error(posOf(e), "index " + exprString(kv->key) + " must be integer constant");
                }
            }
            eval = kv->value;
        } else if (length >= 0 && index >= length) {
            error(posOf(e), "index " + std::to_string(index) + " is out of bounds (>= " + std::to_string(length) + ")");
        } else {
            validIndex = true;
        }
        if (validIndex) {
            if (!visited.insert(index).second) {
                error(posOf(e), "duplicate index " + std::to_string(index) + " in array or slice literal");
            }
        }
        index++;
        if (index > max) max = index;
        Operand x;
        exprWithHint(x, eval, elem);
        assignment(x, elem, "array or slice literal");
    }
    return max;
}

// ---------------------------------------------------------------------------
// Unary and binary operations

bool Checker::opAllowed(Tok op, Operand& x, bool unaryOp) {
    bool ok = false;
    Type* t = x.type;
    if (unaryOp) {
        switch (op) {
        case Tok::Add:
        case Tok::Sub:
            ok = isNumeric(t);
            break;
        case Tok::Xor:
            ok = isInteger(t);
            break;
        case Tok::Not:
            ok = isBoolean(t);
            break;
        default:
            error(posOf(x), std::string("invalid AST: unknown operator ") + tokString(op));
            return false;
        }
    } else {
        switch (op) {
        case Tok::Add:
            ok = isNumeric(t) || isString(t);
            break;
        case Tok::Sub:
        case Tok::Mul:
        case Tok::Quo:
            ok = isNumeric(t);
            break;
        case Tok::Rem:
        case Tok::And:
        case Tok::Or:
        case Tok::Xor:
        case Tok::AndNot:
            ok = isInteger(t);
            break;
        case Tok::LAnd:
        case Tok::LOr:
            ok = isBoolean(t);
            break;
        default:
            error(posOf(x), std::string("invalid AST: unknown operator ") + tokString(op));
            return false;
        }
    }
    if (!ok) {
        error(posOf(x), std::string(kInvalidOp) + "operator " + tokString(op) + " not defined on " + operandString(x));
        return false;
    }
    return true;
}

void Checker::overflow(Operand& x, Pos opPos) {
    if (x.val.isUnknown()) {
        error(opPos, "constant result is not representable");
        return;
    }
    if (isTyped(x.type)) {
        if (auto* b = tas<Basic>(under(x.type))) representable(x, b);
        return;
    }
    if (x.val.kind() == constant::Kind::Int && constant::bitLen(x.val) > 512) {
        error(opPos, std::string("constant ") + opName(x.expr) + " overflow");
        x.val = constant::makeUnknown();
    }
}

void Checker::unary(Operand& x, UnaryExpr* e) {
    expr(x, e->x);
    if (x.invalid()) return;
    switch (e->op) {
    case Tok::And:
        if (!is<CompositeLit>(unparen(e->x)) && x.mode != OpMode::Variable) {
            error(posOf(x), std::string(kInvalidOp) + "cannot take address of " + operandString(x));
            x.mode = OpMode::Invalid;
            return;
        }
        x.mode = OpMode::Value;
        x.type = ctx_.newType<Pointer>(x.type);
        return;
    case Tok::Arrow: {
        auto* ch = tas<Chan>(under(x.type));
        if (!ch) {
            error(posOf(x), std::string(kInvalidOp) + "cannot receive from non-channel " + operandString(x));
            x.mode = OpMode::Invalid;
            return;
        }
        if (ch->dir == ChanDir::Send) {
            error(posOf(x), std::string(kInvalidOp) + "cannot receive from send-only channel " + operandString(x));
            x.mode = OpMode::Invalid;
            return;
        }
        x.mode = OpMode::CommaOk;
        x.type = ch->elem;
        env_.hasCallOrRecv = true;
        return;
    }
    case Tok::Tilde:
        error(e->pos, "cannot use ~ outside of interface or type constraint");
        x.mode = OpMode::Invalid;
        return;
    default:
        break;
    }
    if (!opAllowed(e->op, x, true)) {
        x.mode = OpMode::Invalid;
        return;
    }
    if (x.mode == OpMode::Constant) {
        if (x.val.isUnknown()) return;
        unsigned prec = isUnsigned(x.type) ? unsignedBits(x.type) : 0;
        x.val = constant::unaryOp(e->op, x.val, prec);
        x.expr = e;
        overflow(x, e->pos);
        return;
    }
    x.mode = OpMode::Value;
}

void Checker::starExpr(Operand& x, StarExpr* e) {
    exprOrType(x, e->x);
    switch (x.mode) {
    case OpMode::Invalid:
        return;
    case OpMode::TypeExpr:
        x.type = ctx_.newType<Pointer>(x.type);
        return;
    default: {
        auto* p = tas<Pointer>(under(x.type));
        if (!p || x.isNil()) {
            error(posOf(x), std::string(kInvalidOp) + "cannot indirect " + operandString(x));
            x.mode = OpMode::Invalid;
            return;
        }
        x.mode = OpMode::Variable;
        x.type = p->base;
        return;
    }
    }
}

void Checker::matchTypes(Operand& x, Operand& y) {
    auto mayConvert = [&](Operand& a, Operand& b) {
        if (isInterface(a.type) || isInterface(b.type)) return true;
        if (isBoolean(a.type) != isBoolean(b.type)) return false;
        if (isString(a.type) != isString(b.type)) return false;
        if (a.isNil() && !hasNil(b.type)) return false;
        if (b.isNil() && !hasNil(a.type)) return false;
        return true;
    };
    if (mayConvert(x, y)) {
        convertUntyped(x, y.type);
        if (x.invalid()) return;
        convertUntyped(y, x.type);
        if (y.invalid()) {
            x.mode = OpMode::Invalid;
            return;
        }
    }
}

void Checker::binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos opPos) {
    Operand y;
    expr(x, lhs);
    expr(y, rhs);
    if (x.invalid()) return;
    if (y.invalid()) {
        x.mode = OpMode::Invalid;
        x.expr = y.expr;
        return;
    }
    if (isShiftOp(op)) {
        shift(x, y, e, op);
        return;
    }
    matchTypes(x, y);
    if (x.invalid()) return;
    if (isComparisonOp(op)) {
        comparison(x, y, op, false);
        return;
    }
    if (!identical(x.type, y.type)) {
        if (isValid(x.type) && isValid(y.type)) {
            std::string what = e ? exprString(e)
                                 : exprString(lhs) + " " + tokString(op) + "= " + exprString(rhs);
            error(posOf(x), std::string(kInvalidOp) + what + " (mismatched types " + typeStr(x.type) + " and " +
                                typeStr(y.type) + ")");
        }
        x.mode = OpMode::Invalid;
        return;
    }
    if (!opAllowed(op, x, false)) {
        x.mode = OpMode::Invalid;
        return;
    }
    if (op == Tok::Quo || op == Tok::Rem) {
        if ((x.mode == OpMode::Constant || isInteger(x.type)) && y.mode == OpMode::Constant &&
            !y.val.isUnknown() && constant::sign(y.val) == 0) {
            error(posOf(y), std::string(kInvalidOp) + "division by zero");
            x.mode = OpMode::Invalid;
            return;
        }
        if (x.mode == OpMode::Constant && y.mode == OpMode::Constant && isComplex(x.type) && !y.val.isUnknown()) {
            constant::Value re = constant::real(y.val), im = constant::imag(y.val);
            if (constant::sign(re) == 0 && constant::sign(im) == 0) {
                error(posOf(y), std::string(kInvalidOp) + "division by zero");
                x.mode = OpMode::Invalid;
                return;
            }
        }
    }
    if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
        if (x.val.isUnknown() || y.val.isUnknown()) {
            x.val = constant::makeUnknown();
            return;
        }
        auto [a, b] = constant::match(x.val, y.val);
        if (op == Tok::Quo && isInteger(x.type)) {
            x.val = constant::intDiv(constant::toInt(a), constant::toInt(b));
        } else {
            x.val = constant::binaryOp(a, op, b);
        }
        x.expr = e;
        overflow(x, opPos.valid() ? opPos : posOf(x));
        return;
    }
    x.mode = OpMode::Value;
}

void Checker::shift(Operand& x, Operand& y, Expr* e, Tok op) {
    constant::Value xval;
    bool xIsConstInt = false;
    if (x.mode == OpMode::Constant) {
        xval = constant::toInt(x.val);
        xIsConstInt = xval.kind() == constant::Kind::Int;
    }
    if (!(isInteger(x.type) || (isUntyped(x.type) && xIsConstInt))) {
        error(posOf(x), std::string(kInvalidOp) + "shifted operand " + operandString(x) + " must be integer");
        x.mode = OpMode::Invalid;
        return;
    }
    if (y.mode == OpMode::Constant) {
        constant::Value yval = constant::toInt(y.val);
        if (yval.kind() == constant::Kind::Int && constant::sign(yval) < 0) {
            error(posOf(y), std::string(kInvalidOp) + "negative shift count " + operandString(y));
            x.mode = OpMode::Invalid;
            return;
        }
        if (isUntyped(y.type)) {
            representable(y, typ(BasicKind::Uint));
            if (y.invalid()) {
                x.mode = OpMode::Invalid;
                return;
            }
        }
    } else {
        if (isInteger(y.type)) {
            // ok (signed shift counts are allowed since go1.13)
        } else if (isUntyped(y.type)) {
            convertUntyped(y, typ(BasicKind::Uint));
            if (y.invalid()) {
                x.mode = OpMode::Invalid;
                return;
            }
        } else {
            error(posOf(y), std::string(kInvalidOp) + "shift count " + operandString(y) + " must be integer");
            x.mode = OpMode::Invalid;
            return;
        }
    }
    if (x.mode == OpMode::Constant) {
        if (y.mode == OpMode::Constant) {
            if (x.val.isUnknown() || y.val.isUnknown()) {
                x.val = constant::makeUnknown();
                if (!isInteger(x.type)) x.type = typ(BasicKind::UntypedInt);
                return;
            }
            const uint64_t shiftBound = 1023 - 1 + 52;
            auto [s, ok] = constant::uint64Val(constant::toInt(y.val));
            if (!ok || s > shiftBound) {
                error(posOf(y), std::string(kInvalidOp) + "invalid shift count " + operandString(y));
                x.mode = OpMode::Invalid;
                return;
            }
            if (!isInteger(x.type)) x.type = typ(BasicKind::UntypedInt);
            x.val = constant::shift(xval, op, s);
            x.expr = e;
            overflow(x, opPosOf(e));
            return;
        }
        if (isUntyped(x.type)) {
            // Non-constant shift with an untyped constant lhs: the lhs takes the
            // type the shift expression gets from its context (updateExprType).
            if (auto it = untyped_.find(x.expr); it != untyped_.end()) it->second.isLhs = true;
            x.mode = OpMode::Value;
            return;
        }
    }
    if (!isInteger(x.type)) {
        error(posOf(x), std::string(kInvalidOp) + "shifted operand " + operandString(x) + " must be integer");
        x.mode = OpMode::Invalid;
        return;
    }
    x.mode = OpMode::Value;
}

std::string Checker::kindString(Type* t) {
    switch (under(t)->kind) {
    case TypeKind::Array:
        return "array";
    case TypeKind::Slice:
        return "slice";
    case TypeKind::Struct:
        return "struct";
    case TypeKind::Pointer:
        return "pointer";
    case TypeKind::Signature:
        return "func";
    case TypeKind::Interface:
        return "interface";
    case TypeKind::Map:
        return "map";
    case TypeKind::Chan:
        return "chan";
    default:
        return typeStr(t);
    }
}

std::string Checker::incomparableCause(Type* t) {
    Type* u = under(t);
    switch (u->kind) {
    case TypeKind::Slice:
    case TypeKind::Signature:
    case TypeKind::Map:
        return kindString(t) + " can only be compared to nil";
    case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(u)->fields) {
            if (!comparable(f->type)) return "struct containing " + typeStr(f->type) + " cannot be compared";
        }
        return "";
    case TypeKind::Array:
        return typeStr(t) + " cannot be compared";
    default:
        return "";
    }
}

void Checker::comparison(Operand& x, Operand& y, Tok op, bool switchCase) {
    if (switchCase) op = Tok::Eql;
    Operand* errOp = &x;
    std::string cause;

    bool ok = assignableTo(x, y.type, nullptr) || assignableTo(y, x.type, nullptr);
    if (!ok) {
        errOp = &y;
        cause = "mismatched types " + typeStr(x.type) + " and " + typeStr(y.type);
        goto Error;
    }
    switch (op) {
    case Tok::Eql:
    case Tok::Neq:
        if (x.isNil() || y.isNil()) {
            Type* t = x.isNil() ? y.type : x.type;
            if ((x.isNil() && y.isNil()) || !hasNil(t)) {
                errOp = &y;
                goto Error;
            }
        } else if (!comparable(x.type)) {
            errOp = &x;
            cause = incomparableCause(x.type);
            goto Error;
        } else if (!comparable(y.type)) {
            errOp = &y;
            cause = incomparableCause(y.type);
            goto Error;
        }
        break;
    case Tok::Lss:
    case Tok::Leq:
    case Tok::Gtr:
    case Tok::Geq:
        if (!isOrdered(x.type)) {
            errOp = &x;
            goto Error;
        }
        if (!isOrdered(y.type)) {
            errOp = &y;
            goto Error;
        }
        break;
    default:
        break;
    }

    if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
        if (x.val.isUnknown() || y.val.isUnknown()) {
            x.val = constant::makeUnknown();
        } else {
            auto [a, b] = constant::match(x.val, y.val);
            x.val = constant::makeBool(constant::compare(a, op, b));
        }
    } else {
        x.mode = OpMode::Value;
        updateExprType(x.expr, defaultType(x.type), true);
        updateExprType(y.expr, defaultType(y.type), true);
    }
    x.type = typ(BasicKind::UntypedBool);
    return;

Error:
    if (cause.empty()) {
        cause = std::string("operator ") + tokString(op) + " not defined on " + kindString(errOp->type);
    }
    if (switchCase) {
        error(posOf(x), "invalid case " + exprString(x.expr) + " in switch on " + exprString(y.expr) + " (" + cause + ")");
    } else {
        error(posOf(*errOp), std::string(kInvalidOp) + exprString(x.expr) + " " + tokString(op) + " " +
                                 exprString(y.expr) + " (" + cause + ")");
    }
    x.mode = OpMode::Invalid;
}

// ---------------------------------------------------------------------------
// Untyped operands

void Checker::updateExprType(Expr* e, Type* t, bool final) { updateExprType0(nullptr, e, t, final); }

void Checker::updateExprType0(Expr* parent, Expr* e, Type* t, bool final) {
    if (!e) return;
    auto it = untyped_.find(e);
    if (it == untyped_.end()) return;
    UntypedInfo old = it->second;
    bool isConst = old.mode == OpMode::Constant;

    switch (e->kind) {
    case NodeKind::ParenExpr:
        updateExprType0(e, cast<ParenExpr>(e)->x, t, final);
        break;
    case NodeKind::UnaryExpr:
        if (!isConst) updateExprType0(e, cast<UnaryExpr>(e)->x, t, final);
        break;
    case NodeKind::BinaryExpr: {
        auto* b = cast<BinaryExpr>(e);
        if (isConst) break;
        if (isComparisonOp(b->op)) {
            // The result type is independent of the operand types.
        } else if (isShiftOp(b->op)) {
            updateExprType0(e, b->x, t, final);
        } else {
            updateExprType0(e, b->x, t, final);
            updateExprType0(e, b->y, t, final);
        }
        break;
    }
    case NodeKind::Ident:
    case NodeKind::BasicLit:
    case NodeKind::SelectorExpr:
    case NodeKind::CallExpr:
        break;
    default:
        return;
    }

    it = untyped_.find(e);
    if (it == untyped_.end()) return;
    if (!final && isUntyped(t)) {
        it->second.type = static_cast<Basic*>(under(t));
        return;
    }
    untyped_.erase(it);

    if (old.isLhs) {
        if (!isInteger(t)) {
            error(posOf(e), std::string(kInvalidOp) + "shifted operand " + exprString(e) + " (type " + typeStr(t) +
                                ") must be integer");
            return;
        }
    }
    if (isConst) {
        Operand c;
        c.mode = old.mode;
        c.expr = e;
        c.type = old.type;
        c.val = old.val;
        convertUntyped(c, t);
        if (c.invalid()) return;
    }
    // A final untyped type (operands of comparisons, arguments of constant
    // min/max, ...) is recorded as its default type: the typed AST has no
    // untyped types except untyped nil.
    if (isUntyped(t) && static_cast<Basic*>(t)->bkind != BasicKind::UntypedNil) t = defaultType(t);
    recordTypeAndValue(e, old.mode, t, isConst ? &old.val : nullptr);
}

void Checker::updateExprVal(Expr* e, const constant::Value& val) {
    if (auto it = untyped_.find(e); it != untyped_.end()) {
        it->second.val = val;
        if (e->mode == Mode::Constant) e->value = ctx_.internValue(val);
    }
}

Type* Checker::implicitTypeAndValue(Operand& x, Type* target, std::optional<constant::Value>* newVal, ConvCode* code) {
    *code = ConvCode::Ok;
    if (x.invalid() || isTyped(x.type) || !isValid(target)) return x.type;
    if (isUntyped(target)) {
        auto* xb = static_cast<Basic*>(x.type);
        auto* tb = static_cast<Basic*>(target);
        if (isNumeric(x.type) && isNumeric(target)) {
            if (static_cast<int>(xb->bkind) < static_cast<int>(tb->bkind)) return target;
        } else if (xb->bkind != tb->bkind) {
            *code = ConvCode::InvalidUntypedConversion;
            return nullptr;
        }
        return x.type;
    }
    if (x.isNil()) {
        if (hasNil(target)) return target;
        *code = ConvCode::InvalidUntypedConversion;
        return nullptr;
    }
    Type* u = under(target);
    if (auto* b = tas<Basic>(u)) {
        if (x.mode == OpMode::Constant) {
            constant::Value v;
            ConvCode c = representation(x, b, &v);
            if (c != ConvCode::Ok) {
                *code = c;
                return nullptr;
            }
            *newVal = std::move(v);
            return target;
        }
        auto* xb = static_cast<Basic*>(x.type);
        switch (xb->bkind) {
        case BasicKind::UntypedBool:
            if (!isBoolean(target)) *code = ConvCode::InvalidUntypedConversion;
            break;
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune:
        case BasicKind::UntypedFloat:
        case BasicKind::UntypedComplex:
            if (!isNumeric(target)) *code = ConvCode::InvalidUntypedConversion;
            break;
        case BasicKind::UntypedString:
            if (!isString(target)) *code = ConvCode::InvalidUntypedConversion;
            break;
        default:
            *code = ConvCode::InvalidUntypedConversion;
            break;
        }
        if (*code != ConvCode::Ok) return nullptr;
        return target;
    }
    if (auto* it = tas<Interface>(u)) {
        if (!interfaceIsEmpty(it)) {
            *code = ConvCode::InvalidUntypedConversion;
            return nullptr;
        }
        return defaultType(x.type);
    }
    *code = ConvCode::InvalidUntypedConversion;
    return nullptr;
}

void Checker::convertUntyped(Operand& x, Type* target) {
    std::optional<constant::Value> v;
    ConvCode code;
    Type* newType = implicitTypeAndValue(x, target, &v, &code);
    if (code != ConvCode::Ok) {
        invalidConversion(code, x, under(target));
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

bool Checker::assignableTo(Operand& x, Type* T, std::string* reason) {
    if (x.invalid() || !isValid(T)) return true;
    Type* V = x.type;
    if (identical(V, T)) return true;
    if (isUntyped(V) && !x.isNil()) {
        std::optional<constant::Value> v;
        ConvCode code;
        Type* t = implicitTypeAndValue(x, T, &v, &code);
        return t != nullptr;
    }
    // A defined type whose declaration failed (invalid underlying type) is
    // assignable only to itself, as in go/types (gc reports the follow-up
    // errors for such types too).
    if (!isValid(under(V)) || !isValid(under(T))) return false;
    return assignableType(V, T, pkg_, reason);
}

bool Checker::convertibleTo(Operand& x, Type* T, std::string* cause) {
    if (assignableTo(x, T, cause)) return true;
    if (cause) cause->clear();
    if (!isValid(under(x.type)) || !isValid(under(T))) return false;
    if (!convertibleType(x.type, T)) return false;
    // conversions newer than -lang (go/types' versionErrorf): valid, but reported
    if (isa<Slice>(under(x.type))) {
        auto* p = tas<Pointer>(under(T));
        bool toArray = isa<Array>(under(T)), toArrayPtr = p && isa<Array>(under(p->base));
        int need = toArray ? 20 : toArrayPtr ? 17 : 0;
        if (need && !allowVersion(need))
            error(posOf(x.expr), std::string("conversion of slice to array") + (toArrayPtr ? " pointer" : "") +
                                     " requires go1." + std::to_string(need) + " or later (-lang was set to go1." +
                                     std::to_string(cfg_.langMinor) + "; check go.mod)");
    }
    return true;
}

bool Checker::implements(Type* V, Type* T, std::string* cause) {
    std::string err = implementsError(V, T, pkg_);
    if (err.empty()) return true;
    if (cause) *cause = err;
    return false;
}

// ---------------------------------------------------------------------------
// Selectors

void Checker::selector(Operand& x, SelectorExpr* e, Named* def) {
    const std::string& sel = e->sel->name;
    if (auto* id = as<Ident>(e->x)) {
        if (auto* pn = asObj<PkgName>(lookup(id->name))) {
            recordUse(id, pn);
            pn->used = true;
            Package* pkg = pn->imported;
            Object* exp = pkg->scope ? pkg->scope->lookup(sel) : nullptr;
            if (!exp) {
                if (!pkg->fake) error(e->sel->pos, "undefined: " + pkg->name + "." + sel);
                goto Error;
            }
            if (!exp->exported()) {
                error(e->sel->pos, "name " + sel + " not exported by package " + pkg->name);
            }
            recordUse(e->sel, exp);
            switch (exp->kind) {
            case ObjKind::Const:
                x.mode = OpMode::Constant;
                x.type = exp->type;
                x.val = static_cast<Const*>(exp)->val;
                break;
            case ObjKind::TypeName:
                x.mode = OpMode::TypeExpr;
                x.type = exp->type;
                break;
            case ObjKind::Var:
                x.mode = OpMode::Variable;
                x.type = exp->type;
                break;
            case ObjKind::Func:
                x.mode = OpMode::Value;
                x.type = exp->type;
                break;
            case ObjKind::Builtin:
                x.mode = OpMode::Builtin;
                x.id = static_cast<Builtin*>(exp)->id;
                x.type = nullptr;
                break;
            default:
                goto Error;
            }
            if (!x.type && x.mode != OpMode::Builtin) x.type = invalidType();
            if (x.mode != OpMode::Builtin && !isValid(x.type)) goto Error;
            x.expr = e;
            return;
        }
    }

    exprOrType(x, e->x);
    switch (x.mode) {
    case OpMode::TypeExpr:
        if (def && x.type == def) {
            cycleError({def->obj});
            goto Error;
        }
        break;
    case OpMode::Builtin:
        error(e->dot.valid() ? e->dot : posOf(e), "invalid use of " + operandString(x) + " in selector expression");
        goto Error;
    case OpMode::Invalid:
        goto Error;
    default:
        break;
    }
    {
        LookupResult r = lookupFieldOrMethod(x.type, x.mode == OpMode::Variable, pkg_, sel);
        if (!r.obj) {
            if (!isValid(under(x.type))) goto Error;
            if (r.ambiguous) {
                error(e->sel->pos, "ambiguous selector " + exprString(e->x) + "." + sel);
                goto Error;
            }
            if (r.notFoundPtrRecv) {
                if (x.mode == OpMode::TypeExpr) {
                    error(e->sel->pos, "invalid method expression " + exprString(e->x) + "." + sel +
                                           " (needs pointer receiver (*" + typeStr(x.type) + ")." + sel + ")");
                } else {
                    error(e->sel->pos, "cannot call pointer method " + sel + " on " + typeStr(x.type));
                }
                goto Error;
            }
            std::string why;
            if (isInterfacePtr(x.type)) {
                why = "type " + typeStr(x.type) + " is pointer to interface, not interface";
            } else {
                why = "type " + typeStr(x.type) + " has no field or method " + sel;
                if (!sel.empty()) {
                    std::string changeCase = sel;
                    char c = changeCase[0];
                    if (c >= 'A' && c <= 'Z') {
                        changeCase[0] = static_cast<char>(c - 'A' + 'a');
                    } else if (c >= 'a' && c <= 'z') {
                        changeCase[0] = static_cast<char>(c - 'a' + 'A');
                    }
                    if (changeCase != sel) {
                        LookupResult r2 = lookupFieldOrMethod(x.type, x.mode == OpMode::Variable, pkg_, changeCase);
                        if (r2.obj) why += ", but does have " + changeCase;
                    }
                }
            }
            error(e->sel->pos, exprString(e->x) + "." + sel + " undefined (" + why + ")");
            goto Error;
        }

        if (auto* m = asObj<Func>(r.obj)) objDecl(m, nullptr);

        if (x.mode == OpMode::TypeExpr) {
            // method expression T.m
            auto* m = asObj<Func>(r.obj);
            if (!m) {
                error(e->sel->pos, exprString(e->x) + "." + sel + " undefined (type " + typeStr(x.type) +
                                       " has no method " + sel + ")");
                goto Error;
            }
            recordUse(e->sel, m);
            auto* sig = m->sig();
            if (!sig) goto Error;
            auto* params = ctx_.newType<Tuple>();
            std::string recvName;
            if (sig->params && !sig->params->vars.empty() && !sig->params->vars[0]->name.empty()) {
                recvName = sig->recv && !sig->recv->name.empty() ? sig->recv->name : "_";
            }
            auto* recvVar = ctx_.newObject<Var>(recvName, x.type, sig->recv ? sig->recv->pos : Pos{}, pkg_);
            recvVar->isParam = true;
            params->vars.push_back(recvVar);
            if (sig->params) {
                for (Var* p : sig->params->vars) params->vars.push_back(p);
            }
            auto* nsig = ctx_.newType<Signature>();
            nsig->params = params;
            nsig->results = sig->results ? sig->results : ctx_.newType<Tuple>();
            nsig->variadic = sig->variadic;
            x.mode = OpMode::Value;
            x.type = nsig;
            addDeclDep(m);
        } else if (auto* f = asObj<Var>(r.obj)) {
            recordUse(e->sel, f);
            x.mode = (x.mode == OpMode::Variable || r.indirect) ? OpMode::Variable : OpMode::Value;
            x.type = f->type;
        } else if (auto* m = asObj<Func>(r.obj)) {
            recordUse(e->sel, m);
            auto* sig = m->sig();
            if (!sig) goto Error;
            auto* nsig = ctx_.newType<Signature>();
            nsig->params = sig->params;
            nsig->results = sig->results;
            nsig->variadic = sig->variadic;
            x.mode = OpMode::Value;
            x.type = nsig;
            addDeclDep(m);
        } else {
            goto Error;
        }
    }
    x.expr = e;
    return;

Error:
    x.mode = OpMode::Invalid;
    x.expr = e;
}

// ---------------------------------------------------------------------------
// Index and slice expressions

bool Checker::indexExpr(Operand& x, IndexExpr* e) {
    exprOrType(x, e->x);
    if (x.invalid()) {
        for (auto* i : e->indices) use(i);
        return false;
    }
    if (x.mode == OpMode::TypeExpr) {
        error(posOf(x), typeStr(x.type) + " is not a generic type");
        for (auto* i : e->indices) use(i);
        x.mode = OpMode::Invalid;
        return false;
    }
    if (e->indices.empty()) {
        error(e->lbrack, "invalid AST: missing index for " + exprString(e->x));
        x.mode = OpMode::Invalid;
        return false;
    }

    bool valid = false;
    int64_t length = -1;
    Type* u = under(x.type);
    switch (u->kind) {
    case TypeKind::Basic:
        if (isString(u)) {
            valid = true;
            if (x.mode == OpMode::Constant) length = static_cast<int64_t>(constant::stringVal(x.val).size());
            x.mode = OpMode::Value;
            x.type = universeByte();
        }
        break;
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(u);
        valid = true;
        length = a->len;
        if (x.mode != OpMode::Variable) x.mode = OpMode::Value;
        x.type = a->elem;
        break;
    }
    case TypeKind::Pointer:
        if (auto* a = tas<Array>(under(static_cast<Pointer*>(u)->base))) {
            valid = true;
            length = a->len;
            x.mode = OpMode::Variable;
            x.type = a->elem;
        }
        break;
    case TypeKind::Slice:
        valid = true;
        x.mode = OpMode::Variable;
        x.type = static_cast<Slice*>(u)->elem;
        break;
    case TypeKind::Map: {
        auto* m = static_cast<Map*>(u);
        if (e->indices.size() > 1) error(posOf(e->indices[1]), std::string(kInvalidOp) + "more than one index");
        Operand key;
        expr(key, e->indices[0]);
        assignment(key, m->key, "map index");
        for (size_t i = 1; i < e->indices.size(); i++) use(e->indices[i]);
        x.mode = OpMode::MapIndex;
        x.type = m->elem;
        x.expr = e;
        return false;
    }
    default:
        break;
    }
    if (!valid) {
        error(e->lbrack.valid() ? e->lbrack : e->pos, std::string(kInvalidOp) + "cannot index " + operandString(x));
        x.mode = OpMode::Invalid;
        return false;
    }
    if (e->indices.size() > 1) {
        error(posOf(e->indices[1]), std::string(kInvalidOp) + "more than one index");
        for (size_t i = 1; i < e->indices.size(); i++) use(e->indices[i]);
    }
    if (!x.type) x.type = invalidType();
    index(e->indices[0], length);
    return false;
}

void Checker::sliceExpr(Operand& x, SliceExpr* e) {
    expr(x, e->x);
    if (x.invalid()) {
        use(e->lo);
        use(e->hi);
        use(e->max);
        return;
    }
    bool valid = false;
    int64_t length = -1;
    Type* u = under(x.type);
    switch (u->kind) {
    case TypeKind::Basic:
        if (isString(u)) {
            if (e->slice3) {
                Expr* at = e->max ? e->max : static_cast<Expr*>(e);
                error(posOf(at), std::string(kInvalidOp) + "3-index slice of string");
                x.mode = OpMode::Invalid;
                return;
            }
            valid = true;
            if (x.mode == OpMode::Constant) length = static_cast<int64_t>(constant::stringVal(x.val).size());
            if (isUntyped(x.type)) x.type = typ(BasicKind::String);
        }
        break;
    case TypeKind::Array: {
        auto* a = static_cast<Array*>(u);
        valid = true;
        length = a->len;
        if (x.mode != OpMode::Variable) {
            error(posOf(x), std::string(kInvalidOp) + operandString(x) + " (slice of unaddressable value)");
            x.mode = OpMode::Invalid;
            return;
        }
        x.type = ctx_.newType<Slice>(a->elem);
        break;
    }
    case TypeKind::Pointer:
        if (auto* a = tas<Array>(under(static_cast<Pointer*>(u)->base))) {
            valid = true;
            length = a->len;
            x.type = ctx_.newType<Slice>(a->elem);
        }
        break;
    case TypeKind::Slice:
        valid = true;
        break;
    default:
        break;
    }
    if (!valid) {
        error(posOf(x), std::string(kInvalidOp) + "cannot slice " + operandString(x));
        x.mode = OpMode::Invalid;
        return;
    }
    x.mode = OpMode::Value;
    if (e->slice3 && (!e->hi || !e->max)) {
        error(e->rbrack.valid() ? e->rbrack : e->pos, "middle index required in 3-index slice");
        x.mode = OpMode::Invalid;
        return;
    }
    Expr* idx[3] = {e->lo, e->hi, e->max};
    int64_t ind[3];
    for (int i = 0; i < 3; i++) {
        int64_t v = -1;
        if (idx[i]) {
            int64_t max = length >= 0 ? length + 1 : -1;
            auto [t, val] = index(idx[i], max);
            if (val >= 0) v = val;
        } else if (i == 0) {
            v = 0;
        } else if (length >= 0) {
            v = length;
        }
        ind[i] = v;
    }
    for (int i = 0; i < 2; i++) {
        int64_t xi = ind[i];
        if (xi <= 0) continue;
        bool done = false;
        for (int j = i + 1; j < 3; j++) {
            int64_t y = ind[j];
            if (y >= 0 && y < xi && idx[j]) {
                error(posOf(idx[j]), "invalid slice indices: " + std::to_string(y) + " < " + std::to_string(xi));
                done = true;
                break;
            }
        }
        if (done) break;
    }
}

std::pair<Type*, int64_t> Checker::index(Expr* e, int64_t max) {
    Operand x;
    expr(x, e);
    if (!isValidIndex(x, "index", false)) return {invalidType(), -1};
    if (x.mode != OpMode::Constant) return {x.type, -1};
    if (x.val.isUnknown()) return {invalidType(), -1};
    auto [v, ok] = constant::int64Val(x.val);
    if (!ok) return {invalidType(), -1};
    if (max >= 0 && v >= max) {
        error(posOf(x), std::string(kInvalidArg) + "index " + x.val.toString() + " out of bounds [0:" +
                            std::to_string(max) + "]");
        return {invalidType(), -1};
    }
    return {x.type, v};
}

bool Checker::isValidIndex(Operand& x, const char* what, bool allowNegative) {
    if (x.invalid()) return false;
    convertUntyped(x, typ(BasicKind::Int));
    if (x.invalid()) return false;
    if (!isInteger(x.type)) {
        error(posOf(x), std::string(kInvalidArg) + what + " " + operandString(x) + " must be integer");
        return false;
    }
    if (x.mode == OpMode::Constant) {
        if (!allowNegative && !x.val.isUnknown() && constant::sign(x.val) < 0) {
            error(posOf(x), std::string(kInvalidArg) + what + " " + operandString(x) + " must not be negative");
            return false;
        }
        constant::Value v = x.val;
        if (!representableConst(x.val, typ(BasicKind::Int), &v)) {
            error(posOf(x), std::string(kInvalidArg) + what + " " + operandString(x) + " overflows int");
            return false;
        }
        x.val = v;
    }
    return true;
}

void Checker::typeAssertion(Expr* e, Operand& x, Type* T, bool typeSwitch) {
    auto* iface = tas<Interface>(under(x.type));
    if (!iface) return;
    if (isInterface(T)) return;  // an assertion to an interface type is always possible
    completeInterface(iface);
    MissingMethod mm = missingMethod(T, iface, false);
    if (!mm.method) return;
    std::string cause = "(" + missingMethodReason(T, x.type, mm, pkg_) + ")";
    if (typeSwitch) {
        error(posOf(e), "impossible type switch case: " + exprString(e) + "\n\t" + operandString(x) +
                            " cannot have dynamic type " + typeStr(T) + " " + cause);
    } else {
        error(posOf(e), "impossible type assertion: " + exprString(e) + "\n\t" + typeStr(T) + " does not implement " +
                            typeStr(x.type) + " " + cause);
    }
}

}  // namespace gomini::frontend
