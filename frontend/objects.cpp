// objects.cpp — scopes and the TypeContext's arenas (go/types scope.go, package.go).
//
// A Scope maps names to objects and remembers insertion order (for
// deterministic iteration). lookupParent implements go/types' LookupParent
// position rule for LOCAL scopes only: an object declared in a block is not
// visible before its declaring identifier. Package, file and universe scopes
// are exempt (package-level declarations are visible everywhere in the
// package, whatever their order). A scope is non-local when it is the
// universe (no parent), a package scope (its parent is the universe) or a
// file scope (its grandparent is the universe) and is not a function scope.
#include "frontend/objects.h"

namespace gomini::frontend {

Object* Scope::lookup(const std::string& name) const {
    auto it = elems_.find(name);
    return it == elems_.end() ? nullptr : it->second;
}

Object* Scope::lookupParent(const std::string& name, Pos pos, Scope** where) const {
    // Depth of this scope below the universe (universe = 0).
    int depth = 0;
    for (const Scope* s = parent_; s; s = s->parent_) depth++;
    for (const Scope* s = this; s; s = s->parent_, depth--) {
        Object* obj = s->lookup(name);
        if (!obj) continue;
        bool local = depth > 2 || s->isFunc;
        if (local && pos.valid() && obj->pos.valid() && obj->pos > pos) continue;
        if (where) *where = const_cast<Scope*>(s);
        return obj;
    }
    if (where) *where = nullptr;
    return nullptr;
}

Object* Scope::insert(Object* obj) {
    auto [it, inserted] = elems_.emplace(obj->name, obj);
    if (!inserted) return it->second;
    order_.push_back(obj);
    if (!obj->parent) obj->parent = this;
    return nullptr;
}

Scope* TypeContext::newScope(Scope* parent, Pos pos, Pos end, std::string comment) {
    auto s = std::make_unique<Scope>(parent, pos, end, std::move(comment));
    Scope* raw = s.get();
    scopes_.push_back(std::move(s));
    if (parent) parent->addChild(raw);
    return raw;
}

Package* TypeContext::newPackage(std::string path, std::string name) {
    auto p = std::make_unique<Package>();
    p->path = std::move(path);
    p->name = std::move(name);
    p->scope = newScope(universe_, {}, {}, "package " + p->name);
    Package* raw = p.get();
    packages_.push_back(std::move(p));
    return raw;
}

const constant::Value* TypeContext::internValue(constant::Value v) {
    values_.push_back(std::make_unique<constant::Value>(std::move(v)));
    return values_.back().get();
}

TypeContext::~TypeContext() = default;

}  // namespace gomini::frontend
