// assignable.cpp — assignability and conversion of typed values
// (go/types operand.go assignableTo, conversions.go convertibleTo).
//
// Untyped constants are the checker's business (representability); here V
// is a typed type, or untyped nil, or (leniently) another untyped kind
// matched by its class. The reason strings are types2's causes, which gc
// prints after "cannot use x (...) as T value in <context>: ".
#include "frontend/objects.h"
#include "frontend/types.h"

namespace gomini::frontend {

namespace {

bool hasName(const Type* t) { return isa<Basic>(t) || isa<Named>(t); }

bool isBytesOrRunes(const Type* t) {
    auto* s = tas<Slice>(under(t));
    if (!s) return false;
    auto* b = tas<Basic>(under(s->elem));
    return b && (b->bkind == BasicKind::Uint8 || b->bkind == BasicKind::Int32);
}

bool isBasicKind(const Type* t, BasicKind k) {
    auto* b = tas<Basic>(under(t));
    return b && b->bkind == k;
}

}  // namespace

bool assignableType(Type* V, Type* T, const Package* qualifier, std::string* reason) {
    if (reason) reason->clear();
    if (!isValid(V) || !isValid(T)) return true;  // avoid follow-on errors
    if (identical(V, T)) return true;
    Type* Vu = under(V);
    Type* Tu = under(T);
    if (!isValid(Vu) || !isValid(Tu)) return true;

    if (auto* vb = tas<Basic>(Vu); vb && (vb->info & IsUntyped)) {
        // Untyped values: nil needs a type with nil; constants are matched by class only.
        if (vb->bkind == BasicKind::UntypedNil) return hasNil(Tu) && !isUntyped(Tu);
        if (auto* ti = tas<Interface>(Tu)) {
            completeInterface(ti);
            return ti->allMethods.empty() && !ti->isComparableConstraint;
        }
        auto* tb = tas<Basic>(Tu);
        if (!tb || (tb->info & IsUntyped)) return false;
        if (vb->info & IsBoolean) return (tb->info & IsBoolean) != 0;
        if (vb->info & IsString) return (tb->info & IsString) != 0;
        return (tb->info & IsNumeric) != 0;
    }

    // Identical underlying types and at least one of V or T is not a named type.
    if (identical(Vu, Tu) && (!hasName(V) || !hasName(T))) return true;

    // T is an interface (or a pointer to one, for the error cause) and V implements T.
    auto* tp = tas<Pointer>(Tu);
    if (isa<Interface>(Tu) || (tp && isInterface(tp->base))) {
        std::string err = implementsError(V, T, qualifier);
        if (err.empty()) return true;
        if (reason) *reason = std::move(err);
        return false;
    }

    // V is an interface and T implements V: suggest a type assertion.
    if (isa<Interface>(Vu)) {
        if (implementsError(T, V, qualifier).empty()) {
            if (reason) *reason = "need type assertion";
            return false;
        }
    }

    // A bidirectional channel is assignable to a channel type with an identical
    // element type if one of the two types is unnamed.
    if (auto* vc = tas<Chan>(Vu); vc && vc->dir == ChanDir::Both) {
        if (auto* tc = tas<Chan>(Tu); tc && identical(vc->elem, tc->elem)) return !hasName(V) || !hasName(T);
    }
    return false;
}

bool convertibleType(Type* V, Type* T) {
    if (assignableType(V, T, nullptr, nullptr)) return true;
    Type* Vu = under(V);
    Type* Tu = under(T);
    // Identical underlying types, ignoring struct tags.
    if (identicalIgnoreTags(Vu, Tu)) return true;
    // Unnamed pointer types whose base types have identical underlying types (tags ignored).
    if (auto* vp = tas<Pointer>(V)) {
        if (auto* tp = tas<Pointer>(T); tp && identicalIgnoreTags(under(vp->base), under(tp->base))) return true;
    }
    // Integer or floating-point to integer or floating-point; complex to complex.
    if (isBasicInfo(Vu, IsInteger | IsFloat) && isBasicInfo(Tu, IsInteger | IsFloat)) return true;
    if (isComplex(Vu) && isComplex(Tu)) return true;
    // Integer, []byte or []rune to string; string to []byte or []rune.
    if ((isInteger(Vu) || isBytesOrRunes(Vu)) && isString(Tu)) return true;
    if (isString(Vu) && isBytesOrRunes(Tu)) return true;
    // unsafe.Pointer to and from pointers and uintptr.
    if ((isa<Pointer>(Vu) || isBasicKind(Vu, BasicKind::Uintptr)) && isBasicKind(Tu, BasicKind::UnsafePointer))
        return true;
    if (isBasicKind(Vu, BasicKind::UnsafePointer) && (isa<Pointer>(Tu) || isBasicKind(Tu, BasicKind::Uintptr)))
        return true;
    // Slice to array or to pointer to array with an identical element type.
    if (auto* s = tas<Slice>(Vu)) {
        if (auto* p = tas<Pointer>(Tu)) {
            if (auto* a = tas<Array>(under(p->base)); a && identical(s->elem, a->elem)) return true;
        }
        if (auto* a = tas<Array>(Tu); a && identical(s->elem, a->elem)) return true;
    }
    return false;
}

}  // namespace gomini::frontend
