// types.cpp — type predicates (go/types predicates.go) and the shared
// predeclared basic types.
//
// Identity follows the spec's "Type identity" section exactly as go/types
// implements it: a Named type is identical only to itself (pointer identity
// of the Named object); basic types compare by kind (so the byte alias is
// identical to uint8); unnamed composite types compare structurally, struct
// fields by name, embedding, type, tag (unless ignored) and, for unexported
// names, package; signatures by parameter/result types and variadic-ness
// (names ignored); interfaces by their complete method sets; channels by
// direction and element.
//
// Unnamed types cannot form cycles except through a Named type, and a Named
// type compares by pointer, so structural recursion terminates; a depth
// guard still caps recursion (kMaxDepth) so that a pathological type cannot
// overflow the C++ stack.
#include <algorithm>
#include <unordered_set>

#include "frontend/objects.h"
#include "frontend/types.h"

namespace gomini::frontend {

namespace {

constexpr int kMaxDepth = 2000;

struct BasicTable {
    Basic* typ[static_cast<int>(BasicKind::UntypedNil) + 1];
    Basic* byteAlias;
    Basic* runeAlias;
    Interface* any;
};

const BasicTable& table() {
    static const BasicTable t = [] {
        struct Def {
            BasicKind kind;
            uint32_t info;
            const char* name;
        };
        static const Def defs[] = {
            {BasicKind::Invalid, 0, "invalid type"},
            {BasicKind::Bool, IsBoolean, "bool"},
            {BasicKind::Int, IsInteger, "int"},
            {BasicKind::Int8, IsInteger, "int8"},
            {BasicKind::Int16, IsInteger, "int16"},
            {BasicKind::Int32, IsInteger, "int32"},
            {BasicKind::Int64, IsInteger, "int64"},
            {BasicKind::Uint, IsInteger | IsUnsigned, "uint"},
            {BasicKind::Uint8, IsInteger | IsUnsigned, "uint8"},
            {BasicKind::Uint16, IsInteger | IsUnsigned, "uint16"},
            {BasicKind::Uint32, IsInteger | IsUnsigned, "uint32"},
            {BasicKind::Uint64, IsInteger | IsUnsigned, "uint64"},
            {BasicKind::Uintptr, IsInteger | IsUnsigned, "uintptr"},
            {BasicKind::Float32, IsFloat, "float32"},
            {BasicKind::Float64, IsFloat, "float64"},
            {BasicKind::Complex64, IsComplex, "complex64"},
            {BasicKind::Complex128, IsComplex, "complex128"},
            {BasicKind::String, IsString, "string"},
            {BasicKind::UnsafePointer, 0, "unsafe.Pointer"},
            {BasicKind::UntypedBool, IsBoolean | IsUntyped, "untyped bool"},
            {BasicKind::UntypedInt, IsInteger | IsUntyped, "untyped int"},
            {BasicKind::UntypedRune, IsInteger | IsUntyped, "untyped rune"},
            {BasicKind::UntypedFloat, IsFloat | IsUntyped, "untyped float"},
            {BasicKind::UntypedComplex, IsComplex | IsUntyped, "untyped complex"},
            {BasicKind::UntypedString, IsString | IsUntyped, "untyped string"},
            {BasicKind::UntypedNil, IsUntyped, "untyped nil"},
        };
        static_assert(sizeof(defs) / sizeof(defs[0]) == static_cast<size_t>(BasicKind::UntypedNil) + 1);
        BasicTable r{};
        // Never freed: process-wide immutable singletons.
        for (const auto& d : defs) r.typ[static_cast<int>(d.kind)] = new Basic(d.kind, d.info, d.name);
        r.byteAlias = new Basic(BasicKind::Uint8, IsInteger | IsUnsigned, "byte");
        r.runeAlias = new Basic(BasicKind::Int32, IsInteger, "rune");
        r.any = new Interface();
        r.any->complete = true;
        return r;
    }();
    return t;
}

}  // namespace

Basic* universeBasic(BasicKind k) { return table().typ[static_cast<int>(k)]; }
Basic* universeByte() { return table().byteAlias; }
Basic* universeRune() { return table().runeAlias; }
Interface* universeAny() { return table().any; }

Type* under(Type* t) {
    if (auto* n = tas<Named>(t)) {
        Type* u = n->underlying;
        // Defensive: a Named underlying a Named (should not happen) is followed a bounded number of times.
        for (int i = 0; u && isa<Named>(u) && i < 100; i++) u = static_cast<Named*>(u)->underlying;
        if (!u || isa<Named>(u)) return universeBasic(BasicKind::Invalid);
        return u;
    }
    return t;
}

const Type* under(const Type* t) { return under(const_cast<Type*>(t)); }

bool isBasicInfo(const Type* t, uint32_t info) {
    if (!t) return false;
    auto* b = tas<Basic>(under(t));
    return b && (b->info & info) != 0;
}

bool isUntyped(const Type* t) {
    auto* b = tas<Basic>(t);
    return b && (b->info & IsUntyped) != 0;
}

bool isTyped(const Type* t) { return t && !isUntyped(t); }

bool isInterface(const Type* t) { return t && isa<Interface>(under(t)); }

bool isValid(const Type* t) {
    if (!t) return false;
    auto* b = tas<Basic>(t);
    return !(b && b->bkind == BasicKind::Invalid);
}

bool hasNil(const Type* t) {
    if (!t) return false;
    const Type* u = under(t);
    switch (u->kind) {
    case TypeKind::Basic: {
        auto k = static_cast<const Basic*>(u)->bkind;
        return k == BasicKind::UnsafePointer || k == BasicKind::UntypedNil;
    }
    case TypeKind::Slice:
    case TypeKind::Pointer:
    case TypeKind::Signature:
    case TypeKind::Map:
    case TypeKind::Chan:
    case TypeKind::Interface:
        return true;
    default:
        return false;
    }
}

namespace {

bool comparableRec(const Type* t, std::unordered_set<const Type*>& seen, int depth) {
    if (depth > kMaxDepth) return false;
    if (!seen.insert(t).second) return true;
    const Type* u = under(t);
    switch (u->kind) {
    case TypeKind::Basic:
        return static_cast<const Basic*>(u)->bkind != BasicKind::UntypedNil;
    case TypeKind::Pointer:
    case TypeKind::Chan:
    case TypeKind::Interface:
        return true;
    case TypeKind::Struct:
        for (const Var* f : static_cast<const Struct*>(u)->fields)
            if (!f->type || !comparableRec(f->type, seen, depth + 1)) return false;
        return true;
    case TypeKind::Array:
        return comparableRec(static_cast<const Array*>(u)->elem, seen, depth + 1);
    default:
        return false;
    }
}

// go/types Object.sameId: same name and, for unexported names, same package.
bool sameId(const Object* obj, const Package* pkg, const std::string& name) {
    if (obj->name != name) return false;
    if (obj->exported()) return true;
    if (!obj->pkg || !pkg) return obj->pkg == pkg;
    return obj->pkg == pkg || obj->pkg->path == pkg->path;
}

struct Identity {
    bool cmpTags;
    int depth = 0;
    // Pairs of interfaces being compared further up (go/types ifacePair): an
    // interface may mention itself through its methods, and meeting the same
    // pair again means "identical so far", not a difference.
    std::vector<std::pair<const Interface*, const Interface*>> ifaces;

    bool eq(const Type* x, const Type* y) {
        if (x == y) return true;
        if (!x || !y) return false;
        if (++depth > kMaxDepth) {
            --depth;
            return false;
        }
        bool r = eqImpl(x, y);
        --depth;
        return r;
    }

    bool tuples(const Tuple* x, const Tuple* y) {
        size_t nx = x ? x->vars.size() : 0, ny = y ? y->vars.size() : 0;
        if (nx != ny) return false;
        for (size_t i = 0; i < nx; i++)
            if (!eq(x->vars[i]->type, y->vars[i]->type)) return false;
        return true;
    }

    bool eqImpl(const Type* x, const Type* y) {
        if (x->kind != y->kind) return false;
        switch (x->kind) {
        case TypeKind::Basic:
            return static_cast<const Basic*>(x)->bkind == static_cast<const Basic*>(y)->bkind;
        case TypeKind::Array: {
            auto *a = static_cast<const Array*>(x), *b = static_cast<const Array*>(y);
            return a->len == b->len && eq(a->elem, b->elem);
        }
        case TypeKind::Slice:
            return eq(static_cast<const Slice*>(x)->elem, static_cast<const Slice*>(y)->elem);
        case TypeKind::Struct: {
            auto *a = static_cast<const Struct*>(x), *b = static_cast<const Struct*>(y);
            if (a->fields.size() != b->fields.size()) return false;
            for (size_t i = 0; i < a->fields.size(); i++) {
                const Var *f = a->fields[i], *g = b->fields[i];
                if (f->embedded != g->embedded) return false;
                if (cmpTags) {
                    const std::string empty;
                    const std::string& ta = i < a->tags.size() ? a->tags[i] : empty;
                    const std::string& tb = i < b->tags.size() ? b->tags[i] : empty;
                    if (ta != tb) return false;
                }
                if (!sameId(f, g->pkg, g->name)) return false;
                if (!eq(f->type, g->type)) return false;
            }
            return true;
        }
        case TypeKind::Pointer:
            return eq(static_cast<const Pointer*>(x)->base, static_cast<const Pointer*>(y)->base);
        case TypeKind::Tuple:
            return tuples(static_cast<const Tuple*>(x), static_cast<const Tuple*>(y));
        case TypeKind::Signature: {
            auto *a = static_cast<const Signature*>(x), *b = static_cast<const Signature*>(y);
            return a->variadic == b->variadic && tuples(a->params, b->params) && tuples(a->results, b->results);
        }
        case TypeKind::Interface: {
            auto* a = const_cast<Interface*>(static_cast<const Interface*>(x));
            auto* b = const_cast<Interface*>(static_cast<const Interface*>(y));
            if (a->isComparableConstraint != b->isComparableConstraint) return false;
            completeInterface(a);
            completeInterface(b);
            if (a->allMethods.size() != b->allMethods.size()) return false;
            for (auto& [p, q] : ifaces)
                if ((p == a && q == b) || (p == b && q == a)) return true;
            ifaces.emplace_back(a, b);
            bool same = true;
            // Match each method by id (unexported names of different packages may share a name).
            for (const Func* f : a->allMethods) {
                const Func* g = nullptr;
                for (const Func* h : b->allMethods)
                    if (sameId(h, f->pkg, f->name)) {
                        g = h;
                        break;
                    }
                if (!g || !eq(f->type, g->type)) {
                    same = false;
                    break;
                }
            }
            ifaces.pop_back();
            return same;
        }
        case TypeKind::Map: {
            auto *a = static_cast<const Map*>(x), *b = static_cast<const Map*>(y);
            return eq(a->key, b->key) && eq(a->elem, b->elem);
        }
        case TypeKind::Chan: {
            auto *a = static_cast<const Chan*>(x), *b = static_cast<const Chan*>(y);
            return a->dir == b->dir && eq(a->elem, b->elem);
        }
        case TypeKind::Named:
            return false;  // x != y
        }
        return false;
    }
};

}  // namespace

bool comparable(const Type* t) {
    if (!t) return false;
    std::unordered_set<const Type*> seen;
    return comparableRec(t, seen, 0);
}

bool identical(const Type* x, const Type* y) { return Identity{true}.eq(x, y); }

bool identicalIgnoreTags(const Type* x, const Type* y) { return Identity{false}.eq(x, y); }

Type* defaultType(Type* t) {
    auto* b = tas<Basic>(t);
    if (!b) return t;
    switch (b->bkind) {
    case BasicKind::UntypedBool:
        return universeBasic(BasicKind::Bool);
    case BasicKind::UntypedInt:
        return universeBasic(BasicKind::Int);
    case BasicKind::UntypedRune:
        return universeRune();
    case BasicKind::UntypedFloat:
        return universeBasic(BasicKind::Float64);
    case BasicKind::UntypedComplex:
        return universeBasic(BasicKind::Complex128);
    case BasicKind::UntypedString:
        return universeBasic(BasicKind::String);
    default:
        return t;
    }
}

}  // namespace gomini::frontend
