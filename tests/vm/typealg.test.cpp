// Tests for vm/typealg.cpp: valuesEqual / valueHash over hand-built RTypes,
// with the panics real Go raises (go1.19: "comparing uncomparable type []int",
// "hash of unhashable type []int"), and RType::findMethod.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <limits>
#include <string>
#include <vector>

#include "vm/gostring.h"
#include "vm/panic.h"
#include "vm/rtype.h"

using namespace gomini::vm;

namespace {

const uint8_t kBits1[] = {1};
const uint8_t kBits3[] = {3};

RType prim(Kind k, uint32_t size, const char* str) {
    RType t;
    t.kind = k;
    t.size = size;
    t.align = size;
    t.gc.size = size;
    t.gc.align = size;
    t.str = str;
    t.comparable = true;
    return t;
}

struct Types {
    RType i64 = prim(Kind::Int, 8, "int");
    RType i32 = prim(Kind::Int32, 4, "int32");
    RType f64 = prim(Kind::Float64, 8, "float64");
    RType f32 = prim(Kind::Float32, 4, "float32");
    RType c128 = prim(Kind::Complex128, 16, "complex128");
    RType str = prim(Kind::String, 16, "string");
    RType any = prim(Kind::Interface, 16, "interface {}");
    RType sliceInt = prim(Kind::Slice, 24, "[]int");
    RType mapT = prim(Kind::Map, 8, "map[int]int");
    RType blankStruct;  // struct{ a int32; _ int32; s string }
    RType arrStr;       // [3]string
    RType arrAny;       // [2]interface{}
    Itab intTab, strTab, sliceTab, f64Tab;
    Types() {
        str.gc.ptrdata = 8;
        str.gc.gcdata = kBits1;
        any.gc.ptrdata = 16;
        any.gc.gcdata = kBits3;
        sliceInt.comparable = false;
        sliceInt.elem = &i64;
        sliceInt.align = 8;
        mapT.comparable = false;
        mapT.pointerShaped = true;

        blankStruct.kind = Kind::Struct;
        blankStruct.size = 24;
        blankStruct.align = 8;
        blankStruct.comparable = true;
        blankStruct.str = "struct { a int32; _ int32; s string }";
        blankStruct.fields = {{"a", &i32, 0}, {"_", &i32, 4}, {"s", &str, 8}};

        arrStr.kind = Kind::Array;
        arrStr.size = 48;
        arrStr.align = 8;
        arrStr.len = 3;
        arrStr.elem = &str;
        arrStr.comparable = true;
        arrStr.str = "[3]string";

        arrAny.kind = Kind::Array;
        arrAny.size = 32;
        arrAny.align = 8;
        arrAny.len = 2;
        arrAny.elem = &any;
        arrAny.comparable = true;
        arrAny.str = "[2]interface {}";

        intTab.inter = strTab.inter = sliceTab.inter = f64Tab.inter = &any;
        intTab.type = &i64;
        strTab.type = &str;
        sliceTab.type = &sliceInt;
        f64Tab.type = &f64;
    }
};

GoString gs(const char* s) { return GoString{reinterpret_cast<const uint8_t*>(s), int64_t(std::strlen(s))}; }

std::string panicMessage(auto&& f) {
    try {
        f();
    } catch (const RuntimePanic& p) {
        return p.msg;
    }
    return "<no panic>";
}

}  // namespace

TEST_CASE("typealg: integers, strings and complex compare and hash by value") {
    Types T;
    int64_t a = 42, b = 42, c = 43;
    CHECK(valuesEqual(&T.i64, &a, &b));
    CHECK_FALSE(valuesEqual(&T.i64, &a, &c));
    CHECK(valueHash(&T.i64, &a, 7) == valueHash(&T.i64, &b, 7));
    CHECK(valueHash(&T.i64, &a, 7) != valueHash(&T.i64, &c, 7));
    CHECK(valueHash(&T.i64, &a, 7) != valueHash(&T.i64, &a, 8));  // the seed matters

    // Strings compare by content, not by pointer.
    std::string s1 = "hello, world", s2 = "hello, world";
    GoString x{reinterpret_cast<const uint8_t*>(s1.data()), int64_t(s1.size())};
    GoString y{reinterpret_cast<const uint8_t*>(s2.data()), int64_t(s2.size())};
    GoString z = gs("hello, worle");
    CHECK(x.ptr != y.ptr);
    CHECK(valuesEqual(&T.str, &x, &y));
    CHECK_FALSE(valuesEqual(&T.str, &x, &z));
    CHECK(valueHash(&T.str, &x, 1) == valueHash(&T.str, &y, 1));
    CHECK(valueHash(&T.str, &x, 1) != valueHash(&T.str, &z, 1));

    double c1[2] = {1.0, -0.0}, c2[2] = {1.0, 0.0}, c3[2] = {1.0, 1.0};
    CHECK(valuesEqual(&T.c128, c1, c2));
    CHECK_FALSE(valuesEqual(&T.c128, c1, c3));
    CHECK(valueHash(&T.c128, c1, 3) == valueHash(&T.c128, c2, 3));
}

TEST_CASE("typealg: +0 == -0 with equal hashes; NaN != NaN and hashes randomly") {
    Types T;
    double pz = 0.0, nz = -0.0, nan = std::numeric_limits<double>::quiet_NaN();
    CHECK(std::signbit(nz));
    CHECK(valuesEqual(&T.f64, &pz, &nz));
    CHECK(valueHash(&T.f64, &pz, 99) == valueHash(&T.f64, &nz, 99));
    CHECK_FALSE(valuesEqual(&T.f64, &nan, &nan));
    CHECK(valueHash(&T.f64, &nan, 99) != valueHash(&T.f64, &nan, 99));
    float fz = 0.0f, fnz = -0.0f, fnan = std::numeric_limits<float>::quiet_NaN();
    CHECK(valuesEqual(&T.f32, &fz, &fnz));
    CHECK(valueHash(&T.f32, &fz, 5) == valueHash(&T.f32, &fnz, 5));
    CHECK_FALSE(valuesEqual(&T.f32, &fnan, &fnan));
}

TEST_CASE("typealg: interfaces compare dynamic type, then value") {
    Types T;
    int64_t one = 1, one2 = 1, two = 2;
    GoString hi = gs("hi");
    Iface a{&T.intTab, &one}, b{&T.intTab, &one2}, c{&T.intTab, &two}, d{&T.strTab, &hi}, nil{nullptr, nullptr};
    CHECK(valuesEqual(&T.any, &a, &b));
    CHECK(valueHash(&T.any, &a, 11) == valueHash(&T.any, &b, 11));
    CHECK_FALSE(valuesEqual(&T.any, &a, &c));
    CHECK_FALSE(valuesEqual(&T.any, &a, &d));
    CHECK_FALSE(valuesEqual(&T.any, &a, &nil));
    CHECK(valuesEqual(&T.any, &nil, &nil));
    // The same dynamic value under two different types is not equal.
    double f1 = 1.0;
    Iface e{&T.f64Tab, &f1};
    CHECK_FALSE(valuesEqual(&T.any, &a, &e));
}

TEST_CASE("typealg: uncomparable dynamic types panic with Go's messages") {
    Types T;
    GoSlice s1{nullptr, 0, 0}, s2{nullptr, 0, 0};
    int64_t one = 1;
    Iface a{&T.sliceTab, &s1}, b{&T.sliceTab, &s2}, i{&T.intTab, &one};
    CHECK(panicMessage([&] { valuesEqual(&T.any, &a, &b); }) == "comparing uncomparable type []int");
    CHECK(panicMessage([&] { valueHash(&T.any, &a, 0); }) == "hash of unhashable type []int");
    // Different dynamic types: false, no panic (Go: []int{} == 1 via any is false).
    CHECK(panicMessage([&] { CHECK_FALSE(valuesEqual(&T.any, &a, &i)); }) == "<no panic>");
    // Go 1.19 panics on [2]any{[]int{1}, 1} == [2]any{[]int{1}, "x"}: elements in order.
    GoString x = gs("x");
    Iface arr1[2] = {a, i}, arr2[2] = {b, Iface{&T.strTab, &x}};
    CHECK(panicMessage([&] { valuesEqual(&T.arrAny, arr1, arr2); }) == "comparing uncomparable type []int");
    // A map-typed dynamic value (pointer-shaped).
    Itab mapTab{&T.any, &T.mapT, 0, {}};
    Iface m1{&mapTab, reinterpret_cast<void*>(0x1000)}, m2{&mapTab, reinterpret_cast<void*>(0x1000)};
    CHECK(panicMessage([&] { valuesEqual(&T.any, &m1, &m2); }) == "comparing uncomparable type map[int]int");
}

TEST_CASE("typealg: structs skip blank fields and padding; arrays element-wise") {
    Types T;
    struct S {
        int32_t a;
        int32_t blank;
        GoString s;
    };
    std::string h1 = "abc", h2 = "abc";
    S x{1, 100, GoString{reinterpret_cast<const uint8_t*>(h1.data()), 3}};
    S y{1, 200, GoString{reinterpret_cast<const uint8_t*>(h2.data()), 3}};
    CHECK(valuesEqual(&T.blankStruct, &x, &y));
    CHECK(valueHash(&T.blankStruct, &x, 4) == valueHash(&T.blankStruct, &y, 4));
    y.a = 2;
    CHECK_FALSE(valuesEqual(&T.blankStruct, &x, &y));
    CHECK(valueHash(&T.blankStruct, &x, 4) != valueHash(&T.blankStruct, &y, 4));

    GoString a1[3] = {gs("a"), gs("b"), gs("c")}, a2[3] = {gs("a"), gs("b"), gs("c")}, a3[3] = {gs("a"), gs("b"),
                                                                                                   gs("d")};
    CHECK(valuesEqual(&T.arrStr, a1, a2));
    CHECK_FALSE(valuesEqual(&T.arrStr, a1, a3));
    CHECK(valueHash(&T.arrStr, a1, 0) == valueHash(&T.arrStr, a2, 0));
    CHECK(valueHash(&T.arrStr, a1, 0) != valueHash(&T.arrStr, a3, 0));
}

TEST_CASE("typealg: memhash spreads keys (no collisions among 200k small ints and strings)") {
    std::vector<uint64_t> hs;
    for (uint64_t i = 0; i < 100000; i++) hs.push_back(memhash64(i, 12345));
    for (int i = 0; i < 100000; i++) {
        std::string s = "key" + std::to_string(i);
        hs.push_back(memhash(s.data(), s.size(), 12345));
    }
    std::sort(hs.begin(), hs.end());
    CHECK(std::adjacent_find(hs.begin(), hs.end()) == hs.end());
    // The top byte (tophash) and low bits (bucket) both vary.
    int topCounts[256] = {};
    for (uint64_t i = 0; i < 25600; i++) topCounts[memhash64(i, 1) >> 56]++;
    for (int c : topCounts) CHECK(c > 50);
    CHECK(memhash("", 0, 1) != memhash("", 0, 2));
}

TEST_CASE("typealg: findMethod binary-searches the sorted method table") {
    RType t;
    for (const char* n : {"Close", "Error", "Read", "String", "Write", "unexported"}) {
        Method m;
        m.name = n;
        t.methods.push_back(m);
    }
    REQUIRE(t.findMethod("String") != nullptr);
    CHECK(t.findMethod("String")->name == "String");
    CHECK(t.findMethod("Close") == &t.methods[0]);
    CHECK(t.findMethod("unexported") == &t.methods[5]);
    CHECK(t.findMethod("Str") == nullptr);
    CHECK(t.findMethod("Zzz") == nullptr);
    CHECK(t.findMethod("") == nullptr);
    RType empty;
    CHECK(empty.findMethod("String") == nullptr);
}

TEST_CASE("typealg: deep interface nesting (x = L{x} a million times) does not recurse on the C++ stack") {
    Types T;
    // type L struct{ next any; n int }
    RType L;
    L.kind = Kind::Struct;
    L.size = 24;
    L.align = 8;
    L.comparable = true;
    L.str = "main.L";
    L.fields = {{"next", &T.any, 0}, {"n", &T.i64, 16}};
    Itab lTab{&T.any, &L, 0, {}};
    struct LV {
        Iface next;
        int64_t n;
    };
    const int depth = 1000000;
    std::vector<LV> a(depth), b(depth);
    for (int i = 0; i < depth; i++) {
        a[i].next = i + 1 < depth ? Iface{&lTab, &a[i + 1]} : Iface{nullptr, nullptr};
        b[i].next = i + 1 < depth ? Iface{&lTab, &b[i + 1]} : Iface{nullptr, nullptr};
        a[i].n = b[i].n = i;
    }
    CHECK(valuesEqual(&L, &a[0], &b[0]));
    CHECK(valueHash(&L, &a[0], 9) == valueHash(&L, &b[0], 9));
    b[depth - 1].n = -1;  // differ only at the bottom
    CHECK_FALSE(valuesEqual(&L, &a[0], &b[0]));
    CHECK(valueHash(&L, &a[0], 9) != valueHash(&L, &b[0], 9));
    // An uncomparable value at the bottom panics with its type.
    GoSlice s{nullptr, 0, 0};
    a[depth - 1].next = Iface{&T.sliceTab, &s};
    b[depth - 1].next = Iface{&T.sliceTab, &s};
    b[depth - 1].n = depth - 1;
    CHECK(panicMessage([&] { valuesEqual(&L, &a[0], &b[0]); }) == "comparing uncomparable type []int");
    CHECK(panicMessage([&] { valueHash(&L, &a[0], 0); }) == "hash of unhashable type []int");
}

TEST_CASE("typealg: large arrays of composites use bounded work space") {
    Types T;
    // [100000]struct{ a int32; _ int32; s string } compared and hashed element-wise.
    RType arr;
    arr.kind = Kind::Array;
    arr.len = 100000;
    arr.elem = &T.blankStruct;
    arr.size = uint32_t(arr.len * 24);
    arr.align = 8;
    arr.comparable = true;
    arr.str = "[100000]struct { a int32; _ int32; s string }";
    struct S {
        int32_t a, blank;
        GoString s;
    };
    std::vector<S> x(100000), y(100000);
    for (int i = 0; i < 100000; i++) {
        x[i] = {i, 1, gs("v")};
        y[i] = {i, 2, gs("v")};
    }
    CHECK(valuesEqual(&arr, x.data(), y.data()));
    CHECK(valueHash(&arr, x.data(), 1) == valueHash(&arr, y.data(), 1));
    y[99999].s = gs("w");
    CHECK_FALSE(valuesEqual(&arr, x.data(), y.data()));
}
