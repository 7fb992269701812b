// compiler.cpp — typed AST → register bytecode: the driver.
//
// This file: program compilation (package order, globals, runtime types, function bodies, package
// initialisation), function setup/finishing (frame objects, relocation, stack maps), the constant pool,
// instruction emission and variable access. The other parts are listed in compiler_internal.h.
//
// Invariants (see vm/HACKING.md for the whole rulebook):
//   * Registers are allocated stack-like: `top` is the first free slot; a
//     statement's temporaries are released when it ends, a block's locals
//     when the block ends. A call's argument window is always allocated last,
//     so the callee's frame (which starts at the window) overlays only dead
//     temporaries.
//   * A variable lives in the frame unless escape analysis moved it to the
//     heap, or its address is taken / it is captured and it is a scalar
//     narrower than 8 bytes (frame slots hold such scalars widened, which a
//     narrow pointer store would not keep consistent). Frame-resident
//     variables whose address is taken have Go's memory layout in their slots.
//   * Values in registers: Go's memory layout, except scalars narrower than 8
//     bytes are sign-/zero-extended to 64 bits (bool: 0/1; float32: a float
//     in the low 4 bytes).
//   * Every heap allocation names its RType (RType::gc for the collector).
//   * What escape analysis keeps off the heap (Expr::escapes false: func
//     literals, new, &T{...}, slice literals, make([]T, const), "..." slices,
//     method values) is a frame object: slots after the parameters, live for
//     the whole call (relocateFrameObjects). Captured variables that do not
//     escape stay in the frame; an escaping closure copies them (by value).
//   * Stack maps: finishFunction runs computeStackMaps (compiler_stackmap.cpp)
//     with a kind hint for every type-dependent load/call result, the
//     parameters' kinds, and pins for frame storage written through pointers.
// Recursion follows the AST, whose depth the parser bounds.
#include <functional>
#include <unordered_set>

#include "frontend/compiler_internal.h"
#include "frontend/parse.h"

namespace gomini::frontend::detail {

namespace {

bool hasDeferStmt(Stmt* s);
bool hasDeferList(const std::vector<Stmt*>& l) {
    for (auto* s : l)
        if (hasDeferStmt(s)) return true;
    return false;
}
bool hasDeferStmt(Stmt* s) {
    if (!s) return false;
    switch (s->kind) {
        case NodeKind::DeferStmt: return true;
        case NodeKind::BlockStmt: return hasDeferList(cast<BlockStmt>(s)->list);
        case NodeKind::LabeledStmt: return hasDeferStmt(cast<LabeledStmt>(s)->stmt);
        case NodeKind::IfStmt: {
            auto* n = cast<IfStmt>(s);
            return hasDeferStmt(n->body) || hasDeferStmt(n->elseStmt);
        }
        case NodeKind::ForStmt: return hasDeferStmt(cast<ForStmt>(s)->body);
        case NodeKind::RangeStmt: return hasDeferStmt(cast<RangeStmt>(s)->body);
        case NodeKind::SwitchStmt: return hasDeferStmt(cast<SwitchStmt>(s)->body);
        case NodeKind::TypeSwitchStmt: return hasDeferStmt(cast<TypeSwitchStmt>(s)->body);
        case NodeKind::SelectStmt: return hasDeferStmt(cast<SelectStmt>(s)->body);
        case NodeKind::CaseClause: return hasDeferList(cast<CaseClause>(s)->body);
        case NodeKind::CommClause: return hasDeferList(cast<CommClause>(s)->body);
        default: return false;
    }
}

}  // namespace

// =====================================================================================================
// constants

uint32_t Compiler::kWord(uint64_t w) {
    auto it = wordConsts_.find(w);
    if (it != wordConsts_.end()) return it->second;
    uint32_t i = static_cast<uint32_t>(P_->consts.size());
    P_->consts.push_back(w);
    wordConsts_[w] = i;
    return i;
}

uint32_t Compiler::kStr(const std::string& s) {
    auto it = strConsts_.find(s);
    if (it != strConsts_.end()) return it->second;
    auto& st = P_->strings.emplace_back(s);
    uint32_t i = static_cast<uint32_t>(P_->consts.size());
    P_->consts.push_back(s.empty() ? 0 : reinterpret_cast<uint64_t>(st.data()));
    P_->consts.push_back(s.size());
    strConsts_[s] = i;
    return i;
}

// =====================================================================================================
// emission helpers

int Compiler::emit(Op op, std::initializer_list<uint32_t> ops) {
    auto& f = *fs_->fn;
    int at = static_cast<int>(f.code.size());
    // a callee's frame overlays everything from its window up: storage pinned there is gone
    if ((op == Op::CALL || op == Op::CALLC || op == Op::CALLI) && !fs_->openPins.empty() && ops.size())
        closePins(static_cast<int>(*ops.begin()), INT32_MAX);
    fs_->lastInsn = at;
    f.code.push_back(static_cast<uint32_t>(op));
    f.lines.push_back(fs_->line);
    for (uint32_t w : ops) {
        f.code.push_back(w);
        f.lines.push_back(0);
    }
    return at;
}

void Compiler::narrow(int r, Type* t) {
    switch (layout(t).vk) {
        case VK::I8: emit(Op::SEXT8, {u(r), u(r)}); break;
        case VK::I16: emit(Op::SEXT16, {u(r), u(r)}); break;
        case VK::I32: emit(Op::SEXT32, {u(r), u(r)}); break;
        case VK::U8:
            if (!isBoolean(t)) emit(Op::ZEXT8, {u(r), u(r)});
            break;
        case VK::U16: emit(Op::ZEXT16, {u(r), u(r)}); break;
        case VK::U32: emit(Op::ZEXT32, {u(r), u(r)}); break;
        default: break;
    }
}

void Compiler::loadFrom(int dst, int ptr, int32_t off, Type* t) {
    Layout l = layout(t);
    uint32_t o = static_cast<uint32_t>(off);
    switch (l.vk) {
        case VK::I8: emit(Op::LD8S, {u(dst), u(ptr), o}); return;
        case VK::U8: emit(Op::LD8U, {u(dst), u(ptr), o}); return;
        case VK::I16: emit(Op::LD16S, {u(dst), u(ptr), o}); return;
        case VK::U16: emit(Op::LD16U, {u(dst), u(ptr), o}); return;
        case VK::I32: emit(Op::LD32S, {u(dst), u(ptr), o}); return;
        case VK::U32: case VK::F32: emit(Op::LD32U, {u(dst), u(ptr), o}); return;
        case VK::Word: case VK::F64: case VK::C64: hintType(emit(Op::LD64, {u(dst), u(ptr), o}), t); return;
        default:
            if (l.size == 0) {
                emit(Op::NILCHK, {u(ptr)});
                return;
            }
            hintType(emit(Op::LDN, {u(dst), u(ptr), o, l.size}), t);
    }
}

void Compiler::storeTo(int ptr, int32_t off, Type* t, int src) {
    Layout l = layout(t);
    uint32_t o = static_cast<uint32_t>(off);
    switch (l.size) {
        case 1: emit(Op::ST8, {u(ptr), o, u(src)}); return;
        case 2: emit(Op::ST16, {u(ptr), o, u(src)}); return;
        case 4: emit(Op::ST32, {u(ptr), o, u(src)}); return;
        case 8: emit(Op::ST64, {u(ptr), o, u(src)}); return;
        case 0: emit(Op::NILCHK, {u(ptr)}); return;
        default: emit(Op::STN, {u(ptr), o, u(src), l.size});
    }
}

// =====================================================================================================
// variables

bool Compiler::needsPin(const Var* v) {
    if (v->addrTaken) return true;
    Type* u0 = under(v->type);
    return isa<Struct>(u0) || isa<Array>(u0);
}

bool Compiler::needsBox(const Var* v) {
    // Captured variables are always boxed: gc may decide to capture a never-reassigned variable by value
    // (so it "does not escape") while the closure itself escapes; a box is right in both cases.
    // A captured variable that does not escape stays in the frame: closures that do not escape capture its
    // address; an escaping closure can only capture it by value (gc's rule: never reassigned, <= 128 bytes),
    // and gets a copy in a box of its own when it is created (funcLit).
    if (v->escapes) return true;
    if (v->addrTaken) {
        Layout l = layout(v->type);
        if (l.slots == 1 && l.size < 8) return true;
    }
    return false;
}

VarLoc Compiler::declareVar(Var* v, bool zero) {
    VarLoc loc;
    if (needsBox(v)) {
        loc.k = VarLoc::Boxed;
        loc.slot = alloc(1);
        emit(Op::NEW, {u(loc.slot), kType(v->type)});
    } else {
        loc.k = VarLoc::Frame;
        uint32_t n = slotsOf(v->type);
        loc.slot = alloc(n);
        // storage that may be written through a pointer (address taken, or elements of a struct/array
        // stored by address) keeps its type's kinds in the stack maps for its whole scope: zero it first
        bool pinned = n && needsPin(v);
        if ((zero || pinned) && n) emit(Op::ZERO, {u(loc.slot), n});
        if (pinned) pin(loc.slot, v->type);
    }
    fs_->vars[v] = loc;
    return loc;
}

bool Compiler::findVar(const Var* v, VarLoc& out) {
    auto it = fs_->vars.find(v);
    if (it != fs_->vars.end()) {
        out = it->second;
        return true;
    }
    // an enclosing function's variable?
    for (Fs* p = fs_->parent; p; p = p->parent) {
        if (p->vars.count(v) || p->capIndex.count(v)) {
            auto ci = fs_->capIndex.find(v);
            int idx;
            if (ci == fs_->capIndex.end()) {
                idx = static_cast<int>(fs_->caps.size());
                fs_->caps.push_back(v);
                fs_->capIndex[v] = idx;
            } else idx = ci->second;
            out = VarLoc{VarLoc::Capture, 0, 0, idx};
            return true;
        }
    }
    auto g = globals_.find(v);
    if (g != globals_.end()) {
        out = VarLoc{VarLoc::Global, 0, g->second, 0};
        return true;
    }
    return false;
}

int Compiler::varPtr(const Var* v) {
    VarLoc lv_;
    if (!findVar(v, lv_)) unsupported(v->pos, "internal: unknown variable " + v->name);
    const VarLoc* l = &lv_;
    int r = alloc(1);
    switch (l->k) {
        case VarLoc::Frame: emit(Op::ADDR, {u(r), u(l->slot)}); break;
        case VarLoc::Boxed: mov(r, l->slot, 1); break;
        case VarLoc::Global: emit(Op::GADDR, {u(r), l->off}); break;
        case VarLoc::Capture: hintPtr(emit(Op::CAPTURE, {u(r), u(l->cap)})); break;
    }
    return r;
}

int Compiler::readVar(const Var* v, int dst) {
    VarLoc lv_;
    if (!findVar(v, lv_)) unsupported(v->pos, "internal: unknown variable " + v->name);
    const VarLoc* l = &lv_;
    uint32_t n = slotsOf(v->type);
    if (l->k == VarLoc::Frame) {
        if (dst < 0) return l->slot;
        mov(dst, l->slot, n);
        return dst;
    }
    if (dst < 0) dst = alloc(n);
    if (l->k == VarLoc::Global && n == 1 && layout(v->type).size == 8) {
        hintType(emit(Op::LDG64, {u(dst), l->off}), v->type);
        return dst;
    }
    int saved = fs_->top;
    int p = varPtr(v);
    loadFrom(dst, p, 0, v->type);
    fs_->top = std::max(saved, dst + static_cast<int>(n));
    return dst;
}

void Compiler::writeVar(const Var* v, int src) {
    VarLoc lv_;
    if (!findVar(v, lv_)) unsupported(v->pos, "internal: unknown variable " + v->name);
    const VarLoc* l = &lv_;
    if (l->k == VarLoc::Frame) {
        mov(l->slot, src, slotsOf(v->type));
        return;
    }
    if (l->k == VarLoc::Global && layout(v->type).size == 8 && slotsOf(v->type) == 1) {
        emit(Op::STG64, {l->off, u(src)});
        return;
    }
    int saved = fs_->top;
    int p = varPtr(v);
    storeTo(p, 0, v->type, src);
    fs_->top = saved;
}

// =====================================================================================================
// functions

std::string Compiler::funcName(Func* f) {
    std::string pkg = f->pkg ? f->pkg->path : "";
    auto* sig = f->sig();
    if (sig && sig->recv) {
        Type* rt = sig->recv->type;
        bool ptr = false;
        if (auto* p = tas<Pointer>(rt)) {
            rt = p->base;
            ptr = true;
        }
        std::string tn = isa<Named>(rt) ? cast<Named>(rt)->obj->name : typeString(rt);
        return pkg + "." + (ptr ? "(*" + tn + ")" : tn) + "." + f->name;
    }
    return pkg + "." + f->name;
}

vm::Function* Compiler::newFunction(const std::string& name, Pos pos) {
    auto fn = std::make_unique<vm::Function>();
    fn->name = name;
    fn->prog = P_.get();
    if (pos.valid()) {
        fn->file = d_.sources().file(pos.file).name;
        fn->line = static_cast<int>(pos.line);
    }
    vm::Function* raw = fn.get();
    P_->funcs.push_back(std::move(fn));
    return raw;
}

void Compiler::declareFuncs(Package* pkg) {
    int initCount = 0;
    for (auto* file : pkg->files) {
        for (auto* d : file->decls) {
            auto* fd = as<FuncDecl>(d);
            if (!fd || !fd->name) continue;
            auto* f = asObj<Func>(fd->name->obj);
            if (!fd->recv && fd->name->name == "init") {
                // init functions have no object; keyed by the decl
                vm::Function* fn = newFunction(pkg->path + ".init." + std::to_string(initCount++), fd->pos);
                (void)fn;
                continue;
            }
            if (!f) continue;
            vm::Function* fn = newFunction(funcName(f), fd->pos);
            auto* sig = f->sig();
            uint32_t ps = 0, rs = 0;
            if (sig->recv) ps += slotsOf(sig->recv->type);
            for (auto* v : sig->params->vars) ps += slotsOf(v->type);
            for (auto* v : sig->results->vars) rs += slotsOf(v->type);
            fn->nparamSlots = ps;
            paramKinds_[fn] = sigParamKinds(sig);
            fn->nresultSlots = rs;
            fn->nslots = std::max(ps, rs);
            if (!fd->body) {
                std::string ln = f->pkg->path + ".";
                if (sig->recv) {
                    Type* rt = sig->recv->type;
                    if (auto* p = tas<Pointer>(rt)) ln += "(*" + cast<Named>(p->base)->obj->name + ").";
                    else ln += cast<Named>(rt)->obj->name + ".";
                }
                fn->linkName = ln + f->name;
            }
            funcs_[f] = fn;
        }
    }
}

void Compiler::finishFunction() {
    auto* fn = fs_->fn;
    for (auto& g : fs_->gotos) {
        auto it = fs_->labelPc.find(g.second);
        if (it == fs_->labelPc.end()) unsupported({}, "goto: unknown label " + g.second);
        patch(g.first, it->second);
    }
    fn->nslots = static_cast<uint32_t>(std::max({fs_->maxTop, static_cast<int>(fn->nparamSlots),
                                                  static_cast<int>(fn->nresultSlots)})) + 1;
    for (size_t i : fs_->openPins) fs_->smi.pins[i].to = static_cast<uint32_t>(pc());
    fs_->openPins.clear();
    if (fs_->objSlots) {
        relocateFrameObjects();
        fn->nslots = static_cast<uint32_t>(std::max({fs_->maxTop, static_cast<int>(fn->nparamSlots),
                                                      static_cast<int>(fn->nresultSlots)})) + 1;
    }
    std::string e = computeStackMaps(*fn, fs_->smi);
    if (!e.empty()) unsupported({}, "internal: stack map: " + e);
}

// Frame objects take the slots [localsStart, localsStart + objSlots): every register at or above localsStart
// moves up by objSlots, and the encoded object slots get their place.
void Compiler::relocateFrameObjects() {
    auto* fn = fs_->fn;
    const uint32_t ls = static_cast<uint32_t>(fs_->localsStart), k = fs_->objSlots;
    auto reloc = [&](uint32_t r) -> uint32_t {
        if (r == bc::kNoReg) return r;
        if (r >= kObjSlot) return ls + (r - kObjSlot);
        return r >= ls ? r + k : r;
    };
    auto& code = fn->code;
    for (size_t pc = 0; pc < code.size();) {
        auto op = static_cast<Op>(code[pc] & 0xff);
        const char* f = bc::kOpFormats[static_cast<int>(op)];
        for (int i = 0; f[i]; ++i)
            if (f[i] == 'r' || f[i] == 'o') code[pc + 1 + static_cast<size_t>(i)] = reloc(code[pc + 1 + static_cast<size_t>(i)]);
        pc += static_cast<size_t>(bc::insnWords(op));
    }
    for (auto& p : fs_->smi.pins) p.slot = reloc(p.slot);
    fs_->maxTop += static_cast<int>(k);
}

void Compiler::compileFuncBody(vm::Function* fn, Signature* sig, Var* recv, BlockStmt* body, Package* pkg,
                               Fs* parent, Pos pos) {
    Fs fs;
    fs.fn = fn;
    fs.parent = parent;
    fs.pkg = pkg;
    fs.sig = sig;
    fs.baseName = fn->name;
    Fs* saved = fs_;
    fs_ = &fs;
    setLine(pos);
    // parameters occupy [0, nparamSlots)
    std::vector<Var*> params;
    if (recv) params.push_back(recv);
    for (auto* v : sig->params->vars) params.push_back(v);
    int slot = 0;
    std::vector<std::pair<Var*, int>> boxedParams;
    for (auto* v : params) {
        uint32_t n = slotsOf(v->type);
        if (needsBox(v)) boxedParams.push_back({v, slot});
        else {
            fs.vars[v] = VarLoc{VarLoc::Frame, slot, 0, 0};
            if (needsPin(v)) pin(slot, v->type);
        }
        slot += static_cast<int>(n);
    }
    fn->nparamSlots = static_cast<uint32_t>(slot);
    fs.smi.params = sigParamKinds(sig);
    if (recv && !sig->recv) {
        auto rk = kindsOf(recv->type);
        fs.smi.params.insert(fs.smi.params.begin(), rk.begin(), rk.end());
    }
    paramKinds_[fn] = fs.smi.params;
    fs.top = fs.maxTop = std::max(slot, 0);
    uint32_t rs = 0;
    for (auto* v : sig->results->vars) rs += slotsOf(v->type);
    fn->nresultSlots = rs;
    fs.resultSlots = static_cast<int>(rs);
    if (fs.top < static_cast<int>(rs)) fs.top = fs.maxTop = static_cast<int>(rs);
    fs.localsStart = fs.top;
    for (auto& bp : boxedParams) {
        VarLoc loc;
        loc.k = VarLoc::Boxed;
        loc.slot = alloc(1);
        emit(Op::NEW, {u(loc.slot), kType(bp.first->type)});
        storeTo(loc.slot, 0, bp.first->type, bp.second);
        fs.vars[bp.first] = loc;
    }
    fs.hasDefer = hasDeferStmt(body);
    fn->hasDefer = fs.hasDefer;
    // result variables
    for (auto* v : sig->results->vars) {
        fs.resultTypes.push_back(v->type);
        if (!v->name.empty() && v->name != "_") {
            declareVar(v, true);
            fs.results.push_back(v);
        } else if (fs.hasDefer) {
            declareVar(v, true);
            fs.results.push_back(v);
        } else {
            fs.results.push_back(nullptr);
        }
    }
    block(body->list);
    setLine(body->rbrace);
    if (fs.hasDefer) {
        fs.epilogue.push_back(jmp());
        int ep = pc();
        patchAll(fs.epilogue, ep);
        fn->deferReturnPc = ep;
        emit(Op::RUNDEFERS);
        emitReturnFromVars();
    } else if (sig->results->vars.empty()) {
        emit(Op::RET, {0, 0});
    } else {
        // functions with results end in a terminating statement; named results may fall off via panic only
        emitReturnFromVars();
    }
    finishFunction();
    lastCaps_ = fs.caps;
    fs_ = saved;
}

void Compiler::emitReturnFromVars() {
    int base = alloc(static_cast<uint32_t>(std::max(fs_->resultSlots, 1)));
    int off = 0;
    for (size_t i = 0; i < fs_->resultTypes.size(); ++i) {
        uint32_t n = slotsOf(fs_->resultTypes[i]);
        if (fs_->results[i]) readVar(fs_->results[i], base + off);
        else if (n) emit(Op::ZERO, {u(base + off), n});
        off += static_cast<int>(n);
    }
    emit(Op::RET, {u(base), u(fs_->resultSlots)});
}

// =====================================================================================================
// packages

void Compiler::compilePackageInit(Package* pkg, vm::Function* fn, std::vector<vm::Function*>& userInits) {
    Fs fs;
    fs.fn = fn;
    fs.pkg = pkg;
    fs.baseName = pkg->path + ".init";
    Fs* saved = fs_;
    fs_ = &fs;
    for (auto& in : pkg->inits) {
        if (!in.rhs) continue;
        int mark = fs.top;
        setLine(in.rhs->pos);
        size_t codeMark = fn->code.size();
        try {
            compileInitEntry(in);
        } catch (const CompileError&) {
            if (pkg == d_.mainPackage()) throw;
            // an imported package's variable whose initializer uses an unsupported construct stays zero
            fn->code.resize(codeMark);
            fn->lines.resize(codeMark);
            fs_ = &fs;
        }
        fs.top = mark;
    }
    for (auto* f : userInits) {
        int b = alloc(1);
        emit(Op::CALL, {u(b), kFunc(f)});
    }
    emit(Op::RET, {0, 0});
    finishFunction();
    fs_ = saved;
}

void Compiler::compileInitEntry(const PackageInit& in) {
    {
        if (in.lhs.size() == 1) {
            Var* v = in.lhs[0];
            int r = exprConv(in.rhs, v->type);
            if (v->name != "_") writeVar(v, r);
        } else {
            std::vector<Expr*> lhs;
            // multi-value: evaluate and distribute
            Expr* r = unparen(in.rhs);
            std::vector<int> vals;
            std::vector<Type*> types;
            multiValue(r, vals, types);
            for (size_t i = 0; i < in.lhs.size() && i < vals.size(); ++i)
                if (in.lhs[i]->name != "_") writeVar(in.lhs[i], convertValue(vals[i], types[i], in.lhs[i]->type, -1));
        }
    }
}
// A synthesized method of a runtime type: the receiver is one pointer-shaped word in slot 0; body emits the
// code of a function with nresults result slots.
vm::Function* Compiler::synthMethod(const std::string& name, uint32_t nresults, const std::function<void()>& body) {
    vm::Function* f = newFunction(name, {});
    Fs fs;
    fs.fn = f;
    Fs* saved = fs_;
    fs_ = &fs;
    f->nparamSlots = 1;
    fs.smi.params = {kSlotPtr};
    f->nresultSlots = nresults;
    fs.top = fs.maxTop = static_cast<int>(std::max(1u, nresults));
    body();
    finishFunction();
    fs_ = saved;
    return f;
}

std::unique_ptr<vm::Program> Compiler::run() {
    P_ = std::make_unique<vm::Program>();
    // packages in dependency order
    std::vector<Package*> order;
    std::unordered_set<Package*> seen;
    std::function<void(Package*)> visit = [&](Package* p) {
        if (!p || seen.count(p)) return;
        seen.insert(p);
        for (auto* q : p->imports) visit(q);
        order.push_back(p);
    };
    visit(d_.runtimePackage());
    visit(d_.mainPackage());
    pkgs_ = order;
    // globals
    uint32_t goff = 0;
    for (auto* p : order) {
        auto addGlobal = [&](Var* v) {
            if (globals_.count(v)) return;
            Layout l = layout(v->type);
            goff = (goff + std::max(l.align, 8u) - 1) / std::max(l.align, 8u) * std::max(l.align, 8u);
            globals_[v] = goff;
            goff += std::max(l.size, 1u);
        };
        for (auto* o : p->scope->objects())
            if (auto* v = asObj<Var>(o)) addGlobal(v);
        for (auto& in : p->inits)
            for (auto* v : in.lhs) addGlobal(v);
    }
    P_->globalsSize = (goff + 7) / 8 * 8;
    // the globals block's pointer bitmap (Go layout: each variable's type bits at its offset)
    P_->globalsGcdata.assign((P_->globalsSize / 8 + 7) / 8 + 1, 0);
    for (auto& [v, off] : globals_) {
        const RType* r = rtypeOf(v->type);
        for (uint32_t i = 0; i < (r->size + 7) / 8; ++i)
            if (r->gc.isPointerWord(i)) {
                uint32_t wi = off / 8 + i;
                P_->globalsGcdata[wi / 8] |= static_cast<uint8_t>(1u << (wi % 8));
            }
    }
    for (auto* p : order) declareFuncs(p);
    // runtime error types (synthetic: runtime.errorString and runtime.plainError)
    {
        auto* strT = tc_.typ(BasicKind::String);
        auto* sigErr = tc_.newType<Signature>();
        sigErr->params = tc_.newType<Tuple>();
        sigErr->results = tc_.newType<Tuple>();
        sigErr->results->vars.push_back(tc_.newObject<Var>("", strT, Pos{}, nullptr));
        auto* sigRE = tc_.newType<Signature>();
        sigRE->params = tc_.newType<Tuple>();
        sigRE->results = tc_.newType<Tuple>();
        P_->stringType = rtypeOf(strT);
        P_->emptyIface = rtypeOf(tc_.anyType());
        P_->errorType = rtypeOf(tc_.errorType());
        // errorString and boundsError print "runtime error: " + the message, plainError the message alone
        for (int kind = 0; kind < 3; ++kind) {
            bool plain = kind == 1;
            RType* rt = &P_->types.emplace_back(*P_->stringType);
            rt->named = true;
            rt->name = kind == 0 ? "errorString" : kind == 1 ? "plainError" : "boundsError";
            rt->pkgPath = "runtime";
            rt->str = "runtime." + rt->name;
            rt->gc.name = rt->str.c_str();
            rt->methods.clear();
            vm::Function* ef = synthMethod("runtime." + rt->name + ".Error", 2, [&] {
                int s = alloc(2);
                hint(emit(Op::LDN, {u(s), 0, 0, 16}), {kSlotPtr, kSlotScalar});
                if (!plain) {
                    int parts = alloc(4);
                    emit(Op::LOADK2, {u(parts), kStr("runtime error: ")});
                    mov(parts + 2, s, 2);
                    emit(Op::CONCAT, {u(s), u(parts), 2});
                }
                emit(Op::RET, {u(s), 2});
            });
            vm::Function* rf = synthMethod("runtime." + rt->name + ".RuntimeError", 0, [&] { emit(Op::RET, {0, 0}); });
            vm::Method m1{"Error", "", rtypeOf(sigErr), ef};
            vm::Method m2{"RuntimeError", "", rtypeOf(sigRE), rf};
            rt->methods = {m1, m2};
            if (kind == 0) P_->runtimeErrorString = rt;
            else if (kind == 1) P_->runtimePlainError = rt;
            else P_->runtimeBoundsError = rt;
            P_->allTypesByName.push_back(rt);
        }
    }
    // *runtime.PanicNilError: what panic(nil) panics with (Go 1.21+)
    {
        RType* st = &P_->types.emplace_back();
        st->kind = vm::Kind::Struct;
        st->size = 8;
        st->align = 8;
        st->named = true;
        st->name = "PanicNilError";
        st->pkgPath = "runtime";
        st->str = "runtime.PanicNilError";
        st->gc.size = 8;
        st->gc.align = 8;
        st->gc.name = st->str.c_str();
        RType* pt = &P_->types.emplace_back();
        pt->kind = vm::Kind::Pointer;
        pt->size = 8;
        pt->align = 8;
        pt->elem = st;
        pt->pointerShaped = true;
        pt->str = "*runtime.PanicNilError";
        static const uint8_t one[1] = {1};
        pt->gc = rt::TypeDesc{8, 8, 8, one, pt->str.c_str()};
        st->ptrToThis = pt;
        vm::Function* ef = synthMethod("runtime.(*PanicNilError).Error", 2, [&] {
            emit(Op::LOADK2, {0, kStr("panic called with nil argument (goexit=false)")});
            emit(Op::RET, {0, 2});
        });
        vm::Function* rf = synthMethod("runtime.(*PanicNilError).RuntimeError", 0, [&] { emit(Op::RET, {0, 0}); });
        const RType* errSig = P_->runtimeErrorString->methods[0].mtyp;
        const RType* reSig = P_->runtimeErrorString->methods[1].mtyp;
        pt->methods = {vm::Method{"Error", "", errSig, ef}, vm::Method{"RuntimeError", "", reSig, rf}};
        P_->panicNilError = pt;
        P_->allTypesByName.push_back(pt);
    }
    // *runtime.TypeAssertionError, declared in Go by the runtime package: its method set compiled now
    if (Package* rtp = d_.runtimePackage())
        if (auto* tn = asObj<TypeName>(rtp->scope->lookup("TypeAssertionError")); tn && isa<Struct>(under(tn->type))) {
            Type* pt = tc_.newType<Pointer>(tn->type);
            itabFor(tc_.errorType(), pt);
            P_->typeAssertionError = rtypeOf(pt);
        }
    // function bodies
    for (auto* p : order) {
        curPkg_ = p;
        std::vector<vm::Function*> userInits;
        int initCount = 0;
        for (auto* file : p->files) {
            for (auto* d : file->decls) {
                auto* fd = as<FuncDecl>(d);
                if (!fd || !fd->body) continue;
                auto* f = asObj<Func>(fd->name->obj);
                if (!fd->recv && fd->name->name == "init") f = nullptr;
                vm::Function* fn = nullptr;
                Signature* sig = nullptr;
                Var* recv = nullptr;
                if (f) {
                    fn = funcs_.at(f);
                    sig = f->sig();
                    recv = sig->recv;
                } else if (fd->name->name == "init") {
                    std::string nm = p->path + ".init." + std::to_string(initCount++);
                    for (auto& fp : P_->funcs)
                        if (fp->name == nm) fn = fp.get();
                    // the checker gives init no object: rebuild a signature-less body
                    sig = tc_.newType<Signature>();
                    sig->params = tc_.newType<Tuple>();
                    sig->results = tc_.newType<Tuple>();
                    userInits.push_back(fn);
                }
                if (!fn) continue;
                if (p == d_.mainPackage()) {
                    compileFuncBody(fn, sig, recv, fd->body, p, nullptr, fd->pos);
                    continue;
                }
                // An imported (stdlib) function using a construct not supported yet (channels, go) must not
                // keep programs that never call it from running: its body becomes a fatal error when called.
                try {
                    compileFuncBody(fn, sig, recv, fd->body, p, nullptr, fd->pos);
                } catch (const CompileError& ce) {
                    fs_ = nullptr;
                    std::string msg = "gomini: " + fn->name + " cannot run: " +
                                      (ce.pos.valid() ? d_.sources().format(ce.pos) + ": " : std::string()) + ce.msg;
                    fn->code.clear();
                    fn->lines.clear();
                    Fs fs;
                    fs.fn = fn;
                    fs_ = &fs;
                    fs.line = static_cast<int>(fd->pos.line);
                    emit(Op::UNSUPPORTED, {kStr(msg)});
                    finishFunction();
                    fs_ = nullptr;
                }
            }
        }
        vm::Function* ini = newFunction(p->path + ".init", {});
        compilePackageInit(p, ini, userInits);
        P_->inits.push_back(ini);
    }
    if (auto* mainObj = asObj<Func>(d_.mainPackage()->scope->lookup("main"))) P_->mainFn = funcs_.at(mainObj);
    // method sets of every type created (loop: filling may create more)
    while (!pendingMethods_.empty()) {
        auto pm = pendingMethods_.back();
        pendingMethods_.pop_back();
        fillMethods(pm.first, pm.second);
    }
    return std::move(P_);
}

}  // namespace gomini::frontend::detail

namespace gomini::frontend {

// The compiler walks the AST recursively, as the parser and the checker do: it runs on their large stack
// (parse.h), so whatever nesting they accepted compiles too.
std::unique_ptr<vm::Program> compileProgram(Driver& driver, const CompileOptions& opts, std::string* err) {
    std::unique_ptr<vm::Program> prog;
    runWithLargeStack([&] {
        detail::Compiler c(driver, opts);
        try {
            prog = c.run();
        } catch (const detail::CompileError& e) {
            if (err) *err = (e.pos.valid() ? driver.sources().format(e.pos) + ": " : std::string()) + e.msg;
        }
    });
    return prog;
}

}  // namespace gomini::frontend
