// fmt.test.cpp — the native printer (stdlib/natives/fmt_print.cpp) against
// real Go: every case below was printed by Go 1.19's fmt on the same values
// (generated; see the World below for the values and their types), through a
// fake NativeCtx over malloc'd memory and hand-built RTypes. Methods
// (St.String, (*E).Error) are C++ lambdas the fake dispatches by name.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <stdexcept>
#include <functional>
#include <limits>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "stdlib/natives.h"
#include "vm/map.h"
#include "vm/native.h"
#include "vm/rtype.h"

namespace {
// The fake NativeCtx's "heap": blocks stay reachable from this list for the
// test binary's life, as Go heap objects would until a collection, so the
// leak checker does not report them.
std::vector<void*>& keptBlocks() {
    static auto* blocks = new std::vector<void*>();
    return *blocks;
}
void* keptMalloc(size_t n) { return keptBlocks().emplace_back(std::malloc(n)); }
void* keptCalloc(size_t n, size_t size) { return keptBlocks().emplace_back(std::calloc(n, size)); }
}  // namespace


using namespace gomini;
using namespace gomini::vm;
using namespace std::string_literals;

namespace {

const uint8_t kBits1[] = {1};
const uint8_t kBits3[] = {3};

struct FakePanic {
    Iface v;
    std::string msg;
};

class FakeCtx : public NativeCtx {
public:
    using MethodFn = std::function<void(const Iface& recv, const uint64_t* args, uint64_t* res)>;
    std::map<std::pair<const RType*, std::string>, MethodFn> methods;
    std::map<std::string, const RType*> types;
    std::map<std::pair<const RType*, const RType*>, std::unique_ptr<Itab>> itabs;
    const RType* anyType = nullptr;
    std::vector<std::string> argv{"prog"};

    const Itab* itab(const RType* inter, const RType* t) {
        auto& p = itabs[{inter, t}];
        if (!p) {
            p = std::make_unique<Itab>();
            p->inter = inter;
            p->type = t;
        }
        return p.get();
    }
    GoString newString(std::string_view s) override {
        if (s.empty()) return {nullptr, 0};
        auto* p = static_cast<uint8_t*>(keptMalloc(s.size()));
        std::memcpy(p, s.data(), s.size());
        return {p, static_cast<int64_t>(s.size())};
    }
    void* alloc(const RType* t) override { return keptCalloc(1, t->size ? t->size : 1); }
    void* allocArray(const RType* e, int64_t n) override { return keptCalloc(n ? n : 1, e->size ? e->size : 1); }
    Iface box(const RType* iface, const RType* t, const void* src) override {
        const Itab* tab = itab(iface ? iface : anyType, t);
        void* data;
        if (t->pointerShaped) {
            std::memcpy(&data, src, 8);
        } else {
            data = keptMalloc(t->size ? t->size : 1);
            std::memcpy(data, src, t->size);
        }
        return {tab, data};
    }
    void keepAlive(void*) override {}
    const RType* typeByName(std::string_view s) override {
        auto it = types.find(std::string(s));
        return it == types.end() ? nullptr : it->second;
    }
    void call(void*, const uint64_t*, int, uint64_t*, int) override { throw std::logic_error("call"); }
    bool callMethod(const Iface& v, std::string_view name, const uint64_t* args, int, uint64_t* res, int) override {
        auto it = methods.find({v.tab->type, std::string(name)});
        if (it == methods.end()) return false;
        it->second(v, args, res);
        return true;
    }
    int callMethodRecover(const Iface& v, std::string_view name, const uint64_t* args, int na, uint64_t* res, int nr,
                          Iface* pv) override {
        try {
            return callMethod(v, name, args, na, res, nr) ? 0 : -1;
        } catch (const FakePanic& p) {
            *pv = p.v;
            return 1;
        }
    }
    [[noreturn]] void panicValue(const Iface& v) override { throw FakePanic{v, ""}; }
    [[noreturn]] void runtimeError(std::string_view m) override { throw FakePanic{{nullptr, nullptr}, std::string(m)}; }
    [[noreturn]] void panicString(std::string_view m) override { throw FakePanic{{nullptr, nullptr}, std::string(m)}; }
    [[noreturn]] void exit(int) override { throw std::logic_error("exit"); }
    const std::vector<std::string>& args() override { return argv; }
};

// Types and values of the generated cases (the Go program declared the same).
struct World {
    FakeCtx ctx;
    std::vector<std::unique_ptr<RType>> owned;

    RType* mk(Kind k, uint32_t size, std::string str, uintptr_t ptrdata = 0, const uint8_t* bits = nullptr) {
        auto t = std::make_unique<RType>();
        t->kind = k;
        t->size = size;
        t->align = size >= 8 ? 8 : (size == 0 ? 1 : size);
        t->gc.size = size;
        t->gc.align = t->align;
        t->gc.ptrdata = ptrdata;
        t->gc.gcdata = bits;
        t->str = std::move(str);
        t->comparable = true;
        t->pointerShaped = k == Kind::Pointer || k == Kind::Map || k == Kind::Chan || k == Kind::Func ||
                           k == Kind::UnsafePointer;
        RType* r = t.get();
        owned.push_back(std::move(t));
        ctx.types[r->str] = r;
        return r;
    }
    RType* named(RType* t, std::string name) {
        t->named = true;
        t->pkgPath = "main";
        t->name = std::move(name);
        return t;
    }
    RType *tInt, *tInt8, *tInt32, *tUint8, *tUint64, *tF64, *tF32, *tC128, *tBool, *tStr, *tBytes, *tT, *tPT, *tInts,
        *tArr3s, *tSt, *tE, *tPE, *tAny, *tAnys, *tInner, *tMyInt, *tMSI, *tMIS, *tBa, *tStringFn;

    struct Values {
        Iface i, neg, i8, u8, u64, f, f2, f3, f4, f5, f32, nan, ninf, z, negz, c, b, s, su, r, bs, t, pt, sl, nsl, arr,
            st, pe, nilv, anys, in, mi, m1, m2, nm, np, ba, w, mneg;
    } V;

    template <class T>
    Iface boxv(const RType* t, T v) {
        static_assert(std::is_trivially_copyable_v<T>);
        return ctx.box(nullptr, t, &v);
    }
    GoString gs(std::string_view s) { return ctx.newString(s); }

    World() {
        tAny = mk(Kind::Interface, 16, "interface {}", 16, kBits3);
        ctx.anyType = tAny;
        tInt = mk(Kind::Int, 8, "int");
        tInt8 = mk(Kind::Int8, 1, "int8");
        tInt32 = mk(Kind::Int32, 4, "int32");
        tUint8 = mk(Kind::Uint8, 1, "uint8");
        tUint64 = mk(Kind::Uint64, 8, "uint64");
        tF64 = mk(Kind::Float64, 8, "float64");
        tF32 = mk(Kind::Float32, 4, "float32");
        tC128 = mk(Kind::Complex128, 16, "complex128");
        tBool = mk(Kind::Bool, 1, "bool");
        tStr = mk(Kind::String, 16, "string", 8, kBits1);
        tBytes = mk(Kind::Slice, 24, "[]uint8", 8, kBits1);
        tBytes->elem = tUint8;
        tBytes->comparable = false;
        tT = named(mk(Kind::Struct, 24, "main.T", 16, kBits3 /* approx */), "T");
        tT->fields = {{"A", tInt, 0, false, true}, {"B", tStr, 8, false, true}};
        tPT = mk(Kind::Pointer, 8, "*main.T", 8, kBits1);
        tPT->elem = tT;
        tInts = mk(Kind::Slice, 24, "[]int", 8, kBits1);
        tInts->elem = tInt;
        tInts->comparable = false;
        tArr3s = mk(Kind::Array, 48, "[3]string", 40, kBits1);
        tArr3s->elem = tStr;
        tArr3s->len = 3;
        tStringFn = mk(Kind::Func, 8, "func() string", 8, kBits1);
        tStringFn->out = {tStr};
        tSt = named(mk(Kind::Int, 8, "main.St"), "St");
        tSt->methods = {Method{"String", "", tStringFn, nullptr}};
        tE = named(mk(Kind::Struct, 16, "main.E", 8, kBits1), "E");
        tE->fields = {{"msg", tStr, 0, false, false}};
        tPE = mk(Kind::Pointer, 8, "*main.E", 8, kBits1);
        tPE->elem = tE;
        tPE->methods = {Method{"Error", "", tStringFn, nullptr}};
        tAnys = mk(Kind::Slice, 24, "[]interface {}", 8, kBits1);
        tAnys->elem = tAny;
        tInner = named(mk(Kind::Struct, 24, "main.inner"), "inner");
        tInner->fields = {{"a", tInt, 0, false, false}, {"s", tSt, 8, false, false}, {"B", tSt, 16, false, true}};
        tMyInt = named(mk(Kind::Int, 8, "main.MyInt"), "MyInt");
        tMSI = mk(Kind::Map, 8, "map[string]int", 8, kBits1);
        tMSI->key = tStr;
        tMSI->elem = tInt;
        tMIS = mk(Kind::Map, 8, "map[int]string", 8, kBits1);
        tMIS->key = tInt;
        tMIS->elem = tStr;
        tBa = mk(Kind::Array, 2, "[2]uint8");
        tBa->elem = tUint8;
        tBa->len = 2;

        ctx.methods[{tSt, "String"}] = [](const Iface& r, const uint64_t*, uint64_t* res) {
            int64_t v;
            std::memcpy(&v, r.data, 8);
            std::string s = "St" + std::to_string(v);
            auto* p = static_cast<uint8_t*>(keptMalloc(s.size()));
            std::memcpy(p, s.data(), s.size());
            res[0] = reinterpret_cast<uint64_t>(p);
            res[1] = s.size();
        };
        ctx.methods[{tPE, "Error"}] = [](const Iface& r, const uint64_t*, uint64_t* res) {
            GoString m;
            std::memcpy(&m, r.data, 16);
            std::string s = "E:" + std::string(reinterpret_cast<const char*>(m.ptr), m.len);
            auto* p = static_cast<uint8_t*>(keptMalloc(s.size()));
            std::memcpy(p, s.data(), s.size());
            res[0] = reinterpret_cast<uint64_t>(p);
            res[1] = s.size();
        };

        V.i = boxv<int64_t>(tInt, 42);
        V.neg = boxv<int64_t>(tInt, -7);
        V.mneg = boxv<int64_t>(tInt, -12345);
        V.w = boxv<int64_t>(tInt, 5);
        V.i8 = boxv<int8_t>(tInt8, -128);
        V.u8 = boxv<uint8_t>(tUint8, 200);
        V.u64 = boxv<uint64_t>(tUint64, 18446744073709551615ull);
        V.f = boxv<double>(tF64, 3.14159);
        V.f2 = boxv<double>(tF64, 1e21);
        V.f3 = boxv<double>(tF64, 1e-7);
        V.f4 = boxv<double>(tF64, 100000.0);
        V.f5 = boxv<double>(tF64, 1234567.0);
        V.f32 = boxv<float>(tF32, 0.1f);
        V.nan = boxv<double>(tF64, std::nan(""));
        V.ninf = boxv<double>(tF64, -HUGE_VAL);
        V.z = boxv<double>(tF64, 0.0);
        V.negz = boxv<double>(tF64, -0.0);
        double c[2] = {1.5, -2};
        V.c = ctx.box(nullptr, tC128, c);
        V.b = boxv<uint8_t>(tBool, 1);
        V.s = boxv(tStr, gs("hello"));
        V.su = boxv(tStr, gs("h\xc3\xa9llo, \xe4\xb8\x96\xe7\x95\x8c\n"));
        V.r = boxv<int32_t>(tInt32, 0x2318);
        GoString hi = gs(std::string_view("hi\0", 3));
        V.bs = boxv(tBytes, GoSlice{const_cast<uint8_t*>(hi.ptr), 3, 3});
        struct TV {
            int64_t a;
            GoString b;
        };
        V.t = boxv(tT, TV{1, gs("x")});
        auto* pt = static_cast<TV*>(keptMalloc(sizeof(TV)));
        *pt = TV{2, gs("y")};
        V.pt = boxv(tPT, pt);
        auto* ints = static_cast<int64_t*>(keptMalloc(24));
        ints[0] = 1, ints[1] = 2, ints[2] = 3;
        V.sl = boxv(tInts, GoSlice{ints, 3, 3});
        V.nsl = boxv(tInts, GoSlice{nullptr, 0, 0});
        GoString arr[3] = {gs("a"), gs("b"), gs("c")};
        V.arr = ctx.box(nullptr, tArr3s, arr);
        V.st = boxv<int64_t>(tSt, 3);
        auto* e = static_cast<GoString*>(keptMalloc(16));
        *e = gs("bad");
        V.pe = boxv(tPE, e);
        V.nilv = Iface{nullptr, nullptr};
        auto* anys = static_cast<Iface*>(keptMalloc(4 * 16));
        anys[0] = boxv<int64_t>(tInt, 1);
        anys[1] = boxv(tStr, gs("a"));
        anys[2] = Iface{nullptr, nullptr};
        anys[3] = boxv<int64_t>(tSt, 2);
        V.anys = boxv(tAnys, GoSlice{anys, 4, 4});
        int64_t in[3] = {1, 4, 5};
        V.in = ctx.box(nullptr, tInner, in);
        V.mi = boxv<int64_t>(tMyInt, 5);
        {
            const MapType* mt = mapTypeInfo(tMSI);
            Hmap* h = makemap(mt, 0);
            for (auto [k, v] : std::vector<std::pair<const char*, int64_t>>{{"b", 2}, {"a", 1}, {"c", 3}}) {
                GoString key = gs(k);
                *static_cast<int64_t*>(mapassign(mt, h, &key)) = v;
            }
            V.m1 = boxv(tMSI, h);
            V.nm = boxv(tMSI, static_cast<Hmap*>(nullptr));
        }
        {
            const MapType* mt = mapTypeInfo(tMIS);
            Hmap* h = makemap(mt, 0);
            for (auto [k, v] : std::vector<std::pair<int64_t, const char*>>{{3, "c"}, {1, "a"}, {2, "b"}}) {
                GoString val = gs(v);
                std::memcpy(mapassign(mt, h, &k), &val, 16);
            }
            V.m2 = boxv(tMIS, h);
        }
        V.np = boxv(tPT, static_cast<void*>(nullptr));
        uint8_t ba[2] = {0xab, 0xcd};
        V.ba = ctx.box(nullptr, tBa, ba);
    }
};

World& world() {
    static World* w = new World();  // RTypes live for the program's life (mapTypeInfo caches them)
    return *w;
}

struct Case {
    const char* format;  // "" with kind 1/2: Sprint/Sprintln
    std::vector<Iface> args;
    std::string want;
    int kind;  // 0 Sprintf, 1 Sprint, 2 Sprintln
};

}  // namespace

TEST_CASE("fmt: Sprintf/Sprint/Sprintln match Go on every verb, flag and value") {
    World& W = world();
    auto& V = W.V;
    const Case cases[] = {
    {"%v", {V.i}, "42"s, 0},
    {"%v", {V.neg}, "-7"s, 0},
    {"%v", {V.i8}, "-128"s, 0},
    {"%v", {V.u8}, "200"s, 0},
    {"%v", {V.u64}, "18446744073709551615"s, 0},
    {"%v", {V.f}, "3.14159"s, 0},
    {"%v", {V.f2}, "1e+21"s, 0},
    {"%v", {V.f3}, "1e-07"s, 0},
    {"%v", {V.f4}, "100000"s, 0},
    {"%v", {V.f5}, "1.234567e+06"s, 0},
    {"%v", {V.f32}, "0.1"s, 0},
    {"%v", {V.nan}, "NaN"s, 0},
    {"%v", {V.ninf}, "-Inf"s, 0},
    {"%v", {V.z}, "0"s, 0},
    {"%v", {V.negz}, "-0"s, 0},
    {"%v", {V.c}, "(1.5-2i)"s, 0},
    {"%v", {V.b}, "true"s, 0},
    {"%v", {V.s}, "hello"s, 0},
    {"%v", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"""s, 0},
    {"%v", {V.r}, "8984"s, 0},
    {"%v", {V.bs}, "[104 105 0]"s, 0},
    {"%v", {V.t}, "{1 x}"s, 0},
    {"%v", {V.pt}, "&{2 y}"s, 0},
    {"%v", {V.sl}, "[1 2 3]"s, 0},
    {"%v", {V.nsl}, "[]"s, 0},
    {"%v", {V.arr}, "[a b c]"s, 0},
    {"%v", {V.st}, "St3"s, 0},
    {"%v", {V.pe}, "E:bad"s, 0},
    {"%v", {V.nilv}, "<nil>"s, 0},
    {"%v", {V.anys}, "[1 a <nil> St2]"s, 0},
    {"%v", {V.in}, "{1 4 St5}"s, 0},
    {"%v", {V.mi}, "5"s, 0},
    {"%v", {V.m1}, "map[a:1 b:2 c:3]"s, 0},
    {"%v", {V.m2}, "map[1:a 2:b 3:c]"s, 0},
    {"%v", {V.nm}, "map[]"s, 0},
    {"%v", {V.np}, "<nil>"s, 0},
    {"%v", {V.ba}, "[171 205]"s, 0},
    {"%v", {V.mneg}, "-12345"s, 0},
    {"%+v", {V.i}, "42"s, 0},
    {"%+v", {V.neg}, "-7"s, 0},
    {"%+v", {V.i8}, "-128"s, 0},
    {"%+v", {V.u8}, "200"s, 0},
    {"%+v", {V.u64}, "18446744073709551615"s, 0},
    {"%+v", {V.f}, "3.14159"s, 0},
    {"%+v", {V.f2}, "1e+21"s, 0},
    {"%+v", {V.f3}, "1e-07"s, 0},
    {"%+v", {V.f4}, "100000"s, 0},
    {"%+v", {V.f5}, "1.234567e+06"s, 0},
    {"%+v", {V.f32}, "0.1"s, 0},
    {"%+v", {V.nan}, "NaN"s, 0},
    {"%+v", {V.ninf}, "-Inf"s, 0},
    {"%+v", {V.z}, "0"s, 0},
    {"%+v", {V.negz}, "-0"s, 0},
    {"%+v", {V.c}, "(1.5-2i)"s, 0},
    {"%+v", {V.b}, "true"s, 0},
    {"%+v", {V.s}, "hello"s, 0},
    {"%+v", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"""s, 0},
    {"%+v", {V.r}, "8984"s, 0},
    {"%+v", {V.bs}, "[104 105 0]"s, 0},
    {"%+v", {V.t}, "{A:1 B:x}"s, 0},
    {"%+v", {V.pt}, "&{A:2 B:y}"s, 0},
    {"%+v", {V.sl}, "[1 2 3]"s, 0},
    {"%+v", {V.nsl}, "[]"s, 0},
    {"%+v", {V.arr}, "[a b c]"s, 0},
    {"%+v", {V.st}, "St3"s, 0},
    {"%+v", {V.pe}, "E:bad"s, 0},
    {"%+v", {V.nilv}, "<nil>"s, 0},
    {"%+v", {V.anys}, "[1 a <nil> St2]"s, 0},
    {"%+v", {V.in}, "{a:1 s:4 B:St5}"s, 0},
    {"%+v", {V.mi}, "5"s, 0},
    {"%+v", {V.m1}, "map[a:1 b:2 c:3]"s, 0},
    {"%+v", {V.m2}, "map[1:a 2:b 3:c]"s, 0},
    {"%+v", {V.nm}, "map[]"s, 0},
    {"%+v", {V.np}, "<nil>"s, 0},
    {"%+v", {V.ba}, "[171 205]"s, 0},
    {"%+v", {V.mneg}, "-12345"s, 0},
    {"%#v", {V.i}, "42"s, 0},
    {"%#v", {V.neg}, "-7"s, 0},
    {"%#v", {V.i8}, "-128"s, 0},
    {"%#v", {V.u8}, "0xc8"s, 0},
    {"%#v", {V.u64}, "0xffffffffffffffff"s, 0},
    {"%#v", {V.f}, "3.14159"s, 0},
    {"%#v", {V.f2}, "1e+21"s, 0},
    {"%#v", {V.f3}, "1e-07"s, 0},
    {"%#v", {V.f4}, "100000"s, 0},
    {"%#v", {V.f5}, "1.234567e+06"s, 0},
    {"%#v", {V.f32}, "0.1"s, 0},
    {"%#v", {V.nan}, "NaN"s, 0},
    {"%#v", {V.ninf}, "-Inf"s, 0},
    {"%#v", {V.z}, "0"s, 0},
    {"%#v", {V.negz}, "-0"s, 0},
    {"%#v", {V.c}, "(1.5-2i)"s, 0},
    {"%#v", {V.b}, "true"s, 0},
    {"%#v", {V.s}, "\"hello\""s, 0},
    {"%#v", {V.su}, "\"h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\\n\""s, 0},
    {"%#v", {V.r}, "8984"s, 0},
    {"%#v", {V.bs}, "[]byte{0x68, 0x69, 0x0}"s, 0},
    {"%#v", {V.t}, "main.T{A:1, B:\"x\"}"s, 0},
    {"%#v", {V.pt}, "&main.T{A:2, B:\"y\"}"s, 0},
    {"%#v", {V.sl}, "[]int{1, 2, 3}"s, 0},
    {"%#v", {V.nsl}, "[]int(nil)"s, 0},
    {"%#v", {V.arr}, "[3]string{\"a\", \"b\", \"c\"}"s, 0},
    {"%#v", {V.st}, "3"s, 0},
    {"%#v", {V.pe}, "&main.E{msg:\"bad\"}"s, 0},
    {"%#v", {V.nilv}, "<nil>"s, 0},
    {"%#v", {V.anys}, "[]interface {}{1, \"a\", interface {}(nil), 2}"s, 0},
    {"%#v", {V.in}, "main.inner{a:1, s:4, B:5}"s, 0},
    {"%#v", {V.mi}, "5"s, 0},
    {"%#v", {V.m1}, "map[string]int{\"a\":1, \"b\":2, \"c\":3}"s, 0},
    {"%#v", {V.m2}, "map[int]string{1:\"a\", 2:\"b\", 3:\"c\"}"s, 0},
    {"%#v", {V.nm}, "map[string]int(nil)"s, 0},
    {"%#v", {V.np}, "(*main.T)(nil)"s, 0},
    {"%#v", {V.ba}, "[2]uint8{0xab, 0xcd}"s, 0},
    {"%#v", {V.mneg}, "-12345"s, 0},
    {"%T", {V.i}, "int"s, 0},
    {"%T", {V.neg}, "int"s, 0},
    {"%T", {V.i8}, "int8"s, 0},
    {"%T", {V.u8}, "uint8"s, 0},
    {"%T", {V.u64}, "uint64"s, 0},
    {"%T", {V.f}, "float64"s, 0},
    {"%T", {V.f2}, "float64"s, 0},
    {"%T", {V.f3}, "float64"s, 0},
    {"%T", {V.f4}, "float64"s, 0},
    {"%T", {V.f5}, "float64"s, 0},
    {"%T", {V.f32}, "float32"s, 0},
    {"%T", {V.nan}, "float64"s, 0},
    {"%T", {V.ninf}, "float64"s, 0},
    {"%T", {V.z}, "float64"s, 0},
    {"%T", {V.negz}, "float64"s, 0},
    {"%T", {V.c}, "complex128"s, 0},
    {"%T", {V.b}, "bool"s, 0},
    {"%T", {V.s}, "string"s, 0},
    {"%T", {V.su}, "string"s, 0},
    {"%T", {V.r}, "int32"s, 0},
    {"%T", {V.bs}, "[]uint8"s, 0},
    {"%T", {V.t}, "main.T"s, 0},
    {"%T", {V.pt}, "*main.T"s, 0},
    {"%T", {V.sl}, "[]int"s, 0},
    {"%T", {V.nsl}, "[]int"s, 0},
    {"%T", {V.arr}, "[3]string"s, 0},
    {"%T", {V.st}, "main.St"s, 0},
    {"%T", {V.pe}, "*main.E"s, 0},
    {"%T", {V.nilv}, "<nil>"s, 0},
    {"%T", {V.anys}, "[]interface {}"s, 0},
    {"%T", {V.in}, "main.inner"s, 0},
    {"%T", {V.mi}, "main.MyInt"s, 0},
    {"%T", {V.m1}, "map[string]int"s, 0},
    {"%T", {V.m2}, "map[int]string"s, 0},
    {"%T", {V.nm}, "map[string]int"s, 0},
    {"%T", {V.np}, "*main.T"s, 0},
    {"%T", {V.ba}, "[2]uint8"s, 0},
    {"%T", {V.mneg}, "int"s, 0},
    {"%d", {V.i}, "42"s, 0},
    {"%d", {V.neg}, "-7"s, 0},
    {"%d", {V.i8}, "-128"s, 0},
    {"%d", {V.u8}, "200"s, 0},
    {"%d", {V.u64}, "18446744073709551615"s, 0},
    {"%d", {V.f}, "%!d(float64=3.14159)"s, 0},
    {"%d", {V.f2}, "%!d(float64=1e+21)"s, 0},
    {"%d", {V.f3}, "%!d(float64=1e-07)"s, 0},
    {"%d", {V.f4}, "%!d(float64=100000)"s, 0},
    {"%d", {V.f5}, "%!d(float64=1.234567e+06)"s, 0},
    {"%d", {V.f32}, "%!d(float32=0.1)"s, 0},
    {"%d", {V.nan}, "%!d(float64=NaN)"s, 0},
    {"%d", {V.ninf}, "%!d(float64=-Inf)"s, 0},
    {"%d", {V.z}, "%!d(float64=0)"s, 0},
    {"%d", {V.negz}, "%!d(float64=-0)"s, 0},
    {"%d", {V.c}, "%!d(complex128=(1.5-2i))"s, 0},
    {"%d", {V.b}, "%!d(bool=true)"s, 0},
    {"%d", {V.s}, "%!d(string=hello)"s, 0},
    {"%d", {V.su}, "%!d(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%d", {V.r}, "8984"s, 0},
    {"%d", {V.bs}, "[104 105 0]"s, 0},
    {"%d", {V.t}, "{1 %!d(string=x)}"s, 0},
    {"%d", {V.pt}, "&{2 %!d(string=y)}"s, 0},
    {"%d", {V.sl}, "[1 2 3]"s, 0},
    {"%d", {V.nsl}, "[]"s, 0},
    {"%d", {V.arr}, "[%!d(string=a) %!d(string=b) %!d(string=c)]"s, 0},
    {"%d", {V.st}, "3"s, 0},
    {"%d", {V.pe}, "&{%!d(string=bad)}"s, 0},
    {"%d", {V.nilv}, "%!d(<nil>)"s, 0},
    {"%d", {V.anys}, "[1 %!d(string=a) <nil> 2]"s, 0},
    {"%d", {V.in}, "{1 4 5}"s, 0},
    {"%d", {V.mi}, "5"s, 0},
    {"%d", {V.m1}, "map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]"s, 0},
    {"%d", {V.m2}, "map[1:%!d(string=a) 2:%!d(string=b) 3:%!d(string=c)]"s, 0},
    {"%d", {V.nm}, "map[]"s, 0},
    {"%d", {V.np}, "0"s, 0},
    {"%d", {V.ba}, "[171 205]"s, 0},
    {"%d", {V.mneg}, "-12345"s, 0},
    {"%b", {V.i}, "101010"s, 0},
    {"%b", {V.neg}, "-111"s, 0},
    {"%b", {V.i8}, "-10000000"s, 0},
    {"%b", {V.u8}, "11001000"s, 0},
    {"%b", {V.u64}, "1111111111111111111111111111111111111111111111111111111111111111"s, 0},
    {"%b", {V.f}, "7074231776675438p-51"s, 0},
    {"%b", {V.f2}, "7629394531250000p+17"s, 0},
    {"%b", {V.f3}, "7555786372591432p-76"s, 0},
    {"%b", {V.f4}, "6871947673600000p-36"s, 0},
    {"%b", {V.f5}, "5302424889720832p-32"s, 0},
    {"%b", {V.f32}, "13421773p-27"s, 0},
    {"%b", {V.nan}, "NaN"s, 0},
    {"%b", {V.ninf}, "-Inf"s, 0},
    {"%b", {V.z}, "0p-1074"s, 0},
    {"%b", {V.negz}, "-0p-1074"s, 0},
    {"%b", {V.c}, "(6755399441055744p-52-4503599627370496p-51i)"s, 0},
    {"%b", {V.b}, "%!b(bool=true)"s, 0},
    {"%b", {V.s}, "%!b(string=hello)"s, 0},
    {"%b", {V.su}, "%!b(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%b", {V.r}, "10001100011000"s, 0},
    {"%b", {V.bs}, "[1101000 1101001 0]"s, 0},
    {"%b", {V.t}, "{1 %!b(string=x)}"s, 0},
    {"%b", {V.pt}, "&{10 %!b(string=y)}"s, 0},
    {"%b", {V.sl}, "[1 10 11]"s, 0},
    {"%b", {V.nsl}, "[]"s, 0},
    {"%b", {V.arr}, "[%!b(string=a) %!b(string=b) %!b(string=c)]"s, 0},
    {"%b", {V.st}, "11"s, 0},
    {"%b", {V.pe}, "&{%!b(string=bad)}"s, 0},
    {"%b", {V.nilv}, "%!b(<nil>)"s, 0},
    {"%b", {V.anys}, "[1 %!b(string=a) <nil> 10]"s, 0},
    {"%b", {V.in}, "{1 100 101}"s, 0},
    {"%b", {V.mi}, "101"s, 0},
    {"%b", {V.m1}, "map[%!b(string=a):1 %!b(string=b):10 %!b(string=c):11]"s, 0},
    {"%b", {V.m2}, "map[1:%!b(string=a) 10:%!b(string=b) 11:%!b(string=c)]"s, 0},
    {"%b", {V.nm}, "map[]"s, 0},
    {"%b", {V.np}, "0"s, 0},
    {"%b", {V.ba}, "[10101011 11001101]"s, 0},
    {"%b", {V.mneg}, "-11000000111001"s, 0},
    {"%o", {V.i}, "52"s, 0},
    {"%o", {V.neg}, "-7"s, 0},
    {"%o", {V.i8}, "-200"s, 0},
    {"%o", {V.u8}, "310"s, 0},
    {"%o", {V.u64}, "1777777777777777777777"s, 0},
    {"%o", {V.f}, "%!o(float64=3.14159)"s, 0},
    {"%o", {V.f2}, "%!o(float64=1e+21)"s, 0},
    {"%o", {V.f3}, "%!o(float64=1e-07)"s, 0},
    {"%o", {V.f4}, "%!o(float64=100000)"s, 0},
    {"%o", {V.f5}, "%!o(float64=1.234567e+06)"s, 0},
    {"%o", {V.f32}, "%!o(float32=0.1)"s, 0},
    {"%o", {V.nan}, "%!o(float64=NaN)"s, 0},
    {"%o", {V.ninf}, "%!o(float64=-Inf)"s, 0},
    {"%o", {V.z}, "%!o(float64=0)"s, 0},
    {"%o", {V.negz}, "%!o(float64=-0)"s, 0},
    {"%o", {V.c}, "%!o(complex128=(1.5-2i))"s, 0},
    {"%o", {V.b}, "%!o(bool=true)"s, 0},
    {"%o", {V.s}, "%!o(string=hello)"s, 0},
    {"%o", {V.su}, "%!o(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%o", {V.r}, "21430"s, 0},
    {"%o", {V.bs}, "[150 151 0]"s, 0},
    {"%o", {V.t}, "{1 %!o(string=x)}"s, 0},
    {"%o", {V.pt}, "&{2 %!o(string=y)}"s, 0},
    {"%o", {V.sl}, "[1 2 3]"s, 0},
    {"%o", {V.nsl}, "[]"s, 0},
    {"%o", {V.arr}, "[%!o(string=a) %!o(string=b) %!o(string=c)]"s, 0},
    {"%o", {V.st}, "3"s, 0},
    {"%o", {V.pe}, "&{%!o(string=bad)}"s, 0},
    {"%o", {V.nilv}, "%!o(<nil>)"s, 0},
    {"%o", {V.anys}, "[1 %!o(string=a) <nil> 2]"s, 0},
    {"%o", {V.in}, "{1 4 5}"s, 0},
    {"%o", {V.mi}, "5"s, 0},
    {"%o", {V.m1}, "map[%!o(string=a):1 %!o(string=b):2 %!o(string=c):3]"s, 0},
    {"%o", {V.m2}, "map[1:%!o(string=a) 2:%!o(string=b) 3:%!o(string=c)]"s, 0},
    {"%o", {V.nm}, "map[]"s, 0},
    {"%o", {V.np}, "0"s, 0},
    {"%o", {V.ba}, "[253 315]"s, 0},
    {"%o", {V.mneg}, "-30071"s, 0},
    {"%O", {V.i}, "0o52"s, 0},
    {"%O", {V.neg}, "-0o7"s, 0},
    {"%O", {V.i8}, "-0o200"s, 0},
    {"%O", {V.u8}, "0o310"s, 0},
    {"%O", {V.u64}, "0o1777777777777777777777"s, 0},
    {"%O", {V.f}, "%!O(float64=3.14159)"s, 0},
    {"%O", {V.f2}, "%!O(float64=1e+21)"s, 0},
    {"%O", {V.f3}, "%!O(float64=1e-07)"s, 0},
    {"%O", {V.f4}, "%!O(float64=100000)"s, 0},
    {"%O", {V.f5}, "%!O(float64=1.234567e+06)"s, 0},
    {"%O", {V.f32}, "%!O(float32=0.1)"s, 0},
    {"%O", {V.nan}, "%!O(float64=NaN)"s, 0},
    {"%O", {V.ninf}, "%!O(float64=-Inf)"s, 0},
    {"%O", {V.z}, "%!O(float64=0)"s, 0},
    {"%O", {V.negz}, "%!O(float64=-0)"s, 0},
    {"%O", {V.c}, "%!O(complex128=(1.5-2i))"s, 0},
    {"%O", {V.b}, "%!O(bool=true)"s, 0},
    {"%O", {V.s}, "%!O(string=hello)"s, 0},
    {"%O", {V.su}, "%!O(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%O", {V.r}, "0o21430"s, 0},
    {"%O", {V.bs}, "[0o150 0o151 0o0]"s, 0},
    {"%O", {V.t}, "{0o1 %!O(string=x)}"s, 0},
    {"%O", {V.pt}, "&{0o2 %!O(string=y)}"s, 0},
    {"%O", {V.sl}, "[0o1 0o2 0o3]"s, 0},
    {"%O", {V.nsl}, "[]"s, 0},
    {"%O", {V.arr}, "[%!O(string=a) %!O(string=b) %!O(string=c)]"s, 0},
    {"%O", {V.st}, "0o3"s, 0},
    {"%O", {V.pe}, "&{%!O(string=bad)}"s, 0},
    {"%O", {V.nilv}, "%!O(<nil>)"s, 0},
    {"%O", {V.anys}, "[0o1 %!O(string=a) <nil> 0o2]"s, 0},
    {"%O", {V.in}, "{0o1 0o4 0o5}"s, 0},
    {"%O", {V.mi}, "0o5"s, 0},
    {"%O", {V.m1}, "map[%!O(string=a):0o1 %!O(string=b):0o2 %!O(string=c):0o3]"s, 0},
    {"%O", {V.m2}, "map[0o1:%!O(string=a) 0o2:%!O(string=b) 0o3:%!O(string=c)]"s, 0},
    {"%O", {V.nm}, "map[]"s, 0},
    {"%O", {V.np}, "%!O(*main.T=<nil>)"s, 0},
    {"%O", {V.ba}, "[0o253 0o315]"s, 0},
    {"%O", {V.mneg}, "-0o30071"s, 0},
    {"%x", {V.i}, "2a"s, 0},
    {"%x", {V.neg}, "-7"s, 0},
    {"%x", {V.i8}, "-80"s, 0},
    {"%x", {V.u8}, "c8"s, 0},
    {"%x", {V.u64}, "ffffffffffffffff"s, 0},
    {"%x", {V.f}, "0x1.921f9f01b866ep+01"s, 0},
    {"%x", {V.f2}, "0x1.b1ae4d6e2ef5p+69"s, 0},
    {"%x", {V.f3}, "0x1.ad7f29abcaf48p-24"s, 0},
    {"%x", {V.f4}, "0x1.86ap+16"s, 0},
    {"%x", {V.f5}, "0x1.2d687p+20"s, 0},
    {"%x", {V.f32}, "0x1.99999ap-04"s, 0},
    {"%x", {V.nan}, "NaN"s, 0},
    {"%x", {V.ninf}, "-Inf"s, 0},
    {"%x", {V.z}, "0x0p+00"s, 0},
    {"%x", {V.negz}, "-0x0p+00"s, 0},
    {"%x", {V.c}, "(0x1.8p+00-0x1p+01i)"s, 0},
    {"%x", {V.b}, "%!x(bool=true)"s, 0},
    {"%x", {V.s}, "68656c6c6f"s, 0},
    {"%x", {V.su}, "68c3a96c6c6f2c20e4b896e7958c0a"s, 0},
    {"%x", {V.r}, "2318"s, 0},
    {"%x", {V.bs}, "686900"s, 0},
    {"%x", {V.t}, "{1 78}"s, 0},
    {"%x", {V.pt}, "&{2 79}"s, 0},
    {"%x", {V.sl}, "[1 2 3]"s, 0},
    {"%x", {V.nsl}, "[]"s, 0},
    {"%x", {V.arr}, "[61 62 63]"s, 0},
    {"%x", {V.st}, "537433"s, 0},
    {"%x", {V.pe}, "453a626164"s, 0},
    {"%x", {V.nilv}, "%!x(<nil>)"s, 0},
    {"%x", {V.anys}, "[1 61 <nil> 537432]"s, 0},
    {"%x", {V.in}, "{1 4 537435}"s, 0},
    {"%x", {V.mi}, "5"s, 0},
    {"%x", {V.m1}, "map[61:1 62:2 63:3]"s, 0},
    {"%x", {V.m2}, "map[1:61 2:62 3:63]"s, 0},
    {"%x", {V.nm}, "map[]"s, 0},
    {"%x", {V.np}, "0"s, 0},
    {"%x", {V.ba}, "abcd"s, 0},
    {"%x", {V.mneg}, "-3039"s, 0},
    {"%X", {V.i}, "2A"s, 0},
    {"%X", {V.neg}, "-7"s, 0},
    {"%X", {V.i8}, "-80"s, 0},
    {"%X", {V.u8}, "C8"s, 0},
    {"%X", {V.u64}, "FFFFFFFFFFFFFFFF"s, 0},
    {"%X", {V.f}, "0X1.921F9F01B866EP+01"s, 0},
    {"%X", {V.f2}, "0X1.B1AE4D6E2EF5P+69"s, 0},
    {"%X", {V.f3}, "0X1.AD7F29ABCAF48P-24"s, 0},
    {"%X", {V.f4}, "0X1.86AP+16"s, 0},
    {"%X", {V.f5}, "0X1.2D687P+20"s, 0},
    {"%X", {V.f32}, "0X1.99999AP-04"s, 0},
    {"%X", {V.nan}, "NaN"s, 0},
    {"%X", {V.ninf}, "-Inf"s, 0},
    {"%X", {V.z}, "0X0P+00"s, 0},
    {"%X", {V.negz}, "-0X0P+00"s, 0},
    {"%X", {V.c}, "(0X1.8P+00-0X1P+01i)"s, 0},
    {"%X", {V.b}, "%!X(bool=true)"s, 0},
    {"%X", {V.s}, "68656C6C6F"s, 0},
    {"%X", {V.su}, "68C3A96C6C6F2C20E4B896E7958C0A"s, 0},
    {"%X", {V.r}, "2318"s, 0},
    {"%X", {V.bs}, "686900"s, 0},
    {"%X", {V.t}, "{1 78}"s, 0},
    {"%X", {V.pt}, "&{2 79}"s, 0},
    {"%X", {V.sl}, "[1 2 3]"s, 0},
    {"%X", {V.nsl}, "[]"s, 0},
    {"%X", {V.arr}, "[61 62 63]"s, 0},
    {"%X", {V.st}, "537433"s, 0},
    {"%X", {V.pe}, "453A626164"s, 0},
    {"%X", {V.nilv}, "%!X(<nil>)"s, 0},
    {"%X", {V.anys}, "[1 61 <nil> 537432]"s, 0},
    {"%X", {V.in}, "{1 4 537435}"s, 0},
    {"%X", {V.mi}, "5"s, 0},
    {"%X", {V.m1}, "map[61:1 62:2 63:3]"s, 0},
    {"%X", {V.m2}, "map[1:61 2:62 3:63]"s, 0},
    {"%X", {V.nm}, "map[]"s, 0},
    {"%X", {V.np}, "0"s, 0},
    {"%X", {V.ba}, "ABCD"s, 0},
    {"%X", {V.mneg}, "-3039"s, 0},
    {"%c", {V.i}, "*"s, 0},
    {"%c", {V.neg}, "\xef""\xbf""\xbd"""s, 0},
    {"%c", {V.i8}, "\xef""\xbf""\xbd"""s, 0},
    {"%c", {V.u8}, "\xc3""\x88"""s, 0},
    {"%c", {V.u64}, "\xef""\xbf""\xbd"""s, 0},
    {"%c", {V.f}, "%!c(float64=3.14159)"s, 0},
    {"%c", {V.f2}, "%!c(float64=1e+21)"s, 0},
    {"%c", {V.f3}, "%!c(float64=1e-07)"s, 0},
    {"%c", {V.f4}, "%!c(float64=100000)"s, 0},
    {"%c", {V.f5}, "%!c(float64=1.234567e+06)"s, 0},
    {"%c", {V.f32}, "%!c(float32=0.1)"s, 0},
    {"%c", {V.nan}, "%!c(float64=NaN)"s, 0},
    {"%c", {V.ninf}, "%!c(float64=-Inf)"s, 0},
    {"%c", {V.z}, "%!c(float64=0)"s, 0},
    {"%c", {V.negz}, "%!c(float64=-0)"s, 0},
    {"%c", {V.c}, "%!c(complex128=(1.5-2i))"s, 0},
    {"%c", {V.b}, "%!c(bool=true)"s, 0},
    {"%c", {V.s}, "%!c(string=hello)"s, 0},
    {"%c", {V.su}, "%!c(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%c", {V.r}, "\xe2""\x8c""\x98"""s, 0},
    {"%c", {V.bs}, "[h i \x00""]"s, 0},
    {"%c", {V.t}, "{\x01"" %!c(string=x)}"s, 0},
    {"%c", {V.pt}, "&{\x02"" %!c(string=y)}"s, 0},
    {"%c", {V.sl}, "[\x01"" \x02"" \x03""]"s, 0},
    {"%c", {V.nsl}, "[]"s, 0},
    {"%c", {V.arr}, "[%!c(string=a) %!c(string=b) %!c(string=c)]"s, 0},
    {"%c", {V.st}, "\x03"""s, 0},
    {"%c", {V.pe}, "&{%!c(string=bad)}"s, 0},
    {"%c", {V.nilv}, "%!c(<nil>)"s, 0},
    {"%c", {V.anys}, "[\x01"" %!c(string=a) <nil> \x02""]"s, 0},
    {"%c", {V.in}, "{\x01"" \x04"" \x05""}"s, 0},
    {"%c", {V.mi}, "\x05"""s, 0},
    {"%c", {V.m1}, "map[%!c(string=a):\x01"" %!c(string=b):\x02"" %!c(string=c):\x03""]"s, 0},
    {"%c", {V.m2}, "map[\x01"":%!c(string=a) \x02"":%!c(string=b) \x03"":%!c(string=c)]"s, 0},
    {"%c", {V.nm}, "map[]"s, 0},
    {"%c", {V.np}, "%!c(*main.T=<nil>)"s, 0},
    {"%c", {V.ba}, "[\xc2""\xab"" \xc3""\x8d""]"s, 0},
    {"%c", {V.mneg}, "\xef""\xbf""\xbd"""s, 0},
    {"%q", {V.i}, "'*'"s, 0},
    {"%q", {V.neg}, "'\xef""\xbf""\xbd""'"s, 0},
    {"%q", {V.i8}, "'\xef""\xbf""\xbd""'"s, 0},
    {"%q", {V.u8}, "'\xc3""\x88""'"s, 0},
    {"%q", {V.u64}, "'\xef""\xbf""\xbd""'"s, 0},
    {"%q", {V.f}, "%!q(float64=3.14159)"s, 0},
    {"%q", {V.f2}, "%!q(float64=1e+21)"s, 0},
    {"%q", {V.f3}, "%!q(float64=1e-07)"s, 0},
    {"%q", {V.f4}, "%!q(float64=100000)"s, 0},
    {"%q", {V.f5}, "%!q(float64=1.234567e+06)"s, 0},
    {"%q", {V.f32}, "%!q(float32=0.1)"s, 0},
    {"%q", {V.nan}, "%!q(float64=NaN)"s, 0},
    {"%q", {V.ninf}, "%!q(float64=-Inf)"s, 0},
    {"%q", {V.z}, "%!q(float64=0)"s, 0},
    {"%q", {V.negz}, "%!q(float64=-0)"s, 0},
    {"%q", {V.c}, "%!q(complex128=(1.5-2i))"s, 0},
    {"%q", {V.b}, "%!q(bool=true)"s, 0},
    {"%q", {V.s}, "\"hello\""s, 0},
    {"%q", {V.su}, "\"h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\\n\""s, 0},
    {"%q", {V.r}, "'\xe2""\x8c""\x98""'"s, 0},
    {"%q", {V.bs}, "\"hi\\x00\""s, 0},
    {"%q", {V.t}, "{'\\x01' \"x\"}"s, 0},
    {"%q", {V.pt}, "&{'\\x02' \"y\"}"s, 0},
    {"%q", {V.sl}, "['\\x01' '\\x02' '\\x03']"s, 0},
    {"%q", {V.nsl}, "[]"s, 0},
    {"%q", {V.arr}, "[\"a\" \"b\" \"c\"]"s, 0},
    {"%q", {V.st}, "\"St3\""s, 0},
    {"%q", {V.pe}, "\"E:bad\""s, 0},
    {"%q", {V.nilv}, "%!q(<nil>)"s, 0},
    {"%q", {V.anys}, "['\\x01' \"a\" <nil> \"St2\"]"s, 0},
    {"%q", {V.in}, "{'\\x01' '\\x04' \"St5\"}"s, 0},
    {"%q", {V.mi}, "'\\x05'"s, 0},
    {"%q", {V.m1}, "map[\"a\":'\\x01' \"b\":'\\x02' \"c\":'\\x03']"s, 0},
    {"%q", {V.m2}, "map['\\x01':\"a\" '\\x02':\"b\" '\\x03':\"c\"]"s, 0},
    {"%q", {V.nm}, "map[]"s, 0},
    {"%q", {V.np}, "%!q(*main.T=<nil>)"s, 0},
    {"%q", {V.ba}, "\"\\xab\\xcd\""s, 0},
    {"%q", {V.mneg}, "'\xef""\xbf""\xbd""'"s, 0},
    {"%U", {V.i}, "U+002A"s, 0},
    {"%U", {V.neg}, "U+FFFFFFFFFFFFFFF9"s, 0},
    {"%U", {V.i8}, "U+FFFFFFFFFFFFFF80"s, 0},
    {"%U", {V.u8}, "U+00C8"s, 0},
    {"%U", {V.u64}, "U+FFFFFFFFFFFFFFFF"s, 0},
    {"%U", {V.f}, "%!U(float64=3.14159)"s, 0},
    {"%U", {V.f2}, "%!U(float64=1e+21)"s, 0},
    {"%U", {V.f3}, "%!U(float64=1e-07)"s, 0},
    {"%U", {V.f4}, "%!U(float64=100000)"s, 0},
    {"%U", {V.f5}, "%!U(float64=1.234567e+06)"s, 0},
    {"%U", {V.f32}, "%!U(float32=0.1)"s, 0},
    {"%U", {V.nan}, "%!U(float64=NaN)"s, 0},
    {"%U", {V.ninf}, "%!U(float64=-Inf)"s, 0},
    {"%U", {V.z}, "%!U(float64=0)"s, 0},
    {"%U", {V.negz}, "%!U(float64=-0)"s, 0},
    {"%U", {V.c}, "%!U(complex128=(1.5-2i))"s, 0},
    {"%U", {V.b}, "%!U(bool=true)"s, 0},
    {"%U", {V.s}, "%!U(string=hello)"s, 0},
    {"%U", {V.su}, "%!U(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%U", {V.r}, "U+2318"s, 0},
    {"%U", {V.bs}, "[U+0068 U+0069 U+0000]"s, 0},
    {"%U", {V.t}, "{U+0001 %!U(string=x)}"s, 0},
    {"%U", {V.pt}, "&{U+0002 %!U(string=y)}"s, 0},
    {"%U", {V.sl}, "[U+0001 U+0002 U+0003]"s, 0},
    {"%U", {V.nsl}, "[]"s, 0},
    {"%U", {V.arr}, "[%!U(string=a) %!U(string=b) %!U(string=c)]"s, 0},
    {"%U", {V.st}, "U+0003"s, 0},
    {"%U", {V.pe}, "&{%!U(string=bad)}"s, 0},
    {"%U", {V.nilv}, "%!U(<nil>)"s, 0},
    {"%U", {V.anys}, "[U+0001 %!U(string=a) <nil> U+0002]"s, 0},
    {"%U", {V.in}, "{U+0001 U+0004 U+0005}"s, 0},
    {"%U", {V.mi}, "U+0005"s, 0},
    {"%U", {V.m1}, "map[%!U(string=a):U+0001 %!U(string=b):U+0002 %!U(string=c):U+0003]"s, 0},
    {"%U", {V.m2}, "map[U+0001:%!U(string=a) U+0002:%!U(string=b) U+0003:%!U(string=c)]"s, 0},
    {"%U", {V.nm}, "map[]"s, 0},
    {"%U", {V.np}, "%!U(*main.T=<nil>)"s, 0},
    {"%U", {V.ba}, "[U+00AB U+00CD]"s, 0},
    {"%U", {V.mneg}, "U+FFFFFFFFFFFFCFC7"s, 0},
    {"%e", {V.i}, "%!e(int=42)"s, 0},
    {"%e", {V.neg}, "%!e(int=-7)"s, 0},
    {"%e", {V.i8}, "%!e(int8=-128)"s, 0},
    {"%e", {V.u8}, "%!e(uint8=200)"s, 0},
    {"%e", {V.u64}, "%!e(uint64=18446744073709551615)"s, 0},
    {"%e", {V.f}, "3.141590e+00"s, 0},
    {"%e", {V.f2}, "1.000000e+21"s, 0},
    {"%e", {V.f3}, "1.000000e-07"s, 0},
    {"%e", {V.f4}, "1.000000e+05"s, 0},
    {"%e", {V.f5}, "1.234567e+06"s, 0},
    {"%e", {V.f32}, "1.000000e-01"s, 0},
    {"%e", {V.nan}, "NaN"s, 0},
    {"%e", {V.ninf}, "-Inf"s, 0},
    {"%e", {V.z}, "0.000000e+00"s, 0},
    {"%e", {V.negz}, "-0.000000e+00"s, 0},
    {"%e", {V.c}, "(1.500000e+00-2.000000e+00i)"s, 0},
    {"%e", {V.b}, "%!e(bool=true)"s, 0},
    {"%e", {V.s}, "%!e(string=hello)"s, 0},
    {"%e", {V.su}, "%!e(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%e", {V.r}, "%!e(int32=8984)"s, 0},
    {"%e", {V.bs}, "[%!e(uint8=104) %!e(uint8=105) %!e(uint8=0)]"s, 0},
    {"%e", {V.t}, "{%!e(int=1) %!e(string=x)}"s, 0},
    {"%e", {V.pt}, "&{%!e(int=2) %!e(string=y)}"s, 0},
    {"%e", {V.sl}, "[%!e(int=1) %!e(int=2) %!e(int=3)]"s, 0},
    {"%e", {V.nsl}, "[]"s, 0},
    {"%e", {V.arr}, "[%!e(string=a) %!e(string=b) %!e(string=c)]"s, 0},
    {"%e", {V.st}, "%!e(main.St=3)"s, 0},
    {"%e", {V.pe}, "&{%!e(string=bad)}"s, 0},
    {"%e", {V.nilv}, "%!e(<nil>)"s, 0},
    {"%e", {V.anys}, "[%!e(int=1) %!e(string=a) <nil> %!e(main.St=2)]"s, 0},
    {"%e", {V.in}, "{%!e(int=1) %!e(main.St=4) %!e(main.St=5)}"s, 0},
    {"%e", {V.mi}, "%!e(main.MyInt=5)"s, 0},
    {"%e", {V.m1}, "map[%!e(string=a):%!e(int=1) %!e(string=b):%!e(int=2) %!e(string=c):%!e(int=3)]"s, 0},
    {"%e", {V.m2}, "map[%!e(int=1):%!e(string=a) %!e(int=2):%!e(string=b) %!e(int=3):%!e(string=c)]"s, 0},
    {"%e", {V.nm}, "map[]"s, 0},
    {"%e", {V.np}, "%!e(*main.T=<nil>)"s, 0},
    {"%e", {V.ba}, "[%!e(uint8=171) %!e(uint8=205)]"s, 0},
    {"%e", {V.mneg}, "%!e(int=-12345)"s, 0},
    {"%E", {V.i}, "%!E(int=42)"s, 0},
    {"%E", {V.neg}, "%!E(int=-7)"s, 0},
    {"%E", {V.i8}, "%!E(int8=-128)"s, 0},
    {"%E", {V.u8}, "%!E(uint8=200)"s, 0},
    {"%E", {V.u64}, "%!E(uint64=18446744073709551615)"s, 0},
    {"%E", {V.f}, "3.141590E+00"s, 0},
    {"%E", {V.f2}, "1.000000E+21"s, 0},
    {"%E", {V.f3}, "1.000000E-07"s, 0},
    {"%E", {V.f4}, "1.000000E+05"s, 0},
    {"%E", {V.f5}, "1.234567E+06"s, 0},
    {"%E", {V.f32}, "1.000000E-01"s, 0},
    {"%E", {V.nan}, "NaN"s, 0},
    {"%E", {V.ninf}, "-Inf"s, 0},
    {"%E", {V.z}, "0.000000E+00"s, 0},
    {"%E", {V.negz}, "-0.000000E+00"s, 0},
    {"%E", {V.c}, "(1.500000E+00-2.000000E+00i)"s, 0},
    {"%E", {V.b}, "%!E(bool=true)"s, 0},
    {"%E", {V.s}, "%!E(string=hello)"s, 0},
    {"%E", {V.su}, "%!E(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%E", {V.r}, "%!E(int32=8984)"s, 0},
    {"%E", {V.bs}, "[%!E(uint8=104) %!E(uint8=105) %!E(uint8=0)]"s, 0},
    {"%E", {V.t}, "{%!E(int=1) %!E(string=x)}"s, 0},
    {"%E", {V.pt}, "&{%!E(int=2) %!E(string=y)}"s, 0},
    {"%E", {V.sl}, "[%!E(int=1) %!E(int=2) %!E(int=3)]"s, 0},
    {"%E", {V.nsl}, "[]"s, 0},
    {"%E", {V.arr}, "[%!E(string=a) %!E(string=b) %!E(string=c)]"s, 0},
    {"%E", {V.st}, "%!E(main.St=3)"s, 0},
    {"%E", {V.pe}, "&{%!E(string=bad)}"s, 0},
    {"%E", {V.nilv}, "%!E(<nil>)"s, 0},
    {"%E", {V.anys}, "[%!E(int=1) %!E(string=a) <nil> %!E(main.St=2)]"s, 0},
    {"%E", {V.in}, "{%!E(int=1) %!E(main.St=4) %!E(main.St=5)}"s, 0},
    {"%E", {V.mi}, "%!E(main.MyInt=5)"s, 0},
    {"%E", {V.m1}, "map[%!E(string=a):%!E(int=1) %!E(string=b):%!E(int=2) %!E(string=c):%!E(int=3)]"s, 0},
    {"%E", {V.m2}, "map[%!E(int=1):%!E(string=a) %!E(int=2):%!E(string=b) %!E(int=3):%!E(string=c)]"s, 0},
    {"%E", {V.nm}, "map[]"s, 0},
    {"%E", {V.np}, "%!E(*main.T=<nil>)"s, 0},
    {"%E", {V.ba}, "[%!E(uint8=171) %!E(uint8=205)]"s, 0},
    {"%E", {V.mneg}, "%!E(int=-12345)"s, 0},
    {"%f", {V.i}, "%!f(int=42)"s, 0},
    {"%f", {V.neg}, "%!f(int=-7)"s, 0},
    {"%f", {V.i8}, "%!f(int8=-128)"s, 0},
    {"%f", {V.u8}, "%!f(uint8=200)"s, 0},
    {"%f", {V.u64}, "%!f(uint64=18446744073709551615)"s, 0},
    {"%f", {V.f}, "3.141590"s, 0},
    {"%f", {V.f2}, "1000000000000000000000.000000"s, 0},
    {"%f", {V.f3}, "0.000000"s, 0},
    {"%f", {V.f4}, "100000.000000"s, 0},
    {"%f", {V.f5}, "1234567.000000"s, 0},
    {"%f", {V.f32}, "0.100000"s, 0},
    {"%f", {V.nan}, "NaN"s, 0},
    {"%f", {V.ninf}, "-Inf"s, 0},
    {"%f", {V.z}, "0.000000"s, 0},
    {"%f", {V.negz}, "-0.000000"s, 0},
    {"%f", {V.c}, "(1.500000-2.000000i)"s, 0},
    {"%f", {V.b}, "%!f(bool=true)"s, 0},
    {"%f", {V.s}, "%!f(string=hello)"s, 0},
    {"%f", {V.su}, "%!f(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%f", {V.r}, "%!f(int32=8984)"s, 0},
    {"%f", {V.bs}, "[%!f(uint8=104) %!f(uint8=105) %!f(uint8=0)]"s, 0},
    {"%f", {V.t}, "{%!f(int=1) %!f(string=x)}"s, 0},
    {"%f", {V.pt}, "&{%!f(int=2) %!f(string=y)}"s, 0},
    {"%f", {V.sl}, "[%!f(int=1) %!f(int=2) %!f(int=3)]"s, 0},
    {"%f", {V.nsl}, "[]"s, 0},
    {"%f", {V.arr}, "[%!f(string=a) %!f(string=b) %!f(string=c)]"s, 0},
    {"%f", {V.st}, "%!f(main.St=3)"s, 0},
    {"%f", {V.pe}, "&{%!f(string=bad)}"s, 0},
    {"%f", {V.nilv}, "%!f(<nil>)"s, 0},
    {"%f", {V.anys}, "[%!f(int=1) %!f(string=a) <nil> %!f(main.St=2)]"s, 0},
    {"%f", {V.in}, "{%!f(int=1) %!f(main.St=4) %!f(main.St=5)}"s, 0},
    {"%f", {V.mi}, "%!f(main.MyInt=5)"s, 0},
    {"%f", {V.m1}, "map[%!f(string=a):%!f(int=1) %!f(string=b):%!f(int=2) %!f(string=c):%!f(int=3)]"s, 0},
    {"%f", {V.m2}, "map[%!f(int=1):%!f(string=a) %!f(int=2):%!f(string=b) %!f(int=3):%!f(string=c)]"s, 0},
    {"%f", {V.nm}, "map[]"s, 0},
    {"%f", {V.np}, "%!f(*main.T=<nil>)"s, 0},
    {"%f", {V.ba}, "[%!f(uint8=171) %!f(uint8=205)]"s, 0},
    {"%f", {V.mneg}, "%!f(int=-12345)"s, 0},
    {"%F", {V.i}, "%!F(int=42)"s, 0},
    {"%F", {V.neg}, "%!F(int=-7)"s, 0},
    {"%F", {V.i8}, "%!F(int8=-128)"s, 0},
    {"%F", {V.u8}, "%!F(uint8=200)"s, 0},
    {"%F", {V.u64}, "%!F(uint64=18446744073709551615)"s, 0},
    {"%F", {V.f}, "3.141590"s, 0},
    {"%F", {V.f2}, "1000000000000000000000.000000"s, 0},
    {"%F", {V.f3}, "0.000000"s, 0},
    {"%F", {V.f4}, "100000.000000"s, 0},
    {"%F", {V.f5}, "1234567.000000"s, 0},
    {"%F", {V.f32}, "0.100000"s, 0},
    {"%F", {V.nan}, "NaN"s, 0},
    {"%F", {V.ninf}, "-Inf"s, 0},
    {"%F", {V.z}, "0.000000"s, 0},
    {"%F", {V.negz}, "-0.000000"s, 0},
    {"%F", {V.c}, "(1.500000-2.000000i)"s, 0},
    {"%F", {V.b}, "%!F(bool=true)"s, 0},
    {"%F", {V.s}, "%!F(string=hello)"s, 0},
    {"%F", {V.su}, "%!F(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%F", {V.r}, "%!F(int32=8984)"s, 0},
    {"%F", {V.bs}, "[%!F(uint8=104) %!F(uint8=105) %!F(uint8=0)]"s, 0},
    {"%F", {V.t}, "{%!F(int=1) %!F(string=x)}"s, 0},
    {"%F", {V.pt}, "&{%!F(int=2) %!F(string=y)}"s, 0},
    {"%F", {V.sl}, "[%!F(int=1) %!F(int=2) %!F(int=3)]"s, 0},
    {"%F", {V.nsl}, "[]"s, 0},
    {"%F", {V.arr}, "[%!F(string=a) %!F(string=b) %!F(string=c)]"s, 0},
    {"%F", {V.st}, "%!F(main.St=3)"s, 0},
    {"%F", {V.pe}, "&{%!F(string=bad)}"s, 0},
    {"%F", {V.nilv}, "%!F(<nil>)"s, 0},
    {"%F", {V.anys}, "[%!F(int=1) %!F(string=a) <nil> %!F(main.St=2)]"s, 0},
    {"%F", {V.in}, "{%!F(int=1) %!F(main.St=4) %!F(main.St=5)}"s, 0},
    {"%F", {V.mi}, "%!F(main.MyInt=5)"s, 0},
    {"%F", {V.m1}, "map[%!F(string=a):%!F(int=1) %!F(string=b):%!F(int=2) %!F(string=c):%!F(int=3)]"s, 0},
    {"%F", {V.m2}, "map[%!F(int=1):%!F(string=a) %!F(int=2):%!F(string=b) %!F(int=3):%!F(string=c)]"s, 0},
    {"%F", {V.nm}, "map[]"s, 0},
    {"%F", {V.np}, "%!F(*main.T=<nil>)"s, 0},
    {"%F", {V.ba}, "[%!F(uint8=171) %!F(uint8=205)]"s, 0},
    {"%F", {V.mneg}, "%!F(int=-12345)"s, 0},
    {"%g", {V.i}, "%!g(int=42)"s, 0},
    {"%g", {V.neg}, "%!g(int=-7)"s, 0},
    {"%g", {V.i8}, "%!g(int8=-128)"s, 0},
    {"%g", {V.u8}, "%!g(uint8=200)"s, 0},
    {"%g", {V.u64}, "%!g(uint64=18446744073709551615)"s, 0},
    {"%g", {V.f}, "3.14159"s, 0},
    {"%g", {V.f2}, "1e+21"s, 0},
    {"%g", {V.f3}, "1e-07"s, 0},
    {"%g", {V.f4}, "100000"s, 0},
    {"%g", {V.f5}, "1.234567e+06"s, 0},
    {"%g", {V.f32}, "0.1"s, 0},
    {"%g", {V.nan}, "NaN"s, 0},
    {"%g", {V.ninf}, "-Inf"s, 0},
    {"%g", {V.z}, "0"s, 0},
    {"%g", {V.negz}, "-0"s, 0},
    {"%g", {V.c}, "(1.5-2i)"s, 0},
    {"%g", {V.b}, "%!g(bool=true)"s, 0},
    {"%g", {V.s}, "%!g(string=hello)"s, 0},
    {"%g", {V.su}, "%!g(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%g", {V.r}, "%!g(int32=8984)"s, 0},
    {"%g", {V.bs}, "[%!g(uint8=104) %!g(uint8=105) %!g(uint8=0)]"s, 0},
    {"%g", {V.t}, "{%!g(int=1) %!g(string=x)}"s, 0},
    {"%g", {V.pt}, "&{%!g(int=2) %!g(string=y)}"s, 0},
    {"%g", {V.sl}, "[%!g(int=1) %!g(int=2) %!g(int=3)]"s, 0},
    {"%g", {V.nsl}, "[]"s, 0},
    {"%g", {V.arr}, "[%!g(string=a) %!g(string=b) %!g(string=c)]"s, 0},
    {"%g", {V.st}, "%!g(main.St=3)"s, 0},
    {"%g", {V.pe}, "&{%!g(string=bad)}"s, 0},
    {"%g", {V.nilv}, "%!g(<nil>)"s, 0},
    {"%g", {V.anys}, "[%!g(int=1) %!g(string=a) <nil> %!g(main.St=2)]"s, 0},
    {"%g", {V.in}, "{%!g(int=1) %!g(main.St=4) %!g(main.St=5)}"s, 0},
    {"%g", {V.mi}, "%!g(main.MyInt=5)"s, 0},
    {"%g", {V.m1}, "map[%!g(string=a):%!g(int=1) %!g(string=b):%!g(int=2) %!g(string=c):%!g(int=3)]"s, 0},
    {"%g", {V.m2}, "map[%!g(int=1):%!g(string=a) %!g(int=2):%!g(string=b) %!g(int=3):%!g(string=c)]"s, 0},
    {"%g", {V.nm}, "map[]"s, 0},
    {"%g", {V.np}, "%!g(*main.T=<nil>)"s, 0},
    {"%g", {V.ba}, "[%!g(uint8=171) %!g(uint8=205)]"s, 0},
    {"%g", {V.mneg}, "%!g(int=-12345)"s, 0},
    {"%G", {V.i}, "%!G(int=42)"s, 0},
    {"%G", {V.neg}, "%!G(int=-7)"s, 0},
    {"%G", {V.i8}, "%!G(int8=-128)"s, 0},
    {"%G", {V.u8}, "%!G(uint8=200)"s, 0},
    {"%G", {V.u64}, "%!G(uint64=18446744073709551615)"s, 0},
    {"%G", {V.f}, "3.14159"s, 0},
    {"%G", {V.f2}, "1E+21"s, 0},
    {"%G", {V.f3}, "1E-07"s, 0},
    {"%G", {V.f4}, "100000"s, 0},
    {"%G", {V.f5}, "1.234567E+06"s, 0},
    {"%G", {V.f32}, "0.1"s, 0},
    {"%G", {V.nan}, "NaN"s, 0},
    {"%G", {V.ninf}, "-Inf"s, 0},
    {"%G", {V.z}, "0"s, 0},
    {"%G", {V.negz}, "-0"s, 0},
    {"%G", {V.c}, "(1.5-2i)"s, 0},
    {"%G", {V.b}, "%!G(bool=true)"s, 0},
    {"%G", {V.s}, "%!G(string=hello)"s, 0},
    {"%G", {V.su}, "%!G(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%G", {V.r}, "%!G(int32=8984)"s, 0},
    {"%G", {V.bs}, "[%!G(uint8=104) %!G(uint8=105) %!G(uint8=0)]"s, 0},
    {"%G", {V.t}, "{%!G(int=1) %!G(string=x)}"s, 0},
    {"%G", {V.pt}, "&{%!G(int=2) %!G(string=y)}"s, 0},
    {"%G", {V.sl}, "[%!G(int=1) %!G(int=2) %!G(int=3)]"s, 0},
    {"%G", {V.nsl}, "[]"s, 0},
    {"%G", {V.arr}, "[%!G(string=a) %!G(string=b) %!G(string=c)]"s, 0},
    {"%G", {V.st}, "%!G(main.St=3)"s, 0},
    {"%G", {V.pe}, "&{%!G(string=bad)}"s, 0},
    {"%G", {V.nilv}, "%!G(<nil>)"s, 0},
    {"%G", {V.anys}, "[%!G(int=1) %!G(string=a) <nil> %!G(main.St=2)]"s, 0},
    {"%G", {V.in}, "{%!G(int=1) %!G(main.St=4) %!G(main.St=5)}"s, 0},
    {"%G", {V.mi}, "%!G(main.MyInt=5)"s, 0},
    {"%G", {V.m1}, "map[%!G(string=a):%!G(int=1) %!G(string=b):%!G(int=2) %!G(string=c):%!G(int=3)]"s, 0},
    {"%G", {V.m2}, "map[%!G(int=1):%!G(string=a) %!G(int=2):%!G(string=b) %!G(int=3):%!G(string=c)]"s, 0},
    {"%G", {V.nm}, "map[]"s, 0},
    {"%G", {V.np}, "%!G(*main.T=<nil>)"s, 0},
    {"%G", {V.ba}, "[%!G(uint8=171) %!G(uint8=205)]"s, 0},
    {"%G", {V.mneg}, "%!G(int=-12345)"s, 0},
    {"%s", {V.i}, "%!s(int=42)"s, 0},
    {"%s", {V.neg}, "%!s(int=-7)"s, 0},
    {"%s", {V.i8}, "%!s(int8=-128)"s, 0},
    {"%s", {V.u8}, "%!s(uint8=200)"s, 0},
    {"%s", {V.u64}, "%!s(uint64=18446744073709551615)"s, 0},
    {"%s", {V.f}, "%!s(float64=3.14159)"s, 0},
    {"%s", {V.f2}, "%!s(float64=1e+21)"s, 0},
    {"%s", {V.f3}, "%!s(float64=1e-07)"s, 0},
    {"%s", {V.f4}, "%!s(float64=100000)"s, 0},
    {"%s", {V.f5}, "%!s(float64=1.234567e+06)"s, 0},
    {"%s", {V.f32}, "%!s(float32=0.1)"s, 0},
    {"%s", {V.nan}, "%!s(float64=NaN)"s, 0},
    {"%s", {V.ninf}, "%!s(float64=-Inf)"s, 0},
    {"%s", {V.z}, "%!s(float64=0)"s, 0},
    {"%s", {V.negz}, "%!s(float64=-0)"s, 0},
    {"%s", {V.c}, "%!s(complex128=(1.5-2i))"s, 0},
    {"%s", {V.b}, "%!s(bool=true)"s, 0},
    {"%s", {V.s}, "hello"s, 0},
    {"%s", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"""s, 0},
    {"%s", {V.r}, "%!s(int32=8984)"s, 0},
    {"%s", {V.bs}, "hi\x00"""s, 0},
    {"%s", {V.t}, "{%!s(int=1) x}"s, 0},
    {"%s", {V.pt}, "&{%!s(int=2) y}"s, 0},
    {"%s", {V.sl}, "[%!s(int=1) %!s(int=2) %!s(int=3)]"s, 0},
    {"%s", {V.nsl}, "[]"s, 0},
    {"%s", {V.arr}, "[a b c]"s, 0},
    {"%s", {V.st}, "St3"s, 0},
    {"%s", {V.pe}, "E:bad"s, 0},
    {"%s", {V.nilv}, "%!s(<nil>)"s, 0},
    {"%s", {V.anys}, "[%!s(int=1) a <nil> St2]"s, 0},
    {"%s", {V.in}, "{%!s(int=1) %!s(main.St=4) St5}"s, 0},
    {"%s", {V.mi}, "%!s(main.MyInt=5)"s, 0},
    {"%s", {V.m1}, "map[a:%!s(int=1) b:%!s(int=2) c:%!s(int=3)]"s, 0},
    {"%s", {V.m2}, "map[%!s(int=1):a %!s(int=2):b %!s(int=3):c]"s, 0},
    {"%s", {V.nm}, "map[]"s, 0},
    {"%s", {V.np}, "%!s(*main.T=<nil>)"s, 0},
    {"%s", {V.ba}, "\xab""\xcd"""s, 0},
    {"%s", {V.mneg}, "%!s(int=-12345)"s, 0},
    {"%t", {V.i}, "%!t(int=42)"s, 0},
    {"%t", {V.neg}, "%!t(int=-7)"s, 0},
    {"%t", {V.i8}, "%!t(int8=-128)"s, 0},
    {"%t", {V.u8}, "%!t(uint8=200)"s, 0},
    {"%t", {V.u64}, "%!t(uint64=18446744073709551615)"s, 0},
    {"%t", {V.f}, "%!t(float64=3.14159)"s, 0},
    {"%t", {V.f2}, "%!t(float64=1e+21)"s, 0},
    {"%t", {V.f3}, "%!t(float64=1e-07)"s, 0},
    {"%t", {V.f4}, "%!t(float64=100000)"s, 0},
    {"%t", {V.f5}, "%!t(float64=1.234567e+06)"s, 0},
    {"%t", {V.f32}, "%!t(float32=0.1)"s, 0},
    {"%t", {V.nan}, "%!t(float64=NaN)"s, 0},
    {"%t", {V.ninf}, "%!t(float64=-Inf)"s, 0},
    {"%t", {V.z}, "%!t(float64=0)"s, 0},
    {"%t", {V.negz}, "%!t(float64=-0)"s, 0},
    {"%t", {V.c}, "%!t(complex128=(1.5-2i))"s, 0},
    {"%t", {V.b}, "true"s, 0},
    {"%t", {V.s}, "%!t(string=hello)"s, 0},
    {"%t", {V.su}, "%!t(string=h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"")"s, 0},
    {"%t", {V.r}, "%!t(int32=8984)"s, 0},
    {"%t", {V.bs}, "[%!t(uint8=104) %!t(uint8=105) %!t(uint8=0)]"s, 0},
    {"%t", {V.t}, "{%!t(int=1) %!t(string=x)}"s, 0},
    {"%t", {V.pt}, "&{%!t(int=2) %!t(string=y)}"s, 0},
    {"%t", {V.sl}, "[%!t(int=1) %!t(int=2) %!t(int=3)]"s, 0},
    {"%t", {V.nsl}, "[]"s, 0},
    {"%t", {V.arr}, "[%!t(string=a) %!t(string=b) %!t(string=c)]"s, 0},
    {"%t", {V.st}, "%!t(main.St=3)"s, 0},
    {"%t", {V.pe}, "&{%!t(string=bad)}"s, 0},
    {"%t", {V.nilv}, "%!t(<nil>)"s, 0},
    {"%t", {V.anys}, "[%!t(int=1) %!t(string=a) <nil> %!t(main.St=2)]"s, 0},
    {"%t", {V.in}, "{%!t(int=1) %!t(main.St=4) %!t(main.St=5)}"s, 0},
    {"%t", {V.mi}, "%!t(main.MyInt=5)"s, 0},
    {"%t", {V.m1}, "map[%!t(string=a):%!t(int=1) %!t(string=b):%!t(int=2) %!t(string=c):%!t(int=3)]"s, 0},
    {"%t", {V.m2}, "map[%!t(int=1):%!t(string=a) %!t(int=2):%!t(string=b) %!t(int=3):%!t(string=c)]"s, 0},
    {"%t", {V.nm}, "map[]"s, 0},
    {"%t", {V.np}, "%!t(*main.T=<nil>)"s, 0},
    {"%t", {V.ba}, "[%!t(uint8=171) %!t(uint8=205)]"s, 0},
    {"%t", {V.mneg}, "%!t(int=-12345)"s, 0},
    {"%8v", {V.i}, "      42"s, 0},
    {"%8v", {V.neg}, "      -7"s, 0},
    {"%8v", {V.i8}, "    -128"s, 0},
    {"%8v", {V.u8}, "     200"s, 0},
    {"%8v", {V.u64}, "18446744073709551615"s, 0},
    {"%8v", {V.f}, " 3.14159"s, 0},
    {"%8v", {V.f2}, "   1e+21"s, 0},
    {"%8v", {V.f3}, "   1e-07"s, 0},
    {"%8v", {V.f4}, "  100000"s, 0},
    {"%8v", {V.f5}, "1.234567e+06"s, 0},
    {"%8v", {V.f32}, "     0.1"s, 0},
    {"%8v", {V.nan}, "     NaN"s, 0},
    {"%8v", {V.ninf}, "    -Inf"s, 0},
    {"%8v", {V.z}, "       0"s, 0},
    {"%8v", {V.negz}, "      -0"s, 0},
    {"%8v", {V.c}, "(     1.5      -2i)"s, 0},
    {"%8v", {V.b}, "    true"s, 0},
    {"%8v", {V.s}, "   hello"s, 0},
    {"%8v", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"""s, 0},
    {"%8v", {V.r}, "    8984"s, 0},
    {"%8v", {V.bs}, "[     104      105        0]"s, 0},
    {"%8v", {V.t}, "{       1        x}"s, 0},
    {"%8v", {V.pt}, "&{       2        y}"s, 0},
    {"%8v", {V.sl}, "[       1        2        3]"s, 0},
    {"%8v", {V.nsl}, "[]"s, 0},
    {"%8v", {V.arr}, "[       a        b        c]"s, 0},
    {"%8v", {V.st}, "     St3"s, 0},
    {"%8v", {V.pe}, "   E:bad"s, 0},
    {"%8v", {V.nilv}, "   <nil>"s, 0},
    {"%8v", {V.anys}, "[       1        a <nil>      St2]"s, 0},
    {"%8v", {V.in}, "{       1        4      St5}"s, 0},
    {"%8v", {V.mi}, "       5"s, 0},
    {"%8v", {V.m1}, "map[       a:       1        b:       2        c:       3]"s, 0},
    {"%8v", {V.m2}, "map[       1:       a        2:       b        3:       c]"s, 0},
    {"%8v", {V.nm}, "map[]"s, 0},
    {"%8v", {V.np}, "   <nil>"s, 0},
    {"%8v", {V.ba}, "[     171      205]"s, 0},
    {"%8v", {V.mneg}, "  -12345"s, 0},
    {"%-8v|", {V.i}, "42      |"s, 0},
    {"%-8v|", {V.neg}, "-7      |"s, 0},
    {"%-8v|", {V.i8}, "-128    |"s, 0},
    {"%-8v|", {V.u8}, "200     |"s, 0},
    {"%-8v|", {V.u64}, "18446744073709551615|"s, 0},
    {"%-8v|", {V.f}, "3.14159 |"s, 0},
    {"%-8v|", {V.f2}, "1e+21   |"s, 0},
    {"%-8v|", {V.f3}, "1e-07   |"s, 0},
    {"%-8v|", {V.f4}, "100000  |"s, 0},
    {"%-8v|", {V.f5}, "1.234567e+06|"s, 0},
    {"%-8v|", {V.f32}, "0.1     |"s, 0},
    {"%-8v|", {V.nan}, "NaN     |"s, 0},
    {"%-8v|", {V.ninf}, "-Inf    |"s, 0},
    {"%-8v|", {V.z}, "0       |"s, 0},
    {"%-8v|", {V.negz}, "-0      |"s, 0},
    {"%-8v|", {V.c}, "(1.5     -2      i)|"s, 0},
    {"%-8v|", {V.b}, "true    |"s, 0},
    {"%-8v|", {V.s}, "hello   |"s, 0},
    {"%-8v|", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a""|"s, 0},
    {"%-8v|", {V.r}, "8984    |"s, 0},
    {"%-8v|", {V.bs}, "[104      105      0       ]|"s, 0},
    {"%-8v|", {V.t}, "{1        x       }|"s, 0},
    {"%-8v|", {V.pt}, "&{2        y       }|"s, 0},
    {"%-8v|", {V.sl}, "[1        2        3       ]|"s, 0},
    {"%-8v|", {V.nsl}, "[]|"s, 0},
    {"%-8v|", {V.arr}, "[a        b        c       ]|"s, 0},
    {"%-8v|", {V.st}, "St3     |"s, 0},
    {"%-8v|", {V.pe}, "E:bad   |"s, 0},
    {"%-8v|", {V.nilv}, "<nil>   |"s, 0},
    {"%-8v|", {V.anys}, "[1        a        <nil> St2     ]|"s, 0},
    {"%-8v|", {V.in}, "{1        4        St5     }|"s, 0},
    {"%-8v|", {V.mi}, "5       |"s, 0},
    {"%-8v|", {V.m1}, "map[a       :1        b       :2        c       :3       ]|"s, 0},
    {"%-8v|", {V.m2}, "map[1       :a        2       :b        3       :c       ]|"s, 0},
    {"%-8v|", {V.nm}, "map[]|"s, 0},
    {"%-8v|", {V.np}, "<nil>   |"s, 0},
    {"%-8v|", {V.ba}, "[171      205     ]|"s, 0},
    {"%-8v|", {V.mneg}, "-12345  |"s, 0},
    {"%08.3v", {V.i}, "     042"s, 0},
    {"%08.3v", {V.neg}, "    -007"s, 0},
    {"%08.3v", {V.i8}, "    -128"s, 0},
    {"%08.3v", {V.u8}, "     200"s, 0},
    {"%08.3v", {V.u64}, "18446744073709551615"s, 0},
    {"%08.3v", {V.f}, "00003.14"s, 0},
    {"%08.3v", {V.f2}, "0001e+21"s, 0},
    {"%08.3v", {V.f3}, "0001e-07"s, 0},
    {"%08.3v", {V.f4}, "0001e+05"s, 0},
    {"%08.3v", {V.f5}, "1.23e+06"s, 0},
    {"%08.3v", {V.f32}, "000000.1"s, 0},
    {"%08.3v", {V.nan}, "     NaN"s, 0},
    {"%08.3v", {V.ninf}, "    -Inf"s, 0},
    {"%08.3v", {V.z}, "00000000"s, 0},
    {"%08.3v", {V.negz}, "-0000000"s, 0},
    {"%08.3v", {V.c}, "(000001.5-0000002i)"s, 0},
    {"%08.3v", {V.b}, "0000true"s, 0},
    {"%08.3v", {V.s}, "00000hel"s, 0},
    {"%08.3v", {V.su}, "00000h\xc3""\xa9""l"s, 0},
    {"%08.3v", {V.r}, "    8984"s, 0},
    {"%08.3v", {V.bs}, "[     104      105      000]"s, 0},
    {"%08.3v", {V.t}, "{     001 0000000x}"s, 0},
    {"%08.3v", {V.pt}, "&{     002 0000000y}"s, 0},
    {"%08.3v", {V.sl}, "[     001      002      003]"s, 0},
    {"%08.3v", {V.nsl}, "[]"s, 0},
    {"%08.3v", {V.arr}, "[0000000a 0000000b 0000000c]"s, 0},
    {"%08.3v", {V.st}, "00000St3"s, 0},
    {"%08.3v", {V.pe}, "00000E:b"s, 0},
    {"%08.3v", {V.nilv}, "000<nil>"s, 0},
    {"%08.3v", {V.anys}, "[     001 0000000a <nil> 00000St2]"s, 0},
    {"%08.3v", {V.in}, "{     001      004 00000St5}"s, 0},
    {"%08.3v", {V.mi}, "     005"s, 0},
    {"%08.3v", {V.m1}, "map[0000000a:     001 0000000b:     002 0000000c:     003]"s, 0},
    {"%08.3v", {V.m2}, "map[     001:0000000a      002:0000000b      003:0000000c]"s, 0},
    {"%08.3v", {V.nm}, "map[]"s, 0},
    {"%08.3v", {V.np}, "000<nil>"s, 0},
    {"%08.3v", {V.ba}, "[     171      205]"s, 0},
    {"%08.3v", {V.mneg}, "  -12345"s, 0},
    {"%5d", {V.i}, "   42"s, 0},
    {"%5d", {V.neg}, "   -7"s, 0},
    {"%5d", {V.u8}, "  200"s, 0},
    {"%5d", {V.r}, " 8984"s, 0},
    {"%5d", {V.mneg}, "-12345"s, 0},
    {"%5d", {V.i8}, " -128"s, 0},
    {"%5d", {V.u64}, "18446744073709551615"s, 0},
    {"%-5d|", {V.i}, "42   |"s, 0},
    {"%-5d|", {V.neg}, "-7   |"s, 0},
    {"%-5d|", {V.u8}, "200  |"s, 0},
    {"%-5d|", {V.r}, "8984 |"s, 0},
    {"%-5d|", {V.mneg}, "-12345|"s, 0},
    {"%-5d|", {V.i8}, "-128 |"s, 0},
    {"%-5d|", {V.u64}, "18446744073709551615|"s, 0},
    {"%05d", {V.i}, "00042"s, 0},
    {"%05d", {V.neg}, "-0007"s, 0},
    {"%05d", {V.u8}, "00200"s, 0},
    {"%05d", {V.r}, "08984"s, 0},
    {"%05d", {V.mneg}, "-12345"s, 0},
    {"%05d", {V.i8}, "-0128"s, 0},
    {"%05d", {V.u64}, "18446744073709551615"s, 0},
    {"%+d", {V.i}, "+42"s, 0},
    {"%+d", {V.neg}, "-7"s, 0},
    {"%+d", {V.u8}, "+200"s, 0},
    {"%+d", {V.r}, "+8984"s, 0},
    {"%+d", {V.mneg}, "-12345"s, 0},
    {"%+d", {V.i8}, "-128"s, 0},
    {"%+d", {V.u64}, "+18446744073709551615"s, 0},
    {"% d", {V.i}, " 42"s, 0},
    {"% d", {V.neg}, "-7"s, 0},
    {"% d", {V.u8}, " 200"s, 0},
    {"% d", {V.r}, " 8984"s, 0},
    {"% d", {V.mneg}, "-12345"s, 0},
    {"% d", {V.i8}, "-128"s, 0},
    {"% d", {V.u64}, " 18446744073709551615"s, 0},
    {"%x", {V.i}, "2a"s, 0},
    {"%x", {V.neg}, "-7"s, 0},
    {"%x", {V.u8}, "c8"s, 0},
    {"%x", {V.r}, "2318"s, 0},
    {"%x", {V.mneg}, "-3039"s, 0},
    {"%x", {V.i8}, "-80"s, 0},
    {"%x", {V.u64}, "ffffffffffffffff"s, 0},
    {"%#x", {V.i}, "0x2a"s, 0},
    {"%#x", {V.neg}, "-0x7"s, 0},
    {"%#x", {V.u8}, "0xc8"s, 0},
    {"%#x", {V.r}, "0x2318"s, 0},
    {"%#x", {V.mneg}, "-0x3039"s, 0},
    {"%#x", {V.i8}, "-0x80"s, 0},
    {"%#x", {V.u64}, "0xffffffffffffffff"s, 0},
    {"%#o", {V.i}, "052"s, 0},
    {"%#o", {V.neg}, "-07"s, 0},
    {"%#o", {V.u8}, "0310"s, 0},
    {"%#o", {V.r}, "021430"s, 0},
    {"%#o", {V.mneg}, "-030071"s, 0},
    {"%#o", {V.i8}, "-0200"s, 0},
    {"%#o", {V.u64}, "01777777777777777777777"s, 0},
    {"%#b", {V.i}, "0b101010"s, 0},
    {"%#b", {V.neg}, "-0b111"s, 0},
    {"%#b", {V.u8}, "0b11001000"s, 0},
    {"%#b", {V.r}, "0b10001100011000"s, 0},
    {"%#b", {V.mneg}, "-0b11000000111001"s, 0},
    {"%#b", {V.i8}, "-0b10000000"s, 0},
    {"%#b", {V.u64}, "0b1111111111111111111111111111111111111111111111111111111111111111"s, 0},
    {"%.3d", {V.i}, "042"s, 0},
    {"%.3d", {V.neg}, "-007"s, 0},
    {"%.3d", {V.u8}, "200"s, 0},
    {"%.3d", {V.r}, "8984"s, 0},
    {"%.3d", {V.mneg}, "-12345"s, 0},
    {"%.3d", {V.i8}, "-128"s, 0},
    {"%.3d", {V.u64}, "18446744073709551615"s, 0},
    {"%8.3d", {V.i}, "     042"s, 0},
    {"%8.3d", {V.neg}, "    -007"s, 0},
    {"%8.3d", {V.u8}, "     200"s, 0},
    {"%8.3d", {V.r}, "    8984"s, 0},
    {"%8.3d", {V.mneg}, "  -12345"s, 0},
    {"%8.3d", {V.i8}, "    -128"s, 0},
    {"%8.3d", {V.u64}, "18446744073709551615"s, 0},
    {"%+.3d", {V.i}, "+042"s, 0},
    {"%+.3d", {V.neg}, "-007"s, 0},
    {"%+.3d", {V.u8}, "+200"s, 0},
    {"%+.3d", {V.r}, "+8984"s, 0},
    {"%+.3d", {V.mneg}, "-12345"s, 0},
    {"%+.3d", {V.i8}, "-128"s, 0},
    {"%+.3d", {V.u64}, "+18446744073709551615"s, 0},
    {"%.0d", {V.i}, "42"s, 0},
    {"%.0d", {V.neg}, "-7"s, 0},
    {"%.0d", {V.u8}, "200"s, 0},
    {"%.0d", {V.r}, "8984"s, 0},
    {"%.0d", {V.mneg}, "-12345"s, 0},
    {"%.0d", {V.i8}, "-128"s, 0},
    {"%.0d", {V.u64}, "18446744073709551615"s, 0},
    {"%#X", {V.i}, "0X2A"s, 0},
    {"%#X", {V.neg}, "-0X7"s, 0},
    {"%#X", {V.u8}, "0XC8"s, 0},
    {"%#X", {V.r}, "0X2318"s, 0},
    {"%#X", {V.mneg}, "-0X3039"s, 0},
    {"%#X", {V.i8}, "-0X80"s, 0},
    {"%#X", {V.u64}, "0XFFFFFFFFFFFFFFFF"s, 0},
    {"%O", {V.i}, "0o52"s, 0},
    {"%O", {V.neg}, "-0o7"s, 0},
    {"%O", {V.u8}, "0o310"s, 0},
    {"%O", {V.r}, "0o21430"s, 0},
    {"%O", {V.mneg}, "-0o30071"s, 0},
    {"%O", {V.i8}, "-0o200"s, 0},
    {"%O", {V.u64}, "0o1777777777777777777777"s, 0},
    {"% x", {V.i}, " 2a"s, 0},
    {"% x", {V.neg}, "-7"s, 0},
    {"% x", {V.u8}, " c8"s, 0},
    {"% x", {V.r}, " 2318"s, 0},
    {"% x", {V.mneg}, "-3039"s, 0},
    {"% x", {V.i8}, "-80"s, 0},
    {"% x", {V.u64}, " ffffffffffffffff"s, 0},
    {"%c", {V.i}, "*"s, 0},
    {"%c", {V.neg}, "\xef""\xbf""\xbd"""s, 0},
    {"%c", {V.u8}, "\xc3""\x88"""s, 0},
    {"%c", {V.r}, "\xe2""\x8c""\x98"""s, 0},
    {"%c", {V.mneg}, "\xef""\xbf""\xbd"""s, 0},
    {"%c", {V.i8}, "\xef""\xbf""\xbd"""s, 0},
    {"%c", {V.u64}, "\xef""\xbf""\xbd"""s, 0},
    {"%q", {V.i}, "'*'"s, 0},
    {"%q", {V.neg}, "'\xef""\xbf""\xbd""'"s, 0},
    {"%q", {V.u8}, "'\xc3""\x88""'"s, 0},
    {"%q", {V.r}, "'\xe2""\x8c""\x98""'"s, 0},
    {"%q", {V.mneg}, "'\xef""\xbf""\xbd""'"s, 0},
    {"%q", {V.i8}, "'\xef""\xbf""\xbd""'"s, 0},
    {"%q", {V.u64}, "'\xef""\xbf""\xbd""'"s, 0},
    {"%+q", {V.i}, "'*'"s, 0},
    {"%+q", {V.neg}, "'\\ufffd'"s, 0},
    {"%+q", {V.u8}, "'\\u00c8'"s, 0},
    {"%+q", {V.r}, "'\\u2318'"s, 0},
    {"%+q", {V.mneg}, "'\\ufffd'"s, 0},
    {"%+q", {V.i8}, "'\\ufffd'"s, 0},
    {"%+q", {V.u64}, "'\\ufffd'"s, 0},
    {"%U", {V.i}, "U+002A"s, 0},
    {"%U", {V.neg}, "U+FFFFFFFFFFFFFFF9"s, 0},
    {"%U", {V.u8}, "U+00C8"s, 0},
    {"%U", {V.r}, "U+2318"s, 0},
    {"%U", {V.mneg}, "U+FFFFFFFFFFFFCFC7"s, 0},
    {"%U", {V.i8}, "U+FFFFFFFFFFFFFF80"s, 0},
    {"%U", {V.u64}, "U+FFFFFFFFFFFFFFFF"s, 0},
    {"%#U", {V.i}, "U+002A '*'"s, 0},
    {"%#U", {V.neg}, "U+FFFFFFFFFFFFFFF9"s, 0},
    {"%#U", {V.u8}, "U+00C8 '\xc3""\x88""'"s, 0},
    {"%#U", {V.r}, "U+2318 '\xe2""\x8c""\x98""'"s, 0},
    {"%#U", {V.mneg}, "U+FFFFFFFFFFFFCFC7"s, 0},
    {"%#U", {V.i8}, "U+FFFFFFFFFFFFFF80"s, 0},
    {"%#U", {V.u64}, "U+FFFFFFFFFFFFFFFF"s, 0},
    {"%#8U|", {V.i}, "U+002A '*'|"s, 0},
    {"%#8U|", {V.neg}, "U+FFFFFFFFFFFFFFF9|"s, 0},
    {"%#8U|", {V.u8}, "U+00C8 '\xc3""\x88""'|"s, 0},
    {"%#8U|", {V.r}, "U+2318 '\xe2""\x8c""\x98""'|"s, 0},
    {"%#8U|", {V.mneg}, "U+FFFFFFFFFFFFCFC7|"s, 0},
    {"%#8U|", {V.i8}, "U+FFFFFFFFFFFFFF80|"s, 0},
    {"%#8U|", {V.u64}, "U+FFFFFFFFFFFFFFFF|"s, 0},
    {"%.6U", {V.i}, "U+00002A"s, 0},
    {"%.6U", {V.neg}, "U+FFFFFFFFFFFFFFF9"s, 0},
    {"%.6U", {V.u8}, "U+0000C8"s, 0},
    {"%.6U", {V.r}, "U+002318"s, 0},
    {"%.6U", {V.mneg}, "U+FFFFFFFFFFFFCFC7"s, 0},
    {"%.6U", {V.i8}, "U+FFFFFFFFFFFFFF80"s, 0},
    {"%.6U", {V.u64}, "U+FFFFFFFFFFFFFFFF"s, 0},
    {"%.2f", {V.f}, "3.14"s, 0},
    {"%.2f", {V.f2}, "1000000000000000000000.00"s, 0},
    {"%.2f", {V.f3}, "0.00"s, 0},
    {"%.2f", {V.f4}, "100000.00"s, 0},
    {"%.2f", {V.f5}, "1234567.00"s, 0},
    {"%.2f", {V.f32}, "0.10"s, 0},
    {"%.2f", {V.nan}, "NaN"s, 0},
    {"%.2f", {V.ninf}, "-Inf"s, 0},
    {"%.2f", {V.z}, "0.00"s, 0},
    {"%.2f", {V.negz}, "-0.00"s, 0},
    {"%.2f", {V.c}, "(1.50-2.00i)"s, 0},
    {"%.2f", {V.mneg}, "%!f(int=-12345)"s, 0},
    {"%10.3f", {V.f}, "     3.142"s, 0},
    {"%10.3f", {V.f2}, "1000000000000000000000.000"s, 0},
    {"%10.3f", {V.f3}, "     0.000"s, 0},
    {"%10.3f", {V.f4}, "100000.000"s, 0},
    {"%10.3f", {V.f5}, "1234567.000"s, 0},
    {"%10.3f", {V.f32}, "     0.100"s, 0},
    {"%10.3f", {V.nan}, "       NaN"s, 0},
    {"%10.3f", {V.ninf}, "      -Inf"s, 0},
    {"%10.3f", {V.z}, "     0.000"s, 0},
    {"%10.3f", {V.negz}, "    -0.000"s, 0},
    {"%10.3f", {V.c}, "(     1.500    -2.000i)"s, 0},
    {"%10.3f", {V.mneg}, "%!f(int=    -12345)"s, 0},
    {"%-10.3f|", {V.f}, "3.142     |"s, 0},
    {"%-10.3f|", {V.f2}, "1000000000000000000000.000|"s, 0},
    {"%-10.3f|", {V.f3}, "0.000     |"s, 0},
    {"%-10.3f|", {V.f4}, "100000.000|"s, 0},
    {"%-10.3f|", {V.f5}, "1234567.000|"s, 0},
    {"%-10.3f|", {V.f32}, "0.100     |"s, 0},
    {"%-10.3f|", {V.nan}, "NaN       |"s, 0},
    {"%-10.3f|", {V.ninf}, "-Inf      |"s, 0},
    {"%-10.3f|", {V.z}, "0.000     |"s, 0},
    {"%-10.3f|", {V.negz}, "-0.000    |"s, 0},
    {"%-10.3f|", {V.c}, "(1.500     -2.000    i)|"s, 0},
    {"%-10.3f|", {V.mneg}, "%!f(int=-12345    )|"s, 0},
    {"%010.3f", {V.f}, "000003.142"s, 0},
    {"%010.3f", {V.f2}, "1000000000000000000000.000"s, 0},
    {"%010.3f", {V.f3}, "000000.000"s, 0},
    {"%010.3f", {V.f4}, "100000.000"s, 0},
    {"%010.3f", {V.f5}, "1234567.000"s, 0},
    {"%010.3f", {V.f32}, "000000.100"s, 0},
    {"%010.3f", {V.nan}, "       NaN"s, 0},
    {"%010.3f", {V.ninf}, "      -Inf"s, 0},
    {"%010.3f", {V.z}, "000000.000"s, 0},
    {"%010.3f", {V.negz}, "-00000.000"s, 0},
    {"%010.3f", {V.c}, "(000001.500-00002.000i)"s, 0},
    {"%010.3f", {V.mneg}, "%!f(int=    -12345)"s, 0},
    {"%+.3e", {V.f}, "+3.142e+00"s, 0},
    {"%+.3e", {V.f2}, "+1.000e+21"s, 0},
    {"%+.3e", {V.f3}, "+1.000e-07"s, 0},
    {"%+.3e", {V.f4}, "+1.000e+05"s, 0},
    {"%+.3e", {V.f5}, "+1.235e+06"s, 0},
    {"%+.3e", {V.f32}, "+1.000e-01"s, 0},
    {"%+.3e", {V.nan}, "+NaN"s, 0},
    {"%+.3e", {V.ninf}, "-Inf"s, 0},
    {"%+.3e", {V.z}, "+0.000e+00"s, 0},
    {"%+.3e", {V.negz}, "-0.000e+00"s, 0},
    {"%+.3e", {V.c}, "(+1.500e+00-2.000e+00i)"s, 0},
    {"%+.3e", {V.mneg}, "%!e(int=-12345)"s, 0},
    {"%.0f", {V.f}, "3"s, 0},
    {"%.0f", {V.f2}, "1000000000000000000000"s, 0},
    {"%.0f", {V.f3}, "0"s, 0},
    {"%.0f", {V.f4}, "100000"s, 0},
    {"%.0f", {V.f5}, "1234567"s, 0},
    {"%.0f", {V.f32}, "0"s, 0},
    {"%.0f", {V.nan}, "NaN"s, 0},
    {"%.0f", {V.ninf}, "-Inf"s, 0},
    {"%.0f", {V.z}, "0"s, 0},
    {"%.0f", {V.negz}, "-0"s, 0},
    {"%.0f", {V.c}, "(2-2i)"s, 0},
    {"%.0f", {V.mneg}, "%!f(int=-12345)"s, 0},
    {"%#.0f", {V.f}, "3."s, 0},
    {"%#.0f", {V.f2}, "1000000000000000000000."s, 0},
    {"%#.0f", {V.f3}, "0."s, 0},
    {"%#.0f", {V.f4}, "100000."s, 0},
    {"%#.0f", {V.f5}, "1234567."s, 0},
    {"%#.0f", {V.f32}, "0."s, 0},
    {"%#.0f", {V.nan}, "NaN"s, 0},
    {"%#.0f", {V.ninf}, "-Inf"s, 0},
    {"%#.0f", {V.z}, "0."s, 0},
    {"%#.0f", {V.negz}, "-0."s, 0},
    {"%#.0f", {V.c}, "(2.-2.i)"s, 0},
    {"%#.0f", {V.mneg}, "%!f(int=-12345)"s, 0},
    {"%#g", {V.f}, "3.14159"s, 0},
    {"%#g", {V.f2}, "1.00000e+21"s, 0},
    {"%#g", {V.f3}, "1.00000e-07"s, 0},
    {"%#g", {V.f4}, "100000."s, 0},
    {"%#g", {V.f5}, "1.234567e+06"s, 0},
    {"%#g", {V.f32}, "0.100000"s, 0},
    {"%#g", {V.nan}, "NaN"s, 0},
    {"%#g", {V.ninf}, "-Inf"s, 0},
    {"%#g", {V.z}, "0.00000"s, 0},
    {"%#g", {V.negz}, "-0.00000"s, 0},
    {"%#g", {V.c}, "(1.50000-2.00000i)"s, 0},
    {"%#g", {V.mneg}, "%!g(int=-12345)"s, 0},
    {"%#.3g", {V.f}, "3.14"s, 0},
    {"%#.3g", {V.f2}, "1.00e+21"s, 0},
    {"%#.3g", {V.f3}, "1.00e-07"s, 0},
    {"%#.3g", {V.f4}, "1.00e+05"s, 0},
    {"%#.3g", {V.f5}, "1.23e+06"s, 0},
    {"%#.3g", {V.f32}, "0.100"s, 0},
    {"%#.3g", {V.nan}, "NaN"s, 0},
    {"%#.3g", {V.ninf}, "-Inf"s, 0},
    {"%#.3g", {V.z}, "0.00"s, 0},
    {"%#.3g", {V.negz}, "-0.00"s, 0},
    {"%#.3g", {V.c}, "(1.50-2.00i)"s, 0},
    {"%#.3g", {V.mneg}, "%!g(int=-12345)"s, 0},
    {"%.3g", {V.f}, "3.14"s, 0},
    {"%.3g", {V.f2}, "1e+21"s, 0},
    {"%.3g", {V.f3}, "1e-07"s, 0},
    {"%.3g", {V.f4}, "1e+05"s, 0},
    {"%.3g", {V.f5}, "1.23e+06"s, 0},
    {"%.3g", {V.f32}, "0.1"s, 0},
    {"%.3g", {V.nan}, "NaN"s, 0},
    {"%.3g", {V.ninf}, "-Inf"s, 0},
    {"%.3g", {V.z}, "0"s, 0},
    {"%.3g", {V.negz}, "-0"s, 0},
    {"%.3g", {V.c}, "(1.5-2i)"s, 0},
    {"%.3g", {V.mneg}, "%!g(int=-12345)"s, 0},
    {"%g", {V.f}, "3.14159"s, 0},
    {"%g", {V.f2}, "1e+21"s, 0},
    {"%g", {V.f3}, "1e-07"s, 0},
    {"%g", {V.f4}, "100000"s, 0},
    {"%g", {V.f5}, "1.234567e+06"s, 0},
    {"%g", {V.f32}, "0.1"s, 0},
    {"%g", {V.nan}, "NaN"s, 0},
    {"%g", {V.ninf}, "-Inf"s, 0},
    {"%g", {V.z}, "0"s, 0},
    {"%g", {V.negz}, "-0"s, 0},
    {"%g", {V.c}, "(1.5-2i)"s, 0},
    {"%g", {V.mneg}, "%!g(int=-12345)"s, 0},
    {"%8.2g", {V.f}, "     3.1"s, 0},
    {"%8.2g", {V.f2}, "   1e+21"s, 0},
    {"%8.2g", {V.f3}, "   1e-07"s, 0},
    {"%8.2g", {V.f4}, "   1e+05"s, 0},
    {"%8.2g", {V.f5}, " 1.2e+06"s, 0},
    {"%8.2g", {V.f32}, "     0.1"s, 0},
    {"%8.2g", {V.nan}, "     NaN"s, 0},
    {"%8.2g", {V.ninf}, "    -Inf"s, 0},
    {"%8.2g", {V.z}, "       0"s, 0},
    {"%8.2g", {V.negz}, "      -0"s, 0},
    {"%8.2g", {V.c}, "(     1.5      -2i)"s, 0},
    {"%8.2g", {V.mneg}, "%!g(int=  -12345)"s, 0},
    {"% f", {V.f}, " 3.141590"s, 0},
    {"% f", {V.f2}, " 1000000000000000000000.000000"s, 0},
    {"% f", {V.f3}, " 0.000000"s, 0},
    {"% f", {V.f4}, " 100000.000000"s, 0},
    {"% f", {V.f5}, " 1234567.000000"s, 0},
    {"% f", {V.f32}, " 0.100000"s, 0},
    {"% f", {V.nan}, " NaN"s, 0},
    {"% f", {V.ninf}, "-Inf"s, 0},
    {"% f", {V.z}, " 0.000000"s, 0},
    {"% f", {V.negz}, "-0.000000"s, 0},
    {"% f", {V.c}, "( 1.500000-2.000000i)"s, 0},
    {"% f", {V.mneg}, "%!f(int=-12345)"s, 0},
    {"%+f", {V.f}, "+3.141590"s, 0},
    {"%+f", {V.f2}, "+1000000000000000000000.000000"s, 0},
    {"%+f", {V.f3}, "+0.000000"s, 0},
    {"%+f", {V.f4}, "+100000.000000"s, 0},
    {"%+f", {V.f5}, "+1234567.000000"s, 0},
    {"%+f", {V.f32}, "+0.100000"s, 0},
    {"%+f", {V.nan}, "+NaN"s, 0},
    {"%+f", {V.ninf}, "-Inf"s, 0},
    {"%+f", {V.z}, "+0.000000"s, 0},
    {"%+f", {V.negz}, "-0.000000"s, 0},
    {"%+f", {V.c}, "(+1.500000-2.000000i)"s, 0},
    {"%+f", {V.mneg}, "%!f(int=-12345)"s, 0},
    {"%x", {V.f}, "0x1.921f9f01b866ep+01"s, 0},
    {"%x", {V.f2}, "0x1.b1ae4d6e2ef5p+69"s, 0},
    {"%x", {V.f3}, "0x1.ad7f29abcaf48p-24"s, 0},
    {"%x", {V.f4}, "0x1.86ap+16"s, 0},
    {"%x", {V.f5}, "0x1.2d687p+20"s, 0},
    {"%x", {V.f32}, "0x1.99999ap-04"s, 0},
    {"%x", {V.nan}, "NaN"s, 0},
    {"%x", {V.ninf}, "-Inf"s, 0},
    {"%x", {V.z}, "0x0p+00"s, 0},
    {"%x", {V.negz}, "-0x0p+00"s, 0},
    {"%x", {V.c}, "(0x1.8p+00-0x1p+01i)"s, 0},
    {"%x", {V.mneg}, "-3039"s, 0},
    {"%X", {V.f}, "0X1.921F9F01B866EP+01"s, 0},
    {"%X", {V.f2}, "0X1.B1AE4D6E2EF5P+69"s, 0},
    {"%X", {V.f3}, "0X1.AD7F29ABCAF48P-24"s, 0},
    {"%X", {V.f4}, "0X1.86AP+16"s, 0},
    {"%X", {V.f5}, "0X1.2D687P+20"s, 0},
    {"%X", {V.f32}, "0X1.99999AP-04"s, 0},
    {"%X", {V.nan}, "NaN"s, 0},
    {"%X", {V.ninf}, "-Inf"s, 0},
    {"%X", {V.z}, "0X0P+00"s, 0},
    {"%X", {V.negz}, "-0X0P+00"s, 0},
    {"%X", {V.c}, "(0X1.8P+00-0X1P+01i)"s, 0},
    {"%X", {V.mneg}, "-3039"s, 0},
    {"%#x", {V.f}, "0x1.921f9f01b866ep+01"s, 0},
    {"%#x", {V.f2}, "0x1.b1ae4d6e2ef5p+69"s, 0},
    {"%#x", {V.f3}, "0x1.ad7f29abcaf48p-24"s, 0},
    {"%#x", {V.f4}, "0x1.86a0p+16"s, 0},
    {"%#x", {V.f5}, "0x1.2d687p+20"s, 0},
    {"%#x", {V.f32}, "0x1.99999ap-04"s, 0},
    {"%#x", {V.nan}, "NaN"s, 0},
    {"%#x", {V.ninf}, "-Inf"s, 0},
    {"%#x", {V.z}, "0x0.0000p+00"s, 0},
    {"%#x", {V.negz}, "-0x0.0000p+00"s, 0},
    {"%#x", {V.c}, "(0x1.8000p+00-0x1.0000p+01i)"s, 0},
    {"%#x", {V.mneg}, "-0x3039"s, 0},
    {"%.3x", {V.f}, "0x1.922p+01"s, 0},
    {"%.3x", {V.f2}, "0x1.b1bp+69"s, 0},
    {"%.3x", {V.f3}, "0x1.ad8p-24"s, 0},
    {"%.3x", {V.f4}, "0x1.86ap+16"s, 0},
    {"%.3x", {V.f5}, "0x1.2d7p+20"s, 0},
    {"%.3x", {V.f32}, "0x1.99ap-04"s, 0},
    {"%.3x", {V.nan}, "NaN"s, 0},
    {"%.3x", {V.ninf}, "-Inf"s, 0},
    {"%.3x", {V.z}, "0x0.000p+00"s, 0},
    {"%.3x", {V.negz}, "-0x0.000p+00"s, 0},
    {"%.3x", {V.c}, "(0x1.800p+00-0x1.000p+01i)"s, 0},
    {"%.3x", {V.mneg}, "-3039"s, 0},
    {"%b", {V.f}, "7074231776675438p-51"s, 0},
    {"%b", {V.f2}, "7629394531250000p+17"s, 0},
    {"%b", {V.f3}, "7555786372591432p-76"s, 0},
    {"%b", {V.f4}, "6871947673600000p-36"s, 0},
    {"%b", {V.f5}, "5302424889720832p-32"s, 0},
    {"%b", {V.f32}, "13421773p-27"s, 0},
    {"%b", {V.nan}, "NaN"s, 0},
    {"%b", {V.ninf}, "-Inf"s, 0},
    {"%b", {V.z}, "0p-1074"s, 0},
    {"%b", {V.negz}, "-0p-1074"s, 0},
    {"%b", {V.c}, "(6755399441055744p-52-4503599627370496p-51i)"s, 0},
    {"%b", {V.mneg}, "-11000000111001"s, 0},
    {"%e", {V.f}, "3.141590e+00"s, 0},
    {"%e", {V.f2}, "1.000000e+21"s, 0},
    {"%e", {V.f3}, "1.000000e-07"s, 0},
    {"%e", {V.f4}, "1.000000e+05"s, 0},
    {"%e", {V.f5}, "1.234567e+06"s, 0},
    {"%e", {V.f32}, "1.000000e-01"s, 0},
    {"%e", {V.nan}, "NaN"s, 0},
    {"%e", {V.ninf}, "-Inf"s, 0},
    {"%e", {V.z}, "0.000000e+00"s, 0},
    {"%e", {V.negz}, "-0.000000e+00"s, 0},
    {"%e", {V.c}, "(1.500000e+00-2.000000e+00i)"s, 0},
    {"%e", {V.mneg}, "%!e(int=-12345)"s, 0},
    {"%.10e", {V.f}, "3.1415900000e+00"s, 0},
    {"%.10e", {V.f2}, "1.0000000000e+21"s, 0},
    {"%.10e", {V.f3}, "1.0000000000e-07"s, 0},
    {"%.10e", {V.f4}, "1.0000000000e+05"s, 0},
    {"%.10e", {V.f5}, "1.2345670000e+06"s, 0},
    {"%.10e", {V.f32}, "1.0000000149e-01"s, 0},
    {"%.10e", {V.nan}, "NaN"s, 0},
    {"%.10e", {V.ninf}, "-Inf"s, 0},
    {"%.10e", {V.z}, "0.0000000000e+00"s, 0},
    {"%.10e", {V.negz}, "-0.0000000000e+00"s, 0},
    {"%.10e", {V.c}, "(1.5000000000e+00-2.0000000000e+00i)"s, 0},
    {"%.10e", {V.mneg}, "%!e(int=-0000012345)"s, 0},
    {"%.20f", {V.f}, "3.14158999999999988262"s, 0},
    {"%.20f", {V.f2}, "1000000000000000000000.00000000000000000000"s, 0},
    {"%.20f", {V.f3}, "0.00000010000000000000"s, 0},
    {"%.20f", {V.f4}, "100000.00000000000000000000"s, 0},
    {"%.20f", {V.f5}, "1234567.00000000000000000000"s, 0},
    {"%.20f", {V.f32}, "0.10000000149011611938"s, 0},
    {"%.20f", {V.nan}, "NaN"s, 0},
    {"%.20f", {V.ninf}, "-Inf"s, 0},
    {"%.20f", {V.z}, "0.00000000000000000000"s, 0},
    {"%.20f", {V.negz}, "-0.00000000000000000000"s, 0},
    {"%.20f", {V.c}, "(1.50000000000000000000-2.00000000000000000000i)"s, 0},
    {"%.20f", {V.mneg}, "%!f(int=-00000000000000012345)"s, 0},
    {"% .3f", {V.f}, " 3.142"s, 0},
    {"% .3f", {V.f2}, " 1000000000000000000000.000"s, 0},
    {"% .3f", {V.f3}, " 0.000"s, 0},
    {"% .3f", {V.f4}, " 100000.000"s, 0},
    {"% .3f", {V.f5}, " 1234567.000"s, 0},
    {"% .3f", {V.f32}, " 0.100"s, 0},
    {"% .3f", {V.nan}, " NaN"s, 0},
    {"% .3f", {V.ninf}, "-Inf"s, 0},
    {"% .3f", {V.z}, " 0.000"s, 0},
    {"% .3f", {V.negz}, "-0.000"s, 0},
    {"% .3f", {V.c}, "( 1.500-2.000i)"s, 0},
    {"% .3f", {V.mneg}, "%!f(int=-12345)"s, 0},
    {"%+.3f", {V.f}, "+3.142"s, 0},
    {"%+.3f", {V.f2}, "+1000000000000000000000.000"s, 0},
    {"%+.3f", {V.f3}, "+0.000"s, 0},
    {"%+.3f", {V.f4}, "+100000.000"s, 0},
    {"%+.3f", {V.f5}, "+1234567.000"s, 0},
    {"%+.3f", {V.f32}, "+0.100"s, 0},
    {"%+.3f", {V.nan}, "+NaN"s, 0},
    {"%+.3f", {V.ninf}, "-Inf"s, 0},
    {"%+.3f", {V.z}, "+0.000"s, 0},
    {"%+.3f", {V.negz}, "-0.000"s, 0},
    {"%+.3f", {V.c}, "(+1.500-2.000i)"s, 0},
    {"%+.3f", {V.mneg}, "%!f(int=-12345)"s, 0},
    {"%010f", {V.f}, "003.141590"s, 0},
    {"%010f", {V.f2}, "1000000000000000000000.000000"s, 0},
    {"%010f", {V.f3}, "000.000000"s, 0},
    {"%010f", {V.f4}, "100000.000000"s, 0},
    {"%010f", {V.f5}, "1234567.000000"s, 0},
    {"%010f", {V.f32}, "000.100000"s, 0},
    {"%010f", {V.nan}, "       NaN"s, 0},
    {"%010f", {V.ninf}, "      -Inf"s, 0},
    {"%010f", {V.z}, "000.000000"s, 0},
    {"%010f", {V.negz}, "-00.000000"s, 0},
    {"%010f", {V.c}, "(001.500000-02.000000i)"s, 0},
    {"%010f", {V.mneg}, "%!f(int=-000012345)"s, 0},
    {"%#v", {V.f}, "3.14159"s, 0},
    {"%#v", {V.f2}, "1e+21"s, 0},
    {"%#v", {V.f3}, "1e-07"s, 0},
    {"%#v", {V.f4}, "100000"s, 0},
    {"%#v", {V.f5}, "1.234567e+06"s, 0},
    {"%#v", {V.f32}, "0.1"s, 0},
    {"%#v", {V.nan}, "NaN"s, 0},
    {"%#v", {V.ninf}, "-Inf"s, 0},
    {"%#v", {V.z}, "0"s, 0},
    {"%#v", {V.negz}, "-0"s, 0},
    {"%#v", {V.c}, "(1.5-2i)"s, 0},
    {"%#v", {V.mneg}, "-12345"s, 0},
    {"%6.2f%%", {V.f}, "  3.14%"s, 0},
    {"%6.2f%%", {V.f2}, "1000000000000000000000.00%"s, 0},
    {"%6.2f%%", {V.f3}, "  0.00%"s, 0},
    {"%6.2f%%", {V.f4}, "100000.00%"s, 0},
    {"%6.2f%%", {V.f5}, "1234567.00%"s, 0},
    {"%6.2f%%", {V.f32}, "  0.10%"s, 0},
    {"%6.2f%%", {V.nan}, "   NaN%"s, 0},
    {"%6.2f%%", {V.ninf}, "  -Inf%"s, 0},
    {"%6.2f%%", {V.z}, "  0.00%"s, 0},
    {"%6.2f%%", {V.negz}, " -0.00%"s, 0},
    {"%6.2f%%", {V.c}, "(  1.50 -2.00i)%"s, 0},
    {"%6.2f%%", {V.mneg}, "%!f(int=-12345)%"s, 0},
    {"%5s", {V.s}, "hello"s, 0},
    {"%5s", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"""s, 0},
    {"%5s", {V.bs}, "  hi\x00"""s, 0},
    {"%5s", {V.ba}, "   \xab""\xcd"""s, 0},
    {"%5s", {V.arr}, "[    a     b     c]"s, 0},
    {"%5s", {V.st}, "  St3"s, 0},
    {"%5s", {V.pe}, "E:bad"s, 0},
    {"%5s", {V.sl}, "[%!s(int=    1) %!s(int=    2) %!s(int=    3)]"s, 0},
    {"%5s", {V.anys}, "[%!s(int=    1)     a <nil>   St2]"s, 0},
    {"%-5s|", {V.s}, "hello|"s, 0},
    {"%-5s|", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a""|"s, 0},
    {"%-5s|", {V.bs}, "hi\x00""  |"s, 0},
    {"%-5s|", {V.ba}, "\xab""\xcd""   |"s, 0},
    {"%-5s|", {V.arr}, "[a     b     c    ]|"s, 0},
    {"%-5s|", {V.st}, "St3  |"s, 0},
    {"%-5s|", {V.pe}, "E:bad|"s, 0},
    {"%-5s|", {V.sl}, "[%!s(int=1    ) %!s(int=2    ) %!s(int=3    )]|"s, 0},
    {"%-5s|", {V.anys}, "[%!s(int=1    ) a     <nil> St2  ]|"s, 0},
    {"%.2s", {V.s}, "he"s, 0},
    {"%.2s", {V.su}, "h\xc3""\xa9"""s, 0},
    {"%.2s", {V.bs}, "hi"s, 0},
    {"%.2s", {V.ba}, "\xab""\xcd"""s, 0},
    {"%.2s", {V.arr}, "[a b c]"s, 0},
    {"%.2s", {V.st}, "St"s, 0},
    {"%.2s", {V.pe}, "E:"s, 0},
    {"%.2s", {V.sl}, "[%!s(int=01) %!s(int=02) %!s(int=03)]"s, 0},
    {"%.2s", {V.anys}, "[%!s(int=01) a <nil> St]"s, 0},
    {"%5.1s", {V.s}, "    h"s, 0},
    {"%5.1s", {V.su}, "    h"s, 0},
    {"%5.1s", {V.bs}, "    h"s, 0},
    {"%5.1s", {V.ba}, "    \xab"""s, 0},
    {"%5.1s", {V.arr}, "[    a     b     c]"s, 0},
    {"%5.1s", {V.st}, "    S"s, 0},
    {"%5.1s", {V.pe}, "    E"s, 0},
    {"%5.1s", {V.sl}, "[%!s(int=    1) %!s(int=    2) %!s(int=    3)]"s, 0},
    {"%5.1s", {V.anys}, "[%!s(int=    1)     a <nil>     S]"s, 0},
    {"%x", {V.s}, "68656c6c6f"s, 0},
    {"%x", {V.su}, "68c3a96c6c6f2c20e4b896e7958c0a"s, 0},
    {"%x", {V.bs}, "686900"s, 0},
    {"%x", {V.ba}, "abcd"s, 0},
    {"%x", {V.arr}, "[61 62 63]"s, 0},
    {"%x", {V.st}, "537433"s, 0},
    {"%x", {V.pe}, "453a626164"s, 0},
    {"%x", {V.sl}, "[1 2 3]"s, 0},
    {"%x", {V.anys}, "[1 61 <nil> 537432]"s, 0},
    {"% x", {V.s}, "68 65 6c 6c 6f"s, 0},
    {"% x", {V.su}, "68 c3 a9 6c 6c 6f 2c 20 e4 b8 96 e7 95 8c 0a"s, 0},
    {"% x", {V.bs}, "68 69 00"s, 0},
    {"% x", {V.ba}, "ab cd"s, 0},
    {"% x", {V.arr}, "[61 62 63]"s, 0},
    {"% x", {V.st}, "53 74 33"s, 0},
    {"% x", {V.pe}, "45 3a 62 61 64"s, 0},
    {"% x", {V.sl}, "[ 1  2  3]"s, 0},
    {"% x", {V.anys}, "[ 1 61 <nil> 53 74 32]"s, 0},
    {"%#x", {V.s}, "0x68656c6c6f"s, 0},
    {"%#x", {V.su}, "0x68c3a96c6c6f2c20e4b896e7958c0a"s, 0},
    {"%#x", {V.bs}, "0x686900"s, 0},
    {"%#x", {V.ba}, "0xabcd"s, 0},
    {"%#x", {V.arr}, "[0x61 0x62 0x63]"s, 0},
    {"%#x", {V.st}, "0x537433"s, 0},
    {"%#x", {V.pe}, "0x453a626164"s, 0},
    {"%#x", {V.sl}, "[0x1 0x2 0x3]"s, 0},
    {"%#x", {V.anys}, "[0x1 0x61 <nil> 0x537432]"s, 0},
    {"% #x", {V.s}, "0x68 0x65 0x6c 0x6c 0x6f"s, 0},
    {"% #x", {V.su}, "0x68 0xc3 0xa9 0x6c 0x6c 0x6f 0x2c 0x20 0xe4 0xb8 0x96 0xe7 0x95 0x8c 0x0a"s, 0},
    {"% #x", {V.bs}, "0x68 0x69 0x00"s, 0},
    {"% #x", {V.ba}, "0xab 0xcd"s, 0},
    {"% #x", {V.arr}, "[0x61 0x62 0x63]"s, 0},
    {"% #x", {V.st}, "0x53 0x74 0x33"s, 0},
    {"% #x", {V.pe}, "0x45 0x3a 0x62 0x61 0x64"s, 0},
    {"% #x", {V.sl}, "[ 0x1  0x2  0x3]"s, 0},
    {"% #x", {V.anys}, "[ 0x1 0x61 <nil> 0x53 0x74 0x32]"s, 0},
    {"%X", {V.s}, "68656C6C6F"s, 0},
    {"%X", {V.su}, "68C3A96C6C6F2C20E4B896E7958C0A"s, 0},
    {"%X", {V.bs}, "686900"s, 0},
    {"%X", {V.ba}, "ABCD"s, 0},
    {"%X", {V.arr}, "[61 62 63]"s, 0},
    {"%X", {V.st}, "537433"s, 0},
    {"%X", {V.pe}, "453A626164"s, 0},
    {"%X", {V.sl}, "[1 2 3]"s, 0},
    {"%X", {V.anys}, "[1 61 <nil> 537432]"s, 0},
    {"%q", {V.s}, "\"hello\""s, 0},
    {"%q", {V.su}, "\"h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\\n\""s, 0},
    {"%q", {V.bs}, "\"hi\\x00\""s, 0},
    {"%q", {V.ba}, "\"\\xab\\xcd\""s, 0},
    {"%q", {V.arr}, "[\"a\" \"b\" \"c\"]"s, 0},
    {"%q", {V.st}, "\"St3\""s, 0},
    {"%q", {V.pe}, "\"E:bad\""s, 0},
    {"%q", {V.sl}, "['\\x01' '\\x02' '\\x03']"s, 0},
    {"%q", {V.anys}, "['\\x01' \"a\" <nil> \"St2\"]"s, 0},
    {"%#q", {V.s}, "`hello`"s, 0},
    {"%#q", {V.su}, "\"h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\\n\""s, 0},
    {"%#q", {V.bs}, "\"hi\\x00\""s, 0},
    {"%#q", {V.ba}, "\"\\xab\\xcd\""s, 0},
    {"%#q", {V.arr}, "[`a` `b` `c`]"s, 0},
    {"%#q", {V.st}, "`St3`"s, 0},
    {"%#q", {V.pe}, "`E:bad`"s, 0},
    {"%#q", {V.sl}, "['\\x01' '\\x02' '\\x03']"s, 0},
    {"%#q", {V.anys}, "['\\x01' `a` <nil> `St2`]"s, 0},
    {"%+q", {V.s}, "\"hello\""s, 0},
    {"%+q", {V.su}, "\"h\\u00e9llo, \\u4e16\\u754c\\n\""s, 0},
    {"%+q", {V.bs}, "\"hi\\x00\""s, 0},
    {"%+q", {V.ba}, "\"\\xab\\xcd\""s, 0},
    {"%+q", {V.arr}, "[\"a\" \"b\" \"c\"]"s, 0},
    {"%+q", {V.st}, "\"St3\""s, 0},
    {"%+q", {V.pe}, "\"E:bad\""s, 0},
    {"%+q", {V.sl}, "['\\x01' '\\x02' '\\x03']"s, 0},
    {"%+q", {V.anys}, "['\\x01' \"a\" <nil> \"St2\"]"s, 0},
    {"%#+q", {V.s}, "`hello`"s, 0},
    {"%#+q", {V.su}, "\"h\\u00e9llo, \\u4e16\\u754c\\n\""s, 0},
    {"%#+q", {V.bs}, "\"hi\\x00\""s, 0},
    {"%#+q", {V.ba}, "\"\\xab\\xcd\""s, 0},
    {"%#+q", {V.arr}, "[`a` `b` `c`]"s, 0},
    {"%#+q", {V.st}, "`St3`"s, 0},
    {"%#+q", {V.pe}, "`E:bad`"s, 0},
    {"%#+q", {V.sl}, "['\\x01' '\\x02' '\\x03']"s, 0},
    {"%#+q", {V.anys}, "['\\x01' `a` <nil> `St2`]"s, 0},
    {"%10q", {V.s}, "   \"hello\""s, 0},
    {"%10q", {V.su}, "\"h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\\n\""s, 0},
    {"%10q", {V.bs}, "  \"hi\\x00\""s, 0},
    {"%10q", {V.ba}, "\"\\xab\\xcd\""s, 0},
    {"%10q", {V.arr}, "[       \"a\"        \"b\"        \"c\"]"s, 0},
    {"%10q", {V.st}, "     \"St3\""s, 0},
    {"%10q", {V.pe}, "   \"E:bad\""s, 0},
    {"%10q", {V.sl}, "[    '\\x01'     '\\x02'     '\\x03']"s, 0},
    {"%10q", {V.anys}, "[    '\\x01'        \"a\" <nil>      \"St2\"]"s, 0},
    {"%.3q", {V.s}, "\"hel\""s, 0},
    {"%.3q", {V.su}, "\"h\xc3""\xa9""l\""s, 0},
    {"%.3q", {V.bs}, "\"hi\\x00\""s, 0},
    {"%.3q", {V.ba}, "\"\\xab\\xcd\""s, 0},
    {"%.3q", {V.arr}, "[\"a\" \"b\" \"c\"]"s, 0},
    {"%.3q", {V.st}, "\"St3\""s, 0},
    {"%.3q", {V.pe}, "\"E:b\""s, 0},
    {"%.3q", {V.sl}, "['\\x01' '\\x02' '\\x03']"s, 0},
    {"%.3q", {V.anys}, "['\\x01' \"a\" <nil> \"St2\"]"s, 0},
    {"%s", {V.s}, "hello"s, 0},
    {"%s", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"""s, 0},
    {"%s", {V.bs}, "hi\x00"""s, 0},
    {"%s", {V.ba}, "\xab""\xcd"""s, 0},
    {"%s", {V.arr}, "[a b c]"s, 0},
    {"%s", {V.st}, "St3"s, 0},
    {"%s", {V.pe}, "E:bad"s, 0},
    {"%s", {V.sl}, "[%!s(int=1) %!s(int=2) %!s(int=3)]"s, 0},
    {"%s", {V.anys}, "[%!s(int=1) a <nil> St2]"s, 0},
    {"%v", {V.s}, "hello"s, 0},
    {"%v", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"""s, 0},
    {"%v", {V.bs}, "[104 105 0]"s, 0},
    {"%v", {V.ba}, "[171 205]"s, 0},
    {"%v", {V.arr}, "[a b c]"s, 0},
    {"%v", {V.st}, "St3"s, 0},
    {"%v", {V.pe}, "E:bad"s, 0},
    {"%v", {V.sl}, "[1 2 3]"s, 0},
    {"%v", {V.anys}, "[1 a <nil> St2]"s, 0},
    {"%#v", {V.s}, "\"hello\""s, 0},
    {"%#v", {V.su}, "\"h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\\n\""s, 0},
    {"%#v", {V.bs}, "[]byte{0x68, 0x69, 0x0}"s, 0},
    {"%#v", {V.ba}, "[2]uint8{0xab, 0xcd}"s, 0},
    {"%#v", {V.arr}, "[3]string{\"a\", \"b\", \"c\"}"s, 0},
    {"%#v", {V.st}, "3"s, 0},
    {"%#v", {V.pe}, "&main.E{msg:\"bad\"}"s, 0},
    {"%#v", {V.sl}, "[]int{1, 2, 3}"s, 0},
    {"%#v", {V.anys}, "[]interface {}{1, \"a\", interface {}(nil), 2}"s, 0},
    {"%08s", {V.s}, "000hello"s, 0},
    {"%08s", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a"""s, 0},
    {"%08s", {V.bs}, "00000hi\x00"""s, 0},
    {"%08s", {V.ba}, "000000\xab""\xcd"""s, 0},
    {"%08s", {V.arr}, "[0000000a 0000000b 0000000c]"s, 0},
    {"%08s", {V.st}, "00000St3"s, 0},
    {"%08s", {V.pe}, "000E:bad"s, 0},
    {"%08s", {V.sl}, "[%!s(int=00000001) %!s(int=00000002) %!s(int=00000003)]"s, 0},
    {"%08s", {V.anys}, "[%!s(int=00000001) 0000000a <nil> 00000St2]"s, 0},
    {"%-08s|", {V.s}, "hello   |"s, 0},
    {"%-08s|", {V.su}, "h\xc3""\xa9""llo, \xe4""\xb8""\x96""\xe7""\x95""\x8c""\x0a""|"s, 0},
    {"%-08s|", {V.bs}, "hi\x00""     |"s, 0},
    {"%-08s|", {V.ba}, "\xab""\xcd""      |"s, 0},
    {"%-08s|", {V.arr}, "[a        b        c       ]|"s, 0},
    {"%-08s|", {V.st}, "St3     |"s, 0},
    {"%-08s|", {V.pe}, "E:bad   |"s, 0},
    {"%-08s|", {V.sl}, "[%!s(int=1       ) %!s(int=2       ) %!s(int=3       )]|"s, 0},
    {"%-08s|", {V.anys}, "[%!s(int=1       ) a        <nil> St2     ]|"s, 0},
    {"%d %d", {V.i}, "42 %!d(MISSING)"s, 0},
    {"%d", {V.i, V.s}, "42%!(EXTRA string=hello)"s, 0},
    {"%d", {V.i, V.nilv, V.s}, "42%!(EXTRA <nil>, string=hello)"s, 0},
    {"%[2]d %[1]d", {V.i, V.neg}, "-7 42"s, 0},
    {"%[3]d", {V.i, V.neg}, "%!d(BADINDEX)"s, 0},
    {"%[2]*[1]d|", {V.i, V.w}, "   42|"s, 0},
    {"%*d|", {V.w, V.i}, "   42|"s, 0},
    {"%-*d|", {V.w, V.i}, "42   |"s, 0},
    {"%*d|", {V.neg, V.i}, "42     |"s, 0},
    {"%.*f", {V.w, V.f}, "3.14159"s, 0},
    {"%*d", {V.s, V.i}, "%!(BADWIDTH)42"s, 0},
    {"%.*d", {V.s, V.i}, "%!(BADPREC)42"s, 0},
    {"%.*d", {V.neg, V.i}, "%!(BADPREC)42"s, 0},
    {"abc%", {}, "abc%!(NOVERB)"s, 0},
    {"%z", {V.i}, "%!z(int=42)"s, 0},
    {"%!", {V.i}, "%!!(int=42)"s, 0},
    {"%[1]d %[1]x %[1]o", {V.i}, "42 2a 52"s, 0},
    {"%[0]d", {V.i}, "%!d(BADINDEX)"s, 0},
    {"%[x]d", {V.i}, "%!d(BADINDEX)"s, 0},
    {"%[2]", {V.i}, "%!(NOVERB)"s, 0},
    {"%%|%5%|%-5%", {}, "%|%|%"s, 0},
    {"%v %v", {V.nilv, V.nilv}, "<nil> <nil>"s, 0},
    {"%d", {V.nilv}, "%!d(<nil>)"s, 0},
    {"%s", {V.nilv}, "%!s(<nil>)"s, 0},
    {"%T %T", {V.nilv, V.anys}, "<nil> []interface {}"s, 0},
    {"%10T|", {V.i}, "       int|"s, 0},
    {"%[1]*d", {V.w}, "%!d(MISSING)"s, 0},
    {"%3[1]d", {V.i}, " 42"s, 0},
    {"%.[2]d", {V.i, V.w}, "5"s, 0},
    {"%[1]2d", {V.i}, "%!d(BADINDEX)"s, 0},
    {"%\xe2""\x98""\xba""", {V.i}, "%!\xe2""\x98""\xba""(int=42)"s, 0},
    {"%d\xe2""\x98""\xba""%s", {V.i, V.s}, "42\xe2""\x98""\xba""hello"s, 0},
    {"%v %v %v", {V.t, V.pt, V.in}, "{1 x} &{2 y} {1 4 St5}"s, 0},
    {"%+v %+v", {V.t, V.pt}, "{A:1 B:x} &{A:2 B:y}"s, 0},
    {"%#v %#v", {V.t, V.pt}, "main.T{A:1, B:\"x\"} &main.T{A:2, B:\"y\"}"s, 0},
    {"%s", {V.t}, "{%!s(int=1) x}"s, 0},
    {"%d", {V.t}, "{1 %!d(string=x)}"s, 0},
    {"%x", {V.t}, "{1 78}"s, 0},
    {"%x", {V.sl}, "[1 2 3]"s, 0},
    {"%5v|", {V.sl}, "[    1     2     3]|"s, 0},
    {"%05d", {V.sl}, "[00001 00002 00003]"s, 0},
    {"%q", {V.sl}, "['\\x01' '\\x02' '\\x03']"s, 0},
    {"%s", {V.sl}, "[%!s(int=1) %!s(int=2) %!s(int=3)]"s, 0},
    {"%d", {V.m1}, "map[%!d(string=a):1 %!d(string=b):2 %!d(string=c):3]"s, 0},
    {"%x", {V.m2}, "map[1:61 2:62 3:63]"s, 0},
    {"%v", {V.nm}, "map[]"s, 0},
    {"%#v", {V.nm}, "map[string]int(nil)"s, 0},
    {"%#v", {V.nsl}, "[]int(nil)"s, 0},
    {"%v", {V.nsl}, "[]"s, 0},
    {"%v", {V.np}, "<nil>"s, 0},
    {"%+v", {V.np}, "<nil>"s, 0},
    {"%s", {V.np}, "%!s(*main.T=<nil>)"s, 0},
    {"%d", {V.np}, "0"s, 0},
    {"%#v", {V.np}, "(*main.T)(nil)"s, 0},
    {"%t", {V.b}, "true"s, 0},
    {"%5t|", {V.b}, " true|"s, 0},
    {"%d", {V.b}, "%!d(bool=true)"s, 0},
    {"%v", {V.ba}, "[171 205]"s, 0},
    {"%x", {V.ba}, "abcd"s, 0},
    {"%s", {V.ba}, "\xab""\xcd"""s, 0},
    {"%6.2v|", {V.c}, "(   1.5    -2i)|"s, 0},
    {"%+.1e", {V.c}, "(+1.5e+00-2.0e+00i)"s, 0},
    {"%d", {V.c}, "%!d(complex128=(1.5-2i))"s, 0},
    {"", {V.i, V.neg}, "42 -7"s, 1},
    {"", {V.i, V.neg}, "42 -7\x0a"""s, 2},
    {"", {V.s, V.s}, "hellohello"s, 1},
    {"", {V.s, V.s}, "hello hello\x0a"""s, 2},
    {"", {V.i, V.s, V.i}, "42hello42"s, 1},
    {"", {V.i, V.s, V.i}, "42 hello 42\x0a"""s, 2},
    {"", {V.s, V.i, V.s}, "hello42hello"s, 1},
    {"", {V.s, V.i, V.s}, "hello 42 hello\x0a"""s, 2},
    {"", {V.nilv, V.i}, "<nil> 42"s, 1},
    {"", {V.nilv, V.i}, "<nil> 42\x0a"""s, 2},
    {"", {V.b, V.f}, "true 3.14159"s, 1},
    {"", {V.b, V.f}, "true 3.14159\x0a"""s, 2},
    {"", {V.t, V.st, V.pe, V.in}, "{1 x} St3 E:bad {1 4 St5}"s, 1},
    {"", {V.t, V.st, V.pe, V.in}, "{1 x} St3 E:bad {1 4 St5}\x0a"""s, 2},
    {"", {V.anys, V.m1, V.m2}, "[1 a <nil> St2] map[a:1 b:2 c:3] map[1:a 2:b 3:c]"s, 1},
    {"", {V.anys, V.m1, V.m2}, "[1 a <nil> St2] map[a:1 b:2 c:3] map[1:a 2:b 3:c]\x0a"""s, 2},
    {"", {}, ""s, 1},
    {"", {}, "\x0a"""s, 2},
    {"", {V.s}, "hello"s, 1},
    {"", {V.s}, "hello\x0a"""s, 2},
    {"", {V.f, V.f2, V.f3, V.f32}, "3.14159 1e+21 1e-07 0.1"s, 1},
    {"", {V.f, V.f2, V.f3, V.f32}, "3.14159 1e+21 1e-07 0.1\x0a"""s, 2},
    };
    int failures = 0;
    for (const Case& c : cases) {
        std::string got;
        if (c.kind == 0)
            got = stdlib::sprintf(W.ctx, c.format, c.args.data(), c.args.size());
        else if (c.kind == 1)
            got = stdlib::sprint(W.ctx, c.args.data(), c.args.size());
        else
            got = stdlib::sprintln(W.ctx, c.args.data(), c.args.size());
        if (got != c.want && failures++ < 60) {
            INFO("format " << c.format << " kind " << c.kind);
            CHECK(got == c.want);
        }
    }
    CHECK(failures == 0);
}

// Methods that fmt calls with extra machinery: Format (through a *fmt.state
// the printer allocates), GoString, and String methods that panic (recovered
// by NativeCtx::callMethodRecover). Expected texts printed by Go 1.19.
TEST_CASE("fmt: Formatter, GoStringer and panicking String methods") {
    World& W = world();
    FakeCtx& ctx = W.ctx;
    // fmt.state {buf []byte; wid, prec int; widPresent, precPresent bool; flags string}
    RType* tState = W.named(W.mk(Kind::Struct, 64, "fmt.state", 64, kBits1), "state");
    tState->pkgPath = "fmt";
    tState->fields = {{"buf", W.tBytes, 0, false, false},          {"wid", W.tInt, 24, false, false},
                      {"prec", W.tInt, 32, false, false},          {"widPresent", W.tBool, 40, false, false},
                      {"precPresent", W.tBool, 41, false, false},  {"flags", W.tStr, 48, false, false}};
    RType* tPState = W.mk(Kind::Pointer, 8, "*fmt.state", 8, kBits1);
    tPState->elem = tState;
    RType* tStateIface = W.named(W.mk(Kind::Interface, 16, "fmt.State", 16, kBits3), "State");
    RType* tFormatFn = W.mk(Kind::Func, 8, "func(fmt.State, int32)", 8, kBits1);
    tFormatFn->in = {tStateIface, W.tInt32};
    // type P struct{X, Y int}; func (p P) Format(f fmt.State, verb rune) writes "P<X,Y verb wid ok plus>"
    RType* tP = W.named(W.mk(Kind::Struct, 16, "main.P"), "P");
    tP->fields = {{"X", W.tInt, 0, false, true}, {"Y", W.tInt, 8, false, true}};
    tP->methods = {Method{"Format", "", tFormatFn, nullptr}};
    ctx.methods[{tP, "Format"}] = [&](const Iface& r, const uint64_t* args, uint64_t*) {
        int64_t xy[2];
        std::memcpy(xy, r.data, 16);
        Iface st;
        std::memcpy(&st, args, 16);
        char* obj = *static_cast<char**>(static_cast<void*>(&st.data));
        int64_t wid;
        std::memcpy(&wid, obj + 24, 8);
        bool widPresent = obj[40] != 0;
        GoString flags;
        std::memcpy(&flags, obj + 48, 16);
        bool plus = std::string_view(reinterpret_cast<const char*>(flags.ptr), flags.len).find('+') != std::string::npos;
        std::string out = "P<" + std::to_string(xy[0]) + "," + std::to_string(xy[1]) + " " +
                          static_cast<char>(args[2]) + " " + std::to_string(wid) + " " +
                          (widPresent ? "true" : "false") + " " + (plus ? "true" : "false") + ">";
        auto* mem = static_cast<uint8_t*>(keptMalloc(out.size()));
        std::memcpy(mem, out.data(), out.size());
        GoSlice b{mem, static_cast<int64_t>(out.size()), static_cast<int64_t>(out.size())};
        std::memcpy(obj, &b, 24);
    };
    // type G struct{A int}; func (g G) GoString() string { return "G!" }
    RType* tG = W.named(W.mk(Kind::Struct, 8, "main.G"), "G");
    tG->fields = {{"A", W.tInt, 0, false, true}};
    tG->methods = {Method{"GoString", "", W.tStringFn, nullptr}};
    ctx.methods[{tG, "GoString"}] = [](const Iface&, const uint64_t*, uint64_t* res) {
        static const char g[] = "G!";
        res[0] = reinterpret_cast<uint64_t>(g);
        res[1] = 2;
    };
    // type Bad struct{}; func (Bad) String() string { panic("boom") }
    RType* tBad = W.named(W.mk(Kind::Struct, 0, "main.Bad"), "Bad");
    tBad->methods = {Method{"String", "", W.tStringFn, nullptr}};
    ctx.methods[{tBad, "String"}] = [&](const Iface&, const uint64_t*, uint64_t*) {
        GoString boom = ctx.newString("boom");
        throw FakePanic{ctx.box(nullptr, W.tStr, &boom), ""};
    };
    // type NilS struct{s string}; func (n *NilS) String() string { return n.s } — nil receiver dereference
    RType* tNilS = W.named(W.mk(Kind::Struct, 16, "main.NilS", 8, kBits1), "NilS");
    RType* tPNilS = W.mk(Kind::Pointer, 8, "*main.NilS", 8, kBits1);
    tPNilS->elem = tNilS;
    tPNilS->methods = {Method{"String", "", W.tStringFn, nullptr}};
    ctx.methods[{tPNilS, "String"}] = [&](const Iface& r, const uint64_t*, uint64_t* res) {
        if (r.data == nullptr) {
            GoString msg = ctx.newString("invalid memory address or nil pointer dereference");
            throw FakePanic{ctx.box(nullptr, W.tStr, &msg), ""};
        }
        std::memcpy(res, r.data, 16);
    };

    int64_t p12[2] = {1, 2}, p34[2] = {3, 4}, p56[2] = {5, 6};
    Iface a[] = {ctx.box(nullptr, tP, p12), ctx.box(nullptr, tP, p34), ctx.box(nullptr, tP, p56)};
    CHECK(stdlib::sprintf(ctx, "%v|%+8v|%s", a, 3) == "P<1,2 v 0 false false>|P<3,4 v 8 true true>|P<5,6 s 8 false false>");
    int64_t g1 = 1, g2 = 2;
    Iface g[] = {ctx.box(nullptr, tG, &g1), ctx.box(nullptr, tG, &g2)};
    CHECK(stdlib::sprintf(ctx, "%#v %v", g, 2) == "G! {2}");
    char none = 0;
    Iface bad[] = {ctx.box(nullptr, tBad, &none)};
    CHECK(stdlib::sprintln(ctx, bad, 1) == "%!v(PANIC=String method: boom)\n");
    CHECK(stdlib::sprintf(ctx, "[%5s]", bad, 1) == "[%!s(PANIC=String method: boom)]");
    void* nilp = nullptr;
    Iface ns[] = {ctx.box(nullptr, tPNilS, &nilp)};
    CHECK(stdlib::sprintln(ctx, ns, 1) == "<nil>\n");
    // errorf: %w records operand indexes; a non-error operand prints as %!w(...).
    std::vector<int64_t> wrapped;
    Iface ew[] = {W.V.pe, W.V.i};
    CHECK(stdlib::sprintf(ctx, "a %w b %w", ew, 2, &wrapped) == "a E:bad b %!w(int=42)");
    CHECK(wrapped == std::vector<int64_t>{0, 1});
    // Without errorf, %w is a bad verb.
    CHECK(stdlib::sprintf(ctx, "%w", ew, 1) == "%!w(*main.E=&{bad})");
    // The runtime's panic text.
    CHECK(stdlib::panicValueString(ctx, W.V.pe) == "E:bad");
    CHECK(stdlib::panicValueString(ctx, W.V.st) == "St3");
    CHECK(stdlib::panicValueString(ctx, W.V.f) == "+3.141590e+000");
    CHECK(stdlib::panicValueString(ctx, W.V.mi) == "main.MyInt(5)");
    CHECK(stdlib::panicValueString(ctx, W.V.c) == "(+1.500000e+000-2.000000e+000i)");
    CHECK(stdlib::panicValueString(ctx, W.V.nilv) == "nil");
    CHECK(stdlib::printFloat(-0.0) == "-0.000000e+000");
    CHECK(stdlib::printFloat(1e300) == "+1.000000e+300");
}
