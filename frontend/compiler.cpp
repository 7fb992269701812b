// compiler.cpp — typed AST → register bytecode.
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
#include "frontend/compiler.h"

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <set>
#include <unordered_map>
#include <unordered_set>

#include "frontend/check.h"
#include "frontend/constant.h"
#include "frontend/types.h"

namespace gomini::frontend {

using bc::Op;
using vm::RType;
namespace K = constant;

namespace {

template <class T>
T* cast(Type* t) {
    return static_cast<T*>(t);
}
using frontend::cast;

struct CompileError {
    Pos pos;
    std::string msg;
};

[[noreturn]] void unsupported(Pos p, const std::string& what) { throw CompileError{p, what}; }

enum class VK : uint8_t { Word, I8, I16, I32, U8, U16, U32, F32, F64, C64, C128, Str, Slice, Iface, Mem };

struct Layout {
    uint32_t size = 0, align = 1, slots = 0;
    VK vk = VK::Word;
};

struct VarLoc {
    enum Kind { Frame, Boxed, Global, Capture } k = Frame;
    int slot = 0;       // Frame: first value slot; Boxed: the slot holding the box pointer
    uint32_t off = 0;   // Global: byte offset
    int cap = 0;        // Capture: index in the running closure
};

struct Breakable {
    std::string label;
    bool isLoop = false;
    std::vector<int> breaks, continues;  // patch sites (instruction pcs; jump operand is the last word)
};

struct Fs {
    vm::Function* fn = nullptr;
    Fs* parent = nullptr;
    Package* pkg = nullptr;
    Signature* sig = nullptr;
    int top = 0, maxTop = 0;
    std::unordered_map<const Var*, VarLoc> vars;
    std::vector<const Var*> caps;
    std::unordered_map<const Var*, int> capIndex;
    std::vector<Var*> results;  // result variables (named or synthesized)
    std::vector<Type*> resultTypes;
    int resultSlots = 0;
    bool hasDefer = false;
    std::vector<Breakable*> brk;
    std::unordered_map<std::string, int> labelPc;
    std::vector<std::pair<int, std::string>> gotos;
    std::vector<int> epilogue;  // jumps to the defer epilogue
    int line = 0;
    int lastInsn = -1;  // start of the last emitted instruction (the back-edge peephole)
    int funcLitCount = 0;    // F.func1, F.func2; inside a literal F.func1.1 (gc's closureName)
    int deferWrapCount = 0;  // F.deferwrap1: its own counter, as in gc
    std::string baseName;  // for func literal names
    StackMapInput smi;               // kinds for the stack maps (compiler_stackmap.cpp)
    std::vector<size_t> openPins;    // smi.pins still in scope (closed when their slots are reallocated)
    // Frame objects (non-escaping new(T), &T{...}, closures, make([]T, const)): slots right after the
    // parameters/results, live for the whole call. While compiling they are named kObjSlot + offset and the
    // locals start at localsStart; finishFunction moves the locals up by objSlots (relocateFrameObjects).
    int localsStart = -1;
    uint32_t objSlots = 0;
};

constexpr uint32_t kObjSlot = 0x40000000u;

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

class Compiler {
public:
    Compiler(Driver& d, const CompileOptions& o) : d_(d), tc_(d.types()), opts_(o) {}
    std::unique_ptr<vm::Program> run();

private:
    Driver& d_;
    TypeContext& tc_;
    CompileOptions opts_;
    std::unique_ptr<vm::Program> P_;
    Fs* fs_ = nullptr;

    std::unordered_map<const Type*, Layout> layouts_;
    std::unordered_map<std::string, RType*> rtypes_;
    std::unordered_map<const Type*, RType*> rtypeByType_;
    std::unordered_map<const Func*, vm::Function*> funcs_;
    std::unordered_map<const Var*, uint32_t> globals_;
    std::map<std::pair<const RType*, const RType*>, vm::Itab*> itabs_;
    std::unordered_map<std::string, uint32_t> strConsts_;
    std::unordered_map<uint64_t, uint32_t> wordConsts_;
    std::unordered_map<const vm::Function*, vm::Function*> valueWrappers_;
    std::vector<std::pair<vm::RType*, Named*>> pendingMethods_;
    std::vector<Package*> pkgs_;
    Package* curPkg_ = nullptr;
    std::vector<const Var*> lastCaps_;
    std::unordered_map<const FuncDecl*, vm::Function*> initFuncs_;
    std::unordered_map<std::string, vm::Function*> fmWrappers_;
    std::unordered_map<const vm::Function*, std::vector<uint8_t>> paramKinds_;
    bool deferOrGo_ = false;  // compiling the arguments of a defer/go statement's call

    // ------------------------------------------------------------------ layout
    Layout layout(Type* t);
    uint32_t slotsOf(Type* t) { return layout(t).slots; }
    std::vector<uint32_t> fieldOffsets(Struct* s);

    // ------------------------------------------------------------------ rtypes
    RType* rtypeOf(Type* t);
    std::string rtypeKey(Type* t);
    std::string typeStr(Type* t);
    void fillMethods(RType* rt, Named* n);
    vm::Function* valueWrapper(vm::Function* m, Type* recvT);
    const vm::Itab* itabFor(Type* iface, Type* concrete);

    // ------------------------------------------------------------------ constants
    uint32_t kWord(uint64_t w);
    uint32_t kPtr(const void* p) { return kWord(reinterpret_cast<uint64_t>(p)); }
    uint32_t kStr(const std::string& s);
    uint32_t kType(Type* t) { return kPtr(rtypeOf(t)); }
    uint32_t kFunc(const vm::Function* f) { return kPtr(f); }

    // ------------------------------------------------------------------ emission
    int emit(Op op, std::initializer_list<uint32_t> ops = {});
    int pc() const { return static_cast<int>(fs_->fn->code.size()); }
    void patch(int insn, int target) {
        int w = bc::insnWords(static_cast<Op>(fs_->fn->code[insn] & 0xff));
        fs_->fn->code[insn + w - 1] = static_cast<uint32_t>(target - insn);
    }
    void patchAll(std::vector<int>& v, int target) {
        for (int i : v) patch(i, target);
        v.clear();
    }
    int jmp() { return emit(Op::JMP, {0}); }
    void jmpTo(int target) {
        int at = pc();
        emit(Op::JMP, {static_cast<uint32_t>(target - at)});
    }
    void setLine(Pos p) {
        if (p.valid()) fs_->line = static_cast<int>(p.line);
    }
    int alloc(uint32_t n) {
        int r = fs_->top;
        if (!fs_->openPins.empty() && n) closePins(r, r + static_cast<int>(n));
        fs_->top += static_cast<int>(n);
        if (fs_->top > fs_->maxTop) fs_->maxTop = fs_->top;
        return r;
    }
    // ---- stack-map kinds
    std::vector<uint8_t> kindsOf(Type* t) {
        std::vector<uint8_t> k;
        Layout l = layout(t);
        if (!l.slots) return k;
        const RType* r = rtypeOf(t);
        for (uint32_t i = 0; i < l.slots; ++i) k.push_back(r->gc.isPointerWord(i) ? kSlotPtr : kSlotScalar);
        return k;
    }
    std::vector<uint8_t> tupleKinds(Tuple* t) {
        std::vector<uint8_t> k;
        if (t)
            for (auto* v : t->vars) {
                auto x = kindsOf(v->type);
                k.insert(k.end(), x.begin(), x.end());
            }
        return k;
    }
    std::vector<uint8_t> sigParamKinds(Signature* sig) {
        std::vector<uint8_t> k;
        if (sig->recv) k = kindsOf(sig->recv->type);
        auto p = tupleKinds(sig->params);
        k.insert(k.end(), p.begin(), p.end());
        return k;
    }
    void hint(int at, std::vector<uint8_t> k) { fs_->smi.hints[static_cast<uint32_t>(at)] = std::move(k); }
    void hintPtr(int at) { hint(at, {kSlotPtr}); }
    void hintType(int at, Type* t) { hint(at, kindsOf(t)); }
    // Frame storage written through pointers keeps its type's kinds from `pc()` on (it must be valid there).
    void pin(int slot, Type* t) {
        auto k = kindsOf(t);
        bool any = false;
        for (auto x : k) any |= x == kSlotPtr;
        if (!any) return;
        StackMapInput::Pin p;
        p.slot = static_cast<uint32_t>(slot);
        p.kinds = std::move(k);
        p.from = static_cast<uint32_t>(pc());
        p.to = UINT32_MAX;
        fs_->openPins.push_back(fs_->smi.pins.size());
        fs_->smi.pins.push_back(std::move(p));
    }
    // A frame object of type t (kinds) for the whole call, zeroed now; returns its (encoded) slot, or -1 when
    // this function cannot hold frame objects (synthesized wrappers).
    int frameObject(const std::vector<uint8_t>& kinds) {
        if (fs_->localsStart < 0 || deferOrGo_) return -1;
        uint32_t n = std::max<uint32_t>(static_cast<uint32_t>(kinds.size()), 1);
        int slot = static_cast<int>(kObjSlot + fs_->objSlots);
        fs_->objSlots += n;
        StackMapInput::Pin p;
        p.slot = static_cast<uint32_t>(slot);
        p.kinds = kinds;
        p.from = 0;
        p.to = UINT32_MAX;
        fs_->smi.pins.push_back(std::move(p));
        return slot;
    }
    void relocateFrameObjects();
    void closePins(int lo, int hi) {
        auto& op = fs_->openPins;
        for (size_t i = 0; i < op.size();) {
            auto& p = fs_->smi.pins[op[i]];
            int s0 = static_cast<int>(p.slot), s1 = s0 + static_cast<int>(p.kinds.size());
            if (s0 < hi && lo < s1) {
                p.to = static_cast<uint32_t>(pc());
                op[i] = op.back();
                op.pop_back();
            } else ++i;
        }
    }
    void mov(int dst, int src, uint32_t n) {
        if (dst == src || n == 0) return;
        if (n == 1) emit(Op::MOV, {u(dst), u(src)});
        else if (n == 2) emit(Op::MOV2, {u(dst), u(src)});
        else if (n == 3) emit(Op::MOV3, {u(dst), u(src)});
        else emit(Op::MOVN, {u(dst), u(src), n});
    }
    static uint32_t u(int x) { return static_cast<uint32_t>(x); }
    void loadInt(int dst, int64_t v) {
        if (v >= INT32_MIN && v <= INT32_MAX) emit(Op::LOADI, {u(dst), static_cast<uint32_t>(static_cast<int32_t>(v))});
        else emit(Op::LOADK, {u(dst), kWord(static_cast<uint64_t>(v))});
    }
    void narrow(int r, Type* t);
    void loadFrom(int dst, int ptr, int32_t off, Type* t);
    void storeTo(int ptr, int32_t off, Type* t, int src);

    // ------------------------------------------------------------------ functions
    void declareFuncs(Package* pkg);
    vm::Function* newFunction(const std::string& name, Pos pos);
    void compileFuncBody(vm::Function* fn, Signature* sig, Var* recv, BlockStmt* body, Package* pkg, Fs* parent,
                         Pos pos);
    void finishFunction();
    void compilePackageInit(Package* pkg, vm::Function* fn, std::vector<vm::Function*>& userInits);
    void compileInitEntry(const PackageInit& in);
    std::string funcName(Func* f);

    // ------------------------------------------------------------------ variables
    bool needsBox(const Var* v);
    bool needsPin(const Var* v);
    VarLoc declareVar(Var* v, bool zero);
    bool findVar(const Var* v, VarLoc& out);
    int varPtr(const Var* v);
    int readVar(const Var* v, int dst);
    void writeVar(const Var* v, int src);

    // ------------------------------------------------------------------ expressions
    int expr(Expr* e, int dst = -1);
    int exprTo(Expr* e, int dst) { return expr(e, dst); }
    int exprConv(Expr* e, Type* target, int dst = -1);
    int convertValue(int src, Type* from, Type* to, int dst);
    int constant(Expr* e, Type* t, const K::Value& v, int dst);
    int binary(BinaryExpr* e, int dst);
    int compare(Tok op, Type* t, int a, int b, int dst, Type* tb = nullptr);
    int unary(UnaryExpr* e, int dst);
    int call(CallExpr* e, int dst, bool isDefer = false, bool isGo = false);
    int builtinCall(CallExpr* e, Builtin* b, int dst);
    int deferBuiltin(CallExpr* e, Builtin* b);
    int conversion(CallExpr* e, Type* to, int dst);
    int selector(SelectorExpr* e, int dst);
    int index(IndexExpr* e, int dst);
    int sliceExpr(SliceExpr* e, int dst);
    int compositeLit(CompositeLit* e, int dst);
    void initComposite(CompositeLit* e, Type* t, int ptr, int32_t off);
    int funcLit(FuncLit* e, int dst);
    int typeAssert(TypeAssertExpr* e, int dst, bool commaOk);
    int boxIface(int src, Type* from, Type* iface, int dst);
    int methodValue(SelectorExpr* e, int dst);
    int addrOf(Expr* e);
    bool isAddressable(Expr* e);
    int fieldPath(int ptr, Type*& t, const std::vector<int>& path, size_t n);
    void fieldAddr(SelectorExpr* sel, int& base, int32_t& off);
    bool frameFieldSlot(SelectorExpr* sel, int& slot);
    int32_t fieldOffset(Type* structType, int idx, Type** fieldType);
    void condJump(Expr* e, bool when, std::vector<int>& patches);
    Type* typeOf(Expr* e) { return e->type; }
    bool isIfaceT(Type* t) { return isa<Interface>(under(t)); }
    bool isConst(Expr* e) { return e->mode == Mode::Constant && e->value && !e->value->isUnknown(); }
    // Whether e is a constant of integer or boolean type t whose value fits a
    // signed 32-bit immediate; *imm receives it.
    bool smallIntConst(Expr* e, Type* t, int64_t* imm);
    void multiValue(Expr* r, std::vector<int>& vals, std::vector<Type*>& types);
    int callArgs(CallExpr* e, Signature* sig, int base, int firstArgSlot);

    // ------------------------------------------------------------------ lvalues
    struct LValue {
        enum Kind { Blank, Var_, Mem, MapElem, Slot, SliceElem } k = Blank;
        const Var* var = nullptr;
        int ptr = -1;
        int32_t off = 0;
        int map = -1, key = -1;
        Type* type = nullptr;
        Type* mapType = nullptr;
    };
    LValue lvalue(Expr* e, bool stable = false);
    int lvalueSlot(const LValue& lv) {
        if (lv.k == LValue::Slot) return lv.ptr;
        if (lv.k == LValue::Var_) {
            auto it = fs_->vars.find(lv.var);
            if (it != fs_->vars.end() && it->second.k == VarLoc::Frame) return it->second.slot;
        }
        return -1;
    }
    bool safeDirect(Expr* e);
    // 8: elements loaded/stored with LDX64/STX64, 1: LDX8U/STX8 (unsigned bytes, bool), 0: neither
    int fusedElem(Type* et) {
        Layout l = layout(et);
        if (l.size == 8 && l.slots == 1) return 8;
        if (l.size == 1 && l.vk == VK::U8) return 1;
        return 0;
    }
    void assign(const LValue& lv, int src);
    int readLValue(const LValue& lv, int dst);

    // ------------------------------------------------------------------ statements
    void stmt(Stmt* s);
    void block(const std::vector<Stmt*>& list);
    void assignStmt(AssignStmt* s);
    void defineVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs, Pos pos);
    void returnStmt(ReturnStmt* s);
    void ifStmt(IfStmt* s);
    void forStmt(ForStmt* s, const Object* label);
    bool simpleCond(Expr* e);
    void fuseBackEdge(int incPc, int condPc, int bodyPc);
    void rangeStmt(RangeStmt* s, const Object* label);
    void switchStmt(SwitchStmt* s, const Object* label);
    void typeSwitchStmt(TypeSwitchStmt* s, const Object* label);
    void branchStmt(BranchStmt* s);
    void deferStmt(DeferStmt* s);
    void varDecl(ValueSpec* vs);
    void emitReturnFromVars();
    void freshIterationVars(const std::vector<Var*>& vars);
};

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
vm::Function* Compiler::valueWrapper(vm::Function* m, Type* recvT) {
    auto it = valueWrappers_.find(m);
    if (it != valueWrappers_.end()) return it->second;
    vm::Function* wf = newFunction(m->name + "·i", {});
    wf->file = m->file;
    valueWrappers_[m] = wf;
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
        Expr* r = unparen(rhs[0]);
        if (r->mode == Mode::CommaOk || (isa<Tuple>(r->type) == false && lhs.size() == 2)) {
            // v, ok := m[k] / x.(T)
            int res = -1;
            Type* vt = isa<Tuple>(r->type) ? cast<Tuple>(r->type)->vars[0]->type : r->type;
            if (auto* ix = as<IndexExpr>(r)) {
                int m = expr(ix->x);
                int k = exprConv(ix->indices[0], cast<Map>(under(ix->x->type))->key);
                int pr = alloc(2);
                emit(Op::MAPGET2, {u(pr), kType(ix->x->type), u(m), u(k)});
                res = alloc(slotsOf(vt) + 1);
                loadFrom(res, pr, 0, vt);
                mov(res + static_cast<int>(slotsOf(vt)), pr + 1, 1);
            } else if (auto* ta = as<TypeAssertExpr>(r)) {
                res = typeAssert(ta, -1, true);
            } else {
                unsupported(r->pos, "comma-ok form not supported here");
            }
            vals.push_back(res);
            vals.push_back(res + static_cast<int>(slotsOf(vt)));
            types.push_back(vt);
            types.push_back(tc_.typ(BasicKind::Bool));
        } else {
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
        // op-assign: x op= y
        Tok op = assignOpBase(s->tok);
        LValue lv = lvalue(s->lhs[0]);
        int cur = readLValue(lv, -1);
            Type* t = lv.type;
        int y;
        if (op == Tok::Shl || op == Tok::Shr) y = expr(s->rhs[0]);
        else y = exprConv(s->rhs[0], t);
        int fslot = lvalueSlot(lv);
        int r = fslot >= 0 && layout(t).vk != VK::C64 ? fslot : alloc(slotsOf(t));
        auto arith = [&](int dst) {
            // reuse binary() by placing operands into fake exprs is messy; do it inline
            VK vk = layout(t).vk;
            bool uns = isUnsigned(t);
            auto R3 = [&](Op o) { emit(o, {u(dst), u(cur), u(y)}); };
            if (isString(t)) {
                int parts = alloc(4);
                mov(parts, cur, 2);
                mov(parts + 2, y, 2);
                emit(Op::CONCAT, {u(dst), u(parts), 2});
                return;
            }
            if (vk == VK::F64 || vk == VK::F32) {
                bool f32 = vk == VK::F32;
                switch (op) {
                    case Tok::Add: R3(f32 ? Op::ADDF32 : Op::ADDF); break;
                    case Tok::Sub: R3(f32 ? Op::SUBF32 : Op::SUBF); break;
                    case Tok::Mul: R3(f32 ? Op::MULF32 : Op::MULF); break;
                    case Tok::Quo: R3(f32 ? Op::DIVF32 : Op::DIVF); break;
                    default: unsupported(s->pos, "bad float op");
                }
                return;
            }
            if (vk == VK::C128 || vk == VK::C64) {
                Op o = op == Tok::Add ? Op::ADDC : op == Tok::Sub ? Op::SUBC : op == Tok::Mul ? Op::MULC : Op::DIVC;
                if (vk == VK::C64) {
                    int x = alloc(2), yy = alloc(2), rr = alloc(2);
                    emit(Op::C64TOC128, {u(x), u(cur)});
                    emit(Op::C64TOC128, {u(yy), u(y)});
                    emit(o, {u(rr), u(x), u(yy)});
                    emit(Op::C128TOC64, {u(dst), u(rr)});
                } else R3(o);
                return;
            }
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
                    if (!isUnsigned(s->rhs[0]->type) && !isConst(s->rhs[0])) emit(Op::CHKSHIFT, {u(y)});
                    R3(Op::SHL);
                    break;
                case Tok::Shr:
                    if (!isUnsigned(s->rhs[0]->type) && !isConst(s->rhs[0])) emit(Op::CHKSHIFT, {u(y)});
                    R3(uns ? Op::SHRU : Op::SHRS);
                    break;
                default: unsupported(s->pos, "bad op");
            }
            narrow(dst, t);
        };
        arith(r);
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
    auto assignTo = [&](Expr* target, Var* v, int src, Type* t) {
        if (blank(target)) return;
        if (v) {
            writeVar(v, convertValue(src, t, v->type, -1));
            return;
        }
        LValue lv = lvalue(target);
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

// =====================================================================================================
// lvalues

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
        } else if (isAddressable(sel->x)) {
            base = addrOf(sel->x);
        } else {
            // a non-addressable struct value: materialize it
            int v = alloc(slotsOf(xt));
            exprTo(sel->x, v);
            base = alloc(1);
            emit(Op::ADDR, {u(base), u(v)});
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
            if (isAddressable(ix->x)) base = addrOf(ix->x);
            else {
                int v = alloc(slotsOf(ix->x->type));
                exprTo(ix->x, v);
                base = alloc(1);
                emit(Op::ADDR, {u(base), u(v)});
            }
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
    // immediate forms
    if (!isShift && isInteger(t) && isConst(e->y) && (op == Tok::Add || op == Tok::Sub || op == Tok::Mul)) {
        auto [c, ok] = K::int64Val(K::toInt(*e->y->value));
        if (!ok) {
            auto [cu, oku] = K::uint64Val(K::toInt(*e->y->value));
            c = static_cast<int64_t>(cu);
            ok = oku;
        }
        if (op == Tok::Sub) c = -c;
        if (ok && c >= INT32_MIN && c <= INT32_MAX) {
            r = dst >= 0 ? dst : mark;
            if (dst < 0) fs_->top = std::max(fs_->top, mark + 1);
            emit(op == Tok::Mul ? Op::MULI : Op::ADDI, {u(r), u(a), static_cast<uint32_t>(static_cast<int32_t>(c))});
            narrow(r, t);
            if (dst < 0) fs_->top = mark + 1;
            return r;
        }
    }
    // constant right operand: immediate forms (division by a nonzero constant needs no check)
    if (isInteger(t) && isConst(e->y)) {
        bool uns = isUnsigned(t);
        K::Value cv = K::toInt(*e->y->value);
        auto [c, ok] = K::int64Val(cv);
        if (!ok) {
            auto [cu, oku] = K::uint64Val(cv);
            c = static_cast<int64_t>(cu);
            ok = oku && cu <= 0x7fffffffu;
        }
        Op o = Op::NOP;
        bool fits = ok && c >= INT32_MIN && c <= INT32_MAX;
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
        if (o != Op::NOP) {
            r = dst >= 0 ? dst : mark;
            if (dst < 0 && fs_->top < mark + 1) alloc(1);
            emit(o, {u(r), u(a), static_cast<uint32_t>(static_cast<int32_t>(c))});
            narrow(r, t);
            if (dst < 0) fs_->top = mark + 1;
            return r;
        }
    }
    int b = isShift ? expr(e->y) : exprConv(e->y, t);
    bool multi = layout(t).vk == VK::C64;  // multi-instruction sequences need a fresh result register
    if (dst >= 0) r = dst;
    else if (multi) r = alloc(static_cast<uint32_t>(n));
    else {
        r = mark;
        if (fs_->top < mark + n) alloc(static_cast<uint32_t>(mark + n - fs_->top));
    }
    auto R3 = [&](Op o) { emit(o, {u(r), u(a), u(b)}); };
    VK vk = l.vk;
    if (vk == VK::F64 || vk == VK::F32) {
        bool f32 = vk == VK::F32;
        switch (op) {
            case Tok::Add: R3(f32 ? Op::ADDF32 : Op::ADDF); break;
            case Tok::Sub: R3(f32 ? Op::SUBF32 : Op::SUBF); break;
            case Tok::Mul: R3(f32 ? Op::MULF32 : Op::MULF); break;
            case Tok::Quo: R3(f32 ? Op::DIVF32 : Op::DIVF); break;
            default: unsupported(e->pos, "bad float operator");
        }
    } else if (vk == VK::C128 || vk == VK::C64) {
        int x = a, y = b, rr = r;
        if (vk == VK::C64) {
            x = alloc(2);
            y = alloc(2);
            rr = alloc(2);
            emit(Op::C64TOC128, {u(x), u(a)});
            emit(Op::C64TOC128, {u(y), u(b)});
        }
        Op o = op == Tok::Add ? Op::ADDC : op == Tok::Sub ? Op::SUBC : op == Tok::Mul ? Op::MULC : Op::DIVC;
        emit(o, {u(rr), u(x), u(y)});
        if (vk == VK::C64) emit(Op::C128TOC64, {u(r), u(rr)});
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
                if (!isUnsigned(e->y->type) && !isConst(e->y)) emit(Op::CHKSHIFT, {u(b)});
                R3(op == Tok::Shl ? Op::SHL : uns ? Op::SHRU : Op::SHRS);
                break;
            default: unsupported(e->pos, "bad operator");
        }
        narrow(r, t);
    }
    if (dst < 0 && r != mark) {
        mov(mark, r, static_cast<uint32_t>(n));
        r = mark;
    }
    if (dst < 0) fs_->top = mark + n;
    return r;
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
            int base;
            if (isa<Pointer>(under(xt))) base = expr(x);
            else if (isAddressable(x)) base = addrOf(x);
            else {
                int v = alloc(slotsOf(xt));
                exprTo(x, v);
                base = alloc(1);
                emit(Op::ADDR, {u(base), u(v)});
            }
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
            setLine(e->lparen);  // a call's line is its "(" (gc's tracebacks)
            hint(emit(Op::CALLI, {u(base), u(recvVal), static_cast<uint32_t>(mi)}), tupleKinds(sig->results));
            if (dst >= 0) {
                mov(dst, base, resSlots);
                fs_->top = mark;
                return dst;
            }
            if (base != mark) {
                mov(mark, base, resSlots);
                base = mark;
            }
            fs_->top = mark + static_cast<int>(resSlots);
            return base;
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
        setLine(e->lparen);  // a call's line is its "(" (gc's tracebacks)
        hint(emit(Op::CALL, {u(base), kFunc(target)}), tupleKinds(sig->results));
        if (dst >= 0) {
            mov(dst, base, resSlots);
            fs_->top = mark;
            return dst;
        }
        if (base != mark) {
            mov(mark, base, resSlots);
            base = mark;
        }
        fs_->top = mark + static_cast<int>(resSlots);
        return base;
    }
    if (kind == Static) {
        int base = alloc(std::max(argSlots, resSlots));
        int end = callArgs(e, sig, base, 0);
        if (isDefer) {
            emit(Op::DEFER, {u(base), kFunc(target), u(end)});
            fs_->top = mark;
            return -1;
        }
        setLine(e->lparen);  // a call's line is its "(" (gc's tracebacks)
        hint(emit(Op::CALL, {u(base), kFunc(target)}), tupleKinds(sig->results));
        if (dst >= 0) {
            mov(dst, base, resSlots);
            fs_->top = mark;
            return dst;
        }
        fs_->top = base + static_cast<int>(resSlots);
        return base;
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
    setLine(e->lparen);  // a call's line is its "(" (gc's tracebacks)
    hint(emit(Op::CALLC, {u(base), u(clo)}), tupleKinds(sig->results));
    if (dst >= 0) {
        mov(dst, base, resSlots);
        fs_->top = mark;
        return dst;
    }
    mov(mark, base, resSlots);
    fs_->top = mark + static_cast<int>(resSlots);
    return mark;
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
                Type* t = types[i];
                int v = regs[i];
                Layout l = layout(t);
                Type* ut = under(t);
                if (isBoolean(t)) emit(Op::PRINTB, {u(v)});
                else if (isInteger(t)) emit(isUnsigned(t) ? Op::PRINTU : Op::PRINTI, {u(v)});
                else if (l.vk == VK::F64) emit(Op::PRINTF, {u(v)});
                else if (isString(t)) emit(Op::PRINTS, {u(v)});
                else if (isa<Interface>(ut)) emit(Op::PRINTE, {u(v)});
                else if (isa<Slice>(ut)) emit(Op::PRINTSL, {u(v)});
                else emit(Op::PRINTP, {u(v)});
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
                int m2 = fs_->top;
                if (ln && i) emit(Op::PRINTSP);
                Type* t = tys[i];
                int v = vals[i];
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
                fs_->top = m2;
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
        if (isa<Pointer>(under(xt)) && !m->hasPtrRecv) f = valueWrapper(f, cast<Pointer>(under(xt))->base);
        if (dst < 0) dst = alloc(1);
        emit(Op::FUNCVAL, {u(dst), kFunc(f)});
        return dst;
    }
    Type* xt = x->type;
    LookupResult lr = lookupFieldOrMethod(xt, isAddressable(x), fs_->pkg, e->sel->name);
    if (lr.index.empty()) lr = lookupFieldOrMethod(xt, true, m->pkg, e->sel->name);
    int embeddedPtr = -1;  // pointer to the embedded field holding the receiver
    if (lr.index.size() > 1) {
        int base;
        if (isa<Pointer>(under(xt))) base = expr(x);
        else if (isAddressable(x)) base = addrOf(x);
        else {
            int v = alloc(slotsOf(xt));
            exprTo(x, v);
            base = alloc(1);
            emit(Op::ADDR, {u(base), u(v)});
        }
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
        for (int plain = 0; plain < 2; ++plain) {
            RType* rt = &P_->types.emplace_back(*P_->stringType);
            rt->named = true;
            rt->name = plain ? "plainError" : "errorString";
            rt->pkgPath = "runtime";
            rt->str = "runtime." + rt->name;
            rt->gc.name = rt->str.c_str();
            rt->methods.clear();
            vm::Function* ef = newFunction("runtime." + rt->name + ".Error", {});
            Fs fs;
            fs.fn = ef;
            fs_ = &fs;
            ef->nparamSlots = 1;
            fs_->smi.params = {kSlotPtr};
            ef->nresultSlots = 2;
            fs.top = fs.maxTop = 2;
            int s = alloc(2);
            hint(emit(Op::LDN, {u(s), 0, 0, 16}), {kSlotPtr, kSlotScalar});
            if (!plain) {
                int parts = alloc(4);
                emit(Op::LOADK2, {u(parts), kStr("runtime error: ")});
                mov(parts + 2, s, 2);
                emit(Op::CONCAT, {u(s), u(parts), 2});
            }
            emit(Op::RET, {u(s), 2});
            finishFunction();
            vm::Function* rf = newFunction("runtime." + rt->name + ".RuntimeError", {});
            Fs fs2;
            fs2.fn = rf;
            fs_ = &fs2;
            rf->nparamSlots = 1;
            fs_->smi.params = {kSlotPtr};
            fs2.top = fs2.maxTop = 1;
            emit(Op::RET, {0, 0});
            finishFunction();
            fs_ = nullptr;
            vm::Method m1{"Error", "", rtypeOf(sigErr), ef};
            vm::Method m2{"RuntimeError", "", rtypeOf(sigRE), rf};
            rt->methods = {m1, m2};
            if (plain) P_->runtimePlainError = rt;
            else P_->runtimeErrorString = rt;
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
        vm::Function* ef = newFunction("runtime.(*PanicNilError).Error", {});
        Fs fs;
        fs.fn = ef;
        fs_ = &fs;
        ef->nparamSlots = 1;
        fs_->smi.params = {kSlotPtr};
        ef->nresultSlots = 2;
        fs.top = fs.maxTop = 2;
        emit(Op::LOADK2, {0, kStr("panic called with nil argument (goexit=false)")});
        emit(Op::RET, {0, 2});
        finishFunction();
        vm::Function* rf = newFunction("runtime.(*PanicNilError).RuntimeError", {});
        Fs fs2;
        fs2.fn = rf;
        fs_ = &fs2;
        rf->nparamSlots = 1;
        fs_->smi.params = {kSlotPtr};
        fs2.top = fs2.maxTop = 1;
        emit(Op::RET, {0, 0});
        finishFunction();
        fs_ = nullptr;
        const RType* errSig = P_->runtimeErrorString->methods[0].mtyp;
        const RType* reSig = P_->runtimeErrorString->methods[1].mtyp;
        pt->methods = {vm::Method{"Error", "", errSig, ef}, vm::Method{"RuntimeError", "", reSig, rf}};
        P_->panicNilError = pt;
        P_->allTypesByName.push_back(pt);
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

}  // namespace

std::unique_ptr<vm::Program> compileProgram(Driver& driver, const CompileOptions& opts, std::string* err) {
    Compiler c(driver, opts);
    try {
        return c.run();
    } catch (const CompileError& e) {
        if (err) *err = (e.pos.valid() ? driver.sources().format(e.pos) + ": " : std::string()) + e.msg;
        return nullptr;
    }
}

}  // namespace gomini::frontend
