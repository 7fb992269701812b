// Tests for vm/slice.cpp. The capacity sequences were measured with real Go
// 1.19 (linux/amd64) by appending one element at a time and printing cap()
// whenever it changed; the panics are Go's recover() values.
#include <doctest/doctest.h>

#include <cstring>
#include <string>
#include <vector>

#include "runtime/mgc.h"
#include "vm/gostring.h"
#include "vm/panic.h"
#include "vm/rtype.h"
#include "vm/slice.h"

using namespace gomini::vm;

namespace {

const uint8_t kBits1[] = {1};

RType elemType(Kind k, uint32_t size, uint32_t align, const char* str, uintptr_t ptrdata = 0) {
    RType t;
    t.kind = k;
    t.size = size;
    t.align = align;
    t.gc.size = size;
    t.gc.align = align;
    t.gc.ptrdata = ptrdata;
    t.gc.gcdata = ptrdata ? kBits1 : nullptr;
    t.str = str;
    return t;
}

// Appends n zero elements one at a time, as `s = append(s, x)` does, and
// returns every new capacity.
std::vector<int64_t> capSequence(const RType* elem, int n) {
    std::vector<int64_t> caps;
    GoSlice s{nullptr, 0, 0};
    for (int i = 0; i < n; i++) {
        if (s.len == s.cap) {
            s = growslice(elem, s, s.len + 1);
            caps.push_back(s.cap);
        }
        std::memset(static_cast<uint8_t*>(s.ptr) + s.len * elem->size, 0, elem->size);
        s.len++;
    }
    return caps;
}

std::string panicMessage(auto&& f) {
    try {
        f();
    } catch (const RuntimePanic& p) {
        return p.msg;
    }
    return "<no panic>";
}

}  // namespace

TEST_CASE("growslice: capacity sequences equal Go 1.19's") {
    RType i64 = elemType(Kind::Int, 8, 8, "int");
    RType u8 = elemType(Kind::Uint8, 1, 1, "uint8");
    RType i32 = elemType(Kind::Int32, 4, 4, "int32");
    RType s24 = elemType(Kind::Struct, 24, 8, "main.S");
    RType str = elemType(Kind::String, 16, 8, "string", 8);
    RType b5 = elemType(Kind::Array, 5, 1, "[5]uint8");
    CHECK(capSequence(&i64, 5000) ==
          std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3408, 5120});
    CHECK(capSequence(&u8, 5000) ==
          std::vector<int64_t>{8, 16, 32, 64, 128, 256, 512, 896, 1408, 2048, 3072, 4096, 5376});
    CHECK(capSequence(&s24, 3000) ==
          std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 853, 1365, 2048, 3072});
    CHECK(capSequence(&str, 3000) ==
          std::vector<int64_t>{1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 848, 1280, 1792, 2560, 3584});
    CHECK(capSequence(&b5, 3000) ==
          std::vector<int64_t>{1, 3, 6, 12, 25, 51, 102, 204, 409, 819, 1228, 1894, 2713, 3686});
    CHECK(capSequence(&i32, 3000) ==
          std::vector<int64_t>{2, 4, 8, 16, 32, 64, 128, 256, 512, 864, 1344, 2048, 3072});
}

TEST_CASE("growslice: multi-element appends, contents copied, tail zeroed") {
    RType i64 = elemType(Kind::Int, 8, 8, "int");
    RType s24 = elemType(Kind::Struct, 24, 8, "main.S");
    // append([]int{1,2,3}, 4,5,6,7,8) → cap 8 (Go)
    int64_t init[3] = {1, 2, 3};
    GoSlice s{init, 3, 3};
    GoSlice g = growslice(&i64, s, 8);
    CHECK(g.len == 3);
    CHECK(g.cap == 8);
    CHECK(g.ptr != init);
    auto* p = static_cast<int64_t*>(g.ptr);
    CHECK(p[0] == 1);
    CHECK(p[2] == 3);
    for (int i = 3; i < 8; i++) CHECK(p[i] == 0);
    // append(make([]S, 300), make([]S, 100)...) → cap 597 (Go)
    GoSlice m = makeslice(&s24, 300, 300);
    CHECK(growslice(&s24, m, 400).cap == 597);
    // s := make([]int, 1000); append(s, 1) → 1536; make([]int, 5, 5) + 20 → 26
    CHECK(growslice(&i64, makeslice(&i64, 1000, 1000), 1001).cap == 1536);
    CHECK(growslice(&i64, makeslice(&i64, 5, 5), 25).cap == 26);
    // Zero-sized elements never allocate.
    RType empty = elemType(Kind::Struct, 0, 1, "struct {}");
    GoSlice z = growslice(&empty, GoSlice{nullptr, 0, 0}, 10);
    CHECK(z.ptr != nullptr);
    CHECK(z.cap == 10);
    CHECK(panicMessage([&] { growslice(&i64, GoSlice{nullptr, 0, 5}, 4); }) == "growslice: cap out of range");
    CHECK(panicMessage([&] { growslice(&i64, GoSlice{nullptr, 0, 0}, int64_t(1) << 62); }) ==
          "growslice: cap out of range");
}

TEST_CASE("growslice: pointer-carrying elements go through the typed path") {
    RType str = elemType(Kind::String, 16, 8, "string", 8);
    const char* words[] = {"a", "bb", "ccc"};
    GoSlice s{nullptr, 0, 0};
    for (int i = 0; i < 1000; i++) {
        if (s.len == s.cap) s = growslice(&str, s, s.len + 1);
        auto* e = static_cast<GoString*>(s.ptr) + s.len;
        e->ptr = reinterpret_cast<const uint8_t*>(words[i % 3]);
        e->len = i % 3 + 1;
        s.len++;
    }
    auto* e = static_cast<GoString*>(s.ptr);
    for (int i = 0; i < 1000; i++) CHECK(e[i].len == i % 3 + 1);
}

TEST_CASE("makeslice: zeroed, and Go's panics") {
    RType i64 = elemType(Kind::Int, 8, 8, "int");
    GoSlice s = makeslice(&i64, 10, 20);
    CHECK(s.len == 10);
    CHECK(s.cap == 20);
    for (int i = 0; i < 20; i++) CHECK(static_cast<int64_t*>(s.ptr)[i] == 0);
    CHECK(makeslice(&i64, 0, 0).ptr != nullptr);  // make([]int, 0) is not nil
    int64_t big = int64_t(1) << 62;
    // The Go results (recover() values, minus "runtime error: "):
    CHECK(panicMessage([&] { makeslice(&i64, -1, -1); }) == "makeslice: len out of range");   // make([]int, n)
    CHECK(panicMessage([&] { makeslice(&i64, 1, -1); }) == "makeslice: cap out of range");    // make([]int, 1, n)
    CHECK(panicMessage([&] { makeslice(&i64, 2, 1); }) == "makeslice: cap out of range");     // len > cap
    CHECK(panicMessage([&] { makeslice(&i64, big, big); }) == "makeslice: len out of range");
    CHECK(panicMessage([&] { makeslice(&i64, 1, big); }) == "makeslice: cap out of range");
}

TEST_CASE("slicecopy: min length, overlapping ranges") {
    int64_t a[6] = {1, 2, 3, 4, 5, 6};
    CHECK(slicecopy(a + 1, 5, a, 6, 8) == 5);  // copy(a[1:], a)
    CHECK(a[0] == 1);
    CHECK(a[1] == 1);
    CHECK(a[5] == 5);
    int64_t b[3] = {0, 0, 0};
    CHECK(slicecopy(b, 3, a, 2, 8) == 2);
    CHECK(b[1] == 1);
    CHECK(b[2] == 0);
    CHECK(slicecopy(nullptr, 0, a, 6, 8) == 0);
    uint8_t bytes[5] = {1, 2, 3, 4, 5};
    CHECK(slicecopy(bytes, 5, bytes + 2, 3, 1) == 3);  // copy(b, b[2:])
    CHECK(bytes[0] == 3);
    CHECK(bytes[2] == 5);
    CHECK(bytes[3] == 4);
}

namespace {
void* gSliceRoot = nullptr;
void scanSliceRoot(gomini::rt::GcWork& w, void*) { gomini::rt::markRoot(w, gSliceRoot); }
}  // namespace

TEST_CASE("growslice: the new backing array is scanned with the element's TypeDesc") {
    RType str = elemType(Kind::String, 16, 8, "string", 8);
    void* oldCtx = nullptr;
    gomini::rt::RootScanner oldFn = gomini::rt::rootScanner(&oldCtx);
    gomini::rt::setRootScanner(scanSliceRoot, nullptr);
    GoSlice s{nullptr, 0, 0};
    for (int i = 0; i < 3000; i++) {
        if (s.len == s.cap) {
            s = growslice(&str, s, s.len + 1);
            gSliceRoot = s.ptr;  // the slice header lives in a "frame": our root
        }
        GoString v = slicebytetostring(reinterpret_cast<const uint8_t*>("element-number-xxxxxxxx"), 23);
        auto* e = static_cast<GoString*>(s.ptr) + s.len;
        *e = v;
        const_cast<uint8_t*>(v.ptr)[15] = uint8_t('0' + i % 10);  // tag it (we own the fresh bytes)
        s.len++;
    }
    gomini::rt::gcCollect(gomini::rt::gcReason::forced);
    gomini::rt::setRootScanner(oldFn, oldCtx);
    // Reuse whatever was freed; a wrongly freed element string would be overwritten.
    for (int i = 0; i < 20000; i++) {
        uint8_t* b = nullptr;
        rawstring(23, &b);
        std::memset(b, '#', 23);
    }
    auto* e = static_cast<GoString*>(s.ptr);
    for (int i = 0; i < 3000; i++) {
        REQUIRE(e[i].len == 23);
        REQUIRE(e[i].ptr[0] == 'e');
        REQUIRE(e[i].ptr[15] == uint8_t('0' + i % 10));
    }
}
