// disasm.cpp — the disassembler and the verifier, both driven by the format
// strings of opcodes.def (so a new opcode needs no change here).
//
// Verifier invariants: every instruction's opcode is known and its operands
// lie inside the code; registers (r, and o unless absent) are below nslots;
// constant (k, t, f) indices are below the pool size; jump targets are
// instruction starts inside the function.
#include <cstdio>
#include <string>
#include <vector>

#include "vm/bytecode/program.h"

namespace gomini::vm {

using bc::Op;

std::string disassemble(const Function& f) {
    std::string out;
    char buf[256];
    std::snprintf(buf, sizeof buf, "%s  (params %u, results %u, frame %u slots)%s\n", f.name.c_str(), f.nparamSlots,
                  f.nresultSlots, f.nslots, f.native ? " native" : "");
    out += buf;
    if (f.native || (f.code.empty() && !f.linkName.empty())) return out;
    size_t pc = 0;
    int lastLine = -1;
    while (pc < f.code.size()) {
        uint32_t op = f.code[pc] & 0xff;
        if (op >= static_cast<uint32_t>(bc::kNumOps)) {
            std::snprintf(buf, sizeof buf, "  %5zu  ??? %u\n", pc, op);
            out += buf;
            break;
        }
        int line = pc < f.lines.size() ? f.lines[pc] : 0;
        if (line && line != lastLine) {
            std::snprintf(buf, sizeof buf, "  %s:%d\n", f.file.c_str(), line);
            out += buf;
            lastLine = line;
        }
        std::snprintf(buf, sizeof buf, "  %5zu  %-12s", pc, bc::kOpNames[op]);
        out += buf;
        const char* fmt = bc::kOpFormats[op];
        size_t i = 1;
        for (const char* p = fmt; *p; ++p, ++i) {
            if (pc + i >= f.code.size()) break;
            uint32_t w = f.code[pc + i];
            switch (*p) {
                case 'r': std::snprintf(buf, sizeof buf, " r%u", w); break;
                case 'o':
                    if (w == bc::kNoReg) std::snprintf(buf, sizeof buf, " _");
                    else std::snprintf(buf, sizeof buf, " r%u", w);
                    break;
                case 'i': std::snprintf(buf, sizeof buf, " #%d", static_cast<int32_t>(w)); break;
                case 'n': std::snprintf(buf, sizeof buf, " %u", w); break;
                case 'j': std::snprintf(buf, sizeof buf, " ->%lld", static_cast<long long>(pc) + static_cast<int32_t>(w)); break;
                case 'k': std::snprintf(buf, sizeof buf, " K%u", w); break;
                case 't': {
                    const RType* t = nullptr;
                    if (f.prog && w < f.prog->consts.size()) t = reinterpret_cast<const RType*>(f.prog->consts[w]);
                    std::snprintf(buf, sizeof buf, " %s", t ? t->str.c_str() : "?type");
                    break;
                }
                case 'f': {
                    const Function* g = nullptr;
                    if (f.prog && w < f.prog->consts.size()) g = reinterpret_cast<const Function*>(f.prog->consts[w]);
                    std::snprintf(buf, sizeof buf, " %s", g ? g->name.c_str() : "?func");
                    break;
                }
                default: buf[0] = 0;
            }
            out += buf;
        }
        out += '\n';
        pc += bc::insnWords(static_cast<Op>(op));
    }
    return out;
}

std::string disassemble(const Program& p) {
    std::string out;
    for (auto& f : p.funcs) {
        if (f->native || f->code.empty()) continue;
        out += disassemble(*f);
        out += '\n';
    }
    return out;
}

std::string verify(const Function& f, size_t nconsts) {
    std::vector<bool> starts(f.code.size() + 1, false);
    size_t pc = 0;
    while (pc < f.code.size()) {
        uint32_t op = f.code[pc] & 0xff;
        if (op >= static_cast<uint32_t>(bc::kNumOps) || (f.code[pc] >> 8) != 0)
            return f.name + ": bad opcode word at " + std::to_string(pc);
        starts[pc] = true;
        size_t w = bc::insnWords(static_cast<Op>(op));
        if (pc + w > f.code.size()) return f.name + ": truncated instruction at " + std::to_string(pc);
        pc += w;
    }
    starts[f.code.size()] = false;
    pc = 0;
    while (pc < f.code.size()) {
        uint32_t op = f.code[pc] & 0xff;
        const char* fmt = bc::kOpFormats[op];
        size_t i = 1;
        for (const char* p = fmt; *p; ++p, ++i) {
            uint32_t w = f.code[pc + i];
            std::string where = f.name + ": " + bc::kOpNames[op] + " at " + std::to_string(pc);
            switch (*p) {
                case 'r':
                    if (w >= f.nslots) return where + ": register r" + std::to_string(w) + " >= frame size";
                    break;
                case 'o':
                    if (w != bc::kNoReg && w >= f.nslots) return where + ": register out of frame";
                    break;
                case 'k':
                case 't':
                case 'f':
                    if (w >= nconsts) return where + ": constant index out of range";
                    break;
                case 'j': {
                    int64_t target = static_cast<int64_t>(pc) + static_cast<int32_t>(w);
                    if (target < 0 || target >= static_cast<int64_t>(f.code.size()) || !starts[target])
                        return where + ": jump target " + std::to_string(target) + " is not an instruction";
                    break;
                }
                default: break;
            }
        }
        pc += i;
    }
    if (f.nslots < f.nparamSlots || f.nslots < f.nresultSlots) return f.name + ": frame smaller than its parameters";
    return "";
}

}  // namespace gomini::vm
