// lookup.cpp — interface method sets, field and method lookup, and interface
// satisfaction (go/types lookup.go, typeset.go, types2 missingMethod causes).
//
// lookupFieldOrMethod is go/types' breadth-first search over embedded
// fields: depth 0 is the type itself, depth d+1 the types embedded in the
// structs found at depth d. At each depth the first match wins; a second
// match at the same depth (or a match inside a type that occurs several
// times at that depth) makes the selector ambiguous. A Named type is visited
// at most once (embedding cycles terminate). A method with a pointer
// receiver is in the method set of *T, and of T only when the operand is
// addressable or a pointer was crossed on the way (`indirect`).
//
// completeInterface flattens explicit and embedded methods into allMethods,
// sorted by name. While an embedded Named interface is still being declared
// (its underlying is null) the result is computed but not cached, so the
// complete set is computed again once the declaration is done.
//
// missingMethod and missingMethodReason classify a failure exactly like
// types2 (Go 1.22) does: not found, found with another case (wrong name),
// unexported, wrong signature, ambiguous selector, pointer receiver, field.
#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "frontend/objects.h"
#include "frontend/types.h"

namespace gomini::frontend {

namespace {

constexpr int kMaxEmbedDepth = 1000;

bool sameId(const Object* obj, const Package* pkg, const std::string& name) {
    if (obj->name != name) return false;
    if (obj->exported()) return true;
    if (!obj->pkg || !pkg) return obj->pkg == pkg;
    return obj->pkg == pkg || obj->pkg->path == pkg->path;
}

bool equalFold(const std::string& a, const std::string& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); i++)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}

// Name match for lookups: exact id, or (foldCase) any case-insensitive spelling.
bool matches(const Object* obj, const Package* pkg, const std::string& name, bool foldCase) {
    if (foldCase) return equalFold(obj->name, name);
    return sameId(obj, pkg, name);
}

void collect(Interface* t, std::vector<Func*>& out, bool& ok, std::unordered_set<const Interface*>& active, int depth) {
    if (depth > kMaxEmbedDepth || !active.insert(t).second) return;  // embedding cycle: reported by the checker
    for (Func* m : t->methods) out.push_back(m);
    for (Type* e : t->embeddeds) {
        if (auto* n = tas<Named>(e); n && !n->underlying) {
            ok = false;  // still being declared
            continue;
        }
        auto* et = tas<Interface>(under(e));
        if (!et) continue;  // not an interface: reported by the checker
        if (et->complete) {
            out.insert(out.end(), et->allMethods.begin(), et->allMethods.end());
        } else {
            collect(et, out, ok, active, depth + 1);
        }
    }
    active.erase(t);
}

// The complete method list of t, computed without caching (for recursion).
void computeMethods(Interface* t, std::vector<Func*>& all, bool& ok) {
    std::unordered_set<const Interface*> active;
    std::vector<Func*> raw;
    collect(t, raw, ok, active, 0);
    for (Func* m : raw) {
        bool dup = false;
        for (Func* have : all)
            if (have == m || sameId(have, m->pkg, m->name)) {
                dup = true;  // identical duplicates merge; others are reported by the checker
                break;
            }
        if (!dup) all.push_back(m);
    }
    std::stable_sort(all.begin(), all.end(), [](const Func* a, const Func* b) {
        if (a->name != b->name) return a->name < b->name;
        const std::string& pa = a->pkg ? a->pkg->path : std::string();
        const std::string& pb = b->pkg ? b->pkg->path : std::string();
        return pa < pb;
    });
}

struct EmbeddedType {
    Type* typ;
    std::vector<int> index;
    bool indirect;
    bool multiples;
};

// deref: the base of a pointer type, or t itself.
std::pair<Type*, bool> deref(Type* t) {
    if (auto* p = tas<Pointer>(t)) return {p->base, true};
    return {t, false};
}

struct ImplResult {
    Object* obj = nullptr;
    std::vector<int> index;
    bool indirect = false;
    bool found = false;             // index is meaningful (found or ambiguous)
    Func* ptrRecvMethod = nullptr;  // set when the result is "pointer receiver required"
};

ImplResult lookupImpl(Type* T, bool addressable, const Package* pkg, const std::string& name, bool foldCase) {
    ImplResult res;
    if (name == "_" || !T) return res;
    auto [typ0, isPtr] = deref(T);
    // *I where I is an interface has no methods.
    if (isPtr && isInterface(typ0)) return res;

    std::vector<EmbeddedType> current{{typ0, {}, isPtr, false}};
    std::unordered_set<const Named*> seen;
    Object* obj = nullptr;
    std::vector<int> index;
    bool indirect = false;
    int depth = 0;
    while (!current.empty() && depth++ < kMaxEmbedDepth) {
        std::vector<EmbeddedType> next;
        for (const EmbeddedType& e : current) {
            Type* typ = e.typ;
            if (auto* named = tas<Named>(typ)) {
                if (!seen.insert(named).second) continue;
                Func* m = nullptr;
                int mi = -1;
                for (size_t i = 0; i < named->methods.size(); i++)
                    if (matches(named->methods[i], pkg, name, foldCase)) {
                        m = named->methods[i];
                        mi = static_cast<int>(i);
                        break;
                    }
                if (m) {
                    index = e.index;
                    index.push_back(mi);
                    if (obj || e.multiples) {  // collision
                        res.index = index;
                        res.found = true;
                        return res;
                    }
                    obj = m;
                    indirect = e.indirect;
                    continue;  // no matching field or interface method can follow
                }
            }
            Type* u = under(typ);
            if (auto* st = tas<Struct>(u)) {
                for (size_t i = 0; i < st->fields.size(); i++) {
                    Var* f = st->fields[i];
                    if (matches(f, pkg, name, foldCase)) {
                        index = e.index;
                        index.push_back(static_cast<int>(i));
                        if (obj || e.multiples) {
                            res.index = index;
                            res.found = true;
                            return res;
                        }
                        obj = f;
                        indirect = e.indirect;
                        continue;
                    }
                    // Embedded fields are searched at the next depth, unless we already have a match.
                    if (!obj && f->embedded && f->type) {
                        auto [ft, fptr] = deref(f->type);
                        std::vector<int> fi = e.index;
                        fi.push_back(static_cast<int>(i));
                        next.push_back({ft, std::move(fi), e.indirect || fptr, e.multiples});
                    }
                }
            } else if (auto* it = tas<Interface>(u)) {
                completeInterface(it);
                for (size_t i = 0; i < it->allMethods.size(); i++)
                    if (matches(it->allMethods[i], pkg, name, foldCase)) {
                        index = e.index;
                        index.push_back(static_cast<int>(i));
                        if (obj || e.multiples) {
                            res.index = index;
                            res.found = true;
                            return res;
                        }
                        obj = it->allMethods[i];
                        indirect = e.indirect;
                        break;
                    }
            }
        }
        if (obj) {
            if (auto* f = asObj<Func>(obj); f && f->hasPtrRecv && !indirect && !addressable) {
                res.indirect = true;  // pointer receiver required
                res.ptrRecvMethod = f;
                return res;
            }
            res.obj = obj;
            res.index = std::move(index);
            res.indirect = indirect;
            res.found = true;
            return res;
        }
        // consolidateMultiples: a type reached several times at this depth is marked.
        current.clear();
        for (EmbeddedType& n : next) {
            bool dup = false;
            for (EmbeddedType& c : current)
                if (identical(c.typ, n.typ)) {
                    c.multiples = true;
                    dup = true;
                    break;
                }
            if (!dup) current.push_back(std::move(n));
        }
    }
    return res;
}

ImplResult lookupTop(Type* T, bool addressable, const Package* pkg, const std::string& name, bool foldCase) {
    // Methods cannot be declared on a named pointer type: look up fields through
    // its underlying pointer type, but discard methods (go/types, issue 8590).
    if (auto* n = tas<Named>(T)) {
        if (auto* p = tas<Pointer>(n->underlying)) {
            ImplResult r = lookupImpl(p, false, pkg, name, foldCase);
            if (isObj<Func>(r.obj) || r.ptrRecvMethod) return {};
            return r;
        }
    }
    return lookupImpl(T, addressable, pkg, name, foldCase);
}

bool isInterfacePtr(Type* t) {
    auto* p = tas<Pointer>(under(t));
    return p && isInterface(p->base);
}

std::string funcString(const Func* f, const Package* q) {
    return f->name + signatureString(tas<Signature>(f->type), q, false);
}

}  // namespace

void completeInterface(Interface* t) {
    if (!t || t->complete) return;
    std::vector<Func*> all;
    bool ok = true;
    computeMethods(t, all, ok);
    t->allMethods = std::move(all);
    t->complete = ok;
}

LookupResult lookupFieldOrMethod(Type* T, bool addressable, const Package* pkg, const std::string& name) {
    ImplResult r = lookupTop(T, addressable, pkg, name, false);
    LookupResult out;
    out.obj = r.obj;
    out.index = std::move(r.index);
    out.indirect = r.indirect;
    out.ambiguous = !r.obj && r.found;
    out.notFoundPtrRecv = r.ptrRecvMethod != nullptr;
    return out;
}

MissingMethod missingMethod(Type* V, Interface* T, bool isStatic) {
    MissingMethod mm;
    if (!V || !T) return mm;
    completeInterface(T);
    if (T->allMethods.empty()) return mm;
    if (auto* vi = tas<Interface>(under(V))) {
        completeInterface(vi);
        for (Func* m : T->allMethods) {
            Func* f = nullptr;
            for (Func* h : vi->allMethods)
                if (sameId(h, m->pkg, m->name)) {
                    f = h;
                    break;
                }
            if (!f) {
                if (!isStatic) continue;
                mm.method = m;
                return mm;
            }
            if (!identical(f->type, m->type)) {
                mm.method = m;
                mm.wrongType = true;
                mm.found = f;
                return mm;
            }
        }
        return mm;
    }
    for (Func* m : T->allMethods) {
        ImplResult r = lookupTop(V, false, m->pkg, m->name, false);
        if (!r.obj) {
            mm.method = m;
            if (r.ptrRecvMethod) {
                mm.ptrRecv = true;
                mm.found = r.ptrRecvMethod;
            }
            return mm;
        }
        auto* f = asObj<Func>(r.obj);
        if (!f) {  // a field, not a method
            mm.method = m;
            return mm;
        }
        if (!identical(f->type, m->type)) {
            mm.method = m;
            mm.wrongType = true;
            mm.found = f;
            return mm;
        }
    }
    return mm;
}

// types2's cause, with its parentheses: "(missing method M)".
std::string missingMethodCause(Type* V, Type* T, const MissingMethod& mm, const Package* q) {
    const Func* m = mm.method;
    if (!m) return "";
    if (mm.ptrRecv) return "(method " + m->name + " has pointer receiver)";
    if (mm.wrongType && mm.found) {
        std::string fs = funcString(mm.found, q), ms = funcString(m, q);
        if (fs == ms) {  // don't say "have Foo, want Foo": qualify everything
            fs = funcString(mm.found, nullptr);
            ms = funcString(m, nullptr);
        }
        if (fs == ms) return "(wrong type for method " + m->name + ")";
        return "(wrong type for method " + m->name + ")\n\t\thave " + fs + "\n\t\twant " + ms;
    }
    if (!isInterface(V)) {
        ImplResult r = lookupTop(V, false, m->pkg, m->name, false);
        if (!r.obj && r.found) return "(ambiguous selector " + typeString(V, q) + "." + m->name + ")";
        if (r.obj && isObj<Var>(r.obj)) return "(" + typeString(V, q) + "." + m->name + " is a field, not a method)";
        if (!r.obj) {
            ImplResult alt = lookupTop(V, false, m->pkg, m->name, true);
            auto* f = asObj<Func>(alt.obj);
            if (!f && alt.ptrRecvMethod) f = alt.ptrRecvMethod;
            if (f) {
                if (f->name == m->name) return "(unexported method " + m->name + ")";
                return "(missing method " + m->name + ")\n\t\thave " + funcString(f, q) + "\n\t\twant " +
                       funcString(m, q);
            }
        }
    }
    if (isInterfacePtr(V)) return "(type " + typeString(V, q) + " is pointer to interface, not interface)";
    if (isInterfacePtr(T)) return "(type " + typeString(T, q) + " is pointer to interface, not interface)";
    return "(missing method " + m->name + ")";
}

std::string missingMethodReason(Type* V, Type* T, const MissingMethod& m, const Package* qualifier) {
    std::string cause = missingMethodCause(V, T, m, qualifier);
    if (cause.empty()) return cause;
    // Strip the outer "(" and, if the cause ends with it, the last ")": then
    // "(" + reason + ")" is the cause (exactly, unless a have/want line ends in
    // a result type: callers should prefer missingMethodCause).
    cause.erase(0, 1);
    if (cause.back() == ')') cause.pop_back();
    return cause;
}

std::string implementsError(Type* V, Type* T, const Package* qualifier) {
    if (!isValid(V) || !isValid(T) || !isValid(under(V)) || !isValid(under(T))) return "";
    if (auto* p = tas<Pointer>(under(V)); p && !isValid(under(p->base))) return "";
    std::string vs = typeString(V, qualifier), ts = typeString(T, qualifier);
    auto* ti = tas<Interface>(under(T));
    if (!ti) {
        if (isInterfacePtr(T))
            return vs + " does not implement " + ts + " (type " + ts + " is pointer to interface, not interface)";
        return vs + " does not implement " + ts + " (" + ts + " is not an interface)";
    }
    MissingMethod mm = missingMethod(V, ti, true);
    if (!mm.method) return "";
    return vs + " does not implement " + ts + " " + missingMethodCause(V, T, mm, qualifier);
}

}  // namespace gomini::frontend
