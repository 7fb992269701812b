// types.h — the type graph (the twin of go/types' type.go, basic.go, ...).
//
// Every Type is created by, and owned by, a TypeContext (see objects.h),
// which lives as long as the compilation; types are never freed one by one.
// Type structure mirrors go/types with the same names:
//   Basic, Array, Slice, Struct, Pointer, Tuple, Signature, Interface, Map,
//   Chan, Named.
// There is no hash-consing: two structurally equal unnamed types may be two
// objects, and identical() is the only correct equality (as in go/types).
// A Named type's `underlying` is set once its declaration is checked; until
// then it is null (cycle detection in the checker relies on that).
//
// Predicates and helpers (identical, under, typeString, lookups, method sets)
// keep go/types' names so that the checker reads like its model.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "frontend/ast.h"  // ChanDir

namespace gomini::frontend {

struct Object;
struct Var;
struct Func;
struct TypeName;
struct Package;

enum class TypeKind : uint8_t { Basic, Array, Slice, Struct, Pointer, Tuple, Signature, Interface, Map, Chan, Named };

enum class BasicKind : uint8_t {
    Invalid,
    Bool,
    Int,
    Int8,
    Int16,
    Int32,
    Int64,
    Uint,
    Uint8,
    Uint16,
    Uint32,
    Uint64,
    Uintptr,
    Float32,
    Float64,
    Complex64,
    Complex128,
    String,
    UnsafePointer,
    UntypedBool,
    UntypedInt,
    UntypedRune,
    UntypedFloat,
    UntypedComplex,
    UntypedString,
    UntypedNil,
    // aliases
    Byte = Uint8,
    Rune = Int32,
};

// BasicInfo flags (go/types BasicInfo).
enum BasicInfo : uint32_t {
    IsBoolean = 1 << 0,
    IsInteger = 1 << 1,
    IsUnsigned = 1 << 2,
    IsFloat = 1 << 3,
    IsComplex = 1 << 4,
    IsString = 1 << 5,
    IsUntyped = 1 << 6,
    IsOrdered = IsInteger | IsFloat | IsString,
    IsNumeric = IsInteger | IsFloat | IsComplex,
    IsConstType = IsBoolean | IsNumeric | IsString,
};

struct Type {
    TypeKind kind;
    explicit Type(TypeKind k) : kind(k) {}
    virtual ~Type() = default;
    Type(const Type&) = delete;
    Type& operator=(const Type&) = delete;
};

#define GOMINI_TYPE_KIND(K) \
    static constexpr TypeKind kKind = TypeKind::K; \
    static bool classof(const Type* t) { return t->kind == TypeKind::K; }

template <class T>
bool isa(const Type* t) {
    return t && T::classof(t);
}
template <class T>
T* tas(Type* t) {
    return isa<T>(t) ? static_cast<T*>(t) : nullptr;
}
template <class T>
const T* tas(const Type* t) {
    return isa<T>(t) ? static_cast<const T*>(t) : nullptr;
}

struct Basic : Type {
    GOMINI_TYPE_KIND(Basic)
    BasicKind bkind;
    uint32_t info;
    std::string name;  // "int", "untyped int", "byte" (for the byte alias object's type: see universe)
    Basic(BasicKind k, uint32_t i, std::string n) : Type(TypeKind::Basic), bkind(k), info(i), name(std::move(n)) {}
};

struct Array : Type {
    GOMINI_TYPE_KIND(Array)
    Type* elem;
    int64_t len;  // -1 if unknown (erroneous length)
    Array(Type* e, int64_t n) : Type(TypeKind::Array), elem(e), len(n) {}
};

struct Slice : Type {
    GOMINI_TYPE_KIND(Slice)
    Type* elem;
    explicit Slice(Type* e) : Type(TypeKind::Slice), elem(e) {}
};

struct Struct : Type {
    GOMINI_TYPE_KIND(Struct)
    std::vector<Var*> fields;       // in declaration order; Var::embedded marks embedded fields
    std::vector<std::string> tags;  // same length as fields (or empty if no tags)
    Struct() : Type(TypeKind::Struct) {}
};

struct Pointer : Type {
    GOMINI_TYPE_KIND(Pointer)
    Type* base;
    explicit Pointer(Type* b) : Type(TypeKind::Pointer), base(b) {}
};

// The parameter or result list of a signature, or the type of a
// multi-value expression (a call with several results).
struct Tuple : Type {
    GOMINI_TYPE_KIND(Tuple)
    std::vector<Var*> vars;
    Tuple() : Type(TypeKind::Tuple) {}
    size_t size() const { return vars.size(); }
};

struct Signature : Type {
    GOMINI_TYPE_KIND(Signature)
    Var* recv = nullptr;        // null for functions and function types
    Tuple* params = nullptr;    // never null (may be empty)
    Tuple* results = nullptr;   // never null (may be empty)
    bool variadic = false;      // last param is ...T (its Var's type is []T)
    Signature() : Type(TypeKind::Signature) {}
};

struct Interface : Type {
    GOMINI_TYPE_KIND(Interface)
    std::vector<Func*> methods;     // explicitly declared methods
    std::vector<Type*> embeddeds;   // embedded interfaces (named or literal)
    // Computed by completeInterface(): every method, explicit and embedded,
    // sorted by name (Object::name), duplicates with identical signatures merged.
    std::vector<Func*> allMethods;
    bool complete = false;
    bool isComparableConstraint = false;  // the predeclared "comparable" (only valid as a constraint)
    Interface() : Type(TypeKind::Interface) {}
};

struct Map : Type {
    GOMINI_TYPE_KIND(Map)
    Type* key;
    Type* elem;
    Map(Type* k, Type* e) : Type(TypeKind::Map), key(k), elem(e) {}
};

struct Chan : Type {
    GOMINI_TYPE_KIND(Chan)
    ChanDir dir;
    Type* elem;
    Chan(ChanDir d, Type* e) : Type(TypeKind::Chan), dir(d), elem(e) {}
};

struct Named : Type {
    GOMINI_TYPE_KIND(Named)
    TypeName* obj;                // the declaring type name
    Type* underlying = nullptr;   // never a Named once set; null while being declared
    std::vector<Func*> methods;   // declared methods, in source order
    explicit Named(TypeName* o) : Type(TypeKind::Named), obj(o) {}
};

#undef GOMINI_TYPE_KIND

// ---------------------------------------------------------------------------
// Predicates (go/types predicates.go)

// The underlying type; under(t) == t for non-Named types. Never null for a
// completely declared type; the universe's Typ[Invalid] for an unresolved one.
Type* under(Type* t);
const Type* under(const Type* t);

bool isBasicInfo(const Type* t, uint32_t info);  // under(t) is Basic with any of these info bits
inline bool isBoolean(const Type* t) { return isBasicInfo(t, IsBoolean); }
inline bool isInteger(const Type* t) { return isBasicInfo(t, IsInteger); }
inline bool isUnsigned(const Type* t) { return isBasicInfo(t, IsUnsigned); }
inline bool isFloat(const Type* t) { return isBasicInfo(t, IsFloat); }
inline bool isComplex(const Type* t) { return isBasicInfo(t, IsComplex); }
inline bool isNumeric(const Type* t) { return isBasicInfo(t, IsNumeric); }
inline bool isString(const Type* t) { return isBasicInfo(t, IsString); }
inline bool isOrdered(const Type* t) { return isBasicInfo(t, IsOrdered); }
inline bool isConstType(const Type* t) { return isBasicInfo(t, IsConstType); }
bool isUntyped(const Type* t);  // a Basic with IsUntyped (incl. untyped nil)
bool isTyped(const Type* t);
bool isInterface(const Type* t);
bool isValid(const Type* t);  // not null and not Typ[Invalid]
bool hasNil(const Type* t);   // pointer, func, slice, map, chan, interface, unsafe.Pointer, untyped nil
bool comparable(const Type* t);  // == defined (structs/arrays of comparables, ...)
bool identical(const Type* x, const Type* y);
// identical, ignoring struct tags (conversion rule).
bool identicalIgnoreTags(const Type* x, const Type* y);
// The default type of an untyped constant type: untyped int -> int, ... ; t itself otherwise.
Type* defaultType(Type* t);

// ---------------------------------------------------------------------------
// Interfaces, lookup and method sets (go/types lookup.go, methodset.go)

// Fills Interface::allMethods (idempotent). Reports nothing: the checker
// reports duplicate methods at declaration time.
void completeInterface(Interface* t);

struct LookupResult {
    Object* obj = nullptr;        // Var (field) or Func (method); null if not found
    std::vector<int> index;       // path of field indices through embedded fields, then the field/method index
    bool indirect = false;        // a pointer indirection was crossed on the path
    bool ambiguous = false;       // found at the shallowest depth more than once ("ambiguous selector")
    bool notFoundPtrRecv = false; // only a pointer-receiver method exists but addressable==false
};
// LookupFieldOrMethod(T, addressable, pkg, name) as in go/types. `pkg`
// decides unexported name visibility. T may be a pointer to a named type.
LookupResult lookupFieldOrMethod(Type* T, bool addressable, const Package* pkg, const std::string& name);

struct MissingMethod {
    Func* method = nullptr;  // null: T implements the interface
    bool wrongType = false;  // T has the method with another signature (found is that method)
    bool ptrRecv = false;    // T's method has a pointer receiver and T is not a pointer
    Func* found = nullptr;
};
// missingMethod(V, T, static): the first method of interface T that V lacks.
MissingMethod missingMethod(Type* V, Interface* T, bool isStatic);

// The reason string used by "X does not implement Y (REASON)", in gc's words:
//   "missing method M", "method M has pointer receiver",
//   "wrong type for method M)\n\t\thave M(int)\n\t\twant M(string)" (gc's layout).
std::string missingMethodReason(Type* V, Type* T, const MissingMethod& m, const Package* qualifier);

// ---------------------------------------------------------------------------
// Printing (go/types typestring.go) — as gc prints types in messages:
// "int", "[]string", "map[string]int", "*main.T" (package-qualified unless
// `qualifier` is the type's own package, in which case just "T"),
// "func(x int) string", "struct{a int; b string}", "interface{M()}",
// "untyped int", "chan<- int".
std::string typeString(const Type* t, const Package* qualifier = nullptr);

}  // namespace gomini::frontend

// ---------------------------------------------------------------------------
// Added by the types helper (append-only section).

namespace gomini::frontend {

// The predeclared basic types are immutable and shared by every TypeContext
// (TypeContext::typ(k) returns universeBasic(k)); under() of an unresolved
// Named returns universeBasic(BasicKind::Invalid).
Basic* universeBasic(BasicKind k);
Basic* universeByte();       // alias byte: kind Uint8, prints "byte"
Basic* universeRune();       // alias rune: kind Int32, prints "rune"
Interface* universeAny();    // the interface{} that "any" denotes: prints "any" (as types2 does)

// Assignability of a value of TYPED type V (or untyped nil) to T, go/types operand.assignableTo rules
// minus untyped constants (the checker handles those). On false, *reason (if non-null) gets gc's
// explanation suffix used after "cannot use x (...) as T value in ...: ", e.g.
// "T does not implement I (missing method M)" or "need type assertion"; empty if none.
// Invalid V or T are assignable (no follow-on errors).
bool assignableType(Type* V, Type* T, const Package* qualifier, std::string* reason);
// Non-constant conversion T(x) for x of type V (go/types convertibleTo): assignable, identical
// underlying types ignoring tags, unnamed pointer bases, numeric<->numeric, string<->[]byte/[]rune,
// integer->string, slice->array / pointer to array, unsafe.Pointer rules.
bool convertibleType(Type* V, Type* T);

// "V does not implement T (cause)" in gc's words (T an interface, or a pointer to one), or ""
// if V implements T. Uses missingMethod(V, T, static=true) and missingMethodCause.
std::string implementsError(Type* V, Type* T, const Package* qualifier);

// types2's complete cause WITH its parentheses, exactly as gc prints it after
// "V does not implement T " (or "x (...) cannot have dynamic type T "):
//   "(missing method M)", "(method M has pointer receiver)", "(unexported method m)",
//   "(wrong type for method M)\n\t\thave M(int)\n\t\twant M() string",
//   "(missing method M)\n\t\thave m()\n\t\twant M()"   (a method with another case),
//   "(ambiguous selector T.M)", "(T.M is a field, not a method)",
//   "(type *I is pointer to interface, not interface)".
// Prefer this to missingMethodReason, whose "(" + reason + ")" cannot reproduce a
// have/want cause whose last line ends in a result type.
std::string missingMethodCause(Type* V, Type* T, const MissingMethod& m, const Package* qualifier);
// missingMethodReason == missingMethodCause without the leading "(" and, when the cause ends
// with ")", without that last ")".

// The signature part of a method/function as gc prints it after the name: "(x int) string",
// or without parameter names "(int) string" (as in the have/want lines of missing-method causes).
std::string signatureString(const Signature* sig, const Package* qualifier = nullptr, bool paramNames = true);

}  // namespace gomini::frontend
