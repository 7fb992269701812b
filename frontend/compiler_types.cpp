// compiler_types.cpp — the Go types' machine view: layouts (size, alignment, frame slots, value kind),
// field offsets, the RTypes the program needs (one per distinct type, keyed by its type string, with Go's
// gc pointer bitmaps), method tables (filled lazily through pendingMethods_), value-receiver wrappers and
// itabs.
//
// Invariants: layout(t) is memoized per Type and is Go's memory layout on amd64 (8-byte words);
// rtypeOf returns one RType per identical type (rtypeKey: named types by identity, basic types by kind,
// composite types by their components' RTypes); method tables are filled after the RType is registered
// (pendingMethods_, drained by itabFor and at the end of run), so recursive types terminate.
#include <set>

#include "frontend/compiler_internal.h"

namespace gomini::frontend::detail {

// =====================================================================================================
// layout

std::vector<uint32_t> Compiler::fieldOffsets(Struct* s) {
    std::vector<uint32_t> offs;
    uint32_t off = 0;
    for (auto* f : s->fields) {
        Layout l = layout(f->type);
        off = (off + l.align - 1) / l.align * l.align;
        offs.push_back(off);
        off += l.size;
    }
    return offs;
}

Layout Compiler::layout(Type* t) {
    auto it = layouts_.find(t);
    if (it != layouts_.end()) return it->second;
    Layout l;
    Type* ut = under(t);
    switch (ut->kind) {
        case TypeKind::Basic: {
            auto* b = cast<Basic>(ut);
            switch (b->bkind) {
                case BasicKind::Bool: case BasicKind::UntypedBool: l = {1, 1, 1, VK::U8}; break;
                case BasicKind::Int8: l = {1, 1, 1, VK::I8}; break;
                case BasicKind::Uint8: l = {1, 1, 1, VK::U8}; break;
                case BasicKind::Int16: l = {2, 2, 1, VK::I16}; break;
                case BasicKind::Uint16: l = {2, 2, 1, VK::U16}; break;
                case BasicKind::Int32: case BasicKind::UntypedRune: l = {4, 4, 1, VK::I32}; break;
                case BasicKind::Uint32: l = {4, 4, 1, VK::U32}; break;
                case BasicKind::Float32: l = {4, 4, 1, VK::F32}; break;
                case BasicKind::Float64: case BasicKind::UntypedFloat: l = {8, 8, 1, VK::F64}; break;
                case BasicKind::Complex64: l = {8, 4, 1, VK::C64}; break;
                case BasicKind::Complex128: case BasicKind::UntypedComplex: l = {16, 8, 2, VK::C128}; break;
                case BasicKind::String: case BasicKind::UntypedString: l = {16, 8, 2, VK::Str}; break;
                case BasicKind::UntypedNil: l = {8, 8, 1, VK::Word}; break;
                default: l = {8, 8, 1, VK::Word}; break;
            }
            break;
        }
        case TypeKind::Pointer: case TypeKind::Map: case TypeKind::Chan: case TypeKind::Signature:
            l = {8, 8, 1, VK::Word};
            break;
        case TypeKind::Slice: l = {24, 8, 3, VK::Slice}; break;
        case TypeKind::Interface: l = {16, 8, 2, VK::Iface}; break;
        case TypeKind::Array: {
            auto* a = cast<Array>(ut);
            Layout e = layout(a->elem);
            uint64_t size = static_cast<uint64_t>(std::max<int64_t>(a->len, 0)) * e.size;
            if (size > (1u << 30)) unsupported({}, "array too large");
            l.size = static_cast<uint32_t>(size);
            l.align = e.align;
            l.vk = VK::Mem;
            l.slots = (l.size + 7) / 8;
            break;
        }
        case TypeKind::Struct: {
            auto* s = cast<Struct>(ut);
            uint32_t off = 0, align = 1;
            for (auto* f : s->fields) {
                Layout fl = layout(f->type);
                off = (off + fl.align - 1) / fl.align * fl.align;
                off += fl.size;
                align = std::max(align, fl.align);
            }
            // Go pads a struct ending in a zero-size field; ignore (rare).
            l.size = (off + align - 1) / align * align;
            l.align = align;
            l.vk = VK::Mem;
            l.slots = (l.size + 7) / 8;
            break;
        }
        case TypeKind::Tuple: {
            auto* tu = cast<Tuple>(ut);
            uint32_t n = 0;
            for (auto* v : tu->vars) n += layout(v->type).slots;
            l = {n * 8, 8, n, VK::Mem};
            break;
        }
        default: l = {8, 8, 1, VK::Word};
    }
    layouts_[t] = l;
    return l;
}

// =====================================================================================================
// rtypes

std::string Compiler::typeStr(Type* t) {
    switch (t->kind) {
        case TypeKind::Basic: {
            auto* b = cast<Basic>(t);
            if (b->bkind == BasicKind::Uint8) return "uint8";
            if (b->bkind == BasicKind::Int32) return "int32";
            if (b->bkind == BasicKind::UntypedNil) return "nil";
            return b->name;
        }
        case TypeKind::Named: {
            auto* n = cast<Named>(t);
            if (!n->obj->pkg) return n->obj->name;  // error
            return n->obj->pkg->name + "." + n->obj->name;
        }
        case TypeKind::Pointer: return "*" + typeStr(cast<Pointer>(t)->base);
        case TypeKind::Slice: return "[]" + typeStr(cast<Slice>(t)->elem);
        case TypeKind::Array: return "[" + std::to_string(cast<Array>(t)->len) + "]" + typeStr(cast<Array>(t)->elem);
        case TypeKind::Map: return "map[" + typeStr(cast<Map>(t)->key) + "]" + typeStr(cast<Map>(t)->elem);
        case TypeKind::Chan: {
            auto* c = cast<Chan>(t);
            std::string p = c->dir == ChanDir::Send ? "chan<- " : c->dir == ChanDir::Recv ? "<-chan " : "chan ";
            return p + typeStr(c->elem);
        }
        case TypeKind::Struct: {
            auto* s = cast<Struct>(t);
            if (s->fields.empty()) return "struct {}";
            std::string r = "struct { ";
            for (size_t i = 0; i < s->fields.size(); ++i) {
                if (i) r += "; ";
                if (!s->fields[i]->embedded) r += s->fields[i]->name + " ";
                r += typeStr(s->fields[i]->type);
            }
            return r + " }";
        }
        case TypeKind::Interface: {
            auto* it = cast<Interface>(t);
            completeInterface(it);
            if (it->allMethods.empty()) return "interface {}";
            std::string r = "interface { ";
            for (size_t i = 0; i < it->allMethods.size(); ++i) {
                if (i) r += "; ";
                r += it->allMethods[i]->name + typeStr(it->allMethods[i]->type).substr(4);
            }
            return r + " }";
        }
        case TypeKind::Signature: {
            auto* s = cast<Signature>(t);
            std::string r = "func(";
            for (size_t i = 0; i < s->params->vars.size(); ++i) {
                if (i) r += ", ";
                if (s->variadic && i + 1 == s->params->vars.size())
                    r += "..." + typeStr(cast<Slice>(under(s->params->vars[i]->type))->elem);
                else r += typeStr(s->params->vars[i]->type);
            }
            r += ")";
            if (s->results->vars.size() == 1) r += " " + typeStr(s->results->vars[0]->type);
            else if (s->results->vars.size() > 1) {
                r += " (";
                for (size_t i = 0; i < s->results->vars.size(); ++i) {
                    if (i) r += ", ";
                    r += typeStr(s->results->vars[i]->type);
                }
                r += ")";
            }
            return r;
        }
        case TypeKind::Tuple: return "tuple";
    }
    return "?";
}

std::string Compiler::rtypeKey(Type* t) {
    char buf[32];
    switch (t->kind) {
        case TypeKind::Named: std::snprintf(buf, sizeof buf, "N%p", static_cast<void*>(t)); return buf;
        case TypeKind::Basic: {
            auto* b = cast<Basic>(t);
            return "B" + std::to_string(static_cast<int>(b->bkind));
        }
        default: break;
    }
    // structural: built from the component RTypes' addresses
    auto R = [&](Type* x) {
        std::snprintf(buf, sizeof buf, "%p", static_cast<void*>(rtypeOf(x)));
        return std::string(buf);
    };
    switch (t->kind) {
        case TypeKind::Pointer: return "P" + R(cast<Pointer>(t)->base);
        case TypeKind::Slice: return "S" + R(cast<Slice>(t)->elem);
        case TypeKind::Array: return "A" + std::to_string(cast<Array>(t)->len) + R(cast<Array>(t)->elem);
        case TypeKind::Map: return "M" + R(cast<Map>(t)->key) + R(cast<Map>(t)->elem);
        case TypeKind::Chan: return "C" + std::to_string(static_cast<int>(cast<Chan>(t)->dir)) + R(cast<Chan>(t)->elem);
        case TypeKind::Struct: {
            std::string k = "T{";
            auto* s = cast<Struct>(t);
            for (auto* f : s->fields) {
                k += f->name + (f->embedded ? "!" : ":");
                if (!f->exported() && f->pkg) k += f->pkg->path + ".";
                k += R(f->type) + ";";
            }
            return k + "}";
        }
        case TypeKind::Signature: {
            auto* s = cast<Signature>(t);
            std::string k = "F(";
            for (auto* v : s->params->vars) k += R(v->type) + ",";
            k += s->variadic ? ")V(" : ")(";
            for (auto* v : s->results->vars) k += R(v->type) + ",";
            return k + ")";
        }
        case TypeKind::Interface: {
            auto* it = cast<Interface>(t);
            completeInterface(it);
            std::string k = "I{";
            for (auto* m : it->allMethods) {
                k += m->name;
                if (!m->exported() && m->pkg) k += "/" + m->pkg->path;
                k += R(m->type) + ";";
            }
            return k + "}";
        }
        default: return "?";
    }
}

static void setGcBits(vm::Program& P, RType* rt, const std::vector<bool>& ptrWords) {
    size_t last = 0;
    for (size_t i = 0; i < ptrWords.size(); ++i)
        if (ptrWords[i]) last = i + 1;
    rt->gc.ptrdata = last * 8;
    if (last) {
        auto& bits = P.gcbits.emplace_back((last + 7) / 8, 0);
        for (size_t i = 0; i < last; ++i)
            if (ptrWords[i]) bits[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
        rt->gc.gcdata = bits.data();
    }
}

RType* Compiler::rtypeOf(Type* t) {
    auto bt = rtypeByType_.find(t);
    if (bt != rtypeByType_.end()) return bt->second;
    if (t->kind == TypeKind::Basic && cast<Basic>(t)->info & IsUntyped) t = defaultType(t);
    std::string key = rtypeKey(t);
    auto it = rtypes_.find(key);
    if (it != rtypes_.end()) {
        rtypeByType_[t] = it->second;
        return it->second;
    }
    RType* rt = &P_->types.emplace_back();
    rtypes_[key] = rt;
    rtypeByType_[t] = rt;
    Layout l = layout(t);
    rt->size = l.size;
    rt->align = l.align;
    rt->str = typeStr(t);
    rt->comparable = comparable(t);
    Type* ut = under(t);
    if (auto* n = tas<Named>(t)) {
        rt->named = true;
        rt->name = n->obj->name;
        rt->pkgPath = n->obj->pkg ? n->obj->pkg->path : "";
    } else if (isa<Basic>(t)) {
        rt->name = rt->str;
    }
    std::vector<bool> ptrs((l.size + 7) / 8, false);
    using vm::Kind;
    switch (ut->kind) {
        case TypeKind::Basic: {
            static const Kind map[] = {Kind::Invalid, Kind::Bool, Kind::Int, Kind::Int8, Kind::Int16, Kind::Int32,
                                       Kind::Int64, Kind::Uint, Kind::Uint8, Kind::Uint16, Kind::Uint32, Kind::Uint64,
                                       Kind::Uintptr, Kind::Float32, Kind::Float64, Kind::Complex64,
                                       Kind::Complex128, Kind::String, Kind::UnsafePointer};
            int bk = static_cast<int>(cast<Basic>(ut)->bkind);
            rt->kind = bk <= static_cast<int>(BasicKind::UnsafePointer) ? map[bk] : Kind::Invalid;
            if (rt->kind == Kind::String) ptrs[0] = true;
            if (rt->kind == Kind::UnsafePointer) ptrs[0] = true, rt->pointerShaped = true;
            break;
        }
        case TypeKind::Pointer:
            rt->kind = Kind::Pointer;
            rt->elem = rtypeOf(cast<Pointer>(ut)->base);
            ptrs[0] = true;
            rt->pointerShaped = true;
            break;
        case TypeKind::Map:
            rt->kind = Kind::Map;
            rt->key = rtypeOf(cast<Map>(ut)->key);
            rt->elem = rtypeOf(cast<Map>(ut)->elem);
            ptrs[0] = true;
            rt->pointerShaped = true;
            break;
        case TypeKind::Chan:
            rt->kind = Kind::Chan;
            rt->elem = rtypeOf(cast<Chan>(ut)->elem);
            ptrs[0] = true;
            rt->pointerShaped = true;
            break;
        case TypeKind::Signature: {
            rt->kind = Kind::Func;
            auto* s = cast<Signature>(ut);
            for (auto* v : s->params->vars) rt->in.push_back(rtypeOf(v->type));
            for (auto* v : s->results->vars) rt->out.push_back(rtypeOf(v->type));
            rt->variadic = s->variadic;
            ptrs[0] = true;
            rt->pointerShaped = true;
            break;
        }
        case TypeKind::Slice:
            rt->kind = Kind::Slice;
            rt->elem = rtypeOf(cast<Slice>(ut)->elem);
            ptrs[0] = true;
            break;
        case TypeKind::Interface: {
            rt->kind = Kind::Interface;
            auto* it = cast<Interface>(ut);
            completeInterface(it);
            for (auto* m : it->allMethods) {
                vm::IMethod im;
                im.name = m->name;
                im.pkgPath = m->exported() || !m->pkg ? "" : m->pkg->path;
                auto* sig = m->sig();
                // the method type without receiver
                auto* ns = tc_.newType<Signature>();
                ns->params = sig->params;
                ns->results = sig->results;
                ns->variadic = sig->variadic;
                im.mtyp = rtypeOf(ns);
                rt->imethods.push_back(im);
            }
            ptrs[0] = ptrs[1] = true;
            break;
        }
        case TypeKind::Array: {
            auto* a = cast<Array>(ut);
            rt->kind = Kind::Array;
            rt->elem = rtypeOf(a->elem);
            rt->len = a->len;
            const RType* e = rt->elem;
            uint32_t ew = e->size / 8;
            if (e->gc.ptrdata && e->size % 8 == 0)
                for (int64_t i = 0; i < a->len; ++i)
                    for (uint32_t w = 0; w < ew; ++w)
                        if (e->gc.isPointerWord(w)) ptrs[i * ew + w] = true;
            break;
        }
        case TypeKind::Struct: {
            auto* s = cast<Struct>(ut);
            rt->kind = Kind::Struct;
            auto offs = fieldOffsets(s);
            for (size_t i = 0; i < s->fields.size(); ++i) {
                vm::StructField f;
                f.name = s->fields[i]->name;
                f.type = rtypeOf(s->fields[i]->type);
                f.offset = offs[i];
                f.embedded = s->fields[i]->embedded;
                f.exported = s->fields[i]->exported();
                rt->fields.push_back(f);
                if (f.type->gc.ptrdata && offs[i] % 8 == 0)
                    for (uint32_t w = 0; w < f.type->gc.ptrdata / 8; ++w)
                        if (f.type->gc.isPointerWord(w)) ptrs[offs[i] / 8 + w] = true;
            }
            break;
        }
        default: break;
    }
    setGcBits(*P_, rt, ptrs);
    rt->gc.size = rt->size;
    rt->gc.align = rt->align;
    rt->gc.name = rt->str.c_str();
    if (auto* n = tas<Named>(t)) {
        pendingMethods_.push_back({rt, n});
        // *T gets its method set too
    }
    if (auto* p = tas<Pointer>(t)) {
        if (auto* n = tas<Named>(p->base)) pendingMethods_.push_back({rt, n});
    }
    P_->allTypesByName.push_back(rt);
    return rt;
}

// Fill RType::methods of T or *T (rt) for named type n: declared methods and
// methods promoted through embedded fields are not all supported: declared
// methods only, plus promoted ones through embedded fields at depth 1.
void Compiler::fillMethods(RType* rt, Named* n) {
    bool isPtr = rt->kind == vm::Kind::Pointer;
    if (isa<Interface>(under(n))) return;
    std::vector<vm::Method> ms;
    for (auto* m : n->methods) {
        if (!isPtr && m->hasPtrRecv) continue;
        auto fit = funcs_.find(m);
        if (fit == funcs_.end()) continue;
        vm::Method vmm;
        vmm.name = m->name;
        vmm.pkgPath = m->exported() || !m->pkg ? "" : m->pkg->path;
        auto* sig = m->sig();
        auto* ns = tc_.newType<Signature>();
        ns->params = sig->params;
        ns->results = sig->results;
        ns->variadic = sig->variadic;
        vmm.mtyp = rtypeOf(ns);
        vm::Function* f = fit->second;
        if (!m->hasPtrRecv && !rtypeOf(n)->pointerShaped) f = valueWrapper(f, n);
        else if (!m->hasPtrRecv && isPtr) f = valueWrapper(f, n);  // *T calling a value method of pointer-shaped T
        vmm.ifn = f;
        ms.push_back(vmm);
    }
    // Promoted methods through embedded fields (any depth, via the checker's lookup).
    if (auto* st = tas<Struct>(under(n))) {
        std::set<std::string> names;
        std::vector<Type*> work;
        for (auto* f : st->fields)
            if (f->embedded) work.push_back(f->type);
        for (size_t i = 0; i < work.size() && i < 64; ++i) {
            Type* et = work[i];
            if (auto* p = tas<Pointer>(et)) et = p->base;
            if (auto* en = tas<Named>(et)) {
                for (auto* m : en->methods) names.insert(m->name);
                if (auto* it = tas<Interface>(under(en))) {
                    completeInterface(it);
                    for (auto* m : it->allMethods) names.insert(m->name);
                }
            }
            if (auto* s2 = tas<Struct>(under(et)))
                for (auto* f : s2->fields)
                    if (f->embedded) work.push_back(f->type);
        }
        for (auto& name : names) {
            bool declared = false;
            for (auto& m : ms)
                if (m.name == name) declared = true;
            for (auto* m : n->methods)
                if (m->name == name) declared = true;
            if (declared) continue;
            Type* recvT = isPtr ? static_cast<Type*>(tc_.newType<Pointer>(n)) : static_cast<Type*>(n);
            LookupResult lr = lookupFieldOrMethod(recvT, false, n->obj->pkg, name);
            auto* mf = asObj<Func>(lr.obj);
            if (!mf || lr.ambiguous || lr.notFoundPtrRecv) continue;
            // wrapper: (data word, args...) -> walk the path, call the method
            vm::Function* wf = newFunction(rt->str + "." + name + "·promoted", n->obj->pos);
            wf->wrapper = true;
            auto* msig = mf->sig();
            Fs fs;
            fs.fn = wf;
            fs.pkg = n->obj->pkg;
            Fs* saved = fs_;
            fs_ = &fs;
            uint32_t argSlots = 0;
            for (auto* v : msig->params->vars) argSlots += slotsOf(v->type);
            uint32_t resSlots = 0;
            for (auto* v : msig->results->vars) resSlots += slotsOf(v->type);
            wf->nparamSlots = 1 + argSlots;
            wf->nresultSlots = resSlots;
            fs.smi.params = {kSlotPtr};
            for (auto x : tupleKinds(msig->params)) fs.smi.params.push_back(x);
            fs.top = fs.maxTop = static_cast<int>(1 + argSlots);
            // receiver pointer: data word points at a T (boxed or *T)
            int p = alloc(1);
            mov(p, 0, 1);
            Type* cur = n;
            for (size_t k = 0; k + 1 < lr.index.size(); ++k) {
                Type* ft = nullptr;
                int32_t off = fieldOffset(cur, lr.index[k], &ft);
                if (isa<Pointer>(ft)) {
                    int q = alloc(1);
                    hintPtr(emit(Op::LD64, {u(q), u(p), static_cast<uint32_t>(off)}));
                    p = q;
                    cur = cast<Pointer>(ft)->base;
                } else {
                    int q = alloc(1);
                    emit(Op::OFFPTR, {u(q), u(p), static_cast<uint32_t>(off)});
                    p = q;
                    cur = ft;
                }
            }
            if (isIfaceT(cur)) {
                // promoted through an embedded interface: an interface call on the field's value
                auto* it = cast<Interface>(under(cur));
                completeInterface(it);
                int mi = 0;
                for (size_t q = 0; q < it->allMethods.size(); ++q)
                    if (it->allMethods[q]->name == name) mi = static_cast<int>(q);
                int iv = alloc(2);
                loadFrom(iv, p, 0, cur);
                int base = alloc(std::max(1 + argSlots, resSlots));
                mov(base + 1, 1, argSlots);
                emit(Op::CALLI, {u(base), u(iv), static_cast<uint32_t>(mi)});
                emit(Op::RET, {u(base), resSlots});
            } else {
                auto fit = funcs_.find(mf);
                if (fit == funcs_.end()) unsupported(n->obj->pos, "internal: promoted method " + name + " has no code");
                uint32_t recvSlots = mf->hasPtrRecv ? 1 : slotsOf(cur);
                int base = alloc(std::max(recvSlots + argSlots, resSlots));
                if (mf->hasPtrRecv) mov(base, p, 1);
                else loadFrom(base, p, 0, cur);
                mov(base + static_cast<int>(recvSlots), 1, argSlots);
                emit(Op::CALL, {u(base), kFunc(fit->second)});
                emit(Op::RET, {u(base), resSlots});
            }
            finishFunction();
            fs_ = saved;
            vm::Method vmm;
            vmm.name = name;
            vmm.pkgPath = mf->exported() || !mf->pkg ? "" : mf->pkg->path;
            auto* ns = tc_.newType<Signature>();
            ns->params = msig->params;
            ns->results = msig->results;
            ns->variadic = msig->variadic;
            vmm.mtyp = rtypeOf(ns);
            // pointer-shaped receiver values (T is a pointer-shaped struct? never) — data word is a pointer
            vmm.ifn = wf;
            ms.push_back(vmm);
        }
    }
    std::sort(ms.begin(), ms.end(), [](const vm::Method& a, const vm::Method& b) { return a.name < b.name; });
    rt->methods = std::move(ms);
}

// The itab entry for a value-receiver method m of type recvT: takes the data
// word (a pointer to the value) and calls m with the value loaded.
vm::Function* Compiler::valueWrapper(vm::Function* m, Type* recvT, bool panicwrap) {
    auto& cache = panicwrap ? panicWrappers_ : valueWrappers_;
    auto it = cache.find(m);
    if (it != cache.end()) return it->second;
    vm::Function* wf = newFunction(m->name + (panicwrap ? "·e" : "·i"), {});
    wf->wrapper = true;
    wf->file = m->file;
    cache[m] = wf;
    Fs fs;
    fs.fn = wf;
    Fs* saved = fs_;
    fs_ = &fs;
    uint32_t recvSlots = slotsOf(recvT);
    uint32_t argSlots = m->nparamSlots - recvSlots;
    wf->nparamSlots = 1 + argSlots;
    wf->nresultSlots = m->nresultSlots;
    {
        fs.smi.params = {kSlotPtr};
        auto mk = paramKinds_[m];
        for (size_t i = recvSlots; i < mk.size(); ++i) fs.smi.params.push_back(mk[i]);
    }
    fs.top = fs.maxTop = static_cast<int>(wf->nparamSlots);
    if (panicwrap) {
        int ok = emit(Op::JT, {0, 0});
        std::string tn = typeString(recvT, nullptr), bare = tn.substr(tn.rfind('.') + 1);
        emit(Op::PANICWRAP, {kStr("value method " + tn + "." + m->name.substr(m->name.rfind('.') + 1) +
                                  " called using nil *" + bare + " pointer")});
        patch(ok, pc());
    }
    int base = alloc(std::max(m->nparamSlots, m->nresultSlots));
    if (rtypeOf(recvT)->pointerShaped) hintType(emit(Op::LD64, {u(base), 0, 0}), recvT);
    else loadFrom(base, 0, 0, recvT);
    mov(base + static_cast<int>(recvSlots), 1, argSlots);
    emit(Op::CALL, {u(base), kFunc(m)});
    emit(Op::RET, {u(base), m->nresultSlots});
    finishFunction();
    fs_ = saved;
    return wf;
}

const vm::Itab* Compiler::itabFor(Type* iface, Type* concrete) {
    RType* I = rtypeOf(iface);
    RType* T = rtypeOf(concrete);
    auto key = std::make_pair(static_cast<const RType*>(I), static_cast<const RType*>(T));
    auto it = itabs_.find(key);
    if (it != itabs_.end()) return it->second;
    // method sets must be complete
    while (!pendingMethods_.empty()) {
        auto pm = pendingMethods_.back();
        pendingMethods_.pop_back();
        fillMethods(pm.first, pm.second);
    }
    vm::Itab* tab = &P_->itabs.emplace_back();
    tab->inter = I;
    tab->type = T;
    tab->hash = static_cast<uint32_t>(std::hash<std::string>{}(T->str));
    for (auto& im : I->imethods) {
        const vm::Function* f = nullptr;
        for (auto& m : T->methods)
            if (m.name == im.name && m.pkgPath == im.pkgPath) f = m.ifn;
        tab->fun.push_back(f);
    }
    itabs_[key] = tab;
    return tab;
}

}  // namespace gomini::frontend::detail
