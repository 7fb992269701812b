// compiler_call.cpp — calls: argument windows (variadic packing, multi-value arguments), static,
// closure, method and interface calls, defer of calls and builtins, the builtins, conversions written as
// calls, type assertions, method values (x.M as a function value) and multi-valued expressions.
//
// Invariants: a call's argument window is allocated last, so the callee's frame overlays only dead
// temporaries; its results come back at the window's base; every call result and type-dependent load gets
// a stack-map kind hint.
#include "frontend/compiler_internal.h"

namespace gomini::frontend::detail {

// =====================================================================================================
// calls

int Compiler::callArgs(CallExpr* e, Signature* sig, int base, int firstArgSlot) {
    auto& params = sig->params->vars;
    size_t np = params.size();
    bool packVariadic = sig->variadic && !e->hasDots();
    size_t nfixed = packVariadic ? np - 1 : np;
    int off = firstArgSlot;
    // values to place: either evaluated directly (expr) or from a tuple in registers
    std::vector<std::pair<int, Type*>> tupleVals;
    bool tuple = e->args.size() == 1 && isa<Tuple>(e->args[0]->type);
    if (tuple) {
        int res = expr(e->args[0]);
        int o = 0;
        for (auto* v : cast<Tuple>(e->args[0]->type)->vars) {
            tupleVals.push_back({res + o, v->type});
            o += static_cast<int>(slotsOf(v->type));
        }
    }
    size_t nargs = tuple ? tupleVals.size() : e->args.size();
    auto place = [&](size_t i, Type* pt, int dst) {
        if (tuple) convertValue(tupleVals[i].first, tupleVals[i].second, pt, dst);
        else exprConv(e->args[i], pt, dst);
    };
    for (size_t i = 0; i < nfixed && i < nargs; ++i) {
        place(i, params[i]->type, base + off);
        off += static_cast<int>(slotsOf(params[i]->type));
    }
    if (packVariadic) {
        Type* st = params[np - 1]->type;
        Type* et = cast<Slice>(under(st))->elem;
        size_t k = nargs > nfixed ? nargs - nfixed : 0;
        int s = base + off;
        if (k == 0) emit(Op::ZERO, {u(s), 3});
        else {
            int mark = fs_->top;
            int ln = alloc(1);
            int obj = -1;
            if (!e->escapes && !deferOrGo_) {
                // the implicit "..." slice does not escape: its array is a frame object
                auto* arr = tc_.newType<Array>(et, static_cast<int64_t>(k));
                if (layout(arr).size <= 64 * 1024) obj = frameObject(kindsOf(arr));
                if (obj >= 0) {
                    emit(Op::ZERO, {u(obj), std::max(slotsOf(arr), 1u)});
                    emit(Op::ADDR, {u(s), u(obj)});
                    loadInt(s + 1, static_cast<int64_t>(k));
                    loadInt(s + 2, static_cast<int64_t>(k));
                }
            }
            loadInt(ln, static_cast<int64_t>(k));
            if (obj < 0) emit(Op::MAKESLICE, {u(s), kType(et), u(ln), u(ln)});
            uint32_t es = layout(et).size;
            for (size_t j = 0; j < k; ++j) {
                int m2 = fs_->top;
                int v = alloc(slotsOf(et));
                place(nfixed + j, et, v);
                storeTo(s, static_cast<int32_t>(j * es), et, v);
                fs_->top = m2;
            }
            fs_->top = mark;
        }
        off += 3;
    }
    return off;
}

int Compiler::call(CallExpr* e, int dst, bool isDefer, bool isGo) {
    // arguments of a deferred call (which may run after this statement's frame objects are reused) never
    // go to frame objects
    struct DeferGuard {
        bool& flag;
        bool saved;
        DeferGuard(bool& f, bool v) : flag(f), saved(f) { flag = v; }
        ~DeferGuard() { flag = saved; }
    } guard(deferOrGo_, deferOrGo_ || isDefer || isGo);
    Expr* fun = unparen(e->fun);
    if (fun->mode == Mode::TypeExpr) return conversion(e, fun->type, dst);
    if (fun->mode == Mode::Builtin) {
        Builtin* b = nullptr;
        if (auto* id = as<Ident>(fun)) b = asObj<Builtin>(id->obj);
        if (!b) unsupported(e->pos, "unsupported builtin");
        if (isDefer) return deferBuiltin(e, b);
        return builtinCall(e, b, dst);
    }
    auto* sig = tas<Signature>(under(fun->type));
    if (!sig) unsupported(e->pos, "call of non-function");
    uint32_t argSlots = 0, resSlots = 0;
    for (auto* v : sig->params->vars) argSlots += slotsOf(v->type);
    for (auto* v : sig->results->vars) resSlots += slotsOf(v->type);
    int mark = fs_->top;
    enum { Static, ClosureCall, IfaceCall } kind = ClosureCall;
    vm::Function* target = nullptr;
    Func* method = nullptr;
    SelectorExpr* sel = as<SelectorExpr>(fun);
    bool qualified = sel && as<Ident>(sel->x) && isObj<PkgName>(cast<Ident>(sel->x)->obj);
    if (auto* id = as<Ident>(fun)) {
        if (auto* f = asObj<Func>(id->obj)) {
            kind = Static;
            target = funcs_.at(f);
        }
    } else if (qualified) {
        if (auto* f = asObj<Func>(sel->sel->obj)) {
            kind = Static;
            auto it = funcs_.find(f);
            if (it == funcs_.end()) unsupported(e->pos, "unknown function " + f->name);
            target = it->second;
        }
    } else if (sel && isObj<Func>(sel->sel->obj) && sel->x->mode != Mode::TypeExpr) {
        method = static_cast<Func*>(sel->sel->obj);
    }
    if (method) {
        Expr* x = sel->x;
        Type* xt = x->type;
        LookupResult lr = lookupFieldOrMethod(xt, isAddressable(x), fs_->pkg, sel->sel->name);
        if (lr.index.empty()) lr = lookupFieldOrMethod(xt, true, method->pkg, sel->sel->name);
        size_t depth = lr.index.empty() ? 0 : lr.index.size() - 1;
        // find the receiver's static type at the end of the path
        Type* rt = xt;
        int recvPtr = -1;  // register holding a pointer to the receiver (when addressable / through pointers)
        int recvVal = -1;  // register holding the receiver value
        if (depth == 0) {
            if (isIfaceT(xt)) {
                recvVal = expr(x);
            } else if (method->hasPtrRecv) {
                if (isa<Pointer>(under(xt))) recvVal = expr(x);
                else recvPtr = addrOf(x);
            } else {
                if (isa<Pointer>(under(xt))) {
                    recvPtr = expr(x);
                    rt = cast<Pointer>(under(xt))->base;
                } else recvVal = expr(x);
            }
        } else {
            int base = isa<Pointer>(under(xt)) ? expr(x) : addrOfValue(x);
            Type* t = xt;
            int p = fieldPath(base, t, lr.index, depth);
            rt = t;
            if (isa<Pointer>(under(t))) {
                // embedded *E: the receiver pointer is the field's value
                recvVal = alloc(1);
                hintPtr(emit(Op::LD64, {u(recvVal), u(p), 0}));
                if (!method->hasPtrRecv) {
                    recvPtr = recvVal;
                    recvVal = -1;
                    rt = cast<Pointer>(under(t))->base;
                }
            } else if (isIfaceT(t)) {
                recvVal = alloc(2);
                loadFrom(recvVal, p, 0, t);
            } else if (method->hasPtrRecv) {
                recvVal = p;
            } else {
                recvPtr = p;
            }
        }
        if (isIfaceT(rt)) {
            kind = IfaceCall;
            auto* it = cast<Interface>(under(rt));
            completeInterface(it);
            int mi = 0;
            for (size_t i = 0; i < it->allMethods.size(); ++i)
                if (it->allMethods[i]->name == method->name) mi = static_cast<int>(i);
            if (isDefer || isGo) {
                // bind into a closure and defer that
                int clo = methodValue(sel, -1);
                int b = alloc(1 + argSlots);
                mov(b, clo, 1);
                int end = callArgs(e, sig, b, 1);
                emit(Op::DEFERC, {u(b), u(end - 1)});
                fs_->top = mark;
                return -1;
            }
            int base = alloc(std::max(1 + argSlots, resSlots));
            callArgs(e, sig, base, 1);
            return emitCall(e, sig, Op::CALLI, {u(base), u(recvVal), static_cast<uint32_t>(mi)}, base, mark, dst,
                            resSlots, false);
        }
        auto fit = funcs_.find(method);
        if (fit == funcs_.end()) unsupported(e->pos, "unknown method " + method->name);
        target = fit->second;
        kind = Static;
        uint32_t recvSlots = method->hasPtrRecv ? 1 : slotsOf(method->sig()->recv->type);
        int base = alloc(std::max(recvSlots + argSlots, resSlots) + (isDefer ? 1 : 0));
        if (method->hasPtrRecv) mov(base, recvVal >= 0 ? recvVal : recvPtr, 1);
        else if (recvPtr >= 0) loadFrom(base, recvPtr, 0, method->sig()->recv->type);
        else mov(base, recvVal, recvSlots);
        int end = callArgs(e, sig, base, static_cast<int>(recvSlots));
        if (isDefer) {
            emit(Op::DEFER, {u(base), kFunc(target), u(end)});
            fs_->top = mark;
            return -1;
        }
        return emitCall(e, sig, Op::CALL, {u(base), kFunc(target)}, base, mark, dst, resSlots, false);
    }
    if (kind == Static) {
        int base = alloc(std::max(argSlots, resSlots));
        int end = callArgs(e, sig, base, 0);
        if (isDefer) {
            emit(Op::DEFER, {u(base), kFunc(target), u(end)});
            fs_->top = mark;
            return -1;
        }
        return emitCall(e, sig, Op::CALL, {u(base), kFunc(target)}, base, mark, dst, resSlots, true);
    }
    // closure call (includes method expressions T.M used as functions)
    int clo = alloc(1);
    exprTo(fun, clo);
    if (isDefer) {
        int b = alloc(1 + argSlots);
        mov(b, clo, 1);
        int end = callArgs(e, sig, b, 1);
        emit(Op::DEFERC, {u(b), u(end - 1)});
        fs_->top = mark;
        return -1;
    }
    int base = alloc(std::max(argSlots, resSlots));
    callArgs(e, sig, base, 0);
    return emitCall(e, sig, Op::CALLC, {u(base), u(clo)}, base, mark, dst, resSlots, false);
}

// Emits a call (at the line of its "(", as gc's tracebacks show it) and places its results: in dst, else at
// the mark (or, keepBase, where the call left them); the temporaries above are released. Returns where the
// results are.
int Compiler::emitCall(CallExpr* e, Signature* sig, Op op, std::initializer_list<uint32_t> ops, int base, int mark,
                       int dst, uint32_t resSlots, bool keepBase) {
    setLine(e->lparen);
    hint(emit(op, ops), tupleKinds(sig->results));
    if (dst >= 0) {
        mov(dst, base, resSlots);
        fs_->top = mark;
        return dst;
    }
    if (!keepBase && base != mark) {
        mov(mark, base, resSlots);
        base = mark;
    }
    fs_->top = base + static_cast<int>(resSlots);
    return base;
}

// One operand of print/println (called or deferred), by its type: float32 and complex64 widen first.
void Compiler::printValue(Type* t, int v) {
    int mark = fs_->top;
    Layout l = layout(t);
    Type* ut = under(t);
    if (isBoolean(t)) emit(Op::PRINTB, {u(v)});
    else if (isInteger(t)) emit(isUnsigned(t) ? Op::PRINTU : Op::PRINTI, {u(v)});
    else if (l.vk == VK::F64) emit(Op::PRINTF, {u(v)});
    else if (l.vk == VK::F32) {
        int f = alloc(1);
        emit(Op::F322F, {u(f), u(v)});
        emit(Op::PRINTF, {u(f)});
    } else if (l.vk == VK::C128) emit(Op::PRINTC, {u(v)});
    else if (l.vk == VK::C64) {
        int c = alloc(2);
        emit(Op::C64TOC128, {u(c), u(v)});
        emit(Op::PRINTC, {u(c)});
    } else if (isString(t)) emit(Op::PRINTS, {u(v)});
    else if (isa<Interface>(ut)) emit(Op::PRINTE, {u(v)});
    else if (isa<Slice>(ut)) emit(Op::PRINTSL, {u(v)});
    else emit(Op::PRINTP, {u(v)});
    fs_->top = mark;
}

// defer builtin(args): the arguments are evaluated now into a DEFER window; a
// synthesized function receives them as parameters and performs the builtin.
int Compiler::deferBuiltin(CallExpr* e, Builtin* b) {
    int mark = fs_->top;
    std::vector<Type*> types;
    for (auto* a : e->args) {
        Type* t = a->type;
        if (isa<Basic>(t) && cast<Basic>(t)->info & IsUntyped) t = defaultType(t);
        if (b->id == BuiltinId::Panic) t = tc_.anyType();
        types.push_back(t);
    }
    if (b->id == BuiltinId::Delete) types[1] = cast<Map>(under(e->args[0]->type))->key;
    uint32_t total = 0;
    for (auto* t : types) total += slotsOf(t);
    int base = alloc(std::max(total, 1u));
    int off = 0;
    for (size_t i = 0; i < e->args.size(); ++i) {
        exprConv(e->args[i], types[i], base + off);
        off += static_cast<int>(slotsOf(types[i]));
    }
    vm::Function* wf = newFunction(fs_->baseName + ".deferwrap" + std::to_string(++fs_->deferWrapCount), e->pos);
    Fs fs;
    fs.fn = wf;
    fs.pkg = fs_->pkg;
    fs.line = fs_->line;
    Fs* saved = fs_;
    fs_ = &fs;
    wf->nparamSlots = total;
    for (auto* t : types)
        for (auto x : kindsOf(t)) fs.smi.params.push_back(x);
    fs.top = fs.maxTop = static_cast<int>(total);
    int o = 0;
    std::vector<int> regs;
    for (auto* t : types) {
        regs.push_back(o);
        o += static_cast<int>(slotsOf(t));
    }
    switch (b->id) {
        case BuiltinId::Panic: emit(Op::PANIC, {0}); break;
        case BuiltinId::Recover: break;  // a directly deferred recover() recovers nothing (as gc)
        case BuiltinId::Print:
        case BuiltinId::Println: {
            bool ln = b->id == BuiltinId::Println;
            for (size_t i = 0; i < types.size(); ++i) {
                if (ln && i) emit(Op::PRINTSP);
                printValue(types[i], regs[i]);
            }
            if (ln) emit(Op::PRINTNL);
            break;
        }
        case BuiltinId::Delete: emit(Op::MAPDEL, {kType(e->args[0]->type), 0, u(regs[1])}); break;
        case BuiltinId::Clear:
            if (isa<Map>(under(types[0]))) emit(Op::MAPCLEAR, {kType(types[0]), 0});
            else unsupported(e->pos, "defer clear(slice) is not supported");
            break;
        default: unsupported(e->pos, std::string("defer of builtin ") + b->name + " is not supported");
    }
    emit(Op::RET, {0, 0});
    finishFunction();
    fs_ = saved;
    emit(Op::DEFER, {u(base), kFunc(wf), total});
    fs_->top = mark;
    return -1;
}

int Compiler::builtinCall(CallExpr* e, Builtin* b, int dst) {
    auto& args = e->args;
    Type* intT = tc_.typ(BasicKind::Int);
    int mark = fs_->top;
    switch (b->id) {
        case BuiltinId::Len:
        case BuiltinId::Cap: {
            Type* t = under(args[0]->type);
            if (auto* pt = tas<Pointer>(t)) t = under(pt->base);
            if (dst < 0) dst = alloc(1);
            if (auto* at = tas<Array>(t)) {
                loadInt(dst, at->len);
                return dst;
            }
            int v = expr(args[0]);
            if (isString(t)) mov(dst, v + 1, 1);
            else if (isa<Slice>(t)) mov(dst, v + (b->id == BuiltinId::Len ? 1 : 2), 1);
            else if (isa<Map>(t)) emit(Op::MAPLEN, {u(dst), u(v)});
            else unsupported(e->pos, "len of channels is not supported yet");
            if (dst >= mark) fs_->top = std::max(mark, dst + 1);
            return dst;
        }
        case BuiltinId::New: {
            if (dst < 0) dst = alloc(1);
            Type* bt = cast<Pointer>(e->type)->base;
            int obj = e->escapes ? -1 : frameObject(kindsOf(bt));
            if (obj >= 0) {
                emit(Op::ZERO, {u(obj), std::max(slotsOf(bt), 1u)});
                emit(Op::ADDR, {u(dst), u(obj)});
                return dst;
            }
            emit(Op::NEW, {u(dst), kType(bt)});
            return dst;
        }
        case BuiltinId::Make: {
            Type* t = args[0]->type;
            Type* ut = under(t);
            if (auto* sl = tas<Slice>(ut)) {
                if (dst < 0) dst = alloc(3);
                int m2 = fs_->top;
                if (!e->escapes && isConst(args[1]) && (args.size() < 3 || isConst(args[2]))) {
                    // make([]T, n[, m]) with constants that does not escape: the array is a frame object
                    auto [n, ok1] = K::int64Val(K::toInt(*args[1]->value));
                    auto [m, ok2] = args.size() > 2 ? K::int64Val(K::toInt(*args[2]->value)) : std::pair{n, ok1};
                    Layout el = layout(sl->elem);
                    if (ok1 && ok2 && n >= 0 && m >= n && el.size && m * static_cast<int64_t>(el.size) <= 64 * 1024) {
                        auto ks = kindsOf(tc_.newType<Array>(sl->elem, m));
                        int obj = frameObject(ks);
                        if (obj >= 0) {
                            if (!ks.empty()) emit(Op::ZERO, {u(obj), static_cast<uint32_t>(ks.size())});
                            emit(Op::ADDR, {u(dst), u(obj)});
                            loadInt(dst + 1, n);
                            loadInt(dst + 2, m);
                            fs_->top = std::max(m2, dst + 3);
                            return dst;
                        }
                    }
                }
                int ln = exprConv(args[1], intT);
                int cp = args.size() > 2 ? exprConv(args[2], intT) : ln;
                emit(Op::MAKESLICE, {u(dst), kType(sl->elem), u(ln), u(cp)});
                fs_->top = std::max(m2, dst + 3);
                return dst;
            }
            if (isa<Map>(ut)) {
                if (dst < 0) dst = alloc(1);
                int h;
                if (args.size() > 1) h = exprConv(args[1], intT);
                else {
                    h = alloc(1);
                    loadInt(h, 0);
                }
                emit(Op::MAKEMAP, {u(dst), kType(t), u(h)});
                return dst;
            }
            unsupported(e->pos, "channels are not supported yet");
        }
        case BuiltinId::Append: {
            Type* st = e->type;
            Type* et = cast<Slice>(under(st))->elem;
            if (dst < 0) dst = alloc(3);
            int r = alloc(3);
            exprConv(args[0], st, r);
            if (e->hasDots()) {
                int o = expr(args[1]);
                emit(Op::APPENDSLICE, {u(r), u(r), u(o), kType(et)});
                mov(dst, r, 3);
                fs_->top = std::max(mark, dst + 3);
                return dst;
            }
            size_t k = args.size() - 1;
            if (k == 0) {
                mov(dst, r, 3);
                return dst;
            }
            std::vector<int> vals;
            uint32_t es = layout(et).size;
            for (size_t i = 1; i < args.size(); ++i) {
                int v = alloc(slotsOf(et));
                exprConv(args[i], et, v);
                vals.push_back(v);
            }
            emit(Op::APPENDGROW, {u(r), u(r), static_cast<uint32_t>(k), kType(et)});
            // store at index len-k+i: compute base address = ptr + (len-k)*es
            int p = alloc(1);
            int idx = alloc(1);
            emit(Op::ADDI, {u(idx), u(r + 1), static_cast<uint32_t>(-static_cast<int32_t>(k))});
            emit(Op::IDXSLICE, {u(p), u(r), u(idx), es});
            for (size_t i = 0; i < k; ++i) storeTo(p, static_cast<int32_t>(i * es), et, vals[i]);
            mov(dst, r, 3);
            fs_->top = std::max(mark, dst + 3);
            return dst;
        }
        case BuiltinId::Copy: {
            if (dst < 0) dst = alloc(1);
            int d = expr(args[0]);
            int s = expr(args[1]);
            Type* et = cast<Slice>(under(args[0]->type))->elem;
            emit(Op::COPY, {u(dst), u(d), u(s), layout(et).size});
            fs_->top = std::max(mark, dst + 1);
            return dst;
        }
        case BuiltinId::Delete: {
            int m = expr(args[0]);
            int k = exprConv(args[1], cast<Map>(under(args[0]->type))->key);
            emit(Op::MAPDEL, {kType(args[0]->type), u(m), u(k)});
            fs_->top = mark;
            return -1;
        }
        case BuiltinId::Clear: {
            Type* t = under(args[0]->type);
            if (isa<Map>(t)) {
                int m = expr(args[0]);
                emit(Op::MAPCLEAR, {kType(args[0]->type), u(m)});
            } else {
                // clear(slice): copy from a zeroed slice of the same length
                int s = expr(args[0]);
                Type* et = cast<Slice>(t)->elem;
                int z = alloc(3);
                emit(Op::MAKESLICE, {u(z), kType(et), u(s + 1), u(s + 1)});
                int r = alloc(1);
                emit(Op::COPY, {u(r), u(s), u(z), layout(et).size});
            }
            fs_->top = mark;
            return -1;
        }
        case BuiltinId::Panic: {
            int v = alloc(2);
            exprConv(args[0], tc_.anyType(), v);
            emit(Op::PANIC, {u(v)});
            fs_->top = mark;
            return -1;
        }
        case BuiltinId::Recover: {
            if (dst < 0) dst = alloc(2);
            emit(Op::RECOVER, {u(dst)});
            return dst;
        }
        case BuiltinId::Print:
        case BuiltinId::Println: {
            bool ln = b->id == BuiltinId::Println;
            // every argument is evaluated before anything is printed (a panic in one prints nothing)
            std::vector<int> vals;
            std::vector<Type*> tys;
            for (size_t i = 0; i < args.size(); ++i) {
                Type* t = args[i]->type;
                if (isa<Basic>(t) && cast<Basic>(t)->info & IsUntyped) t = defaultType(t);
                vals.push_back(exprConv(args[i], t));
                tys.push_back(t);
            }
            for (size_t i = 0; i < args.size(); ++i) {
                if (ln && i) emit(Op::PRINTSP);
                printValue(tys[i], vals[i]);
            }
            if (ln) emit(Op::PRINTNL);
            return -1;
        }
        case BuiltinId::Min:
        case BuiltinId::Max: {
            Type* t = e->type;
            uint32_t n = slotsOf(t);
            if (dst < 0) dst = alloc(n);
            exprConv(args[0], t, dst);
            for (size_t i = 1; i < args.size(); ++i) {
                int m2 = fs_->top;
                int v = exprConv(args[i], t);
                if (isFloat(t)) {
                    bool f32 = layout(t).vk == VK::F32;
                    int x = dst, y = v;
                    if (f32) {
                        x = alloc(1);
                        y = alloc(1);
                        emit(Op::F322F, {u(x), u(dst)});
                        emit(Op::F322F, {u(y), u(v)});
                    }
                    emit(b->id == BuiltinId::Min ? Op::MINF : Op::MAXF, {u(x), u(x), u(y)});
                    if (f32) emit(Op::F2F32, {u(dst), u(x)});
                    fs_->top = m2;
                    continue;
                }
                int c = alloc(1);
                // take v if v < dst (min) or dst < v (max)
                if (b->id == BuiltinId::Min) compare(Tok::Lss, t, v, dst, c);
                else compare(Tok::Lss, t, dst, v, c);
                int skip = emit(Op::JF, {u(c), 0});
                mov(dst, v, n);
                patch(skip, pc());
                fs_->top = m2;
            }
            return dst;
        }
        case BuiltinId::Real:
        case BuiltinId::Imag: {
            Type* at = args[0]->type;
            int v = expr(args[0]);
            if (dst < 0) dst = alloc(1);
            if (layout(at).vk == VK::C64) {
                int c = alloc(2);
                emit(Op::C64TOC128, {u(c), u(v)});
                emit(Op::F2F32, {u(dst), u(c + (b->id == BuiltinId::Imag ? 1 : 0))});
            } else mov(dst, v + (b->id == BuiltinId::Imag ? 1 : 0), 1);
            return dst;
        }
        case BuiltinId::Complex: {
            Type* t = e->type;
            Type* f64 = tc_.typ(BasicKind::Float64);
            if (layout(t).vk == VK::C64) {
                // complex(float32, float32): widen both, pack as complex64
                Type* f32 = tc_.typ(BasicKind::Float32);
                if (dst < 0) dst = alloc(1);
                int m2 = fs_->top;
                int pr = alloc(2);
                int a = exprConv(args[0], f32);
                int b2 = exprConv(args[1], f32);
                emit(Op::F322F, {u(pr), u(a)});
                emit(Op::F322F, {u(pr + 1), u(b2)});
                emit(Op::C128TOC64, {u(dst), u(pr)});
                fs_->top = std::max(m2, dst + 1);
                return dst;
            }
            if (dst < 0) dst = alloc(2);
            exprConv(args[0], f64, dst);
            exprConv(args[1], f64, dst + 1);
            return dst;
        }
        default: unsupported(e->pos, std::string("unsupported builtin ") + b->name);
    }
}

int Compiler::conversion(CallExpr* e, Type* to, int dst) {
    Expr* x = e->args[0];
    Type* from = x->type;
    if (isIfaceT(to)) return exprConv(x, to, dst);
    Type* ut = under(to);
    Type* uf = under(from);
    if (isa<Basic>(from) && cast<Basic>(from)->info & IsUntyped) {
        if (cast<Basic>(from)->bkind == BasicKind::UntypedNil) return exprConv(x, to, dst);
        from = defaultType(from);
        uf = under(from);
    }
    // string conversions
    if (isString(ut)) {
        if (isInteger(uf)) {
            int v = expr(x);
            if (dst < 0) dst = alloc(2);
            emit(Op::INT2STR, {u(dst), u(v)});
            return dst;
        }
        if (auto* sl = tas<Slice>(uf)) {
            int v = expr(x);
            if (dst < 0) dst = alloc(2);
            bool runes = layout(sl->elem).vk == VK::I32;
            emit(runes ? Op::RUNES2STR : Op::BYTES2STR, {u(dst), u(v)});
            return dst;
        }
        return expr(x, dst);
    }
    if (auto* sl = tas<Slice>(ut); sl && isString(uf)) {
        // as gc's walkStringToBytes/Runes: a constant string gives exactly its length as cap (a [n]byte array,
        // in the frame unless it escapes); a variable one that does not escape uses a 32-element frame buffer
        // when it fits, so cap([]byte(s)) is 32 there; otherwise the heap copy's size class decides cap.
        bool runes = layout(sl->elem).vk == VK::I32;
        int v = expr(x);
        if (dst < 0) dst = alloc(3);
        int mark = fs_->top;
        if (isConst(x)) {
            // the array: in the frame, or (escaping, or too big for the frame) exactly n elements on the heap
            const std::string& cs = K::stringVal(*x->value);
            uint32_t n = static_cast<uint32_t>(cs.size());
            if (runes) n = static_cast<uint32_t>(K::runeCount(cs));
            uint32_t bytes = n * (runes ? 4 : 1);
            int buf = !e->escapes && n > 0 && bytes <= 64 * 1024 ? frameObject(std::vector<uint8_t>((bytes + 7) / 8, kSlotScalar)) : -1;
            int p = alloc(3);
            if (buf >= 0) {
                emit(Op::ADDR, {u(p), u(buf)});
            } else {
                loadInt(p + 1, n);
                emit(Op::MAKESLICE, {u(p), kType(sl->elem), u(p + 1), u(p + 1)});
            }
            emit(runes ? Op::STR2RUNESB : Op::STR2BYTESB, {u(dst), u(v), u(p), n});
            fs_->top = std::max(mark, dst + 3);
            return dst;
        }
        constexpr uint32_t kTmpBuf = 32;  // gc's tmpstringbufsize
        int buf = e->escapes ? -1 : frameObject(std::vector<uint8_t>(runes ? kTmpBuf / 2 : kTmpBuf / 8, kSlotScalar));
        if (buf >= 0) {
            int p = alloc(1);
            emit(Op::ADDR, {u(p), u(buf)});
            emit(runes ? Op::STR2RUNESB : Op::STR2BYTESB, {u(dst), u(v), u(p), kTmpBuf});
            fs_->top = std::max(mark, dst + 3);
            return dst;
        }
        emit(runes ? Op::STR2RUNES : Op::STR2BYTES, {u(dst), u(v)});
        return dst;
    }
    if (isNumeric(ut) && isNumeric(uf)) {
        Layout lt = layout(to), lf = layout(from);
        bool ti = isInteger(ut), fi = isInteger(uf);
        int v = expr(x);
        if (ti && fi) {
            if (dst < 0) dst = alloc(1);
            mov(dst, v, 1);
            if (lt.size < 8) narrow(dst, to);
            return dst;
        }
        if (dst < 0) dst = alloc(lt.slots);
        if (!ti && fi && !isComplex(ut)) {
            int d = lt.vk == VK::F32 ? alloc(1) : dst;
            emit(isUnsigned(uf) ? Op::U2F : Op::I2F, {u(d), u(v)});
            if (lt.vk == VK::F32) emit(Op::F2F32, {u(dst), u(d)});
            return dst;
        }
        if (ti && !fi && !isComplex(uf)) {
            int s = v;
            if (lf.vk == VK::F32) {
                s = alloc(1);
                emit(Op::F322F, {u(s), u(v)});
            }
            emit(isUnsigned(ut) ? Op::F2U : Op::F2I, {u(dst), u(s)});
            if (lt.size < 8) narrow(dst, to);
            return dst;
        }
        if (isFloat(ut) && isFloat(uf)) {
            if (lt.vk == lf.vk) mov(dst, v, 1);
            else if (lt.vk == VK::F32) emit(Op::F2F32, {u(dst), u(v)});
            else emit(Op::F322F, {u(dst), u(v)});
            return dst;
        }
        if (isComplex(ut) && isComplex(uf)) {
            if (lt.vk == lf.vk) mov(dst, v, lt.slots);
            else if (lt.vk == VK::C64) emit(Op::C128TOC64, {u(dst), u(v)});
            else emit(Op::C64TOC128, {u(dst), u(v)});
            return dst;
        }
        unsupported(e->pos, "unsupported numeric conversion");
    }
    // slice to array pointer (Go 1.17) or array (Go 1.20): a length check, then the data pointer or a copy
    if (isa<Slice>(uf)) {
        auto* pt = tas<Pointer>(ut);
        auto* at = tas<Array>(pt ? under(pt->base) : ut);
        if (at) {
            int v = expr(x);
            emit(Op::CHKS2A, {u(v), static_cast<uint32_t>(at->len)});
            uint32_t n = slotsOf(to);
            if (dst < 0) dst = alloc(std::max(n, 1u));
            if (pt) mov(dst, v, 1);
            else if (layout(at).size > 0) loadFrom(dst, v, 0, to);
            return dst;
        }
    }
    return expr(x, dst);
}

int Compiler::typeAssert(TypeAssertExpr* e, int dst, bool commaOk) {
    Type* t = e->assertType->type;
    int x = expr(e->x);
    uint32_t n = slotsOf(t);
    bool toIface = isIfaceT(t);
    if (dst < 0) dst = alloc(n + (commaOk ? 1 : 0));
    if (commaOk) emit(toIface ? Op::ASSERTI2 : Op::ASSERT2, {u(dst), u(x), kType(t)});
    else emit(toIface ? Op::ASSERTI : Op::ASSERT, {u(dst), u(x), kType(t), kType(e->x->type)});
    // remember the static interface type for the panic message
    return dst;
}

// x.M as a function value: a closure over a heap copy of the receiver (or of the interface value).
int Compiler::methodValue(SelectorExpr* e, int dst) {
    auto* m = static_cast<Func*>(e->sel->obj);
    Expr* x = e->x;
    if (x->mode == Mode::TypeExpr) {
        // method expression T.M / (*T).M
        Type* xt = x->type;
        if (isIfaceT(xt)) {
            auto* it = cast<Interface>(under(xt));
            completeInterface(it);
            int mi = 0;
            for (size_t i = 0; i < it->allMethods.size(); ++i)
                if (it->allMethods[i]->name == m->name) mi = static_cast<int>(i);
            auto* msig = m->sig();
            uint32_t argSlots = 0, resSlots = 0;
            for (auto* v : msig->params->vars) argSlots += slotsOf(v->type);
            for (auto* v : msig->results->vars) resSlots += slotsOf(v->type);
            std::string key = rtypeOf(xt)->str + "." + m->name + "-expr";
            vm::Function* wf;
            auto wit = fmWrappers_.find(key);
            if (wit != fmWrappers_.end()) wf = wit->second;
            else {
                wf = newFunction(key, m->pos);
                fmWrappers_[key] = wf;
                Fs fs;
                fs.fn = wf;
                Fs* saved = fs_;
                fs_ = &fs;
                wf->nparamSlots = 2 + argSlots;
                fs.smi.params = {kSlotPtr, kSlotPtr};
                for (auto x : tupleKinds(msig->params)) fs.smi.params.push_back(x);
                wf->nresultSlots = resSlots;
                fs.top = fs.maxTop = static_cast<int>(std::max(2 + argSlots, resSlots));
                int base = alloc(std::max(1 + argSlots, resSlots));
                mov(base + 1, 2, argSlots);
                emit(Op::CALLI, {u(base), 0, static_cast<uint32_t>(mi)});
                emit(Op::RET, {u(base), resSlots});
                finishFunction();
                fs_ = saved;
            }
            if (dst < 0) dst = alloc(1);
            emit(Op::FUNCVAL, {u(dst), kFunc(wf)});
            return dst;
        }
        auto fit = funcs_.find(m);
        if (fit == funcs_.end()) unsupported(e->pos, "unknown method");
        vm::Function* f = fit->second;
        if (isa<Pointer>(under(xt)) && !m->hasPtrRecv) f = valueWrapper(f, cast<Pointer>(under(xt))->base, true);
        if (dst < 0) dst = alloc(1);
        emit(Op::FUNCVAL, {u(dst), kFunc(f)});
        return dst;
    }
    Type* xt = x->type;
    LookupResult lr = lookupFieldOrMethod(xt, isAddressable(x), fs_->pkg, e->sel->name);
    if (lr.index.empty()) lr = lookupFieldOrMethod(xt, true, m->pkg, e->sel->name);
    int embeddedPtr = -1;  // pointer to the embedded field holding the receiver
    if (lr.index.size() > 1) {
        int base = isa<Pointer>(under(xt)) ? expr(x) : addrOfValue(x);
        Type* t = xt;
        embeddedPtr = fieldPath(base, t, lr.index, lr.index.size() - 1);
        xt = t;
        if (isa<Pointer>(under(t))) {
            int q = alloc(1);
            hintPtr(emit(Op::LD64, {u(q), u(embeddedPtr), 0}));
            embeddedPtr = q;  // now holds the *E value itself
        } else if (!isIfaceT(t)) {
            // embeddedPtr points at a value of type t; present it as a pointer-typed receiver source
            xt = tc_.newType<Pointer>(t);
        }
    }
    auto* msig = m->sig();
    uint32_t argSlots = 0, resSlots = 0;
    for (auto* v : msig->params->vars) argSlots += slotsOf(v->type);
    for (auto* v : msig->results->vars) resSlots += slotsOf(v->type);
    // receiver value to capture
    Type* recvT;
    int recv;
    bool iface = isIfaceT(xt);
    int mi = 0;
    auto recvExpr = [&]() { return embeddedPtr >= 0 ? embeddedPtr : expr(x); };
    if (iface) {
        recvT = xt;
        if (embeddedPtr >= 0) {
            recv = alloc(2);
            loadFrom(recv, embeddedPtr, 0, xt);
        } else recv = expr(x);
        emit(Op::NILCHK, {u(recv)});  // i.M on a nil interface panics when evaluated, as in Go
        auto* it = cast<Interface>(under(xt));
        completeInterface(it);
        for (size_t i = 0; i < it->allMethods.size(); ++i)
            if (it->allMethods[i]->name == m->name) mi = static_cast<int>(i);
    } else if (m->hasPtrRecv) {
        recvT = msig->recv->type;
        if (isa<Pointer>(under(xt))) recv = recvExpr();
        else recv = addrOf(x);
    } else {
        recvT = msig->recv->type;
        if (isa<Pointer>(under(xt))) {
            int p = recvExpr();
            recv = alloc(slotsOf(recvT));
            loadFrom(recv, p, 0, recvT);
        } else recv = expr(x);
    }
    vm::Function* target = nullptr;
    if (!iface) target = funcs_.at(m);
    std::string key = (iface ? rtypeOf(xt)->str + "." + m->name : target->name) + "-fm";
    vm::Function* wf;
    auto wit = fmWrappers_.find(key);
    if (wit != fmWrappers_.end()) wf = wit->second;
    else {
        wf = newFunction(key, m->pos);
        wf->wrapper = true;
        fmWrappers_[key] = wf;
        Fs fs;
        fs.fn = wf;
        Fs* saved = fs_;
        fs_ = &fs;
        wf->nparamSlots = argSlots;
        fs.smi.params = tupleKinds(msig->params);
        wf->nresultSlots = resSlots;
        fs.top = fs.maxTop = static_cast<int>(std::max(argSlots, resSlots));
        int cp = alloc(1);
        hintPtr(emit(Op::CAPTURE, {u(cp), 0}));
        uint32_t rs = iface ? 1 : slotsOf(recvT);
        int base = alloc(std::max(rs + argSlots, resSlots));
        if (iface) {
            int iv = alloc(2);
            hint(emit(Op::LDN, {u(iv), u(cp), 0, 16}), {kSlotPtr, kSlotPtr});
            mov(base + 1, 0, argSlots);
            emit(Op::CALLI, {u(base), u(iv), static_cast<uint32_t>(mi)});
        } else {
            loadFrom(base, cp, 0, recvT);
            mov(base + static_cast<int>(rs), 0, argSlots);
            emit(Op::CALL, {u(base), kFunc(target)});
        }
        emit(Op::RET, {u(base), resSlots});
        finishFunction();
        fs_ = saved;
    }
    int box = alloc(1);
    int recvObj = e->escapes ? -1 : frameObject(kindsOf(recvT));
    int cloObj = recvObj >= 0 ? frameObject({kSlotScalar, kSlotPtr}) : -1;
    if (cloObj >= 0) {
        // a method value that does not escape: the receiver copy and the closure are frame objects
        emit(Op::ZERO, {u(recvObj), std::max(slotsOf(recvT), 1u)});
        emit(Op::ADDR, {u(box), u(recvObj)});
        storeTo(box, 0, recvT, recv);
        emit(Op::LOADK, {u(cloObj), kFunc(wf)});
        mov(cloObj + 1, box, 1);
        if (dst < 0) dst = alloc(1);
        emit(Op::ADDR, {u(dst), u(cloObj)});
        return dst;
    }
    emit(Op::NEW, {u(box), kType(recvT)});
    storeTo(box, 0, recvT, recv);
    if (dst < 0) dst = alloc(1);
    emit(Op::CLOSURE, {u(dst), kFunc(wf), u(box), 1});
    return dst;
}

// The values of a multi-valued expression (a call's results, or v, ok of a
// map index or type assertion), each with its type, in registers.
void Compiler::multiValue(Expr* r, std::vector<int>& vals, std::vector<Type*>& types) {
    if (auto* ix = as<IndexExpr>(r); ix && isa<Map>(under(ix->x->type))) {
        Type* vt = cast<Map>(under(ix->x->type))->elem;
        int m = expr(ix->x);
        int k = exprConv(ix->indices[0], cast<Map>(under(ix->x->type))->key);
        int pr = alloc(2);
        emit(Op::MAPGET2, {u(pr), kType(ix->x->type), u(m), u(k)});
        int res = alloc(slotsOf(vt) + 1);
        loadFrom(res, pr, 0, vt);
        mov(res + static_cast<int>(slotsOf(vt)), pr + 1, 1);
        vals = {res, res + static_cast<int>(slotsOf(vt))};
        types = {vt, tc_.typ(BasicKind::Bool)};
    } else if (auto* ta = as<TypeAssertExpr>(r)) {
        Type* vt = ta->assertType->type;
        int res = typeAssert(ta, -1, true);
        vals = {res, res + static_cast<int>(slotsOf(vt))};
        types = {vt, tc_.typ(BasicKind::Bool)};
    } else {
        if (r->mode == Mode::CommaOk) unsupported(r->pos, "comma-ok form not supported here");
        auto* tu = tas<Tuple>(r->type);
        if (!tu) unsupported(r->pos, "assignment mismatch");
        int res = expr(r);
        int off = 0;
        for (auto* v : tu->vars) {
            vals.push_back(res + off);
            types.push_back(v->type);
            off += static_cast<int>(slotsOf(v->type));
        }
    }
}

}  // namespace gomini::frontend::detail
