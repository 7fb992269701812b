// typealg.cpp — equality and hashing of Go values by their run-time type (the
// twin of Go's runtime/alg.go), the process-random source, and
// RType::findMethod.
//
// Invariants:
//   - valuesEqual/valueHash follow the type's structure: plain memory for
//     integers, bools, pointers, chans and unsafe.Pointer; IEEE == for floats
//     and complex numbers (+0 == -0, NaN != NaN); contents for strings;
//     dynamic type then value for interfaces; element/field-wise for arrays
//     and structs (blank `_` fields are skipped, as Go's generated eq/hash
//     functions skip them). Padding bytes are never read.
//   - Hashing agrees with equality: equal values hash equal for the same seed
//     (+0 and -0 hash as 0); every NaN hashes randomly, so NaN map keys never
//     collide on purpose.
//   - An interface whose dynamic type is not comparable panics with Go's
//     run-time errors "comparing uncomparable type T" / "hash of unhashable
//     type T" — for ==, only when both dynamic types are that same type.
//   - No recursion at all: composite values are walked with an explicit work
//     stack (see below), because interface nesting depth is chosen by the
//     program at run time, not by its types.
//   - Hash quality: a wyhash-style 64-bit mix (memhash, memhash64 in
//     gostring.h) seeded per map; the random source is per thread, seeded
//     from the OS, so orders and NaN hashes differ between runs.
#include <algorithm>
#include <cstring>
#include <random>
#include <vector>

#include "runtime/base.h"
#include "vm/gostring.h"
#include "vm/panic.h"
#include "vm/rtype.h"

namespace gomini::vm {

// ---- RType::findMethod ----

const Method* RType::findMethod(const std::string& name) const {
    auto it = std::lower_bound(methods.begin(), methods.end(), name,
                               [](const Method& m, const std::string& n) { return m.name < n; });
    if (it == methods.end() || it->name != name) return nullptr;
    return &*it;
}

// ---- random source and memhash ----

namespace {

uint64_t osRandom64() {
    std::random_device rd;
    return (uint64_t(rd()) << 32) ^ uint64_t(rd());
}

struct RandState {
    uint64_t s = osRandom64();
};
thread_local RandState tlsRand;

inline uint64_t read8(const uint8_t* p) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    return v;
}
inline uint64_t read4(const uint8_t* p) {
    uint32_t v;
    std::memcpy(&v, p, 4);
    return v;
}

}  // namespace

uint64_t fastrand64() {
    // wyrand: a Weyl sequence through the 128-bit multiply mix.
    tlsRand.s += kHashK0;
    return hashMix(tlsRand.s, tlsRand.s ^ kHashK1);
}

uint64_t memhash(const void* data, uintptr_t n, uint64_t seed) {
    const auto* p = static_cast<const uint8_t*>(data);
    uint64_t a, b;
    seed ^= hashMix(seed ^ kHashK0, kHashK1);
    if (n <= 16) {
        if (n >= 4) {
            uintptr_t q = (n >> 3) << 2;
            a = (read4(p) << 32) | read4(p + q);
            b = (read4(p + n - 4) << 32) | read4(p + n - 4 - q);
        } else if (n > 0) {
            a = (uint64_t(p[0]) << 16) | (uint64_t(p[n >> 1]) << 8) | p[n - 1];
            b = 0;
        } else {
            a = b = 0;
        }
    } else {
        uintptr_t i = n;
        if (i > 48) {
            uint64_t s1 = seed, s2 = seed;
            do {
                seed = hashMix(read8(p) ^ kHashK1, read8(p + 8) ^ seed);
                s1 = hashMix(read8(p + 16) ^ kHashK2, read8(p + 24) ^ s1);
                s2 = hashMix(read8(p + 32) ^ kHashK3, read8(p + 40) ^ s2);
                p += 48;
                i -= 48;
            } while (i > 48);
            seed ^= s1 ^ s2;
        }
        while (i > 16) {
            seed = hashMix(read8(p) ^ kHashK1, read8(p + 8) ^ seed);
            p += 16;
            i -= 16;
        }
        a = read8(p + i - 16);
        b = read8(p + i - 8);
    }
    return hashMix(kHashK1 ^ n, hashMix(a ^ kHashK1, b ^ seed));
}

// ---- equality and hashing ----
//
// Both walk the value with an explicit work stack instead of recursing: an
// interface can hold a struct holding an interface holding ... to a depth
// the program chooses at run time (x = T{x} in a loop), so recursion over
// values could overflow the C++ stack. A task is "n consecutive values of
// type t"; popping one handles the first value (leaves inline, composites by
// pushing their parts in reverse so they are visited left to right) and
// re-pushes the remaining n-1, so the stack holds O(type depth + interface
// nesting) tasks, never O(array length).

namespace {

bool isBlank(const StructField& f) { return f.name == "_"; }

bool plainMemory(Kind k) {
    switch (k) {
    case Kind::Bool: case Kind::Int: case Kind::Int8: case Kind::Int16: case Kind::Int32: case Kind::Int64:
    case Kind::Uint: case Kind::Uint8: case Kind::Uint16: case Kind::Uint32: case Kind::Uint64:
    case Kind::Uintptr: case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
        return true;
    default:
        return false;
    }
}

[[noreturn]] void uncomparable(const RType* t) { throwRuntimeError("comparing uncomparable type " + t->str); }
[[noreturn]] void unhashable(const RType* t) { throwRuntimeError("hash of unhashable type " + t->str); }

// A stack that lives in a fixed buffer until it outgrows it.
template <typename T, size_t N>
class WorkStack {
public:
    bool empty() const { return n_ == 0; }
    void push(const T& v) {
        if (n_ < N) {
            buf_[n_] = v;
        } else {
            if (n_ == N) spill_.assign(buf_, buf_ + N);
            spill_.push_back(v);
        }
        n_++;
    }
    T pop() {
        n_--;
        if (n_ < N && spill_.empty()) return buf_[n_];
        T v = spill_.back();
        spill_.pop_back();
        if (n_ == N) spill_.clear();  // back to the buffer (its first N entries are unchanged)
        return v;
    }

private:
    T buf_[N];
    std::vector<T> spill_;
    size_t n_ = 0;
};

inline const RType* dynType(const Iface& x) { return x.tab ? x.tab->type : nullptr; }

// Leaf kinds: returns 1/0 for equal/unequal, -1 if t is not a leaf.
inline int leafEqual(const RType* t, const uint8_t* pa, const uint8_t* pb) {
    switch (t->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8:
        return *pa == *pb;
    case Kind::Int16: case Kind::Uint16: {
        uint16_t x, y;
        std::memcpy(&x, pa, 2);
        std::memcpy(&y, pb, 2);
        return x == y;
    }
    case Kind::Int32: case Kind::Uint32: {
        uint32_t x, y;
        std::memcpy(&x, pa, 4);
        std::memcpy(&y, pb, 4);
        return x == y;
    }
    case Kind::Int: case Kind::Int64: case Kind::Uint: case Kind::Uint64: case Kind::Uintptr:
    case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
        return read8(pa) == read8(pb);
    case Kind::Float32: {
        float x, y;
        std::memcpy(&x, pa, 4);
        std::memcpy(&y, pb, 4);
        return x == y;
    }
    case Kind::Float64: {
        double x, y;
        std::memcpy(&x, pa, 8);
        std::memcpy(&y, pb, 8);
        return x == y;
    }
    case Kind::Complex64: {
        float x[2], y[2];
        std::memcpy(x, pa, 8);
        std::memcpy(y, pb, 8);
        return x[0] == y[0] && x[1] == y[1];
    }
    case Kind::Complex128: {
        double x[2], y[2];
        std::memcpy(x, pa, 16);
        std::memcpy(y, pb, 16);
        return x[0] == y[0] && x[1] == y[1];
    }
    case Kind::String: {
        GoString x, y;
        std::memcpy(&x, pa, sizeof x);
        std::memcpy(&y, pb, sizeof y);
        return eqstring(x, y);
    }
    case Kind::Func: case Kind::Map: case Kind::Slice:
        uncomparable(t);
    case Kind::Array: case Kind::Struct: case Kind::Interface:
        return -1;
    case Kind::Invalid:
        break;
    }
    GM_UNREACHABLE("valuesEqual: kind %d of type %s", int(t->kind), t->str.c_str());
}

uint64_t f64hash(double f, uint64_t h) {
    if (f == 0) return memhash64(0, h);  // +0 and -0
    if (f != f) return memhash64(fastrand64(), h);  // every NaN differs
    uint64_t bits;
    std::memcpy(&bits, &f, 8);
    return memhash64(bits, h);
}

uint64_t f32hash(float f, uint64_t h) {
    if (f == 0) return memhash64(0, h);
    if (f != f) return memhash64(fastrand64(), h);
    uint32_t bits;
    std::memcpy(&bits, &f, 4);
    return memhash64(bits, h);
}

// Leaf kinds: sets *h and returns true; false if t is not a leaf.
inline bool leafHash(const RType* t, const uint8_t* b, uint64_t* h) {
    switch (t->kind) {
    case Kind::Bool: case Kind::Int8: case Kind::Uint8:
        *h = memhash64(*b, *h);
        return true;
    case Kind::Int16: case Kind::Uint16: {
        uint16_t x;
        std::memcpy(&x, b, 2);
        *h = memhash64(x, *h);
        return true;
    }
    case Kind::Int32: case Kind::Uint32: {
        uint32_t x;
        std::memcpy(&x, b, 4);
        *h = memhash64(x, *h);
        return true;
    }
    case Kind::Int: case Kind::Int64: case Kind::Uint: case Kind::Uint64: case Kind::Uintptr:
    case Kind::Pointer: case Kind::Chan: case Kind::UnsafePointer:
        *h = memhash64(read8(b), *h);
        return true;
    case Kind::Float32: {
        float f;
        std::memcpy(&f, b, 4);
        *h = f32hash(f, *h);
        return true;
    }
    case Kind::Float64: {
        double f;
        std::memcpy(&f, b, 8);
        *h = f64hash(f, *h);
        return true;
    }
    case Kind::Complex64: {
        float x[2];
        std::memcpy(x, b, 8);
        *h = f32hash(x[1], f32hash(x[0], *h));
        return true;
    }
    case Kind::Complex128: {
        double x[2];
        std::memcpy(x, b, 16);
        *h = f64hash(x[1], f64hash(x[0], *h));
        return true;
    }
    case Kind::String: {
        GoString s;
        std::memcpy(&s, b, sizeof s);
        *h = strhash(s, *h);
        return true;
    }
    case Kind::Func: case Kind::Map: case Kind::Slice:
        unhashable(t);
    case Kind::Array: case Kind::Struct: case Kind::Interface:
        return false;
    case Kind::Invalid:
        break;
    }
    GM_UNREACHABLE("valueHash: kind %d of type %s", int(t->kind), t->str.c_str());
}

struct EqTask {
    const RType* t;
    const uint8_t* a;
    const uint8_t* b;
    int64_t n;  // consecutive values of t (stride t->size)
};

// hashing tasks: t == nullptr is the "interface done" marker (h = mix(h, K3))
struct HashTask {
    const RType* t;
    const uint8_t* p;
    int64_t n;
};

}  // namespace

bool valuesEqual(const RType* t, const void* a, const void* b) {
    const auto* pa = static_cast<const uint8_t*>(a);
    const auto* pb = static_cast<const uint8_t*>(b);
    int r = leafEqual(t, pa, pb);
    if (r >= 0) return r == 1;
    WorkStack<EqTask, 32> stack;
    stack.push({t, pa, pb, 1});
    while (!stack.empty()) {
        EqTask k = stack.pop();
        if (k.n > 1) stack.push({k.t, k.a + k.t->size, k.b + k.t->size, k.n - 1});
        r = leafEqual(k.t, k.a, k.b);
        if (r == 0) return false;
        if (r == 1) continue;
        switch (k.t->kind) {
        case Kind::Array: {
            // Element by element, the first mismatch decides (Go panics on
            // [2]any{[]int{1}, 1} == [2]any{[]int{1}, "x"}: the uncomparable
            // element comes first).
            const RType* e = k.t->elem;
            if (k.t->len == 0 || e->size == 0) break;
            if (plainMemory(e->kind)) {
                if (std::memcmp(k.a, k.b, size_t(k.t->len) * e->size) != 0) return false;
                break;
            }
            stack.push({e, k.a, k.b, k.t->len});
            break;
        }
        case Kind::Struct: {
            // Fields in order (pushed in reverse); blank fields are skipped.
            const auto& fs = k.t->fields;
            for (size_t i = fs.size(); i-- > 0;) {
                if (isBlank(fs[i]) || fs[i].type->size == 0) continue;
                stack.push({fs[i].type, k.a + fs[i].offset, k.b + fs[i].offset, 1});
            }
            break;
        }
        case Kind::Interface: {
            Iface x, y;
            std::memcpy(&x, k.a, sizeof x);
            std::memcpy(&y, k.b, sizeof y);
            const RType* tx = dynType(x);
            if (tx != dynType(y)) return false;
            if (tx == nullptr) break;
            if (!tx->comparable) uncomparable(tx);
            if (tx->pointerShaped) {
                if (x.data != y.data) return false;
                break;
            }
            stack.push({tx, static_cast<const uint8_t*>(x.data), static_cast<const uint8_t*>(y.data), 1});
            break;
        }
        default:
            GM_UNREACHABLE("valuesEqual: kind %d of type %s", int(k.t->kind), k.t->str.c_str());
        }
    }
    return true;
}

uint64_t valueHash(const RType* t, const void* p, uint64_t seed) {
    const auto* b = static_cast<const uint8_t*>(p);
    uint64_t h = seed;
    if (leafHash(t, b, &h)) return h;
    // Composite values hash as a fold over their leaves in order; an interface
    // folds its dynamic value from h ^ K2 and finishes with a mix.
    WorkStack<HashTask, 32> stack;
    stack.push({t, b, 1});
    while (!stack.empty()) {
        HashTask k = stack.pop();
        if (k.t == nullptr) {
            h = hashMix(h, kHashK3);
            continue;
        }
        if (k.n > 1) stack.push({k.t, k.p + k.t->size, k.n - 1});
        if (leafHash(k.t, k.p, &h)) continue;
        switch (k.t->kind) {
        case Kind::Array: {
            const RType* e = k.t->elem;
            if (k.t->len == 0 || e->size == 0) break;
            if (plainMemory(e->kind)) {
                h = memhash(k.p, uintptr_t(k.t->len) * e->size, h);
                break;
            }
            stack.push({e, k.p, k.t->len});
            break;
        }
        case Kind::Struct: {
            const auto& fs = k.t->fields;
            for (size_t i = fs.size(); i-- > 0;) {
                if (isBlank(fs[i]) || fs[i].type->size == 0) continue;
                stack.push({fs[i].type, k.p + fs[i].offset, 1});
            }
            break;
        }
        case Kind::Interface: {
            Iface x;
            std::memcpy(&x, k.p, sizeof x);
            const RType* dt = dynType(x);
            if (dt == nullptr) break;  // nil interface: h unchanged
            if (!dt->comparable) unhashable(dt);
            h ^= kHashK2;
            if (dt->pointerShaped) {
                h = hashMix(memhash64(reinterpret_cast<uintptr_t>(x.data), h), kHashK3);
                break;
            }
            stack.push({nullptr, nullptr, 1});  // runs after the dynamic value
            stack.push({dt, static_cast<const uint8_t*>(x.data), 1});
            break;
        }
        default:
            GM_UNREACHABLE("valueHash: kind %d of type %s", int(k.t->kind), k.t->str.c_str());
        }
    }
    return h;
}

}  // namespace gomini::vm
