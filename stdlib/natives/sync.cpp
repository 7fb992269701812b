// sync.cpp — natives of sync (Mutex, RWMutex, WaitGroup, Cond) and
// sync/atomic, for a program with ONE goroutine.
//
// The Go types keep Go's field layout (stdlib/sync/mutex.go), so a later
// issue can replace these natives by Go code over runtime semaphores:
//   Mutex     {state int32; sema uint32}            state bit 0 = locked
//   RWMutex   {w Mutex; writerSem, readerSem uint32; readerCount, readerWait atomic.Int32}
//             offsets 0, 8, 12, 16, 20; a writer subtracts rwmutexMaxReaders from readerCount
//   WaitGroup {noCopy; state atomic.Uint64; sema uint32}  counter in the high 32 bits
// With one goroutine, any wait that cannot be satisfied at once can never be:
// it is Go's "fatal error: all goroutines are asleep - deadlock!".
//
// sync/atomic: plain operations through std::atomic_ref (sequentially
// consistent), a nil address panics like Go's nil dereference.
#include <atomic>
#include <cstring>

#include "stdlib/natives/internal.h"

namespace gomini::stdlib::natives {

namespace {

constexpr int32_t kMutexLocked = 1;
constexpr int32_t kRWMutexMaxReaders = 1 << 30;
const char* const kDeadlock = "all goroutines are asleep - deadlock!";

template <class T>
T* ptrArg(NativeCtx& ctx, const uint64_t* s, int i) {
    T* p = argPtr<T>(s, i);
    if (!p) ctx.runtimeError("invalid memory address or nil pointer dereference");
    return p;
}

[[noreturn]] void panicGoString(NativeCtx& ctx, std::string_view msg) {
    if (const RType* st = ctx.typeByName("string")) {
        GoString g = ctx.newString(msg);
        ctx.panicValue(ctx.box(nullptr, st, &g));
    }
    ctx.panicString(msg);
    __builtin_unreachable();
}

// ---- Mutex ----

int32_t& mutexState(void* m) { return *static_cast<int32_t*>(m); }

void mutexLock(void* m) {
    int32_t& st = mutexState(m);
    if (st & kMutexLocked) vm::throwFatal(kDeadlock);
    st |= kMutexLocked;
}
void mutexUnlock(void* m) {
    int32_t& st = mutexState(m);
    if (!(st & kMutexLocked)) vm::throwFatal("sync: unlock of unlocked mutex");
    st &= ~kMutexLocked;
}

void nMutexLock(NativeCtx& ctx, uint64_t* s) { mutexLock(ptrArg<int32_t>(ctx, s, 0)); }
void nMutexUnlock(NativeCtx& ctx, uint64_t* s) { mutexUnlock(ptrArg<int32_t>(ctx, s, 0)); }
void nMutexTryLock(NativeCtx& ctx, uint64_t* s) {
    int32_t& st = mutexState(ptrArg<int32_t>(ctx, s, 0));
    bool ok = !(st & kMutexLocked);
    if (ok) st |= kMutexLocked;
    retBool(s, 0, ok);
}

// ---- RWMutex ----

struct RW {
    int32_t* w;
    int32_t* readerCount;
};
RW rw(NativeCtx& ctx, const uint64_t* s) {
    char* p = ptrArg<char>(ctx, s, 0);
    return RW{reinterpret_cast<int32_t*>(p), reinterpret_cast<int32_t*>(p + 16)};
}

void nRLock(NativeCtx& ctx, uint64_t* s) {
    RW r = rw(ctx, s);
    if (*r.readerCount < 0) vm::throwFatal(kDeadlock);  // a writer holds it
    ++*r.readerCount;
}
void nTryRLock(NativeCtx& ctx, uint64_t* s) {
    RW r = rw(ctx, s);
    bool ok = *r.readerCount >= 0;
    if (ok) ++*r.readerCount;
    retBool(s, 0, ok);
}
void nRUnlock(NativeCtx& ctx, uint64_t* s) {
    RW r = rw(ctx, s);
    int32_t n = --*r.readerCount;
    if (n < 0) {
        // Go's rUnlockSlow: no reader held it (a writer holding it cannot be
        // waiting for us with one goroutine).
        ++*r.readerCount;
        vm::throwFatal("sync: RUnlock of unlocked RWMutex");
    }
}
void nWLock(NativeCtx& ctx, uint64_t* s) {
    RW r = rw(ctx, s);
    mutexLock(r.w);
    if (*r.readerCount != 0) vm::throwFatal(kDeadlock);  // readers active: would wait forever
    *r.readerCount -= kRWMutexMaxReaders;
}
void nWTryLock(NativeCtx& ctx, uint64_t* s) {
    RW r = rw(ctx, s);
    bool ok = !(mutexState(r.w) & kMutexLocked) && *r.readerCount == 0;
    if (ok) {
        mutexState(r.w) |= kMutexLocked;
        *r.readerCount -= kRWMutexMaxReaders;
    }
    retBool(s, 0, ok);
}
void nWUnlock(NativeCtx& ctx, uint64_t* s) {
    RW r = rw(ctx, s);
    int32_t n = *r.readerCount + kRWMutexMaxReaders;
    if (n >= kRWMutexMaxReaders) vm::throwFatal("sync: Unlock of unlocked RWMutex");
    *r.readerCount = n;
    mutexUnlock(r.w);
}

// ---- WaitGroup ----

void nWGAdd(NativeCtx& ctx, uint64_t* s) {
    auto* state = ptrArg<uint64_t>(ctx, s, 0);
    int64_t delta = argInt(s, 1);
    uint64_t st = *state + (static_cast<uint64_t>(delta) << 32);
    *state = st;
    int32_t v = static_cast<int32_t>(st >> 32);
    uint32_t w = static_cast<uint32_t>(st);
    if (v < 0) panicGoString(ctx, "sync: negative WaitGroup counter");
    if (w != 0 && delta > 0 && v == static_cast<int32_t>(delta))
        panicGoString(ctx, "sync: WaitGroup misuse: Add called concurrently with Wait");
}
void nWGWait(NativeCtx& ctx, uint64_t* s) {
    auto* state = ptrArg<uint64_t>(ctx, s, 0);
    if ((*state >> 32) != 0) vm::throwFatal(kDeadlock);
}

// ---- Cond ----

void nCondWait(NativeCtx& ctx, uint64_t* s) {
    ptrArg<char>(ctx, s, 0);
    vm::throwFatal(kDeadlock);  // nobody else can Signal
}
void nCondSignal(NativeCtx& ctx, uint64_t* s) { ptrArg<char>(ctx, s, 0); }

// ---- sync/atomic ----

template <class T>
void atomicSwap(NativeCtx& ctx, uint64_t* s) {
    T* p = ptrArg<T>(ctx, s, 0);
    T nv = static_cast<T>(argUint(s, 1));
    T old = std::atomic_ref<T>(*p).exchange(nv);
    if constexpr (std::is_signed_v<T>)
        retInt(s, 0, old);
    else
        retUint(s, 0, old);
}
template <class T>
void atomicCAS(NativeCtx& ctx, uint64_t* s) {
    T* p = ptrArg<T>(ctx, s, 0);
    T old = static_cast<T>(argUint(s, 1));
    T nv = static_cast<T>(argUint(s, 2));
    retBool(s, 0, std::atomic_ref<T>(*p).compare_exchange_strong(old, nv));
}
template <class T>
void atomicAdd(NativeCtx& ctx, uint64_t* s) {
    T* p = ptrArg<T>(ctx, s, 0);
    using U = std::make_unsigned_t<T>;
    U d = static_cast<U>(argUint(s, 1));
    U r = static_cast<U>(std::atomic_ref<U>(*reinterpret_cast<U*>(p)).fetch_add(d)) + d;
    if constexpr (std::is_signed_v<T>)
        retInt(s, 0, static_cast<T>(r));
    else
        retUint(s, 0, r);
}
template <class T>
void atomicLoad(NativeCtx& ctx, uint64_t* s) {
    T* p = ptrArg<T>(ctx, s, 0);
    T v = std::atomic_ref<T>(*p).load();
    if constexpr (std::is_signed_v<T>)
        retInt(s, 0, v);
    else
        retUint(s, 0, v);
}
template <class T>
void atomicStore(NativeCtx& ctx, uint64_t* s) {
    T* p = ptrArg<T>(ctx, s, 0);
    std::atomic_ref<T>(*p).store(static_cast<T>(argUint(s, 1)));
}

// atomic.Value {v any}
void nValueLoad(NativeCtx& ctx, uint64_t* s) {
    auto* v = ptrArg<Iface>(ctx, s, 0);
    retIface(s, 0, *v);
}
void valueCheckStore(NativeCtx& ctx, const Iface* v, const Iface& nv, const char* nilMsg, const char* typeMsg) {
    if (nv.tab == nullptr) panicGoString(ctx, nilMsg);
    if (v->tab != nullptr && v->tab->type != nv.tab->type) panicGoString(ctx, typeMsg);
}
void nValueStore(NativeCtx& ctx, uint64_t* s) {
    auto* v = ptrArg<Iface>(ctx, s, 0);
    Iface nv = argIface(s, 1);
    valueCheckStore(ctx, v, nv, "sync/atomic: store of nil value into Value",
                    "sync/atomic: store of inconsistently typed value into Value");
    *v = nv;
}
void nValueSwap(NativeCtx& ctx, uint64_t* s) {
    auto* v = ptrArg<Iface>(ctx, s, 0);
    Iface nv = argIface(s, 1);
    valueCheckStore(ctx, v, nv, "sync/atomic: swap of nil value into Value",
                    "sync/atomic: swap of inconsistently typed value into Value");
    Iface old = *v;
    *v = nv;
    retIface(s, 0, old);
}
void nValueCAS(NativeCtx& ctx, uint64_t* s) {
    auto* v = ptrArg<Iface>(ctx, s, 0);
    Iface old = argIface(s, 1);
    Iface nv = argIface(s, 3);
    if (nv.tab == nullptr) panicGoString(ctx, "sync/atomic: compare and swap of nil value into Value");
    if (old.tab != nullptr && old.tab->type != nv.tab->type)
        panicGoString(ctx, "sync/atomic: compare and swap of inconsistently typed values");
    if (v->tab == nullptr) {
        if (old.tab != nullptr) {
            retBool(s, 0, false);
            return;
        }
        *v = nv;
        retBool(s, 0, true);
        return;
    }
    if (v->tab->type != nv.tab->type)
        panicGoString(ctx, "sync/atomic: compare and swap of inconsistently typed value into Value");
    // i != old with Go's interface equality (panics on an uncomparable dynamic type).
    const RType* t = v->tab->type;
    bool equal = old.tab != nullptr && old.tab->type == t && vm::valuesEqual(t, ifaceValuePtr(*v), ifaceValuePtr(old));
    if (!equal) {
        retBool(s, 0, false);
        return;
    }
    *v = nv;
    retBool(s, 0, true);
}

}  // namespace

void registerSync() {
    vm::registerNative("sync.(*Mutex).Lock", nMutexLock);
    vm::registerNative("sync.(*Mutex).TryLock", nMutexTryLock);
    vm::registerNative("sync.(*Mutex).Unlock", nMutexUnlock);
    vm::registerNative("sync.(*RWMutex).RLock", nRLock);
    vm::registerNative("sync.(*RWMutex).TryRLock", nTryRLock);
    vm::registerNative("sync.(*RWMutex).RUnlock", nRUnlock);
    vm::registerNative("sync.(*RWMutex).Lock", nWLock);
    vm::registerNative("sync.(*RWMutex).TryLock", nWTryLock);
    vm::registerNative("sync.(*RWMutex).Unlock", nWUnlock);
    vm::registerNative("sync.(*WaitGroup).Add", nWGAdd);
    vm::registerNative("sync.(*WaitGroup).Wait", nWGWait);
    vm::registerNative("sync.(*Cond).Wait", nCondWait);
    vm::registerNative("sync.(*Cond).Signal", nCondSignal);
    vm::registerNative("sync.(*Cond).Broadcast", nCondSignal);

    auto a = [](std::string name, vm::NativeFn fn) { vm::registerNative("sync/atomic." + name, fn); };
    a("SwapInt32", atomicSwap<int32_t>);
    a("SwapInt64", atomicSwap<int64_t>);
    a("SwapUint32", atomicSwap<uint32_t>);
    a("SwapUint64", atomicSwap<uint64_t>);
    a("SwapUintptr", atomicSwap<uint64_t>);
    a("CompareAndSwapInt32", atomicCAS<int32_t>);
    a("CompareAndSwapInt64", atomicCAS<int64_t>);
    a("CompareAndSwapUint32", atomicCAS<uint32_t>);
    a("CompareAndSwapUint64", atomicCAS<uint64_t>);
    a("CompareAndSwapUintptr", atomicCAS<uint64_t>);
    a("AddInt32", atomicAdd<int32_t>);
    a("AddUint32", atomicAdd<uint32_t>);
    a("AddInt64", atomicAdd<int64_t>);
    a("AddUint64", atomicAdd<uint64_t>);
    a("AddUintptr", atomicAdd<uint64_t>);
    a("LoadInt32", atomicLoad<int32_t>);
    a("LoadInt64", atomicLoad<int64_t>);
    a("LoadUint32", atomicLoad<uint32_t>);
    a("LoadUint64", atomicLoad<uint64_t>);
    a("LoadUintptr", atomicLoad<uint64_t>);
    a("StoreInt32", atomicStore<int32_t>);
    a("StoreInt64", atomicStore<int64_t>);
    a("StoreUint32", atomicStore<uint32_t>);
    a("StoreUint64", atomicStore<uint64_t>);
    a("StoreUintptr", atomicStore<uint64_t>);
    a("(*Value).Load", nValueLoad);
    a("(*Value).Store", nValueStore);
    a("(*Value).Swap", nValueSwap);
    a("(*Value).CompareAndSwap", nValueCAS);
}

}  // namespace gomini::stdlib::natives
