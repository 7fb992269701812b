// bytecode.test.cpp — the opcode table (opcodes.def), the wide instruction
// encoding, the verifier and the disassembler.
#include <doctest/doctest.h>

#include <set>
#include <string>

#include "vm/bytecode/opcodes.h"
#include "vm/bytecode/program.h"

using namespace gomini;
using bc::Op;

namespace {

void put(vm::Function& f, Op op, std::initializer_list<uint32_t> ops, int line = 1) {
    f.code.push_back(static_cast<uint32_t>(op));
    f.lines.push_back(line);
    for (uint32_t w : ops) {
        f.code.push_back(w);
        f.lines.push_back(0);
    }
}

}  // namespace

TEST_CASE("opcode table: names unique, formats well-formed, enum order") {
    std::set<std::string> names;
    for (int i = 0; i < bc::kNumOps; ++i) {
        CHECK(names.insert(bc::kOpNames[i]).second);
        for (const char* p = bc::kOpFormats[i]; *p; ++p) CHECK(std::string("rinktfjo").find(*p) != std::string::npos);
        CHECK(std::string(bc::kOpDocs[i]).size() > 0);
    }
    CHECK(bc::kNumOps < 256);  // the opcode fits the low byte
    CHECK(std::string(bc::kOpNames[static_cast<int>(Op::ADD)]) == "ADD");
    CHECK(bc::insnWords(Op::ADD) == 4);
    CHECK(bc::insnWords(Op::RUNDEFERS) == 1);
    CHECK(bc::insnWords(Op::JMP) == 2);
}

TEST_CASE("verifier accepts a valid function and rejects bad registers, constants and jumps") {
    vm::Function f;
    f.name = "t";
    f.nslots = 4;
    put(f, Op::LOADI, {0, 5});
    put(f, Op::LOADK, {1, 0});
    put(f, Op::ADD, {2, 0, 1});
    put(f, Op::JLTSI, {2, 10, static_cast<uint32_t>(-4 - 3)});  // back to ADD (at 6)
    put(f, Op::RET, {2, 1});
    CHECK(vm::verify(f, 1) == "");

    vm::Function bad = f;
    bad.code[1] = 9;  // LOADI r9: outside the frame
    CHECK(vm::verify(bad, 1).find("register") != std::string::npos);

    vm::Function badk = f;
    CHECK(vm::verify(badk, 0).find("constant") != std::string::npos);

    vm::Function badj = f;
    badj.code[13] = static_cast<uint32_t>(-1);  // into the middle of an instruction
    CHECK(vm::verify(badj, 1).find("jump") != std::string::npos);

    vm::Function trunc = f;
    trunc.code.pop_back();
    CHECK(vm::verify(trunc, 1).find("truncated") != std::string::npos);

    vm::Function badop = f;
    badop.code[0] = 0xff;
    CHECK(vm::verify(badop, 1).find("opcode") != std::string::npos);
}

TEST_CASE("optional registers and the disassembler") {
    vm::Function f;
    f.name = "main.f";
    f.file = "x.go";
    f.nslots = 8;
    put(f, Op::SLICESTR, {0, 2, bc::kNoReg, 4}, 3);
    put(f, Op::RET, {0, 2}, 4);
    CHECK(vm::verify(f, 0) == "");
    std::string d = vm::disassemble(f);
    CHECK(d.find("SLICESTR") != std::string::npos);
    CHECK(d.find(" _") != std::string::npos);
    CHECK(d.find("x.go:3") != std::string::npos);
    CHECK(d.find("x.go:4") != std::string::npos);
    f.code[3] = 99;  // optional register present but out of the frame
    CHECK(vm::verify(f, 0) != "");
}
