// types.test.cpp — the type graph's predicates, printing, lookup and
// assignability (types.cpp, typestring.cpp, lookup.cpp, assignable.cpp,
// universe.cpp, objects.cpp), and the AST-level flow checks (labels.cpp,
// terminating.cpp). Types and ASTs are built by hand so that these tests do
// not depend on the parser or the checker. Expected strings are gc's output
// (Go 1.19, with the Go 1.20+ rewordings: "missing method M", "have M(int)").
#include <doctest/doctest.h>

#include <algorithm>

#include "frontend/flow.h"
#include "frontend/objects.h"
#include "frontend/parse.h"
#include "frontend/types.h"

using namespace gomini::frontend;

namespace {

// Builds types of a package "main" (and of a second package "other").
struct World {
    TypeContext ctx;
    Package* pkg = ctx.newPackage("main", "main");
    Package* other = ctx.newPackage("example.com/other", "other");

    Basic* T(BasicKind k) { return ctx.typ(k); }
    Type* Int() { return T(BasicKind::Int); }
    Type* Str() { return T(BasicKind::String); }

    Named* named(const std::string& name, Type* underlying, Package* p = nullptr) {
        auto* tn = ctx.newObject<TypeName>(name, nullptr, Pos{}, p ? p : pkg);
        auto* n = ctx.newType<Named>(tn);
        tn->type = n;
        n->underlying = underlying ? under(underlying) : nullptr;
        return n;
    }
    Var* var(const std::string& name, Type* t, Package* p = nullptr) {
        return ctx.newObject<Var>(name, t, Pos{}, p ? p : pkg);
    }
    Tuple* tuple(std::vector<Var*> vars) {
        auto* t = ctx.newType<Tuple>();
        t->vars = std::move(vars);
        return t;
    }
    Signature* sig(std::vector<Type*> params, std::vector<Type*> results = {}, bool variadic = false) {
        std::vector<Var*> ps, rs;
        for (Type* t : params) ps.push_back(var("", t));
        for (Type* t : results) rs.push_back(var("", t));
        return sigv(ps, rs, variadic);
    }
    Signature* sigv(std::vector<Var*> params, std::vector<Var*> results, bool variadic = false) {
        auto* s = ctx.newType<Signature>();
        s->params = tuple(std::move(params));
        s->results = tuple(std::move(results));
        s->variadic = variadic;
        return s;
    }
    Func* method(Named* recv, const std::string& name, Signature* s, bool ptr = false, Package* p = nullptr) {
        auto* f = ctx.newObject<Func>(name, s, Pos{}, p ? p : pkg);
        s->recv = var("", ptr ? static_cast<Type*>(ptrTo(recv)) : recv);
        f->hasPtrRecv = ptr;
        recv->methods.push_back(f);
        return f;
    }
    Func* imethod(const std::string& name, Signature* s, Package* p = nullptr) {
        return ctx.newObject<Func>(name, s, Pos{}, p ? p : pkg);
    }
    Interface* iface(std::vector<Func*> methods, std::vector<Type*> embeddeds = {}) {
        auto* i = ctx.newType<Interface>();
        i->methods = std::move(methods);
        i->embeddeds = std::move(embeddeds);
        return i;
    }
    Var* field(const std::string& name, Type* t, bool embedded = false, Package* p = nullptr) {
        Var* v = var(name, t, p);
        v->isField = true;
        v->embedded = embedded;
        return v;
    }
    Struct* strct(std::vector<Var*> fields, std::vector<std::string> tags = {}) {
        auto* s = ctx.newType<Struct>();
        s->fields = std::move(fields);
        s->tags = std::move(tags);
        return s;
    }
    Pointer* ptrTo(Type* t) { return ctx.newType<Pointer>(t); }
    Slice* slice(Type* t) { return ctx.newType<Slice>(t); }
    Map* map(Type* k, Type* v) { return ctx.newType<Map>(k, v); }
    Chan* chan(ChanDir d, Type* t) { return ctx.newType<Chan>(d, t); }
    Array* array(Type* t, int64_t n) { return ctx.newType<Array>(t, n); }

    std::string str(const Type* t) { return typeString(t, pkg); }
    std::string reason(Type* V, Type* Tt) {
        std::string r;
        bool ok = assignableType(V, Tt, pkg, &r);
        return ok ? "OK" : r;
    }
};

}  // namespace

TEST_SUITE_BEGIN("types");

TEST_CASE("universe") {
    World w;
    Scope* u = w.ctx.universe();
    for (const char* name : {"bool",   "int",    "int8",   "int16",   "int32",   "int64",     "uint",      "uint8",
                             "uint16", "uint32", "uint64", "uintptr", "float32", "float64",   "complex64", "complex128",
                             "string", "byte",   "rune",   "error",   "any",     "comparable"}) {
        CAPTURE(name);
        auto* tn = asObj<TypeName>(u->lookup(name));
        REQUIRE(tn);
        CHECK(typeString(tn->type) == name);
    }
    CHECK(asObj<TypeName>(u->lookup("byte"))->isAlias);
    CHECK(identical(u->lookup("byte")->type, w.T(BasicKind::Uint8)));
    CHECK(identical(u->lookup("rune")->type, w.T(BasicKind::Int32)));
    CHECK(u->lookup("any")->type == w.ctx.anyType());
    CHECK(isObj<Const>(u->lookup("true")));
    CHECK(isObj<Const>(u->lookup("false")));
    CHECK(u->lookup("iota") == w.ctx.universeIota());
    CHECK(u->lookup("nil") == w.ctx.universeNil());
    CHECK(typeString(w.ctx.universeNil()->type) == "untyped nil");
    for (const char* b : {"append", "cap", "clear", "close", "complex", "copy", "delete", "imag", "len", "make", "max",
                          "min", "new", "panic", "print", "println", "real", "recover"}) {
        CAPTURE(b);
        CHECK(isObj<Builtin>(u->lookup(b)));
    }
    CHECK(asObj<Builtin>(u->lookup("panic"))->id == BuiltinId::Panic);
    CHECK(u->lookup("unsafe") == nullptr);
    // error is a named interface with Error() string.
    Named* err = w.ctx.errorType();
    auto* ei = tas<Interface>(err->underlying);
    REQUIRE(ei);
    completeInterface(ei);
    REQUIRE(ei->allMethods.size() == 1);
    CHECK(ei->allMethods[0] == w.ctx.errorErrorMethod());
    CHECK(typeString(ei) == "interface{Error() string}");
    CHECK(typeString(w.ctx.errorErrorMethod()->type) == "func() string");
    CHECK(lookupFieldOrMethod(err, false, w.pkg, "Error").obj == w.ctx.errorErrorMethod());
    CHECK(lookupFieldOrMethod(w.ptrTo(err), false, w.pkg, "Error").obj == nullptr);
    // The basic types are shared by every context.
    TypeContext other;
    CHECK(other.typ(BasicKind::Int) == w.ctx.typ(BasicKind::Int));
    CHECK(under(w.named("Unfinished", nullptr)) == w.ctx.typ(BasicKind::Invalid));
}

TEST_CASE("scopes") {
    World w;
    Scope* fn = w.ctx.newScope(w.pkg->scope, Pos{1, 3, 1}, Pos{1, 20, 1}, "function");
    fn->isFunc = true;
    Scope* blk = w.ctx.newScope(fn, Pos{1, 4, 1}, Pos{1, 10, 1}, "block");
    auto* pv = w.var("g", w.Int());
    pv->pos = Pos{1, 30, 5};  // package level, declared after the use below
    CHECK(w.pkg->scope->insert(pv) == nullptr);
    auto* dup = w.var("g", w.Int());
    CHECK(w.pkg->scope->insert(dup) == pv);
    CHECK(pv->parent == w.pkg->scope);
    auto* x = w.var("x", w.Int());
    x->pos = Pos{1, 6, 2};
    blk->insert(x);
    auto* outer = w.var("x", w.Str());
    outer->pos = Pos{1, 3, 10};
    fn->insert(outer);

    Scope* where = nullptr;
    // Package-level objects are visible before their declaration.
    CHECK(blk->lookupParent("g", Pos{1, 5, 1}, &where) == pv);
    CHECK(where == w.pkg->scope);
    // A local is not visible before its declaration: the outer x is found.
    CHECK(blk->lookupParent("x", Pos{1, 5, 1}, &where) == outer);
    CHECK(where == fn);
    CHECK(blk->lookupParent("x", Pos{1, 7, 1}, &where) == x);
    CHECK(blk->lookupParent("x", Pos{}, &where) == x);
    CHECK(blk->lookupParent("int", Pos{1, 5, 1}, &where) == w.ctx.universe()->lookup("int"));
    CHECK(where == w.ctx.universe());
    CHECK(blk->lookupParent("nope", Pos{}, &where) == nullptr);
    CHECK(where == nullptr);
    REQUIRE(blk->objects().size() == 1);
    CHECK(fn->children().size() == 1);
    const constant::Value* v = w.ctx.internValue(constant::makeInt64(42));
    CHECK(v->toString() == "42");
}

TEST_CASE("predicates") {
    World w;
    CHECK(isInteger(w.Int()));
    CHECK(isUnsigned(w.ctx.byteType()));
    CHECK(isNumeric(w.T(BasicKind::Complex64)));
    CHECK(isString(w.named("S", w.Str())));
    CHECK(isUntyped(w.T(BasicKind::UntypedNil)));
    CHECK(!isUntyped(w.named("U", w.Int())));
    CHECK(isTyped(w.Int()));
    CHECK(isOrdered(w.T(BasicKind::Float32)));
    CHECK(!isOrdered(w.T(BasicKind::Complex128)));
    CHECK(isConstType(w.T(BasicKind::Bool)));
    CHECK(!isValid(w.T(BasicKind::Invalid)));
    CHECK(!isValid(nullptr));
    CHECK(isValid(w.Int()));
    CHECK(isInterface(w.ctx.errorType()));
    CHECK(!isInterface(w.Int()));

    CHECK(hasNil(w.slice(w.Int())));
    CHECK(hasNil(w.ptrTo(w.Int())));
    CHECK(hasNil(w.sig({})));
    CHECK(hasNil(w.map(w.Int(), w.Int())));
    CHECK(hasNil(w.chan(ChanDir::Both, w.Int())));
    CHECK(hasNil(w.ctx.errorType()));
    CHECK(hasNil(w.T(BasicKind::UnsafePointer)));
    CHECK(hasNil(w.T(BasicKind::UntypedNil)));
    CHECK(!hasNil(w.Int()));
    CHECK(!hasNil(w.array(w.Int(), 2)));
    CHECK(!hasNil(w.strct({})));

    CHECK(comparable(w.Int()));
    CHECK(comparable(w.ptrTo(w.slice(w.Int()))));
    CHECK(comparable(w.ctx.anyType()));
    CHECK(comparable(w.strct({w.field("a", w.Int()), w.field("b", w.array(w.Str(), 3))})));
    CHECK(!comparable(w.strct({w.field("a", w.Int()), w.field("b", w.slice(w.Str()))})));
    CHECK(!comparable(w.array(w.map(w.Int(), w.Int()), 1)));
    CHECK(!comparable(w.sig({})));
    CHECK(!comparable(w.named("M", w.map(w.Int(), w.Int()))));
    CHECK(!comparable(w.T(BasicKind::UntypedNil)));

    CHECK(defaultType(w.T(BasicKind::UntypedInt)) == w.Int());
    CHECK(typeString(defaultType(w.T(BasicKind::UntypedRune))) == "rune");
    CHECK(defaultType(w.T(BasicKind::UntypedFloat)) == w.T(BasicKind::Float64));
    CHECK(defaultType(w.T(BasicKind::UntypedComplex)) == w.T(BasicKind::Complex128));
    CHECK(defaultType(w.T(BasicKind::UntypedString)) == w.Str());
    CHECK(defaultType(w.T(BasicKind::UntypedBool)) == w.T(BasicKind::Bool));
    CHECK(defaultType(w.T(BasicKind::UntypedNil)) == w.T(BasicKind::UntypedNil));
    Type* s = w.slice(w.Int());
    CHECK(defaultType(s) == s);
}

TEST_CASE("identity") {
    World w;
    Type* i = w.Int();
    // Basic types by kind; aliases are the same type.
    CHECK(identical(w.ctx.byteType(), w.T(BasicKind::Uint8)));
    CHECK(identical(w.ctx.runeType(), w.T(BasicKind::Int32)));
    CHECK(!identical(w.T(BasicKind::Int32), w.T(BasicKind::Int64)));
    // Named types: only themselves; an alias denotes the same Named.
    Named* A = w.named("A", i);
    Named* B = w.named("B", i);
    CHECK(identical(A, A));
    CHECK(!identical(A, B));
    CHECK(!identical(A, i));
    auto* alias = w.ctx.newObject<TypeName>("AA", A, Pos{}, w.pkg);
    alias->isAlias = true;
    CHECK(identical(alias->type, A));
    // Unnamed composite types: structurally.
    CHECK(identical(w.slice(i), w.slice(i)));
    CHECK(!identical(w.slice(i), w.slice(A)));
    CHECK(identical(w.array(i, 3), w.array(i, 3)));
    CHECK(!identical(w.array(i, 3), w.array(i, 4)));
    CHECK(identical(w.map(w.Str(), w.ptrTo(A)), w.map(w.Str(), w.ptrTo(A))));
    CHECK(!identical(w.map(w.Str(), i), w.map(i, i)));
    CHECK(identical(w.chan(ChanDir::Send, i), w.chan(ChanDir::Send, i)));
    CHECK(!identical(w.chan(ChanDir::Send, i), w.chan(ChanDir::Both, i)));
    CHECK(!identical(w.chan(ChanDir::Recv, i), w.chan(ChanDir::Send, i)));
    CHECK(!identical(w.slice(i), w.array(i, 0)));
    CHECK(!identical(nullptr, i));
}

TEST_CASE("identity of structs") {
    World w;
    Type* i = w.Int();
    auto s1 = [&] { return w.strct({w.field("a", i), w.field("B", w.Str())}); };
    CHECK(identical(s1(), s1()));
    // Field names matter.
    CHECK(!identical(s1(), w.strct({w.field("x", i), w.field("B", w.Str())})));
    // Tags matter, except for identicalIgnoreTags.
    auto* t1 = w.strct({w.field("a", i)}, {"json:\"a\""});
    auto* t2 = w.strct({w.field("a", i)}, {"json:\"b\""});
    auto* t3 = w.strct({w.field("a", i)});
    CHECK(!identical(t1, t2));
    CHECK(!identical(t1, t3));
    CHECK(identical(t3, w.strct({w.field("a", i)}, {""})));
    CHECK(identicalIgnoreTags(t1, t2));
    CHECK(identicalIgnoreTags(t1, t3));
    CHECK(identicalIgnoreTags(w.ptrTo(t1), w.ptrTo(t2)));
    CHECK(!identicalIgnoreTags(t1, w.strct({w.field("b", i)})));
    // Embedded flag matters.
    Named* E = w.named("E", w.strct({}));
    CHECK(!identical(w.strct({w.field("E", E, true)}), w.strct({w.field("E", E, false)})));
    CHECK(identical(w.strct({w.field("E", E, true)}), w.strct({w.field("E", E, true)})));
    // Unexported names of different packages differ; exported ones do not.
    CHECK(!identical(w.strct({w.field("a", i, false, w.pkg)}), w.strct({w.field("a", i, false, w.other)})));
    CHECK(identical(w.strct({w.field("A", i, false, w.pkg)}), w.strct({w.field("A", i, false, w.other)})));
    // Field order matters.
    CHECK(!identical(w.strct({w.field("a", i), w.field("b", i)}), w.strct({w.field("b", i), w.field("a", i)})));
}

TEST_CASE("identity of signatures and interfaces") {
    World w;
    Type* i = w.Int();
    Type* s = w.Str();
    // Parameter names are ignored; variadic-ness and result lists are not.
    CHECK(identical(w.sigv({w.var("x", i)}, {w.var("r", s)}), w.sig({i}, {s})));
    CHECK(!identical(w.sig({i}, {s}), w.sig({i}, {})));
    CHECK(!identical(w.sig({i, w.slice(i)}, {}, true), w.sig({i, w.slice(i)}, {}, false)));
    CHECK(identical(w.sig({i, w.slice(i)}, {}, true), w.sig({i, w.slice(i)}, {}, true)));
    CHECK(!identical(w.sig({i, s}), w.sig({s, i})));
    CHECK(!identical(w.sig({}, {i, s}), w.sig({}, {i})));

    // Interfaces: by method set, whatever the declaration order and embedding.
    auto* ab = w.iface({w.imethod("A", w.sig({})), w.imethod("B", w.sig({i}))});
    auto* ba = w.iface({w.imethod("B", w.sig({i})), w.imethod("A", w.sig({}))});
    CHECK(identical(ab, ba));
    Named* IA = w.named("IA", w.iface({w.imethod("A", w.sig({}))}));
    auto* emb = w.iface({w.imethod("B", w.sig({i}))}, {IA});
    CHECK(identical(ab, emb));
    completeInterface(emb);
    REQUIRE(emb->allMethods.size() == 2);
    CHECK(emb->allMethods[0]->name == "A");
    CHECK(emb->allMethods[1]->name == "B");
    CHECK(!identical(ab, w.iface({w.imethod("A", w.sig({})), w.imethod("B", w.sig({s}))})));
    CHECK(!identical(ab, w.iface({w.imethod("A", w.sig({}))})));
    CHECK(identical(w.iface({}), w.ctx.anyType()));
    CHECK(!identical(w.iface({w.imethod("m", w.sig({}), w.pkg)}), w.iface({w.imethod("m", w.sig({}), w.other)})));
    CHECK(identical(w.iface({w.imethod("M", w.sig({}), w.pkg)}), w.iface({w.imethod("M", w.sig({}), w.other)})));
    // The same method embedded twice is merged.
    auto* twice = w.iface({}, {IA, IA});
    completeInterface(twice);
    CHECK(twice->allMethods.size() == 1);
    // An interface embedding a Named still being declared is not cached as complete.
    Named* pending = w.named("Pending", nullptr);
    auto* p = w.iface({w.imethod("B", w.sig({}))}, {pending});
    completeInterface(p);
    CHECK(!p->complete);
    pending->underlying = w.iface({w.imethod("A", w.sig({}))});
    completeInterface(p);
    CHECK(p->complete);
    CHECK(p->allMethods.size() == 2);
}

TEST_CASE("typeString") {
    World w;
    Type* i = w.Int();
    Named* T = w.named("T", w.strct({}));
    Named* R = w.named(
        "Reader", w.iface({w.imethod("Read", w.sig({w.slice(w.ctx.byteType())}, {i, w.ctx.errorType()}))}), w.other);
    CHECK(w.str(w.slice(w.map(w.Str(), w.ptrTo(T)))) == "[]map[string]*T");
    CHECK(typeString(T) == "main.T");
    CHECK(typeString(T, w.other) == "main.T");
    CHECK(w.str(R) == "other.Reader");
    CHECK(typeString(R, w.other) == "Reader");
    CHECK(w.str(w.ctx.errorType()) == "error");
    CHECK(w.str(w.sigv({w.var("x", i), w.var("y", w.slice(w.Str()))},
                       {w.var("", w.Str()), w.var("", w.ctx.errorType())}, true)) ==
          "func(x int, y ...string) (string, error)");
    CHECK(w.str(w.sig({i}, {w.Str()})) == "func(int) string");
    CHECK(w.str(w.sig({})) == "func()");
    CHECK(w.str(w.sigv({}, {w.var("n", i)})) == "func() (n int)");
    CHECK(w.str(w.strct({w.field("a", i), w.field("b", w.Str())})) == "struct{a int; b string}");
    CHECK(w.str(w.strct({w.field("a", i), w.field("b", w.Str())}, {"", "json:\"b\""})) ==
          "struct{a int; b string \"json:\\\"b\\\"\"}");
    CHECK(w.str(w.strct({w.field("T", w.ptrTo(T), true), w.field("x", i)})) == "struct{*T; x int}");
    CHECK(w.str(w.strct({})) == "struct{}");
    CHECK(w.str(w.iface({w.imethod("M", w.sig({}))})) == "interface{M()}");
    CHECK(w.str(w.ptrTo(w.iface({w.imethod("M", w.sig({}))}, {R}))) == "*interface{M(); other.Reader}");
    CHECK(w.str(w.iface({})) == "interface{}");
    CHECK(w.str(w.ctx.anyType()) == "any");
    CHECK(w.str(w.slice(w.ctx.anyType())) == "[]any");
    CHECK(w.str(w.ctx.comparableType()) == "comparable");
    CHECK(w.str(w.chan(ChanDir::Both, w.chan(ChanDir::Recv, i))) == "chan (<-chan int)");
    CHECK(w.str(w.chan(ChanDir::Both, w.chan(ChanDir::Send, i))) == "chan chan<- int");
    CHECK(w.str(w.chan(ChanDir::Send, i)) == "chan<- int");
    CHECK(w.str(w.chan(ChanDir::Recv, w.chan(ChanDir::Recv, i))) == "<-chan <-chan int");
    CHECK(w.str(w.array(w.ctx.byteType(), 3)) == "[3]byte");
    CHECK(w.str(w.array(w.T(BasicKind::Uint8), 3)) == "[3]uint8");
    CHECK(w.str(w.array(w.ctx.runeType(), 2)) == "[2]rune");
    CHECK(w.str(w.T(BasicKind::UntypedInt)) == "untyped int");
    CHECK(w.str(w.T(BasicKind::UntypedRune)) == "untyped rune");
    CHECK(w.str(w.T(BasicKind::UntypedFloat)) == "untyped float");
    CHECK(w.str(w.T(BasicKind::Invalid)) == "invalid type");
    CHECK(w.str(w.T(BasicKind::UnsafePointer)) == "unsafe.Pointer");
    CHECK(w.str(w.tuple({w.var("", i), w.var("", w.Str())})) == "(int, string)");
    CHECK(w.str(w.map(w.ptrTo(T), w.sig({}, {i}))) == "map[*T]func() int");
    CHECK(signatureString(w.sigv({w.var("x", i)}, {w.var("", i)}), w.pkg, false) == "(int) int");
    CHECK(signatureString(w.sigv({w.var("x", i)}, {w.var("r", i)}), w.pkg, false) == "(int) (int)");
    // A "string..." variadic parameter (append([]byte, string...)).
    CHECK(w.str(w.sig({w.slice(w.ctx.byteType()), w.Str()}, {}, true)) == "func([]byte, string...)");
    CHECK(w.str(nullptr) == "<nil>");
}

TEST_CASE("lookupFieldOrMethod") {
    World w;
    Type* i = w.Int();
    // type Inner struct{ x int; Y string }; func (Inner) Val() int; func (*Inner) Set(int)
    Named* Inner = w.named("Inner", w.strct({w.field("x", i), w.field("Y", w.Str())}));
    Func* val = w.method(Inner, "Val", w.sig({}, {i}));
    Func* set = w.method(Inner, "Set", w.sig({i}), true);
    // type Outer struct{ Inner; z int }
    Named* Outer = w.named("Outer", w.strct({w.field("Inner", Inner, true), w.field("z", i)}));
    // type POuter struct{ *Inner }
    Named* POuter = w.named("POuter", w.strct({w.field("Inner", w.ptrTo(Inner), true)}));

    auto r = lookupFieldOrMethod(Outer, false, w.pkg, "z");
    REQUIRE(isObj<Var>(r.obj));
    CHECK(r.index == std::vector<int>{1});
    r = lookupFieldOrMethod(Outer, false, w.pkg, "Y");  // promoted field
    REQUIRE(isObj<Var>(r.obj));
    CHECK(r.obj->name == "Y");
    CHECK(r.index == std::vector<int>{0, 1});
    CHECK(!r.indirect);
    r = lookupFieldOrMethod(Outer, false, w.pkg, "Val");  // promoted value method
    CHECK(r.obj == val);
    CHECK(r.index == std::vector<int>{0, 0});
    // Pointer-receiver method: needs an addressable operand or a pointer.
    r = lookupFieldOrMethod(Outer, false, w.pkg, "Set");
    CHECK(r.obj == nullptr);
    CHECK(r.notFoundPtrRecv);
    CHECK(!r.ambiguous);
    r = lookupFieldOrMethod(Outer, true, w.pkg, "Set");
    CHECK(r.obj == set);
    r = lookupFieldOrMethod(w.ptrTo(Outer), false, w.pkg, "Set");
    CHECK(r.obj == set);
    CHECK(r.indirect);
    r = lookupFieldOrMethod(POuter, false, w.pkg, "Set");  // through an embedded pointer
    CHECK(r.obj == set);
    CHECK(r.indirect);
    // Unexported names need the same package.
    CHECK(lookupFieldOrMethod(Outer, false, w.pkg, "x").obj != nullptr);
    CHECK(lookupFieldOrMethod(Outer, false, w.other, "x").obj == nullptr);
    CHECK(lookupFieldOrMethod(Outer, false, w.other, "Y").obj != nullptr);
    CHECK(lookupFieldOrMethod(Outer, false, w.pkg, "nope").obj == nullptr);
    CHECK(lookupFieldOrMethod(Outer, false, w.pkg, "_").obj == nullptr);

    // Ambiguity at the same depth; a shallower match wins.
    Named* A1 = w.named("A1", w.strct({w.field("F", i)}));
    w.method(A1, "M", w.sig({}));
    Named* A2 = w.named("A2", w.strct({w.field("F", w.Str())}));
    w.method(A2, "M", w.sig({}));
    Named* Amb = w.named("Amb", w.strct({w.field("A1", A1, true), w.field("A2", A2, true)}));
    r = lookupFieldOrMethod(Amb, false, w.pkg, "M");
    CHECK(r.obj == nullptr);
    CHECK(r.ambiguous);
    r = lookupFieldOrMethod(Amb, false, w.pkg, "F");
    CHECK(r.ambiguous);
    Named* Shallow = w.named("Shallow", w.strct({w.field("Amb", Amb, true), w.field("F", w.T(BasicKind::Bool))}));
    r = lookupFieldOrMethod(Shallow, false, w.pkg, "F");
    REQUIRE(r.obj);
    CHECK(r.obj->type == w.T(BasicKind::Bool));
    CHECK(r.index == std::vector<int>{1});
    // The same type embedded twice at one depth is ambiguous too.
    Named* D1 = w.named("D1", w.strct({w.field("A1", A1, true)}));
    Named* D2 = w.named("D2", w.strct({w.field("A1", A1, true)}));
    Named* Twice = w.named("Twice", w.strct({w.field("D1", D1, true), w.field("D2", D2, true)}));
    CHECK(lookupFieldOrMethod(Twice, false, w.pkg, "M").ambiguous);

    // Interface methods; a pointer to an interface has none.
    Named* I = w.named("I", w.iface({w.imethod("M", w.sig({})), w.imethod("A", w.sig({}))}));
    r = lookupFieldOrMethod(I, false, w.pkg, "M");
    REQUIRE(isObj<Func>(r.obj));
    CHECK(r.index == std::vector<int>{1});  // allMethods is sorted: A, M
    CHECK(lookupFieldOrMethod(w.ptrTo(I), false, w.pkg, "M").obj == nullptr);
    // Embedded interface in a struct promotes its methods.
    Named* WithI = w.named("WithI", w.strct({w.field("I", I, true)}));
    CHECK(isObj<Func>(lookupFieldOrMethod(WithI, false, w.pkg, "M").obj));
    // A named pointer type has the fields but not the methods of its base.
    Named* PT = w.named("PT", w.ptrTo(Inner));
    CHECK(isObj<Var>(lookupFieldOrMethod(PT, false, w.pkg, "Y").obj));
    CHECK(lookupFieldOrMethod(PT, false, w.pkg, "Val").obj == nullptr);
    // An embedding cycle terminates: type C struct{ *C }.
    Named* C = w.named("C", nullptr);
    C->underlying = w.strct({w.field("C", w.ptrTo(C), true)});
    CHECK(lookupFieldOrMethod(C, false, w.pkg, "nope").obj == nullptr);
    CHECK(isObj<Var>(lookupFieldOrMethod(C, false, w.pkg, "C").obj));
}

TEST_CASE("missing methods and assignability to interfaces") {
    World w;
    Type* i = w.Int();
    Named* I = w.named("I", w.iface({w.imethod("M", w.sig({}))}));
    Named* J = w.named("J", w.iface({w.imethod("M", w.sig({i}, {w.Str()}))}));
    Named* T = w.named("T", w.strct({}));
    Named* P = w.named("P", w.strct({}));
    w.method(P, "M", w.sig({}), true);
    Named* W = w.named("W", w.strct({}));
    w.method(W, "M", w.sigv({w.var("x", i)}, {}));
    Named* F = w.named("F", w.strct({w.field("M", i)}));
    Named* L = w.named("L", w.strct({}));
    w.method(L, "m", w.sig({}));
    Named* A1 = w.named("A1", w.strct({}));
    w.method(A1, "M", w.sig({}));
    Named* A2 = w.named("A2", w.strct({}));
    w.method(A2, "M", w.sig({}));
    Named* Amb = w.named("Amb", w.strct({w.field("A1", A1, true), w.field("A2", A2, true)}));
    Named* Good = w.named("Good", w.strct({w.field("A1", A1, true)}));

    CHECK(w.reason(T, I) == "T does not implement I (missing method M)");
    CHECK(w.reason(P, I) == "P does not implement I (method M has pointer receiver)");
    CHECK(w.reason(w.ptrTo(P), I) == "OK");
    CHECK(w.reason(W, I) == "W does not implement I (wrong type for method M)\n\t\thave M(int)\n\t\twant M()");
    CHECK(w.reason(W, J) ==
          "W does not implement J (wrong type for method M)\n\t\thave M(int)\n\t\twant M(int) string");
    CHECK(w.reason(F, I) == "F does not implement I (F.M is a field, not a method)");
    CHECK(w.reason(L, I) == "L does not implement I (missing method M)\n\t\thave m()\n\t\twant M()");
    CHECK(w.reason(Amb, I) == "Amb does not implement I (ambiguous selector Amb.M)");
    CHECK(w.reason(Good, I) == "OK");
    CHECK(w.reason(w.ptrTo(Good), I) == "OK");
    CHECK(w.reason(w.ptrTo(T), I) == "*T does not implement I (missing method M)");
    CHECK(w.reason(T, w.ptrTo(I)) == "T does not implement *I (type *I is pointer to interface, not interface)");
    CHECK(w.reason(T, w.ctx.errorType()) == "T does not implement error (missing method Error)");
    CHECK(w.reason(T, w.ctx.anyType()) == "OK");
    CHECK(w.reason(I, w.ctx.anyType()) == "OK");
    // Interface to interface: V's method set must include T's.
    Named* IJ = w.named("IJ", w.iface({w.imethod("M", w.sig({})), w.imethod("N", w.sig({}))}));
    CHECK(w.reason(IJ, I) == "OK");
    CHECK(w.reason(I, IJ) == "I does not implement IJ (missing method N)");
    CHECK(w.reason(J, I) == "J does not implement I (wrong type for method M)\n\t\thave M(int) string\n\t\twant M()");
    // Interface to concrete: need a type assertion when the concrete type implements it.
    CHECK(w.reason(I, w.ptrTo(P)) == "need type assertion");
    CHECK(w.reason(w.ctx.anyType(), i) == "need type assertion");
    CHECK(w.reason(I, T) == "");  // T does not implement I: no hint
    // Unexported interface methods of another package cannot be implemented.
    Named* Iu = w.named("Iu", w.iface({w.imethod("m", w.sig({}), w.other)}), w.other);
    CHECK(w.reason(L, Iu) == "L does not implement other.Iu (unexported method m)");

    // The MissingMethod record and the reason without its parentheses.
    MissingMethod mm = missingMethod(P, tas<Interface>(I->underlying), true);
    CHECK(mm.method != nullptr);
    CHECK(mm.ptrRecv);
    CHECK(missingMethodReason(P, I, mm, w.pkg) == "method M has pointer receiver");
    mm = missingMethod(W, tas<Interface>(I->underlying), true);
    CHECK(mm.wrongType);
    REQUIRE(mm.found);
    CHECK(mm.found->name == "M");
    CHECK(missingMethodCause(W, I, mm, w.pkg) == "(wrong type for method M)\n\t\thave M(int)\n\t\twant M()");
    CHECK("(" + missingMethodReason(W, I, mm, w.pkg) + ")" == missingMethodCause(W, I, mm, w.pkg));
    mm = missingMethod(W, tas<Interface>(J->underlying), true);
    CHECK(missingMethodCause(W, J, mm, w.pkg) == "(wrong type for method M)\n\t\thave M(int)\n\t\twant M(int) string");
    mm = missingMethod(T, tas<Interface>(I->underlying), true);
    CHECK(missingMethodCause(T, I, mm, w.pkg) == "(missing method M)");
    CHECK(missingMethodReason(T, I, mm, w.pkg) == "missing method M");
    CHECK(missingMethodCause(T, I, MissingMethod{}, w.pkg) == "");
    CHECK(missingMethod(w.ptrTo(P), tas<Interface>(I->underlying), true).method == nullptr);
    // Non-static (type assertion from interface V): methods V lacks are fine, wrong types are not.
    CHECK(missingMethod(w.ctx.anyType(), tas<Interface>(I->underlying), false).method == nullptr);
    CHECK(missingMethod(w.ctx.anyType(), tas<Interface>(I->underlying), true).method != nullptr);
    CHECK(missingMethod(J, tas<Interface>(I->underlying), false).wrongType);
    CHECK(implementsError(P, I, w.pkg) == "P does not implement I (method M has pointer receiver)");
    CHECK(implementsError(w.ptrTo(P), I, w.pkg) == "");
    CHECK(implementsError(T, i, w.pkg) == "T does not implement int (int is not an interface)");
}

TEST_CASE("assignability") {
    World w;
    Type* i = w.Int();
    Named* MyInt = w.named("MyInt", i);
    Named* MySlice = w.named("MySlice", w.slice(i));
    Named* OtherSlice = w.named("OtherSlice", w.slice(i));
    CHECK(w.reason(i, i) == "OK");
    CHECK(w.reason(MyInt, i) == "");
    CHECK(w.reason(i, MyInt) == "");
    CHECK(w.reason(w.slice(i), MySlice) == "OK");  // one side unnamed
    CHECK(w.reason(MySlice, w.slice(i)) == "OK");
    CHECK(w.reason(MySlice, OtherSlice) == "");  // both named
    CHECK(w.reason(w.ctx.byteType(), w.T(BasicKind::Uint8)) == "OK");
    CHECK(w.reason(w.slice(w.ctx.byteType()), w.slice(w.T(BasicKind::Uint8))) == "OK");
    CHECK(w.reason(w.sig({i}), w.sig({})) == "");
    // Channels: a bidirectional channel to a directional one with the same element.
    Chan* both = w.chan(ChanDir::Both, i);
    CHECK(w.reason(both, w.chan(ChanDir::Recv, i)) == "OK");
    CHECK(w.reason(both, w.chan(ChanDir::Send, i)) == "OK");
    CHECK(w.reason(w.chan(ChanDir::Recv, i), both) == "");
    CHECK(w.reason(w.chan(ChanDir::Send, i), w.chan(ChanDir::Recv, i)) == "");
    CHECK(w.reason(both, w.chan(ChanDir::Recv, w.Str())) == "");
    Named* NamedChan = w.named("NC", both);
    Named* NamedRecv = w.named("NR", w.chan(ChanDir::Recv, i));
    CHECK(w.reason(NamedChan, w.chan(ChanDir::Recv, i)) == "OK");
    CHECK(w.reason(NamedChan, NamedRecv) == "");
    // nil.
    Type* nilT = w.T(BasicKind::UntypedNil);
    CHECK(w.reason(nilT, w.ptrTo(i)) == "OK");
    CHECK(w.reason(nilT, MySlice) == "OK");
    CHECK(w.reason(nilT, w.ctx.errorType()) == "OK");
    CHECK(w.reason(nilT, w.map(i, i)) == "OK");
    CHECK(w.reason(nilT, i) == "");
    CHECK(w.reason(nilT, w.strct({})) == "");
    // Invalid types never produce follow-on errors.
    CHECK(w.reason(w.T(BasicKind::Invalid), i) == "OK");
    CHECK(w.reason(i, w.T(BasicKind::Invalid)) == "OK");
    // Untyped values by class (constants are the checker's business).
    CHECK(w.reason(w.T(BasicKind::UntypedBool), w.named("B", w.T(BasicKind::Bool))) == "OK");
    CHECK(w.reason(w.T(BasicKind::UntypedString), i) == "");
    CHECK(w.reason(w.T(BasicKind::UntypedInt), w.ctx.anyType()) == "OK");
    CHECK(w.reason(w.T(BasicKind::UntypedInt), w.ctx.errorType()) == "");
}

TEST_CASE("convertibility") {
    World w;
    Type* i = w.Int();
    Type* s = w.Str();
    Named* MyInt = w.named("MyInt", i);
    Named* MyStr = w.named("MyStr", s);
    CHECK(convertibleType(MyInt, i));
    CHECK(convertibleType(i, MyInt));
    CHECK(convertibleType(i, w.T(BasicKind::Float32)));
    CHECK(convertibleType(w.T(BasicKind::Float64), w.T(BasicKind::Uint8)));
    CHECK(convertibleType(w.T(BasicKind::Complex64), w.T(BasicKind::Complex128)));
    CHECK(!convertibleType(w.T(BasicKind::Complex64), w.T(BasicKind::Float64)));
    CHECK(!convertibleType(i, w.T(BasicKind::Bool)));
    CHECK(convertibleType(i, s));
    CHECK(convertibleType(w.ctx.runeType(), MyStr));
    CHECK(!convertibleType(w.T(BasicKind::Float64), s));
    CHECK(convertibleType(s, w.slice(w.ctx.byteType())));
    CHECK(convertibleType(MyStr, w.slice(w.ctx.runeType())));
    CHECK(convertibleType(w.slice(w.T(BasicKind::Uint8)), s));
    Named* B = w.named("B", w.ctx.byteType());
    CHECK(convertibleType(w.slice(B), s));  // named byte element
    CHECK(!convertibleType(w.slice(i), s));
    CHECK(!convertibleType(s, w.slice(i)));
    // Structs: identical underlying types ignoring tags; pointers to them.
    Named* S1 = w.named("S1", w.strct({w.field("a", i)}, {"x"}));
    Named* S2 = w.named("S2", w.strct({w.field("a", i)}, {"y"}));
    Named* S3 = w.named("S3", w.strct({w.field("b", i)}));
    CHECK(convertibleType(S1, S2));
    CHECK(!convertibleType(S1, S3));
    CHECK(convertibleType(w.ptrTo(S1), w.ptrTo(S2)));
    CHECK(!convertibleType(w.ptrTo(S1), w.ptrTo(S3)));
    Named* PS1 = w.named("PS1", w.ptrTo(S1));
    CHECK(!convertibleType(PS1, w.ptrTo(S3)));
    // Slices to arrays and array pointers.
    CHECK(convertibleType(w.slice(i), w.array(i, 4)));
    CHECK(convertibleType(w.slice(i), w.ptrTo(w.array(i, 4))));
    CHECK(!convertibleType(w.slice(i), w.array(s, 4)));
    // unsafe.Pointer.
    Type* up = w.T(BasicKind::UnsafePointer);
    CHECK(convertibleType(w.ptrTo(i), up));
    CHECK(convertibleType(up, w.T(BasicKind::Uintptr)));
    CHECK(!convertibleType(up, i));
    // Interfaces.
    CHECK(convertibleType(i, w.ctx.anyType()));
    CHECK(!convertibleType(w.ctx.anyType(), i));
}

TEST_SUITE_END();

// ---------------------------------------------------------------------------
// Labels and terminating statements, on hand-built ASTs. Positions are those
// of the Go programs quoted in the tests, so the expected messages are gc's
// output for them verbatim.

namespace {

struct AstBuilder {
    AstContext ast;
    SourceSet files;
    uint32_t file;
    explicit AstBuilder(const std::string& name) : file(files.add(name, "")) {}

    Pos at(uint32_t line, uint32_t col) { return Pos{file, line, col}; }
    Ident* id(const std::string& name, uint32_t line, uint32_t col) { return ast.make<Ident>(at(line, col), name); }
    // "L:" at line:col labeling s (an implicit empty statement if s is null).
    LabeledStmt* label(const std::string& name, uint32_t line, uint32_t col, Stmt* s) {
        auto* l = ast.make<LabeledStmt>(at(line, col));
        l->label = id(name, line, col);
        l->stmt = s ? s : empty(line, col + static_cast<uint32_t>(name.size()) + 1, true);
        return l;
    }
    EmptyStmt* empty(uint32_t line, uint32_t col, bool implicit = false) {
        auto* e = ast.make<EmptyStmt>(at(line, col));
        e->implicit = implicit;
        return e;
    }
    // A branch statement at line:col; its label (if any) one blank after the keyword.
    BranchStmt* branch(Tok tok, uint32_t line, uint32_t col, const std::string& lbl = "") {
        auto* b = ast.make<BranchStmt>(at(line, col));
        b->tok = tok;
        if (!lbl.empty()) {
            uint32_t kw = tok == Tok::Break ? 5 : tok == Tok::Continue ? 8 : tok == Tok::Goto ? 4 : 11;
            b->label = id(lbl, line, col + kw + 1);
        }
        return b;
    }
    BlockStmt* block(uint32_t line, uint32_t col, std::vector<Stmt*> list) {
        auto* b = ast.make<BlockStmt>(at(line, col));
        b->lbrace = at(line, col);
        b->list = std::move(list);
        return b;
    }
    IfStmt* ifStmt(uint32_t line, uint32_t col, BlockStmt* then, Stmt* els = nullptr) {
        auto* s = ast.make<IfStmt>(at(line, col));
        s->cond = id("true", line, col + 3);
        s->body = then;
        s->elseStmt = els;
        return s;
    }
    ForStmt* forStmt(uint32_t line, uint32_t col, BlockStmt* body, Expr* cond = nullptr) {
        auto* s = ast.make<ForStmt>(at(line, col));
        s->body = body;
        s->cond = cond;
        return s;
    }
    RangeStmt* rangeStmt(uint32_t line, uint32_t col, BlockStmt* body) {
        auto* s = ast.make<RangeStmt>(at(line, col));
        s->x = id("xs", line, col + 10);
        s->body = body;
        return s;
    }
    CaseClause* clause(uint32_t line, uint32_t col, bool isDefault, std::vector<Stmt*> body) {
        auto* c = ast.make<CaseClause>(at(line, col));
        c->isDefault = isDefault;
        if (!isDefault) c->list.push_back(id("true", line, col + 5));
        c->body = std::move(body);
        return c;
    }
    CommClause* comm(uint32_t line, uint32_t col, std::vector<Stmt*> body) {
        auto* c = ast.make<CommClause>(at(line, col));
        c->body = std::move(body);
        return c;
    }
    SwitchStmt* switchStmt(uint32_t line, uint32_t col, std::vector<Stmt*> clauses) {
        auto* s = ast.make<SwitchStmt>(at(line, col));
        s->body = block(line, col + 7, std::move(clauses));
        return s;
    }
    TypeSwitchStmt* typeSwitch(uint32_t line, uint32_t col, std::vector<Stmt*> clauses) {
        auto* s = ast.make<TypeSwitchStmt>(at(line, col));
        s->body = block(line, col + 18, std::move(clauses));
        return s;
    }
    SelectStmt* selectStmt(uint32_t line, uint32_t col, std::vector<Stmt*> clauses) {
        auto* s = ast.make<SelectStmt>(at(line, col));
        s->body = block(line, col + 7, std::move(clauses));
        return s;
    }
    // "a, bb := 1, 2" with ":=" at line:opCol.
    AssignStmt* define(uint32_t line, uint32_t col, std::vector<std::string> names, uint32_t opCol) {
        auto* s = ast.make<AssignStmt>(at(line, col));
        s->tok = Tok::Define;
        uint32_t c = col;
        for (auto& n : names) {
            s->lhs.push_back(id(n, line, c));
            c += static_cast<uint32_t>(n.size()) + 2;
        }
        s->rhs.push_back(ast.make<BasicLit>(at(line, opCol + 3), LitKind::Int, "1"));
        s->opPos = at(line, opCol);
        return s;
    }
    // "var name int" at line:col.
    DeclStmt* varDecl(uint32_t line, uint32_t col, const std::string& name) {
        auto* d = ast.make<DeclStmt>(at(line, col));
        auto* g = ast.make<GenDecl>(at(line, col));
        g->tok = Tok::Var;
        auto* vs = ast.make<ValueSpec>(at(line, col + 4));
        vs->names.push_back(id(name, line, col + 4));
        vs->type = id("int", line, col + 5 + static_cast<uint32_t>(name.size()));
        g->specs.push_back(vs);
        d->decl = g;
        return d;
    }
    ExprStmt* exprStmt(Expr* x) {
        auto* s = ast.make<ExprStmt>(x->pos);
        s->x = x;
        return s;
    }
    // f(args) where f is the identifier `fn` resolved to obj.
    CallExpr* call(const std::string& fn, Object* obj, uint32_t line, uint32_t col) {
        auto* c = ast.make<CallExpr>(at(line, col));
        auto* f = id(fn, line, col);
        f->obj = obj;
        c->fun = f;
        c->args.push_back(
            ast.make<BasicLit>(at(line, col + static_cast<uint32_t>(fn.size()) + 1), LitKind::String, "\"x\""));
        return c;
    }
    ReturnStmt* ret(uint32_t line, uint32_t col) { return ast.make<ReturnStmt>(at(line, col)); }

    std::vector<std::string> check(BlockStmt* body) {
        Diagnostics diags;
        checkLabels(body, files, diags);
        std::vector<std::string> out;
        for (const auto& d : diags.sorted()) out.push_back(files.format(d.pos) + ": " + d.msg);
        return out;
    }
};

std::string joinLines(const std::vector<std::string>& v) {
    std::string s;
    for (const auto& l : v) s += l + "\n";
    return s;
}

}  // namespace

TEST_SUITE_BEGIN("flow");

TEST_CASE("labels: gotos, fallthrough, unused labels (l2.go)") {
    // package main
    //
    // func main() {
    // 	goto Q
    // 	goto A
    // 	if true {
    // 	A:
    // 	} else {
    // 	B:
    // 		goto B
    // 	}
    // 	goto B
    // 	goto C
    // 	a, bb := 1, 2
    // 	_, _ = a, bb
    // C:
    // 	switch {
    // 	case true:
    // 	D:
    // 		fallthrough
    // 		;
    // 	case false:
    // 		{
    // 			fallthrough
    // 		}
    // 	default:
    // 	}
    // 	goto D
    // 	select {
    // 	default:
    // 		fallthrough
    // 	}
    // 	fallthrough
    // E:
    // 	for {
    // 	}
    // }
    AstBuilder b("l2.go");
    std::vector<Stmt*> body{
        b.branch(Tok::Goto, 4, 2, "Q"),
        b.branch(Tok::Goto, 5, 2, "A"),
        b.ifStmt(6, 2, b.block(6, 10, {b.label("A", 7, 2, nullptr)}),
                 b.block(8, 9, {b.label("B", 9, 2, b.branch(Tok::Goto, 10, 3, "B"))})),
        b.branch(Tok::Goto, 12, 2, "B"),
        b.branch(Tok::Goto, 13, 2, "C"),
        b.define(14, 2, {"a", "bb"}, 8),
        b.label("C", 16, 1,
                b.switchStmt(
                    17, 2,
                    {b.clause(18, 2, false, {b.label("D", 19, 2, b.branch(Tok::Fallthrough, 20, 3)), b.empty(21, 3)}),
                     b.clause(22, 2, false, {b.block(23, 3, {b.branch(Tok::Fallthrough, 24, 4)})}),
                     b.clause(26, 2, true, {})})),
        b.branch(Tok::Goto, 28, 2, "D"),
        b.selectStmt(29, 2, {b.comm(30, 2, {b.branch(Tok::Fallthrough, 31, 3)})}),
        b.branch(Tok::Fallthrough, 33, 2),
        b.label("E", 34, 1, b.forStmt(35, 2, b.block(35, 6, {}))),
    };
    CHECK(joinLines(b.check(b.block(3, 13, body))) ==
          "l2.go:4:7: label Q not defined\n"
          "l2.go:5:7: goto A jumps into block starting at l2.go:6:10\n"
          "l2.go:12:7: goto B jumps into block starting at l2.go:8:9\n"
          "l2.go:13:7: goto C jumps over declaration of a, bb at l2.go:14:8\n"
          "l2.go:24:4: fallthrough statement out of place\n"
          "l2.go:28:7: goto D jumps into block starting at l2.go:18:2\n"
          "l2.go:31:3: fallthrough statement out of place\n"
          "l2.go:33:2: fallthrough statement out of place\n"
          "l2.go:34:1: label E defined and not used\n");
}

TEST_CASE("labels: break, continue, duplicates (l1.go)") {
    // func main() {
    // L:
    // 	for {
    // 		break L
    // 	}
    // M:
    // 	x := 1
    // 	_ = x
    // 	goto N
    // 	var y int
    // 	_ = y
    // N:
    // 	{
    // 	P:
    // 	}
    // 	goto P
    // 	for {
    // 		continue M
    // 	}
    // 	break
    // 	continue
    // 	switch {
    // 	case true:
    // 		fallthrough
    // 	}
    // 	var i interface{}
    // 	switch i.(type) {
    // 	case int:
    // 		fallthrough
    // 	default:
    // 	}
    // 	goto Q
    // 	break Z
    // 	continue Z
    // L:
    // 	;
    // }
    AstBuilder b("l1.go");
    std::vector<Stmt*> body{
        b.label("L", 4, 1, b.forStmt(5, 2, b.block(5, 6, {b.branch(Tok::Break, 6, 3, "L")}))),
        b.label("M", 8, 1, b.define(9, 2, {"x"}, 4)),
        b.branch(Tok::Goto, 11, 2, "N"),
        b.varDecl(12, 2, "y"),
        b.label("N", 14, 1, b.block(15, 2, {b.label("P", 16, 2, nullptr)})),
        b.branch(Tok::Goto, 18, 2, "P"),
        b.forStmt(19, 2, b.block(19, 6, {b.branch(Tok::Continue, 20, 3, "M")})),
        b.branch(Tok::Break, 22, 2),
        b.branch(Tok::Continue, 23, 2),
        b.switchStmt(24, 2, {b.clause(25, 2, false, {b.branch(Tok::Fallthrough, 26, 3)})}),
        b.varDecl(28, 2, "i"),
        b.typeSwitch(29, 2, {b.clause(30, 2, false, {b.branch(Tok::Fallthrough, 31, 3)}), b.clause(32, 2, true, {})}),
        b.branch(Tok::Goto, 34, 2, "Q"),
        b.branch(Tok::Break, 35, 2, "Z"),
        b.branch(Tok::Continue, 36, 2, "Z"),
        b.label("L", 37, 1, b.empty(38, 2)),
    };
    CHECK(joinLines(b.check(b.block(3, 13, body))) ==
          "l1.go:11:7: goto N jumps over declaration of y at l1.go:12:6\n"
          "l1.go:18:7: goto P jumps into block starting at l1.go:15:2\n"
          "l1.go:20:12: invalid continue label M\n"
          "l1.go:22:2: break is not in a loop, switch, or select\n"
          "l1.go:23:2: continue is not in a loop\n"
          "l1.go:26:3: cannot fallthrough final case in switch\n"
          "l1.go:31:3: cannot fallthrough in type switch\n"
          "l1.go:34:7: label Q not defined\n"
          "l1.go:35:8: break label not defined: Z\n"
          "l1.go:36:11: continue label not defined: Z\n"
          "l1.go:37:1: label L already defined at l1.go:4:1\n");
}

TEST_CASE("labels: valid programs and more errors (t3.go)") {
    // func main() {
    // L:
    // 	if true {
    // 		break L
    // 	}
    // M:
    // 	{
    // 		continue M
    // 	}
    // 	for {
    // 	N:
    // 		switch {
    // 		case true:
    // 			break N
    // 		}
    // 	}
    // 	goto O
    // O:
    // 	var z int
    // 	goto R
    // 	{
    // 		var q int
    // 	}
    // R:
    // 	switch {
    // 	case true:
    // 		fallthrough
    // 	case false:
    // 		if true {
    // 			fallthrough
    // 		}
    // 		fallthrough
    // 		_ = 1
    // 	default:
    // 	}
    // 	goto S
    // S:
    // 	goto _
    // }
    AstBuilder b("t3.go");
    auto* assign = b.ast.make<AssignStmt>(b.at(40, 3));
    assign->tok = Tok::Assign;
    std::vector<Stmt*> body{
        b.label("L", 4, 1, b.ifStmt(5, 2, b.block(5, 10, {b.branch(Tok::Break, 6, 3, "L")}))),
        b.label("M", 8, 1, b.block(9, 2, {b.branch(Tok::Continue, 10, 3, "M")})),
        b.forStmt(
            12, 2,
            b.block(12, 6,
                    {b.label("N", 13, 2,
                             b.switchStmt(14, 3, {b.clause(15, 3, false, {b.branch(Tok::Break, 16, 4, "N")})}))})),
        b.branch(Tok::Goto, 22, 2, "O"),
        b.label("O", 23, 1, b.varDecl(24, 2, "z")),
        b.branch(Tok::Goto, 26, 2, "R"),
        b.block(27, 2, {b.varDecl(28, 3, "q")}),
        b.label("R", 31, 1,
                b.switchStmt(32, 2,
                             {b.clause(33, 2, false, {b.branch(Tok::Fallthrough, 34, 3)}),
                              b.clause(35, 2, false,
                                       {b.ifStmt(36, 3, b.block(36, 11, {b.branch(Tok::Fallthrough, 37, 4)})),
                                        b.branch(Tok::Fallthrough, 39, 3), assign}),
                              b.clause(41, 2, true, {})})),
        b.branch(Tok::Goto, 43, 2, "S"),
        b.label("S", 44, 1, b.branch(Tok::Goto, 45, 2, "_")),
    };
    CHECK(joinLines(b.check(b.block(3, 13, body))) ==
          "t3.go:6:9: invalid break label L\n"
          "t3.go:10:12: invalid continue label M\n"
          "t3.go:37:4: fallthrough statement out of place\n"
          "t3.go:39:3: fallthrough statement out of place\n"
          "t3.go:45:7: label _ not defined\n");
}

TEST_CASE("labels: range loops, backward gotos, select break") {
    AstBuilder b("x.go");
    // L: for range xs { continue L }; goto L (backward, over no declaration after L); select { default: break }
    std::vector<Stmt*> body{
        b.label("L", 2, 1, b.rangeStmt(3, 2, b.block(3, 20, {b.branch(Tok::Continue, 4, 3, "L")}))),
        b.define(5, 2, {"v"}, 4),
        b.branch(Tok::Goto, 6, 2, "L"),
        b.selectStmt(7, 2, {b.comm(8, 2, {b.branch(Tok::Break, 9, 3)})}),
        b.switchStmt(10, 2, {b.clause(11, 2, false, {b.branch(Tok::Continue, 12, 3)})}),
    };
    CHECK(joinLines(b.check(b.block(1, 13, body))) == "x.go:12:3: continue is not in a loop\n");
    CHECK(b.check(b.block(1, 1, {})).empty());
}

TEST_CASE("isTerminating") {
    World w;
    Object* panicObj = w.ctx.universe()->lookup("panic");
    Object* printObj = w.ctx.universe()->lookup("print");
    AstBuilder b("t.go");
    auto panicStmt = [&] { return b.exprStmt(b.call("panic", panicObj, 2, 2)); };
    auto printStmt = [&] { return b.exprStmt(b.call("print", printObj, 2, 2)); };
    Expr* cond = b.id("c", 1, 1);

    CHECK(isTerminating(b.ret(1, 1)));
    CHECK(isTerminating(panicStmt()));
    CHECK(!isTerminating(printStmt()));
    // panic shadowed by a user function is not the builtin.
    auto* userPanic = w.ctx.newObject<Func>("panic", w.sig({}), Pos{}, w.pkg);
    CHECK(!isTerminating(b.exprStmt(b.call("panic", userPanic, 2, 2))));
    // (panic)("x") and (panic("x"))
    auto* c = b.call("panic", panicObj, 3, 2);
    auto* pf = b.ast.make<ParenExpr>(b.at(3, 1));
    pf->x = c->fun;
    c->fun = pf;
    CHECK(isTerminating(b.exprStmt(c)));
    auto* pc = b.ast.make<ParenExpr>(b.at(3, 1));
    pc->x = b.call("panic", panicObj, 3, 2);
    CHECK(isTerminating(b.exprStmt(pc)));
    CHECK(isTerminating(b.branch(Tok::Goto, 1, 1, "L")));
    CHECK(isTerminating(b.branch(Tok::Fallthrough, 1, 1)));
    CHECK(!isTerminating(b.branch(Tok::Break, 1, 1)));
    CHECK(!isTerminating(b.define(1, 1, {"x"}, 3)));
    // Blocks: the last non-empty statement.
    CHECK(isTerminating(b.block(1, 1, {printStmt(), b.ret(2, 1), b.empty(3, 1)})));
    CHECK(!isTerminating(b.block(1, 1, {b.ret(2, 1), printStmt()})));
    CHECK(!isTerminating(b.block(1, 1, {})));
    CHECK(isTerminatingList({printStmt(), b.ret(2, 1), b.empty(3, 1, true)}));
    CHECK(!isTerminatingList({}));
    // if: needs an else, both terminating.
    CHECK(!isTerminating(b.ifStmt(1, 1, b.block(1, 1, {b.ret(1, 1)}))));
    CHECK(isTerminating(b.ifStmt(1, 1, b.block(1, 1, {b.ret(1, 1)}), b.block(1, 1, {panicStmt()}))));
    CHECK(isTerminating(b.ifStmt(1, 1, b.block(1, 1, {b.ret(1, 1)}),
                                 b.ifStmt(1, 1, b.block(1, 1, {b.ret(1, 1)}), b.block(1, 1, {b.ret(1, 1)})))));
    CHECK(!isTerminating(b.ifStmt(1, 1, b.block(1, 1, {b.ret(1, 1)}), b.ifStmt(1, 1, b.block(1, 1, {b.ret(1, 1)})))));
    // for: no condition and no break.
    CHECK(isTerminating(b.forStmt(1, 1, b.block(1, 1, {}))));
    CHECK(!isTerminating(b.forStmt(1, 1, b.block(1, 1, {}), cond)));
    CHECK(!isTerminating(b.forStmt(1, 1, b.block(1, 1, {b.branch(Tok::Break, 1, 1)}))));
    CHECK(
        !isTerminating(b.forStmt(1, 1, b.block(1, 1, {b.ifStmt(1, 1, b.block(1, 1, {b.branch(Tok::Break, 1, 1)}))}))));
    // A break of an inner loop/switch/select does not count; a labeled break of the outer does.
    CHECK(
        isTerminating(b.forStmt(1, 1, b.block(1, 1, {b.forStmt(1, 1, b.block(1, 1, {b.branch(Tok::Break, 1, 1)}))}))));
    CHECK(isTerminating(
        b.forStmt(1, 1, b.block(1, 1, {b.switchStmt(1, 1, {b.clause(1, 1, true, {b.branch(Tok::Break, 1, 1)})})}))));
    CHECK(isTerminating(b.label(
        "L", 1, 1,
        b.forStmt(1, 1, b.block(1, 1, {b.switchStmt(1, 1, {b.clause(1, 1, true, {b.branch(Tok::Break, 1, 1)})})})))));
    CHECK(!isTerminating(b.label(
        "L", 1, 1,
        b.forStmt(1, 1,
                  b.block(1, 1, {b.switchStmt(1, 1, {b.clause(1, 1, true, {b.branch(Tok::Break, 1, 1, "L")})})})))));
    CHECK(!isTerminating(
        b.label("L", 1, 1,
                b.forStmt(1, 1, b.block(1, 1, {b.forStmt(1, 1, b.block(1, 1, {b.branch(Tok::Break, 1, 1, "L")}))})))));
    CHECK(isTerminating(
        b.label("L", 1, 1,
                b.forStmt(1, 1, b.block(1, 1, {b.forStmt(1, 1, b.block(1, 1, {b.branch(Tok::Break, 1, 1, "M")}))})))));
    // range loops are never terminating.
    CHECK(!isTerminating(b.rangeStmt(1, 1, b.block(1, 1, {}))));
    // switch: a default, every clause terminating (fallthrough counts), no break.
    CHECK(isTerminating(b.switchStmt(
        1, 1, {b.clause(1, 1, false, {b.branch(Tok::Fallthrough, 1, 1)}), b.clause(1, 1, true, {b.ret(1, 1)})})));
    CHECK(!isTerminating(b.switchStmt(1, 1, {b.clause(1, 1, false, {b.ret(1, 1)})})));
    CHECK(!isTerminating(b.switchStmt(1, 1, {b.clause(1, 1, false, {b.ret(1, 1)}), b.clause(1, 1, true, {})})));
    CHECK(!isTerminating(b.switchStmt(
        1, 1, {b.clause(1, 1, true, {b.ifStmt(1, 1, b.block(1, 1, {b.branch(Tok::Break, 1, 1)})), b.ret(1, 1)})})));
    CHECK(isTerminating(b.typeSwitch(1, 1, {b.clause(1, 1, true, {panicStmt()})})));
    CHECK(!isTerminating(b.label(
        "L", 1, 1,
        b.typeSwitch(1, 1,
                     {b.clause(1, 1, true,
                               {b.forStmt(1, 1, b.block(1, 1, {b.branch(Tok::Break, 1, 1, "L")})), b.ret(1, 1)})}))));
    // select: every clause terminating, no break; an empty select blocks forever.
    CHECK(isTerminating(b.selectStmt(1, 1, {})));
    CHECK(isTerminating(b.selectStmt(1, 1, {b.comm(1, 1, {b.ret(1, 1)}), b.comm(1, 1, {panicStmt()})})));
    CHECK(!isTerminating(b.selectStmt(1, 1, {b.comm(1, 1, {b.ret(1, 1)}), b.comm(1, 1, {})})));
    CHECK(!isTerminating(b.selectStmt(1, 1, {b.comm(1, 1, {b.branch(Tok::Break, 1, 1), b.ret(1, 1)})})));
    // A labeled statement passes its label on.
    CHECK(isTerminating(b.label("L", 1, 1, b.ret(1, 1))));
    CHECK(!isTerminating(nullptr));
}

// The same checks on parsed source: the parser's positions ('{' of blocks,
// ":=" of definitions, "case" of clauses) are the ones gc reports.

namespace {

std::string checkLabelsOf(const std::string& name, const std::string& src) {
    SourceSet files;
    uint32_t id = files.add(name, src);
    AstContext ast;
    Diagnostics diags;
    File* f = parseFile(ast, files.file(id), diags);
    if (!f) return "parse error";
    for (Decl* d : f->decls)
        if (auto* fd = as<FuncDecl>(d); fd && fd->body) checkLabels(fd->body, files, diags);
    std::string out;
    for (const auto& d : diags.sorted()) out += files.format(d.pos) + ": " + d.msg + "\n";
    return out;
}

}  // namespace

TEST_CASE("flow: labels in parsed source") {
    const std::string src = R"(package main

func main() {
	goto Q
	goto A
	if true {
	A:
	} else {
	B:
		goto B
	}
	goto B
	goto C
	a, bb := 1, 2
	_, _ = a, bb
C:
	switch {
	case true:
	D:
		fallthrough
		;
	case false:
		{
			fallthrough
		}
	default:
	}
	goto D
	select {
	default:
		fallthrough
	}
	fallthrough
E:
	for {
	}
}

func f(xs []int) {
	goto N
	var y, z int
	_, _ = y, z
N:
	for range xs {
		var i interface{}
		switch i.(type) {
		case int:
			fallthrough
		default:
			continue
		}
	}
	switch {
	case false:
		fallthrough
	}
}
)";
    CHECK(checkLabelsOf("l2.go", src) ==
          "l2.go:4:7: label Q not defined\n"
          "l2.go:5:7: goto A jumps into block starting at l2.go:6:10\n"
          "l2.go:12:7: goto B jumps into block starting at l2.go:8:9\n"
          "l2.go:13:7: goto C jumps over declaration of a, bb at l2.go:14:8\n"
          "l2.go:24:4: fallthrough statement out of place\n"
          "l2.go:28:7: goto D jumps into block starting at l2.go:18:2\n"
          "l2.go:31:3: fallthrough statement out of place\n"
          "l2.go:33:2: fallthrough statement out of place\n"
          "l2.go:34:1: label E defined and not used\n"
          "l2.go:40:7: goto N jumps over declaration of y at l2.go:41:6\n"
          "l2.go:48:4: cannot fallthrough in type switch\n"
          "l2.go:55:3: cannot fallthrough final case in switch\n");
}

TEST_SUITE_END();
