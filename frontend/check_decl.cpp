// check_decl.cpp — declarations: collecting package-level objects, the lazy
// objDecl with cycle detection, const/var/type/func declarations, methods,
// and declarations inside function bodies (go/types resolver.go, decl.go).
//
// Object colours (go/types): white = not yet declared, grey = being declared
// (it sits on objPath_ at index colour-2), black = done. Meeting a grey object
// is a cycle; validCycle decides whether it is legal: cycles through a type
// definition are fine (type T struct{ next *T }), cycles of values only are
// reported later by the initialization order, anything else is an error.
//
// Defined types: a Named type's underlying is set as soon as its right-hand
// side is known. `type A B` where B is itself still being declared leaves A
// pending (pendingUnder_) until B's underlying type is known; a pending chain
// that closes on itself is an "invalid recursive type". Cycles through
// structure (type T struct{ a T }, type T [1]T) are found by validType, which
// runs after all declarations.
#include <algorithm>

#include "frontend/check.h"

namespace gomini::frontend {

namespace {

constexpr uint32_t kWhite = 0;
constexpr uint32_t kBlack = 1;
constexpr uint32_t kGrey = 2;

// The string value of a quoted import path, or nullopt if malformed.
std::optional<std::string> unquote(const std::string& raw) {
    std::string err;
    auto v = constant::makeFromLiteral(raw, LitKind::String, &err);
    if (v.kind() != constant::Kind::String) return std::nullopt;
    return constant::stringVal(v);
}

// unpackRecv: strips parentheses and one '*' from a receiver type expression.
std::pair<bool, Ident*> unpackRecv(Expr* rtyp) {
    bool ptr = false;
    for (int guard = 0; rtyp && guard < 1000; guard++) {
        if (auto* p = as<ParenExpr>(rtyp)) {
            rtyp = p->x;
        } else if (auto* s = as<StarExpr>(rtyp)) {
            ptr = true;
            rtyp = s->x;
        } else {
            break;
        }
    }
    return {ptr, as<Ident>(rtyp)};
}

}  // namespace

uint32_t Checker::colorOf(Object* obj) const {
    auto it = colors_.find(obj);
    return it == colors_.end() ? kWhite : it->second;
}

void Checker::setColor(Object* obj, uint32_t c) { colors_[obj] = c; }

uint32_t Checker::push(Object* obj) {
    objPath_.push_back(obj);
    return static_cast<uint32_t>(objPath_.size() - 1);
}

Object* Checker::pop() {
    Object* o = objPath_.back();
    objPath_.pop_back();
    return o;
}

void Checker::declare(Scope* scope, Ident* id, Object* obj) {
    if (obj->name != "_") {
        if (Object* alt = scope->insert(obj)) {
            std::vector<std::pair<Pos, std::string>> parts{{obj->pos, obj->name + " redeclared in this block"}};
            if (alt->pos.valid()) parts.push_back({alt->pos, "other declaration of " + alt->name});
            errorMulti(parts);
            return;
        }
    }
    if (id) recordDef(id, obj);
}

void Checker::declarePkgObj(Ident* ident, Object* obj, DeclInfo* d) {
    if (ident->name == "init") {
        error(ident->pos, "cannot declare init - must be func");
        return;
    }
    if (ident->name == "main" && pkg_->name == "main") {
        error(ident->pos, "cannot declare main - must be func");
        return;
    }
    declare(pkg_->scope, ident, obj);
    objMap_[obj] = d;
    objList_.push_back(obj);
    obj->order = static_cast<uint32_t>(objList_.size());
}

void Checker::arity(Pos pos, const std::vector<Ident*>& names, const std::vector<Expr*>& inits, bool constDecl,
                    bool inherited) {
    size_t l = names.size(), r = inits.size();
    if (l < r) {
        Expr* n = inits[l];
        if (inherited) {
            error(pos, "extra init expr at " + (cfg_.formatPos ? cfg_.formatPos(posOf(n)) : std::string()));
        } else {
            error(posOf(n), "extra init expr");
        }
    } else if (l > r && (constDecl || r != 1)) {
        Ident* n = names[r];
        error(n->pos, "missing init expr for " + n->name);
    }
}

void Checker::collectObjects() {
    struct MethodInfo {
        Func* obj;
        bool ptr;
        Ident* recv;
    };
    std::vector<MethodInfo> methods;
    std::vector<Scope*> fileScopes;
    std::unordered_set<Package*> pkgImports(pkg_->imports.begin(), pkg_->imports.end());

    for (File* file : files_) {
        recordDef(file->pkgName, nullptr);
        Scope* fileScope = ctx_.newScope(pkg_->scope, file->pos, file->eof, "file");
        fileScopes.push_back(fileScope);

        for (Decl* decl : file->decls) {
            if (auto* fd = as<FuncDecl>(decl)) {
                if (!fd->name || !fd->sig) continue;
                const std::string& name = fd->name->name;
                auto* obj = ctx_.newObject<Func>(name, nullptr, fd->name->pos, pkg_);
                obj->decl = fd;
                if (!fd->recv) {
                    if (name == "init" || (name == "main" && pkg_->name == "main")) {
                        bool hasParams = fd->sig->params && !fd->sig->params->list.empty();
                        bool hasResults = fd->sig->results && !fd->sig->results->list.empty();
                        if (hasParams || hasResults) {
                            softError(fd->name->pos, "func " + name + " must have no arguments and no return values");
                        }
                    }
                    if (name == "init") {
                        obj->parent = pkg_->scope;
                        recordDef(fd->name, obj);
                        if (!fd->body && !cfg_.allowMissingBodies) softError(obj->pos, "missing function body");
                    } else {
                        declare(pkg_->scope, fd->name, obj);
                    }
                } else {
                    Expr* rt = fd->recv->list.empty() ? nullptr : fd->recv->list[0]->type;
                    auto [ptr, recv] = unpackRecv(rt);
                    if (recv && name != "_") methods.push_back({obj, ptr, recv});
                    recordDef(fd->name, obj);
                }
                auto d = std::make_unique<DeclInfo>();
                d->file = fileScope;
                d->fdecl = fd;
                objMap_[obj] = d.get();
                declInfos_.push_back(std::move(d));
                objList_.push_back(obj);
                obj->order = static_cast<uint32_t>(objList_.size());
                continue;
            }
            auto* gd = as<GenDecl>(decl);
            if (!gd) continue;
            switch (gd->tok) {
            case Tok::Import:
                for (Spec* sp : gd->specs) {
                    auto* s = as<ImportSpec>(sp);
                    if (!s || !s->path) continue;
                    auto path = unquote(s->path->raw);
                    if (!path) {
                        error(s->path->pos, "invalid import path: " + s->path->raw);
                        continue;
                    }
                    if (path->empty()) {
                        error(s->path->pos, "invalid import path (empty string)");
                        continue;
                    }
                    Package* imp = cfg_.importer ? cfg_.importer(*path) : nullptr;
                    if (!imp) {
                        error(s->path->pos, "package " + *path + " is not in std");
                        std::string name = *path;
                        if (auto i = name.rfind('/'); i != std::string::npos) name = name.substr(i + 1);
                        imp = ctx_.newPackage(*path, name);
                        imp->fake = true;
                    }
                    std::string name = imp->name;
                    if (s->name) name = s->name->name;
                    if (name == "init") {
                        error(s->pos, "cannot import package as init - init must be a func");
                        continue;
                    }
                    if (pkgImports.insert(imp).second) pkg_->imports.push_back(imp);
                    auto* pkgName = ctx_.newObject<PkgName>(name, s->pos, pkg_, imp);
                    if (s->name) recordDef(s->name, pkgName);
                    if (imp->fake) pkgName->used = true;
                    imports_.push_back(pkgName);
                    if (name == ".") {
                        for (Object* o : imp->scope->objects()) {
                            if (!o->exported()) continue;
                            if (Object* alt = fileScope->lookup(o->name)) {
                                std::vector<std::pair<Pos, std::string>> parts{
                                    {s->pos, alt->name + " redeclared in this block"}};
                                if (alt->pos.valid()) parts.push_back({alt->pos, "other declaration of " + alt->name});
                                errorMulti(parts);
                            } else {
                                fileScope->insert(o);
                                dotImported_[o] = pkgName;
                            }
                        }
                    } else {
                        declare(fileScope, nullptr, pkgName);
                    }
                }
                break;
            case Tok::Const:
                for (Spec* sp : gd->specs) {
                    auto* s = as<ValueSpec>(sp);
                    if (!s) continue;
                    ValueSpec* last = s;
                    bool inherited = false;
                    if (!s->type && s->values.empty()) {
                        last = s->implicitFrom;
                        inherited = last != nullptr;
                    }
                    static const std::vector<Expr*> kNone;
                    const std::vector<Expr*>& values = last ? last->values : kNone;
                    Expr* vtyp = last ? last->type : nullptr;
                    for (size_t i = 0; i < s->names.size(); i++) {
                        Ident* name = s->names[i];
                        auto* obj = ctx_.newObject<Const>(name->name, nullptr, name->pos, pkg_, constant::makeInt64(s->iota));
                        auto d = std::make_unique<DeclInfo>();
                        d->file = fileScope;
                        d->vtyp = vtyp;
                        d->init = i < values.size() ? values[i] : nullptr;
                        d->inherited = inherited;
                        d->vspec = s;
                        declarePkgObj(name, obj, d.get());
                        declInfos_.push_back(std::move(d));
                    }
                    arity(s->pos, s->names, values, true, inherited);
                }
                break;
            case Tok::Var:
                for (Spec* sp : gd->specs) {
                    auto* s = as<ValueSpec>(sp);
                    if (!s) continue;
                    std::vector<Var*> lhs(s->names.size());
                    DeclInfo* d1 = nullptr;
                    if (s->values.size() <= 1) {
                        auto d = std::make_unique<DeclInfo>();
                        d->file = fileScope;
                        d->vtyp = s->type;
                        d->init = s->values.empty() ? nullptr : s->values[0];
                        d->vspec = s;
                        d1 = d.get();
                        declInfos_.push_back(std::move(d));
                    }
                    for (size_t i = 0; i < s->names.size(); i++) {
                        Ident* name = s->names[i];
                        auto* obj = ctx_.newObject<Var>(name->name, nullptr, name->pos, pkg_);
                        lhs[i] = obj;
                        DeclInfo* d = d1;
                        if (!d) {
                            auto nd = std::make_unique<DeclInfo>();
                            nd->file = fileScope;
                            nd->vtyp = s->type;
                            nd->init = i < s->values.size() ? s->values[i] : nullptr;
                            nd->vspec = s;
                            d = nd.get();
                            declInfos_.push_back(std::move(nd));
                        }
                        declarePkgObj(name, obj, d);
                    }
                    if (d1) d1->lhs = lhs;
                    if (!s->type || !s->values.empty()) arity(s->pos, s->names, s->values, false, false);
                }
                break;
            case Tok::Type:
                for (Spec* sp : gd->specs) {
                    auto* s = as<TypeSpec>(sp);
                    if (!s || !s->name) continue;
                    auto* obj = ctx_.newObject<TypeName>(s->name->name, nullptr, s->name->pos, pkg_);
                    auto d = std::make_unique<DeclInfo>();
                    d->file = fileScope;
                    d->tdecl = s;
                    declarePkgObj(s->name, obj, d.get());
                    declInfos_.push_back(std::move(d));
                }
                break;
            default:
                break;
            }
        }
    }

    // Package-level objects must not clash with names in file scopes (imports).
    for (Scope* scope : fileScopes) {
        for (Object* obj : scope->objects()) {
            Object* alt = pkg_->scope->lookup(obj->name);
            if (!alt) continue;
            std::vector<std::pair<Pos, std::string>> parts;
            if (auto* pn = asObj<PkgName>(obj)) {
                parts.push_back({alt->pos, alt->name + " already declared through import of package " +
                                               pn->imported->name + " (\"" + pn->imported->path + "\")"});
                parts.push_back({pn->pos, "other declaration of " + pn->name});
            } else {
                parts.push_back({alt->pos, alt->name + " already declared through dot-import of package " +
                                               (obj->pkg ? obj->pkg->name : std::string())});
            }
            errorMulti(parts);
        }
    }

    // Associate methods with their receiver base types.
    for (auto& m : methods) {
        auto [ptr, base] = resolveBaseTypeName(m.ptr, m.recv);
        if (base) {
            m.obj->hasPtrRecv = ptr;
            methods_[base].push_back(m.obj);
        }
    }
}

std::pair<bool, TypeName*> Checker::resolveBaseTypeName(bool seenPtr, Expr* typ) {
    bool ptr = seenPtr;
    std::unordered_set<TypeName*> seen;
    for (int guard = 0; guard < 10000; guard++) {
        typ = unparen(typ);
        if (auto* s = as<StarExpr>(typ)) {
            if (ptr) return {false, nullptr};
            ptr = true;
            typ = unparen(s->x);
        }
        auto* name = as<Ident>(typ);
        if (!name) return {false, nullptr};
        Object* obj = pkg_->scope->lookup(name->name);
        auto* tname = asObj<TypeName>(obj);
        if (!tname) return {false, nullptr};
        if (seen.count(tname)) return {false, nullptr};
        auto it = objMap_.find(tname);
        if (it == objMap_.end() || !it->second->tdecl) return {false, nullptr};
        TypeSpec* tdecl = it->second->tdecl;
        if (!tdecl->isAlias()) return {ptr, tname};
        typ = tdecl->type;
        seen.insert(tname);
    }
    return {false, nullptr};
}

void Checker::packageObjects() {
    // Objects in source order (objList_ is already in declaration order).
    std::vector<Object*> list = objList_;
    std::stable_sort(list.begin(), list.end(), [](Object* a, Object* b) { return a->order < b->order; });

    // Methods of already-typed types (none here, but keep go/types' structure).
    for (Object* obj : list) {
        if (auto* tn = asObj<TypeName>(obj); tn && tn->type) collectMethods(tn);
    }
    std::vector<TypeName*> aliases;
    std::vector<Object*> others;
    for (Object* obj : list) {
        if (auto* tn = asObj<TypeName>(obj)) {
            if (objMap_[tn]->tdecl->isAlias()) {
                aliases.push_back(tn);
            } else {
                objDecl(obj, nullptr);
            }
        } else {
            others.push_back(obj);
        }
    }
    for (TypeName* tn : aliases) objDecl(tn, nullptr);
    for (Object* obj : others) objDecl(obj, nullptr);
    methods_.clear();
}

void Checker::objDecl(Object* obj, Named* def) {
    uint32_t color = colorOf(obj);
    if (color == kWhite && obj->type) {
        setColor(obj, kBlack);
        return;
    }
    if (color == kBlack) return;
    if (color >= kGrey) {
        // A cycle (possibly valid).
        switch (obj->kind) {
        case ObjKind::Const:
        case ObjKind::Var:
            if (!validCycle(obj) || !obj->type) obj->type = invalidType();
            break;
        case ObjKind::TypeName:
            if (!validCycle(obj)) obj->type = invalidType();
            break;
        case ObjKind::Func:
            validCycle(obj);
            if (!obj->type) obj->type = ctx_.newType<Signature>();
            break;
        default:
            break;
        }
        return;
    }

    auto it = objMap_.find(obj);
    if (it == objMap_.end()) {
        // A local object without a type: should not happen; be safe.
        if (!obj->type) obj->type = invalidType();
        setColor(obj, kBlack);
        return;
    }
    DeclInfo* d = it->second;

    setColor(obj, kGrey + push(obj));
    Env saved = std::move(env_);
    env_ = Env{};
    env_.scope = d->file;

    switch (obj->kind) {
    case ObjKind::Const: {
        env_.decl = d;
        auto* c = static_cast<Const*>(obj);
        constant::Value iota = c->val;
        constDecl(c, d->vtyp, d->init, d->inherited, iota);
        break;
    }
    case ObjKind::Var:
        env_.decl = d;
        varDecl(static_cast<Var*>(obj), d->lhs, d->vtyp, d->init);
        break;
    case ObjKind::TypeName: {
        auto* tn = static_cast<TypeName*>(obj);
        typeDecl(tn, d->tdecl, def);
        collectMethods(tn);
        // Declare the methods' signatures now: method sets are consulted by
        // assignability and lookups (types.h), which cannot declare objects
        // lazily the way go/types' lookup does.
        if (auto* named = tas<Named>(tn->type)) {
            std::vector<Func*> ms = named->methods;
            for (Func* m : ms) {
                if (!m->type) objDecl(m, nullptr);
            }
        }
        break;
    }
    case ObjKind::Func:
        funcDecl(static_cast<Func*>(obj), d);
        break;
    default:
        break;
    }

    env_ = std::move(saved);
    setColor(pop(), kBlack);
}

bool Checker::validCycle(Object* obj) {
    uint32_t start = colorOf(obj) - kGrey;
    if (start >= objPath_.size()) return true;
    std::vector<Object*> cycle(objPath_.begin() + start, objPath_.end());
    size_t nval = 0, ndef = 0;
    for (Object* o : cycle) {
        switch (o->kind) {
        case ObjKind::Const:
        case ObjKind::Var:
            nval++;
            break;
        case ObjKind::TypeName: {
            bool alias;
            auto it = objMap_.find(o);
            if (it != objMap_.end() && it->second->tdecl) {
                alias = it->second->tdecl->isAlias();
            } else {
                alias = static_cast<TypeName*>(o)->isAlias;
            }
            if (!alias) ndef++;
            break;
        }
        default:
            break;
        }
    }
    if (nval == cycle.size()) return true;
    if (nval == 0 && ndef > 0) return true;
    cycleError(cycle);
    return false;
}

void Checker::cycleError(const std::vector<Object*>& cycle) {
    if (cycle.empty()) return;
    size_t i = 0;
    for (size_t k = 1; k < cycle.size(); k++) {
        if (cycle[k]->pos < cycle[i]->pos) i = k;
    }
    Object* obj = cycle[i];
    bool isType = obj->kind == ObjKind::TypeName;
    if (cycle.size() == 1) {
        if (isType) {
            error(obj->pos, "invalid recursive type: " + obj->name + " refers to itself");
        } else {
            error(obj->pos, "invalid cycle in declaration: " + obj->name + " refers to itself");
        }
        return;
    }
    std::vector<std::pair<Pos, std::string>> parts;
    parts.push_back({obj->pos, (isType ? "invalid recursive type " : "invalid cycle in declaration of ") + obj->name});
    for (size_t k = 0; k < cycle.size(); k++) {
        parts.push_back({obj->pos, obj->name + " refers to"});
        i = (i + 1) % cycle.size();
        obj = cycle[i];
    }
    parts.push_back({obj->pos, obj->name});
    errorMulti(parts);
}

void Checker::addDeclDep(Object* to) {
    DeclInfo* from = env_.decl;
    if (!from) return;
    if (!objMap_.count(to)) return;  // not a package-level object
    from->addDep(to);
}

// ---------------------------------------------------------------------------
// Const, var, type, func

void Checker::constDecl(Const* obj, Expr* typ, Expr* init, bool inherited, const constant::Value& iota) {
    auto savedIota = env_.iota;
    Pos savedErrpos = env_.errpos;
    env_.iota = iota;
    env_.errpos = Pos{};
    obj->val = constant::makeUnknown();

    if (typ) {
        Type* t = typExpr(typ);
        if (!isConstType(t)) {
            if (isValid(under(t))) error(posOf(typ), "invalid constant type " + typeStr(t));
            obj->type = invalidType();
            env_.iota = savedIota;
            env_.errpos = savedErrpos;
            return;
        }
        obj->type = t;
    }
    Operand x;
    if (init) {
        if (inherited) env_.errpos = obj->pos;
        expr(x, init);
    }
    initConst(obj, x);
    env_.iota = savedIota;
    env_.errpos = savedErrpos;
}

void Checker::varDecl(Var* obj, const std::vector<Var*>& lhs, Expr* typ, Expr* init) {
    auto finish = [&] {
        if (!isValid(obj->type)) obj->used = true;
        for (Var* v : lhs) {
            if (!isValid(v->type)) v->used = true;
        }
    };
    if (typ) obj->type = varType(typ);
    if (!init) {
        if (!typ) obj->type = invalidType();
        finish();
        return;
    }
    if (lhs.size() <= 1) {
        Operand x;
        expr(x, init);
        initVar(obj, x, "variable declaration");
        finish();
        return;
    }
    if (typ) {
        for (Var* v : lhs) v->type = obj->type;
    }
    initVars(lhs, {init}, nullptr);
    finish();
}

void Checker::typeDecl(TypeName* obj, TypeSpec* tdecl, Named* def) {
    (void)def;
    later([this, obj] {
        if (auto* t = tas<Named>(obj->type)) validType(t);
    });
    if (tdecl->isAlias()) {
        obj->isAlias = true;
        obj->type = invalidType();  // guards against alias cycles (type A = A)
        Type* rhs = typExpr(tdecl->type);
        obj->type = rhs;
        return;
    }
    auto* named = ctx_.newType<Named>(obj);
    obj->type = named;
    Type* rhs = definedType(tdecl->type, named);
    namedRHS_[named] = rhs;
    if (!named->underlying) {
        if (auto* rn = tas<Named>(rhs)) {
            if (rn->underlying) {
                named->underlying = rn->underlying;
            } else {
                pendingUnder_[named] = rn;
            }
        } else {
            named->underlying = rhs ? rhs : invalidType();
        }
    }
    resolvePendingUnderlying();
}

void Checker::resolvePendingUnderlying() {
    bool progress = true;
    while (progress && !pendingUnder_.empty()) {
        progress = false;
        std::vector<Named*> keys;
        keys.reserve(pendingUnder_.size());
        for (auto& [n, _] : pendingUnder_) keys.push_back(n);
        std::sort(keys.begin(), keys.end(), [](Named* a, Named* b) { return a->obj->pos < b->obj->pos; });
        for (Named* n : keys) {
            if (!pendingUnder_.count(n)) continue;
            std::vector<Named*> path{n};
            Named* cur = pendingUnder_[n];
            for (size_t guard = 0; guard <= pendingUnder_.size() + 1; guard++) {
                if (cur->underlying) {
                    for (Named* p : path) {
                        p->underlying = cur->underlying;
                        pendingUnder_.erase(p);
                    }
                    progress = true;
                    break;
                }
                auto it = pendingUnder_.find(cur);
                if (it == pendingUnder_.end()) break;  // still being declared elsewhere
                auto pos = std::find(path.begin(), path.end(), cur);
                if (pos != path.end()) {
                    std::vector<Object*> cycle;
                    for (auto p = pos; p != path.end(); ++p) cycle.push_back((*p)->obj);
                    cycleError(cycle);
                    for (Named* p : path) {
                        p->underlying = invalidType();
                        pendingUnder_.erase(p);
                    }
                    progress = true;
                    break;
                }
                path.push_back(cur);
                cur = it->second;
            }
        }
    }
}

void Checker::collectMethods(TypeName* obj) {
    auto it = methods_.find(obj);
    if (it == methods_.end()) return;
    std::vector<Func*> list = std::move(it->second);
    methods_.erase(it);

    auto* base = tas<Named>(obj->type);
    std::unordered_map<std::string, Object*> mset;
    if (base) {
        later([this, base] { checkFieldUniqueness(base); });
        for (Func* m : base->methods) mset[m->name] = m;
    }
    for (Func* m : list) {
        auto [pos, inserted] = mset.emplace(m->name, m);
        if (!inserted) {
            Object* alt = pos->second;
            std::string msg = "method " + obj->name + "." + m->name + " already declared";
            if (alt->pos.valid() && cfg_.formatPos) msg += " at " + cfg_.formatPos(alt->pos);
            error(m->pos, msg);
            continue;
        }
        if (base) base->methods.push_back(m);
    }
}

void Checker::checkFieldUniqueness(Named* base) {
    auto* st = tas<Struct>(under(base));
    if (!st) return;
    std::unordered_map<std::string, Func*> mset;
    for (Func* m : base->methods) mset.emplace(m->name, m);
    for (Var* fld : st->fields) {
        if (fld->name == "_") continue;
        auto it = mset.find(fld->name);
        if (it == mset.end()) continue;
        Func* alt = it->second;
        std::vector<std::pair<Pos, std::string>> parts{{alt->pos, "field and method with the same name " + fld->name}};
        if (fld->pos.valid()) parts.push_back({fld->pos, "other declaration of " + fld->name});
        errorMulti(parts);
    }
}

void Checker::funcDecl(Func* obj, DeclInfo* d) {
    auto* sig = ctx_.newType<Signature>();
    sig->params = ctx_.newType<Tuple>();
    sig->results = ctx_.newType<Tuple>();
    obj->type = sig;  // guard against cycles
    uint32_t saved = colorOf(obj);
    setColor(obj, kBlack);
    FuncDecl* fdecl = d->fdecl;
    Scope* scope = funcType(sig, fdecl->recv, fdecl->sig);
    recordTypeAndValue(fdecl->sig, OpMode::TypeExpr, sig, nullptr);
    setColor(obj, saved);
    if (fdecl->body) {
        later([this, d, obj, sig, fdecl, scope] { funcBody(d, obj->name, sig, fdecl->body, scope, std::nullopt); });
    } else if (!cfg_.allowMissingBodies && obj->name != "init") {
        softError(obj->pos, "missing function body");
    }
}

// ---------------------------------------------------------------------------
// Declarations in function bodies

void Checker::declStmt(GenDecl* d) {
    switch (d->tok) {
    case Tok::Const:
        for (Spec* sp : d->specs) {
            auto* s = as<ValueSpec>(sp);
            if (!s) continue;
            size_t top = delayed_.size();
            ValueSpec* last = s;
            bool inherited = false;
            if (!s->type && s->values.empty()) {
                last = s->implicitFrom;
                inherited = last != nullptr;
            }
            static const std::vector<Expr*> kNone;
            const std::vector<Expr*>& values = last ? last->values : kNone;
            Expr* vtyp = last ? last->type : nullptr;
            std::vector<Const*> lhs;
            for (size_t i = 0; i < s->names.size(); i++) {
                Ident* name = s->names[i];
                auto* obj = ctx_.newObject<Const>(name->name, nullptr, name->pos, pkg_);
                lhs.push_back(obj);
                constDecl(obj, vtyp, i < values.size() ? values[i] : nullptr, inherited,
                          constant::makeInt64(s->iota));
            }
            arity(s->pos, s->names, values, true, inherited);
            processDelayed(top);
            for (size_t i = 0; i < s->names.size(); i++) declare(env_.scope, s->names[i], lhs[i]);
        }
        break;
    case Tok::Var:
        for (Spec* sp : d->specs) {
            auto* s = as<ValueSpec>(sp);
            if (!s) continue;
            size_t top = delayed_.size();
            std::vector<Var*> lhs0;
            for (Ident* name : s->names) lhs0.push_back(ctx_.newObject<Var>(name->name, nullptr, name->pos, pkg_));
            const auto& values = s->values;
            for (size_t i = 0; i < lhs0.size(); i++) {
                std::vector<Var*> lhs;
                Expr* init = nullptr;
                if (values.size() == s->names.size()) {
                    init = values[i];
                } else if (values.size() == 1) {
                    lhs = lhs0;
                    init = values[0];
                } else if (i < values.size()) {
                    init = values[i];
                }
                varDecl(lhs0[i], lhs, s->type, init);
                if (values.size() == 1) break;
            }
            for (Var* v : lhs0) {
                if (!v->type) v->type = invalidType();
            }
            if (!s->type || !values.empty()) arity(s->pos, s->names, values, false, false);
            processDelayed(top);
            for (size_t i = 0; i < s->names.size(); i++) declare(env_.scope, s->names[i], lhs0[i]);
        }
        break;
    case Tok::Type:
        for (Spec* sp : d->specs) {
            auto* s = as<TypeSpec>(sp);
            if (!s || !s->name) continue;
            auto* obj = ctx_.newObject<TypeName>(s->name->name, nullptr, s->name->pos, pkg_);
            declare(env_.scope, s->name, obj);
            setColor(obj, kGrey + push(obj));
            typeDecl(obj, s, nullptr);
            setColor(pop(), kBlack);
        }
        break;
    default:
        break;
    }
}

}  // namespace gomini::frontend
