// compiler_expr.cpp — lvalues and addresses (assignment targets, field paths, &x), and expressions:
// constants, implicit conversions to interfaces, operators (arithmetic through arith/arithImm, shared with
// compound assignment), comparisons, condJump (conditions compiled to branches), unary operators,
// selectors, index and slice expressions, composite literals and func literals (closures).
//
// Invariants: expr(e, dst) leaves e's value in dst (or, for dst < 0, in registers it returns, allocated at
// or above the mark it found or an existing variable's frame slot, which the caller must not write);
// temporaries above the result are released; operands are evaluated left to right as Go requires.
#include <cstring>

#include "frontend/compiler_internal.h"

namespace gomini::frontend::detail {

// =====================================================================================================
// lvalues

// The address of x's value: x's own if x is addressable, else that of a copy made in the frame.
int Compiler::addrOfValue(Expr* x) {
    if (isAddressable(x)) return addrOf(x);
    int v = alloc(slotsOf(x->type));
    exprTo(x, v);
    int p = alloc(1);
    emit(Op::ADDR, {u(p), u(v)});
    return p;
}

// stable: the operands are copied to temporaries, so that assignments to other
// variables of the same statement cannot change them (tuple assignment).
Compiler::LValue Compiler::lvalue(Expr* e, bool stable) {
    e = unparen(e);
    LValue lv;
    lv.type = e->type;
    if (auto* id = as<Ident>(e)) {
        if (id->name == "_") {
            lv.k = LValue::Blank;
            return lv;
        }
        lv.k = LValue::Var_;
        lv.var = asObj<Var>(id->obj);
        if (!lv.var) unsupported(e->pos, "cannot assign to " + id->name);
        return lv;
    }
    if (auto* ix = as<IndexExpr>(e)) {
        if (auto* mt = tas<Map>(under(ix->x->type))) {
            lv.k = LValue::MapElem;
            lv.map = expr(ix->x, stable ? alloc(1) : -1);
            lv.key = exprConv(ix->indices[0], mt->key, stable ? alloc(slotsOf(mt->key)) : -1);
            lv.mapType = ix->x->type;
            lv.type = mt->elem;
            return lv;
        }
    }
    if (auto* sel = as<SelectorExpr>(e)) {
        auto* fv = asObj<Var>(sel->sel->obj);
        if (fv && fv->isField) {
            int slot;
            if (frameFieldSlot(sel, slot)) {
                lv.k = LValue::Slot;
                lv.ptr = slot;
                return lv;
            }
            lv.k = LValue::Mem;
            fieldAddr(sel, lv.ptr, lv.off);
            return lv;
        }
    }
    if (auto* ix = as<IndexExpr>(e)) {
        if (auto* sl = tas<Slice>(under(ix->x->type)); sl && fusedElem(sl->elem)) {
            lv.k = LValue::SliceElem;
            lv.map = expr(ix->x);
            if (stable) {
                int c = alloc(3);
                mov(c, lv.map, 3);
                lv.map = c;
            }
            lv.key = exprConv(ix->indices[0], tc_.typ(BasicKind::Int), stable ? alloc(1) : -1);
            return lv;
        }
    }
    lv.k = LValue::Mem;
    lv.ptr = addrOf(e);
    lv.off = 0;
    return lv;
}

void Compiler::assign(const LValue& lv, int src) {
    switch (lv.k) {
        case LValue::Blank: return;
        case LValue::Var_: writeVar(lv.var, src); return;
        case LValue::Slot: mov(lv.ptr, src, slotsOf(lv.type)); return;
        case LValue::SliceElem:
            emit(fusedElem(lv.type) == 8 ? Op::STX64 : Op::STX8, {u(lv.map), u(lv.key), u(src)});
            return;
        case LValue::Mem: storeTo(lv.ptr, lv.off, lv.type, src); return;
        case LValue::MapElem: {
            int p = alloc(1);
            emit(Op::MAPSET, {u(p), kType(lv.mapType), u(lv.map), u(lv.key)});
            storeTo(p, 0, lv.type, src);
            return;
        }
    }
}

int Compiler::readLValue(const LValue& lv, int dst) {
    switch (lv.k) {
        case LValue::Var_: return readVar(lv.var, dst);
        case LValue::SliceElem:
            if (dst < 0) dst = alloc(1);
            hintType(emit(fusedElem(lv.type) == 8 ? Op::LDX64 : Op::LDX8U, {u(dst), u(lv.map), u(lv.key)}), lv.type);
            return dst;
        case LValue::Slot:
            if (dst < 0) return lv.ptr;
            mov(dst, lv.ptr, slotsOf(lv.type));
            return dst;
        case LValue::Mem: {
            if (dst < 0) dst = alloc(slotsOf(lv.type));
            loadFrom(dst, lv.ptr, lv.off, lv.type);
            return dst;
        }
        case LValue::MapElem: {
            int p = alloc(1);
            emit(Op::MAPGET, {u(p), kType(lv.mapType), u(lv.map), u(lv.key)});
            if (dst < 0) dst = alloc(slotsOf(lv.type));
            loadFrom(dst, p, 0, lv.type);
            return dst;
        }
        default: unsupported({}, "bad lvalue");
    }
}

int32_t Compiler::fieldOffset(Type* structType, int idx, Type** fieldType) {
    auto* st = cast<Struct>(under(structType));
    auto offs = fieldOffsets(st);
    if (fieldType) *fieldType = st->fields[static_cast<size_t>(idx)]->type;
    return static_cast<int32_t>(offs[static_cast<size_t>(idx)]);
}

// Follows path[0..n) of field indices from a pointer `ptr` to a struct of type t
// (t may be a pointer to struct, in which case ptr holds that pointer value);
// returns a register holding the address of the final field; t becomes its type.
int Compiler::fieldPath(int ptr, Type*& t, const std::vector<int>& path, size_t n) {
    int p = ptr;
    for (size_t k = 0; k < n; ++k) {
        Type* st = t;
        if (auto* pt = tas<Pointer>(under(st))) st = pt->base;
        Type* ft = nullptr;
        int32_t off = fieldOffset(st, path[k], &ft);
        int q = alloc(1);
        emit(Op::OFFPTR, {u(q), u(p), static_cast<uint32_t>(off)});
        p = q;
        t = ft;
        if (k + 1 < n && isa<Pointer>(under(t))) {
            int r = alloc(1);
            hintPtr(emit(Op::LD64, {u(r), u(p), 0}));
            p = r;
        }
    }
    return p;
}

// The field selected by sel as (base register, byte offset): offsets of
// embedded and nested fields accumulate, so p.a.b.c is one load/store.
void Compiler::fieldAddr(SelectorExpr* sel, int& base, int32_t& off) {
    auto* fv = asObj<Var>(sel->sel->obj);
    Type* xt = sel->x->type;
    LookupResult lr = lookupFieldOrMethod(xt, false, fs_->pkg, sel->sel->name);
    if (lr.index.empty()) lr = lookupFieldOrMethod(xt, true, fv ? fv->pkg : nullptr, sel->sel->name);
    Type* cur;
    if (auto* pt = tas<Pointer>(under(xt))) {
        base = expr(sel->x);
        off = 0;
        cur = pt->base;
    } else if (isAddressable(sel->x)) {
        auto* inner = as<SelectorExpr>(unparen(sel->x));
        auto* innerField = inner ? asObj<Var>(inner->sel->obj) : nullptr;
        if (innerField && innerField->isField) fieldAddr(inner, base, off);
        else {
            base = addrOf(sel->x);
            off = 0;
        }
        cur = xt;
    } else {
        int v = alloc(slotsOf(xt));
        exprTo(sel->x, v);
        base = alloc(1);
        emit(Op::ADDR, {u(base), u(v)});
        off = 0;
        cur = xt;
    }
    for (size_t k = 0; k < lr.index.size(); ++k) {
        Type* ft = nullptr;
        off += fieldOffset(cur, lr.index[k], &ft);
        if (k + 1 < lr.index.size() && isa<Pointer>(under(ft))) {
            int q = alloc(1);
            hintPtr(emit(Op::LD64, {u(q), u(base), static_cast<uint32_t>(off)}));
            base = q;
            off = 0;
            cur = cast<Pointer>(under(ft))->base;
        } else cur = ft;
    }
}

// A field of a frame-resident struct variable that occupies whole slots (so its
// slot representation is its memory representation): its first slot.
bool Compiler::frameFieldSlot(SelectorExpr* sel, int& slot) {
    auto* fv = asObj<Var>(sel->sel->obj);
    if (!fv || !fv->isField) return false;
    int32_t off = 0;
    Expr* x = unparen(sel->x);
    std::vector<SelectorExpr*> chain{sel};
    while (auto* in = as<SelectorExpr>(x)) {
        auto* f2 = asObj<Var>(in->sel->obj);
        if (!f2 || !f2->isField) return false;
        chain.push_back(in);
        x = unparen(in->x);
    }
    auto* id = as<Ident>(x);
    auto* v = id ? asObj<Var>(id->obj) : nullptr;
    if (!v) return false;
    auto it = fs_->vars.find(v);
    if (it == fs_->vars.end() || it->second.k != VarLoc::Frame) return false;
    for (auto ci = chain.rbegin(); ci != chain.rend(); ++ci) {
        SelectorExpr* s2 = *ci;
        Type* xt = s2->x->type;
        if (!isa<Struct>(under(xt))) return false;
        LookupResult lr = lookupFieldOrMethod(xt, true, fs_->pkg, s2->sel->name);
        Type* cur = xt;
        if (lr.index.empty()) return false;
        for (size_t k = 0; k < lr.index.size(); ++k) {
            if (!isa<Struct>(under(cur))) return false;
            Type* ft = nullptr;
            off += fieldOffset(cur, lr.index[k], &ft);
            if (k + 1 < lr.index.size() && isa<Pointer>(under(ft))) return false;
            cur = ft;
        }
    }
    Layout l = layout(sel->type);
    if (off % 8 != 0 || l.size == 0 || l.size % 8 != 0) return false;
    slot = it->second.slot + off / 8;
    return true;
}

// Whether e can be evaluated straight into the variable it is assigned to: its
// code reads every operand before it writes the destination.
bool Compiler::safeDirect(Expr* e) {
    e = unparen(e);
    if (isConst(e)) return true;
    switch (e->kind) {
        case NodeKind::Ident: case NodeKind::BinaryExpr: case NodeKind::UnaryExpr: case NodeKind::IndexExpr:
        case NodeKind::SelectorExpr: case NodeKind::StarExpr: case NodeKind::SliceExpr:
            return !isIfaceT(e->type) || isIfaceT(e->type);
        case NodeKind::CallExpr: {
            auto* ce = cast<CallExpr>(e);
            Expr* f = unparen(ce->fun);
            if (f->mode == Mode::Builtin) return false;
            return true;
        }
        default: return false;
    }
}

bool Compiler::isAddressable(Expr* e) {
    e = unparen(e);
    return e->mode == Mode::Variable;
}

int Compiler::addrOf(Expr* e) {
    e = unparen(e);
    if (auto* id = as<Ident>(e)) {
        auto* v = asObj<Var>(id->obj);
        if (!v) unsupported(e->pos, "cannot take address of " + id->name);
        return varPtr(v);
    }
    if (auto* st = as<StarExpr>(e)) {
        int p = alloc(1);
        exprTo(st->x, p);
        return p;
    }
    if (auto* sel = as<SelectorExpr>(e)) {
        auto* fv = asObj<Var>(sel->sel->obj);
        if (!fv || !fv->isField) {
            if (fv) return varPtr(fv);  // pkg.Var
            unsupported(e->pos, "cannot take address of method");
        }
        Type* xt = sel->x->type;
        LookupResult lr = lookupFieldOrMethod(xt, false, fs_->pkg, sel->sel->name);
        if (lr.index.empty()) lr = lookupFieldOrMethod(xt, true, fv->pkg, sel->sel->name);
        int base;
        Type* t = xt;
        if (isa<Pointer>(under(xt))) {
            base = alloc(1);
            exprTo(sel->x, base);
        } else {
            base = addrOfValue(sel->x);  // a non-addressable struct value is materialized
        }
        return fieldPath(base, t, lr.index, lr.index.size());
    }
    if (auto* ix = as<IndexExpr>(e)) {
        Type* xt = under(ix->x->type);
        int i = exprConv(ix->indices[0], tc_.typ(BasicKind::Int));
        if (auto* sl = tas<Slice>(xt)) {
            int s = expr(ix->x);
            int p = alloc(1);
            emit(Op::IDXSLICE, {u(p), u(s), u(i), layout(sl->elem).size});
            return p;
        }
        Array* at = nullptr;
        int base;
        if (auto* pt = tas<Pointer>(xt)) {
            at = cast<Array>(under(pt->base));
            base = alloc(1);
            exprTo(ix->x, base);
        } else {
            at = cast<Array>(xt);
            base = addrOfValue(ix->x);
        }
        int p = alloc(1);
        emit(Op::IDXARR, {u(p), u(base), u(i), layout(at->elem).size, static_cast<uint32_t>(at->len)});
        return p;
    }
    if (auto* cl = as<CompositeLit>(e)) {
        Type* t = cl->type;
        int p = alloc(1);
        emit(Op::NEW, {u(p), kType(t)});
        if (isa<Slice>(under(t)) || isa<Map>(under(t))) {
            int v = compositeLit(cl, -1);
            storeTo(p, 0, t, v);
            return p;
        }
        initComposite(cl, t, p, 0);
        return p;
    }
    // not addressable: materialize into a temporary
    int v = alloc(slotsOf(e->type));
    exprTo(e, v);
    int p = alloc(1);
    emit(Op::ADDR, {u(p), u(v)});
    return p;
}

// =====================================================================================================
// expressions

int Compiler::constant(Expr* e, Type* t, const K::Value& v, int dst) {
    Type* ut = under(t);
    if (isa<Interface>(ut)) {
        // constant converted to interface: box its default type
        Type* dt = defaultType(e->type);
        int tmp = constant(e, dt, v, -1);
        return boxIface(tmp, dt, t, dst);
    }
    uint32_t n = slotsOf(t);
    if (dst < 0) dst = alloc(n);
    Layout l = layout(t);
    switch (l.vk) {
        case VK::Str: {
            emit(Op::LOADK2, {u(dst), kStr(v.kind() == K::Kind::String ? K::stringVal(v) : std::string())});
            return dst;
        }
        case VK::F64: {
            double d = K::float64Val(K::toFloat(v)).first;
            uint64_t bits;
            std::memcpy(&bits, &d, 8);
            emit(Op::LOADK, {u(dst), kWord(bits)});
            return dst;
        }
        case VK::F32: {
            float f = K::float32Val(K::toFloat(v)).first;
            uint32_t bits;
            std::memcpy(&bits, &f, 4);
            emit(Op::LOADK, {u(dst), kWord(bits)});
            return dst;
        }
        case VK::C128: case VK::C64: {
            K::Value c = K::toComplex(v);
            double re = K::float64Val(K::real(c)).first, im = K::float64Val(K::imag(c)).first;
            if (l.vk == VK::C64) {
                float fr = static_cast<float>(re), fi = static_cast<float>(im);
                uint64_t w = 0;
                std::memcpy(&w, &fr, 4);
                std::memcpy(reinterpret_cast<char*>(&w) + 4, &fi, 4);
                emit(Op::LOADK, {u(dst), kWord(w)});
                return dst;
            }
            uint64_t a, b;
            std::memcpy(&a, &re, 8);
            std::memcpy(&b, &im, 8);
            emit(Op::LOADK, {u(dst), kWord(a)});
            emit(Op::LOADK, {u(dst + 1), kWord(b)});
            return dst;
        }
        default: break;
    }
    if (v.kind() == K::Kind::Bool) {
        loadInt(dst, K::boolVal(v) ? 1 : 0);
        return dst;
    }
    K::Value iv = K::toInt(v);
    if (isUnsigned(t)) {
        auto [x, ok] = K::uint64Val(iv);
        loadInt(dst, static_cast<int64_t>(x));
        (void)ok;
    } else {
        auto [x, ok] = K::int64Val(iv);
        if (!ok) {
            auto [y, ok2] = K::uint64Val(iv);
            x = static_cast<int64_t>(y);
            (void)ok2;
        }
        loadInt(dst, x);
    }
    return dst;
}

bool Compiler::smallIntConst(Expr* e, Type* t, int64_t* imm) {
    auto* b = tas<Basic>(under(t));
    if (!b || !isConst(e)) return false;
    const K::Value& v = *e->value;
    if (v.kind() == K::Kind::Bool) {
        *imm = K::boolVal(v) ? 1 : 0;
        return true;
    }
    if (!isInteger(t) || (v.kind() != K::Kind::Int)) return false;
    auto [x, ok] = K::int64Val(v);
    if (!ok || x < INT32_MIN || x > INT32_MAX) return false;
    *imm = x;
    return true;
}

int Compiler::exprConv(Expr* e, Type* target, int dst) {
    Type* et = e->type;
    if (!target || !et) return expr(e, dst);
    if (isConst(e)) return constant(e, target, *e->value, dst);
    if (isa<Basic>(et) && cast<Basic>(et)->bkind == BasicKind::UntypedNil) {
        uint32_t n = slotsOf(target);
        if (dst < 0) dst = alloc(n);
        emit(Op::ZERO, {u(dst), n});
        return dst;
    }
    if (isIfaceT(target) && !isIfaceT(et)) {
        int v = expr(e);
        return boxIface(v, et, target, dst);
    }
    if (isIfaceT(target) && isIfaceT(et) && !identical(under(target), under(et))) {
        int v = expr(e);
        if (dst < 0) dst = alloc(2);
        if (cast<Interface>(under(target))->allMethods.empty()) {
            // any <- non-empty: re-tab
            emit(Op::IFACE2IFACE, {u(dst), u(v), kType(target)});
        } else {
            emit(Op::IFACE2IFACE, {u(dst), u(v), kType(target)});
        }
        return dst;
    }
    return expr(e, dst);
}

int Compiler::convertValue(int src, Type* from, Type* to, int dst) {
    if (!from || !to || identical(from, to) || !isIfaceT(to)) {
        if (dst < 0) return src;
        mov(dst, src, slotsOf(to));
        return dst;
    }
    if (isIfaceT(from)) {
        if (dst < 0) dst = alloc(2);
        emit(Op::IFACE2IFACE, {u(dst), u(src), kType(to)});
        return dst;
    }
    return boxIface(src, from, to, dst);
}

int Compiler::boxIface(int src, Type* from, Type* iface, int dst) {
    if (dst < 0) dst = alloc(2);
    if (isa<Basic>(from) && cast<Basic>(from)->info & IsUntyped) from = defaultType(from);
    const vm::Itab* tab = itabFor(iface, from);
    emit(Op::CONVI, {u(dst), u(src), kPtr(tab)});
    return dst;
}

int Compiler::expr(Expr* e, int dst) {
    setLine(e->pos);
    if (isConst(e)) return constant(e, e->type, *e->value, dst);
    switch (e->kind) {
        case NodeKind::ParenExpr: return expr(cast<ParenExpr>(e)->x, dst);
        case NodeKind::Ident: {
            auto* id = cast<Ident>(e);
            Object* o = id->obj;
            if (auto* v = asObj<Var>(o)) return readVar(v, dst);
            if (isObj<Nil>(o) || id->name == "nil") {
                uint32_t n = std::max(slotsOf(e->type), 1u);
                if (dst < 0) dst = alloc(n);
                emit(Op::ZERO, {u(dst), n});
                return dst;
            }
            if (auto* f = asObj<Func>(o)) {
                auto it = funcs_.find(f);
                if (it == funcs_.end()) unsupported(e->pos, "unknown function " + f->name);
                if (dst < 0) dst = alloc(1);
                emit(Op::FUNCVAL, {u(dst), kFunc(it->second)});
                return dst;
            }
            unsupported(e->pos, "unsupported identifier " + id->name);
        }
        case NodeKind::BinaryExpr: return binary(cast<BinaryExpr>(e), dst);
        case NodeKind::UnaryExpr: return unary(cast<UnaryExpr>(e), dst);
        case NodeKind::CallExpr: return call(cast<CallExpr>(e), dst);
        case NodeKind::SelectorExpr: return selector(cast<SelectorExpr>(e), dst);
        case NodeKind::IndexExpr: return index(cast<IndexExpr>(e), dst);
        case NodeKind::SliceExpr: return sliceExpr(cast<SliceExpr>(e), dst);
        case NodeKind::StarExpr: {
            auto* st = cast<StarExpr>(e);
            int p = expr(st->x);
            if (dst < 0) dst = alloc(slotsOf(e->type));
            loadFrom(dst, p, 0, e->type);
            return dst;
        }
        case NodeKind::CompositeLit: return compositeLit(cast<CompositeLit>(e), dst);
        case NodeKind::FuncLit: return funcLit(cast<FuncLit>(e), dst);
        case NodeKind::TypeAssertExpr: return typeAssert(cast<TypeAssertExpr>(e), dst, false);
        default: unsupported(e->pos, std::string("unsupported expression ") + nodeKindName(e->kind));
    }
}

void Compiler::condJump(Expr* e, bool when, std::vector<int>& patches) {
    e = unparen(e);
    if (isConst(e) && e->value->kind() == K::Kind::Bool) {
        if (K::boolVal(*e->value) == when) patches.push_back(jmp());
        return;
    }
    if (auto* u_ = as<UnaryExpr>(e); u_ && u_->op == Tok::Not) {
        condJump(u_->x, !when, patches);
        return;
    }
    if (auto* b = as<BinaryExpr>(e)) {
        if (b->op == Tok::LAnd || b->op == Tok::LOr) {
            bool isAnd = b->op == Tok::LAnd;
            if (isAnd == when) {
                // (a && b) jump-if-true: if !a skip; if b jump
                std::vector<int> skip;
                condJump(b->x, !when, skip);
                condJump(b->y, when, patches);
                patchAll(skip, pc());
            } else {
                condJump(b->x, when, patches);
                condJump(b->y, when, patches);
            }
            return;
        }
        Type* t = b->x->type;
        bool intLike = t && (isInteger(t) || isa<Pointer>(under(t))) && !isConst(b->x);
        if (intLike && isInteger(t) && (b->op == Tok::Lss || b->op == Tok::Leq || b->op == Tok::Gtr ||
                                         b->op == Tok::Geq || b->op == Tok::Eql || b->op == Tok::Neq)) {
            int mark = fs_->top;
            Tok op = b->op;
            if (!when) {
                switch (op) {
                    case Tok::Lss: op = Tok::Geq; break;
                    case Tok::Leq: op = Tok::Gtr; break;
                    case Tok::Gtr: op = Tok::Leq; break;
                    case Tok::Geq: op = Tok::Lss; break;
                    case Tok::Eql: op = Tok::Neq; break;
                    default: op = Tok::Eql; break;
                }
            }
            // x % c == 0 / != 0 for a signed x and a constant c (not 0 or -1): one divisibility branch
            if ((op == Tok::Eql || op == Tok::Neq) && !isUnsigned(t) && isConst(b->y)) {
                auto* r = as<BinaryExpr>(unparen(b->x));
                auto [z, okz] = K::int64Val(K::toInt(*b->y->value));
                if (r && r->op == Tok::Rem && okz && z == 0 && isConst(r->y) && !isConst(r->x)) {
                    auto [c, okc] = K::int64Val(K::toInt(*r->y->value));
                    if (okc && c != 0 && c != -1 && c >= INT32_MIN && c <= INT32_MAX) {
                        int xr = exprConv(r->x, t);
                        patches.push_back(emit(op == Tok::Eql ? Op::JREMZI : Op::JREMNZI,
                                               {u(xr), static_cast<uint32_t>(static_cast<int32_t>(c)), 0}));
                        fs_->top = mark;
                        return;
                    }
                }
            }
            int x = expr(b->x);
            bool uns = isUnsigned(t);
            if (isConst(b->y) && !uns) {
                auto [c, ok] = K::int64Val(K::toInt(*b->y->value));
                if (ok && c >= INT32_MIN && c <= INT32_MAX) {
                    Op o = op == Tok::Lss ? Op::JLTSI : op == Tok::Leq ? Op::JLESI : op == Tok::Gtr ? Op::JGTSI
                         : op == Tok::Geq ? Op::JGESI : op == Tok::Eql ? Op::JEQI : Op::JNEI;
                    patches.push_back(emit(o, {u(x), static_cast<uint32_t>(static_cast<int32_t>(c)), 0}));
                    fs_->top = mark;
                    return;
                }
            }
            int y = exprConv(b->y, t);
            int a = x, c = y;
            Op o;
            switch (op) {
                case Tok::Lss: o = uns ? Op::JLTU : Op::JLTS; break;
                case Tok::Leq: o = uns ? Op::JLEU : Op::JLES; break;
                case Tok::Gtr: o = uns ? Op::JLTU : Op::JLTS; std::swap(a, c); break;
                case Tok::Geq: o = uns ? Op::JLEU : Op::JLES; std::swap(a, c); break;
                case Tok::Eql: o = Op::JEQ; break;
                default: o = Op::JNE; break;
            }
            patches.push_back(emit(o, {u(a), u(c), 0}));
            fs_->top = mark;
            return;
        }
        if (t && layout(t).vk == VK::F64 && !isConst(b->x) &&
            (b->op == Tok::Lss || b->op == Tok::Leq || b->op == Tok::Gtr || b->op == Tok::Geq)) {
            int mark = fs_->top;
            int x = expr(b->x);
            int y = exprConv(b->y, t);
            int a = x, c = y;
            bool le = b->op == Tok::Leq || b->op == Tok::Geq;
            if (b->op == Tok::Gtr || b->op == Tok::Geq) std::swap(a, c);
            Op o = when ? (le ? Op::JLEF : Op::JLTF) : (le ? Op::JNLEF : Op::JNLTF);
            patches.push_back(emit(o, {u(a), u(c), 0}));
            fs_->top = mark;
            return;
        }
    }
    // a []bool element tested in place (the sieve's `if !composite[i]`)
    if (auto* ix = as<IndexExpr>(e); ix && ix->indices.size() == 1 && ix->x->type) {
        if (auto* sl = tas<Slice>(under(ix->x->type)); sl && isBoolean(sl->elem)) {
            int mark = fs_->top;
            int sr = expr(ix->x);
            int ir = exprConv(ix->indices[0], tc_.typ(BasicKind::Int));
            patches.push_back(emit(when ? Op::JX8T : Op::JX8F, {u(sr), u(ir), 0}));
            fs_->top = mark;
            return;
        }
    }
    int mark = fs_->top;
    int r = expr(e);
    patches.push_back(emit(when ? Op::JT : Op::JF, {u(r), 0}));
    fs_->top = mark;
}

int Compiler::compare(Tok op, Type* t, int a, int b, int dst, Type* tb) {
    if (dst < 0) dst = alloc(1);
    Layout l = layout(t);
    bool neg = op == Tok::Neq;
    auto R3 = [&](Op o, int x, int y) { emit(o, {u(dst), u(x), u(y)}); };
    if (op == Tok::Eql || op == Tok::Neq) {
        switch (l.vk) {
            case VK::F64: R3(neg ? Op::NEF : Op::EQF, a, b); return dst;
            case VK::F32: R3(neg ? Op::NEF32 : Op::EQF32, a, b); return dst;
            case VK::C128: R3(Op::EQC, a, b); break;
            case VK::C64: {
                int x = alloc(2), y = alloc(2);
                emit(Op::C64TOC128, {u(x), u(a)});
                emit(Op::C64TOC128, {u(y), u(b)});
                R3(Op::EQC, x, y);
                break;
            }
            case VK::Str: R3(neg ? Op::NESTR : Op::EQSTR, a, b); return dst;
            case VK::Iface: R3(Op::EQIFACE, a, b); break;
            case VK::Mem: emit(Op::EQMEM, {u(dst), u(a), u(b), kType(t)}); break;
            case VK::Slice: R3(neg ? Op::NE : Op::EQ, a, b); return dst;  // only against nil
            default: R3(neg ? Op::NE : Op::EQ, a, b); return dst;
        }
        if (neg) emit(Op::NOT, {u(dst), u(dst)});
        return dst;
    }
    bool swap = op == Tok::Gtr || op == Tok::Geq;
    bool le = op == Tok::Leq || op == Tok::Geq;
    int x = swap ? b : a, y = swap ? a : b;
    switch (l.vk) {
        case VK::F64: R3(le ? Op::LEF : Op::LTF, x, y); break;
        case VK::F32: R3(le ? Op::LEF32 : Op::LTF32, x, y); break;
        case VK::Str: R3(le ? Op::LESTR : Op::LTSTR, x, y); break;
        default:
            if (isUnsigned(t)) R3(le ? Op::LEU : Op::LTU, x, y);
            else R3(le ? Op::LES : Op::LTS, x, y);
    }
    (void)tb;
    return dst;
}

int Compiler::binary(BinaryExpr* e, int dst) {
    Tok op = e->op;
    if (op == Tok::LAnd || op == Tok::LOr) {
        if (dst < 0) dst = alloc(1);
        std::vector<int> f;
        condJump(e, false, f);
        loadInt(dst, 1);
        int end = jmp();
        patchAll(f, pc());
        loadInt(dst, 0);
        patch(end, pc());
        return dst;
    }
    int mark = fs_->top;
    Type* t = e->type;
    if (op == Tok::Eql || op == Tok::Neq || op == Tok::Lss || op == Tok::Leq || op == Tok::Gtr || op == Tok::Geq) {
        Type* xt = e->x->type;
        Type* yt = e->y->type;
        bool xNil = isa<Basic>(xt) && cast<Basic>(xt)->bkind == BasicKind::UntypedNil;
        bool yNil = isa<Basic>(yt) && cast<Basic>(yt)->bkind == BasicKind::UntypedNil;
        if (xNil || yNil) {
            Expr* other = xNil ? e->y : e->x;
            int v = expr(other);
            if (dst < 0 || dst < mark) {
            }
            int r = dst >= 0 ? dst : alloc(1);
            emit(op == Tok::Eql ? Op::EQI : Op::NEI, {u(r), u(v), 0});
            if (dst < 0) {
                fs_->top = std::max(mark, r + 1);
                if (r >= mark) {
                    // keep result
                }
            }
            return r;
        }
        Type* ct = xt;
        if (isa<Basic>(ct) && cast<Basic>(ct)->info & IsUntyped) ct = yt;
        if (isIfaceT(xt) != isIfaceT(yt)) ct = isIfaceT(xt) ? xt : yt;
        if (isa<Basic>(ct) && cast<Basic>(ct)->info & IsUntyped) ct = defaultType(ct);
        int a = exprConv(e->x, ct);
        int b = exprConv(e->y, ct);
        int r = dst >= 0 ? dst : alloc(1);
        compare(op, ct, a, b, r);
        if (dst < 0) {
            // move result down to mark to free temps
            if (r != mark) {
                mov(mark, r, 1);
                r = mark;
            }
            fs_->top = mark + 1;
        }
        return r;
    }
    Layout l = layout(t);
    int n = static_cast<int>(l.slots);
    if (isString(t) && op == Tok::Add) {
        // flatten a + b + c into one CONCAT
        std::vector<Expr*> parts;
        std::vector<Expr*> stack{e};
        while (!stack.empty()) {
            Expr* x = stack.back();
            stack.pop_back();
            auto* be = as<BinaryExpr>(unparen(x));
            if (be && be->op == Tok::Add && !isConst(be) && isString(be->type)) {
                stack.push_back(be->y);
                stack.push_back(be->x);
            } else parts.push_back(x);
        }
        int base = alloc(static_cast<uint32_t>(2 * parts.size()));
        for (size_t i = 0; i < parts.size(); ++i) exprConv(parts[i], t, base + 2 * static_cast<int>(i));
        int r = dst >= 0 ? dst : mark;
        emit(Op::CONCAT, {u(r), u(base), static_cast<uint32_t>(parts.size())});
        if (dst < 0) fs_->top = mark + 2;
        return r;
    }
    bool isShift = op == Tok::Shl || op == Tok::Shr;
    int a = exprConv(e->x, t);
    int r;
    // constant right operand: immediate forms
    int32_t imm = 0;
    if (Op io = arithImm(op, t, e->y, &imm); io != Op::NOP) {
        r = dst >= 0 ? dst : mark;
        if (dst < 0 && fs_->top < mark + 1) alloc(1);
        emit(io, {u(r), u(a), static_cast<uint32_t>(imm)});
        narrow(r, t);
        if (dst < 0) fs_->top = mark + 1;
        return r;
    }
    int b = isShift ? expr(e->y) : exprConv(e->y, t);
    bool multi = l.vk == VK::C64;  // multi-instruction sequences need a fresh result register
    if (dst >= 0) r = dst;
    else if (multi) r = alloc(static_cast<uint32_t>(n));
    else {
        r = mark;
        if (fs_->top < mark + n) alloc(static_cast<uint32_t>(mark + n - fs_->top));
    }
    arith(op, t, r, a, b, e->y, e->pos);
    if (dst < 0 && r != mark) {
        mov(mark, r, static_cast<uint32_t>(n));
        r = mark;
    }
    if (dst < 0) fs_->top = mark + n;
    return r;
}

Op Compiler::arithImm(Tok op, Type* t, Expr* y, int32_t* imm) {
    if (!isInteger(t) || !isConst(y)) return Op::NOP;
    K::Value cv = K::toInt(*y->value);
    auto [c, ok] = K::int64Val(cv);
    if (op == Tok::Add || op == Tok::Sub || op == Tok::Mul) {
        // a constant beyond int64 (an unsigned operand) is the same modulo 2^64 as its wrapped value
        if (!ok) {
            auto [cu, oku] = K::uint64Val(cv);
            c = static_cast<int64_t>(cu);
            ok = oku;
        }
        if (op == Tok::Sub) {
            if (c == INT64_MIN) return Op::NOP;
            c = -c;
        }
        if (!ok || c < INT32_MIN || c > INT32_MAX) return Op::NOP;
        *imm = static_cast<int32_t>(c);
        return op == Tok::Mul ? Op::MULI : Op::ADDI;
    }
    // division by a nonzero constant needs no check; unsigned division needs a positive immediate
    bool uns = isUnsigned(t);
    bool fits = ok && c >= INT32_MIN && c <= INT32_MAX;
    Op o = Op::NOP;
    switch (op) {
        case Tok::Quo: if (fits && c != 0 && (!uns || c > 0)) o = uns ? Op::DIVUI : Op::DIVSI; break;
        case Tok::Rem: if (fits && c != 0 && (!uns || c > 0)) o = uns ? Op::REMUI : Op::REMSI; break;
        case Tok::And: if (fits) o = Op::ANDI; break;
        case Tok::Or: if (fits) o = Op::ORI; break;
        case Tok::Xor: if (fits) o = Op::XORI; break;
        case Tok::Shl: if (ok && c >= 0 && c < 64) o = Op::SHLI; break;
        case Tok::Shr: if (ok && c >= 0 && c < 64) o = uns ? Op::SHRUI : Op::SHRSI; break;
        default: break;
    }
    if (o != Op::NOP) *imm = static_cast<int32_t>(c);
    return o;
}

void Compiler::arith(Tok op, Type* t, int dst, int a, int b, Expr* y, Pos pos) {
    auto R3 = [&](Op o) { emit(o, {u(dst), u(a), u(b)}); };
    VK vk = layout(t).vk;
    if (vk == VK::F64 || vk == VK::F32) {
        bool f32 = vk == VK::F32;
        switch (op) {
            case Tok::Add: R3(f32 ? Op::ADDF32 : Op::ADDF); break;
            case Tok::Sub: R3(f32 ? Op::SUBF32 : Op::SUBF); break;
            case Tok::Mul: R3(f32 ? Op::MULF32 : Op::MULF); break;
            case Tok::Quo: R3(f32 ? Op::DIVF32 : Op::DIVF); break;
            default: unsupported(pos, "bad float operator");
        }
    } else if (vk == VK::C128 || vk == VK::C64) {
        int x = a, yy = b, rr = dst;
        if (vk == VK::C64) {
            x = alloc(2);
            yy = alloc(2);
            rr = alloc(2);
            emit(Op::C64TOC128, {u(x), u(a)});
            emit(Op::C64TOC128, {u(yy), u(b)});
        }
        Op o = op == Tok::Add ? Op::ADDC : op == Tok::Sub ? Op::SUBC : op == Tok::Mul ? Op::MULC : Op::DIVC;
        emit(o, {u(rr), u(x), u(yy)});
        if (vk == VK::C64) emit(Op::C128TOC64, {u(dst), u(rr)});
    } else {
        bool uns = isUnsigned(t);
        switch (op) {
            case Tok::Add: R3(Op::ADD); break;
            case Tok::Sub: R3(Op::SUB); break;
            case Tok::Mul: R3(Op::MUL); break;
            case Tok::Quo: R3(uns ? Op::DIVU : Op::DIVS); break;
            case Tok::Rem: R3(uns ? Op::REMU : Op::REMS); break;
            case Tok::And: R3(Op::AND); break;
            case Tok::Or: R3(Op::OR); break;
            case Tok::Xor: R3(Op::XOR); break;
            case Tok::AndNot: R3(Op::ANDNOT); break;
            case Tok::Shl:
            case Tok::Shr:
                if (!isUnsigned(y->type) && !isConst(y)) emit(Op::CHKSHIFT, {u(b)});
                R3(op == Tok::Shl ? Op::SHL : uns ? Op::SHRU : Op::SHRS);
                break;
            default: unsupported(pos, "bad operator");
        }
        narrow(dst, t);
    }
}

int Compiler::unary(UnaryExpr* e, int dst) {
    Type* t = e->type;
    switch (e->op) {
        case Tok::And: {
            if (auto* cl = as<CompositeLit>(unparen(e->x)); cl && !e->escapes && !isa<Slice>(under(cl->type)) &&
                                                           !isa<Map>(under(cl->type))) {
                int obj = frameObject(kindsOf(cl->type));
                if (obj >= 0) {
                    // &T{...} that does not escape: a frame object
                    if (dst < 0) dst = alloc(1);
                    int mark = fs_->top;
                    emit(Op::ZERO, {u(obj), std::max(slotsOf(cl->type), 1u)});
                    int p = alloc(1);
                    emit(Op::ADDR, {u(p), u(obj)});
                    initComposite(cl, cl->type, p, 0);
                    mov(dst, p, 1);
                    fs_->top = std::max(mark, dst + 1);
                    return dst;
                }
            }
            int p = addrOf(e->x);
            if (dst < 0) return p;
            mov(dst, p, 1);
            return dst;
        }
        case Tok::Add: return exprConv(e->x, t, dst);
        case Tok::Not: {
            int v = expr(e->x);
            if (dst < 0) dst = alloc(1);
            emit(Op::NOT, {u(dst), u(v)});
            return dst;
        }
        case Tok::Sub: {
            int v = exprConv(e->x, t);
            Layout l = layout(t);
            if (dst < 0) dst = alloc(l.slots);
            if (l.vk == VK::F64) emit(Op::NEGF, {u(dst), u(v)});
            else if (l.vk == VK::F32) emit(Op::NEGF32, {u(dst), u(v)});
            else if (l.vk == VK::C128) emit(Op::NEGC, {u(dst), u(v)});
            else if (l.vk == VK::C64) {
                int x = alloc(2);
                emit(Op::C64TOC128, {u(x), u(v)});
                emit(Op::NEGC, {u(x), u(x)});
                emit(Op::C128TOC64, {u(dst), u(x)});
            } else {
                emit(Op::NEG, {u(dst), u(v)});
                narrow(dst, t);
            }
            return dst;
        }
        case Tok::Xor: {
            int v = exprConv(e->x, t);
            if (dst < 0) dst = alloc(1);
            emit(Op::COM, {u(dst), u(v)});
            narrow(dst, t);
            return dst;
        }
        case Tok::Arrow: unsupported(e->pos, "channels are not supported yet");
        default: unsupported(e->pos, "bad unary operator");
    }
}

int Compiler::selector(SelectorExpr* e, int dst) {
    Object* o = e->sel->obj;
    // qualified identifier pkg.X
    if (auto* id = as<Ident>(e->x); id && isObj<PkgName>(id->obj)) {
        if (auto* v = asObj<Var>(o)) return readVar(v, dst);
        if (auto* f = asObj<Func>(o)) {
            auto it = funcs_.find(f);
            if (it == funcs_.end()) unsupported(e->pos, "unknown function");
            if (dst < 0) dst = alloc(1);
            emit(Op::FUNCVAL, {u(dst), kFunc(it->second)});
            return dst;
        }
        unsupported(e->pos, "unsupported qualified identifier");
    }
    if (auto* fv = asObj<Var>(o); fv && fv->isField) {
        int slot;
        if (frameFieldSlot(e, slot)) {
            if (dst < 0) return slot;
            mov(dst, slot, slotsOf(e->type));
            return dst;
        }
        int mark = fs_->top;
        int base;
        int32_t off;
        fieldAddr(e, base, off);
        uint32_t n = slotsOf(e->type);
        if (dst < 0) {
            if (fs_->top < mark + static_cast<int>(n)) alloc(static_cast<uint32_t>(mark + static_cast<int>(n) - fs_->top));
            loadFrom(mark, base, off, e->type);
            fs_->top = mark + static_cast<int>(n);
            return mark;
        }
        loadFrom(dst, base, off, e->type);
        return dst;
    }
    if (auto* fv = asObj<Var>(o); fv && fv->isField) {
        int mark = fs_->top;
        int p = addrOf(e);
        if (dst < 0) dst = mark;
        uint32_t n = slotsOf(e->type);
        if (dst == mark) {
            // the temporaries of the address computation are dead after the load
            int tmp = alloc(n);
            loadFrom(tmp, p, 0, e->type);
            mov(mark, tmp, n);
            fs_->top = mark + static_cast<int>(n);
            return mark;
        }
        loadFrom(dst, p, 0, e->type);
        return dst;
    }
    if (isObj<Func>(o)) return methodValue(e, dst);
    unsupported(e->pos, "unsupported selector");
}

int Compiler::index(IndexExpr* e, int dst) {
    Type* xt = under(e->x->type);
    if (auto* mt = tas<Map>(xt)) {
        int m = expr(e->x);
        int k = exprConv(e->indices[0], mt->key);
        int p = alloc(1);
        emit(Op::MAPGET, {u(p), kType(e->x->type), u(m), u(k)});
        if (dst < 0) dst = alloc(slotsOf(mt->elem));
        loadFrom(dst, p, 0, mt->elem);
        return dst;
    }
    if (isString(xt)) {
        int s = expr(e->x);
        int i = exprConv(e->indices[0], tc_.typ(BasicKind::Int));
        if (dst < 0) dst = alloc(1);
        emit(Op::STRINDEX, {u(dst), u(s), u(i)});
        return dst;
    }
    if (auto* sl = tas<Slice>(xt); sl && fusedElem(sl->elem)) {
        int mark = fs_->top;
        int sr = expr(e->x);
        int ir = exprConv(e->indices[0], tc_.typ(BasicKind::Int));
        int r = dst >= 0 ? dst : mark;
        if (dst < 0 && fs_->top < mark + 1) alloc(1);
        hintType(emit(fusedElem(sl->elem) == 8 ? Op::LDX64 : Op::LDX8U, {u(r), u(sr), u(ir)}), sl->elem);
        if (dst < 0) fs_->top = mark + 1;
        return r;
    }
    int mark = fs_->top;
    int p = addrOf(e);
    uint32_t n = slotsOf(e->type);
    if (dst < 0) {
        // the load reads p before writing: it may overwrite the address temporaries
        loadFrom(mark, p, 0, e->type);
        fs_->top = std::max(fs_->top, mark + static_cast<int>(n));
        fs_->top = mark + static_cast<int>(n);
        return mark;
    }
    loadFrom(dst, p, 0, e->type);
    return dst;
}

int Compiler::sliceExpr(SliceExpr* e, int dst) {
    Type* xt = under(e->x->type);
    auto opt = [&](Expr* x) -> uint32_t {
        if (!x) return bc::kNoReg;
        return u(exprConv(x, tc_.typ(BasicKind::Int)));
    };
    if (isString(xt)) {
        int s = expr(e->x);
        uint32_t lo = opt(e->lo), hi = opt(e->hi);
        if (dst < 0) dst = alloc(2);
        emit(Op::SLICESTR, {u(dst), u(s), lo, hi});
        return dst;
    }
    if (auto* sl = tas<Slice>(xt)) {
        int s = expr(e->x);
        uint32_t lo = opt(e->lo), hi = opt(e->hi), mx = opt(e->max);
        if (dst < 0) dst = alloc(3);
        emit(Op::SLICE, {u(dst), u(s), lo, hi, mx, layout(sl->elem).size});
        return dst;
    }
    Array* at;
    int p;
    if (auto* pt = tas<Pointer>(xt)) {
        at = cast<Array>(under(pt->base));
        p = expr(e->x);
    } else {
        at = cast<Array>(xt);
        p = addrOf(e->x);
    }
    uint32_t lo = opt(e->lo), hi = opt(e->hi), mx = opt(e->max);
    if (dst < 0) dst = alloc(3);
    emit(Op::SLICEARR, {u(dst), u(p), lo, hi, mx, layout(at->elem).size, static_cast<uint32_t>(at->len)});
    return dst;
}

void Compiler::initComposite(CompositeLit* e, Type* t, int ptr, int32_t off) {
    // ptr points at zeroed memory of type t (at offset off)
    Type* ut = under(t);
    auto storeElem = [&](Expr* v, Type* et, int32_t o) {
        int mark = fs_->top;
        Expr* x = unparen(v);
        if (auto* cl = as<CompositeLit>(x); cl && !isa<Pointer>(under(et)) && !isa<Slice>(under(et)) &&
                                            !isa<Map>(under(et)) && !isIfaceT(et)) {
            initComposite(cl, et, ptr, o);
        } else if (auto* ue = as<UnaryExpr>(x); ue && ue->op == Tok::And && as<CompositeLit>(unparen(ue->x)) &&
                                                 !as<CompositeLit>(unparen(ue->x))->litType) {
            int r = exprConv(v, et);
            storeTo(ptr, o, et, r);
        } else if (as<CompositeLit>(x) && isa<Pointer>(under(et))) {
            // elided &T in []*T{{...}}
            auto* cl = cast<CompositeLit>(x);
            Type* bt = cast<Pointer>(under(et))->base;
            int p = alloc(1);
            emit(Op::NEW, {u(p), kType(bt)});
            initComposite(cl, bt, p, 0);
            storeTo(ptr, o, et, p);
        } else {
            int r = exprConv(v, et);
            storeTo(ptr, o, et, r);
        }
        fs_->top = mark;
    };
    if (auto* st = tas<Struct>(ut)) {
        auto offs = fieldOffsets(st);
        for (size_t i = 0; i < e->elts.size(); ++i) {
            Expr* el = e->elts[i];
            size_t fi = i;
            Expr* val = el;
            if (auto* kv = as<KeyValueExpr>(el)) {
                auto* key = as<Ident>(kv->key);
                for (size_t j = 0; j < st->fields.size(); ++j)
                    if (key && st->fields[j]->name == key->name) fi = j;
                val = kv->value;
            }
            if (st->fields[fi]->name == "_") {  // evaluated, never stored: blank fields stay zero
                int mark = fs_->top;
                exprConv(val, st->fields[fi]->type);
                fs_->top = mark;
                continue;
            }
            storeElem(val, st->fields[fi]->type, off + static_cast<int32_t>(offs[fi]));
        }
        return;
    }
    if (auto* at = tas<Array>(ut)) {
        uint32_t es = layout(at->elem).size;
        int64_t idx = 0;
        for (auto* el : e->elts) {
            Expr* val = el;
            if (auto* kv = as<KeyValueExpr>(el)) {
                idx = K::int64Val(K::toInt(*kv->key->value)).first;
                val = kv->value;
            }
            storeElem(val, at->elem, off + static_cast<int32_t>(idx * es));
            ++idx;
        }
        return;
    }
    unsupported(e->pos, "bad composite literal");
}

int Compiler::compositeLit(CompositeLit* e, int dst) {
    Type* t = e->type;
    Type* ut = under(t);
    if (auto* sl = tas<Slice>(ut)) {
        // length = max index + 1
        int64_t idx = 0, n = 0;
        for (auto* el : e->elts) {
            if (auto* kv = as<KeyValueExpr>(el)) idx = K::int64Val(K::toInt(*kv->key->value)).first;
            ++idx;
            n = std::max(n, idx);
        }
        if (dst < 0) dst = alloc(3);
        int mark = fs_->top;
        auto* arr = tc_.newType<Array>(sl->elem, n);
        int obj = -1;
        if (!e->escapes && n > 0 && !deferOrGo_ && layout(arr).size <= 64 * 1024) obj = frameObject(kindsOf(arr));
        if (obj >= 0) {
            // a slice literal that does not escape: its array is a frame object
            emit(Op::ZERO, {u(obj), std::max(slotsOf(arr), 1u)});
            emit(Op::ADDR, {u(dst), u(obj)});
            loadInt(dst + 1, n);
            loadInt(dst + 2, n);
        } else {
            int ln = alloc(1);
            loadInt(ln, n);
            emit(Op::MAKESLICE, {u(dst), kType(sl->elem), u(ln), u(ln)});
        }
        fs_->top = mark;
        if (n == 0) return dst;
        // initialize through the backing array
        int p = alloc(1);
        mov(p, dst, 1);
        initComposite(e, arr, p, 0);
        (void)arr;
        fs_->top = mark;
        return dst;
    }
    if (auto* mt = tas<Map>(ut)) {
        if (dst < 0) dst = alloc(1);
        int mark = fs_->top;
        int h = alloc(1);
        loadInt(h, static_cast<int64_t>(e->elts.size()));
        emit(Op::MAKEMAP, {u(dst), kType(t), u(h)});
        for (auto* el : e->elts) {
            auto* kv = cast<KeyValueExpr>(el);
            int m2 = fs_->top;
            int k;
            if (auto* kcl = as<CompositeLit>(unparen(kv->key)); kcl && !kcl->litType)
                k = compositeLit(kcl, -1);
            else k = exprConv(kv->key, mt->key);
            int v;
            if (auto* vcl = as<CompositeLit>(unparen(kv->value)); vcl && !vcl->litType && isa<Pointer>(under(mt->elem))) {
                Type* bt = cast<Pointer>(under(mt->elem))->base;
                v = alloc(1);
                emit(Op::NEW, {u(v), kType(bt)});
                initComposite(vcl, bt, v, 0);
            } else v = exprConv(kv->value, mt->elem);
            int p = alloc(1);
            emit(Op::MAPSET, {u(p), kType(t), u(dst), u(k)});
            storeTo(p, 0, mt->elem, v);
            fs_->top = m2;
        }
        fs_->top = mark;
        return dst;
    }
    // struct or array value: build in a frame temporary through its address
    uint32_t n = slotsOf(t);
    if (dst < 0) dst = alloc(n);
    if (n) emit(Op::ZERO, {u(dst), n});
    int mark = fs_->top;
    if (!e->elts.empty()) {
        int p = alloc(1);
        emit(Op::ADDR, {u(p), u(dst)});
        initComposite(e, t, p, 0);
    }
    fs_->top = mark;
    return dst;
}

int Compiler::funcLit(FuncLit* e, int dst) {
    auto* sig = cast<Signature>(e->type);
    std::string name = fs_->baseName + (fs_->parent ? "." : ".func") + std::to_string(++fs_->funcLitCount);
    vm::Function* fn = newFunction(name, e->pos);
    // the body first (with this function as its parent), which tells what it captures
    compileFuncBody(fn, sig, nullptr, e->body, fs_->pkg, fs_, e->pos);
    auto caps = lastCaps_;
    if (dst < 0) dst = alloc(1);
    int mark = fs_->top;
    // the captured variables' addresses: boxes, frame variables, or (an escaping closure capturing a variable
    // that does not escape: by value) a fresh box holding a copy
    auto capPtr = [&](const Var* v) {
        if (e->escapes && !v->escapes) {
            if (v->addrTaken) unsupported(e->pos, "internal: escaping closure captures " + v->name + " by reference");
            int saved = fs_->top;
            int b = alloc(1);
            emit(Op::NEW, {u(b), kType(v->type)});
            int val = readVar(v, -1);
            storeTo(b, 0, v->type, val);
            fs_->top = saved + 1;
            return b;
        }
        return varPtr(v);
    };
    std::vector<uint8_t> kinds(1 + caps.size(), kSlotPtr);
    kinds[0] = kSlotScalar;  // the Function* (static)
    int obj = e->escapes ? -1 : frameObject(kinds);
    if (obj >= 0) {
        // a closure that does not escape lives in the frame: {fn, caps...}
        emit(Op::LOADK, {u(obj), kFunc(fn)});
        for (size_t i = 0; i < caps.size(); ++i) {
            int m2 = fs_->top;
            int p = capPtr(caps[i]);
            mov(obj + 1 + static_cast<int>(i), p, 1);
            fs_->top = m2;
        }
        emit(Op::ADDR, {u(dst), u(obj)});
        fs_->top = mark;
        return dst;
    }
    if (e->escapes) {
        // An escaping closure holds the variables it captures by value inline, as gc does: one
        // allocation typed struct { fn uintptr; caps [n]*byte; values... }, caps[i] pointing into it.
        std::vector<bool> byval(caps.size(), false);
        bool any = false;
        for (size_t i = 0; i < caps.size(); ++i) {
            const Var* v = caps[i];
            if (!v->escapes && !v->addrTaken && layout(v->type).size > 0) byval[i] = any = true;
        }
        if (any) {
            auto* st = tc_.newType<Struct>();
            auto field = [&](const std::string& nm, Type* t) {
                auto* f = tc_.newObject<Var>(nm, t, e->pos, fs_->pkg);
                f->isField = true;
                st->fields.push_back(f);
            };
            field("F", tc_.typ(BasicKind::Uintptr));
            Type* bytePtr = tc_.newType<Pointer>(tc_.typ(BasicKind::Uint8));
            for (size_t i = 0; i < caps.size(); ++i) field("C" + std::to_string(i), bytePtr);
            std::vector<size_t> valField(caps.size(), 0);
            for (size_t i = 0; i < caps.size(); ++i)
                if (byval[i]) {
                    valField[i] = st->fields.size();
                    field("V" + std::to_string(i), caps[i]->type);
                }
            auto offs = fieldOffsets(st);
            int obj = alloc(1);
            emit(Op::NEW, {u(obj), kType(st)});
            int fw = alloc(1);
            emit(Op::LOADK, {u(fw), kFunc(fn)});
            emit(Op::ST64, {u(obj), 0, u(fw)});
            for (size_t i = 0; i < caps.size(); ++i) {
                int m2 = fs_->top;
                int p;
                if (byval[i]) {
                    uint32_t off = offs[valField[i]];
                    int val = readVar(caps[i], -1);
                    storeTo(obj, static_cast<int32_t>(off), caps[i]->type, val);
                    p = alloc(1);
                    emit(Op::OFFPTR, {u(p), u(obj), off});
                } else p = capPtr(caps[i]);
                emit(Op::ST64, {u(obj), static_cast<uint32_t>(8 + 8 * i), u(p)});
                fs_->top = m2;
            }
            mov(dst, obj, 1);
            fs_->top = mark;
            return dst;
        }
    }
    int base = alloc(static_cast<uint32_t>(std::max<size_t>(caps.size(), 1)));
    for (size_t i = 0; i < caps.size(); ++i) {
        int m2 = fs_->top;
        int p = capPtr(caps[i]);
        mov(base + static_cast<int>(i), p, 1);
        fs_->top = m2;
    }
    emit(Op::CLOSURE, {u(dst), kFunc(fn), u(base), static_cast<uint32_t>(caps.size())});
    fs_->top = mark;
    return dst;
}

}  // namespace gomini::frontend::detail
