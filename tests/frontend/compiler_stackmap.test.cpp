// compiler_stackmap.test.cpp — stack maps (computeStackMaps) on hand-built
// code, the maps of compiled programs, and frame placement of what does not
// escape (closures, &T{...}, new, make with a constant size).
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "cli/stdlib_source.h"
#include "frontend/compiler.h"
#include "frontend/driver.h"

namespace fs = std::filesystem;
using namespace gomini;
using bc::Op;

namespace {

std::unique_ptr<vm::Program> compileSrc(const std::string& text, std::string* err) {
    frontend::DriverOptions opts;
    opts.requireMain = true;
    // Kept for the test binary's life (the program points into its types), and
    // reachable from this list so the leak checker does not report it.
    static auto* kept = new std::vector<frontend::Driver*>();
    auto* d = kept->emplace_back(new frontend::Driver(cli::stdlibPackage, opts));
    if (!d->checkFile("t.go", text)) {
        std::ostringstream os;
        d->printErrors(os);
        *err = os.str();
        return nullptr;
    }
    return frontend::compileProgram(*d, {}, err);
}

const vm::Function* fnNamed(const vm::Program& p, const std::string& name) {
    for (auto& f : p.funcs)
        if (f->name == name) return f.get();
    return nullptr;
}

bool hasOp(const vm::Function& f, Op want) {
    for (size_t pc = 0; pc < f.code.size();) {
        auto op = static_cast<Op>(f.code[pc] & 0xff);
        if (op == want) return true;
        pc += static_cast<size_t>(bc::insnWords(op));
    }
    return false;
}

// A tiny assembler for hand-built functions.
struct Asm {
    vm::Function f;
    int emit(Op op, std::initializer_list<uint32_t> ops) {
        int at = static_cast<int>(f.code.size());
        f.code.push_back(static_cast<uint32_t>(op));
        for (auto w : ops) f.code.push_back(w);
        return at;
    }
};

bool ptrAt(const vm::Function& f, uint32_t pc, uint32_t slot) {
    const uint8_t* bm = f.stackMapAt(pc);
    return bm && ((bm[slot / 8] >> (slot % 8)) & 1);
}

}  // namespace

TEST_CASE("stack maps: defined kinds, copies, overwrites") {
    Asm a;
    a.f.nslots = 4;
    a.emit(Op::NEW, {0, 0});          // r0 = heap pointer
    a.emit(Op::MOV, {1, 0});          // r1 = copy of it
    a.emit(Op::ADDI, {2, 0, 0});      // r2 = the same bits, as an integer
    int poll1 = a.emit(Op::GCPOLL, {});
    a.emit(Op::LOADI, {0, 7});        // r0 now an integer
    int poll2 = a.emit(Op::GCPOLL, {});
    a.emit(Op::RET, {1, 1});
    frontend::StackMapInput in;
    REQUIRE(frontend::computeStackMaps(a.f, in) == "");
    CHECK(ptrAt(a.f, poll1, 0));
    CHECK(ptrAt(a.f, poll1, 1));
    CHECK_FALSE(ptrAt(a.f, poll1, 2));  // an integer equal to an address is not a root
    CHECK_FALSE(ptrAt(a.f, poll2, 0));  // overwritten by an integer
    CHECK(ptrAt(a.f, poll2, 1));
    CHECK_FALSE(ptrAt(a.f, 0, 0));      // before NEW: nothing (frames start zeroed)
}

TEST_CASE("stack maps: a slot that is a pointer on one path only is not reported") {
    Asm a;
    a.f.nslots = 3;
    a.f.nparamSlots = 1;
    int jf = a.emit(Op::JF, {0, 0});
    a.emit(Op::NEW, {1, 0});  // then: r1 pointer
    int jmp = a.emit(Op::JMP, {0});
    int els = a.emit(Op::LOADI, {1, 5});  // else: r1 integer
    int join = a.emit(Op::GCPOLL, {});
    a.emit(Op::RET, {1, 1});
    a.f.code[static_cast<size_t>(jf) + 2] = static_cast<uint32_t>(els - jf);
    a.f.code[static_cast<size_t>(jmp) + 1] = static_cast<uint32_t>(join - jmp);
    frontend::StackMapInput in;
    in.params = {frontend::kSlotScalar};
    REQUIRE(frontend::computeStackMaps(a.f, in) == "");
    CHECK(ptrAt(a.f, static_cast<uint32_t>(jmp), 1));
    CHECK_FALSE(ptrAt(a.f, static_cast<uint32_t>(join), 1));
}

TEST_CASE("stack maps: stores through a frame address, call results, pins, unhinted loads") {
    Asm a;
    a.f.nslots = 8;
    a.f.nparamSlots = 1;
    a.emit(Op::ZERO, {2, 2});
    a.emit(Op::ADDR, {4, 2});        // r4 = &r2
    a.emit(Op::NEW, {5, 0});
    a.emit(Op::ST64, {4, 8, 5});     // r3 = r5 (through the pointer)
    int p1 = a.emit(Op::GCPOLL, {});
    int call = a.emit(Op::CALL, {5, 0});  // results: r5 pointer, r6 integer; r7 is the callee's junk
    int p2 = a.emit(Op::GCPOLL, {});
    a.emit(Op::RET, {0, 0});
    frontend::StackMapInput in;
    in.params = {frontend::kSlotPtr};
    in.hints[static_cast<uint32_t>(call)] = {frontend::kSlotPtr, frontend::kSlotScalar};
    REQUIRE(frontend::computeStackMaps(a.f, in) == "");
    CHECK(ptrAt(a.f, p1, 0));          // the parameter
    CHECK_FALSE(ptrAt(a.f, p1, 2));
    CHECK(ptrAt(a.f, p1, 3));          // written through &r2 + 8
    CHECK(ptrAt(a.f, p2, 5));
    CHECK_FALSE(ptrAt(a.f, p2, 6));
    CHECK_FALSE(ptrAt(a.f, p2, 7));

    Asm b;
    b.f.nslots = 2;
    b.f.nparamSlots = 1;
    b.emit(Op::LD64, {1, 0, 0});
    b.emit(Op::RET, {1, 1});
    frontend::StackMapInput none;
    CHECK(frontend::computeStackMaps(b.f, none) != "");  // a type-dependent load needs its kind

    Asm c;
    c.f.nslots = 3;
    c.emit(Op::GCPOLL, {});
    int after = c.emit(Op::GCPOLL, {});
    c.emit(Op::RET, {0, 0});
    frontend::StackMapInput pin;
    pin.pins.push_back({1, {frontend::kSlotPtr, frontend::kSlotScalar}, static_cast<uint32_t>(after), UINT32_MAX});
    REQUIRE(frontend::computeStackMaps(c.f, pin) == "");
    CHECK_FALSE(ptrAt(c.f, 0, 1));
    CHECK(ptrAt(c.f, static_cast<uint32_t>(after), 1));
    CHECK_FALSE(ptrAt(c.f, static_cast<uint32_t>(after), 2));
}

TEST_CASE("stack maps: compiled code reports typed locals only") {
    std::string err;
    auto p = compileSrc(R"(package main

type T struct{ a int; p *int }

var sink *T

//go:noinline
func g() {}

func f(n int) int {
	t := &T{a: n}
	sink = t
	k := n * 3
	g()
	return k + t.a
}

func main() { println(f(2)) }
)", &err);
    REQUIRE_MESSAGE(p, err);
    const vm::Function* f = fnNamed(*p, "main.f");
    REQUIRE(f);
    // at the return address of the call to g, exactly one slot (t) holds a pointer
    uint32_t ret = 0;
    for (size_t pc = 0; pc < f->code.size();) {
        auto op = static_cast<Op>(f->code[pc] & 0xff);
        pc += static_cast<size_t>(bc::insnWords(op));
        if (op == Op::CALL) ret = static_cast<uint32_t>(pc);
    }
    REQUIRE(ret != 0);
    const uint8_t* bm = f->stackMapAt(ret);
    REQUIRE(bm);
    int ptrs = 0;
    for (uint32_t s = 0; s < f->nslots; ++s) ptrs += (bm[s / 8] >> (s % 8)) & 1;
    CHECK(ptrs == 1);
    CHECK_FALSE(ptrAt(*f, ret, 0));  // the parameter n is an integer
}

TEST_CASE("frame placement: what does not escape is not heap allocated") {
    std::string err;
    auto p = compileSrc(R"(package main

type P struct{ x, y int; next *P }

func apply(f func(int) int, v int) int { return f(v) }

func local(n int) int {
	total := 0
	add := func(v int) int { total += v; return total }
	q := &P{x: n}
	r := new(P)
	r.y = q.x
	buf := make([]int, 4)
	buf[1] = r.y
	return apply(add, buf[1])
}

func escaping() func() int {
	c := 0
	return func() int { c++; return c }
}

func byValue(x int) func() int {
	return func() int { return x }
}

func main() { println(local(3), escaping()(), byValue(4)()) }
)", &err);
    REQUIRE_MESSAGE(p, err);
    const vm::Function* l = fnNamed(*p, "main.local");
    REQUIRE(l);
    CHECK_FALSE(hasOp(*l, Op::NEW));
    CHECK_FALSE(hasOp(*l, Op::CLOSURE));
    CHECK_FALSE(hasOp(*l, Op::MAKESLICE));
    const vm::Function* e = fnNamed(*p, "main.escaping");
    REQUIRE(e);
    CHECK(hasOp(*e, Op::NEW));      // c is moved to heap
    CHECK(hasOp(*e, Op::CLOSURE));  // the closure escapes
    const vm::Function* v = fnNamed(*p, "main.byValue");
    REQUIRE(v);
    // captured by value: one typed allocation holding the closure and x (no box for x)
    int news = 0;
    for (size_t pc = 0; pc < v->code.size();) {
        auto op = static_cast<Op>(v->code[pc] & 0xff);
        news += op == Op::NEW;
        pc += static_cast<size_t>(bc::insnWords(op));
    }
    CHECK(news == 1);
    CHECK_FALSE(hasOp(*v, Op::CLOSURE));
    for (auto& f : p->funcs) CHECK_MESSAGE(vm::verify(*f, p->consts.size()) == "", f->name);
}

TEST_CASE("stack maps: every function of the run programs has maps within its frame") {
    fs::path dir = fs::path(GOMINI_SOURCE_DIR) / "tests" / "go" / "run";
    int checked = 0;
    for (auto& de : fs::directory_iterator(dir)) {
        if (de.path().extension() != ".go") continue;
        std::ifstream in(de.path());
        std::stringstream ss;
        ss << in.rdbuf();
        std::string err;
        auto p = compileSrc(ss.str(), &err);
        if (!p) continue;  // compile errors are the subject of other tests
        ++checked;
        for (auto& f : p->funcs) {
            if (f->native || f->code.empty()) continue;
            CHECK_MESSAGE(f->stackMapBytes == (f->nslots + 7) / 8, f->name);
            CHECK_MESSAGE(f->stackMapBits.size() % std::max<uint32_t>(f->stackMapBytes, 1) == 0, f->name);
            for (auto& [pc, id] : f->stackMapIndex) {
                CHECK(pc < f->code.size());
                CHECK(static_cast<size_t>(id + 1) * f->stackMapBytes <= f->stackMapBits.size());
            }
        }
    }
    CHECK(checked > 100);
}
