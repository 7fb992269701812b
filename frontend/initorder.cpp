// initorder.cpp — initialization order of package-level variables and
// initialization cycles (go/types initorder.go).
//
// The dependency graph has a node per package-level constant, variable and
// function (methods included); an edge a -> b means a's declaration (its
// initializer or, for a function, its body) refers to b. Functions are then
// eliminated (their predecessors inherit their successors), leaving a graph
// of constants and variables. Nodes are emitted in order of fewest
// outstanding dependencies, then source order; a node emitted while it still
// has dependencies sits on a cycle, which is reported:
//   "initialization cycle: x refers to itself", or
//   "initialization cycle for x" with one "a refers to" line per step.
// The result is Package::inits: each variable initializer once, in order.
#include <algorithm>
#include <set>

#include "frontend/check.h"

namespace gomini::frontend {

namespace {

struct GraphNode {
    Object* obj = nullptr;
    std::unordered_set<GraphNode*> pred, succ;
    int ndeps = 0;
    size_t cost() const { return pred.size() * succ.size(); }
};

bool isDependency(const Object* o) {
    return o->kind == ObjKind::Const || o->kind == ObjKind::Var || o->kind == ObjKind::Func;
}

}  // namespace

void Checker::initOrder() {
    pkg_->inits.clear();
    std::vector<std::unique_ptr<GraphNode>> storage;
    std::unordered_map<Object*, GraphNode*> M;
    for (Object* obj : objList_) {
        if (!isDependency(obj)) continue;
        auto n = std::make_unique<GraphNode>();
        n->obj = obj;
        M[obj] = n.get();
        storage.push_back(std::move(n));
    }
    for (auto& n : storage) {
        for (Object* d : objMap_[n->obj]->deps) {
            auto it = M.find(d);
            if (it == M.end()) continue;
            n->succ.insert(it->second);
            it->second->pred.insert(n.get());
        }
    }
    // Eliminate function nodes, cheapest first.
    std::vector<GraphNode*> funcs, G;
    for (auto& n : storage) {
        if (n->obj->kind == ObjKind::Func) {
            funcs.push_back(n.get());
        } else {
            G.push_back(n.get());
        }
    }
    std::stable_sort(funcs.begin(), funcs.end(), [](GraphNode* a, GraphNode* b) {
        if (a->cost() != b->cost()) return a->cost() < b->cost();
        return a->obj->order < b->obj->order;
    });
    for (GraphNode* n : funcs) {
        for (GraphNode* p : n->pred) {
            if (p == n) continue;
            for (GraphNode* s : n->succ) {
                if (s == n) continue;
                p->succ.insert(s);
                s->pred.insert(p);
            }
            p->succ.erase(n);
        }
        for (GraphNode* s : n->succ) s->pred.erase(n);
    }
    for (GraphNode* n : G) n->ndeps = static_cast<int>(n->succ.size());

    // Priority queue ordered by (ndeps, source order), with decrease-key.
    auto key = [](GraphNode* n) { return std::make_tuple(n->ndeps, n->obj->order, n); };
    std::set<std::tuple<int, uint32_t, GraphNode*>> pq;
    for (GraphNode* n : G) pq.insert(key(n));
    std::unordered_set<DeclInfo*> emitted;
    std::unordered_set<GraphNode*> done;

    // findPath: the (reversed) list {to, ..., from} of a dependency path from -> to, or empty.
    auto findPath = [this](Object* from, Object* to) {
        std::unordered_set<Object*> seen;
        struct Frame {
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
        std::vector<Frame> stack;
        seen.insert(from);
        stack.push_back({from, depsOf(from), 0});
        while (!stack.empty()) {
            Frame& f = stack.back();
            if (f.next >= f.deps.size()) {
                stack.pop_back();
                continue;
            }
            Object* d = f.deps[f.next++];
            if (d == to) {
                std::vector<Object*> path{d};
                for (size_t i = stack.size(); i-- > 1;) path.push_back(stack[i].obj);
                return path;
            }
            if (!seen.insert(d).second) continue;
            stack.push_back({d, depsOf(d), 0});
        }
        return std::vector<Object*>{};
    };

    while (!pq.empty()) {
        GraphNode* n = std::get<2>(*pq.begin());
        pq.erase(pq.begin());
        done.insert(n);
        if (n->ndeps > 0) {
            std::vector<Object*> cycle = findPath(n->obj, n->obj);
            if (!cycle.empty()) {
                Object* obj = cycle[0];
                if (cycle.size() == 1) {
                    error(obj->pos, "initialization cycle: " + obj->name + " refers to itself");
                } else {
                    std::vector<std::pair<Pos, std::string>> parts{{obj->pos, "initialization cycle for " + obj->name}};
                    for (size_t i = cycle.size(); i-- > 0;) {
                        parts.push_back({obj->pos, obj->name + " refers to"});
                        obj = cycle[i];
                    }
                    parts.push_back({obj->pos, obj->name});
                    errorMulti(parts);
                }
            }
        }
        for (GraphNode* p : n->pred) {
            if (done.count(p)) continue;
            pq.erase(key(p));
            p->ndeps--;
            pq.insert(key(p));
        }
        auto* v = asObj<Var>(n->obj);
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
