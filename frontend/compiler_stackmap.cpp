// compiler_stackmap.cpp — per-function stack maps (which frame slots hold
// pointers at every pc), the input of the VM's precise root scan.
//
// Invariants:
//   * The map of pc describes the frame BEFORE the instruction at pc runs:
//     the top frame is stopped at the next instruction (a safe point after an
//     allocation / back-edge / native call), at RUNDEFERS, or at the
//     instruction that raised a panic; a caller frame at its return address
//     (the scanner then reads only the slots below its callee's window).
//   * Only slots whose kind is Ptr on EVERY path to pc are reported: a value
//     the program still uses was defined by an instruction that produced its
//     kind (the opcode, a compiler hint for type-dependent loads/calls, or a
//     pin for storage written through pointers), so slots that are stale,
//     reused by another type or clobbered by a callee's frame are never read
//     as pointers.
//   * Frames are zeroed on entry beyond the parameters: every slot starts as
//     Zero (a valid nil pointer of any type).
// The dataflow is an iterative worklist over the instructions (no recursion).
#include <map>
#include <queue>

#include "frontend/compiler.h"
#include "vm/map.h"

namespace gomini::frontend {

using bc::Op;

namespace {

inline uint8_t joinKind(uint8_t a, uint8_t b) {
    if (a == b) return a;
    if (a == kSlotZero) return b;
    if (b == kSlotZero) return a;
    return kSlotMixed;
}

// A dataflow cell: the slot's kind, and whether it holds the address of a
// frame byte (ADDR / OFFPTR of one): stores through such a pointer update the
// kinds of the frame slots they write (composite literals built in place).
using Cell = int32_t;
inline uint8_t kindOf(Cell c) { return static_cast<uint8_t>(c & 3); }
inline int32_t fpOf(Cell c) { return (c >> 2) - 1; }  // -1: not a known frame address
inline Cell mk(uint8_t k, int32_t fp = -1) { return static_cast<Cell>(k) | ((fp + 1) << 2); }
inline Cell join(Cell a, Cell b) {
    if (a == b) return a;
    return mk(joinKind(kindOf(a), kindOf(b)), fpOf(a) == fpOf(b) ? fpOf(a) : -1);
}

std::vector<uint8_t> rtypeKinds(const vm::RType* t) {
    std::vector<uint8_t> k;
    if (!t) return k;
    uint32_t n = (t->size + 7) / 8;
    for (uint32_t i = 0; i < n; ++i) k.push_back(t->gc.isPointerWord(i) ? kSlotPtr : kSlotScalar);
    return k;
}

}  // namespace

std::string computeStackMaps(vm::Function& fn, const StackMapInput& in) {
    const auto& code = fn.code;
    const uint32_t ns = fn.nslots;
    std::vector<uint32_t> starts;
    std::vector<int32_t> idxOf(code.size() + 1, -1);
    for (size_t pc = 0; pc < code.size();) {
        auto op = static_cast<Op>(code[pc] & 0xff);
        if (static_cast<int>(op) >= bc::kNumOps) return "bad opcode";
        idxOf[pc] = static_cast<int32_t>(starts.size());
        starts.push_back(static_cast<uint32_t>(pc));
        pc += static_cast<size_t>(bc::insnWords(op));
    }
    const size_t N = starts.size();
    std::vector<std::vector<Cell>> state(N);
    std::vector<char> queued(N, 0);
    // The worklist runs in program order (lowest instruction first): on loops that is reverse postorder,
    // so a state settles in a few passes (a LIFO order revisited nested loops super-linearly).
    std::priority_queue<uint32_t, std::vector<uint32_t>, std::greater<uint32_t>> work;
    std::string err;

    auto flowInto = [&](size_t target, const std::vector<Cell>& st) {
        auto& t = state[target];
        bool changed = false;
        if (t.empty()) {
            t = st;
            changed = true;
        } else {
            for (uint32_t i = 0; i < ns; ++i) {
                Cell j = join(t[i], st[i]);
                if (j != t[i]) {
                    t[i] = j;
                    changed = true;
                }
            }
        }
        if (changed && !queued[target]) {
            queued[target] = 1;
            work.push(static_cast<uint32_t>(target));
        }
    };
    auto flowPc = [&](int64_t pc, const std::vector<Cell>& st) {
        if (pc < 0 || static_cast<size_t>(pc) >= code.size() || idxOf[static_cast<size_t>(pc)] < 0) {
            if (err.empty()) err = "jump to a non-instruction";
            return;
        }
        flowInto(static_cast<size_t>(idxOf[static_cast<size_t>(pc)]), st);
    };
    auto applyPins = [&](std::vector<Cell>& st, uint32_t pc) {
        for (auto& p : in.pins)
            if (pc >= p.from && pc < p.to)
                for (size_t i = 0; i < p.kinds.size() && p.slot + i < ns; ++i)
                    st[p.slot + i] = mk(p.kinds[i], fpOf(st[p.slot + i]));
    };

    if (N == 0) return "";
    {
        std::vector<Cell> entry(ns, mk(kSlotZero));
        for (uint32_t i = 0; i < fn.nparamSlots && i < ns; ++i)
            entry[i] = mk(i < in.params.size() ? in.params[i] : static_cast<uint8_t>(kSlotMixed));
        flowInto(0, entry);
    }
    const int64_t drp = fn.deferReturnPc;
    const size_t kHiterSlots = (sizeof(vm::Hiter) + 7) / 8;

    std::vector<Cell> cur, tmp;
    while (!work.empty()) {
        uint32_t ii = work.top();
        work.pop();
        queued[ii] = 0;
        const uint32_t pc = starts[ii];
        cur = state[ii];
        applyPins(cur, pc);
        if (drp >= 0) flowPc(drp, cur);  // a panic here may be recovered: resume at the epilogue
        auto op = static_cast<Op>(code[pc] & 0xff);
        const uint32_t* w = &code[pc];
        auto set = [&](uint32_t a, size_t n, uint8_t k) {
            for (size_t i = 0; i < n; ++i)
                if (a + i < ns) cur[a + i] = mk(k);
        };
        auto setv = [&](uint32_t a, const std::vector<uint8_t>& ks) {
            for (size_t i = 0; i < ks.size(); ++i)
                if (a + i < ns) cur[a + i] = mk(ks[i]);
        };
        auto copy = [&](uint32_t a, uint32_t b, uint32_t n) {
            tmp.assign(n, mk(kSlotMixed));
            for (uint32_t i = 0; i < n; ++i)
                if (b + i < ns) tmp[i] = cur[b + i];
            for (uint32_t i = 0; i < n; ++i)
                if (a + i < ns) cur[a + i] = tmp[i];
        };
        // A store of n bytes from slots src.. (src < 0: zeroes) through the pointer in slot p, plus off.
        auto storeThrough = [&](uint32_t p, int32_t off, uint32_t n, int64_t src) {
            if (p >= ns) return;
            int32_t fp = fpOf(cur[p]);
            if (fp < 0) return;  // not a known frame address: heap, or pinned frame storage
            int64_t at = static_cast<int64_t>(fp) + off;
            if (at < 0) return;
            if (at % 8 == 0 && n % 8 == 0) {
                for (uint32_t j = 0; j < n / 8; ++j) {
                    uint64_t t = static_cast<uint64_t>(at / 8) + j;
                    if (t >= ns) break;
                    cur[t] = src < 0 ? mk(kSlotZero) : (src + j < ns ? mk(kindOf(cur[src + j])) : mk(kSlotMixed));
                }
                return;
            }
            // narrow fields (never pointers): the slots they touch hold scalars
            for (int64_t b = at / 8; b <= (at + static_cast<int64_t>(n) - 1) / 8 && b < ns; ++b)
                if (kindOf(cur[b]) == kSlotZero && src >= 0) cur[b] = mk(kSlotScalar);
        };
        auto hinted = [&](uint32_t a, size_t n) {
            auto it = in.hints.find(pc);
            if (it == in.hints.end()) {
                if (err.empty()) err = std::string("no kind hint for ") + bc::kOpNames[static_cast<int>(op)] +
                                       " at pc " + std::to_string(pc);
                set(a, n, kSlotMixed);
            } else setv(a, it->second);
        };
        auto callResults = [&](uint32_t a) {
            auto it = in.hints.find(pc);
            size_t n = 0;
            if (it != in.hints.end()) {
                setv(a, it->second);
                n = it->second.size();
            }
            for (uint32_t i = a + static_cast<uint32_t>(n); i < ns; ++i) cur[i] = mk(kSlotMixed);  // callee's frame
        };
        const uint32_t A = w[1];
        bool fall = true;
        int64_t jumpTo = -1;
        auto K = [&](uint32_t k) -> uint64_t {
            if (!fn.prog || k >= fn.prog->consts.size()) return 0;
            return fn.prog->consts[k];
        };
        switch (op) {
            case Op::ST8: storeThrough(A, static_cast<int32_t>(w[2]), 1, w[3]); break;
            case Op::ST16: storeThrough(A, static_cast<int32_t>(w[2]), 2, w[3]); break;
            case Op::ST32: storeThrough(A, static_cast<int32_t>(w[2]), 4, w[3]); break;
            case Op::ST64: storeThrough(A, static_cast<int32_t>(w[2]), 8, w[3]); break;
            case Op::STN: storeThrough(A, static_cast<int32_t>(w[2]), w[4], w[3]); break;
            case Op::MEMZERO: storeThrough(A, 0, w[2], -1); break;
            case Op::MEMCOPY:
                if (A < ns && fpOf(cur[A]) >= 0 && err.empty()) err = "MEMCOPY into the frame";
                break;
            case Op::ADDR: cur[A] = mk(kSlotPtr, static_cast<int32_t>(w[2] * 8)); break;
            case Op::OFFPTR: {
                int32_t fp = w[2] < ns ? fpOf(cur[w[2]]) : -1;
                cur[A] = mk(kSlotPtr, fp >= 0 ? fp + static_cast<int32_t>(w[3]) : -1);
                break;
            }
            case Op::NOP: case Op::GCPOLL: case Op::CHKSHIFT: case Op::CHKS2A: case Op::NILCHK:
            case Op::STX64: case Op::STX8: case Op::STX64I: case Op::STX8I:
            case Op::STG64: case Op::MAPDEL: case Op::MAPNEXT: case Op::MAPCLEAR:
            case Op::DEFER: case Op::DEFERC: case Op::RUNDEFERS:
            case Op::PRINTI: case Op::PRINTU: case Op::PRINTF: case Op::PRINTC: case Op::PRINTB: case Op::PRINTS:
            case Op::PRINTP: case Op::PRINTE: case Op::PRINTSL: case Op::PRINTSP: case Op::PRINTNL:
                break;
            case Op::MOV: copy(A, w[2], 1); break;
            case Op::MOV2: copy(A, w[2], 2); break;
            case Op::MOV3: copy(A, w[2], 3); break;
            case Op::MOVN: copy(A, w[2], w[3]); break;
            case Op::LOADI: set(A, 1, w[2] == 0 ? kSlotZero : kSlotScalar); break;
            case Op::LOADK: set(A, 1, kSlotScalar); break;
            case Op::LOADK2: set(A, 1, kSlotPtr); set(A + 1, 1, kSlotScalar); break;  // static string data
            case Op::ZERO: set(A, w[2], kSlotZero); break;
            case Op::ADDC: case Op::SUBC: case Op::MULC: case Op::DIVC: case Op::NEGC: case Op::C64TOC128:
            case Op::DECODERUNE:
                set(A, 2, kSlotScalar);
                break;
            case Op::STR2BYTES: case Op::STR2RUNES: case Op::STR2BYTESB: case Op::STR2RUNESB: case Op::SLICE: case Op::SLICEARR: case Op::MAKESLICE:
            case Op::APPENDGROW: case Op::APPENDSLICE:
                set(A, 1, kSlotPtr);
                set(A + 1, 2, kSlotScalar);
                break;
            case Op::BYTES2STR: case Op::RUNES2STR: case Op::INT2STR: case Op::CONCAT: case Op::SLICESTR:
            case Op::MAPGET2:
                set(A, 1, kSlotPtr);
                set(A + 1, 1, kSlotScalar);
                break;
            case Op::IDXSLICE: case Op::IDXARR: case Op::GADDR: case Op::NEW:
            case Op::MAPGET: case Op::MAPSET: case Op::MAKEMAP: case Op::CLOSURE: case Op::FUNCVAL:
                set(A, 1, kSlotPtr);
                break;
            case Op::RECOVER: case Op::CONVI: case Op::IFACE2IFACE: case Op::ASSERTI: set(A, 2, kSlotPtr); break;
            case Op::ASSERTI2: set(A, 2, kSlotPtr); set(A + 2, 1, kSlotScalar); break;
            case Op::ASSERT: setv(A, rtypeKinds(reinterpret_cast<const vm::RType*>(K(w[3])))); break;
            case Op::ASSERT2: {
                auto ks = rtypeKinds(reinterpret_cast<const vm::RType*>(K(w[3])));
                setv(A, ks);
                set(A + static_cast<uint32_t>(ks.size()), 1, kSlotScalar);
                break;
            }
            case Op::MAPITER:
                set(A, 6, kSlotPtr);
                set(A + 6, kHiterSlots - 6, kSlotScalar);
                break;
            case Op::LD64: case Op::LDX64: case Op::LDG64: case Op::CAPTURE: hinted(A, 1); break;
            case Op::LDN: hinted(A, (w[4] + 7) / 8); break;
            case Op::CALL: case Op::CALLC: callResults(A); break;
            case Op::CALLI: set(A, 1, kSlotPtr); callResults(A); break;
            case Op::RET: case Op::PANIC: case Op::PANICWRAP: case Op::UNSUPPORTED: case Op::NONATIVE:
                fall = false;
                break;
            case Op::JMP:
                fall = false;
                jumpTo = static_cast<int64_t>(pc) + static_cast<int32_t>(w[1]);
                break;
            case Op::JT: case Op::JF:
                jumpTo = static_cast<int64_t>(pc) + static_cast<int32_t>(w[2]);
                break;
            case Op::JEQ: case Op::JNE: case Op::JLTS: case Op::JLES: case Op::JLTU: case Op::JLEU: case Op::JEQI:
            case Op::JNEI: case Op::JLTSI: case Op::JLESI: case Op::JGTSI: case Op::JGESI: case Op::JLTF:
            case Op::JLEF: case Op::JNLTF: case Op::JNLEF: case Op::JX8T: case Op::JX8F:
            case Op::JREMZI: case Op::JREMNZI:
                jumpTo = static_cast<int64_t>(pc) + static_cast<int32_t>(w[3]);
                break;
            case Op::INCJLTS: case Op::INCJLES: case Op::INCJGTS: case Op::INCJGES: case Op::INCJLTSI:
            case Op::INCJLESI: case Op::INCJGTSI: case Op::INCJGESI: case Op::ADDJLTS: case Op::ADDJLES:
                set(A, 1, kSlotScalar);
                jumpTo = static_cast<int64_t>(pc) + static_cast<int32_t>(w[4]);
                break;
            default:
                // every other instruction defines one scalar slot at R[a]
                // (arithmetic, comparisons, conversions, narrow loads, lengths)
                set(A, 1, kSlotScalar);
                break;
        }
        if (jumpTo >= 0) flowPc(jumpTo, cur);
        if (fall) {
            size_t next = pc + static_cast<size_t>(bc::insnWords(op));
            if (next < code.size()) flowPc(static_cast<int64_t>(next), cur);
        }
    }
    if (!err.empty()) return fn.name + ": " + err;

    // Emit the deduplicated bitmaps and the pc index.
    const uint32_t nbytes = (ns + 7) / 8;
    fn.stackMapBytes = nbytes;
    fn.stackMapBits.clear();
    fn.stackMapIndex.clear();
    if (nbytes == 0) return "";
    std::map<std::vector<uint8_t>, uint32_t> seen;
    std::vector<uint8_t> bits(nbytes);
    int64_t last = -1;
    for (size_t i = 0; i < N; ++i) {
        std::fill(bits.begin(), bits.end(), 0);
        if (!state[i].empty()) {
            cur = state[i];
            applyPins(cur, starts[i]);
            for (uint32_t s = 0; s < ns; ++s)
                if (kindOf(cur[s]) == kSlotPtr) bits[s / 8] |= static_cast<uint8_t>(1u << (s % 8));
        }
        auto it = seen.find(bits);
        uint32_t id;
        if (it == seen.end()) {
            id = static_cast<uint32_t>(seen.size());
            seen.emplace(bits, id);
            fn.stackMapBits.insert(fn.stackMapBits.end(), bits.begin(), bits.end());
        } else id = it->second;
        if (static_cast<int64_t>(id) != last) {
            fn.stackMapIndex.push_back({starts[i], id});
            last = id;
        }
    }
    return "";
}

}  // namespace gomini::frontend
