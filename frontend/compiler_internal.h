// compiler_internal.h — the Compiler class shared by the compiler's translation units (private to
// frontend/compiler*.cpp; nothing outside them includes it).
//
// compileProgram (compiler.h) is implemented by one Compiler object whose member functions are spread over:
//   compiler.cpp        driver: program/package/function compilation, init order, constants pool,
//                       emission helpers, variables, frame objects and their relocation
//   compiler_types.cpp  layouts, RType construction, method tables, value wrappers, itabs
//   compiler_stmt.cpp   statements (assignment, control flow, labels, defer/return)
//   compiler_expr.cpp   lvalues/addresses and expressions (operators, conversions, literals, closures)
//   compiler_call.cpp   calls, builtins, conversions by call syntax, type assertions, method values
// The invariants every part relies on (register discipline, variable placement, value representation,
// frame objects, stack-map hints) are stated at the top of compiler.cpp. Everything here lives in
// gomini::frontend::detail so that the parts can share it without exporting it from the library's API.
#pragma once

#include <algorithm>
#include <cstdint>
#include <functional>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "frontend/check.h"
#include "frontend/compiler.h"
#include "frontend/constant.h"
#include "frontend/types.h"

namespace gomini::frontend::detail {

using bc::Op;
using vm::RType;
namespace K = constant;

template <class T>
T* cast(Type* t) {
    return static_cast<T*>(t);
}
using frontend::cast;

struct CompileError {
    Pos pos;
    std::string msg;
};

[[noreturn]] inline void unsupported(Pos p, const std::string& what) { throw CompileError{p, what}; }

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

inline constexpr uint32_t kObjSlot = 0x40000000u;

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
    std::unordered_map<const vm::Function*, vm::Function*> panicWrappers_;  // (*T).M method expressions
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
    // *T's thunk for T's value method m; panicwrap: the method expression (*T).M, which reports a nil
    // receiver as Go's wrapper does ("value method main.T.M called using nil *T pointer").
    vm::Function* valueWrapper(vm::Function* m, Type* recvT, bool panicwrap = false);
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
    // Arithmetic instruction selection, shared by binary expressions and compound assignment (x op= y).
    // arithImm: the immediate form of `a op y` for an integer type t when y is a constant that has one
    // (*imm receives the immediate), else Op::NOP; the caller emits it as {dst, a, imm} and narrows dst.
    // arith: dst = a op b for register operands of type t (float, complex and integer operators; the
    // shift-count check when y, the right operand, is a signed non-constant; narrowing). dst may be a or b;
    // complex64 converts through temporaries it allocates, so dst must lie below fs_->top.
    Op arithImm(Tok op, Type* t, Expr* y, int32_t* imm);
    void arith(Tok op, Type* t, int dst, int a, int b, Expr* y, Pos pos);
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
    int addrOfValue(Expr* x);
    vm::Function* synthMethod(const std::string& name, uint32_t nresults, const std::function<void()>& body);
    void printValue(Type* t, int v);
    int emitCall(CallExpr* e, Signature* sig, Op op, std::initializer_list<uint32_t> ops, int base, int mark, int dst,
                 uint32_t resSlots, bool keepBase);

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

}  // namespace gomini::frontend::detail
