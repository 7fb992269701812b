// compiler_stmt.cpp — statements: blocks, declarations, assignment (plain, tuple, define, x op= y,
// ++/--), return, if, for (rotated loops and the fused back-edge peephole), range, switch, type switch,
// labels, break/continue/goto and defer.
//
// Invariants: every statement leaves fs_->top as it found it, except a declaration, which keeps its new
// variables until the enclosing block ends; break/continue sites are patched through the Breakable stack
// (fs_->brk) and gotos at finishFunction; a compound assignment evaluates the target's operands once.
#include <cstring>

#include <optional>

#include "frontend/compiler_internal.h"

namespace gomini::frontend::detail {

// =====================================================================================================
// statements

void Compiler::block(const std::vector<Stmt*>& list) {
    int mark = fs_->top;
    for (auto* s : list) stmt(s);
    fs_->top = mark;
}

void Compiler::stmt(Stmt* s) {
    if (!s) return;
    setLine(s->pos);
    int mark = fs_->top;
    switch (s->kind) {
        case NodeKind::EmptyStmt: return;
        case NodeKind::ExprStmt: {
            auto* e = cast<ExprStmt>(s)->x;
            expr(e);
            fs_->top = mark;
            return;
        }
        case NodeKind::AssignStmt: assignStmt(cast<AssignStmt>(s)); return;
        case NodeKind::IncDecStmt: {
            auto* n = cast<IncDecStmt>(s);
            LValue lv = lvalue(n->x);
            int v = readLValue(lv, -1);
            int fslot = lvalueSlot(lv);
            int r = fslot >= 0 ? fslot : alloc(slotsOf(lv.type));
            Type* t = lv.type;
            int d = n->tok == Tok::Inc ? 1 : -1;
            if (isFloat(t)) {
                int one = alloc(1);
                double dv = d;
                if (layout(t).vk == VK::F32) {
                    float f = static_cast<float>(d);
                    uint32_t bits;
                    std::memcpy(&bits, &f, 4);
                    emit(Op::LOADK, {u(one), kWord(bits)});
                    emit(Op::ADDF32, {u(r), u(v), u(one)});
                } else {
                    uint64_t bits;
                    std::memcpy(&bits, &dv, 8);
                    emit(Op::LOADK, {u(one), kWord(bits)});
                    emit(Op::ADDF, {u(r), u(v), u(one)});
                }
            } else if (isComplex(t)) {
                unsupported(s->pos, "++ on complex numbers is not supported");
            } else {
                emit(Op::ADDI, {u(r), u(v), static_cast<uint32_t>(d)});
                narrow(r, t);
            }
            assign(lv, r);
            fs_->top = mark;
            return;
        }
        case NodeKind::DeclStmt: {
            auto* gd = cast<DeclStmt>(s)->decl;
            if (gd->tok == Tok::Var)
                for (auto* sp : gd->specs) varDecl(cast<ValueSpec>(sp));
            return;
        }
        case NodeKind::ReturnStmt: returnStmt(cast<ReturnStmt>(s)); fs_->top = mark; return;
        case NodeKind::BlockStmt: block(cast<BlockStmt>(s)->list); return;
        case NodeKind::IfStmt: ifStmt(cast<IfStmt>(s)); fs_->top = mark; return;
        case NodeKind::ForStmt: forStmt(cast<ForStmt>(s), nullptr); fs_->top = mark; return;
        case NodeKind::RangeStmt: rangeStmt(cast<RangeStmt>(s), nullptr); fs_->top = mark; return;
        case NodeKind::SwitchStmt: switchStmt(cast<SwitchStmt>(s), nullptr); fs_->top = mark; return;
        case NodeKind::TypeSwitchStmt: typeSwitchStmt(cast<TypeSwitchStmt>(s), nullptr); fs_->top = mark; return;
        case NodeKind::LabeledStmt: {
            auto* l = cast<LabeledStmt>(s);
            fs_->labelPc[l->label->name] = pc();
            static thread_local Label labTmp("", Pos{}, nullptr);
            labTmp.name = l->label->name;
            const Object* lab = &labTmp;
            Stmt* inner = l->stmt;
            switch (inner->kind) {
                case NodeKind::ForStmt: forStmt(cast<ForStmt>(inner), lab); break;
                case NodeKind::RangeStmt: rangeStmt(cast<RangeStmt>(inner), lab); break;
                case NodeKind::SwitchStmt: switchStmt(cast<SwitchStmt>(inner), lab); break;
                case NodeKind::TypeSwitchStmt: typeSwitchStmt(cast<TypeSwitchStmt>(inner), lab); break;
                default: stmt(inner); return;
            }
            fs_->top = mark;
            return;
        }
        case NodeKind::BranchStmt: branchStmt(cast<BranchStmt>(s)); return;
        case NodeKind::DeferStmt: deferStmt(cast<DeferStmt>(s)); fs_->top = mark; return;
        case NodeKind::GoStmt: unsupported(s->pos, "go statements are not supported yet");
        case NodeKind::SendStmt: unsupported(s->pos, "channels are not supported yet");
        case NodeKind::SelectStmt: unsupported(s->pos, "select is not supported yet");
        default: unsupported(s->pos, std::string("unsupported statement ") + nodeKindName(s->kind));
    }
}

void Compiler::varDecl(ValueSpec* vs) {
    std::vector<Expr*> lhs(vs->names.begin(), vs->names.end());
    if (vs->values.empty()) {
        for (auto* id : vs->names) {
            auto* v = asObj<Var>(id->obj);
            if (!v) continue;
            declareVar(v, true);
        }
        return;
    }
    defineVars(lhs, vs->values, vs->pos);
}

// Declares the new variables among lhs (idents) and assigns rhs to them.
void Compiler::defineVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs, Pos pos) {
    // evaluate rhs into temps first (old variables visible), then bind
    std::vector<Type*> types;
    std::vector<int> regs;
    // Allocate slots for the new variables first so they survive the statement.
    std::vector<std::pair<Var*, bool>> vars;  // var, isNew
    for (auto* e : lhs) {
        auto* id = as<Ident>(e);
        Var* v = id ? asObj<Var>(id->obj) : nullptr;
        VarLoc tmpLoc;
        bool isNew = v && !findVar(v, tmpLoc);
        vars.push_back({v, isNew});
    }
    std::vector<VarLoc> newLocs(lhs.size());
    for (size_t i = 0; i < vars.size(); ++i)
        if (vars[i].first && vars[i].second) {
            Var* v = vars[i].first;
            if (needsBox(v)) {
                newLocs[i].k = VarLoc::Boxed;
                newLocs[i].slot = alloc(1);
            } else {
                newLocs[i].k = VarLoc::Frame;
                newLocs[i].slot = alloc(slotsOf(v->type));
            }
        }
    int keep = fs_->top;
    std::vector<int> vals;
    if (lhs.size() == 1 && rhs.size() == 1 && vars[0].first && vars[0].second && newLocs[0].k == VarLoc::Frame &&
        !isa<Tuple>(rhs[0]->type)) {
        Var* v = vars[0].first;
        exprConv(rhs[0], v->type, newLocs[0].slot);
        fs_->vars[v] = newLocs[0];
        fs_->top = keep;
        return;
    }
    if (rhs.size() == 1 && lhs.size() > 1) {
        multiValue(unparen(rhs[0]), vals, types);  // v, ok := m[k] / x.(T), or a call's results
    } else {
        for (size_t i = 0; i < rhs.size(); ++i) {
            Type* target = vars[i].first ? vars[i].first->type : rhs[i]->type;
            if (!vars[i].first) {
                // blank or non-var lhs: evaluate for effects (conversion to lhs type when assigning)
                target = lhs[i]->type && !(as<Ident>(lhs[i]) && cast<Ident>(lhs[i])->name == "_") ? lhs[i]->type
                                                                                                  : rhs[i]->type;
            }
            int tmp = alloc(slotsOf(target));
            exprConv(rhs[i], target, tmp);
            vals.push_back(tmp);
            types.push_back(target);
        }
    }
    for (size_t i = 0; i < lhs.size(); ++i) {
        Var* v = vars[i].first;
        if (!v) {
            // blank identifier or not a var (e.g. "_"): nothing
            auto* id = as<Ident>(lhs[i]);
            if (id && id->name == "_") continue;
            if (!id) {
                LValue lv = lvalue(lhs[i]);
                int src = convertValue(vals[i], types[i], lv.type, -1);
                assign(lv, src);
            }
            continue;
        }
        int src = convertValue(vals[i], types[i], v->type, -1);
        if (vars[i].second) {
            VarLoc loc = newLocs[i];
            if (loc.k == VarLoc::Boxed) {
                emit(Op::NEW, {u(loc.slot), kType(v->type)});
                storeTo(loc.slot, 0, v->type, src);
            } else mov(loc.slot, src, slotsOf(v->type));
            fs_->vars[v] = loc;
        } else {
            writeVar(v, src);
        }
    }
    fs_->top = keep;
    (void)pos;
}

void Compiler::assignStmt(AssignStmt* s) {
    int mark = fs_->top;
    if (s->tok == Tok::Define) {
        defineVars(s->lhs, s->rhs, s->pos);
        return;  // keeps the new variables
    }
    if (s->tok != Tok::Assign) {
        // op-assign: x op= y (the target's operands are evaluated once)
        Tok op = assignOpBase(s->tok);
        LValue lv = lvalue(s->lhs[0]);
        int cur = readLValue(lv, -1);
        Type* t = lv.type;
        Expr* rhs = s->rhs[0];
        int32_t imm = 0;
        Op io = arithImm(op, t, rhs, &imm);
        int y = -1;
        if (io == Op::NOP) y = op == Tok::Shl || op == Tok::Shr ? expr(rhs) : exprConv(rhs, t);
        int fslot = lvalueSlot(lv);
        int r = fslot >= 0 && layout(t).vk != VK::C64 ? fslot : alloc(slotsOf(t));
        if (io != Op::NOP) {
            emit(io, {u(r), u(cur), static_cast<uint32_t>(imm)});
            narrow(r, t);
        } else if (isString(t)) {
            int parts = alloc(4);
            mov(parts, cur, 2);
            mov(parts + 2, y, 2);
            emit(Op::CONCAT, {u(r), u(parts), 2});
        } else {
            arith(op, t, r, cur, y, rhs, s->pos);
        }
        assign(lv, r);
        fs_->top = mark;
        return;
    }
    // plain assignment: evaluate all lvalue operands and rhs values, then store left to right
    if (s->lhs.size() == 1 && s->rhs.size() == 1) {
        auto* id = as<Ident>(unparen(s->lhs[0]));
        if (id && id->name == "_") {
            expr(s->rhs[0]);
            fs_->top = mark;
            return;
        }
        // fast path: frame variable target
        if (id) {
            auto* v = asObj<Var>(id->obj);
            VarLoc fl;
            if (v && findVar(v, fl) && fl.k == VarLoc::Frame) {
                int slot = fl.slot;
                int n = static_cast<int>(slotsOf(v->type));
                if (safeDirect(s->rhs[0])) {
                    exprConv(s->rhs[0], v->type, slot);
                    fs_->top = mark;
                    return;
                }
                int tmp = exprConv(s->rhs[0], v->type, -1);
                mov(slot, tmp, static_cast<uint32_t>(n));
                fs_->top = mark;
                return;
            }
        }
        LValue lv = lvalue(s->lhs[0]);
        if (int64_t imm; lv.k == LValue::SliceElem && smallIntConst(s->rhs[0], lv.type, &imm)) {
            // s[i] = constant: store the immediate (no register, one dispatch less).
            emit(fusedElem(lv.type) == 8 ? Op::STX64I : Op::STX8I, {u(lv.map), u(lv.key), static_cast<uint32_t>(imm)});
            fs_->top = mark;
            return;
        }
        int v = exprConv(s->rhs[0], lv.type);
        assign(lv, v);
        fs_->top = mark;
        return;
    }
    std::vector<LValue> lvs;
    for (auto* l : s->lhs) lvs.push_back(lvalue(l, true));
    std::vector<int> vals;
    std::vector<Type*> types;
    if (s->rhs.size() == 1) {
        Expr* r = unparen(s->rhs[0]);
        multiValue(r, vals, types);
    } else {
        for (size_t i = 0; i < s->rhs.size(); ++i) {
            Type* t = lvs[i].k == LValue::Blank ? s->rhs[i]->type : lvs[i].type;
            int tmp = alloc(slotsOf(t));
            exprConv(s->rhs[i], t, tmp);
            vals.push_back(tmp);
            types.push_back(t);
        }
    }
    for (size_t i = 0; i < lvs.size(); ++i) {
        if (lvs[i].k == LValue::Blank) continue;
        int src = convertValue(vals[i], types[i], lvs[i].type, -1);
        assign(lvs[i], src);
    }
    fs_->top = mark;
}

void Compiler::returnStmt(ReturnStmt* s) {
    auto& rt = fs_->resultTypes;
    if (s->results.empty()) {
        if (fs_->hasDefer) {
            fs_->epilogue.push_back(jmp());
            return;
        }
        if (rt.empty()) {
            emit(Op::RET, {0, 0});
            return;
        }
        emitReturnFromVars();
        return;
    }
    if (!fs_->hasDefer && rt.size() == 1 && s->results.size() == 1) {
        // a single result returns straight from wherever it is (often a variable's slot)
        int r = exprConv(s->results[0], rt[0]);
        emit(Op::RET, {u(r), u(fs_->resultSlots)});
        return;
    }
    int base = alloc(static_cast<uint32_t>(std::max(fs_->resultSlots, 1)));
    if (s->results.size() == 1 && rt.size() > 1) {
        // return f() with several results
        Expr* r = s->results[0];
        auto* tu = tas<Tuple>(r->type);
        int res = expr(r);
        int off = 0, roff = 0;
        for (size_t i = 0; i < rt.size(); ++i) {
            convertValue(res + off, tu->vars[i]->type, rt[i], base + roff);
            off += static_cast<int>(slotsOf(tu->vars[i]->type));
            roff += static_cast<int>(slotsOf(rt[i]));
        }
    } else {
        int off = 0;
        for (size_t i = 0; i < rt.size() && i < s->results.size(); ++i) {
            exprConv(s->results[i], rt[i], base + off);
            off += static_cast<int>(slotsOf(rt[i]));
        }
    }
    if (fs_->hasDefer) {
        int off = 0;
        for (size_t i = 0; i < rt.size(); ++i) {
            if (fs_->results[i]) writeVar(fs_->results[i], base + off);
            off += static_cast<int>(slotsOf(rt[i]));
        }
        fs_->epilogue.push_back(jmp());
        return;
    }
    emit(Op::RET, {u(base), u(fs_->resultSlots)});
}

void Compiler::ifStmt(IfStmt* s) {
    int mark = fs_->top;
    if (s->init) stmt(s->init);
    std::vector<int> elseJumps;
    condJump(s->cond, false, elseJumps);
    block(s->body->list);
    if (s->elseStmt) {
        int end = jmp();
        patchAll(elseJumps, pc());
        stmt(s->elseStmt);
        patch(end, pc());
    } else {
        patchAll(elseJumps, pc());
    }
    fs_->top = mark;
}

void Compiler::freshIterationVars(const std::vector<Var*>& vars) {
    if (opts_.langMinor < 22) return;
    for (auto* v : vars) {
        auto it = fs_->vars.find(v);
        if (it == fs_->vars.end() || it->second.k != VarLoc::Boxed) continue;
        int saved = fs_->top;
        int nb = alloc(1);
        emit(Op::NEW, {u(nb), kType(v->type)});
        Layout l = layout(v->type);
        if (l.size) emit(Op::MEMCOPY, {u(nb), u(it->second.slot), l.size});
        mov(it->second.slot, nb, 1);
        fs_->top = saved;
    }
}

void Compiler::forStmt(ForStmt* s, const Object* label) {
    int mark = fs_->top;
    std::vector<Var*> loopVars;
    if (s->init) {
        if (auto* as_ = as<AssignStmt>(s->init); as_ && as_->tok == Tok::Define)
            for (auto* l : as_->lhs)
                if (auto* id = as<Ident>(l))
                    if (auto* v = asObj<Var>(id->obj)) loopVars.push_back(v);
        stmt(s->init);
    }
    Breakable b;
    b.label = label ? label->name : std::string();
    b.isLoop = true;
    fs_->brk.push_back(&b);
    // A simple condition is tested at the top and again at the bottom (a rotated loop: no jump to the test
    // on entry, and the bottom increment-and-test can fuse into one instruction); any other condition is
    // compiled once, at the bottom, and entered by a jump.
    bool rotate = s->cond && simpleCond(s->cond);
    std::vector<int> toExit;
    int entryJ = -1;
    if (rotate) condJump(s->cond, false, toExit);
    else entryJ = jmp();
    int bodyPc = pc();
    block(s->body->list);
    int contPc = pc();
    patchAll(b.continues, contPc);
    if (!loopVars.empty()) freshIterationVars(loopVars);
    if (s->post) stmt(s->post);
    int postEnd = pc(), lastPost = fs_->lastInsn;
    if (!rotate) patch(entryJ, pc());
    if (s->cond) {
        std::vector<int> toBody;
        condJump(s->cond, true, toBody);
        patchAll(toBody, bodyPc);
        if (rotate && lastPost >= contPc && postEnd > contPc) fuseBackEdge(lastPost, postEnd, bodyPc);
    } else {
        jmpTo(bodyPc);
    }
    patchAll(toExit, pc());
    patchAll(b.breaks, pc());
    fs_->brk.pop_back();
    fs_->top = mark;
}

// A loop condition cheap and side-effect free enough to compile twice: comparisons and boolean
// combinations of variables, constants and len/cap of variables (no calls, no func literals).
bool Compiler::simpleCond(Expr* e) {
    e = unparen(e);
    if (isConst(e)) return true;
    auto operand = [this](Expr* x) {
        x = unparen(x);
        if (isConst(x) || as<Ident>(x)) return true;
        if (auto* c = as<CallExpr>(x); c && unparen(c->fun)->mode == Mode::Builtin && c->args.size() == 1) {
            auto* id = as<Ident>(unparen(c->fun));
            return id && (id->name == "len" || id->name == "cap") && as<Ident>(unparen(c->args[0])) != nullptr;
        }
        return false;
    };
    if (as<Ident>(e)) return true;
    if (auto* un = as<UnaryExpr>(e); un && un->op == Tok::Not) return simpleCond(un->x);
    auto* b = as<BinaryExpr>(e);
    if (!b) return false;
    switch (b->op) {
        case Tok::LAnd: case Tok::LOr: return simpleCond(b->x) && simpleCond(b->y);
        case Tok::Lss: case Tok::Leq: case Tok::Gtr: case Tok::Geq: case Tok::Eql: case Tok::Neq:
            return operand(b->x) && operand(b->y);
        default: return false;
    }
}

// The bottom of a rotated loop: if the post statement ended in `R[a] += step` (ADDI a a k / ADD a a r)
// and the condition compiled to one signed compare-and-branch on R[a], both become one fused back-edge.
// incPc: the add; condPc: the compare-and-branch (the last instruction); bodyPc: its target.
void Compiler::fuseBackEdge(int incPc, int condPc, int bodyPc) {
    auto& code = fs_->fn->code;
    if (fs_->lastInsn != condPc) return;
    Op inc = static_cast<Op>(code[incPc] & 0xff);
    Op cmp = static_cast<Op>(code[condPc] & 0xff);
    if (incPc + bc::insnWords(inc) != condPc || condPc + bc::insnWords(cmp) != pc()) return;
    uint32_t a = code[incPc + 1], step;
    bool regStep;
    if (inc == Op::ADDI && code[incPc + 2] == a) {
        step = code[incPc + 3];
        regStep = false;
    } else if (inc == Op::ADD && (code[incPc + 2] == a || code[incPc + 3] == a) && code[incPc + 2] != code[incPc + 3]) {
        step = code[incPc + 2] == a ? code[incPc + 3] : code[incPc + 2];
        regStep = true;
    } else {
        return;
    }
    uint32_t x = code[condPc + 1], y = code[condPc + 2];
    Op fused;
    uint32_t bound;
    switch (cmp) {
        case Op::JLTS: case Op::JLES:  // x < y, x <= y
            if (x == a && y != a) {
                fused = regStep ? (cmp == Op::JLTS ? Op::ADDJLTS : Op::ADDJLES) : (cmp == Op::JLTS ? Op::INCJLTS : Op::INCJLES);
                bound = y;
            } else if (y == a && x != a && !regStep) {
                fused = cmp == Op::JLTS ? Op::INCJGTS : Op::INCJGES;  // a > x, a >= x
                bound = x;
            } else {
                return;
            }
            break;
        case Op::JLTSI: case Op::JLESI: case Op::JGTSI: case Op::JGESI:
            if (x != a || regStep) return;
            fused = cmp == Op::JLTSI ? Op::INCJLTSI : cmp == Op::JLESI ? Op::INCJLESI
                  : cmp == Op::JGTSI ? Op::INCJGTSI : Op::INCJGESI;
            bound = y;
            break;
        default: return;
    }
    if (regStep && bound == step) return;
    auto line = fs_->fn->lines[static_cast<size_t>(incPc)];
    code.resize(static_cast<size_t>(incPc));
    fs_->fn->lines.resize(static_cast<size_t>(incPc));
    int saved = fs_->line;
    fs_->line = line;
    emit(fused, {a, step, bound, static_cast<uint32_t>(bodyPc - incPc)});
    fs_->line = saved;
}

void Compiler::rangeStmt(RangeStmt* s, const Object* label) {
    int mark = fs_->top;
    Type* xt = s->x->type;
    Type* ut = under(xt);
    bool define = s->tok == Tok::Define;
    auto keyVar = [&]() -> Var* {
        auto* id = s->key ? as<Ident>(s->key) : nullptr;
        return id && define ? asObj<Var>(id->obj) : nullptr;
    };
    auto valVar = [&]() -> Var* {
        auto* id = s->value ? as<Ident>(s->value) : nullptr;
        return id && define ? asObj<Var>(id->obj) : nullptr;
    };
    auto blank = [](Expr* e) { return !e || (as<Ident>(e) && cast<Ident>(e)->name == "_"); };
    Var* kv = keyVar();
    Var* vv = valVar();
    // per-iteration declaration (or once before the loop with -lang < 1.22)
    bool perIter = opts_.langMinor >= 22;
    auto declareIterVars = [&]() {
        if (kv && !blank(s->key)) declareVar(kv, false);
        if (vv && !blank(s->value)) declareVar(vv, false);
    };
    // assigns value in register src (type t) to key/value target
    // `for k, v = range` assigns as `k, v = key, value`: the value target's index operands are evaluated
    // before k is assigned (valueLv, made by prepareValue just before the key's assignment).
    std::optional<LValue> valueLv;
    auto prepareValue = [&]() {
        if (!define && !blank(s->key) && !blank(s->value)) valueLv = lvalue(s->value, true);
    };
    auto assignTo = [&](Expr* target, Var* v, int src, Type* t) {
        if (blank(target)) return;
        if (v) {
            writeVar(v, convertValue(src, t, v->type, -1));
            return;
        }
        LValue lv = target == s->value && valueLv ? *valueLv : lvalue(target);
        assign(lv, convertValue(src, t, lv.type, -1));
    };
    Breakable b;
    b.label = label ? label->name : std::string();
    b.isLoop = true;
    Type* intT = tc_.typ(BasicKind::Int);
    if (isa<Map>(ut)) {
        auto* mt = cast<Map>(ut);
        int m = alloc(1);
        exprTo(s->x, m);
        int it = alloc(12);
        emit(Op::MAPITER, {u(it), kType(xt), u(m)});
        if (!perIter) declareIterVars();
        fs_->brk.push_back(&b);
        int exitJ = emit(Op::JF, {u(it), 0});
        int top = pc();  // rotated: the bottom advances and loops while the iterator has an entry
        int inner = fs_->top;
        if (perIter) declareIterVars();
        if (!blank(s->key)) {
            int kr = alloc(slotsOf(mt->key));
            loadFrom(kr, it, 0, mt->key);
            prepareValue();
            assignTo(s->key, kv, kr, mt->key);
        }
        if (!blank(s->value)) {
            int vr = alloc(slotsOf(mt->elem));
            loadFrom(vr, it + 1, 0, mt->elem);
            assignTo(s->value, vv, vr, mt->elem);
        }
        block(s->body->list);
        fs_->top = inner;
        patchAll(b.continues, pc());
        emit(Op::MAPNEXT, {u(it)});
        emit(Op::JT, {u(it), static_cast<uint32_t>(top - pc())});
        patch(exitJ, pc());
    } else if (isInteger(ut) || isString(ut) || isa<Slice>(ut) || isa<Array>(ut) ||
               (isa<Pointer>(ut) && isa<Array>(under(cast<Pointer>(ut)->base)))) {
        bool str = isString(ut);
        bool isInt = isInteger(ut);
        int xs = -1;
        int len = alloc(1);
        Type* elemT = nullptr;
        int arrPtr = -1;
        bool arrayVal = false;
        if (isInt) {
            exprTo(s->x, len);
        } else if (str) {
            xs = alloc(2);
            exprTo(s->x, xs);
            mov(len, xs + 1, 1);
            elemT = tc_.runeType();
        } else if (isa<Slice>(ut)) {
            xs = alloc(3);
            exprTo(s->x, xs);
            mov(len, xs + 1, 1);
            elemT = cast<Slice>(ut)->elem;
        } else {
            Array* at;
            if (isa<Pointer>(ut)) {
                at = cast<Array>(under(cast<Pointer>(ut)->base));
                arrPtr = alloc(1);
                exprTo(s->x, arrPtr);
                if (!blank(s->value)) emit(Op::NILCHK, {u(arrPtr)});
            } else {
                at = cast<Array>(ut);
                arrayVal = true;
                // range over an array value evaluates a copy (only if the value is used)
                if (!blank(s->value)) {
                    int cp = alloc(slotsOf(at));
                    exprTo(s->x, cp);
                    arrPtr = alloc(1);
                    emit(Op::ADDR, {u(arrPtr), u(cp)});
                } else if (!isConst(s->x) && !(as<Ident>(s->x))) {
                    expr(s->x);
                }
            }
            loadInt(len, at->len);
            elemT = at->elem;
        }
        (void)arrayVal;
        int i = alloc(1);
        loadInt(i, 0);
        int rune = alloc(2);  // strings: the rune and the index after it
        int next = rune + 1;
        if (!perIter) declareIterVars();
        fs_->brk.push_back(&b);
        int exitJ = emit(Op::JLES, {u(len), u(i), 0});
        // rotated (except strings, whose index advances by the rune's width): the bottom is one fused
        // increment-and-test back to the body
        int top = str ? exitJ : pc();
        int inner = fs_->top;
        if (perIter) declareIterVars();
        if (str) {
            emit(Op::DECODERUNE, {u(rune), u(xs), u(i)});  // rune, next
        }
        prepareValue();
        if (!blank(s->key)) assignTo(s->key, kv, i, isInt ? s->x->type : intT);
        if (!blank(s->value)) {
            if (str) {
                assignTo(s->value, vv, rune, tc_.runeType());
            } else {
                int p = alloc(1);
                Layout el = layout(elemT);
                if (arrPtr >= 0) emit(Op::IDXARR, {u(p), u(arrPtr), u(i), el.size, 0x7fffffff});
                else emit(Op::IDXSLICE, {u(p), u(xs), u(i), el.size});
                int v = alloc(el.slots);
                loadFrom(v, p, 0, elemT);
                assignTo(s->value, vv, v, elemT);
            }
        }
        block(s->body->list);
        fs_->top = inner;
        patchAll(b.continues, pc());
        if (str) {
            mov(i, rune + 1, 1);
            jmpTo(top);
        } else {
            emit(Op::INCJLTS, {u(i), 1, u(len), static_cast<uint32_t>(top - pc())});
        }
        patch(exitJ, pc());
        (void)next;
    } else if (isa<Signature>(ut)) {
        unsupported(s->pos, "range over functions is not supported");
    } else {
        unsupported(s->pos, "range over " + typeString(xt) + " is not supported");
    }
    patchAll(b.breaks, pc());
    fs_->brk.pop_back();
    fs_->top = mark;
}

void Compiler::switchStmt(SwitchStmt* s, const Object* label) {
    int mark = fs_->top;
    if (s->init) stmt(s->init);
    int tag = -1;
    Type* tagT = nullptr;
    if (s->tag) {
        tagT = s->tag->type;
        tag = alloc(slotsOf(tagT));
        exprTo(s->tag, tag);
    }
    Breakable b;
    b.label = label ? label->name : std::string();
    fs_->brk.push_back(&b);
    std::vector<std::vector<int>> toBody(s->body->list.size());
    int defaultIdx = -1;
    for (size_t ci = 0; ci < s->body->list.size(); ++ci) {
        auto* cc = cast<CaseClause>(s->body->list[ci]);
        if (cc->isDefault || cc->list.empty()) {
            defaultIdx = static_cast<int>(ci);
            continue;
        }
        for (auto* e : cc->list) {
            setLine(e->pos);
            int m2 = fs_->top;
            if (!s->tag) {
                condJump(e, true, toBody[ci]);
            } else {
                int v;
                Type* et = e->type;
                int r = alloc(1);
                if (isIfaceT(tagT) && !isIfaceT(et) && !(et && isa<Basic>(et) && cast<Basic>(et)->bkind == BasicKind::UntypedNil)) {
                    v = exprConv(e, tagT);
                    compare(Tok::Eql, tagT, tag, v, r);
                } else {
                    v = exprConv(e, tagT);
                    compare(Tok::Eql, tagT, tag, v, r);
                }
                toBody[ci].push_back(emit(Op::JT, {u(r), 0}));
            }
            fs_->top = m2;
        }
    }
    std::vector<int> endJumps;
    int toDefault = jmp();
    std::vector<int> bodyStart(s->body->list.size());
    for (size_t ci = 0; ci < s->body->list.size(); ++ci) {
        auto* cc = cast<CaseClause>(s->body->list[ci]);
        bodyStart[ci] = pc();
        patchAll(toBody[ci], pc());
        if (static_cast<int>(ci) == defaultIdx) patch(toDefault, pc()), toDefault = -1;
        bool fall = !cc->body.empty() && is<BranchStmt>(cc->body.back()) &&
                    cast<BranchStmt>(cc->body.back())->tok == Tok::Fallthrough;
        std::vector<Stmt*> body = cc->body;
        if (fall) body.pop_back();
        block(body);
        if (!fall) endJumps.push_back(jmp());
    }
    if (toDefault >= 0) patch(toDefault, pc());
    patchAll(endJumps, pc());
    patchAll(b.breaks, pc());
    fs_->brk.pop_back();
    fs_->top = mark;
}

void Compiler::typeSwitchStmt(TypeSwitchStmt* s, const Object* label) {
    int mark = fs_->top;
    if (s->init) stmt(s->init);
    TypeAssertExpr* ta = nullptr;
    if (auto* a = as<AssignStmt>(s->assign)) ta = as<TypeAssertExpr>(unparen(a->rhs[0]));
    else if (auto* es = as<ExprStmt>(s->assign)) ta = as<TypeAssertExpr>(unparen(es->x));
    if (!ta) unsupported(s->pos, "bad type switch");
    Type* xt = ta->x->type;
    int x = alloc(2);
    exprTo(ta->x, x);
    Breakable b;
    b.label = label ? label->name : std::string();
    fs_->brk.push_back(&b);
    size_t n = s->body->list.size();
    std::vector<std::vector<int>> toBody(n);
    int defaultIdx = -1;
    int r = alloc(1);
    for (size_t ci = 0; ci < n; ++ci) {
        auto* cc = cast<CaseClause>(s->body->list[ci]);
        if (cc->isDefault) {
            defaultIdx = static_cast<int>(ci);
            continue;
        }
        for (auto* e : cc->list) {
            if (e->type && isa<Basic>(e->type) && cast<Basic>(e->type)->bkind == BasicKind::UntypedNil) {
                toBody[ci].push_back(emit(Op::JEQI, {u(x), 0, 0}));
                continue;
            }
            emit(Op::TYPEIS, {u(r), u(x), kType(e->type)});
            toBody[ci].push_back(emit(Op::JT, {u(r), 0}));
        }
    }
    int toDefault = jmp();
    std::vector<int> endJumps;
    for (size_t ci = 0; ci < n; ++ci) {
        auto* cc = cast<CaseClause>(s->body->list[ci]);
        patchAll(toBody[ci], pc());
        if (static_cast<int>(ci) == defaultIdx) patch(toDefault, pc()), toDefault = -1;
        int inner = fs_->top;
        if (auto* v = asObj<Var>(cc->implicitObj)) {
            VarLoc loc = declareVar(v, false);
            Type* vt = v->type;
            int val = alloc(slotsOf(vt));
            if (isIfaceT(vt)) {
                if (identical(vt, xt)) mov(val, x, 2);
                else emit(Op::IFACE2IFACE, {u(val), u(x), kType(vt)});
            } else {
                emit(Op::ASSERT, {u(val), u(x), kType(vt), kType(xt)});
            }
            writeVar(v, val);
            (void)loc;
        }
        block(cc->body);
        fs_->top = inner;
        endJumps.push_back(jmp());
    }
    if (toDefault >= 0) patch(toDefault, pc());
    patchAll(endJumps, pc());
    patchAll(b.breaks, pc());
    fs_->brk.pop_back();
    fs_->top = mark;
}

void Compiler::branchStmt(BranchStmt* s) {
    if (s->tok == Tok::Goto) {
        fs_->gotos.push_back({jmp(), s->label->name});
        return;
    }
    if (s->tok == Tok::Fallthrough) return;  // handled by switchStmt
    Breakable* target = nullptr;
    for (auto it = fs_->brk.rbegin(); it != fs_->brk.rend(); ++it) {
        Breakable* b = *it;
        if (s->label) {
            if (!b->label.empty() && b->label == s->label->name) {
                target = b;
                break;
            }
            continue;
        }
        if (s->tok == Tok::Continue && !b->isLoop) continue;
        target = b;
        break;
    }
    if (!target) unsupported(s->pos, "bad break/continue");
    if (s->tok == Tok::Break) target->breaks.push_back(jmp());
    else target->continues.push_back(jmp());
}

void Compiler::deferStmt(DeferStmt* s) {
    auto* ce = as<CallExpr>(unparen(s->call));
    if (!ce) unsupported(s->pos, "defer needs a call");
    call(ce, -1, true);
}

}  // namespace gomini::frontend::detail
