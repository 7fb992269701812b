// initorder.cpp — initialization order of package-level variables and
// initialization cycles (go/types initorder.go, with a different graph
// reduction).
//
// Dependencies: a package-level constant or variable depends on the
// constants, variables and functions its initializer refers to; a function
// depends on what its body refers to. What matters for the order is, for
// every constant and variable, the set of constants and variables it reaches
// through chains of functions.
//
// go/types computes that set by eliminating function nodes one by one
// (adding an edge from every predecessor to every successor), which is cubic
// on dense call graphs: a 3,000-function program with random mutual calls
// takes minutes (gc 1.19 needs ~8 minutes on it). Here instead:
//   1. the function-only subgraph is condensed into strongly connected
//      components (iterative Tarjan, so no deep recursion);
//   2. in reverse topological order each component gets the bit set of
//      constants/variables reachable from it (its members' direct value
//      dependencies, plus the sets of the components it calls);
//   3. a value's dependency set is its direct value dependencies plus the
//      sets of the functions it refers to.
// Cost: O((F + V) * V / 64) word operations for F functions and V values.
//
// Values are then emitted in order of fewest outstanding dependencies, then
// source order (the spec's rule: the earliest variable that is ready); a
// value emitted while it still has dependencies sits on a cycle, which is
// reported as gc reports it:
//   "initialization cycle: x refers to itself", or
//   "initialization cycle for x" with one "a refers to" line per step.
// The result is Package::inits: each variable initializer once, in order.
#include <algorithm>
#include <set>

#include "frontend/check.h"

namespace gomini::frontend {

namespace {

struct Bits {
    std::vector<uint64_t> w;
    explicit Bits(size_t n = 0) : w((n + 63) / 64, 0) {}
    void set(size_t i) { w[i / 64] |= uint64_t(1) << (i % 64); }
    void orWith(const Bits& o) {
        for (size_t i = 0; i < w.size(); i++) w[i] |= o.w[i];
    }
    template <class F>
    void forEach(F f) const {
        for (size_t i = 0; i < w.size(); i++) {
            uint64_t x = w[i];
            while (x) {
                int b = __builtin_ctzll(x);
                f(i * 64 + static_cast<size_t>(b));
                x &= x - 1;
            }
        }
    }
};

}  // namespace

void Checker::initOrder() {
    pkg_->inits.clear();

    // Index the dependency nodes: values (constants, variables) and functions.
    std::vector<Object*> values, funcs;
    std::unordered_map<Object*, size_t> valueIdx, funcIdx;
    for (Object* obj : objList_) {
        if (obj->kind == ObjKind::Const || obj->kind == ObjKind::Var) {
            valueIdx[obj] = values.size();
            values.push_back(obj);
        } else if (obj->kind == ObjKind::Func) {
            funcIdx[obj] = funcs.size();
            funcs.push_back(obj);
        }
    }
    const size_t V = values.size(), F = funcs.size();

    // Direct dependencies, split by kind.
    auto split = [&](Object* obj, std::vector<size_t>& vdeps, std::vector<size_t>& fdeps) {
        auto it = objMap_.find(obj);
        if (it == objMap_.end()) return;
        for (Object* d : it->second->deps) {
            if (auto v = valueIdx.find(d); v != valueIdx.end()) {
                vdeps.push_back(v->second);
            } else if (auto f = funcIdx.find(d); f != funcIdx.end()) {
                fdeps.push_back(f->second);
            }
        }
    };
    std::vector<std::vector<size_t>> funcV(F), funcF(F);
    for (size_t i = 0; i < F; i++) split(funcs[i], funcV[i], funcF[i]);

    // 1. Strongly connected components of the function graph (iterative Tarjan).
    //    Components are numbered in the order Tarjan completes them, which is a
    //    reverse topological order: callees before callers.
    std::vector<int> index(F, -1), low(F, 0), comp(F, -1);
    std::vector<bool> onStack(F, false);
    std::vector<size_t> stack;
    int counter = 0, ncomp = 0;
    struct Frame {
        size_t node;
        size_t next;
    };
    for (size_t root = 0; root < F; root++) {
        if (index[root] >= 0) continue;
        std::vector<Frame> dfs{{root, 0}};
        index[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = true;
        while (!dfs.empty()) {
            Frame& fr = dfs.back();
            size_t v = fr.node;
            if (fr.next < funcF[v].size()) {
                size_t w = funcF[v][fr.next++];
                if (index[w] < 0) {
                    index[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = true;
                    dfs.push_back({w, 0});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], index[w]);
                }
                continue;
            }
            if (low[v] == index[v]) {
                size_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = false;
                    comp[w] = ncomp;
                } while (w != v);
                ncomp++;
            }
            dfs.pop_back();
            if (!dfs.empty()) {
                size_t parent = dfs.back().node;
                low[parent] = std::min(low[parent], low[v]);
            }
        }
    }

    // 2. Values reachable from each component, callees first.
    std::vector<std::vector<size_t>> members(static_cast<size_t>(ncomp));
    for (size_t i = 0; i < F; i++) members[static_cast<size_t>(comp[i])].push_back(i);
    std::vector<Bits> reach(static_cast<size_t>(ncomp), Bits(V));
    for (size_t c = 0; c < static_cast<size_t>(ncomp); c++) {
        Bits& r = reach[c];
        for (size_t f : members[c]) {
            for (size_t v : funcV[f]) r.set(v);
            for (size_t g : funcF[f]) {
                size_t cg = static_cast<size_t>(comp[g]);
                if (cg != c) r.orWith(reach[cg]);
            }
        }
    }

    // 3. The dependency set of every value; predecessor lists.
    std::vector<std::vector<size_t>> succ(V), pred(V);
    {
        Bits scratch(V);
        for (size_t i = 0; i < V; i++) {
            std::fill(scratch.w.begin(), scratch.w.end(), 0);
            std::vector<size_t> vdeps, fdeps;
            split(values[i], vdeps, fdeps);
            for (size_t v : vdeps) scratch.set(v);
            for (size_t f : fdeps) scratch.orWith(reach[static_cast<size_t>(comp[f])]);
            scratch.forEach([&](size_t j) {
                succ[i].push_back(j);
                pred[j].push_back(i);
            });
        }
    }
    reach.clear();

    // Emit values by (outstanding dependencies, source order).
    std::vector<int> ndeps(V);
    std::set<std::pair<int, size_t>> pq;  // (ndeps, index = source order among values)
    for (size_t i = 0; i < V; i++) {
        ndeps[i] = static_cast<int>(succ[i].size());
        pq.insert({ndeps[i], i});
    }
    std::vector<bool> done(V, false);
    std::unordered_set<DeclInfo*> emitted;

    // findPath: the (reversed) list {to, ..., from} of a dependency path from -> to
    // in the original graph (through functions), or empty.
    auto findPath = [this](Object* from, Object* to) {
        std::unordered_set<Object*> seen;
        struct PFrame {
            Object* obj;
            std::vector<Object*> deps;
            size_t next;
        };
        auto depsOf = [this](Object* o) {
            std::vector<Object*> deps;
            if (auto it = objMap_.find(o); it != objMap_.end()) deps = it->second->deps;
            std::stable_sort(deps.begin(), deps.end(), [](Object* a, Object* b) { return a->order < b->order; });
            return deps;
        };
        std::vector<PFrame> st;
        seen.insert(from);
        st.push_back({from, depsOf(from), 0});
        while (!st.empty()) {
            PFrame& f = st.back();
            if (f.next >= f.deps.size()) {
                st.pop_back();
                continue;
            }
            Object* d = f.deps[f.next++];
            if (d == to) {
                std::vector<Object*> path{d};
                for (size_t i = st.size(); i-- > 1;) path.push_back(st[i].obj);
                return path;
            }
            if (!seen.insert(d).second) continue;
            st.push_back({d, depsOf(d), 0});
        }
        return std::vector<Object*>{};
    };

    while (!pq.empty()) {
        size_t n = pq.begin()->second;
        pq.erase(pq.begin());
        done[n] = true;
        Object* obj = values[n];
        if (ndeps[n] > 0) {
            std::vector<Object*> cycle = findPath(obj, obj);
            if (!cycle.empty()) {
                Object* o = cycle[0];
                if (cycle.size() == 1) {
                    error(o->pos, "initialization cycle: " + o->name + " refers to itself");
                } else {
                    std::vector<std::pair<Pos, std::string>> parts{{o->pos, "initialization cycle for " + o->name}};
                    for (size_t i = cycle.size(); i-- > 0;) {
                        parts.push_back({o->pos, o->name + " refers to"});
                        o = cycle[i];
                    }
                    parts.push_back({o->pos, o->name});
                    errorMulti(parts);
                }
            }
        }
        for (size_t p : pred[n]) {
            if (done[p]) continue;
            pq.erase({ndeps[p], p});
            ndeps[p]--;
            pq.insert({ndeps[p], p});
        }
        auto* v = asObj<Var>(obj);
        if (!v) continue;
        DeclInfo* info = objMap_[v];
        if (!info || !info->hasInitializer()) continue;
        if (!emitted.insert(info).second) continue;
        PackageInit init;
        init.lhs = info->lhs.empty() ? std::vector<Var*>{v} : info->lhs;
        init.rhs = info->init;
        pkg_->inits.push_back(std::move(init));
    }
}

}  // namespace gomini::frontend
