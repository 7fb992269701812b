// check_typexpr.cpp — type expressions: names, arrays and slices, structs,
// pointers, function signatures, interfaces, maps and channels; array
// lengths; the validType check for invalid recursive types (go/types
// typexpr.go, struct.go, signature.go, interface.go, validtype.go).
//
// `def` is the Named type being defined when the expression is the
// right-hand side of a type declaration: composite types set def's
// underlying type as soon as they are allocated (before their components are
// checked), so that a type may refer to itself through a pointer, slice,
// map, channel or function (type List struct{ next *List }).
#include <algorithm>

#include "frontend/check.h"

namespace gomini::frontend {

Type* Checker::typExpr(Expr* e) { return definedType(e, nullptr); }

namespace {

// Reports whether t is (or embeds) the predeclared constraint `comparable`.
bool isComparableConstraint(Type* t, int depth = 0) {
    if (depth > 100) return false;
    auto* it = tas<Interface>(under(t));
    if (!it) return false;
    if (it->isComparableConstraint) return true;
    for (Type* e : it->embeddeds) {
        if (isComparableConstraint(e, depth + 1)) return true;
    }
    return false;
}

}  // namespace

Type* Checker::varType(Expr* e) {
    Type* t = definedType(e, nullptr);
    if (isa<Interface>(under(t)) || isa<Named>(t)) {
        later([this, e, t] {
            if (isComparableConstraint(t)) {
                softError(posOf(e),
                          "cannot use type " + typeStr(t) + " outside a type constraint: interface is (or embeds) comparable");
            }
        });
    }
    return t;
}

Type* Checker::definedType(Expr* e, Named* def) {
    Type* t = typInternal(e, def);
    if (!t) t = invalidType();
    recordTypeAndValue(e, OpMode::TypeExpr, t, nullptr);
    return t;
}

void Checker::setUnderlying(Named* def, Type* t) {
    if (def && t && !isa<Named>(t) && !def->underlying) def->underlying = t;
}

// The type an identifier or qualified identifier denotes, or null after
// reporting that the operand is not a type ("x is not a type").
Type* Checker::typeOperand(Operand& x, Named* def) {
    switch (x.mode) {
    case OpMode::TypeExpr:
        setUnderlying(def, x.type);
        return x.type;
    case OpMode::Invalid:
        break;
    case OpMode::NoValue:
        error(posOf(x), operandString(x) + " used as type");
        break;
    default:
        error(posOf(x), operandString(x) + " is not a type");
        break;
    }
    return nullptr;
}

Type* Checker::typInternal(Expr* e0, Named* def) {
    switch (e0->kind) {
    case NodeKind::BadExpr:
        break;
    case NodeKind::Ident: {
        Operand x;
        ident(x, cast<Ident>(e0), def, true);
        if (Type* t = typeOperand(x, def)) return t;
        break;
    }
    case NodeKind::SelectorExpr: {
        Operand x;
        selector(x, cast<SelectorExpr>(e0), def);
        x.expr = e0;
        if (Type* t = typeOperand(x, def)) return t;
        break;
    }
    case NodeKind::ParenExpr:
        return definedType(cast<ParenExpr>(e0)->x, def);
    case NodeKind::ArrayType: {
        auto* e = cast<ArrayType>(e0);
        if (!e->len) {
            auto* t = ctx_.newType<Slice>(nullptr);
            setUnderlying(def, t);
            t->elem = varType(e->elt);
            return t;
        }
        auto* t = ctx_.newType<Array>(nullptr, -1);
        setUnderlying(def, t);
        if (is<Ellipsis>(e->len) && !cast<Ellipsis>(e->len)->elt) {
            error(e->len->pos, "invalid use of [...] array (outside a composite literal)");
            t->len = -1;
        } else {
            t->len = arrayLength(e->len);
        }
        t->elem = varType(e->elt);
        if (t->len >= 0) return t;
        break;
    }
    case NodeKind::Ellipsis: {
        auto* e = cast<Ellipsis>(e0);
        error(e->pos, "invalid use of '...'");
        if (e->elt) use(e->elt);
        break;
    }
    case NodeKind::StructType: {
        auto* t = ctx_.newType<Struct>();
        setUnderlying(def, t);
        structType(t, cast<StructType>(e0));
        return t;
    }
    case NodeKind::StarExpr: {
        auto* t = ctx_.newType<Pointer>(invalidType());
        setUnderlying(def, t);
        t->base = varType(cast<StarExpr>(e0)->x);
        if (!isValid(t->base)) return invalidType();
        return t;
    }
    case NodeKind::FuncType: {
        auto* t = ctx_.newType<Signature>();
        t->params = ctx_.newType<Tuple>();
        t->results = ctx_.newType<Tuple>();
        setUnderlying(def, t);
        funcType(t, nullptr, cast<FuncType>(e0));
        return t;
    }
    case NodeKind::InterfaceType: {
        auto* t = ctx_.newType<Interface>();
        setUnderlying(def, t);
        interfaceType(t, cast<InterfaceType>(e0), def);
        return t;
    }
    case NodeKind::MapType: {
        auto* e = cast<MapType>(e0);
        auto* t = ctx_.newType<Map>(nullptr, nullptr);
        setUnderlying(def, t);
        t->key = varType(e->key);
        t->elem = varType(e->value);
        later([this, t, e] {
            if (isValid(t->key) && isValid(under(t->key)) && !comparable(t->key)) {
                error(posOf(e->key), "invalid map key type " + typeStr(t->key));
            }
        });
        return t;
    }
    case NodeKind::ChanType: {
        auto* e = cast<ChanType>(e0);
        auto* t = ctx_.newType<Chan>(e->dir, nullptr);
        setUnderlying(def, t);
        t->elem = varType(e->value);
        return t;
    }
    case NodeKind::IndexExpr: {
        auto* e = cast<IndexExpr>(e0);
        error(e->lbrack.valid() ? e->lbrack : e->pos, "generic types are not supported");
        use(e->x);
        for (auto* i : e->indices) use(i);
        break;
    }
    default:
        error(posOf(e0), exprString(e0) + " is not a type");
        use(e0);
        break;
    }
    Type* t = invalidType();
    setUnderlying(def, t);
    return t;
}

int64_t Checker::arrayLength(Expr* e) {
    if (auto* name = as<Ident>(e)) {
        Object* obj = lookup(name->name);
        if (!obj) {
            error(name->pos, "undefined array length " + name->name + " or missing type constraint");
            return -1;
        }
        if (!isObj<Const>(obj)) {
            error(name->pos, "invalid array length " + name->name);
            return -1;
        }
    }
    Operand x;
    expr(x, e);
    if (x.mode != OpMode::Constant) {
        if (x.mode != OpMode::Invalid) error(posOf(x), "array length " + operandString(x) + " must be constant");
        return -1;
    }
    if (isUntyped(x.type) || isInteger(x.type)) {
        constant::Value val = constant::toInt(x.val);
        if (val.kind() == constant::Kind::Int) {
            if (representableConst(val, typ(BasicKind::Int), nullptr)) {
                auto [n, ok] = constant::int64Val(val);
                if (ok && n >= 0) return n;
                error(posOf(x), "invalid array length " + operandString(x));
                return -1;
            }
        }
    }
    if (x.val.isUnknown()) return -1;
    error(posOf(x), "array length " + operandString(x) + " must be integer");
    return -1;
}

namespace {

// The identifier naming an embedded field (T, *T, pkg.T), or null.
Ident* embeddedFieldIdent(Expr* e) {
    for (int guard = 0; e && guard < 1000; guard++) {
        switch (e->kind) {
        case NodeKind::Ident:
            return cast<Ident>(e);
        case NodeKind::StarExpr: {
            Expr* base = cast<StarExpr>(e)->x;
            if (is<StarExpr>(base)) return nullptr;  // **T
            e = base;
            continue;
        }
        case NodeKind::SelectorExpr:
            return cast<SelectorExpr>(e)->sel;
        case NodeKind::ParenExpr:
            return nullptr;
        default:
            return nullptr;
        }
    }
    return nullptr;
}

}  // namespace

void Checker::structType(Struct* st, StructType* e) {
    if (!e->fields) return;
    std::vector<Var*> fields;
    std::vector<std::string> tags;
    bool hasTags = false;
    std::unordered_map<std::string, Var*> fset;

    auto add = [&](Ident* ident, const std::string& name, Type* typ, const std::string& tag, bool embedded, Pos pos) {
        auto* fld = ctx_.newObject<Var>(name, typ, pos, pkg_);
        fld->isField = true;
        fld->embedded = embedded;
        if (name != "_") {
            auto [it, inserted] = fset.emplace(name, fld);
            if (!inserted) {
                std::vector<std::pair<Pos, std::string>> parts{{pos, name + " redeclared"}};
                if (it->second->pos.valid()) parts.push_back({it->second->pos, "other declaration of " + name});
                errorMulti(parts);
                return;
            }
        }
        fields.push_back(fld);
        tags.push_back(tag);
        if (!tag.empty()) hasTags = true;
        if (ident && !embedded) recordDef(ident, fld);
    };

    for (Field* f : e->fields->list) {
        Type* typ = varType(f->type);
        std::string tag;
        if (f->tag) {
            auto v = constant::makeFromLiteral(f->tag->raw, LitKind::String);
            if (v.kind() == constant::Kind::String) {
                tag = constant::stringVal(v);
            } else {
                error(f->tag->pos, "invalid AST: incorrect tag syntax: " + f->tag->raw);
            }
        }
        if (!f->names.empty()) {
            for (Ident* name : f->names) add(name, name->name, typ, tag, false, name->pos);
            continue;
        }
        Pos pos = posOf(f->type);
        Ident* name = embeddedFieldIdent(f->type);
        if (!name) {
            error(pos, "invalid embedded field type " + exprString(f->type));
            add(nullptr, "_", invalidType(), "", true, pos);
            continue;
        }
        add(name, name->name, typ, tag, true, pos);
        later([this, typ, pos] {
            Type* t = typ;
            bool isPtr = false;
            if (auto* p = tas<Pointer>(t)) {
                t = p->base;
                isPtr = true;
            }
            if (!isValid(t)) return;
            Type* u = under(t);
            if (auto* b = tas<Basic>(u)) {
                if (b->bkind == BasicKind::UnsafePointer) error(pos, "embedded field type cannot be unsafe.Pointer");
            } else if (isa<Pointer>(u)) {
                error(pos, "embedded field type cannot be a pointer");
            } else if (isa<Interface>(u) && isPtr) {
                error(pos, "embedded field type cannot be a pointer to an interface");
            }
        });
    }
    st->fields = std::move(fields);
    if (hasTags) st->tags = std::move(tags);
}

void Checker::collectParams(Scope* scope, FieldList* list, bool variadicOk, std::vector<Var*>& out, bool& variadic) {
    (void)scope;
    if (!list) return;
    for (size_t i = 0; i < list->list.size(); i++) {
        Field* field = list->list[i];
        Expr* ftype = field->type;
        Ellipsis* dots = nullptr;
        if (auto* el = as<Ellipsis>(ftype); el && el->elt) {
            dots = el;
            ftype = el->elt;
            if (variadicOk && i + 1 == list->list.size() && field->names.size() <= 1) {
                variadic = true;
            } else {
                softError(el->pos, "can only use ... with final parameter in list");
            }
        }
        Type* typ = varType(ftype);
        if (dots) recordTypeAndValue(dots, OpMode::TypeExpr, typ, nullptr);
        if (!field->names.empty()) {
            for (Ident* name : field->names) {
                auto* par = ctx_.newObject<Var>(name->name, typ, name->pos, pkg_);
                par->isParam = true;
                par->used = true;  // parameters are always "used"
                recordDef(name, par);
                out.push_back(par);
            }
        } else {
            auto* par = ctx_.newObject<Var>("", typ, field->pos, pkg_);
            par->isParam = true;
            par->used = true;
            out.push_back(par);
        }
    }
    if (variadic && !out.empty()) {
        Var* last = out.back();
        last->type = ctx_.newType<Slice>(last->type);
        Field* lf = list->list.back();
        if (auto* el = as<Ellipsis>(lf->type)) recordTypeAndValue(el, OpMode::TypeExpr, last->type, nullptr);
    }
}

Scope* Checker::funcType(Signature* sig, FieldList* recvPar, FuncType* ftyp) {
    Scope* scope = ctx_.newScope(env_.scope, ftyp->pos, Pos{}, "function");
    scope->isFunc = true;
    Scope* savedScope = env_.scope;
    env_.scope = scope;

    std::vector<Var*> recvList, params, results;
    bool variadic = false, dummy = false;
    if (recvPar) collectParams(scope, recvPar, false, recvList, dummy);
    collectParams(scope, ftyp->params, true, params, variadic);
    collectParams(scope, ftyp->results, false, results, dummy);

    auto declareAll = [&](const std::vector<Var*>& vars) {
        for (Var* v : vars) {
            if (v->name.empty() || v->name == "_") continue;
            if (Object* alt = scope->insert(v)) {
                std::vector<std::pair<Pos, std::string>> parts{{v->pos, v->name + " redeclared in this block"}};
                if (alt->pos.valid()) parts.push_back({alt->pos, "other declaration of " + v->name});
                errorMulti(parts);
            }
        }
    };
    declareAll(recvList);
    declareAll(params);
    declareAll(results);

    if (recvPar) {
        Var* recv = nullptr;
        if (recvList.empty()) {
            recv = ctx_.newObject<Var>("", invalidType(), Pos{}, nullptr);
            recv->isParam = true;
        } else {
            if (recvList.size() > 1) error(recvList.back()->pos, "method must have exactly one receiver");
            recv = recvList[0];
        }
        sig->recv = recv;
        later([this, recv] {
            Type* rtyp = recv->type;
            if (auto* p = tas<Pointer>(rtyp)) rtyp = p->base;
            if (!isValid(rtyp)) return;
            if (auto* n = tas<Named>(rtyp)) {
                if (n->obj->pkg != pkg_) {
                    error(recv->pos, "cannot define new methods on non-local type " + typeStr(rtyp));
                    return;
                }
                Type* u = under(n);
                std::string cause;
                if (auto* b = tas<Basic>(u); b && b->bkind == BasicKind::UnsafePointer) {
                    cause = "unsafe.Pointer";
                } else if (isa<Pointer>(u) || isa<Interface>(u)) {
                    cause = "pointer or interface type";
                }
                if (!cause.empty()) error(recv->pos, "invalid receiver type " + typeStr(rtyp) + " (" + cause + ")");
            } else if (isa<Basic>(rtyp)) {
                error(recv->pos, "cannot define new methods on non-local type " + typeStr(rtyp));
            } else {
                error(recv->pos, "invalid receiver type " + typeStr(recv->type));
            }
        });
    }
    auto* pt = ctx_.newType<Tuple>();
    pt->vars = std::move(params);
    auto* rt = ctx_.newType<Tuple>();
    rt->vars = std::move(results);
    sig->params = pt;
    sig->results = rt;
    sig->variadic = variadic;
    env_.scope = savedScope;
    funcScopes_[sig] = scope;
    return scope;
}

void Checker::interfaceType(Interface* it, InterfaceType* e, Named* def) {
    if (e->methods) {
        for (Field* f : e->methods->list) {
            if (f->names.empty()) {
                Type* t = typExpr(f->type);
                it->embeddeds.push_back(t);
                continue;
            }
            Ident* nameId = f->names[0];
            if (nameId->name == "_") {
                error(nameId->pos, "methods must have a unique non-blank name");
                continue;
            }
            Type* t = typExpr(f->type);
            auto* sig = tas<Signature>(t);
            if (!sig) continue;
            Type* recvTyp = def ? static_cast<Type*>(def) : it;
            sig->recv = ctx_.newObject<Var>("", recvTyp, nameId->pos, pkg_);
            auto* m = ctx_.newObject<Func>(nameId->name, sig, nameId->pos, pkg_);
            recordDef(nameId, m);
            it->methods.push_back(m);
        }
    }
    std::stable_sort(it->methods.begin(), it->methods.end(), [](Func* a, Func* b) { return a->name < b->name; });
    if (it->methods.empty() && it->embeddeds.empty()) {
        completeInterface(it);
        return;
    }
    ifaceExprs_[it] = e;
    later([this, it, e] { checkInterfaceMethods(it, e); });
}

void Checker::checkInterfaceMethods(Interface* it, InterfaceType* e) {
    // Duplicate explicit methods, and embedded methods that clash with a different signature.
    std::unordered_map<std::string, std::pair<Func*, Pos>> seen;
    std::unordered_set<std::string> explicitNames;
    for (Func* m : it->methods) {
        auto [pos, inserted] = seen.emplace(m->name, std::make_pair(m, m->pos));
        if (!inserted) {
            // Report at the later declaration.
            Pos p1 = pos->second.second, p2 = m->pos;
            Pos at = p1 < p2 ? p2 : p1;
            Pos other = p1 < p2 ? p1 : p2;
            errorMulti({{at, "duplicate method " + m->name}, {other, "other declaration of " + m->name}});
        }
        explicitNames.insert(m->name);
    }
    size_t embedIdx = 0;
    if (e->methods) {
        for (Field* f : e->methods->list) {
            if (!f->names.empty()) continue;
            if (embedIdx >= it->embeddeds.size()) break;
            Type* t = it->embeddeds[embedIdx++];
            Pos epos = posOf(f->type);
            if (!isValid(t)) continue;
            auto* u = tas<Interface>(under(t));
            if (!u) {
                if (isValid(under(t))) {
                    error(epos, "cannot use " + typeStr(t) +
                                    " outside a type constraint: interface contains type constraints");
                }
                continue;
            }
            completeInterface(u);
            for (Func* m : u->allMethods) {
                auto [pos, inserted] = seen.emplace(m->name, std::make_pair(m, epos));
                if (!inserted && !identical(m->type, pos->second.first->type)) {
                    errorMulti({{epos, "duplicate method " + m->name},
                                {pos->second.second, "other declaration of " + m->name}});
                }
            }
        }
    }
    completeInterface(it);
}

// ---------------------------------------------------------------------------
// validType: invalid recursive types through structure (arrays, struct fields).

Type* Checker::namedRHS(Named* n) const {
    auto it = namedRHS_.find(n);
    return it != namedRHS_.end() ? it->second : n->underlying;
}

void Checker::validType(Named* t) {
    std::vector<Named*> nest;
    validType0(t, nest);
}

bool Checker::validType0(Type* typ, std::vector<Named*>& nest) {
    if (!typ || nest.size() > 10000) return true;
    switch (typ->kind) {
    case TypeKind::Array:
        return validType0(static_cast<Array*>(typ)->elem, nest);
    case TypeKind::Struct:
        for (Var* f : static_cast<Struct*>(typ)->fields) {
            if (!validType0(f->type, nest)) return false;
        }
        return true;
    case TypeKind::Interface:
        for (Type* e : static_cast<Interface*>(typ)->embeddeds) {
            if (!validType0(e, nest)) return false;
        }
        return true;
    case TypeKind::Named: {
        auto* t = static_cast<Named*>(typ);
        if (valids_.count(t)) return true;
        if (!isValid(under(t))) return false;
        for (size_t start = 0; start < nest.size(); start++) {
            if (nest[start] == t) {
                if (t->obj->pkg == pkg_) t->underlying = invalidType();
                std::vector<Object*> cycle;
                for (size_t k = start; k < nest.size(); k++) cycle.push_back(nest[k]->obj);
                cycleError(cycle);
                return false;
            }
        }
        if (t->obj->pkg != pkg_) return true;  // imported types were validated by their own package
        nest.push_back(t);
        bool ok = validType0(namedRHS(t), nest);
        nest.pop_back();
        if (!ok) return false;
        valids_.insert(t);
        return true;
    }
    default:
        return true;
    }
}

}  // namespace gomini::frontend
