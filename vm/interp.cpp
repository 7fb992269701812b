// interp.cpp — the dispatch loop, calls, defer/panic/recover, natives' context,
// the goroutine's stacks and the collector's root scanner.
//
// Invariants (vm/HACKING.md has the full rulebook):
//   * G 1's VM stack is a reserved, non-moving range of 8-byte slots; a new
//     frame always starts inside (CALL: at the caller's argument window) or
//     right above (defers, native callbacks) the top frame, and is zeroed
//     beyond its parameters on entry.
//   * `ci` (the call-info stack) mirrors the frames: ci->fn, ci->base, and
//     ci->pc = where the frame resumes (after a call) or the instruction that
//     raised a panic (saved before anything that can throw).
//   * Go-to-Go calls never recurse on the C++ stack; only natives calling
//     back into Go (NativeCtx::call) run a nested execute() with a stop depth.
//   * Panics: a panic raised by an instruction (PANIC, index/nil/divide
//     checks) starts unwinding in place (beginPanic, then the loop reloads its
//     state); one raised in C++ below the loop (maps, natives, allocation) is
//     a C++ exception caught in run(), which does the same. Unwinding runs the
//     deferred calls ON TOP of the panicking frames (as Go does); frames are
//     popped only when a recover takes effect, so the fatal report can print
//     the whole stack.
#include "vm/vm.h"

#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <iostream>
#include <map>
#include <new>
#include <string>
#include <unordered_map>
#include <vector>

#include "runtime/malloc.h"
#include "runtime/mgc.h"
#include "runtime/mgcwork.h"
#include "runtime/mheap.h"
#include "runtime/mspan.h"
#include "vm/gostring.h"
#include "vm/map.h"
#include "vm/panic.h"
#include "vm/slice.h"

namespace gomini::vm {

using bc::Op;

namespace {

PanicFormatter gPanicFormatter = nullptr;

// ------------------------------------------------------------------ natives registry
std::unordered_map<std::string, NativeFn>& nativeTable() {
    static std::unordered_map<std::string, NativeFn> t;
    return t;
}

constexpr size_t kStackSlots = size_t(1) << 26;  // 512 MB reserved
constexpr size_t kMaxFrames = size_t(1) << 22;

enum : uint32_t { kStopRun = 1, kDeferCall = 2, kPanicDefer = 4 };

struct CallInfo {
    const Function* fn;
    uint64_t* base;
    const uint32_t* pc;
    Closure* closure;
    uint32_t flags;
    int32_t panicIdx;
};

struct DeferRec {
    size_t depth;  // index of the frame that deferred
    const Function* fn;
    Closure* closure;
    size_t argOff;  // the argument slots: deferArgs[argOff, argOff + nargs) (a LIFO stack, like the records)
    uint32_t nargs;
};

struct PanicRec {
    Iface value;
    bool recovered = false;
    bool aborted = false;
    bool nilDeref = false;
    bool goexit = false;  // runtime.Goexit: runs the defers like a panic, but recover() does not stop it
    int64_t cursor = 0;  // frame index being unwound
    std::string trace;   // captured when the panic leaves a nested run
};

struct GoPanic {
    Iface v;
    bool nilDeref = false;
};
struct PanicUnwind {};  // a panic crossing a native's nested run

class VM;

class Ctx final : public NativeCtx {
public:
    explicit Ctx(VM* vm) : vm_(vm) {}
    GoString newString(std::string_view s) override;
    void* alloc(const RType* t) override;
    void* allocArray(const RType* elem, int64_t n) override;
    Iface box(const RType* iface, const RType* t, const void* src) override;
    void keepAlive(void* p) override;
    const RType* typeByName(std::string_view str) override;
    void call(void* closure, const uint64_t* args, int nargSlots, uint64_t* results, int nresSlots) override;
    bool callMethod(const Iface& v, std::string_view name, const uint64_t* args, int nargSlots, uint64_t* results,
                    int nresSlots) override;
    int callMethodRecover(const Iface& v, std::string_view name, const uint64_t* args, int nargSlots,
                          uint64_t* results, int nresSlots, Iface* panicVal) override;
    [[noreturn]] void panicValue(const Iface& v) override { throw GoPanic{v}; }
    [[noreturn]] void runtimeError(std::string_view msg) override { throwRuntimeError(std::string(msg)); }
    [[noreturn]] void panicString(std::string_view msg) override {
        throw RuntimePanic{RuntimePanic::Kind::plainError, std::string(msg), {nullptr, nullptr}};
    }
    [[noreturn]] void exit(int code) override;
    const std::vector<std::string>& args() override;
    bool callerFrame(int skip, uint64_t* pc, std::string* file, int* line) override;
    std::string stackTrace() override;

private:
    VM* vm_;
};

class VM {
public:
    const Program* prog = nullptr;
    std::vector<std::string> args;
    uint64_t* stack = nullptr;
    uint64_t* stackEnd = nullptr;
    CallInfo* ciBase = nullptr;
    CallInfo* ciEnd = nullptr;
    CallInfo* top = nullptr;  // the running frame
    std::vector<DeferRec> defers;
    std::vector<uint64_t> deferArgs;
    std::vector<uint8_t> deferArgPtr;  // parallel to deferArgs: the slot held a pointer (the DEFER's stack map)
    std::vector<PanicRec> panics;
    std::vector<void*> keep;
    int nestedRuns = 0;
    static constexpr int kMaxNestedRuns = 1000;
    uint8_t* globals = nullptr;
    Ctx ctx{this};
    std::map<std::pair<const RType*, const RType*>, Itab*> itabCache;
    std::vector<std::unique_ptr<Itab>> ownedItabs;

    void init(const Program& p);
    void run(size_t stopDepth);
    void execute(size_t stopDepth);
    void beginPanic(const Iface& v, bool nilDeref, size_t stopDepth);
    void unwind(size_t stopDepth);
    [[noreturn]] void fatalPanic();
    std::string traceback(size_t frames = SIZE_MAX);
    void frameLocation(const CallInfo* c, std::string* file, int* line);
    int panicDeferLine = 0;  // where gopanic's work calls Go code: a deferred function, a value's Error method
    const Iface* printingPanic = nullptr;  // fatalPanic is running this value's Error/String method
    void pushFrame(const Function* fn, Closure* clo, uint64_t* nb, uint32_t flags);
    void callNative(const Function* fn, uint64_t* slots);
    const Itab* getitab(const RType* inter, const RType* t, bool canFail, std::string* missing);
    Iface runtimeErrorValue(const RuntimePanic& rp);
    [[noreturn]] void throwAssertError(const std::string& iface, const RType* concrete, const RType* asserted,
                                       const std::string& missing);
    uint64_t* frameTop() const { return top->base + top->fn->nslots; }
    // Records which of the n argument slots R[a..] a DEFER at pc copies hold pointers (its stack map).
    __attribute__((noinline)) void pushDeferArgKinds(const Function* f, const uint32_t* pc, uint32_t a, uint32_t n) {
        const uint8_t* bm = f->stackMapAt(static_cast<uint32_t>(pc - f->code.data()));
        for (uint32_t i = 0; i < n; ++i)
            deferArgPtr.push_back(bm ? static_cast<uint8_t>((bm[(a + i) / 8] >> ((a + i) % 8)) & 1) : 0);
    }
    void callGo(const Function* fn, Closure* clo, const uint64_t* args, int nargs, uint64_t* results, int nres);
};

VM* gVM = nullptr;

// GODEBUG=gccheckmaps=1: every slot a stack map calls a pointer must hold nil,
// a pointer outside the heap (static data, the VM stack) or a pointer into an
// allocated heap object (or just past its end: an empty tail slice).
bool checkMapsEnabled() {
    static const bool on = [] {
        const char* g = std::getenv("GODEBUG");
        if (!g) return false;
        std::string_view v(g);
        size_t at = v.find("gccheckmaps=");
        return at != std::string_view::npos && (at == 0 || v[at - 1] == ',') && at + 12 < v.size() &&
               v[at + 12] != '0';
    }();
    return on;
}

void checkPointerSlot(rt::GcWork& w, const Function* f, uint32_t pc, size_t slot, uint64_t v) {
    if (v == 0) return;
    const char* why = nullptr;
    if (v < 4096) why = "a small integer";
    else if (w.heap.arenaOf(v)) {
        rt::MSpan* s = nullptr;
        uintptr_t idx = 0;
        bool ok = w.heap.findObject(v, &s, &idx) && !s->isFree(idx);
        if (!ok) {
            // an empty slice at the end of its array points just past the object
            rt::MSpan* s2 = nullptr;
            uintptr_t i2 = 0;
            uintptr_t b2 = w.heap.findObject(v - 1, &s2, &i2);
            ok = b2 && !s2->isFree(i2) && b2 + s2->elemsize == v;
        }
        if (!ok) why = "a pointer to no allocated heap object";
    }
    if (why) {
        std::fprintf(stderr, "gomini: gccheckmaps: %s pc %u: slot %zu holds 0x%llx, %s\n", f->name.c_str(), pc, slot,
                     static_cast<unsigned long long>(v), why);
        std::abort();
    }
}

// The precise scan of one frame: the slots its stack map at ci->pc calls
// pointers, below `limit` (a caller's call window belongs to the callee).
void scanFrame(rt::GcWork& w, const CallInfo* c, size_t limit) {
    const Function* f = c->fn;
    uint32_t pc = static_cast<uint32_t>(c->pc - f->code.data());
    const uint8_t* bm = f->stackMapAt(pc);
    if (!bm || limit == 0) return;
    if (checkMapsEnabled())
        for (size_t i = 0; i < limit; ++i)
            if ((bm[i / 8] >> (i % 8)) & 1) checkPointerSlot(w, f, pc, i, c->base[i]);
    rt::scanStack(w, c->base, limit, bm);
}

void scanRoots(rt::GcWork& w, void* ctxp) {
    VM* vm = static_cast<VM*>(ctxp);
    if (vm->globals && vm->prog->globalsSize)
        rt::scanBlock(w, vm->globals, vm->prog->globalsSize / 8, vm->prog->globalsGcdata.empty() ? nullptr
                                                                         : vm->prog->globalsGcdata.data());
    if (vm->top && vm->top >= vm->ciBase) {
        for (CallInfo* c = vm->ciBase; c <= vm->top; ++c) {
            size_t limit = c->fn->nslots;
            if (c < vm->top) {
                // a Go callee's frame starts at this frame's call window: the window is the callee's
                const uint64_t* nb = (c + 1)->base;
                if (nb >= c->base && nb < c->base + limit) limit = static_cast<size_t>(nb - c->base);
            }
            scanFrame(w, c, limit);
            if (c->closure) rt::markRoot(w, c->closure);
        }
    }
    for (auto& d : vm->defers)
        if (d.closure) rt::markRoot(w, d.closure);
    for (size_t i = 0; i < vm->deferArgs.size(); ++i)
        if (vm->deferArgPtr[i]) rt::markRoot(w, reinterpret_cast<const void*>(vm->deferArgs[i]));
    for (auto& p : vm->panics) rt::markRoot(w, p.value.data);
    for (void* p : vm->keep) rt::markRoot(w, p);
}

// ------------------------------------------------------------------ run-time error helpers
std::string indexMsg(int64_t i, int64_t n) {
    if (i < 0) return "index out of range [" + std::to_string(i) + "]";
    return "index out of range [" + std::to_string(i) + "] with length " + std::to_string(n);
}
[[noreturn]] __attribute__((noinline)) void panicNil() { throw GoPanic{{nullptr, nullptr}, true}; }
[[noreturn]] __attribute__((noinline)) void panicSlice(const std::string& what, int64_t x, const char* kind,
                                                       int64_t y) {
    std::string m = "slice bounds out of range " + what;
    if (kind && x >= 0) m += std::string(" with ") + kind + " " + std::to_string(y);
    throw RuntimePanic{RuntimePanic::Kind::boundsError, m, {nullptr, nullptr}};
}

// Checks lo <= hi <= max <= cap in Go's order; `kind` names the bound for
// messages. A negative operand drops the other bound from the message, as Go's
// boundsError does.
inline void checkSlice3(int64_t lo, int64_t hi, int64_t mx, int64_t cap, bool three, const char* kind) {
    auto S = [](int64_t v) { return std::to_string(v); };
    if (three) {
        if (static_cast<uint64_t>(mx) > static_cast<uint64_t>(cap)) panicSlice("[::" + S(mx) + "]", mx, kind, cap);
        if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(mx))
            panicSlice(hi < 0 ? "[:" + S(hi) + ":]" : "[:" + S(hi) + ":" + S(mx) + "]", hi, nullptr, 0);
        if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi))
            panicSlice(lo < 0 ? "[" + S(lo) + "::]" : "[" + S(lo) + ":" + S(hi) + ":]", lo, nullptr, 0);
    } else {
        if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(cap)) panicSlice("[:" + S(hi) + "]", hi, kind, cap);
        if (static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi))
            panicSlice(lo < 0 ? "[" + S(lo) + ":]" : "[" + S(lo) + ":" + S(hi) + "]", lo, nullptr, 0);
    }
}

inline double F(uint64_t w) { return std::bit_cast<double>(w); }
inline uint64_t W(double d) { return std::bit_cast<uint64_t>(d); }
inline float F32(uint64_t w) { return std::bit_cast<float>(static_cast<uint32_t>(w)); }
inline uint64_t W32(float f) { return std::bit_cast<uint32_t>(f); }

int64_t f2i(double d) {
    if (!(d >= -9223372036854775808.0 && d < 9223372036854775808.0)) return INT64_MIN;
    return static_cast<int64_t>(d);
}
uint64_t f2u(double d) {
    if (d != d) return 0x8000000000000000ull;
    if (d < 9223372036854775808.0) return static_cast<uint64_t>(f2i(d));
    double x = d - 9223372036854775808.0;
    if (!(x < 9223372036854775808.0)) return 0x8000000000000000ull;
    return static_cast<uint64_t>(static_cast<int64_t>(x)) | 0x8000000000000000ull;
}

void writeErr(const std::string& s) {
    size_t off = 0;
    while (off < s.size()) {
        ssize_t n = ::write(2, s.data() + off, s.size() - off);
        if (n <= 0) break;
        off += static_cast<size_t>(n);
    }
}

std::string hex(uint64_t v) {
    char b[32];
    std::snprintf(b, sizeof b, "0x%llx", static_cast<unsigned long long>(v));
    return b;
}

// Loads a value of type t from memory into slots, widening narrow scalars.
void loadValue(const RType* t, const void* src, uint64_t* dst) {
    switch (t->kind) {
        case Kind::Bool: case Kind::Uint8: dst[0] = *static_cast<const uint8_t*>(src); return;
        case Kind::Int8: dst[0] = static_cast<uint64_t>(static_cast<int64_t>(*static_cast<const int8_t*>(src))); return;
        case Kind::Int16: dst[0] = static_cast<uint64_t>(static_cast<int64_t>(*static_cast<const int16_t*>(src))); return;
        case Kind::Uint16: dst[0] = *static_cast<const uint16_t*>(src); return;
        case Kind::Int32: dst[0] = static_cast<uint64_t>(static_cast<int64_t>(*static_cast<const int32_t*>(src))); return;
        case Kind::Uint32: case Kind::Float32: dst[0] = *static_cast<const uint32_t*>(src); return;
        default: {
            size_t n = (t->size + 7) / 8;
            if (n) {
                dst[n - 1] = 0;
                std::memcpy(dst, src, t->size);
            }
        }
    }
}

// ------------------------------------------------------------------ VM setup

void VM::init(const Program& p) {
    prog = &p;
    void* m = mmap(nullptr, kStackSlots * 8, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (m == MAP_FAILED) {
        writeErr("fatal error: cannot reserve the goroutine stack\n");
        std::_Exit(2);
    }
    stack = static_cast<uint64_t*>(m);
    stackEnd = stack + kStackSlots - 4096;
    void* c = mmap(nullptr, kMaxFrames * sizeof(CallInfo), PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (c == MAP_FAILED) {
        writeErr("fatal error: cannot reserve the call stack\n");
        std::_Exit(2);
    }
    ciBase = static_cast<CallInfo*>(c);
    ciEnd = ciBase + kMaxFrames - 16;
    top = nullptr;
    if (p.globalsSize) {
        globals = static_cast<uint8_t*>(std::calloc(1, p.globalsSize));
    }
    for (auto& it : p.itabs) itabCache[{it.inter, it.type}] = const_cast<Itab*>(&it);
    rt::setRootScanner(scanRoots, this);
}

[[noreturn]] __attribute__((noinline)) void stackOverflow(VM* vm) {
    std::fflush(stdout);
    std::cout.flush();
    writeErr("runtime: goroutine stack exceeds 1000000000-byte limit\nfatal error: stack overflow\n\n" +
             vm->traceback(50));
    std::_Exit(2);
}

void VM::pushFrame(const Function* fn, Closure* clo, uint64_t* nb, uint32_t flags) {
    if (nb + fn->nslots > stackEnd || top + 1 >= ciEnd) stackOverflow(this);
    CallInfo* c = top ? top + 1 : ciBase;
    c->fn = fn;
    c->base = nb;
    c->pc = fn->code.data();
    c->closure = clo;
    c->flags = flags;
    c->panicIdx = -1;
    if (fn->nslots > fn->nparamSlots) std::memset(nb + fn->nparamSlots, 0, (fn->nslots - fn->nparamSlots) * 8);
    top = c;
}

void VM::callNative(const Function* fn, uint64_t* slots) {
    size_t keepMark = keep.size();
    fn->native(ctx, slots);
    keep.resize(keepMark);
}

// Calls fn (or closure) from C++ with a nested dispatch loop.
void VM::callGo(const Function* fn, Closure* clo, const uint64_t* a, int nargs, uint64_t* results, int nres) {
    if (fn->native) {
        std::vector<uint64_t> tmp(std::max<size_t>(static_cast<size_t>(std::max(nargs, nres)), 1));
        std::memcpy(tmp.data(), a, static_cast<size_t>(nargs) * 8);
        callNative(fn, tmp.data());
        std::memcpy(results, tmp.data(), static_cast<size_t>(nres) * 8);
        return;
    }
    uint64_t* nb = top ? frameTop() : stack;
    // Each nested run costs C++ stack (native -> Go -> native ...): bound the
    // nesting so that runaway recursion through natives is Go's stack
    // overflow, not a crash.
    if (nb + std::max<int>(nargs, 1) > stackEnd || nestedRuns >= kMaxNestedRuns) stackOverflow(this);
    struct NestGuard {
        int& n;
        explicit NestGuard(int& x) : n(x) { ++n; }
        ~NestGuard() { --n; }
    } guard(nestedRuns);
    std::memcpy(nb, a, static_cast<size_t>(nargs) * 8);
    CallInfo* saved = top;
    pushFrame(fn, clo, nb, kStopRun);
    size_t depth = static_cast<size_t>(top - ciBase);
    run(depth);
    top = saved;
    std::memcpy(results, nb, static_cast<size_t>(nres) * 8);
}

const Itab* VM::getitab(const RType* inter, const RType* t, bool canFail, std::string* missing) {
    auto key = std::make_pair(inter, t);
    auto it = itabCache.find(key);
    if (it != itabCache.end()) return it->second;
    auto tab = std::make_unique<Itab>();
    tab->inter = inter;
    tab->type = t;
    for (auto& im : inter->imethods) {
        const Function* f = nullptr;
        for (auto& m : t->methods)
            if (m.name == im.name && m.pkgPath == im.pkgPath && m.mtyp == im.mtyp) f = m.ifn;
        if (!f) {
            if (missing) *missing = im.name;
            if (canFail) return nullptr;
            return nullptr;
        }
        tab->fun.push_back(f);
    }
    Itab* raw = tab.get();
    ownedItabs.push_back(std::move(tab));
    itabCache[key] = raw;
    return raw;
}

Iface VM::runtimeErrorValue(const RuntimePanic& rp) {
    if (rp.kind == RuntimePanic::Kind::value) return rp.value;
    const RType* t = rp.kind == RuntimePanic::Kind::plainError                                     ? prog->runtimePlainError
                     : rp.kind == RuntimePanic::Kind::boundsError && prog->runtimeBoundsError ? prog->runtimeBoundsError
                                                                                               : prog->runtimeErrorString;
    GoString s = ctx.newString(rp.msg);
    auto* box = static_cast<GoString*>(rt::mallocgc(16, &t->gc, true));
    *box = s;
    return Iface{getitab(prog->emptyIface, t, false, nullptr), box};
}

// A failed x.(T) panics with a *runtime.TypeAssertionError, whose Error (Go, in the runtime package)
// words the message; iface "" reads "interface", a nil concrete type "is nil".
void VM::throwAssertError(const std::string& iface, const RType* concrete, const RType* asserted,
                          const std::string& missing) {
    const RType* pt = prog->typeAssertionError;
    if (!pt || !pt->elem || pt->elem->size != 4 * sizeof(GoString)) {
        std::string inter = iface.empty() ? "interface" : iface, msg;
        if (!concrete) msg = "interface conversion: " + inter + " is nil, not " + asserted->str;
        else if (!missing.empty())
            msg = "interface conversion: " + concrete->str + " is not " + asserted->str + ": missing method " + missing;
        else msg = "interface conversion: " + inter + " is " + concrete->str + ", not " + asserted->str;
        throw RuntimePanic{RuntimePanic::Kind::plainError, msg, {nullptr, nullptr}};
    }
    GoString f[4] = {ctx.newString(iface), ctx.newString(concrete ? concrete->str : ""), ctx.newString(asserted->str),
                     ctx.newString(missing)};
    auto* e = static_cast<GoString*>(rt::mallocgc(pt->elem->size, &pt->elem->gc, true));
    std::memcpy(e, f, sizeof f);
    throw RuntimePanic{RuntimePanic::Kind::value, "", Iface{getitab(prog->emptyIface, pt, false, nullptr), e}};
}

// ------------------------------------------------------------------ panics

// The source position of a frame: the top frame's current instruction, a caller's call (the instruction
// before its return address); the file made absolute as Go's tracebacks print it.
void VM::frameLocation(const CallInfo* c, std::string* file, int* line) {
    const Function* f = c->fn;
    uint32_t pcOff = static_cast<uint32_t>(c->pc - f->code.data());
    *line = c == top ? f->lineAt(pcOff) : f->lineAt(pcOff ? pcOff - 1 : 0);
    *file = f->file;
    if (!file->empty() && (*file)[0] != '/' && (*file)[0] != '<') {
        char cwd[4096];
        if (::getcwd(cwd, sizeof cwd)) *file = std::string(cwd) + "/" + *file;
    }
}

std::string VM::traceback(size_t maxFrames) {
    std::string out = "goroutine 1 [running]:\n";
    size_t n = 0;
    for (CallInfo* c = top; c && c >= ciBase && n < maxFrames; --c, ++n) {
        const Function* f = c->fn;
        if (f->name.find("·") != std::string::npos) continue;
        uint32_t pcOff = static_cast<uint32_t>(c->pc - f->code.data());
        std::string file;
        int line;
        frameLocation(c, &file, &line);
        // +0x: the word offset of the instruction (the faulting one; in callers, the return address), as
        // `gomini disasm` numbers them (in decimal). Go prints `f(...)` for inlined frames and the argument
        // words otherwise; every frame here prints `(...)`, which the words of a register VM would not improve.
        char off[32];
        std::snprintf(off, sizeof off, " +0x%x\n", pcOff);
        out += f->name + (f->nparamSlots ? "(...)" : "()") + "\n\t" + file + ":" + std::to_string(line) + off;
        // a deferred call made by a panic (or the Error/String method of a value being reported): Go shows
        // gopanic, which made the call, as a `panic({type, data})` frame
        const Iface* pv = nullptr;
        if ((c->flags & kPanicDefer) && c->panicIdx >= 0 && static_cast<size_t>(c->panicIdx) < panics.size())
            pv = &panics[static_cast<size_t>(c->panicIdx)].value;
        else if ((c->flags & kStopRun) && printingPanic && c > ciBase)
            pv = printingPanic;
        if (pv) {
            const Iface& v = *pv;
            uint64_t typ = v.tab ? reinterpret_cast<uint64_t>(v.tab->type) : 0;
            out += "panic({" + hex(typ) + ", " + hex(reinterpret_cast<uint64_t>(v.data)) + "})\n\t<vm>/interp.cpp:" +
                   std::to_string(panicDeferLine) + "\n";
        }
    }
    return out;
}

void VM::fatalPanic() {
    std::fflush(stdout);
    std::cout.flush();
    // As Go's preprintpanics: every value's Error/String text first (that runs Go code, which may
    // itself panic: "fatal error: panic while printing panic value"), then the report.
    std::vector<PanicRec> chain(panics.begin(), panics.end());
    std::string tr = panics.empty() || panics.back().trace.empty() ? traceback() : panics.back().trace;
    std::vector<std::string> texts(chain.size());
    for (size_t i = 0; i < chain.size(); ++i) {
        const Iface v = chain[i].value;
        if (chain[i].goexit) continue;
        if (v.tab == nullptr) {
            texts[i] = "nil";
            continue;
        }
        if (!gPanicFormatter) {
            texts[i] = "(" + v.tab->type->str + ")";
            continue;
        }
        Iface inner{nullptr, nullptr};
        printingPanic = &chain[i].value;
        try {
            panicDeferLine = __LINE__ + 1;  // the `panic(...)` frame of tracebacks
            texts[i] = gPanicFormatter(ctx, v);
            printingPanic = nullptr;
            continue;
        } catch (const PanicUnwind&) {
            inner = panics.back().value;
            if (!panics.back().trace.empty()) tr = panics.back().trace;  // the stack when the method panicked
        } catch (const RuntimePanic& rp) {
            inner = runtimeErrorValue(rp);
        } catch (const GoPanic& gp) {
            inner = gp.nilDeref ? runtimeErrorValue(RuntimePanic{RuntimePanic::Kind::runtimeError,
                                                                 "invalid memory address or nil pointer dereference",
                                                                 {nullptr, nullptr}})
                                : gp.v;
        } catch (const GoExit&) {
        }
        std::string msg = "panic while printing panic value";
        if (inner.tab && inner.tab->type->kind == Kind::String && !inner.tab->type->named && inner.data)
            msg += ": " + std::string(reinterpret_cast<const char*>(static_cast<const GoString*>(inner.data)->ptr),
                                      static_cast<size_t>(static_cast<const GoString*>(inner.data)->len));
        else if (inner.tab)
            msg += ": type " + inner.tab->type->str;
        writeErr("fatal error: " + msg + "\n\n" + tr);
        std::_Exit(2);
    }
    std::string out;
    bool first = true;
    for (size_t i = 0; i < chain.size(); ++i) {
        const PanicRec& p = chain[i];
        if (p.goexit) continue;  // a Goexit a panic interrupted is not a panic line
        if (!first) out += "\t";
        first = false;
        out += "panic: " + texts[i];
        if (p.recovered) out += " [recovered]";
        out += "\n";
        if (p.nilDeref) out += "[signal SIGSEGV: segmentation violation code=0x1 addr=0x0 pc=0x0]\n";
    }
    writeErr(out + "\n" + tr);
    std::_Exit(2);
}

void VM::beginPanic(const Iface& v, bool nilDeref, size_t stopDepth) {
    PanicRec p;
    p.value = v;
    p.nilDeref = nilDeref;
    p.cursor = top - ciBase;
    panics.push_back(p);
    unwind(stopDepth);
}

// Runs the next deferred call of the current panic (pushing it on top), or
// reports the panic when no frame is left.
void VM::unwind(size_t stopDepth) {
    for (;;) {
        PanicRec& p = panics.back();
        int64_t c = p.cursor;
        if (c < static_cast<int64_t>(stopDepth)) {
            if (stopDepth == 0) {
                if (p.goexit) {
                    // the main goroutine ran its defers and exited; no other goroutine can run
                    std::fflush(stdout);
                    std::cout.flush();
                    writeErr("fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
                    std::_Exit(2);
                }
                fatalPanic();
            }
            if (p.trace.empty()) p.trace = traceback();
            top = ciBase + stopDepth - 1;
            throw PanicUnwind{};
        }
        if (!defers.empty() && defers.back().depth == static_cast<size_t>(c)) {
            DeferRec d = defers.back();
            defers.pop_back();
            const Function* fn = d.closure ? d.closure->fn : d.fn;
            if (!fn) {
                // defer of a nil func: the panic happens now, on top of the unwinding one
                PanicRec np;
                np.value = runtimeErrorValue(RuntimePanic{RuntimePanic::Kind::runtimeError,
                                                          "invalid memory address or nil pointer dereference",
                                                          {nullptr, nullptr}});
                np.nilDeref = true;
                np.cursor = c;
                panics.back().aborted = true;
                panics.push_back(np);
                continue;
            }
            uint64_t* nb = frameTop();
            if (nb + d.nargs + 1 > stackEnd) stackOverflow(this);
            if (d.nargs) std::memcpy(nb, deferArgs.data() + d.argOff, d.nargs * 8);
            deferArgs.resize(d.argOff);
            deferArgPtr.resize(d.argOff);
            if (fn->native) {
                callNative(fn, nb);
                continue;
            }
            panicDeferLine = __LINE__ + 1;  // the `panic(...)` frame of tracebacks
            pushFrame(fn, d.closure, nb, kPanicDefer);
            top->panicIdx = static_cast<int32_t>(panics.size() - 1);
            return;
        }
        CallInfo* f = ciBase + c;
        if ((f->flags & kPanicDefer) && f->panicIdx >= 0 && static_cast<size_t>(f->panicIdx) + 1 < panics.size())
            panics[static_cast<size_t>(f->panicIdx)].aborted = true;
        p.cursor = c - 1;
    }
}

void VM::run(size_t stopDepth) {
    for (;;) {
        try {
            execute(stopDepth);
            return;
        } catch (const RuntimePanic& rp) {
            beginPanic(runtimeErrorValue(rp), false, stopDepth);
        } catch (const GoPanic& gp) {
            Iface v = gp.v;
            if (gp.nilDeref) {
                RuntimePanic rp{RuntimePanic::Kind::runtimeError,
                                "invalid memory address or nil pointer dereference", {nullptr, nullptr}};
                v = runtimeErrorValue(rp);
            }
            beginPanic(v, gp.nilDeref, stopDepth);
        } catch (const GoExit&) {
            PanicRec p;
            p.goexit = true;
            p.cursor = top - ciBase;
            panics.push_back(p);
            unwind(stopDepth);
        } catch (const PanicUnwind&) {
            // a nested run gave up: continue this panic here
            panics.back().cursor = top - ciBase;
            unwind(stopDepth);
        }
    }
}

// ------------------------------------------------------------------ the dispatch loop

#if defined(GOMINI_SWITCH_DISPATCH)
#define VM_CASE(name) case Op::name:
#define VM_NEXT() goto dispatch
#define VM_DISPATCH_BEGIN dispatch: switch (static_cast<Op>(*pc)) {
#define VM_DISPATCH_END default: __builtin_unreachable(); }
#else
#define VM_CASE(name) L_##name:
#define VM_NEXT() goto* kLabels[*pc]
#define VM_DISPATCH_BEGIN VM_NEXT(); {
#define VM_DISPATCH_END }
#endif

void VM::execute(size_t stopDepth) {
#if !defined(GOMINI_SWITCH_DISPATCH)
    static void* const kLabels[] = {
#define OP(name, fmt, doc) &&L_##name,
#include "vm/bytecode/opcodes.def"
#undef OP
    };
#endif
    const uint64_t* K = prog->consts.data();
    CallInfo* ci = top;
    const uint32_t* pc = ci->pc;
    uint64_t* base = ci->base;
#define R(x) base[x]
#define A pc[1]
#define B pc[2]
#define C pc[3]
#define D pc[4]
#define SAVE() (ci->pc = pc, top = ci)
#define RELOAD() (ci = top, pc = ci->pc, base = ci->base)
// Go panics raised by instructions start unwinding in place (no C++ exception)
#define PANIC_KIND(kind, msg) \
    do { \
        SAVE(); \
        beginPanic(runtimeErrorValue(RuntimePanic{RuntimePanic::Kind::kind, msg, {nullptr, nullptr}}), false, stopDepth); \
        RELOAD(); \
        VM_NEXT(); \
    } while (0)
#define PANIC_RT(msg) PANIC_KIND(runtimeError, msg)
#define PANIC_BOUNDS(msg) PANIC_KIND(boundsError, msg)
#define PANIC_NIL() \
    do { \
        SAVE(); \
        beginPanic(runtimeErrorValue(RuntimePanic{RuntimePanic::Kind::runtimeError, \
                                                  "invalid memory address or nil pointer dereference", \
                                                  {nullptr, nullptr}}), \
                   true, stopDepth); \
        RELOAD(); \
        VM_NEXT(); \
    } while (0)
#define GCPOLL_() \
    if (__builtin_expect(rt::gcRequested(), 0)) { \
        SAVE(); \
        rt::gcCollect(rt::gcReason::heap); \
    }
    VM_DISPATCH_BEGIN
    VM_CASE(NOP) pc += 1; VM_NEXT();
    VM_CASE(MOV) R(A) = R(B); pc += 3; VM_NEXT();
    VM_CASE(MOV2) { uint64_t x = R(B), y = R(B + 1); R(A) = x; R(A + 1) = y; pc += 3; VM_NEXT(); }
    VM_CASE(MOV3) { uint64_t x = R(B), y = R(B + 1), z = R(B + 2); R(A) = x; R(A + 1) = y; R(A + 2) = z; pc += 3; VM_NEXT(); }
    VM_CASE(MOVN) std::memmove(&R(A), &R(B), C * 8); pc += 4; VM_NEXT();
    VM_CASE(LOADI) R(A) = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(B))); pc += 3; VM_NEXT();
    VM_CASE(LOADK) R(A) = K[B]; pc += 3; VM_NEXT();
    VM_CASE(LOADK2) R(A) = K[B]; R(A + 1) = K[B + 1]; pc += 3; VM_NEXT();
    VM_CASE(ZERO) std::memset(&R(A), 0, B * 8); pc += 3; VM_NEXT();
    VM_CASE(ADD) R(A) = R(B) + R(C); pc += 4; VM_NEXT();
    VM_CASE(SUB) R(A) = R(B) - R(C); pc += 4; VM_NEXT();
    VM_CASE(MUL) R(A) = R(B) * R(C); pc += 4; VM_NEXT();
    VM_CASE(ADDI) R(A) = R(B) + static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(C))); pc += 4; VM_NEXT();
    VM_CASE(MULI) R(A) = R(B) * static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(C))); pc += 4; VM_NEXT();
#define IMM64 static_cast<int64_t>(static_cast<int32_t>(C))
    VM_CASE(DIVSI) {
        int64_t y = IMM64, x = static_cast<int64_t>(R(B));
        R(A) = y == -1 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x / y);
        pc += 4; VM_NEXT();
    }
    VM_CASE(REMSI) {
        int64_t y = IMM64, x = static_cast<int64_t>(R(B));
        R(A) = y == -1 ? 0 : static_cast<uint64_t>(x % y);
        pc += 4; VM_NEXT();
    }
    VM_CASE(DIVUI) R(A) = R(B) / static_cast<uint64_t>(C); pc += 4; VM_NEXT();
    VM_CASE(REMUI) R(A) = R(B) % static_cast<uint64_t>(C); pc += 4; VM_NEXT();
    VM_CASE(ANDI) R(A) = R(B) & static_cast<uint64_t>(IMM64); pc += 4; VM_NEXT();
    VM_CASE(ORI) R(A) = R(B) | static_cast<uint64_t>(IMM64); pc += 4; VM_NEXT();
    VM_CASE(XORI) R(A) = R(B) ^ static_cast<uint64_t>(IMM64); pc += 4; VM_NEXT();
    VM_CASE(SHLI) R(A) = R(B) << (C & 63); pc += 4; VM_NEXT();
    VM_CASE(SHRSI) R(A) = static_cast<uint64_t>(static_cast<int64_t>(R(B)) >> (C & 63)); pc += 4; VM_NEXT();
    VM_CASE(SHRUI) R(A) = R(B) >> (C & 63); pc += 4; VM_NEXT();
#undef IMM64
    VM_CASE(DIVS) {
        int64_t y = static_cast<int64_t>(R(C));
        if (y == 0) PANIC_RT(std::string("integer divide by zero"));
        int64_t x = static_cast<int64_t>(R(B));
        R(A) = y == -1 ? 0 - static_cast<uint64_t>(x) : static_cast<uint64_t>(x / y);
        pc += 4; VM_NEXT();
    }
    VM_CASE(DIVU) {
        uint64_t y = R(C);
        if (y == 0) PANIC_RT(std::string("integer divide by zero"));
        R(A) = R(B) / y; pc += 4; VM_NEXT();
    }
    VM_CASE(REMS) {
        int64_t y = static_cast<int64_t>(R(C));
        if (y == 0) PANIC_RT(std::string("integer divide by zero"));
        int64_t x = static_cast<int64_t>(R(B));
        R(A) = y == -1 ? 0 : static_cast<uint64_t>(x % y);
        pc += 4; VM_NEXT();
    }
    VM_CASE(REMU) {
        uint64_t y = R(C);
        if (y == 0) PANIC_RT(std::string("integer divide by zero"));
        R(A) = R(B) % y; pc += 4; VM_NEXT();
    }
    VM_CASE(AND) R(A) = R(B) & R(C); pc += 4; VM_NEXT();
    VM_CASE(OR) R(A) = R(B) | R(C); pc += 4; VM_NEXT();
    VM_CASE(XOR) R(A) = R(B) ^ R(C); pc += 4; VM_NEXT();
    VM_CASE(ANDNOT) R(A) = R(B) & ~R(C); pc += 4; VM_NEXT();
    VM_CASE(SHL) { uint64_t s = R(C); R(A) = s >= 64 ? 0 : R(B) << s; pc += 4; VM_NEXT(); }
    VM_CASE(SHRS) {
        uint64_t s = R(C);
        int64_t x = static_cast<int64_t>(R(B));
        R(A) = static_cast<uint64_t>(s >= 64 ? (x < 0 ? -1 : 0) : x >> s);
        pc += 4; VM_NEXT();
    }
    VM_CASE(SHRU) { uint64_t s = R(C); R(A) = s >= 64 ? 0 : R(B) >> s; pc += 4; VM_NEXT(); }
    VM_CASE(PANICWRAP) {
        SAVE();
        beginPanic(runtimeErrorValue(RuntimePanic{RuntimePanic::Kind::plainError,
                                                  std::string(reinterpret_cast<const char*>(K[A]), K[A + 1]),
                                                  {nullptr, nullptr}}),
                   false, stopDepth);
        RELOAD();
        VM_NEXT();
    }
    VM_CASE(CHKS2A) {
        int64_t len = static_cast<int64_t>(R(A + 1));
        if (len < static_cast<int64_t>(B))
            PANIC_BOUNDS("cannot convert slice with length " + std::to_string(len) +
                     " to array or pointer to array with length " + std::to_string(B));
        pc += 3; VM_NEXT();
    }
    VM_CASE(CHKSHIFT) if (static_cast<int64_t>(R(A)) < 0) PANIC_RT(std::string("negative shift amount")); pc += 2; VM_NEXT();
    VM_CASE(NEG) R(A) = 0 - R(B); pc += 3; VM_NEXT();
    VM_CASE(COM) R(A) = ~R(B); pc += 3; VM_NEXT();
    VM_CASE(NOT) R(A) = R(B) == 0; pc += 3; VM_NEXT();
    VM_CASE(SEXT8) R(A) = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int8_t>(R(B)))); pc += 3; VM_NEXT();
    VM_CASE(SEXT16) R(A) = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int16_t>(R(B)))); pc += 3; VM_NEXT();
    VM_CASE(SEXT32) R(A) = static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(R(B)))); pc += 3; VM_NEXT();
    VM_CASE(ZEXT8) R(A) = static_cast<uint8_t>(R(B)); pc += 3; VM_NEXT();
    VM_CASE(ZEXT16) R(A) = static_cast<uint16_t>(R(B)); pc += 3; VM_NEXT();
    VM_CASE(ZEXT32) R(A) = static_cast<uint32_t>(R(B)); pc += 3; VM_NEXT();
    VM_CASE(ADDF) R(A) = W(F(R(B)) + F(R(C))); pc += 4; VM_NEXT();
    VM_CASE(SUBF) R(A) = W(F(R(B)) - F(R(C))); pc += 4; VM_NEXT();
    VM_CASE(MULF) R(A) = W(F(R(B)) * F(R(C))); pc += 4; VM_NEXT();
    VM_CASE(DIVF) R(A) = W(F(R(B)) / F(R(C))); pc += 4; VM_NEXT();
    VM_CASE(NEGF) R(A) = W(-F(R(B))); pc += 3; VM_NEXT();
    VM_CASE(MINF) {
        double x = F(R(B)), y = F(R(C));
        double r = x != x ? x : y != y ? y : x == y ? (std::signbit(x) ? x : y) : (x < y ? x : y);
        R(A) = W(r); pc += 4; VM_NEXT();
    }
    VM_CASE(MAXF) {
        double x = F(R(B)), y = F(R(C));
        double r = x != x ? x : y != y ? y : x == y ? (std::signbit(x) ? y : x) : (x > y ? x : y);
        R(A) = W(r); pc += 4; VM_NEXT();
    }
    VM_CASE(ADDF32) R(A) = W32(F32(R(B)) + F32(R(C))); pc += 4; VM_NEXT();
    VM_CASE(SUBF32) R(A) = W32(F32(R(B)) - F32(R(C))); pc += 4; VM_NEXT();
    VM_CASE(MULF32) R(A) = W32(F32(R(B)) * F32(R(C))); pc += 4; VM_NEXT();
    VM_CASE(DIVF32) R(A) = W32(F32(R(B)) / F32(R(C))); pc += 4; VM_NEXT();
    VM_CASE(NEGF32) R(A) = W32(-F32(R(B))); pc += 3; VM_NEXT();
    VM_CASE(ADDC) { double a = F(R(B)) + F(R(C)), b = F(R(B + 1)) + F(R(C + 1)); R(A) = W(a); R(A + 1) = W(b); pc += 4; VM_NEXT(); }
    VM_CASE(SUBC) { double a = F(R(B)) - F(R(C)), b = F(R(B + 1)) - F(R(C + 1)); R(A) = W(a); R(A + 1) = W(b); pc += 4; VM_NEXT(); }
    VM_CASE(MULC) {
        double a = F(R(B)), b = F(R(B + 1)), c = F(R(C)), d = F(R(C + 1));
        R(A) = W(a * c - b * d); R(A + 1) = W(a * d + b * c); pc += 4; VM_NEXT();
    }
    VM_CASE(DIVC) {
        double a = F(R(B)), b = F(R(B + 1)), c = F(R(C)), d = F(R(C + 1));
        double re, im;
        if (std::fabs(c) >= std::fabs(d)) {
            double ratio = d / c, denom = c + ratio * d;
            re = (a + b * ratio) / denom; im = (b - a * ratio) / denom;
        } else {
            double ratio = c / d, denom = d + ratio * c;
            re = (a * ratio + b) / denom; im = (b * ratio - a) / denom;
        }
        if (c == 0 && d == 0) { re = a / 0.0 * (a == 0 && b == 0 ? 0 : 1); im = b / 0.0; if (a == 0 && b == 0) { re = NAN; im = NAN; } }
        R(A) = W(re); R(A + 1) = W(im); pc += 4; VM_NEXT();
    }
    VM_CASE(NEGC) { double a = -F(R(B)), b = -F(R(B + 1)); R(A) = W(a); R(A + 1) = W(b); pc += 3; VM_NEXT(); }
    VM_CASE(C64TOC128) {
        uint64_t w = R(B);
        float re = std::bit_cast<float>(static_cast<uint32_t>(w)), im = std::bit_cast<float>(static_cast<uint32_t>(w >> 32));
        R(A) = W(re); R(A + 1) = W(im); pc += 3; VM_NEXT();
    }
    VM_CASE(C128TOC64) {
        float re = static_cast<float>(F(R(B))), im = static_cast<float>(F(R(B + 1)));
        R(A) = static_cast<uint64_t>(std::bit_cast<uint32_t>(re)) | static_cast<uint64_t>(std::bit_cast<uint32_t>(im)) << 32;
        pc += 3; VM_NEXT();
    }
    VM_CASE(EQ) R(A) = R(B) == R(C); pc += 4; VM_NEXT();
    VM_CASE(NE) R(A) = R(B) != R(C); pc += 4; VM_NEXT();
    VM_CASE(LTS) R(A) = static_cast<int64_t>(R(B)) < static_cast<int64_t>(R(C)); pc += 4; VM_NEXT();
    VM_CASE(LES) R(A) = static_cast<int64_t>(R(B)) <= static_cast<int64_t>(R(C)); pc += 4; VM_NEXT();
    VM_CASE(LTU) R(A) = R(B) < R(C); pc += 4; VM_NEXT();
    VM_CASE(LEU) R(A) = R(B) <= R(C); pc += 4; VM_NEXT();
    VM_CASE(EQI) R(A) = static_cast<int64_t>(R(B)) == static_cast<int32_t>(C); pc += 4; VM_NEXT();
    VM_CASE(NEI) R(A) = static_cast<int64_t>(R(B)) != static_cast<int32_t>(C); pc += 4; VM_NEXT();
    VM_CASE(LTSI) R(A) = static_cast<int64_t>(R(B)) < static_cast<int32_t>(C); pc += 4; VM_NEXT();
    VM_CASE(LESI) R(A) = static_cast<int64_t>(R(B)) <= static_cast<int32_t>(C); pc += 4; VM_NEXT();
    VM_CASE(GTSI) R(A) = static_cast<int64_t>(R(B)) > static_cast<int32_t>(C); pc += 4; VM_NEXT();
    VM_CASE(GESI) R(A) = static_cast<int64_t>(R(B)) >= static_cast<int32_t>(C); pc += 4; VM_NEXT();
    VM_CASE(EQF) R(A) = F(R(B)) == F(R(C)); pc += 4; VM_NEXT();
    VM_CASE(NEF) R(A) = F(R(B)) != F(R(C)); pc += 4; VM_NEXT();
    VM_CASE(LTF) R(A) = F(R(B)) < F(R(C)); pc += 4; VM_NEXT();
    VM_CASE(LEF) R(A) = F(R(B)) <= F(R(C)); pc += 4; VM_NEXT();
    VM_CASE(EQF32) R(A) = F32(R(B)) == F32(R(C)); pc += 4; VM_NEXT();
    VM_CASE(NEF32) R(A) = F32(R(B)) != F32(R(C)); pc += 4; VM_NEXT();
    VM_CASE(LTF32) R(A) = F32(R(B)) < F32(R(C)); pc += 4; VM_NEXT();
    VM_CASE(LEF32) R(A) = F32(R(B)) <= F32(R(C)); pc += 4; VM_NEXT();
    VM_CASE(EQC) R(A) = F(R(B)) == F(R(C)) && F(R(B + 1)) == F(R(C + 1)); pc += 4; VM_NEXT();
    VM_CASE(EQSTR) {
        int64_t n = static_cast<int64_t>(R(B + 1));
        R(A) = n == static_cast<int64_t>(R(C + 1)) &&
               (R(B) == R(C) || n == 0 || std::memcmp(reinterpret_cast<void*>(R(B)), reinterpret_cast<void*>(R(C)), static_cast<size_t>(n)) == 0);
        pc += 4; VM_NEXT();
    }
    VM_CASE(NESTR) {
        int64_t n = static_cast<int64_t>(R(B + 1));
        R(A) = !(n == static_cast<int64_t>(R(C + 1)) &&
                 (R(B) == R(C) || n == 0 || std::memcmp(reinterpret_cast<void*>(R(B)), reinterpret_cast<void*>(R(C)), static_cast<size_t>(n)) == 0));
        pc += 4; VM_NEXT();
    }
    VM_CASE(LTSTR) {
        R(A) = cmpstring(GoString{reinterpret_cast<const uint8_t*>(R(B)), static_cast<int64_t>(R(B + 1))},
                         GoString{reinterpret_cast<const uint8_t*>(R(C)), static_cast<int64_t>(R(C + 1))}) < 0;
        pc += 4; VM_NEXT();
    }
    VM_CASE(LESTR) {
        R(A) = cmpstring(GoString{reinterpret_cast<const uint8_t*>(R(B)), static_cast<int64_t>(R(B + 1))},
                         GoString{reinterpret_cast<const uint8_t*>(R(C)), static_cast<int64_t>(R(C + 1))}) <= 0;
        pc += 4; VM_NEXT();
    }
    VM_CASE(EQIFACE) {
        const Itab* ta = reinterpret_cast<const Itab*>(R(B));
        const Itab* tb = reinterpret_cast<const Itab*>(R(C));
        bool eq;
        if (!ta || !tb) eq = ta == tb;
        else if (ta->type != tb->type) eq = false;
        else if (!ta->type->comparable) { SAVE(); throwRuntimeError("comparing uncomparable type " + ta->type->str); }
        else if (ta->type->pointerShaped) eq = R(B + 1) == R(C + 1);
        else {
            SAVE();
            eq = valuesEqual(ta->type, reinterpret_cast<void*>(R(B + 1)), reinterpret_cast<void*>(R(C + 1)));
        }
        R(A) = eq; pc += 4; VM_NEXT();
    }
    VM_CASE(EQMEM) {
        SAVE();
        R(A) = valuesEqual(reinterpret_cast<const RType*>(K[D]), &R(B), &R(C));
        pc += 5; VM_NEXT();
    }
    VM_CASE(JMP) {
        int32_t off = static_cast<int32_t>(A);
        if (off < 0) GCPOLL_();
        pc += off; VM_NEXT();
    }
    VM_CASE(JT) {
        int32_t off = R(A) ? static_cast<int32_t>(B) : 3;
        if (off < 0) GCPOLL_();
        pc += off; VM_NEXT();
    }
    VM_CASE(JF) {
        int32_t off = R(A) ? 3 : static_cast<int32_t>(B);
        if (off < 0) GCPOLL_();
        pc += off; VM_NEXT();
    }
#define JCMP(name, cond, imm)                                       \
    VM_CASE(name) {                                                 \
        auto a = R(A);                                              \
        auto b = imm ? static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(B))) : R(B); \
        (void)a; (void)b;                                           \
        if (cond) {                                                 \
            int32_t off_ = static_cast<int32_t>(C);                 \
            if (off_ < 0) GCPOLL_();                                \
            pc += off_;                                             \
        } else pc += 4;                                             \
        VM_NEXT();                                                  \
    }
    JCMP(JEQ, a == b, false)
    JCMP(JNE, a != b, false)
    JCMP(JLTS, static_cast<int64_t>(a) < static_cast<int64_t>(b), false)
    JCMP(JLES, static_cast<int64_t>(a) <= static_cast<int64_t>(b), false)
    JCMP(JLTU, a < b, false)
    JCMP(JLEU, a <= b, false)
    JCMP(JEQI, a == b, true)
    JCMP(JNEI, a != b, true)
    JCMP(JLTSI, static_cast<int64_t>(a) < static_cast<int64_t>(b), true)
    JCMP(JLESI, static_cast<int64_t>(a) <= static_cast<int64_t>(b), true)
    JCMP(JGTSI, static_cast<int64_t>(a) > static_cast<int64_t>(b), true)
    JCMP(JGESI, static_cast<int64_t>(a) >= static_cast<int64_t>(b), true)
    JCMP(JLTF, F(a) < F(b), false)
    JCMP(JLEF, F(a) <= F(b), false)
    JCMP(JNLTF, !(F(a) < F(b)), false)
    JCMP(JNLEF, !(F(a) <= F(b)), false)
    JCMP(JREMZI, static_cast<int64_t>(a) % static_cast<int64_t>(b) == 0, true)
    JCMP(JREMNZI, static_cast<int64_t>(a) % static_cast<int64_t>(b) != 0, true)
#undef JCMP
#define JX8(name, want)                                                                 \
    VM_CASE(name) {                                                                     \
        int64_t i = static_cast<int64_t>(R(B)), n = static_cast<int64_t>(R(A + 1));     \
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n)); \
        if ((reinterpret_cast<const uint8_t*>(R(A))[i] != 0) == (want)) {               \
            int32_t off_ = static_cast<int32_t>(C);                                     \
            if (off_ < 0) GCPOLL_();                                                    \
            pc += off_;                                                                 \
        } else pc += 4;                                                                 \
        VM_NEXT();                                                                      \
    }
    JX8(JX8T, true)
    JX8(JX8F, false)
#undef JX8
    // fused back-edges: the add wraps (uint64), the test is signed
#define JINC(name, step, bound, cmp)                                \
    VM_CASE(name) {                                                 \
        uint64_t v_ = R(A) + (step);                                \
        R(A) = v_;                                                  \
        if (static_cast<int64_t>(v_) cmp (bound)) {                 \
            int32_t off_ = static_cast<int32_t>(D);                 \
            if (off_ < 0) GCPOLL_();                                \
            pc += off_;                                             \
        } else pc += 5;                                             \
        VM_NEXT();                                                  \
    }
#define IMMB static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(B)))
#define IMMC static_cast<int64_t>(static_cast<int32_t>(C))
#define REGC static_cast<int64_t>(R(C))
    JINC(INCJLTS, IMMB, REGC, <)
    JINC(INCJLES, IMMB, REGC, <=)
    JINC(INCJGTS, IMMB, REGC, >)
    JINC(INCJGES, IMMB, REGC, >=)
    JINC(INCJLTSI, IMMB, IMMC, <)
    JINC(INCJLESI, IMMB, IMMC, <=)
    JINC(INCJGTSI, IMMB, IMMC, >)
    JINC(INCJGESI, IMMB, IMMC, >=)
    JINC(ADDJLTS, R(B), REGC, <)
    JINC(ADDJLES, R(B), REGC, <=)
#undef REGC
#undef IMMC
#undef IMMB
#undef JINC
    VM_CASE(I2F) R(A) = W(static_cast<double>(static_cast<int64_t>(R(B)))); pc += 3; VM_NEXT();
    VM_CASE(U2F) R(A) = W(static_cast<double>(R(B))); pc += 3; VM_NEXT();
    VM_CASE(F2I) R(A) = static_cast<uint64_t>(f2i(F(R(B)))); pc += 3; VM_NEXT();
    VM_CASE(F2U) R(A) = f2u(F(R(B))); pc += 3; VM_NEXT();
    VM_CASE(F2F32) R(A) = W32(static_cast<float>(F(R(B)))); pc += 3; VM_NEXT();
    VM_CASE(F322F) R(A) = W(static_cast<double>(F32(R(B)))); pc += 3; VM_NEXT();
    VM_CASE(STR2BYTES) {
        SAVE();
        GoSlice s = stringtoslicebyte(GoString{reinterpret_cast<const uint8_t*>(R(B)), static_cast<int64_t>(R(B + 1))});
        std::memcpy(&R(A), &s, 24); pc += 3; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(BYTES2STR) {
        SAVE();
        GoString s = slicebytetostring(reinterpret_cast<const uint8_t*>(R(B)), static_cast<int64_t>(R(B + 1)));
        std::memcpy(&R(A), &s, 16); pc += 3; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(STR2RUNES) {
        SAVE();
        GoSlice s = stringtoslicerune(GoString{reinterpret_cast<const uint8_t*>(R(B)), static_cast<int64_t>(R(B + 1))});
        std::memcpy(&R(A), &s, 24); pc += 3; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(STR2BYTESB) {
        SAVE();
        GoSlice s = stringtoslicebyte(GoString{reinterpret_cast<const uint8_t*>(R(B)), static_cast<int64_t>(R(B + 1))},
                                      reinterpret_cast<uint8_t*>(R(C)), static_cast<int64_t>(D));
        std::memcpy(&R(A), &s, 24); pc += 5; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(STR2RUNESB) {
        SAVE();
        GoSlice s = stringtoslicerune(GoString{reinterpret_cast<const uint8_t*>(R(B)), static_cast<int64_t>(R(B + 1))},
                                      reinterpret_cast<int32_t*>(R(C)), static_cast<int64_t>(D));
        std::memcpy(&R(A), &s, 24); pc += 5; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(RUNES2STR) {
        SAVE();
        GoString s = slicerunetostring(reinterpret_cast<const int32_t*>(R(B)), static_cast<int64_t>(R(B + 1)));
        std::memcpy(&R(A), &s, 16); pc += 3; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(INT2STR) {
        SAVE();
        GoString s = intstring(static_cast<int64_t>(R(B)));
        std::memcpy(&R(A), &s, 16); pc += 3; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(CONCAT) {
        SAVE();
        GoString s = concatstrings(reinterpret_cast<const GoString*>(&R(B)), static_cast<int>(C));
        std::memcpy(&R(A), &s, 16); pc += 4; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(STRINDEX) {
        int64_t i = static_cast<int64_t>(R(C)), n = static_cast<int64_t>(R(B + 1));
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        R(A) = reinterpret_cast<const uint8_t*>(R(B))[i]; pc += 4; VM_NEXT();
    }
    VM_CASE(DECODERUNE) {
        int64_t i = static_cast<int64_t>(R(C));
        const uint8_t* p = reinterpret_cast<const uint8_t*>(R(B));
        if (p[i] < 0x80) { R(A) = p[i]; R(A + 1) = static_cast<uint64_t>(i + 1); }
        else {
            int64_t next;
            int32_t r = decoderune(GoString{p, static_cast<int64_t>(R(B + 1))}, i, &next);
            R(A) = static_cast<uint64_t>(static_cast<int64_t>(r)); R(A + 1) = static_cast<uint64_t>(next);
        }
        pc += 4; VM_NEXT();
    }
    VM_CASE(SLICESTR) {
        int64_t n = static_cast<int64_t>(R(B + 1));
        int64_t lo = C == bc::kNoReg ? 0 : static_cast<int64_t>(R(C));
        int64_t hi = D == bc::kNoReg ? n : static_cast<int64_t>(R(D));
        if (static_cast<uint64_t>(hi) > static_cast<uint64_t>(n) || static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) {
            SAVE(); checkSlice3(lo, hi, hi, n, false, "length");
        }
        uint64_t p = R(B);
        R(A) = hi - lo == 0 ? p : p + static_cast<uint64_t>(lo); R(A + 1) = static_cast<uint64_t>(hi - lo);
        pc += 5; VM_NEXT();
    }
    VM_CASE(SLICE) {
        uint64_t p = R(B); int64_t len = static_cast<int64_t>(R(B + 1)), cap = static_cast<int64_t>(R(B + 2));
        int64_t lo = C == bc::kNoReg ? 0 : static_cast<int64_t>(R(C));
        int64_t hi = D == bc::kNoReg ? len : static_cast<int64_t>(R(D));
        bool three = pc[5] != bc::kNoReg;
        int64_t mx = three ? static_cast<int64_t>(R(pc[5])) : cap;
        if (static_cast<uint64_t>(mx) > static_cast<uint64_t>(cap) || static_cast<uint64_t>(hi) > static_cast<uint64_t>(mx) ||
            static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) { SAVE(); checkSlice3(lo, hi, mx, cap, three, "capacity"); }
        uint64_t es = pc[6];
        R(A) = mx - lo == 0 ? p : p + static_cast<uint64_t>(lo) * es;
        R(A + 1) = static_cast<uint64_t>(hi - lo); R(A + 2) = static_cast<uint64_t>(mx - lo);
        pc += 7; VM_NEXT();
    }
    VM_CASE(SLICEARR) {
        uint64_t p = R(B); int64_t cap = static_cast<int64_t>(pc[7]);
        if (!p) PANIC_NIL();
        int64_t lo = C == bc::kNoReg ? 0 : static_cast<int64_t>(R(C));
        int64_t hi = D == bc::kNoReg ? cap : static_cast<int64_t>(R(D));
        bool three = pc[5] != bc::kNoReg;
        int64_t mx = three ? static_cast<int64_t>(R(pc[5])) : cap;
        if (static_cast<uint64_t>(mx) > static_cast<uint64_t>(cap) || static_cast<uint64_t>(hi) > static_cast<uint64_t>(mx) ||
            static_cast<uint64_t>(lo) > static_cast<uint64_t>(hi)) { SAVE(); checkSlice3(lo, hi, mx, cap, three, "length"); }
        uint64_t es = pc[6];
        R(A) = mx - lo == 0 ? p : p + static_cast<uint64_t>(lo) * es;
        R(A + 1) = static_cast<uint64_t>(hi - lo); R(A + 2) = static_cast<uint64_t>(mx - lo);
        pc += 8; VM_NEXT();
    }
    VM_CASE(IDXSLICE) {
        int64_t i = static_cast<int64_t>(R(C)), n = static_cast<int64_t>(R(B + 1));
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        R(A) = R(B) + static_cast<uint64_t>(i) * D; pc += 5; VM_NEXT();
    }
    VM_CASE(LDX64) {
        int64_t i = static_cast<int64_t>(R(C)), n = static_cast<int64_t>(R(B + 1));
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        R(A) = reinterpret_cast<const uint64_t*>(R(B))[i]; pc += 4; VM_NEXT();
    }
    VM_CASE(LDX8U) {
        int64_t i = static_cast<int64_t>(R(C)), n = static_cast<int64_t>(R(B + 1));
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        R(A) = reinterpret_cast<const uint8_t*>(R(B))[i]; pc += 4; VM_NEXT();
    }
    VM_CASE(STX64) {
        int64_t i = static_cast<int64_t>(R(B)), n = static_cast<int64_t>(R(A + 1));
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        reinterpret_cast<uint64_t*>(R(A))[i] = R(C); pc += 4; VM_NEXT();
    }
    VM_CASE(STX8) {
        int64_t i = static_cast<int64_t>(R(B)), n = static_cast<int64_t>(R(A + 1));
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        reinterpret_cast<uint8_t*>(R(A))[i] = static_cast<uint8_t>(R(C)); pc += 4; VM_NEXT();
    }
    VM_CASE(STX64I) {
        int64_t i = static_cast<int64_t>(R(B)), n = static_cast<int64_t>(R(A + 1));
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        reinterpret_cast<int64_t*>(R(A))[i] = static_cast<int32_t>(C); pc += 4; VM_NEXT();
    }
    VM_CASE(STX8I) {
        int64_t i = static_cast<int64_t>(R(B)), n = static_cast<int64_t>(R(A + 1));
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        reinterpret_cast<uint8_t*>(R(A))[i] = static_cast<uint8_t>(C); pc += 4; VM_NEXT();
    }
    VM_CASE(IDXARR) {
        int64_t i = static_cast<int64_t>(R(C)), n = static_cast<int64_t>(pc[5]);
        if (static_cast<uint64_t>(i) >= static_cast<uint64_t>(n)) PANIC_BOUNDS(indexMsg(i, n));
        if (!R(B)) PANIC_NIL();
        R(A) = R(B) + static_cast<uint64_t>(i) * D; pc += 6; VM_NEXT();
    }
    VM_CASE(MAKESLICE) {
        SAVE();
        GoSlice s = makeslice(reinterpret_cast<const RType*>(K[B]), static_cast<int64_t>(R(C)), static_cast<int64_t>(R(D)));
        std::memcpy(&R(A), &s, 24); pc += 5; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(APPENDGROW) {
        GoSlice s;
        std::memcpy(&s, &R(B), 24);
        int64_t need = s.len + static_cast<int64_t>(C);
        if (need > s.cap) { SAVE(); s = growslice(reinterpret_cast<const RType*>(K[D]), s, need); }
        s.len = need;
        std::memcpy(&R(A), &s, 24); pc += 5; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(APPENDSLICE) {
        GoSlice s;
        std::memcpy(&s, &R(B), 24);
        const void* op = reinterpret_cast<const void*>(R(C));
        int64_t on = static_cast<int64_t>(R(C + 1));
        const RType* et = reinterpret_cast<const RType*>(K[D]);
        if (on > 0) {
            int64_t need = s.len + on;
            if (need > s.cap) { SAVE(); s = growslice(et, s, need); }
            std::memmove(static_cast<uint8_t*>(s.ptr) + s.len * et->size, op, static_cast<size_t>(on) * et->size);
            s.len = need;
        }
        std::memcpy(&R(A), &s, 24); pc += 5; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(COPY) {
        R(A) = static_cast<uint64_t>(slicecopy(reinterpret_cast<void*>(R(B)), static_cast<int64_t>(R(B + 1)),
                                               reinterpret_cast<const void*>(R(C)), static_cast<int64_t>(R(C + 1)), D));
        pc += 5; VM_NEXT();
    }
#define LDOP(name, T)                                                        \
    VM_CASE(name) {                                                          \
        uint64_t p = R(B);                                                   \
        if (__builtin_expect(!p, 0)) PANIC_NIL();                 \
        T v; std::memcpy(&v, reinterpret_cast<const uint8_t*>(p) + static_cast<int32_t>(C), sizeof v); \
        R(A) = static_cast<uint64_t>(v); pc += 4; VM_NEXT();                 \
    }
    LDOP(LD8S, int8_t)
    LDOP(LD8U, uint8_t)
    LDOP(LD16S, int16_t)
    LDOP(LD16U, uint16_t)
    LDOP(LD32S, int32_t)
    LDOP(LD32U, uint32_t)
    LDOP(LD64, uint64_t)
#undef LDOP
    VM_CASE(LDN) {
        uint64_t p = R(B);
        if (!p) PANIC_NIL();
        uint32_t n = D;
        const uint8_t* src = reinterpret_cast<const uint8_t*>(p) + static_cast<int32_t>(C);
        // the source may overlap the destination registers (a field of a frame temporary)
        if (n % 8) {
            uint64_t last = 0;
            std::memcpy(&last, src + (n & ~7u), n % 8);
            std::memmove(&R(A), src, n & ~7u);
            R(A + n / 8) = last;
        } else std::memmove(&R(A), src, n);
        pc += 5; VM_NEXT();
    }
#define STOP(name, T)                                                        \
    VM_CASE(name) {                                                          \
        uint64_t p = R(A);                                                   \
        if (__builtin_expect(!p, 0)) PANIC_NIL();                 \
        T v = static_cast<T>(R(C));                                          \
        std::memcpy(reinterpret_cast<uint8_t*>(p) + static_cast<int32_t>(B), &v, sizeof v); \
        pc += 4; VM_NEXT();                                                  \
    }
    STOP(ST8, uint8_t)
    STOP(ST16, uint16_t)
    STOP(ST32, uint32_t)
    STOP(ST64, uint64_t)
#undef STOP
    VM_CASE(STN) {
        uint64_t p = R(A);
        if (!p) PANIC_NIL();
        std::memmove(reinterpret_cast<uint8_t*>(p) + static_cast<int32_t>(B), &R(C), D);
        pc += 5; VM_NEXT();
    }
    VM_CASE(ADDR) R(A) = reinterpret_cast<uint64_t>(&R(B)); pc += 3; VM_NEXT();
    VM_CASE(OFFPTR) {
        uint64_t p = R(B);
        if (!p) PANIC_NIL();
        R(A) = p + static_cast<uint64_t>(static_cast<int64_t>(static_cast<int32_t>(C))); pc += 4; VM_NEXT();
    }
    VM_CASE(NILCHK) if (!R(A)) PANIC_NIL(); pc += 2; VM_NEXT();
    VM_CASE(GADDR) R(A) = reinterpret_cast<uint64_t>(globals + B); pc += 3; VM_NEXT();
    VM_CASE(LDG64) std::memcpy(&R(A), globals + B, 8); pc += 3; VM_NEXT();
    VM_CASE(STG64) std::memcpy(globals + A, &R(B), 8); pc += 3; VM_NEXT();
    VM_CASE(NEW) {
        const RType* t = reinterpret_cast<const RType*>(K[B]);
        R(A) = reinterpret_cast<uint64_t>(t->size ? rt::mallocgc(t->size, &t->gc, true) : rt::zerobase());
        pc += 3; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(MEMZERO) {
        if (!R(A)) PANIC_NIL();
        std::memset(reinterpret_cast<void*>(R(A)), 0, B); pc += 3; VM_NEXT();
    }
    VM_CASE(MEMCOPY) {
        if (!R(A) || !R(B)) PANIC_NIL();
        std::memmove(reinterpret_cast<void*>(R(A)), reinterpret_cast<void*>(R(B)), C); pc += 4; VM_NEXT();
    }
    VM_CASE(MAKEMAP) {
        SAVE();
        R(A) = reinterpret_cast<uint64_t>(makemap(mapTypeInfo(reinterpret_cast<const RType*>(K[B])), static_cast<int64_t>(R(C))));
        pc += 4; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(MAPGET) {
        SAVE();
        R(A) = reinterpret_cast<uint64_t>(mapaccess(mapTypeInfo(reinterpret_cast<const RType*>(K[B])),
                                                    reinterpret_cast<const Hmap*>(R(C)), &R(D)));
        pc += 5; VM_NEXT();
    }
    VM_CASE(MAPGET2) {
        SAVE();
        bool ok = false;
        R(A) = reinterpret_cast<uint64_t>(mapaccess(mapTypeInfo(reinterpret_cast<const RType*>(K[B])),
                                                    reinterpret_cast<const Hmap*>(R(C)), &R(D), &ok));
        R(A + 1) = ok; pc += 5; VM_NEXT();
    }
    VM_CASE(MAPSET) {
        SAVE();
        R(A) = reinterpret_cast<uint64_t>(mapassign(mapTypeInfo(reinterpret_cast<const RType*>(K[B])),
                                                    reinterpret_cast<Hmap*>(R(C)), &R(D)));
        pc += 5; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(MAPDEL) {
        SAVE();
        mapdelete(mapTypeInfo(reinterpret_cast<const RType*>(K[A])), reinterpret_cast<Hmap*>(R(B)), &R(C));
        pc += 4; VM_NEXT();
    }
    VM_CASE(MAPLEN) R(A) = static_cast<uint64_t>(maplen(reinterpret_cast<const Hmap*>(R(B)))); pc += 3; VM_NEXT();
    VM_CASE(MAPITER) {
        static_assert(sizeof(Hiter) <= 12 * 8, "Hiter must fit the 12 slots the compiler reserves");
        SAVE();
        Hiter* it = new (&R(A)) Hiter();
        mapiterinit(mapTypeInfo(reinterpret_cast<const RType*>(K[B])), reinterpret_cast<Hmap*>(R(C)), it);
        pc += 4; VM_NEXT();
    }
    VM_CASE(MAPNEXT) { SAVE(); mapiternext(reinterpret_cast<Hiter*>(&R(A))); pc += 2; VM_NEXT(); }
    VM_CASE(MAPCLEAR) { SAVE(); mapclear(mapTypeInfo(reinterpret_cast<const RType*>(K[A])), reinterpret_cast<Hmap*>(R(B))); pc += 3; VM_NEXT(); }
    // --- calls ---
    {
        const Function* callee;
        Closure* clo;
        uint64_t* nb;
        const uint32_t* ret;
    VM_CASE(CALL)
        callee = reinterpret_cast<const Function*>(K[B]);
        clo = nullptr;
        nb = base + A;
        ret = pc + 3;
        goto do_call;
    VM_CASE(CALLC)
        clo = reinterpret_cast<Closure*>(R(B));
        if (!clo) PANIC_NIL();
        callee = clo->fn;
        nb = base + A;
        ret = pc + 3;
        goto do_call;
    VM_CASE(CALLI) {
        const Itab* tab = reinterpret_cast<const Itab*>(R(B));
        if (!tab) PANIC_NIL();
        R(A) = R(B + 1);
        callee = tab->fun[C];
        clo = nullptr;
        nb = base + A;
        ret = pc + 4;
        goto do_call;
    }
    do_call:
        if (callee->native) {
            SAVE();
            callNative(callee, nb);
            pc = ret;
            GCPOLL_();
            VM_NEXT();
        }
        ci->pc = ret;
        if (__builtin_expect(nb + callee->nslots > stackEnd || ci + 1 >= ciEnd, 0)) { top = ci; stackOverflow(this); }
        ++ci;
        ci->fn = callee;
        ci->base = nb;
        ci->closure = clo;
        ci->flags = 0;
        ci->panicIdx = -1;
        top = ci;
        {
            uint32_t np = callee->nparamSlots, ns = callee->nslots;
            for (uint32_t i = np; i < ns; ++i) nb[i] = 0;
        }
        base = nb;
        pc = callee->code.data();
        GCPOLL_();
        VM_NEXT();
    }
    VM_CASE(RET) {
        uint32_t n = B;
        if (n == 1) base[0] = R(A);
        else if (n) std::memmove(base, &R(A), n * 8);
        uint32_t flags = ci->flags;
        int32_t pidx = ci->panicIdx;
        --ci;
        top = ci;
        if (__builtin_expect(flags != 0, 0)) {
            if (flags & kStopRun) return;
            if (flags & kPanicDefer) {
                PanicRec& p = panics[static_cast<size_t>(pidx)];
                if (p.recovered) {
                    int64_t c = p.cursor;
                    // drop the recovered panic and the aborted ones it ran over
                    panics.resize(static_cast<size_t>(pidx));
                    while (!panics.empty() && panics.back().aborted) panics.pop_back();
                    top = ciBase + c;
                    ci = top;
                    base = ci->base;
                    pc = ci->fn->code.data() + ci->fn->deferReturnPc;
                    VM_NEXT();
                }
                unwind(stopDepth);
                RELOAD();
                VM_NEXT();
            }
        }
        base = ci->base;
        pc = ci->pc;
        VM_NEXT();
    }
    VM_CASE(CLOSURE) {
        const Function* f = reinterpret_cast<const Function*>(K[B]);
        uint32_t n = D;
        SAVE();
        // closures hold pointers: every word is scanned ("closure word" array)
        static rt::TypeDesc wordDesc = [] {
            static const uint8_t bits[1] = {1};
            rt::TypeDesc d;
            d.size = 8; d.align = 8; d.ptrdata = 8; d.gcdata = bits; d.name = "closure word";
            return d;
        }();
        auto* c = static_cast<Closure*>(rt::mallocgc(8 + 8 * n, &wordDesc, false));
        c->fn = f;
        for (uint32_t i = 0; i < n; ++i) c->caps[i] = reinterpret_cast<void*>(R(C + i));
        R(A) = reinterpret_cast<uint64_t>(c);
        pc += 5; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(FUNCVAL) {
        const Function* f = reinterpret_cast<const Function*>(K[B]);
        if (!f->staticClosure) {
            auto* c = static_cast<Closure*>(std::calloc(1, sizeof(Closure)));
            c->fn = f;
            f->staticClosure = c;
        }
        R(A) = reinterpret_cast<uint64_t>(f->staticClosure);
        pc += 3; VM_NEXT();
    }
    VM_CASE(CAPTURE) R(A) = reinterpret_cast<uint64_t>(ci->closure->caps[B]); pc += 3; VM_NEXT();
    VM_CASE(DEFER) {
        DeferRec d{static_cast<size_t>(ci - ciBase), reinterpret_cast<const Function*>(K[B]), nullptr,
                   deferArgs.size(), C};
        deferArgs.insert(deferArgs.end(), &R(A), &R(A) + C);
        pushDeferArgKinds(ci->fn, pc, A, C);
        defers.push_back(d);
        pc += 4; VM_NEXT();
    }
    VM_CASE(DEFERC) {
        Closure* c = reinterpret_cast<Closure*>(R(A));
        DeferRec d{static_cast<size_t>(ci - ciBase), c ? c->fn : nullptr, c, deferArgs.size(), B};
        deferArgs.insert(deferArgs.end(), &R(A + 1), &R(A + 1) + B);
        pushDeferArgKinds(ci->fn, pc, A + 1, B);
        defers.push_back(d);  // a nil func panics when the deferred call runs
        pc += 3; VM_NEXT();
    }
    VM_CASE(RUNDEFERS) {
        size_t depth = static_cast<size_t>(ci - ciBase);
        if (defers.empty() || defers.back().depth != depth) { pc += 1; VM_NEXT(); }
        DeferRec d = defers.back();
        defers.pop_back();
        const Function* f = d.fn;
        uint64_t* nb2 = base + ci->fn->nslots;
        if (d.nargs) std::memcpy(nb2, deferArgs.data() + d.argOff, d.nargs * 8);
        deferArgs.resize(d.argOff);
        deferArgPtr.resize(d.argOff);
        if (!f) PANIC_NIL();
        SAVE();
        if (f->native) {
            callNative(f, nb2);
            VM_NEXT();  // re-executes RUNDEFERS
        }
        pushFrame(f, d.closure, nb2, kDeferCall);
        RELOAD();
        GCPOLL_();
        VM_NEXT();
    }
    VM_CASE(PANIC) {
        SAVE();
        Iface v{reinterpret_cast<const Itab*>(R(A)), reinterpret_cast<void*>(R(A + 1))};
        if (!v.tab && prog->panicNilError) {
            // panic(nil) panics with a *runtime.PanicNilError (Go 1.21+)
            void* obj = rt::mallocgc(8, nullptr, true);
            v = Iface{getitab(prog->emptyIface, prog->panicNilError, false, nullptr), obj};
        }
        beginPanic(v, false, stopDepth);
        RELOAD();
        VM_NEXT();
    }
    VM_CASE(RECOVER) {
        R(A) = 0; R(A + 1) = 0;
        // the frame the panic called: this one, or the deferred wrapper(s) that called it
        CallInfo* d = ci;
        while (!(d->flags & kPanicDefer) && d > ciBase && (d - 1)->fn->wrapper && d - ci > -4) --d;
        if ((d->flags & kPanicDefer) && !panics.empty() && d->panicIdx == static_cast<int32_t>(panics.size() - 1)) {
            PanicRec& p = panics.back();
            if (!p.recovered && !p.aborted && !p.goexit) {
                p.recovered = true;
                R(A) = reinterpret_cast<uint64_t>(p.value.tab);
                R(A + 1) = reinterpret_cast<uint64_t>(p.value.data);
            }
        }
        pc += 2; VM_NEXT();
    }
    VM_CASE(GCPOLL) GCPOLL_(); pc += 1; VM_NEXT();
    VM_CASE(UNSUPPORTED) {
        SAVE();
        throwFatal(std::string(reinterpret_cast<const char*>(K[A]), static_cast<size_t>(K[A + 1])));
    }
    VM_CASE(NONATIVE) SAVE(); throwFatal("gomini: no native implementation of " + ci->fn->linkName);
    // --- interfaces ---
    VM_CASE(CONVI) {
        const Itab* tab = reinterpret_cast<const Itab*>(K[C]);
        const RType* t = tab->type;
        void* data;
        if (t->pointerShaped) data = reinterpret_cast<void*>(R(B));
        else if (t->size == 0) data = rt::zerobase();
        else {
            SAVE();
            data = rt::mallocgc(t->size, &t->gc, false);
            std::memcpy(data, &R(B), t->size);
        }
        R(A) = reinterpret_cast<uint64_t>(tab);
        R(A + 1) = reinterpret_cast<uint64_t>(data);
        pc += 4; GCPOLL_(); VM_NEXT();
    }
    VM_CASE(IFACE2IFACE) {
        const Itab* tab = reinterpret_cast<const Itab*>(R(B));
        uint64_t data = R(B + 1);
        if (tab) {
            SAVE();
            tab = getitab(reinterpret_cast<const RType*>(K[C]), tab->type, false, nullptr);
        }
        R(A) = reinterpret_cast<uint64_t>(tab);
        R(A + 1) = data;
        pc += 4; VM_NEXT();
    }
    VM_CASE(ASSERT) {
        const Itab* tab = reinterpret_cast<const Itab*>(R(B));
        const RType* t = reinterpret_cast<const RType*>(K[C]);
        if (!tab || tab->type != t) {
            SAVE();
            const RType* st = reinterpret_cast<const RType*>(K[D]);
            throwAssertError(st->str, tab ? tab->type : nullptr, t, "");
        }
        void* data = reinterpret_cast<void*>(R(B + 1));
        if (t->pointerShaped) R(A) = reinterpret_cast<uint64_t>(data);
        else loadValue(t, data, &R(A));
        pc += 5; VM_NEXT();
    }
    VM_CASE(ASSERT2) {
        const Itab* tab = reinterpret_cast<const Itab*>(R(B));
        const RType* t = reinterpret_cast<const RType*>(K[C]);
        size_t n = (t->size + 7) / 8;
        if (t->pointerShaped) n = 1;
        void* data = reinterpret_cast<void*>(R(B + 1));
        if (tab && tab->type == t) {
            if (t->pointerShaped) R(A) = reinterpret_cast<uint64_t>(data);
            else loadValue(t, data, &R(A));
            R(A + n) = 1;
        } else {
            std::memset(&R(A), 0, n * 8);
            R(A + n) = 0;
        }
        pc += 4; VM_NEXT();
    }
    VM_CASE(ASSERTI) {
        const Itab* tab = reinterpret_cast<const Itab*>(R(B));
        const RType* t = reinterpret_cast<const RType*>(K[C]);
        SAVE();
        std::string missing;
        const Itab* nt = tab ? getitab(t, tab->type, true, &missing) : nullptr;
        if (!nt) {
            throwAssertError("", tab ? tab->type : nullptr, t, missing);
        }
        R(A + 1) = R(B + 1);
        R(A) = reinterpret_cast<uint64_t>(nt);
        pc += 5; VM_NEXT();
    }
    VM_CASE(ASSERTI2) {
        const Itab* tab = reinterpret_cast<const Itab*>(R(B));
        const RType* t = reinterpret_cast<const RType*>(K[C]);
        SAVE();
        const Itab* nt = tab ? getitab(t, tab->type, true, nullptr) : nullptr;
        uint64_t data = R(B + 1);
        R(A) = reinterpret_cast<uint64_t>(nt);
        R(A + 1) = nt ? data : 0;
        R(A + 2) = nt != nullptr;
        pc += 4; VM_NEXT();
    }
    VM_CASE(TYPEIS) {
        const Itab* tab = reinterpret_cast<const Itab*>(R(B));
        const RType* t = reinterpret_cast<const RType*>(K[C]);
        bool r = false;
        if (tab) {
            if (t->kind == Kind::Interface) {
                SAVE();
                r = getitab(t, tab->type, true, nullptr) != nullptr;
            } else r = tab->type == t;
        }
        R(A) = r; pc += 4; VM_NEXT();
    }
    // --- print ---
    VM_CASE(PRINTI) writeErr(std::to_string(static_cast<int64_t>(R(A)))); pc += 2; VM_NEXT();
    VM_CASE(PRINTU) writeErr(std::to_string(R(A))); pc += 2; VM_NEXT();
    VM_CASE(PRINTF) writeErr(runtimeFloatString(F(R(A)))); pc += 2; VM_NEXT();
    VM_CASE(PRINTC) writeErr("(" + runtimeFloatString(F(R(A))) + runtimeFloatString(F(R(A + 1))) + "i)"); pc += 2; VM_NEXT();
    VM_CASE(PRINTB) writeErr(R(A) ? "true" : "false"); pc += 2; VM_NEXT();
    VM_CASE(PRINTS) writeErr(std::string(reinterpret_cast<const char*>(R(A)), static_cast<size_t>(R(A + 1)))); pc += 2; VM_NEXT();
    VM_CASE(PRINTP) writeErr(hex(R(A))); pc += 2; VM_NEXT();
    VM_CASE(PRINTE) writeErr("(" + hex(R(A)) + "," + hex(R(A + 1)) + ")"); pc += 2; VM_NEXT();
    VM_CASE(PRINTSL) writeErr("[" + std::to_string(R(A + 1)) + "/" + std::to_string(R(A + 2)) + "]" + hex(R(A))); pc += 2; VM_NEXT();
    VM_CASE(PRINTSP) writeErr(" "); pc += 1; VM_NEXT();
    VM_CASE(PRINTNL) writeErr("\n"); pc += 1; VM_NEXT();
    VM_DISPATCH_END
#undef R
#undef A
#undef B
#undef C
#undef D
}

// ------------------------------------------------------------------ NativeCtx

GoString Ctx::newString(std::string_view s) {
    if (s.empty()) return GoString{nullptr, 0};
    uint8_t* bytes = nullptr;
    GoString g = rawstring(static_cast<int64_t>(s.size()), &bytes);
    std::memcpy(bytes, s.data(), s.size());
    return g;
}
void* Ctx::alloc(const RType* t) { return t->size ? rt::mallocgc(t->size, &t->gc, true) : rt::zerobase(); }
void* Ctx::allocArray(const RType* elem, int64_t n) {
    if (n <= 0 || elem->size == 0) return rt::zerobase();
    return rt::mallocgc(static_cast<size_t>(n) * elem->size, &elem->gc, true);
}
Iface Ctx::box(const RType* iface, const RType* t, const void* src) {
    if (!iface) iface = vm_->prog->emptyIface;
    const Itab* tab = vm_->getitab(iface, t, false, nullptr);
    void* data;
    if (t->pointerShaped) std::memcpy(&data, src, 8);
    else if (t->size == 0) data = rt::zerobase();
    else {
        data = rt::mallocgc(t->size, &t->gc, false);
        std::memcpy(data, src, t->size);
    }
    return Iface{tab, data};
}
void Ctx::keepAlive(void* p) { vm_->keep.push_back(p); }
const RType* Ctx::typeByName(std::string_view str) {
    for (auto* t : vm_->prog->allTypesByName)
        if (t->str == str) return t;
    return nullptr;
}
void Ctx::call(void* closure, const uint64_t* a, int nargSlots, uint64_t* results, int nresSlots) {
    auto* c = static_cast<Closure*>(closure);
    if (!c) panicNil();
    vm_->callGo(c->fn, c, a, nargSlots, results, nresSlots);
}
bool Ctx::callMethod(const Iface& v, std::string_view name, const uint64_t* a, int nargSlots, uint64_t* results,
                     int nresSlots) {
    if (!v.tab) return false;
    const Method* m = v.tab->type->findMethod(std::string(name));
    if (!m || !m->ifn) return false;
    std::vector<uint64_t> args(static_cast<size_t>(nargSlots) + 1);
    args[0] = reinterpret_cast<uint64_t>(v.data);
    if (nargSlots) std::memcpy(args.data() + 1, a, static_cast<size_t>(nargSlots) * 8);
    vm_->callGo(m->ifn, nullptr, args.data(), nargSlots + 1, results, nresSlots);
    return true;
}
int Ctx::callMethodRecover(const Iface& v, std::string_view name, const uint64_t* a, int nargSlots, uint64_t* results,
                           int nresSlots, Iface* panicVal) {
    if (!v.tab) return -1;
    const Method* m = v.tab->type->findMethod(std::string(name));
    if (!m || !m->ifn) return -1;
    CallInfo* saved = vm_->top;
    size_t npanics = vm_->panics.size();
    try {
        callMethod(v, name, a, nargSlots, results, nresSlots);
        return 0;
    } catch (const PanicUnwind&) {
        if (vm_->panics.back().goexit) throw;  // recover() cannot stop a Goexit
        *panicVal = vm_->panics.back().value;
    } catch (const RuntimePanic& rp) {
        *panicVal = vm_->runtimeErrorValue(rp);
    } catch (const GoPanic& gp) {
        *panicVal = gp.nilDeref ? vm_->runtimeErrorValue(RuntimePanic{RuntimePanic::Kind::runtimeError,
                                                                      "invalid memory address or nil pointer dereference",
                                                                      {nullptr, nullptr}})
                                : gp.v;
    }
    // the panic is recovered here: drop it (and what it aborted), back to the native's frame
    vm_->panics.resize(npanics);
    vm_->top = saved;
    return 1;
}

void Ctx::exit(int code) {
    std::fflush(nullptr);
    std::cout.flush();
    std::_Exit(code);
}
const std::vector<std::string>& Ctx::args() { return vm_->args; }

std::string Ctx::stackTrace() { return vm_->traceback(); }

bool Ctx::callerFrame(int skip, uint64_t* pc, std::string* file, int* line) {
    if (skip < 0) return false;
    CallInfo* c = vm_->top;
    for (; c && c >= vm_->ciBase && skip > 0; --c)
        if (c->fn->name.find("Â·") == std::string::npos) --skip;  // wrappers are not frames
    while (c && c >= vm_->ciBase && c->fn->name.find("Â·") != std::string::npos) --c;
    if (!c || c < vm_->ciBase) return false;
    vm_->frameLocation(c, file, line);
    *pc = reinterpret_cast<uint64_t>(c->pc);
    return true;
}

}  // namespace

// ------------------------------------------------------------------ public API

void registerNative(std::string_view linkName, NativeFn fn) { nativeTable()[std::string(linkName)] = fn; }
NativeFn lookupNative(std::string_view linkName) {
    auto it = nativeTable().find(std::string(linkName));
    return it == nativeTable().end() ? nullptr : it->second;
}

void throwFatal(const std::string& msg) {
    std::fflush(stdout);
    std::cout.flush();
    std::string tr = gVM ? gVM->traceback() : std::string();
    writeErr("fatal error: " + msg + "\n\n" + tr);
    std::_Exit(2);
}

void setPanicFormatter(PanicFormatter f) { gPanicFormatter = f; }

std::string runtimeFloatString(double v) {
    if (v != v) return "NaN";
    if (v + v == v && v > 0) return "+Inf";
    if (v + v == v && v < 0) return "-Inf";
    constexpr int kDigits = 7;
    char buf[kDigits + 8];
    buf[0] = '+';
    int e = 0;
    if (v == 0) {
        if (std::signbit(v)) buf[0] = '-';
    } else {
        if (v < 0) {
            v = -v;
            buf[0] = '-';
        }
        while (v >= 10) {
            ++e;
            v /= 10;
        }
        while (v < 1) {
            --e;
            v *= 10;
        }
        double h = 5.0;
        for (int i = 0; i < kDigits; ++i) h /= 10;
        v += h;
        if (v >= 10) {
            ++e;
            v /= 10;
        }
    }
    for (int i = 0; i < kDigits; ++i) {
        int s = static_cast<int>(v);
        buf[i + 2] = static_cast<char>(s + '0');
        v -= s;
        v *= 10;
    }
    buf[1] = buf[2];
    buf[2] = '.';
    buf[kDigits + 2] = 'e';
    buf[kDigits + 3] = '+';
    if (e < 0) {
        e = -e;
        buf[kDigits + 3] = '-';
    }
    buf[kDigits + 4] = static_cast<char>(e / 100 + '0');
    buf[kDigits + 5] = static_cast<char>(e / 10 % 10 + '0');
    buf[kDigits + 6] = static_cast<char>(e % 10 + '0');
    return std::string(buf, kDigits + 7);
}

std::vector<std::string> bindNatives(Program& p) {
    std::vector<std::string> missing;
    for (auto& f : p.funcs) {
        if (f->linkName.empty() || f->native) continue;
        if (!f->code.empty()) continue;
        NativeFn fn = lookupNative(f->linkName);
        if (!fn) {
            missing.push_back(f->linkName);
            f->code = {static_cast<uint32_t>(bc::Op::NONATIVE)};
            f->lines = {f->line};
            f->nslots = std::max({f->nslots, f->nparamSlots, f->nresultSlots, uint32_t{1}});
        } else f->native = fn;
    }
    return missing;
}

int runProgram(const Program& p, const std::vector<std::string>& args) {
    static VM vm;
    gVM = &vm;
    vm.init(p);
    vm.args = args;
    std::vector<const Function*> seq(p.inits.begin(), p.inits.end());
    if (p.mainFn) seq.push_back(p.mainFn);
    for (const Function* f : seq) {
        vm.top = nullptr;
        vm.pushFrame(f, nullptr, vm.stack, kStopRun);
        vm.run(0);
    }
    return 0;
}

}  // namespace gomini::vm
