// escape.cpp — escape analysis (see escape.h for the model).
//
// Layout, following cmd/compile/internal/escape:
//   * Loc / Hole: a location (variable, allocation site, temporary, the heap)
//     and a "hole" — where a value goes, with a deref count (-1: its address).
//   * Batch: one strongly connected component of the call graph. Walks the
//     bodies (stmt/expr/call), adding edges; then walkAll/walkOne propagate,
//     outlives decides, leakTo records parameter leaks; finish writes the
//     results into the AST and objects and emits the -m notes; the functions'
//     tags are kept for callers analysed later.
//   * analyzeEscapes: imported packages first (silently), then the package;
//     for each, builds the call graph of its function
//     declarations and runs one Batch per SCC, callees first (iterative
//     Tarjan).
#include "frontend/escape.h"

#include <algorithm>
#include <deque>
#include <functional>
#include <string>
#include <unordered_map>
#include <unordered_set>

#include "frontend/ast_dump.h"
#include "frontend/types.h"

namespace gomini::frontend {
namespace {

constexpr int64_t kMaxImplicitStackVarSize = 64 * 1024;  // new, &T{}, make, literals
constexpr int64_t kMaxStackVarSize = 10 * 1024 * 1024;   // declared variables

// ---------------------------------------------------------------------------
// Type helpers

bool hasPointers(const Type* t) {
    t = under(t);
    if (!t) return false;
    switch (t->kind) {
    case TypeKind::Basic: {
        auto* b = static_cast<const Basic*>(t);
        return b->bkind == BasicKind::String || b->bkind == BasicKind::UnsafePointer ||
               b->bkind == BasicKind::UntypedString || b->bkind == BasicKind::UntypedNil;
    }
    case TypeKind::Array: {
        auto* a = static_cast<const Array*>(t);
        return a->len > 0 && hasPointers(a->elem);
    }
    case TypeKind::Struct:
        for (auto* f : static_cast<const Struct*>(t)->fields)
            if (hasPointers(f->type)) return true;
        return false;
    case TypeKind::Tuple:
        for (auto* v : static_cast<const Tuple*>(t)->vars)
            if (hasPointers(v->type)) return true;
        return false;
    default:
        return true;
    }
}

// Values of these types are stored directly in an interface word (no box).
bool isDirectIface(const Type* t) {
    t = under(t);
    if (!t) return false;
    switch (t->kind) {
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Map:
    case TypeKind::Signature:
        return true;
    case TypeKind::Basic:
        return static_cast<const Basic*>(t)->bkind == BasicKind::UnsafePointer;
    case TypeKind::Array: {
        auto* a = static_cast<const Array*>(t);
        return a->len == 1 && isDirectIface(a->elem);
    }
    case TypeKind::Struct: {
        auto* s = static_cast<const Struct*>(t);
        return s->fields.size() == 1 && isDirectIface(s->fields[0]->type);
    }
    default:
        return false;
    }
}

int64_t alignOf(const Type* t);

int64_t sizeOf(const Type* t) {
    t = under(t);
    if (!t) return 0;
    switch (t->kind) {
    case TypeKind::Basic:
        switch (static_cast<const Basic*>(t)->bkind) {
        case BasicKind::Bool:
        case BasicKind::Int8:
        case BasicKind::Uint8:
            return 1;
        case BasicKind::Int16:
        case BasicKind::Uint16:
            return 2;
        case BasicKind::Int32:
        case BasicKind::Uint32:
        case BasicKind::Float32:
            return 4;
        case BasicKind::Complex128:
        case BasicKind::String:
        case BasicKind::UntypedString:
            return 16;
        default:
            return 8;
        }
    case TypeKind::Array: {
        auto* a = static_cast<const Array*>(t);
        int64_t e = sizeOf(a->elem);
        if (a->len <= 0) return 0;
        if (e > 0 && a->len > (int64_t(1) << 50) / e) return int64_t(1) << 50;
        return e * a->len;
    }
    case TypeKind::Struct: {
        int64_t off = 0, maxAlign = 1;
        for (auto* f : static_cast<const Struct*>(t)->fields) {
            int64_t al = alignOf(f->type);
            maxAlign = std::max(maxAlign, al);
            off = (off + al - 1) / al * al;
            off += sizeOf(f->type);
            if (off > (int64_t(1) << 50)) return off;
        }
        return (off + maxAlign - 1) / maxAlign * maxAlign;
    }
    case TypeKind::Slice:
        return 24;
    case TypeKind::Interface:
        return 16;
    default:
        return 8;
    }
}

int64_t alignOf(const Type* t) {
    t = under(t);
    if (!t) return 1;
    switch (t->kind) {
    case TypeKind::Array:
        return alignOf(static_cast<const Array*>(t)->elem);
    case TypeKind::Struct: {
        int64_t m = 1;
        for (auto* f : static_cast<const Struct*>(t)->fields) m = std::max(m, alignOf(f->type));
        return m;
    }
    case TypeKind::Basic: {
        int64_t s = sizeOf(t);
        return s >= 8 ? 8 : s;
    }
    default:
        return 8;
    }
}

// ---------------------------------------------------------------------------
// gc's positions and texts of expressions in -m messages

// gc positions a parenthesized expression at the expression inside.
Pos gcPos(const Expr* e) { return syntaxPos(e ? unparen(const_cast<Expr*>(e)) : nullptr); }

class Printer {
public:
    explicit Printer(const Package* pkg) : pkg_(pkg) {}

    // Types as gc's -m prints them: "struct { a int; b string }", "interface {}", "[]*T".
    std::string typeText(const Type* t, int depth = 0) const {
        if (!t || depth > 50) return "?";
        switch (t->kind) {
        case TypeKind::Slice:
            return "[]" + typeText(static_cast<const Slice*>(t)->elem, depth + 1);
        case TypeKind::Array: {
            auto* a = static_cast<const Array*>(t);
            return "[" + std::to_string(a->len) + "]" + typeText(a->elem, depth + 1);
        }
        case TypeKind::Pointer:
            return "*" + typeText(static_cast<const Pointer*>(t)->base, depth + 1);
        case TypeKind::Map: {
            auto* m = static_cast<const Map*>(t);
            return "map[" + typeText(m->key, depth + 1) + "]" + typeText(m->elem, depth + 1);
        }
        case TypeKind::Struct: {
            auto* st = static_cast<const Struct*>(t);
            if (st->fields.empty()) return "struct {}";
            std::string s = "struct {";
            for (size_t i = 0; i < st->fields.size(); ++i) {
                s += i ? "; " : " ";
                if (!st->fields[i]->embedded) s += st->fields[i]->name + " ";
                s += typeText(st->fields[i]->type, depth + 1);
            }
            return s + " }";
        }
        case TypeKind::Interface: {
            auto* it = static_cast<const Interface*>(t);
            if (it->methods.empty() && it->embeddeds.empty()) return "interface {}";
            break;
        }
        default:
            break;
        }
        std::string s = typeString(t, pkg_);
        if (s == "any") return "interface {}";
        return s;
    }

    // A type in a conversion: gc writes "([]byte)(s)" for unnamed types, "string(b)" for named ones.
    std::string convText(const Type* t, const std::string& arg) const {
        bool named = isa<Named>(t) || isa<Basic>(t);
        if (named) return typeText(t) + "(" + arg + ")";
        return "(" + typeText(t) + ")(" + arg + ")";
    }

    // Texts that replace an expression's own (the devirtualized calls: "Rect.Area(s.(*Rect))").
    std::unordered_map<const Expr*, std::string> overrides;

    std::string expr(const Expr* e, int depth = 0) const {
        if (!e) return "";
        if (depth > 50) return "...";
        if (!overrides.empty())
            if (auto it = overrides.find(e); it != overrides.end()) return it->second;
        switch (e->kind) {
        case NodeKind::Ident:
            return cast<Ident>(e)->name;
        case NodeKind::BasicLit:
            return cast<BasicLit>(e)->raw;
        case NodeKind::CompositeLit: {
            auto* c = cast<CompositeLit>(e);
            const Type* t = c->type;
            const char* body = c->elts.empty() ? "{}" : "{...}";
            if (auto* p = tas<Pointer>(under(const_cast<Type*>(t))); p && !c->litType)
                return "&" + typeText(p->base) + body;
            return typeText(t) + body;
        }
        case NodeKind::FuncLit:
            return "func literal";
        case NodeKind::ParenExpr:
            return "(" + expr(cast<ParenExpr>(e)->x, depth + 1) + ")";
        case NodeKind::SelectorExpr: {
            auto* s = cast<SelectorExpr>(e);
            if (auto* id = as<Ident>(unparen(s->x)))
                if (auto* pn = asObj<PkgName>(id->obj); pn && pn->imported)
                    return pn->imported->name + "." + s->sel->name;
            return expr(s->x, depth + 1) + embeddedPath(s) + "." + s->sel->name;
        }
        case NodeKind::IndexExpr: {
            auto* x = cast<IndexExpr>(e);
            std::string s = expr(x->x, depth + 1) + "[";
            for (size_t i = 0; i < x->indices.size(); ++i) s += (i ? ", " : "") + expr(x->indices[i], depth + 1);
            return s + "]";
        }
        case NodeKind::SliceExpr: {
            auto* x = cast<SliceExpr>(e);
            std::string s = expr(x->x, depth + 1) + "[" + expr(x->lo, depth + 1) + ":" + expr(x->hi, depth + 1);
            if (x->slice3) s += ":" + expr(x->max, depth + 1);
            return s + "]";
        }
        case NodeKind::TypeAssertExpr: {
            auto* x = cast<TypeAssertExpr>(e);
            return expr(x->x, depth + 1) + ".(" + (x->assertType ? typeText(x->assertType->type) : "type") + ")";
        }
        case NodeKind::CallExpr: {
            auto* c = cast<CallExpr>(e);
            std::string s;
            Expr* fun = unparen(c->fun);
            if (fun->mode == Mode::TypeExpr && c->args.size() == 1)
                return convText(fun->type, expr(c->args[0], depth + 1));
            std::vector<std::string> args;
            auto* sig = fun->type ? tas<Signature>(under(fun->type)) : nullptr;
            // A method call prints as a method expression call: (*T).M(x, args) / T.M(x, args).
            auto* selm = as<SelectorExpr>(fun);
            auto* m = selm ? asObj<Func>(selm->sel->obj) : nullptr;
            if (auto* sel = selm;
                sel && m && sel->x->mode != Mode::TypeExpr && sel->x->type && !isInterface(sel->x->type) &&
                !isObj<PkgName>(as<Ident>(unparen(sel->x)) ? as<Ident>(unparen(sel->x))->obj : nullptr)) {
                Type* rt = m && m->sig() && m->sig()->recv ? m->sig()->recv->type : nullptr;
                if (rt) {
                    std::string rts = typeText(rt);
                    s = (isa<Pointer>(rt) ? "(" + rts + ")" : rts) + "." + sel->sel->name + "(";
                    args.push_back(expr(sel->x, depth + 1) + embeddedPath(sel));
                }
            }
            if (s.empty()) s = expr(c->fun, depth + 1) + "(";
            size_t nparams = sig ? sig->params->vars.size() : 0;
            for (size_t i = 0; i < c->args.size(); ++i) {
                Expr* a = c->args[i];
                if (sig && sig->variadic && !c->hasDots() && i + 1 >= nparams) {
                    args.push_back("... argument...");
                    break;
                }
                args.push_back(a->mode == Mode::TypeExpr ? typeText(a->type) : expr(a, depth + 1));
            }
            if (sig && sig->variadic && !c->hasDots() && c->args.size() + 1 == nparams) args.push_back("nil...");
            for (size_t i = 0; i < args.size(); ++i) s += (i ? ", " : "") + args[i];
            if (c->hasDots()) s += "...";
            return s + ")";
        }
        case NodeKind::StarExpr:
            return "*" + expr(cast<StarExpr>(e)->x, depth + 1);
        case NodeKind::UnaryExpr: {
            auto* u = cast<UnaryExpr>(e);
            Expr* x = u->x;
            if (is<StarExpr>(x)) return std::string(tokString(u->op)) + "(" + expr(x, depth + 1) + ")";
            return std::string(tokString(u->op)) + expr(x, depth + 1);
        }
        case NodeKind::BinaryExpr: {
            auto* b = cast<BinaryExpr>(e);
            return expr(b->x, depth + 1) + " " + tokString(b->op) + " " + expr(b->y, depth + 1);
        }
        case NodeKind::KeyValueExpr: {
            auto* kv = cast<KeyValueExpr>(e);
            return expr(kv->key, depth + 1) + ":" + expr(kv->value, depth + 1);
        }
        default:
            if (e->type) return typeText(e->type);
            return "?";
        }
    }

private:
    // ".E1.E2" for a field or method promoted through embedded fields E1, E2 (gc spells the path out).
    std::string embeddedPath(const SelectorExpr* s) const {
        if (!s->x->type || s->x->mode == Mode::TypeExpr) return "";
        auto r = lookupFieldOrMethod(s->x->type, false, pkg_, s->sel->name);
        if (!r.obj || r.index.size() < 2) return "";
        std::string out;
        Type* t = s->x->type;
        for (size_t i = 0; i + 1 < r.index.size(); ++i) {
            Type* u = under(t);
            if (auto* p = tas<Pointer>(u)) u = under(p->base);
            auto* st = tas<Struct>(u);
            if (!st || r.index[i] < 0 || size_t(r.index[i]) >= st->fields.size()) return "";
            Var* f = st->fields[size_t(r.index[i])];
            out += "." + f->name;
            t = f->type;
        }
        return out;
    }

    const Package* pkg_;
};

// ---------------------------------------------------------------------------
// Locations and holes

struct FnInfo;

struct Loc {
    Var* var = nullptr;     // a variable
    Expr* site = nullptr;   // an allocation site (Expr::escapes), or an implicitly converted expression
    bool convSite = false;  // site is an implicit interface conversion (Expr::convEscapes)
    bool report = false;    // emit "... escapes to heap" / "does not escape"
    std::string text;
    Pos pos;
    FnInfo* fn = nullptr;
    int loopDepth = 0;
    bool isHeap = false;
    bool isParam = false;
    int resultIndex = -1;
    bool escapes = false, addrtaken = false, reassigned = false, captured = false;
    std::vector<std::pair<Loc*, int>> edges;  // incoming: (src, derefs): this = *^derefs src
    uint32_t walkgen = 0;
    int derefs = 0;
    bool queued = false;
    int leakHeap = -1;
    std::vector<int> leakResult;
};

struct Hole {
    Loc* dst = nullptr;  // null: discard
    int derefs = 0;
    Hole deref() const { return {dst, derefs + 1}; }
    Hole addr() const { return {dst, derefs - 1}; }
    Hole shift(int d) const { return {dst, derefs + d}; }
};

struct FnInfo {
    FuncDecl* decl = nullptr;
    FuncLit* lit = nullptr;
    Func* obj = nullptr;
    Signature* sig = nullptr;
    FnInfo* parent = nullptr;
    std::vector<Var*> paramVars;  // receiver first
    std::vector<Loc*> params;     // parallel to paramVars (null: unnamed or blank)
    std::vector<Var*> resultVars;
    std::vector<Loc*> results;
    bool closureCalled = false;
};

// A devirtualized interface method call (devirtualize, below).
struct Devirt {
    Func* method = nullptr;  // the concrete method
    int derefs = 0;          // from the interface variable's value to the method's receiver
};

// A function's parameter summary, for callers analysed later.
struct Tag {
    std::vector<int> heap;                  // per parameter (receiver first): derefs to the heap, -1 none
    std::vector<std::vector<int>> results;  // per parameter, per result: derefs, -1 none
};

bool isBuilderMethod(const Func* f) {
    if (!f || !f->pkg || f->pkg->path != "strings" || !f->sig() || !f->sig()->recv) return false;
    Type* rt = f->sig()->recv->type;
    if (auto* p = tas<Pointer>(rt)) rt = p->base;
    auto* n = tas<Named>(rt);
    return n && n->obj && n->obj->name == "Builder";
}

bool containsClosure(const FnInfo* f, const FnInfo* c) {
    if (f == c) return false;
    for (const FnInfo* p = c; p; p = p->parent)
        if (p == f) return true;
    return false;
}

const char* const kFmtPrinters[] = {"Print",    "Println", "Printf", "Sprint", "Sprintln", "Sprintf", "Fprint",
                                    "Fprintln", "Fprintf", "Errorf", "Append", "Appendf",  "Appendln"};

// ---------------------------------------------------------------------------
// One batch (an SCC of the call graph)

class Batch {
public:
    Batch(Package* pkg, Diagnostics* notes, std::unordered_map<Func*, Tag>& tags, const Printer& pr,
          const std::unordered_map<Var*, Expr*>& staticFuncs,
          const std::unordered_map<const CallExpr*, Devirt>& devirt)
        : pkg_(pkg), notes_(notes), tags_(tags), pr_(pr), staticFuncs_(staticFuncs), devirt_(devirt) {
        heap_.isHeap = true;
        heap_.escapes = true;
    }

    void run(const std::vector<FuncDecl*>& decls) {
        std::vector<FnInfo*> top;
        for (auto* d : decls) {
            FnInfo* fi = newFn();
            fi->decl = d;
            fi->obj = asObj<Func>(d->name->obj);
            fi->sig = fi->obj ? fi->obj->sig() : (d->sig ? tas<Signature>(d->sig->type) : nullptr);
            if (fi->obj) batchFns_[fi->obj] = fi;
            top.push_back(fi);
        }
        for (auto* fi : top) initFunc(fi);
        for (auto* fi : top) walkFunc(fi, fi->decl->body);
        for (auto& c : closures_) flowClosure(c);
        walkAll();
        finish(top);
    }

    // The package-level variable initializers (after every function has its tag).
    void runInits(const std::vector<PackageInit>& inits) {
        staticInit_ = true;
        FnInfo* fi = newFn();
        curFn_ = fi;
        loopDepth_ = 1;
        for (auto& in : inits) {
            if (!in.rhs) continue;
            if (in.lhs.size() == 1) {
                assignConv(heapHole(), in.rhs, in.lhs[0] ? in.lhs[0]->type : nullptr, gcPos(in.rhs));
            } else if (auto* c = as<CallExpr>(unparen(in.rhs))) {
                std::vector<Hole> ks(in.lhs.size(), heapHole());
                callExpr(ks, c);
            } else {
                expr(heapHole(), in.rhs);
            }
        }
        curFn_ = nullptr;
        for (auto& c : closures_) flowClosure(c);
        walkAll();
        finish({});
    }

private:
    struct Closure {
        Hole k;
        FnInfo* fn;
        std::vector<Var*> vars;
    };

    // ----- locations -----
    Loc* newLoc() {
        locs_.emplace_back();
        Loc* l = &locs_.back();
        l->fn = curFn_;
        l->loopDepth = loopDepth_;
        return l;
    }
    FnInfo* newFn() {
        fns_.emplace_back();
        return &fns_.back();
    }
    Hole heapHole() { return {&heap_, 0}; }
    static Hole discard() { return {}; }

    bool isLocalVar(const Var* v) const {
        return v && !v->isField && v->pkg == pkg_ && v->parent && v->parent != pkg_->scope;
    }
    Loc* varLoc(Var* v) {
        auto it = varLocs_.find(v);
        if (it != varLocs_.end()) return it->second;
        Loc* l = newLoc();
        l->var = v;
        l->pos = v->pos;
        if (sizeOf(v->type) > kMaxStackVarSize) l->escapes = true;
        varLocs_[v] = l;
        return l;
    }
    // An allocation site reported as "TEXT escapes to heap" / "TEXT does not escape".
    Loc* allocLoc(Expr* site, std::string text, Pos pos, bool mustHeap = false) {
        Loc* l = newLoc();
        l->site = site;
        l->text = std::move(text);
        l->pos = pos;
        l->report = true;
        if (mustHeap) l->escapes = true;
        // Package-level initializers: gc lays out func literals, slice literals
        // and &T{...} statically (staticinit) and says nothing about them.
        if (staticInit_ && site &&
            (site->kind == NodeKind::FuncLit || site->kind == NodeKind::UnaryExpr ||
             (site->kind == NodeKind::CompositeLit && isa<Slice>(under(site->type)))))
            l->report = false;
        return l;
    }
    // gc's spill: a new allocation whose address flows to k; returns a hole for its contents.
    Hole spill(Hole k, Loc* l) {
        flow(k.addr(), l);
        return {l, 0};
    }
    Hole teeHole(const std::vector<Hole>& ks) {
        std::vector<Hole> live;
        for (auto& k : ks)
            if (k.dst) live.push_back(k);
        if (live.empty()) return discard();
        if (live.size() == 1 && live[0].derefs >= 0) return live[0];
        Loc* tmp = newLoc();
        for (auto& k : live) flow(k.derefs < 0 ? Hole{k.dst, 0} : k, tmp);
        return {tmp, 0};
    }

    void flow(Hole k, Loc* src) {
        if (!k.dst || !src || k.dst == src && k.derefs >= 0) return;
        if (k.derefs < 0) src->addrtaken = true;
        if (k.dst->escapes && k.derefs < 0) {
            src->escapes = true;
            return;
        }
        k.dst->edges.push_back({src, k.derefs});
    }

    // ----- functions -----
    void initFunc(FnInfo* fi) {
        FnInfo* saved = curFn_;
        int savedDepth = loopDepth_;
        curFn_ = fi;
        loopDepth_ = 1;
        Signature* sig = fi->sig;
        if (sig) {
            if (sig->recv) fi->paramVars.push_back(sig->recv);
            for (auto* v : sig->params->vars) fi->paramVars.push_back(v);
            for (auto* v : sig->results->vars) fi->resultVars.push_back(v);
        }
        for (auto* v : fi->paramVars) {
            Loc* l = nullptr;
            if (v && !v->name.empty() && v->name != "_") {
                l = varLoc(v);
                l->isParam = true;
            }
            fi->params.push_back(l);
        }
        for (size_t i = 0; i < fi->resultVars.size(); ++i) {
            Var* v = fi->resultVars[i];
            Loc* l = (v && !v->name.empty() && v->name != "_") ? varLoc(v) : newLoc();
            l->resultIndex = int(i);
            fi->results.push_back(l);
        }
        curFn_ = saved;
        loopDepth_ = savedDepth;
    }

    void walkFunc(FnInfo* fi, BlockStmt* body) {
        FnInfo* saved = curFn_;
        int savedDepth = loopDepth_;
        auto savedLabels = std::move(loopingLabels_);
        curFn_ = fi;
        loopDepth_ = 1;
        loopingLabels_ = loopingLabels(body);
        if (body) stmts(body->list);
        curFn_ = saved;
        loopDepth_ = savedDepth;
        loopingLabels_ = std::move(savedLabels);
    }

    // gc's looping labels: a label that a goto after it jumps back to starts a loop, so the rest of
    // the function is one loop level deeper (escape.go's OLABEL). Func literals have their own labels.
    static std::unordered_set<std::string> loopingLabels(BlockStmt* body) {
        std::unordered_set<std::string> seen, looping;
        std::vector<const Node*> pending, kids;
        if (body) pending.push_back(body);
        while (!pending.empty()) {
            const Node* n = pending.back();
            pending.pop_back();
            if (as<FuncLit>(n)) continue;
            if (auto* l = as<LabeledStmt>(n); l && l->label) seen.insert(l->label->name);
            if (auto* b = as<BranchStmt>(n); b && b->tok == Tok::Goto && b->label && seen.count(b->label->name))
                looping.insert(b->label->name);
            kids.clear();
            astChildren(n, kids);
            for (auto it = kids.rbegin(); it != kids.rend(); ++it) pending.push_back(*it);  // source order
        }
        return looping;
    }

    // The local variables a func literal refers to that are declared outside it.
    std::vector<Var*> freeVars(FuncLit* lit) {
        std::vector<Var*> out;
        std::unordered_set<Var*> seen;
        Pos lo = lit->pos, hi = lit->body ? lit->body->rbrace : lit->pos;
        std::vector<const Node*> pending{lit};
        std::vector<const Node*> kids;
        while (!pending.empty()) {
            const Node* n = pending.back();
            pending.pop_back();
            if (auto* id = as<Ident>(n)) {
                auto* v = asObj<Var>(id->obj);
                if (isLocalVar(v) && !(v->pos >= lo && v->pos <= hi) && seen.insert(v).second) out.push_back(v);
                continue;
            }
            kids.clear();
            astChildren(n, kids);
            for (auto it = kids.rbegin(); it != kids.rend(); ++it) pending.push_back(*it);
        }
        return out;
    }

    FnInfo* funcLit(Hole k, FuncLit* lit) {
        Loc* l = allocLoc(lit, "func literal", lit->pos);
        Hole hk = spill(k, l);
        FnInfo* fi = newFn();
        fi->lit = lit;
        fi->sig = tas<Signature>(lit->type);
        fi->parent = curFn_;
        Closure c{hk, fi, freeVars(lit)};
        for (auto* v : c.vars) {
            Loc* vl = varLoc(v);
            if (!vl->captured) {
                vl->captured = true;
                if (vl->loopDepth == loopDepth_) vl->reassigned = false;
            }
        }
        closures_.push_back(std::move(c));
        litFns_[lit] = fi;
        initFunc(fi);
        walkFunc(fi, lit->body);
        return fi;
    }

    void flowClosure(const Closure& c) {
        for (auto* v : c.vars) {
            Loc* l = varLoc(v);
            v->captured = true;
            bool byval = !l->addrtaken && !l->reassigned && sizeOf(v->type) <= 128;
            if (!byval) v->addrTaken = true;
            flow(byval ? c.k : c.k.addr(), l);
        }
    }

    // ----- statements -----
    void stmts(const std::vector<Stmt*>& list) {
        for (auto* s : list) stmt(s);
    }

    void markReassigned(Hole h) {
        if (h.dst && h.dst->var) h.dst->reassigned = true;
    }

    // The hole for assigning to lhs (gc's addr).
    Hole lhsHole(Expr* e) {
        e = unparen(e);
        if (!e) return discard();
        switch (e->kind) {
        case NodeKind::Ident: {
            auto* v = asObj<Var>(cast<Ident>(e)->obj);
            if (!v) return discard();
            if (!isLocalVar(v)) return heapHole();
            return {varLoc(v), 0};
        }
        case NodeKind::SelectorExpr: {
            auto* s = cast<SelectorExpr>(e);
            if (auto* id = as<Ident>(unparen(s->x)); id && isObj<PkgName>(id->obj)) return heapHole();
            if (fieldThroughPointer(s)) {
                expr(discard(), e);
                return heapHole();
            }
            return lhsHole(s->x);
        }
        case NodeKind::IndexExpr: {
            auto* ix = cast<IndexExpr>(e);
            Type* xt = under(ix->x->type);
            if (auto* m = tas<Map>(xt)) {
                expr(discard(), ix->x);
                for (auto* i : ix->indices) assignConv(heapHole(), i, m->key, gcPos(i));
                return heapHole();
            }
            for (auto* i : ix->indices) expr(discard(), i);
            if (isa<Array>(xt)) return lhsHole(ix->x);
            expr(discard(), ix->x);
            return heapHole();
        }
        case NodeKind::StarExpr:
            expr(discard(), cast<StarExpr>(e)->x);
            return heapHole();
        default:
            expr(discard(), e);
            return heapHole();
        }
    }

    bool fieldThroughPointer(SelectorExpr* s) {
        Type* xt = s->x->type;
        if (!xt) return false;
        if (isa<Pointer>(under(xt))) return true;
        auto r = lookupFieldOrMethod(xt, false, pkg_, s->sel->name);
        return r.indirect;
    }

    Type* exprType(Expr* e) { return lhsType(e); }

    void assign(Expr* lhs, Expr* rhs, bool define, Pos stmtPos = {}) {
        Hole h;
        bool isNew = false;
        if (auto* id = as<Ident>(unparen(lhs))) {
            auto* v = asObj<Var>(id->obj);
            isNew = define && v && v->pos == id->pos;
        }
        h = lhsHole(lhs);
        if (!isNew) markReassigned(h);
        // Where gc places an implicit conversion: at the statement (its first lhs) for a constant,
        // and for a variable's name in a plain assignment; else at the value.
        Expr* u = unparen(rhs);
        Pos convPos = gcPos(u);
        if (u && stmtPos.valid() && (u->mode == Mode::Constant || (!define && is<Ident>(u)))) convPos = stmtPos;
        if (rhs) assignConv(h, rhs, exprType(lhs), convPos);
    }

    static Type* lhsType(Expr* e) {
        if (auto* id = as<Ident>(unparen(e)))
            if (id->obj && id->obj->type) return id->obj->type;
        return e ? e->type : nullptr;
    }

    void assignList(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs, bool define,
                    const AssignStmt* where = nullptr) {
        if (lhs.size() == rhs.size()) {
            for (size_t i = 0; i < lhs.size(); ++i) {
                if (where && !define && isSelfAssign(lhs[i], rhs[i])) {
                    std::string text;
                    for (size_t j = 0; j < lhs.size(); ++j) text += (j ? ", " : "") + pr_.expr(lhs[j]);
                    text += " = ";
                    for (size_t j = 0; j < rhs.size(); ++j) text += (j ? ", " : "") + pr_.expr(rhs[j]);
                    note(where->opPos, funcName() + " ignoring self-assignment in " + text);
                    markReassigned(lhsHole(lhs[i]));
                    expr(discard(), rhs[i]);
                    continue;
                }
                assign(lhs[i], rhs[i], define, lhs.empty() || !lhs[0] ? Pos{} : lhs[0]->pos);
            }
            return;
        }
        if (rhs.size() != 1) return;
        std::vector<Hole> ks;
        std::vector<Type*> lts;
        for (auto* l : lhs) {
            bool isNew = false;
            if (auto* id = as<Ident>(unparen(l))) {
                auto* v = asObj<Var>(id->obj);
                isNew = define && v && v->pos == id->pos;
            }
            Hole h = lhsHole(l);
            if (!isNew) markReassigned(h);
            ks.push_back(h);
            lts.push_back(exprType(l));
        }
        Expr* r = unparen(rhs[0]);
        if (auto* c = as<CallExpr>(r)) {
            // A multi-value call: convert each result to its lhs type.
            auto* tup = tas<Tuple>(c->type);
            for (size_t i = 0; i < ks.size() && tup && i < tup->vars.size(); ++i) {
                if (lts[i] && isInterface(lts[i]) && !isInterface(tup->vars[i]->type) &&
                    !isDirectIface(tup->vars[i]->type))
                    ks[i] = heapHole();  // boxing of a call result: conservatively on the heap
            }
            callExpr(ks, c);
            return;
        }
        // Comma-ok forms.
        assignConv(ks[0], r, lts[0], gcPos(r));
    }

    void stmt(Stmt* s) {
        if (!s) return;
        switch (s->kind) {
        case NodeKind::ExprStmt:
            expr(discard(), cast<ExprStmt>(s)->x);
            break;
        case NodeKind::SendStmt: {
            auto* ss = cast<SendStmt>(s);
            expr(discard(), ss->chan);
            Type* et = nullptr;
            if (auto* ch = tas<Chan>(under(ss->chan->type))) et = ch->elem;
            assignConv(heapHole(), ss->value, et, gcPos(ss->value));
            break;
        }
        case NodeKind::IncDecStmt:
            markReassigned(lhsHole(cast<IncDecStmt>(s)->x));
            break;
        case NodeKind::AssignStmt: {
            auto* as_ = cast<AssignStmt>(s);
            if (as_->tok == Tok::Assign && as_->lhs.size() == 1 && as_->rhs.size() == 1 &&
                isSliceSelfAssign(as_->lhs[0], as_->rhs[0])) {
                // b.buf = b.buf[i:j] stores no new pointer into *b.
                note(as_->opPos, funcName() + " ignoring self-assignment in " + pr_.expr(as_->lhs[0]) + " = " +
                                     pr_.expr(as_->rhs[0]));
                markReassigned(lhsHole(as_->lhs[0]));
                expr(discard(), as_->rhs[0]);
            } else if (as_->tok == Tok::Assign || as_->tok == Tok::Define) {
                assignList(as_->lhs, as_->rhs, as_->tok == Tok::Define, as_);
            } else if (!as_->lhs.empty() && !as_->rhs.empty()) {
                Hole h = lhsHole(as_->lhs[0]);
                markReassigned(h);
                expr(h, as_->rhs[0]);
            }
            break;
        }
        case NodeKind::GoStmt:
            goDefer(cast<GoStmt>(s)->call, true);
            break;
        case NodeKind::DeferStmt:
            goDefer(cast<DeferStmt>(s)->call, false);
            break;
        case NodeKind::ReturnStmt: {
            auto* r = cast<ReturnStmt>(s);
            FnInfo* fi = curFn_;
            if (!fi) break;
            if (r->results.size() == fi->results.size()) {
                for (size_t i = 0; i < r->results.size(); ++i) {
                    Type* rt = fi->resultVars[i] ? fi->resultVars[i]->type : nullptr;
                    assignConv({fi->results[i], 0}, r->results[i], rt, gcPos(r->results[i]));
                }
            } else if (r->results.size() == 1) {
                std::vector<Hole> ks;
                for (auto* l : fi->results) ks.push_back({l, 0});
                if (auto* c = as<CallExpr>(unparen(r->results[0])))
                    callExpr(ks, c);
                else
                    expr(discard(), r->results[0]);
            }
            break;
        }
        case NodeKind::BlockStmt:
            stmts(cast<BlockStmt>(s)->list);
            break;
        case NodeKind::IfStmt: {
            auto* is = cast<IfStmt>(s);
            stmt(is->init);
            expr(discard(), is->cond);
            stmt(is->body);
            stmt(is->elseStmt);
            break;
        }
        case NodeKind::SwitchStmt: {
            auto* sw = cast<SwitchStmt>(s);
            stmt(sw->init);
            expr(discard(), sw->tag);
            if (sw->body)
                for (auto* c : sw->body->list) {
                    if (auto* cc = as<CaseClause>(c)) {
                        for (auto* e : cc->list) expr(discard(), e);
                        stmts(cc->body);
                    }
                }
            break;
        }
        case NodeKind::TypeSwitchStmt: {
            auto* ts = cast<TypeSwitchStmt>(s);
            stmt(ts->init);
            Expr* x = nullptr;
            if (auto* a = as<AssignStmt>(ts->assign); a && !a->rhs.empty()) x = a->rhs[0];
            if (auto* es = as<ExprStmt>(ts->assign)) x = es->x;
            if (auto* ta = as<TypeAssertExpr>(unparen(x))) x = ta->x;
            Loc* tmp = newLoc();
            expr({tmp, 0}, x);
            if (ts->body)
                for (auto* c : ts->body->list) {
                    auto* cc = as<CaseClause>(c);
                    if (!cc) continue;
                    if (auto* v = asObj<Var>(cc->implicitObj)) {
                        Hole h{varLoc(v), 0};
                        if (v->type && !isInterface(v->type) && !isDirectIface(v->type)) h = h.deref();
                        flow(h, tmp);
                    }
                    stmts(cc->body);
                }
            break;
        }
        case NodeKind::SelectStmt: {
            auto* ss = cast<SelectStmt>(s);
            if (ss->body)
                for (auto* c : ss->body->list) {
                    auto* cc = as<CommClause>(c);
                    if (!cc) continue;
                    stmt(cc->comm);
                    stmts(cc->body);
                }
            break;
        }
        case NodeKind::ForStmt: {
            auto* f = cast<ForStmt>(s);
            // From Go 1.22 variables declared by the init statement are per iteration: they live
            // inside the loop (a pointer to one kept across iterations must not share one slot).
            auto* init = as<AssignStmt>(f->init);
            bool perIteration = langMinor_ >= 22 && init && init->tok == Tok::Define;
            if (!perIteration) stmt(f->init);
            loopDepth_++;
            if (perIteration) {
                // in the order gc's loopvar rewrite runs an iteration: the post statement works on the
                // iteration's fresh copy before the condition and the body, so a closure it creates sees
                // the body's later assignments (not a by-value capture), and one in the body made after
                // the post statement's i++ may capture by value
                stmt(f->init);
                stmt(f->post);
                expr(discard(), f->cond);
                stmt(f->body);
            } else {
                expr(discard(), f->cond);
                stmt(f->body);
                stmt(f->post);
            }
            loopDepth_--;
            break;
        }
        case NodeKind::RangeStmt: {
            auto* r = cast<RangeStmt>(s);
            Loc* tmp = newLoc();
            expr({tmp, 0}, r->x);
            // Before Go 1.22, ":=" declares the variables once, outside the loop.
            bool shared = langMinor_ < 22;
            if (!shared) loopDepth_++;
            Hole kk = r->key ? lhsHole(r->key) : discard();
            Hole kv = r->value ? lhsHole(r->value) : discard();
            if (shared) loopDepth_++;
            // Range variables are assigned by every iteration: with "=", and with ":=" before Go 1.22
            // (one variable for the whole loop); from 1.22 each iteration has its own.
            if (r->tok == Tok::Assign || langMinor_ < 22) {
                markReassigned(kk);
                markReassigned(kv);
            }
            Type* xt = under(r->x->type);
            if (isa<Chan>(xt)) flow(kk.deref(), tmp);
            if (isa<Array>(xt))
                flow(kv, tmp);
            else
                flow(kv.deref(), tmp);
            stmt(r->body);
            loopDepth_--;
            break;
        }
        case NodeKind::LabeledStmt:
            if (auto* l = cast<LabeledStmt>(s); l->label && loopingLabels_.count(l->label->name)) loopDepth_++;
            stmt(cast<LabeledStmt>(s)->stmt);
            break;
        case NodeKind::DeclStmt: {
            auto* gd = cast<DeclStmt>(s)->decl;
            if (!gd || gd->tok != Tok::Var) break;
            for (auto* sp : gd->specs) {
                auto* vs = as<ValueSpec>(sp);
                if (!vs) continue;
                std::vector<Expr*> lhs(vs->names.begin(), vs->names.end());
                for (auto* n : vs->names)
                    if (auto* v = asObj<Var>(n->obj)) varLoc(v);
                if (!vs->values.empty()) assignList(lhs, vs->values, true);
            }
            break;
        }
        default:
            break;
        }
    }

    // The variable x of *x or x.f (through a pointer), or null.
    Var* derefBase(Expr* e) {
        e = unparen(e);
        Expr* x = nullptr;
        if (auto* st = as<StarExpr>(e)) x = st->x;
        if (auto* sel = as<SelectorExpr>(e);
            sel && isObj<Var>(sel->sel->obj) && sel->x->type && isa<Pointer>(under(sel->x->type)))
            x = sel->x;
        auto* id = as<Ident>(unparen(x));
        auto* v = id ? asObj<Var>(id->obj) : nullptr;
        return isLocalVar(v) ? v : nullptr;
    }

    // gc's isSliceSelfAssign: *p.f = p.f[i:j] with the same p (not slicing an array).
    bool isSliceSelfAssign(Expr* dst, Expr* src) {
        Var* d = derefBase(dst);
        auto* sx = as<SliceExpr>(unparen(src));
        if (!d || !sx || isa<Array>(under(sx->x->type))) return false;
        return derefBase(sx->x) == d;
    }

    // gc's ir.SameSafeExpr.
    static bool sameSafeExpr(Expr* a, Expr* b) {
        for (int guard = 0; guard < 10000; ++guard) {
            a = unparen(a);
            b = unparen(b);
            if (!a || !b || a->kind != b->kind) return false;
            switch (a->kind) {
            case NodeKind::Ident:
                return cast<Ident>(a)->obj && cast<Ident>(a)->obj == cast<Ident>(b)->obj &&
                       isObj<Var>(cast<Ident>(a)->obj);
            case NodeKind::SelectorExpr:
                if (cast<SelectorExpr>(a)->sel->obj != cast<SelectorExpr>(b)->sel->obj) return false;
                a = cast<SelectorExpr>(a)->x;
                b = cast<SelectorExpr>(b)->x;
                continue;
            case NodeKind::StarExpr:
                a = cast<StarExpr>(a)->x;
                b = cast<StarExpr>(b)->x;
                continue;
            default:
                return false;
            }
        }
        return false;
    }

    static bool mayAffectMemory(Expr* e) {
        e = unparen(e);
        if (!e || e->mode == Mode::Constant || is<Ident>(e)) return false;
        if (auto* b = as<BinaryExpr>(e)) return mayAffectMemory(b->x) || mayAffectMemory(b->y);
        if (auto* u = as<UnaryExpr>(e)) return u->op == Tok::Arrow || mayAffectMemory(u->x);
        return true;
    }

    // gc's isSelfAssign (besides the slice case).
    bool isSelfAssign(Expr* dst, Expr* src) {
        dst = unparen(dst);
        src = unparen(src);
        if (!dst || !src || dst->kind != src->kind) return false;
        if (auto* d = as<SelectorExpr>(dst)) {
            auto* s = cast<SelectorExpr>(src);
            if (!isObj<Var>(d->sel->obj) || !isObj<Var>(s->sel->obj)) return false;
            return sameSafeExpr(d->x, s->x);
        }
        if (auto* d = as<IndexExpr>(dst)) {
            auto* s = cast<IndexExpr>(src);
            if (isa<Map>(under(d->x->type)) || d->indices.size() != 1 || s->indices.size() != 1) return false;
            if (mayAffectMemory(d->indices[0]) || mayAffectMemory(s->indices[0])) return false;
            return sameSafeExpr(d->x, s->x);
        }
        return false;
    }

    std::string funcName() const {
        for (FnInfo* f = curFn_; f; f = f->parent) {
            if (!f->obj) continue;
            std::string n = f->obj->name;
            if (auto* sig = f->obj->sig(); sig && sig->recv) {
                std::string rt = pr_.typeText(sig->recv->type);
                n = (isa<Pointer>(sig->recv->type) ? "(" + rt + ")" : rt) + "." + n;
            }
            return n;
        }
        return "?";
    }

    void goDefer(Expr* e, bool isGo) {
        auto* call = as<CallExpr>(unparen(e));
        if (!call) {
            expr(discard(), e);
            return;
        }
        Hole k = heapHole();
        if (!isGo && loopDepth_ == 1) k = discard();
        Expr* fun = unparen(call->fun);
        if (auto* lit = as<FuncLit>(fun)) {
            auto* sig = tas<Signature>(lit->type);
            if (call->args.empty() && sig && sig->results->vars.empty()) {
                funcLit(k, lit);
                return;
            }
        }
        callExpr({discard()}, call, k.dst ? &k : nullptr);
    }

    // ----- expressions -----

    // Flows src, converted to type dst (implicitly, at position pos), to k.
    void assignConv(Hole k, Expr* src, Type* dst, Pos pos) {
        Expr* u = unparen(src);
        if (!u) return;
        Type* st = u->type;
        if (dst && st && isInterface(dst) && !isInterface(st) &&
            !(isa<Basic>(st) && static_cast<Basic*>(st)->bkind == BasicKind::UntypedNil)) {
            if (!isDirectIface(defaultType(st))) {
                Loc* l = allocLoc(u, pr_.expr(u), pos);
                l->convSite = true;
                k = spill(k, l);
            }
            exprForce(k, u);
            return;
        }
        expr(k, src);
    }

    // expr without the constant shortcut (a constant converted to an interface still allocates its box).
    void exprForce(Hole k, Expr* e) {
        if (e->mode == Mode::Constant) return;
        expr(k, e);
    }

    void expr(Hole k, Expr* e) {
        e = unparen(e);
        if (!e) return;
        if (e->mode == Mode::TypeExpr || e->mode == Mode::Constant) return;
        if (k.dst && k.derefs >= 0 && e->type && !isa<Tuple>(e->type) && !isUntyped(e->type) && !hasPointers(e->type))
            k = discard();
        switch (e->kind) {
        case NodeKind::Ident: {
            auto* v = asObj<Var>(cast<Ident>(e)->obj);
            if (isLocalVar(v)) flow(k, varLoc(v));
            break;
        }
        case NodeKind::CompositeLit:
            compositeLit(k, cast<CompositeLit>(e));
            break;
        case NodeKind::FuncLit:
            funcLit(k, cast<FuncLit>(e));
            break;
        case NodeKind::SelectorExpr: {
            auto* s = cast<SelectorExpr>(e);
            if (auto* id = as<Ident>(unparen(s->x)); id && isObj<PkgName>(id->obj)) break;
            if (auto* m = asObj<Func>(s->sel->obj)) {
                if (s->x->mode == Mode::TypeExpr) break;  // method expression
                Loc* l = allocLoc(e, pr_.expr(e), s->dot);
                methodRecv(spill(k, l), s->x, m);
                break;
            }
            expr(fieldThroughPointer(s) ? k.deref() : k, s->x);
            break;
        }
        case NodeKind::IndexExpr: {
            auto* ix = cast<IndexExpr>(e);
            Type* xt = under(ix->x->type);
            if (auto* m = tas<Map>(xt)) {
                for (auto* i : ix->indices) assignConv(discard(), i, m->key, ix->pos);
                expr(discard(), ix->x);
                break;
            }
            for (auto* i : ix->indices) expr(discard(), i);
            if (false)
                ;
            else if (isa<Array>(xt))
                expr(k, ix->x);
            else
                expr(k.deref(), ix->x);
            break;
        }
        case NodeKind::SliceExpr: {
            auto* sx = cast<SliceExpr>(e);
            expr(discard(), sx->lo);
            expr(discard(), sx->hi);
            expr(discard(), sx->max);
            if (isa<Array>(under(sx->x->type))) {
                markAddrTaken(sx->x);
                expr(k.addr(), sx->x);
            } else
                expr(k, sx->x);
            break;
        }
        case NodeKind::TypeAssertExpr: {
            auto* ta = cast<TypeAssertExpr>(e);
            Type* t = e->type;
            if (t && !isInterface(t) && !isDirectIface(t)) k = k.deref();
            expr(k, ta->x);
            break;
        }
        case NodeKind::CallExpr:
            callExpr({k}, cast<CallExpr>(e));
            break;
        case NodeKind::StarExpr:
            expr(k.deref(), cast<StarExpr>(e)->x);
            break;
        case NodeKind::UnaryExpr: {
            auto* u = cast<UnaryExpr>(e);
            if (u->op == Tok::And) {
                if (auto* lit = as<CompositeLit>(unparen(u->x))) {
                    int64_t sz = lit->type ? sizeOf(lit->type) : 0;
                    Loc* l = allocLoc(e, "&" + pr_.expr(lit), u->pos, sz > kMaxImplicitStackVarSize);
                    expr(spill(k, l), lit);
                } else {
                    markAddrTaken(u->x);
                    expr(k.addr(), u->x);
                }
            } else {
                expr(discard(), u->x);
            }
            break;
        }
        case NodeKind::BinaryExpr: {
            auto* b = cast<BinaryExpr>(e);
            if (b->op == Tok::Add && e->type && isString(e->type)) {
                Loc* l = allocLoc(e, pr_.expr(e), b->opPos);
                spill(k, l);
                // Operands never escape (runtime.concatstrings); skip nested concatenations of the chain.
                std::vector<Expr*> pending{b->x, b->y};
                while (!pending.empty()) {
                    Expr* x = unparen(pending.back());
                    pending.pop_back();
                    auto* bb = as<BinaryExpr>(x);
                    if (bb && bb->op == Tok::Add && x->mode != Mode::Constant) {
                        pending.push_back(bb->x);
                        pending.push_back(bb->y);
                    } else {
                        expr(discard(), x);
                    }
                }
                break;
            }
            expr(discard(), b->x);
            expr(discard(), b->y);
            break;
        }
        case NodeKind::KeyValueExpr:
            expr(k, cast<KeyValueExpr>(e)->value);
            break;
        default:
            break;
        }
    }

    void compositeLit(Hole k, CompositeLit* lit) {
        Type* t = lit->type;
        Type* ut = under(t);
        if (auto* p = tas<Pointer>(ut)) {  // elided &T in a literal of pointers
            Loc* l = allocLoc(lit, pr_.expr(lit), lit->lbrace, sizeOf(p->base) > kMaxImplicitStackVarSize);
            k = spill(k, l);
            ut = under(p->base);
        }
        if (auto* sl = tas<Slice>(ut)) {
            int64_t n = 0;
            for (auto* e : lit->elts) (void)e, ++n;
            Loc* l = allocLoc(lit, pr_.expr(lit), lit->lbrace, n * sizeOf(sl->elem) > kMaxImplicitStackVarSize);
            Hole h = spill(k, l);
            for (auto* e : lit->elts) {
                Expr* v = e;
                if (auto* kv = as<KeyValueExpr>(e)) {
                    expr(discard(), kv->key);
                    v = kv->value;
                }
                assignConv(h, v, sl->elem, gcPos(v));
            }
            return;
        }
        if (auto* m = tas<Map>(ut)) {
            Loc* l = allocLoc(lit, pr_.expr(lit), lit->lbrace);
            spill(k, l);
            for (auto* e : lit->elts) {
                if (auto* kv = as<KeyValueExpr>(e)) {
                    assignConv(heapHole(), kv->key, m->key, kv->colon);
                    assignConv(heapHole(), kv->value, m->elem, kv->colon);
                }
            }
            return;
        }
        if (auto* st = tas<Struct>(ut)) {
            size_t i = 0;
            for (auto* e : lit->elts) {
                Expr* v = e;
                Type* ft = i < st->fields.size() ? st->fields[i]->type : nullptr;
                if (auto* kv = as<KeyValueExpr>(e)) {
                    v = kv->value;
                    ft = nullptr;
                    if (auto* id = as<Ident>(kv->key))
                        if (auto* f = asObj<Var>(id->obj)) ft = f->type;
                }
                assignConv(k, v, ft, gcPos(v));
                ++i;
            }
            return;
        }
        if (auto* a = tas<Array>(ut)) {
            for (auto* e : lit->elts) {
                Expr* v = e;
                if (auto* kv = as<KeyValueExpr>(e)) {
                    expr(discard(), kv->key);
                    v = kv->value;
                }
                assignConv(k, v, a->elem, gcPos(v));
            }
        }
    }

    // &x, &x.f, &x[i] (x an array): x's address is taken (Var::addrTaken, for the compiler).
    void markAddrTaken(Expr* x) {
        for (int guard = 0; x && guard < 10000; ++guard) {
            x = unparen(x);
            if (auto* id = as<Ident>(x)) {
                if (auto* v = asObj<Var>(id->obj); isLocalVar(v)) v->addrTaken = true;
                return;
            }
            if (auto* s = as<SelectorExpr>(x); s && isObj<Var>(s->sel->obj) && !fieldThroughPointer(s)) {
                x = s->x;
                continue;
            }
            if (auto* ix = as<IndexExpr>(x); ix && isa<Array>(under(ix->x->type))) {
                x = ix->x;
                continue;
            }
            return;
        }
    }

    void methodRecv(Hole k, Expr* x, Func* m) {
        bool xptr = x->type && isa<Pointer>(under(x->type));
        if (m->hasPtrRecv && !xptr) markAddrTaken(x);
        if (m->hasPtrRecv && !xptr)
            expr(k.addr(), x);
        else if (!m->hasPtrRecv && xptr && m->sig() && m->sig()->recv && !isInterface(x->type))
            expr(k.deref(), x);
        else
            expr(k, x);
    }

    void conversion(Hole k, CallExpr* c) {
        if (c->args.size() != 1) return;
        Expr* arg = c->args[0];
        Type* T = c->type;
        Type* V = arg->type;
        if (T && V && isInterface(T) && !isInterface(V)) {
            if (!isDirectIface(defaultType(V))) {
                Loc* l = allocLoc(c, pr_.expr(c), c->lparen);
                k = spill(k, l);
            }
            exprForce(k, arg);
            return;
        }
        Type* uT = under(T);
        Type* uV = V ? under(V) : nullptr;
        bool strT = T && isString(T), strV = V && isString(V);
        bool sliceT = isa<Slice>(uT), sliceV = isa<Slice>(uV);
        if ((strT && (sliceV || (V && isInteger(V)))) || (sliceT && strV)) {
            Loc* l = allocLoc(c, pr_.expr(c), c->lparen);
            spill(k, l);
            expr(discard(), arg);
            return;
        }
        expr(k, arg);
    }

    void builtinCall(const std::vector<Hole>& ks, CallExpr* c, BuiltinId id) {
        Hole k = ks.empty() ? discard() : ks[0];
        auto& args = c->args;
        switch (id) {
        case BuiltinId::Append: {
            if (args.empty()) return;
            auto* sl = tas<Slice>(under(args[0]->type));
            Hole ak = k;
            if (sl && hasPointers(sl->elem)) ak = teeHole({k, heapHole().deref()});
            expr(ak, args[0]);
            if (c->hasDots()) {
                if (args.size() > 1) {
                    auto* s2 = tas<Slice>(under(args[1]->type));
                    expr(s2 && hasPointers(s2->elem) ? heapHole().deref() : discard(), args[1]);
                }
            } else {
                for (size_t i = 1; i < args.size(); ++i)
                    assignConv(heapHole(), args[i], sl ? sl->elem : nullptr, gcPos(args[i]));
            }
            return;
        }
        case BuiltinId::Copy: {
            if (args.size() < 2) return;
            expr(discard(), args[0]);
            auto* s2 = tas<Slice>(under(args[1]->type));
            expr(s2 && hasPointers(s2->elem) ? heapHole().deref() : discard(), args[1]);
            return;
        }
        case BuiltinId::Panic:
            for (auto* a : args) {
                Expr* u = unparen(a);
                bool atCall = u && (u->mode == Mode::Constant || is<Ident>(u));
                assignConv(heapHole(), a, universeAny(), atCall ? c->lparen : gcPos(u));
            }
            return;
        case BuiltinId::New: {
            Type* t = nullptr;
            if (auto* p = tas<Pointer>(under(c->type))) t = p->base;
            Loc* l = allocLoc(c, pr_.expr(c), c->lparen, t && sizeOf(t) > kMaxImplicitStackVarSize);
            spill(k, l);
            return;
        }
        case BuiltinId::Make: {
            Type* t = args.empty() ? nullptr : under(args[0]->type);
            for (size_t i = 1; i < args.size(); ++i) expr(discard(), args[i]);
            if (auto* sl = tas<Slice>(t)) {
                bool heap = false;
                int64_t n = 0;
                for (size_t i = 1; i < args.size(); ++i) {
                    if (args[i]->mode != Mode::Constant || !args[i]->value) {
                        heap = true;
                        break;
                    }
                    int64_t v = 0;
                    try {
                        v = std::stoll(args[i]->value->toString());
                    } catch (...) {
                        v = int64_t(1) << 40;
                    }
                    n = std::max(n, v);
                }
                int64_t es = sizeOf(sl->elem);
                if (!heap && es > 0 && n > kMaxImplicitStackVarSize / es) heap = true;
                Loc* l = allocLoc(c, pr_.expr(c), c->lparen, heap);
                spill(k, l);
            } else if (isa<Map>(t)) {
                Loc* l = allocLoc(c, pr_.expr(c), c->lparen);
                spill(k, l);
            }
            return;
        }
        case BuiltinId::Min:
        case BuiltinId::Max:
            for (auto* a : args) expr(k, a);
            return;
        default:
            for (auto* a : args) expr(discard(), a);
            return;
        }
    }

    // A call; ks are the holes of its results. If extra is non-null (go/defer),
    // every argument also flows to it.
    void callExpr(const std::vector<Hole>& ks, CallExpr* c, const Hole* extra = nullptr) {
        Expr* fun = unparen(c->fun);
        if (!fun) return;
        if (fun->mode == Mode::TypeExpr) {
            conversion(ks.empty() ? discard() : ks[0], c);
            return;
        }
        if (fun->mode == Mode::Builtin) {
            auto* id = as<Ident>(fun);
            if (!id)
                if (auto* s = as<SelectorExpr>(fun)) id = s->sel;
            auto* b = id ? asObj<Builtin>(id->obj) : nullptr;
            if (b) builtinCall(ks, c, b->id);
            return;
        }
        auto* sig = tas<Signature>(under(fun->type));
        if (!sig) return;

        Func* callee = nullptr;
        Expr* recv = nullptr;
        FnInfo* calleeFn = nullptr;
        bool indirect = false;
        int devirtDerefs = -1;  // >= 0: a devirtualized interface call (the receiver's derefs)
        if (auto* id = as<Ident>(fun); id && isObj<Func>(id->obj)) {
            callee = asObj<Func>(id->obj);
        } else if (auto* s = as<SelectorExpr>(fun)) {
            auto* xid = as<Ident>(unparen(s->x));
            if (xid && isObj<PkgName>(xid->obj)) {
                callee = asObj<Func>(s->sel->obj);
                if (!callee) indirect = true;
            } else if (auto* m = asObj<Func>(s->sel->obj); m && s->x->mode != Mode::TypeExpr) {
                recv = s->x;
                if (auto dv = devirt_.find(c); dv != devirt_.end()) {
                    callee = dv->second.method;
                    devirtDerefs = dv->second.derefs;
                } else if (isInterface(s->x->type)) {
                    indirect = true;
                } else {
                    callee = m;
                }
            } else {
                indirect = true;
            }
        } else if (auto* lit = as<FuncLit>(fun)) {
            calleeFn = funcLit(extra ? *extra : discard(), lit);
            calleeFn->closureCalled = true;
        } else {
            indirect = true;
        }
        if (indirect && !recv) {
            // gc's ir.StaticValue: a local variable only ever holding one func literal is a static callee.
            if (auto* id = as<Ident>(fun)) {
                if (auto* v = asObj<Var>(id->obj)) {
                    auto it = staticFuncs_.find(v);
                    if (it != staticFuncs_.end()) {
                        if (auto* lit = as<FuncLit>(it->second)) {
                            auto jt = litFns_.find(lit);
                            if (jt != litFns_.end()) {
                                calleeFn = jt->second;
                                indirect = false;
                            }
                        } else if (auto* fid = as<Ident>(it->second)) {
                            callee = asObj<Func>(fid->obj);
                            indirect = callee == nullptr;
                        }
                    }
                }
            }
            expr(discard(), fun);
        }
        if (callee) {
            auto it = batchFns_.find(callee);
            if (it != batchFns_.end()) calleeFn = it->second;
        }
        Tag* tag = nullptr;
        if (callee && !calleeFn) {
            auto it = tags_.find(callee);
            if (it != tags_.end()) tag = &it->second;
        }
        bool fmtPrinter = false;
        if (callee && !calleeFn && callee->pkg && callee->pkg->path == "fmt" && !sig->recv) {
            for (auto* n : kFmtPrinters) fmtPrinter |= callee->name == n;
        }
        if (fmtPrinter) tag = nullptr;
        // A function without a body (a native), or one not analysed: its parameters leak (gc's rule for
        // bodiless functions), except the fmt print family, whose real summaries gc knows.
        bool stdlib = callee && !calleeFn && !tag;

        // The hole of parameter i (receiver first when there is one).
        size_t nrecv = recv ? 1 : 0;
        size_t nparams = sig->params->vars.size();
        auto paramHole = [&](size_t i) -> Hole {
            Hole h;
            if (indirect) {
                h = heapHole();
            } else if (calleeFn) {
                size_t j = i;
                if (!recv && calleeFn->sig && calleeFn->sig->recv) j = i + 1;
                if (j < calleeFn->params.size() && calleeFn->params[j]) h = {calleeFn->params[j], 0};
            } else if (tag) {
                std::vector<Hole> hs;
                if (i < tag->heap.size() && tag->heap[i] >= 0) hs.push_back(heapHole().shift(tag->heap[i]));
                if (i < tag->results.size())
                    for (size_t r = 0; r < tag->results[i].size() && r < ks.size(); ++r)
                        if (tag->results[i][r] >= 0) hs.push_back(ks[r].shift(tag->results[i][r]));
                h = teeHole(hs);
            } else if (stdlib) {
                if (fmtPrinter) {
                    if (sig->variadic && i == nrecv + nparams - 1) h = heapHole().deref();
                    // Fprint*'s writer leaks (it is called through an interface).
                    if (i == 0 && callee->name.rfind("Fprint", 0) == 0) h = heapHole();
                } else if (!(recv && i == 0 && isBuilderMethod(callee))) {
                    h = heapHole();
                }
            }
            if (extra) h = teeHole({h, *extra});
            return h;
        };

        if (recv && devirtDerefs >= 0) {
            expr(paramHole(0).shift(devirtDerefs), recv);
        } else if (recv) {
            auto* m = asObj<Func>(cast<SelectorExpr>(fun)->sel->obj);
            methodRecv(paramHole(0), recv, m);
        }
        auto& args = c->args;
        Pos lastPos = c->lparen;
        auto convPos = [&](Expr* a) {
            // gc gives an implicit conversion the position of the last argument it typechecked that
            // has a position of its own: a variable's name does not, a constant's does.
            Expr* u = unparen(a);
            bool name = as<Ident>(u) && u->mode != Mode::Constant;
            Pos p = name ? lastPos : gcPos(u);
            if (!name) lastPos = gcPos(u);
            return p;
        };
        if (args.size() == 1 && nparams > 1 && isa<Tuple>(args[0]->type)) {
            std::vector<Hole> hs;
            for (size_t i = 0; i < nparams; ++i) hs.push_back(paramHole(nrecv + i));
            if (auto* inner = as<CallExpr>(unparen(args[0]))) callExpr(hs, inner);
        } else {
            for (size_t i = 0; i < args.size(); ++i) {
                Pos p = convPos(args[i]);
                if (sig->variadic && !c->hasDots() && i + 1 >= nparams) {
                    // The implicit slice of the "..." arguments.
                    auto* sl = tas<Slice>(under(sig->params->vars.back()->type));
                    Loc* l = allocLoc(c, "... argument", c->lparen);
                    const Hole* savedExtra = extra;
                    extra = nullptr;  // go/defer: the slice is built inside the wrapper, at the call
                    Hole h = spill(paramHole(nrecv + nparams - 1), l);
                    extra = savedExtra;
                    if (extra) h = teeHole({h, *extra});
                    for (size_t j = i; j < args.size(); ++j) {
                        Pos pj = j == i ? p : convPos(args[j]);
                        assignConv(h, args[j], sl ? sl->elem : nullptr, pj);
                    }
                    break;
                }
                Type* pt = i < nparams ? sig->params->vars[i]->type : nullptr;
                assignConv(paramHole(nrecv + i), args[i], pt, p);
            }
        }
        // Results of a callee of this batch flow to ks.
        if (calleeFn) {
            for (size_t i = 0; i < ks.size() && i < calleeFn->results.size(); ++i) flow(ks[i], calleeFn->results[i]);
        }
    }

    // ----- propagation -----
    bool outlives(Loc* l, Loc* other) {
        if (l->escapes) return true;
        if (l->resultIndex >= 0) {
            if (l->fn && other->fn && l->fn->closureCalled && containsClosure(other->fn, l->fn)) return false;
            return true;
        }
        if (l->fn == other->fn && l->loopDepth < other->loopDepth) return true;
        if (l->fn && other->fn && containsClosure(l->fn, other->fn)) return true;
        return false;
    }

    void leakTo(Loc* l, Loc* sink, int derefs) {
        if (!sink->escapes && sink->resultIndex >= 0 && sink->fn == l->fn) {
            size_t ri = size_t(sink->resultIndex);
            if (l->leakResult.size() <= ri) l->leakResult.resize(ri + 1, -1);
            if (l->leakResult[ri] < 0 || derefs < l->leakResult[ri]) l->leakResult[ri] = derefs;
            return;
        }
        if (l->leakHeap < 0 || derefs < l->leakHeap) l->leakHeap = derefs;
    }

    void walkAll() {
        std::vector<Loc*> pending;
        auto enqueue = [&](Loc* l) {
            if (!l->queued) {
                l->queued = true;
                pending.push_back(l);
            }
        };
        for (auto& l : locs_) enqueue(&l);
        enqueue(&heap_);
        uint32_t walkgen = 0;
        while (!pending.empty()) {
            Loc* root = pending.back();
            pending.pop_back();
            root->queued = false;
            walkOne(root, ++walkgen, enqueue);
        }
    }

    template <class F>
    void walkOne(Loc* root, uint32_t walkgen, F& enqueue) {
        root->walkgen = walkgen;
        root->derefs = 0;
        std::deque<Loc*> pending{root};
        while (!pending.empty()) {
            Loc* l = pending.front();
            pending.pop_front();
            int derefs = l->derefs;
            bool addressOf = derefs < 0;
            if (addressOf) derefs = 0;
            if (outlives(root, l)) {
                if (l->isParam) leakTo(l, root, derefs);
                if (addressOf && !l->escapes) {
                    l->escapes = true;
                    enqueue(l);
                    continue;
                }
            }
            for (auto& [src, d] : l->edges) {
                if (src->escapes) continue;
                int nd = derefs + d;
                if (src->walkgen != walkgen || src->derefs > nd) {
                    src->walkgen = walkgen;
                    src->derefs = nd;
                    pending.push_back(src);
                }
            }
        }
    }

    // ----- results -----
    void note(Pos p, std::string msg) {
        if (notes_ && p.valid()) notes_->note(p, std::move(msg));
    }

    void finish(const std::vector<FnInfo*>& top) {
        for (auto& l : locs_) {
            if (l.var) {
                if (l.addrtaken) l.var->addrTaken = true;
                if (l.captured) l.var->captured = true;
                if (l.escapes) {
                    l.var->escapes = true;
                    note(l.pos, "moved to heap: " + l.var->name);
                }
            } else if (l.site && l.report) {
                if (l.convSite)
                    l.site->convEscapes = l.escapes;
                else
                    l.site->escapes = l.escapes;
                note(l.pos, l.text + (l.escapes ? " escapes to heap" : " does not escape"));
            }
        }
        for (auto& fi : fns_) {
            for (size_t i = 0; i < fi.params.size(); ++i) {
                Loc* l = fi.params[i];
                if (!l || l->escapes || !hasPointers(l->var->type)) continue;
                // Optimize: a path to the heap makes equal or longer paths to results useless.
                if (l->leakHeap >= 0)
                    for (auto& r : l->leakResult)
                        if (r >= l->leakHeap) r = -1;
                bool any = l->leakHeap >= 0;
                for (int r : l->leakResult) any |= r >= 0;
                const std::string& name = l->var->name;
                if (!any) note(l->pos, name + " does not escape");
                if (l->leakHeap == 0) note(l->pos, "leaking param: " + name);
                if (l->leakHeap > 0) note(l->pos, "leaking param content: " + name);
                for (size_t r = 0; r < l->leakResult.size(); ++r) {
                    if (l->leakResult[r] < 0) continue;
                    std::string rn = "~r" + std::to_string(r);
                    if (r < fi.resultVars.size() && fi.resultVars[r] && !fi.resultVars[r]->name.empty()) {
                        rn = fi.resultVars[r]->name;
                        if (rn == "_") rn = "~b" + std::to_string(r);
                    }
                    note(l->pos,
                         "leaking param: " + name + " to result " + rn + " level=" + std::to_string(l->leakResult[r]));
                }
            }
        }
        for (auto* fi : top) {
            if (!fi->obj) continue;
            Tag t;
            for (auto* l : fi->params) {
                if (!l) {
                    t.heap.push_back(-1);
                    t.results.emplace_back();
                    continue;
                }
                t.heap.push_back(l->escapes ? 0 : l->leakHeap);
                t.results.push_back(l->escapes ? std::vector<int>{} : l->leakResult);
            }
            // gc's strings.Builder hides its self-pointer from escape analysis (noescape); ours is plain Go.
            if (!t.heap.empty() && isBuilderMethod(fi->obj)) t.heap[0] = -1;
            // gc's sort.Slice* sort through reflection: x leaks, less does not escape.
            if (fi->obj->pkg && fi->obj->pkg->path == "sort" && t.heap.size() == 2 &&
                (fi->obj->name == "Slice" || fi->obj->name == "SliceStable" || fi->obj->name == "SliceIsSorted")) {
                t.heap = {0, -1};
                t.results = {{}, {}};
            }
            tags_[fi->obj] = std::move(t);
        }
    }

    Package* pkg_;
    Diagnostics* notes_;
    std::unordered_map<Func*, Tag>& tags_;
    const Printer& pr_;
    Loc heap_;
    std::deque<Loc> locs_;
    std::deque<FnInfo> fns_;
    std::unordered_map<Var*, Loc*> varLocs_;
    std::unordered_map<Func*, FnInfo*> batchFns_;
    std::unordered_map<FuncLit*, FnInfo*> litFns_;
    const std::unordered_map<Var*, Expr*>& staticFuncs_;
    const std::unordered_map<const CallExpr*, Devirt>& devirt_;
    std::vector<Closure> closures_;
    FnInfo* curFn_ = nullptr;
    int loopDepth_ = 1;
    std::unordered_set<std::string> loopingLabels_;  // of the function being walked
    bool staticInit_ = false;

public:
    int langMinor_ = 22;
};

// ---------------------------------------------------------------------------
// Call graph and SCCs (iterative Tarjan: SCCs come out callees first)

// ---------------------------------------------------------------------------
// Variables' single definitions (v := e, var v T = e) and what spoils them (any other assignment, &v,
// range, ++/--), with the function each definition and each call sits in: what gc's ir.StaticValue and
// ir.Reassigned look at, for static callees (staticFuncLits) and devirtualization.
struct StaticDefs {
    struct Def {
        Expr* rhs;
        const Node* owner;  // the FuncDecl or FuncLit whose body holds it (null: package level)
    };
    std::unordered_map<Var*, Def> defs;
    std::unordered_set<Var*> spoiled;
    std::vector<std::pair<const CallExpr*, const Node*>> calls;  // every call, with its owner
};

StaticDefs collectStaticDefs(const std::vector<File*>& files) {
    StaticDefs sd;
    auto lhsVar = [](Expr* e) -> Var* {
        auto* id = as<Ident>(unparen(e));
        return id ? asObj<Var>(id->obj) : nullptr;
    };
    std::vector<std::pair<const Node*, const Node*>> pending;  // (node, enclosing function)
    std::vector<const Node*> kids;
    for (auto* f : files)
        if (f)
            for (auto* d : f->decls) {
                auto* fd = as<FuncDecl>(d);
                if (fd) pending.push_back({fd->body, fd});
                else pending.push_back({d, nullptr});
            }
    while (!pending.empty()) {
        auto [n, owner] = pending.back();
        pending.pop_back();
        if (!n) continue;
        if (auto* a = as<AssignStmt>(n)) {
            for (size_t i = 0; i < a->lhs.size(); ++i) {
                Var* v = lhsVar(a->lhs[i]);
                if (!v) continue;
                bool def = a->tok == Tok::Define && v->pos == cast<Ident>(unparen(a->lhs[i]))->pos;
                if (def && a->lhs.size() == a->rhs.size()) sd.defs[v] = {a->rhs[i], owner};
                else if (!def) sd.spoiled.insert(v);
            }
        } else if (auto* vs = as<ValueSpec>(n)) {
            for (size_t i = 0; i < vs->names.size() && vs->names.size() == vs->values.size(); ++i)
                if (Var* v = lhsVar(vs->names[i])) sd.defs[v] = {vs->values[i], owner};
        } else if (auto* u = as<UnaryExpr>(n); u && u->op == Tok::And) {
            if (Var* v = lhsVar(u->x)) sd.spoiled.insert(v);
        } else if (auto* r = as<RangeStmt>(n)) {
            if (Var* v = lhsVar(r->key)) sd.spoiled.insert(v);
            if (Var* v = lhsVar(r->value)) sd.spoiled.insert(v);
        } else if (auto* incdec = as<IncDecStmt>(n)) {
            if (Var* v = lhsVar(incdec->x)) sd.spoiled.insert(v);
        } else if (auto* c = as<CallExpr>(n)) {
            sd.calls.push_back({c, owner});
        }
        if (auto* lit = as<FuncLit>(n)) {
            pending.push_back({lit->body, lit});
            continue;
        }
        kids.clear();
        astChildren(n, kids);
        for (auto* k : kids) pending.push_back({k, owner});
    }
    return sd;
}

// ---------------------------------------------------------------------------
// gc's devirtualize.Static (Go 1.19), which runs before escape analysis: an interface method call whose
// receiver's static value (ir.StaticValue: through local variables defined once in the same function and
// never reassigned nor address-taken) is a conversion of a concrete value to an interface calls the
// concrete method directly. -m reports "devirtualizing s.M to T", the call reads "T.M(s.(T), args)",
// and the analysis then sees the concrete method's parameter summary instead of leaking the receiver.
std::unordered_map<const CallExpr*, Devirt> devirtualize(const StaticDefs& sd, Package* pkg, Printer& pr,
                                                         Diagnostics* notes) {
    const auto& defs = sd.defs;
    const auto& spoiled = sd.spoiled;
    const auto& calls = sd.calls;
    auto localVar = [](Expr* e) -> Var* {
        auto* id = as<Ident>(unparen(e));
        auto* v = id ? asObj<Var>(id->obj) : nullptr;
        return v && v->order == 0 && !v->isParam && !v->isField ? v : nullptr;
    };
    std::unordered_map<const CallExpr*, Devirt> out;
    for (auto [c, owner] : calls) {
        auto* sel = as<SelectorExpr>(unparen(c->fun));
        if (!sel || !sel->x->type || !isInterface(sel->x->type) || sel->x->mode == Mode::TypeExpr) continue;
        if (!asObj<Func>(sel->sel->obj)) continue;
        // the static value: follow same-typed interface variables to a conversion of a concrete value
        Expr* e = unparen(sel->x);
        Type* T = nullptr;
        for (int hops = 0; hops < 64 && !T; ++hops) {
            if (auto* cv = as<CallExpr>(e); cv && unparen(cv->fun)->mode == Mode::TypeExpr && cv->args.size() == 1) {
                Type* at = cv->args[0]->type;
                if (at && !isInterface(at)) T = defaultType(at);
                break;
            }
            Var* v = localVar(e);
            if (!v || spoiled.count(v)) break;
            auto it = defs.find(v);
            if (it == defs.end() || it->second.owner != owner) break;
            Expr* rhs = unparen(it->second.rhs);
            if (!rhs->type) break;
            if (!isInterface(rhs->type)) {
                T = defaultType(rhs->type);  // the implicit conversion of the definition
                break;
            }
            if (!identical(rhs->type, v->type)) break;  // an interface-to-interface conversion
            e = rhs;
        }
        if (!T) continue;
        LookupResult lr = lookupFieldOrMethod(T, false, pkg, sel->sel->name);
        auto* m = asObj<Func>(lr.obj);
        if (!m || !m->decl || lr.ambiguous || lr.index.empty()) continue;
        // the receiver: the asserted value (the data word itself for pointer-shaped T, else the boxed
        // value), then the embedded fields on the path, then the method's & or *
        Devirt d;
        d.method = m;
        d.derefs = isDirectIface(T) ? 0 : 1;
        std::string path;
        Type* cur = T;
        for (size_t i = 0; i + 1 < lr.index.size(); ++i) {
            bool ptr = false;
            Type* base = cur;
            if (auto* pt = tas<Pointer>(under(cur))) {
                base = pt->base;
                ptr = true;
            }
            auto* st = tas<Struct>(under(base));
            if (!st || lr.index[i] < 0 || static_cast<size_t>(lr.index[i]) >= st->fields.size()) {
                d.method = nullptr;
                break;
            }
            Var* fld = st->fields[static_cast<size_t>(lr.index[i])];
            if (ptr) ++d.derefs;
            path += "." + fld->name;
            cur = fld->type;
        }
        if (!d.method) continue;
        bool curPtr = isa<Pointer>(under(cur));
        if (m->hasPtrRecv && !curPtr) continue;  // not in T's method set
        if (!m->hasPtrRecv && curPtr) ++d.derefs;
        out[c] = d;
        if (notes && c->lparen.valid())
            notes->note(c->lparen, "devirtualizing " + pr.expr(sel) + " to " + pr.typeText(T));
        std::string recvT = m->sig() && m->sig()->recv ? pr.typeText(m->sig()->recv->type) : pr.typeText(cur);
        if (!recvT.empty() && recvT[0] == '*') recvT = "(" + recvT + ")";
        std::string text = recvT + "." + m->name + "(" + pr.expr(sel->x) + ".(" + pr.typeText(T) + ")" + path;
        for (auto* a : c->args) text += ", " + pr.expr(a);
        pr.overrides[c] = text + ")";
    }
    return out;
}

std::vector<std::vector<FuncDecl*>> bottomUp(const std::vector<FuncDecl*>& funcs, Package* pkg,
                                             const std::unordered_map<const CallExpr*, Devirt>& devirt) {
    std::unordered_map<const Object*, size_t> index;
    for (size_t i = 0; i < funcs.size(); ++i)
        if (funcs[i]->name && funcs[i]->name->obj) index[funcs[i]->name->obj] = i;
    std::vector<std::vector<size_t>> succ(funcs.size());
    std::vector<const Node*> kids;
    for (size_t i = 0; i < funcs.size(); ++i) {
        std::unordered_set<size_t> seen;
        std::vector<const Node*> pending{funcs[i]->body};
        while (!pending.empty()) {
            const Node* n = pending.back();
            pending.pop_back();
            if (!n) continue;
            if (auto* sel = as<SelectorExpr>(n)) pending.push_back(sel->sel);  // not among astChildren
            if (auto* c = as<CallExpr>(n); c && !devirt.empty()) {
                auto dv = devirt.find(c);
                if (dv != devirt.end() && dv->second.method->pkg == pkg) {
                    auto it = index.find(dv->second.method);
                    if (it != index.end() && seen.insert(it->second).second) succ[i].push_back(it->second);
                }
            }
            if (auto* id = as<Ident>(n)) {
                if (auto* f = asObj<Func>(id->obj); f && f->pkg == pkg) {
                    auto it = index.find(f);
                    if (it != index.end() && seen.insert(it->second).second) succ[i].push_back(it->second);
                }
                continue;
            }
            kids.clear();
            astChildren(n, kids);
            for (auto* k : kids) pending.push_back(k);
        }
    }
    const size_t kNone = SIZE_MAX;
    std::vector<size_t> idx(funcs.size(), kNone), low(funcs.size(), 0);
    std::vector<bool> onStack(funcs.size(), false);
    std::vector<size_t> stack;
    std::vector<std::vector<FuncDecl*>> out;
    size_t counter = 0;
    for (size_t root = 0; root < funcs.size(); ++root) {
        if (idx[root] != kNone) continue;
        std::vector<std::pair<size_t, size_t>> work{{root, 0}};
        idx[root] = low[root] = counter++;
        stack.push_back(root);
        onStack[root] = true;
        while (!work.empty()) {
            auto& [v, ei] = work.back();
            if (ei < succ[v].size()) {
                size_t w = succ[v][ei++];
                if (idx[w] == kNone) {
                    idx[w] = low[w] = counter++;
                    stack.push_back(w);
                    onStack[w] = true;
                    work.push_back({w, 0});
                } else if (onStack[w]) {
                    low[v] = std::min(low[v], idx[w]);
                }
                continue;
            }
            size_t vv = v;
            work.pop_back();
            if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[vv]);
            if (low[vv] == idx[vv]) {
                std::vector<FuncDecl*> scc;
                size_t w;
                do {
                    w = stack.back();
                    stack.pop_back();
                    onStack[w] = false;
                    scc.push_back(funcs[w]);
                } while (w != vv);
                std::reverse(scc.begin(), scc.end());
                out.push_back(std::move(scc));
            }
        }
    }
    return out;
}

// A func literal, or the name of a function of the package.
Expr* staticCallee(Expr* e) {
    e = unparen(e);
    if (auto* lit = as<FuncLit>(e)) return lit;
    if (auto* id = as<Ident>(e); id && isObj<Func>(id->obj)) return id;
    return nullptr;
}

// Local variables initialized with a func literal and never assigned again nor
// address-taken (gc's ir.StaticValue / ir.Reassigned): calling one is a
// static call of that literal.
std::unordered_map<Var*, Expr*> staticFuncLits(const StaticDefs& sd) {
    std::unordered_map<Var*, Expr*> out;
    for (auto& [v, d] : sd.defs)
        if (!sd.spoiled.count(v))
            if (Expr* lit = staticCallee(d.rhs)) out[v] = lit;
    return out;
}

void analyzePackage(Package* pkg, const std::vector<File*>& files, Diagnostics* notes,
                    std::unordered_map<Func*, Tag>& tags, int langMinor) {
    std::vector<FuncDecl*> funcs;
    for (auto* f : files) {
        if (!f) continue;
        for (auto* d : f->decls)
            if (auto* fd = as<FuncDecl>(d); fd && fd->body && fd->name) funcs.push_back(fd);
    }
    Printer pr(pkg);
    StaticDefs sd = collectStaticDefs(files);
    auto staticFuncs = staticFuncLits(sd);
    auto devirt = devirtualize(sd, pkg, pr, notes);
    for (auto& scc : bottomUp(funcs, pkg, devirt)) {
        Batch b(pkg, notes, tags, pr, staticFuncs, devirt);
        b.langMinor_ = langMinor;
        b.run(scc);
    }
    Batch b(pkg, notes, tags, pr, staticFuncs, devirt);
    b.langMinor_ = langMinor;
    b.runInits(pkg->inits);
}

}  // namespace

void analyzeEscapes(Package* pkg, const std::vector<File*>& files, TypeContext& types, Diagnostics* notes,
                    int langMinor) {
    (void)types;
    if (!pkg) return;
    // The imported packages first (dependencies before dependents, silently), so
    // that calls into them use real summaries; then the package itself.
    std::vector<Package*> order;
    std::unordered_set<Package*> seen{pkg};
    std::vector<std::pair<Package*, size_t>> work;
    for (auto* imp : pkg->imports) {
        if (!imp || !seen.insert(imp).second) continue;
        work.push_back({imp, 0});
        while (!work.empty()) {
            auto& [p, i] = work.back();
            if (i < p->imports.size()) {
                Package* q = p->imports[i++];
                if (q && seen.insert(q).second) work.push_back({q, 0});
                continue;
            }
            order.push_back(p);
            work.pop_back();
        }
    }
    std::unordered_map<Func*, Tag> tags;
    for (auto* p : order)
        if (!p->fake) analyzePackage(p, p->files, nullptr, tags, 22);  // the stdlib is current Go
    analyzePackage(pkg, files, notes, tags, langMinor);
}

}  // namespace gomini::frontend
