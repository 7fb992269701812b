// objects.h — objects, scopes, packages and the universe (the twin of
// go/types' object.go, scope.go, package.go, universe.go).
//
// An Object is a named language entity: PkgName, Const, TypeName, Var
// (variables, parameters, results, struct fields), Func (functions and
// methods), Label, Builtin or Nil. Identifiers in the AST point at their
// object (Ident::obj). Scopes form a tree from the universe scope down to
// blocks; lookups walk parents.
//
// TypeContext owns every Type, Object, Scope and Package of a compilation
// (arena style: nothing is freed before the context), and holds the
// universe: predeclared types (Typ[...]), the universe scope with bool, int,
// ..., any, error, comparable, true, false, iota, nil and the builtin
// functions.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/ast.h"
#include "frontend/constant.h"
#include "frontend/types.h"

namespace gomini::frontend {

class Scope;

enum class ObjKind : uint8_t { PkgName, Const, TypeName, Var, Func, Label, Builtin, Nil };

struct Object {
    ObjKind kind;
    std::string name;
    Type* type = nullptr;      // null while the object is being declared
    Pos pos;                   // declaring identifier (Pos{} for predeclared objects)
    Package* pkg = nullptr;    // null for universe objects
    Scope* parent = nullptr;   // the scope the object was declared in
    uint32_t order = 0;        // package-level declaration order (1-based; 0 = not package level)
    Object(ObjKind k, std::string n, Type* t, Pos p, Package* pk)
        : kind(k), name(std::move(n)), type(t), pos(p), pkg(pk) {}
    virtual ~Object() = default;
    Object(const Object&) = delete;
    Object& operator=(const Object&) = delete;
    bool exported() const { return !name.empty() && name[0] >= 'A' && name[0] <= 'Z'; }
};

#define GOMINI_OBJ_KIND(K) \
    static constexpr ObjKind kKind = ObjKind::K; \
    static bool classof(const Object* o) { return o->kind == ObjKind::K; }

template <class T>
bool isObj(const Object* o) {
    return o && T::classof(o);
}
template <class T>
T* asObj(Object* o) {
    return isObj<T>(o) ? static_cast<T*>(o) : nullptr;
}
template <class T>
const T* asObj(const Object* o) {
    return isObj<T>(o) ? static_cast<const T*>(o) : nullptr;
}

struct PkgName : Object {
    GOMINI_OBJ_KIND(PkgName)
    Package* imported = nullptr;
    bool used = false;
    PkgName(std::string n, Pos p, Package* pk, Package* imp)
        : Object(ObjKind::PkgName, std::move(n), nullptr, p, pk), imported(imp) {}
};

struct Const : Object {
    GOMINI_OBJ_KIND(Const)
    constant::Value val;
    Const(std::string n, Type* t, Pos p, Package* pk, constant::Value v = {})
        : Object(ObjKind::Const, std::move(n), t, p, pk), val(std::move(v)) {}
};

struct TypeName : Object {
    GOMINI_OBJ_KIND(TypeName)
    bool isAlias = false;
    TypeName(std::string n, Type* t, Pos p, Package* pk) : Object(ObjKind::TypeName, std::move(n), t, p, pk) {}
};

struct Var : Object {
    GOMINI_OBJ_KIND(Var)
    bool isField = false;
    bool embedded = false;   // embedded struct field
    bool isParam = false;    // parameter or result
    bool used = false;       // for "declared and not used"
    // --- filled in by escape analysis / the compiler later ---
    bool captured = false;   // referenced from a closure
    bool addrTaken = false;  // &x or a method call with pointer receiver on x
    bool escapes = false;    // must live on the heap ("moved to heap: x")
    Var(std::string n, Type* t, Pos p, Package* pk) : Object(ObjKind::Var, std::move(n), t, p, pk) {}
};

struct Func : Object {
    GOMINI_OBJ_KIND(Func)
    FuncDecl* decl = nullptr;  // null for interface methods and universe functions (error.Error)
    bool hasPtrRecv = false;   // method with *T receiver
    // type is a Signature (for methods: with recv set)
    Func(std::string n, Type* sig, Pos p, Package* pk) : Object(ObjKind::Func, std::move(n), sig, p, pk) {}
    Signature* sig() const { return tas<Signature>(type); }
};

struct Label : Object {
    GOMINI_OBJ_KIND(Label)
    bool used = false;
    Label(std::string n, Pos p, Package* pk) : Object(ObjKind::Label, std::move(n), nullptr, p, pk) {}
};

enum class BuiltinId : uint8_t {
    Append,
    Cap,
    Clear,
    Close,
    Complex,
    Copy,
    Delete,
    Imag,
    Len,
    Make,
    Max,
    Min,
    New,
    Panic,
    Print,
    Println,
    Real,
    Recover,
};

struct Builtin : Object {
    GOMINI_OBJ_KIND(Builtin)
    BuiltinId id;
    Builtin(std::string n, BuiltinId i) : Object(ObjKind::Builtin, std::move(n), nullptr, {}, nullptr), id(i) {}
};

struct Nil : Object {
    GOMINI_OBJ_KIND(Nil)
    explicit Nil(Type* untypedNil) : Object(ObjKind::Nil, "nil", untypedNil, {}, nullptr) {}
};

#undef GOMINI_OBJ_KIND

class Scope {
public:
    Scope(Scope* parent, Pos pos, Pos end, std::string comment)
        : parent_(parent), pos_(pos), end_(end), comment_(std::move(comment)) {}

    Scope* parent() const { return parent_; }
    const std::vector<Scope*>& children() const { return children_; }
    void addChild(Scope* s) { children_.push_back(s); }

    // The object named `name` in this scope only, or null.
    Object* lookup(const std::string& name) const;
    // Walks this scope and its parents. If pos is valid, objects declared in
    // a scope at a position after `pos` are skipped (as go/types LookupParent:
    // a local variable is not in scope before its declaration). Returns the
    // object and sets *where to its scope.
    Object* lookupParent(const std::string& name, Pos pos, Scope** where = nullptr) const;
    // Inserts obj unless its name is already declared here; returns the
    // existing object in that case (and does not insert), else null.
    // Sets obj->parent when it inserts.
    Object* insert(Object* obj);
    // Objects in insertion order.
    const std::vector<Object*>& objects() const { return order_; }

    Pos pos() const { return pos_; }
    Pos end() const { return end_; }
    const std::string& comment() const { return comment_; }
    bool isFunc = false;  // the outermost scope of a function body (params live here)

private:
    Scope* parent_;
    std::vector<Scope*> children_;
    std::unordered_map<std::string, Object*> elems_;
    std::vector<Object*> order_;
    Pos pos_, end_;
    std::string comment_;
};

// A package-level variable initialization, in the order the checker
// computed (go/types Initializer): lhs = rhs, with several lhs variables for
// "var a, b = f()". (Added by the checker.)
struct PackageInit {
    std::vector<Var*> lhs;
    Expr* rhs = nullptr;
};

struct Package {
    std::string path;  // "main", "fmt", "unicode/utf8"
    std::string name;  // package clause name
    Scope* scope = nullptr;
    std::vector<Package*> imports;
    std::vector<File*> files;
    bool complete = false;  // fully checked
    bool fake = false;      // an unknown import: a placeholder so checking can go on
    std::vector<PackageInit> inits;  // checker: package-level variable initialization order
};

// Owns all types, objects, scopes and packages of one compilation, and the
// universe.
class TypeContext {
public:
    TypeContext();  // builds the universe (universe.cpp)
    ~TypeContext();

    template <class T, class... Args>
    T* newType(Args&&... args) {
        auto p = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = p.get();
        types_.push_back(std::move(p));
        return raw;
    }
    template <class T, class... Args>
    T* newObject(Args&&... args) {
        auto p = std::make_unique<T>(std::forward<Args>(args)...);
        T* raw = p.get();
        objects_.push_back(std::move(p));
        return raw;
    }
    Scope* newScope(Scope* parent, Pos pos, Pos end, std::string comment);
    Package* newPackage(std::string path, std::string name);

    // The values a constant expression may take live here (Expr::value points into it).
    const constant::Value* internValue(constant::Value v);

    // --- universe ---
    Scope* universe() const { return universe_; }
    Basic* typ(BasicKind k) const { return typ_[static_cast<int>(k)]; }
    Basic* byteType() const { return byte_; }  // the alias byte (prints "byte")
    Basic* runeType() const { return rune_; }  // the alias rune (prints "rune")
    Named* errorType() const { return error_; }
    Interface* anyType() const { return any_; }  // interface{} (the alias "any" denotes it)
    Type* comparableType() const { return comparable_; }
    Object* universeIota() const { return iota_; }
    Nil* universeNil() const { return nil_; }
    Func* errorErrorMethod() const { return errorError_; }

private:
    std::vector<std::unique_ptr<Type>> types_;
    std::vector<std::unique_ptr<Object>> objects_;
    std::vector<std::unique_ptr<Scope>> scopes_;
    std::vector<std::unique_ptr<Package>> packages_;
    std::vector<std::unique_ptr<constant::Value>> values_;
    Scope* universe_ = nullptr;
    Basic* typ_[static_cast<int>(BasicKind::UntypedNil) + 1] = {};
    Basic* byte_ = nullptr;
    Basic* rune_ = nullptr;
    Named* error_ = nullptr;
    Interface* any_ = nullptr;
    Type* comparable_ = nullptr;
    Object* iota_ = nullptr;
    Nil* nil_ = nullptr;
    Func* errorError_ = nullptr;
};

}  // namespace gomini::frontend
