// universe.cpp — the predeclared world (go/types universe.go).
//
// TypeContext() takes the process-wide immutable basic types of types.cpp
// (universeBasic: go/types' names and info bits, "invalid type", "int",
// "untyped int", "unsafe.Pointer", ...; the byte and rune aliases, Basic
// objects of kind Uint8/Int32 that print as "byte"/"rune" — identical()
// compares basic kinds, never pointers) and creates:
//   * the universe scope: every predeclared type name, any (alias of an
//     interface{} that prints "any"), error (a Named type whose underlying is
//     interface{ Error() string }), comparable (a Named constraint interface),
//     the constants true, false and iota, nil, and the builtin functions.
#include "frontend/objects.h"

namespace gomini::frontend {

namespace {

struct BuiltinDef {
    const char* name;
    BuiltinId id;
};

const BuiltinDef kBuiltins[] = {
    {"append", BuiltinId::Append},   {"cap", BuiltinId::Cap},         {"clear", BuiltinId::Clear},
    {"close", BuiltinId::Close},     {"complex", BuiltinId::Complex}, {"copy", BuiltinId::Copy},
    {"delete", BuiltinId::Delete},   {"imag", BuiltinId::Imag},       {"len", BuiltinId::Len},
    {"make", BuiltinId::Make},       {"max", BuiltinId::Max},         {"min", BuiltinId::Min},
    {"new", BuiltinId::New},         {"panic", BuiltinId::Panic},     {"print", BuiltinId::Print},
    {"println", BuiltinId::Println}, {"real", BuiltinId::Real},       {"recover", BuiltinId::Recover},
};

}  // namespace

TypeContext::TypeContext() {
    // The basic types and any are process-wide immutable singletons (types.cpp).
    for (int k = 0; k <= static_cast<int>(BasicKind::UntypedNil); k++)
        typ_[k] = universeBasic(static_cast<BasicKind>(k));
    byte_ = universeByte();
    rune_ = universeRune();

    universe_ = newScope(nullptr, {}, {}, "universe");
    auto declare = [&](Object* obj) { universe_->insert(obj); };

    // Predeclared basic types (not Invalid, not the untyped kinds, not unsafe.Pointer).
    for (int k = static_cast<int>(BasicKind::Bool); k <= static_cast<int>(BasicKind::String); k++) {
        Basic* t = typ_[k];
        declare(newObject<TypeName>(t->name, t, Pos{}, nullptr));
    }
    for (Basic* alias : {byte_, rune_}) {
        auto* tn = newObject<TypeName>(alias->name, alias, Pos{}, nullptr);
        tn->isAlias = true;
        declare(tn);
    }

    // any = interface{}
    any_ = universeAny();
    {
        auto* tn = newObject<TypeName>("any", any_, Pos{}, nullptr);
        tn->isAlias = true;
        declare(tn);
    }

    // type error interface{ Error() string }
    {
        auto* tn = newObject<TypeName>("error", nullptr, Pos{}, nullptr);
        error_ = newType<Named>(tn);
        tn->type = error_;
        auto* res = newType<Tuple>();
        res->vars.push_back(newObject<Var>("", typ_[static_cast<int>(BasicKind::String)], Pos{}, nullptr));
        auto* sig = newType<Signature>();
        sig->recv = newObject<Var>("", error_, Pos{}, nullptr);
        sig->params = newType<Tuple>();
        sig->results = res;
        errorError_ = newObject<Func>("Error", sig, Pos{}, nullptr);
        auto* iface = newType<Interface>();
        iface->methods.push_back(errorError_);
        completeInterface(iface);
        error_->underlying = iface;
        declare(tn);
    }

    // type comparable interface{ comparable }
    {
        auto* tn = newObject<TypeName>("comparable", nullptr, Pos{}, nullptr);
        auto* named = newType<Named>(tn);
        tn->type = named;
        auto* iface = newType<Interface>();
        iface->isComparableConstraint = true;
        completeInterface(iface);
        named->underlying = iface;
        comparable_ = named;
        declare(tn);
    }

    // Constants.
    Basic* untypedBool = typ_[static_cast<int>(BasicKind::UntypedBool)];
    declare(newObject<Const>("true", untypedBool, Pos{}, nullptr, constant::makeBool(true)));
    declare(newObject<Const>("false", untypedBool, Pos{}, nullptr, constant::makeBool(false)));
    iota_ =
        newObject<Const>("iota", typ_[static_cast<int>(BasicKind::UntypedInt)], Pos{}, nullptr, constant::makeInt64(0));
    declare(iota_);

    nil_ = newObject<Nil>(typ_[static_cast<int>(BasicKind::UntypedNil)]);
    declare(nil_);

    for (const auto& b : kBuiltins) declare(newObject<Builtin>(b.name, b.id));
}

}  // namespace gomini::frontend
