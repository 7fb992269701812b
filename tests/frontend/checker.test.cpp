// checker.test.cpp — the type checker (frontend/check*.cpp, initorder.cpp,
// driver.cpp) beyond what the .go conformance programs show: what it records
// in the AST for the compiler (types, constant values, identifier objects,
// implicit type-switch variables, initialization order), exact messages and
// positions of errors that are easy to get subtly wrong, and that every
// expression of every valid test program comes out fully typed.
#include <doctest/doctest.h>

#include <chrono>
#include <filesystem>
#include <fstream>
#include <functional>
#include <map>
#include <sstream>
#include <unordered_map>

#include "frontend/check.h"
#include "frontend/driver.h"
#include "cli/stdlib_source.h"
#include "stdlib/registry.h"

using namespace gomini::frontend;
namespace fs = std::filesystem;

namespace {

// A tiny stand-in stdlib, so that these tests do not depend on the real one.
std::vector<PackageFileSource> fakeStdlib(std::string_view path) {
    if (path == "fmt") {
        return {{"<stdlib>/fmt/fmt.go",
                 "package fmt\n\nfunc Println(a ...any) (n int, err error)\n"
                 "func Sprint(a ...any) string\n"
                 "type Stringer interface{ String() string }\n"}};
    }
    if (path == "strings") {
        return {{"<stdlib>/strings/strings.go",
                 "package strings\n\nfunc ToUpper(s string) string { return s }\n"
                 "type Builder struct{ buf []byte }\n"
                 "func (b *Builder) WriteString(s string) (int, error) { b.buf = append(b.buf, s...); return len(s), nil }\n"
                 "func (b *Builder) String() string { return string(b.buf) }\n"}};
    }
    return {};
}

struct Checked {
    std::unique_ptr<Driver> d;
    bool ok = false;
    std::vector<Diagnostic> errs;
    Package* pkg() const { return d->mainPackage(); }
    std::string errors() const {
        std::string s;
        for (auto& e : errs) s += d->sources().format(e.pos) + ": " + e.msg + "\n";
        return s;
    }
    Object* obj(const std::string& name) const { return pkg()->scope->lookup(name); }
};

Checked check(const std::string& src, DriverOptions opts = {}) {
    Checked c;
    c.d = std::make_unique<Driver>(fakeStdlib, opts);
    c.ok = c.d->checkFile("t.go", src);
    c.errs = c.d->diags().sorted();
    return c;
}

// Visits n and every node below it (explicit stack: no recursion).
void walk(Node* root, const std::function<void(Node*)>& f) {
    std::vector<Node*> stack{root};
    auto push = [&](Node* n) {
        if (n) stack.push_back(n);
    };
    auto pushAll = [&](auto& v) {
        for (auto it = v.rbegin(); it != v.rend(); ++it) push(*it);
    };
    while (!stack.empty()) {
        Node* n = stack.back();
        stack.pop_back();
        f(n);
        switch (n->kind) {
        case NodeKind::Ellipsis: push(cast<Ellipsis>(n)->elt); break;
        case NodeKind::CompositeLit: push(cast<CompositeLit>(n)->litType); pushAll(cast<CompositeLit>(n)->elts); break;
        case NodeKind::FuncLit: push(cast<FuncLit>(n)->sig); push(cast<FuncLit>(n)->body); break;
        case NodeKind::ParenExpr: push(cast<ParenExpr>(n)->x); break;
        case NodeKind::SelectorExpr: push(cast<SelectorExpr>(n)->x); push(cast<SelectorExpr>(n)->sel); break;
        case NodeKind::IndexExpr: push(cast<IndexExpr>(n)->x); pushAll(cast<IndexExpr>(n)->indices); break;
        case NodeKind::SliceExpr: {
            auto* s = cast<SliceExpr>(n);
            push(s->x); push(s->lo); push(s->hi); push(s->max);
            break;
        }
        case NodeKind::TypeAssertExpr: push(cast<TypeAssertExpr>(n)->x); push(cast<TypeAssertExpr>(n)->assertType); break;
        case NodeKind::CallExpr: push(cast<CallExpr>(n)->fun); pushAll(cast<CallExpr>(n)->args); break;
        case NodeKind::StarExpr: push(cast<StarExpr>(n)->x); break;
        case NodeKind::UnaryExpr: push(cast<UnaryExpr>(n)->x); break;
        case NodeKind::BinaryExpr: push(cast<BinaryExpr>(n)->x); push(cast<BinaryExpr>(n)->y); break;
        case NodeKind::KeyValueExpr: push(cast<KeyValueExpr>(n)->key); push(cast<KeyValueExpr>(n)->value); break;
        case NodeKind::ArrayType: push(cast<ArrayType>(n)->len); push(cast<ArrayType>(n)->elt); break;
        case NodeKind::StructType: push(cast<StructType>(n)->fields); break;
        case NodeKind::FuncType: push(cast<FuncType>(n)->params); push(cast<FuncType>(n)->results); break;
        case NodeKind::InterfaceType: push(cast<InterfaceType>(n)->methods); break;
        case NodeKind::MapType: push(cast<MapType>(n)->key); push(cast<MapType>(n)->value); break;
        case NodeKind::ChanType: push(cast<ChanType>(n)->value); break;
        case NodeKind::DeclStmt: push(cast<DeclStmt>(n)->decl); break;
        case NodeKind::LabeledStmt: push(cast<LabeledStmt>(n)->label); push(cast<LabeledStmt>(n)->stmt); break;
        case NodeKind::ExprStmt: push(cast<ExprStmt>(n)->x); break;
        case NodeKind::SendStmt: push(cast<SendStmt>(n)->chan); push(cast<SendStmt>(n)->value); break;
        case NodeKind::IncDecStmt: push(cast<IncDecStmt>(n)->x); break;
        case NodeKind::AssignStmt: pushAll(cast<AssignStmt>(n)->lhs); pushAll(cast<AssignStmt>(n)->rhs); break;
        case NodeKind::GoStmt: push(cast<GoStmt>(n)->call); break;
        case NodeKind::DeferStmt: push(cast<DeferStmt>(n)->call); break;
        case NodeKind::ReturnStmt: pushAll(cast<ReturnStmt>(n)->results); break;
        case NodeKind::BranchStmt: push(cast<BranchStmt>(n)->label); break;
        case NodeKind::BlockStmt: pushAll(cast<BlockStmt>(n)->list); break;
        case NodeKind::IfStmt: {
            auto* s = cast<IfStmt>(n);
            push(s->init); push(s->cond); push(s->body); push(s->elseStmt);
            break;
        }
        case NodeKind::CaseClause: pushAll(cast<CaseClause>(n)->list); pushAll(cast<CaseClause>(n)->body); break;
        case NodeKind::SwitchStmt: push(cast<SwitchStmt>(n)->init); push(cast<SwitchStmt>(n)->tag); push(cast<SwitchStmt>(n)->body); break;
        case NodeKind::TypeSwitchStmt:
            push(cast<TypeSwitchStmt>(n)->init); push(cast<TypeSwitchStmt>(n)->assign); push(cast<TypeSwitchStmt>(n)->body);
            break;
        case NodeKind::CommClause: push(cast<CommClause>(n)->comm); pushAll(cast<CommClause>(n)->body); break;
        case NodeKind::SelectStmt: push(cast<SelectStmt>(n)->body); break;
        case NodeKind::ForStmt: {
            auto* s = cast<ForStmt>(n);
            push(s->init); push(s->cond); push(s->post); push(s->body);
            break;
        }
        case NodeKind::RangeStmt: {
            auto* s = cast<RangeStmt>(n);
            push(s->key); push(s->value); push(s->x); push(s->body);
            break;
        }
        case NodeKind::ImportSpec: push(cast<ImportSpec>(n)->name); break;
        case NodeKind::ValueSpec: pushAll(cast<ValueSpec>(n)->names); push(cast<ValueSpec>(n)->type); pushAll(cast<ValueSpec>(n)->values); break;
        case NodeKind::TypeSpec: push(cast<TypeSpec>(n)->name); push(cast<TypeSpec>(n)->type); break;
        case NodeKind::GenDecl: pushAll(cast<GenDecl>(n)->specs); break;
        case NodeKind::FuncDecl: {
            auto* d = cast<FuncDecl>(n);
            push(d->recv); push(d->name); push(d->sig); push(d->body);
            break;
        }
        case NodeKind::Field: pushAll(cast<Field>(n)->names); push(cast<Field>(n)->type); break;
        case NodeKind::FieldList: pushAll(cast<FieldList>(n)->list); break;
        case NodeKind::File: pushAll(cast<File>(n)->decls); break;
        default: break;
        }
    }
}

// Every expression of a checked valid program must be fully typed for the
// compiler. Returns a description of the first few violations.
std::string typedAstProblems(Package* pkg, const SourceSet& files) {
    std::ostringstream os;
    int problems = 0;
    // Identifiers that are not expressions: declared names, selector names,
    // labels, import names, struct literal field keys.
    std::unordered_map<Node*, bool> notExpr;
    for (File* f : pkg->files) {
        walk(f, [&](Node* n) {
            switch (n->kind) {
            case NodeKind::SelectorExpr: notExpr[cast<SelectorExpr>(n)->sel] = true; break;
            case NodeKind::LabeledStmt: notExpr[cast<LabeledStmt>(n)->label] = true; break;
            case NodeKind::BranchStmt: notExpr[cast<BranchStmt>(n)->label] = true; break;
            case NodeKind::ImportSpec: notExpr[cast<ImportSpec>(n)->name] = true; break;
            case NodeKind::ValueSpec: for (auto* id : cast<ValueSpec>(n)->names) notExpr[id] = true; break;
            case NodeKind::TypeSpec: notExpr[cast<TypeSpec>(n)->name] = true; break;
            case NodeKind::FuncDecl: notExpr[cast<FuncDecl>(n)->name] = true; break;
            case NodeKind::Field: for (auto* id : cast<Field>(n)->names) notExpr[id] = true; break;
            case NodeKind::KeyValueExpr: notExpr[n] = true; break;
            case NodeKind::ArrayType:
                if (auto* a = cast<ArrayType>(n); a->len && is<Ellipsis>(a->len) && !cast<Ellipsis>(a->len)->elt)
                    notExpr[a->len] = true;
                break;
            case NodeKind::AssignStmt:
                if (cast<AssignStmt>(n)->tok == Tok::Define)
                    for (auto* l : cast<AssignStmt>(n)->lhs) notExpr[l] = true;
                break;
            case NodeKind::RangeStmt:
                if (cast<RangeStmt>(n)->tok == Tok::Define) {
                    notExpr[cast<RangeStmt>(n)->key] = true;
                    notExpr[cast<RangeStmt>(n)->value] = true;
                }
                break;
            case NodeKind::TypeSwitchStmt:
                if (auto* a = as<AssignStmt>(cast<TypeSwitchStmt>(n)->assign)) notExpr[a->lhs[0]] = true;
                break;
            default: break;
            }
        });
    }
    for (File* f : pkg->files) {
        walk(f, [&](Node* n) {
            if (problems >= 5) return;
            auto* e = as<Expr>(n);
            if (!e) return;
            auto report = [&](const std::string& what) {
                problems++;
                os << files.format(e->pos) << ": " << nodeKindName(e->kind) << ": " << what << "\n";
            };
            if (auto* id = as<Ident>(e); id && id->name != "_" && !id->obj && !notExpr.count(e)) {
                report("identifier " + id->name + " has no object");
            }
            if (notExpr.count(e)) return;
            if (auto* id = as<Ident>(e); id && (id->name == "_" || isObj<PkgName>(id->obj))) return;
            if (e->mode == Mode::Invalid) return report("mode Invalid");
            if (!e->type && e->mode != Mode::NoValue && e->mode != Mode::Builtin) return report("no type");
            if (e->type && isUntyped(e->type) && static_cast<Basic*>(e->type)->bkind != BasicKind::UntypedNil)
                return report("untyped type " + typeString(e->type));
            if (e->mode == Mode::Constant && !e->value) report("constant without value");
        });
    }
    return os.str();
}

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_SUITE("checker") {
    TEST_CASE("hello world with an import checks clean and marks the import used") {
        auto c = check("package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Println(\"hi\", 1)\n}\n");
        CHECK_MESSAGE(c.ok, c.errors());
        auto* main = asObj<Func>(c.obj("main"));
        REQUIRE(main);
        CHECK(main->sig()->params->vars.empty());
    }

    TEST_CASE("interfaces that mention themselves are identical when their method sets are (bug398)") {
        // Go 1.19 accepts this; comparing I1 and I2 recursed into the same
        // pair of method-result interfaces and used to report a mismatch.
        auto c = check(
            "package main\n\n"
            "type I1 interface{ F() interface{ I1 } }\n"
            "type I2 interface{ F() interface{ I2 } }\n"
            "type I3 interface{ F() interface{ G() } }\n"
            "var V1 I1\nvar V2 I2\nvar V3 I3\n"
            "func main() {\n\t_ = V1 == V2\n\tV1 = V2\n\t_ = V1 == V3\n}\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].pos.line == 12);
        CHECK(c.errs[0].msg == "invalid operation: V1 == V3 (mismatched types I1 and I3)");
    }

    TEST_CASE("untyped constants are exact; overflow is reported on use") {
        auto c = check(
            "package main\n\nconst big = 1 << 100\nconst four = big >> 98\n"
            "var x int = big\n"
            "func main() {}\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].pos.line == 5);
        CHECK(c.errs[0].pos.col == 13);
        CHECK(c.errs[0].msg ==
              "cannot use big (untyped int constant 1267650600228229401496703205376) as int value in variable "
              "declaration (overflows)");
        auto* four = asObj<Const>(c.obj("four"));
        REQUIRE(four);
        CHECK(four->val.exactString() == "4");
        CHECK(typeString(four->type) == "untyped int");
    }

    TEST_CASE("typed constant arithmetic and conversions overflow") {
        auto c = check("package main\n\nconst c int8 = 100\nvar a = c * 2\nvar b = int8(300)\nfunc main() {}\n");
        REQUIRE(c.errs.size() == 2);
        CHECK(c.errs[0].msg == "c * 2 (constant 200 of type int8) overflows int8");
        CHECK(c.errs[1].msg == "constant 300 overflows int8");
    }

    TEST_CASE("iota and implicit repetition of const specs") {
        auto c = check(
            "package main\n\ntype Weekday int\n\nconst (\n\tSunday Weekday = iota\n\tMonday\n\t_\n\tWednesday\n)\n"
            "const (\n\tKB = 1 << (10 * (iota + 1))\n\tMB\n)\nfunc main() {}\n");
        CHECK_MESSAGE(c.ok, c.errors());
        auto* wed = asObj<Const>(c.obj("Wednesday"));
        REQUIRE(wed);
        CHECK(wed->val.exactString() == "3");
        CHECK(typeString(wed->type, c.pkg()) == "Weekday");
        auto* mb = asObj<Const>(c.obj("MB"));
        REQUIRE(mb);
        CHECK(mb->val.exactString() == "1048576");
    }

    TEST_CASE("untyped constants get their final type recorded in the AST") {
        auto c = check("package main\n\nvar f float64 = 1 << 3\nvar g = 2.5 * 2\nfunc main() {}\n");
        CHECK_MESSAGE(c.ok, c.errors());
        auto* file = c.pkg()->files.at(0);
        auto* spec = cast<ValueSpec>(cast<GenDecl>(file->decls[0])->specs[0]);
        Expr* shift = spec->values[0];
        CHECK(shift->mode == Mode::Constant);
        CHECK(typeString(shift->type) == "float64");
        REQUIRE(shift->value);
        CHECK(shift->value->exactString() == "8");
        auto* g = asObj<Var>(c.obj("g"));
        CHECK(typeString(g->type) == "float64");
    }

    TEST_CASE("non-constant shift of an untyped constant takes the type of its context") {
        auto c = check("package main\n\nvar s uint = 2\nvar f float64 = 1 << s\nvar i int64 = 1 << s\nfunc main() {}\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].pos.line == 4);
        CHECK(c.errs[0].msg == "invalid operation: shifted operand 1 (type float64) must be integer");
    }

    TEST_CASE("identifiers point at their objects; promoted fields and methods resolve") {
        auto c = check(
            "package main\n\ntype Base struct{ id int }\nfunc (b *Base) ID() int { return b.id }\n"
            "type Item struct {\n\tBase\n\tname string\n}\n"
            "func main() {\n\tvar it Item\n\tit.id = 3\n\t_ = it.ID()\n\t_ = it.name\n}\n");
        CHECK_MESSAGE(c.ok, c.errors());
        auto* base = asObj<TypeName>(c.obj("Base"));
        REQUIRE(base);
        auto* st = tas<Struct>(under(base->type));
        REQUIRE(st);
        Var* idField = st->fields[0];
        int found = 0;
        walk(c.pkg()->files[0], [&](Node* n) {
            if (auto* s = as<SelectorExpr>(n)) {
                if (s->sel->name == "id" && s->sel->obj == idField) found++;
                if (s->sel->name == "ID") CHECK(isObj<Func>(s->sel->obj));
            }
        });
        CHECK(found == 2);  // b.id in the method and it.id in main
    }

    TEST_CASE("type switch: each clause gets its own implicit variable") {
        auto c = check(
            "package main\n\nfunc f(v any) int {\n\tswitch x := v.(type) {\n\tcase int:\n\t\treturn x\n"
            "\tcase string, bool:\n\t\t_ = x\n\t}\n\treturn 0\n}\nfunc main() {}\n");
        CHECK_MESSAGE(c.ok, c.errors());
        std::vector<CaseClause*> clauses;
        walk(c.pkg()->files[0], [&](Node* n) {
            if (auto* cc = as<CaseClause>(n)) clauses.push_back(cc);
        });
        REQUIRE(clauses.size() == 2);
        REQUIRE(clauses[0]->implicitObj);
        REQUIRE(clauses[1]->implicitObj);
        CHECK(typeString(clauses[0]->implicitObj->type) == "int");
        CHECK(typeString(clauses[1]->implicitObj->type) == "any");
        CHECK(clauses[0]->implicitObj != clauses[1]->implicitObj);
    }

    TEST_CASE("package-level variables are initialized in dependency order") {
        auto c = check(
            "package main\n\nvar a = b + 1\nvar b = f()\nfunc f() int { return c * 2 }\nvar c = 3\n"
            "var d, e = g()\nfunc g() (int, int) { return a, 1 }\nfunc main() {}\n");
        CHECK_MESSAGE(c.ok, c.errors());
        std::string order;
        for (auto& init : c.pkg()->inits) {
            for (Var* v : init.lhs) order += v->name;
            order += ";";
        }
        CHECK(order == "c;b;a;de;");
    }

    TEST_CASE("initialization cycles through functions are reported") {
        auto c = check("package main\n\nvar x = f()\nfunc f() int { return x }\nvar y = y\nfunc main() {}\n");
        REQUIRE(c.errs.size() == 2);
        CHECK(c.errs[0].pos.line == 3);
        CHECK(c.errs[0].msg.rfind("initialization cycle for x\n", 0) == 0);
        CHECK(c.errs[0].msg.find("x refers to\n") != std::string::npos);
        CHECK(c.errs[1].msg == "initialization cycle: y refers to itself");
    }

    TEST_CASE("initialization order stays fast on a dense mutually recursive call graph") {
        // go/types' function elimination is cubic here (gc 1.19 needs minutes on
        // 3,000 such functions); ours condenses the call graph instead.
        std::string src = "package main\n\n";
        const int n = 2000;
        uint32_t seed = 12345;
        auto rnd = [&seed](int m) {
            seed = seed * 1103515245u + 12345u;
            return static_cast<int>((seed >> 8) % static_cast<uint32_t>(m));
        };
        for (int i = 0; i < n; i++) {
            src += "func f" + std::to_string(i) + "(x int) int { if x <= 0 { return g" + std::to_string(i % 20) +
                   " }; return ";
            for (int k = 0; k < 5; k++) src += (k ? " + f" : "f") + std::to_string(rnd(n)) + "(x-1)";
            src += " }\n";
        }
        for (int j = 0; j < 20; j++) src += "var g" + std::to_string(j) + " = " + std::to_string(j) + "\n";
        src += "var total = f0(1) + f1(2)\nvar early = total\nfunc main() { _ = early }\n";
        auto t0 = std::chrono::steady_clock::now();
        auto c = check(src);
        double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        CHECK_MESSAGE(c.ok, c.errors());
        CHECK_MESSAGE(secs < 10.0, "checking took " << secs << " s");
        // g0..g19 first (source order), then total, then early.
        REQUIRE(c.pkg()->inits.size() == 22);
        CHECK(c.pkg()->inits[0].lhs[0]->name == "g0");
        CHECK(c.pkg()->inits[20].lhs[0]->name == "total");
        CHECK(c.pkg()->inits[21].lhs[0]->name == "early");
    }

    TEST_CASE("invalid recursive types; recursion through pointers is fine") {
        auto c = check(
            "package main\n\ntype List struct{ next *List }\ntype T struct{ t T }\ntype A B\ntype B A\n"
            "func main() {}\n");
        REQUIRE(c.errs.size() == 2);
        CHECK(c.errs[0].msg == "invalid recursive type: T refers to itself");
        CHECK(c.errs[1].pos.line == 5);
        CHECK(c.errs[1].msg.rfind("invalid recursive type A\n", 0) == 0);
    }

    TEST_CASE("multi-part messages carry the secondary positions") {
        auto c = check("package main\n\nfunc f() {}\nfunc f() {}\nfunc main() {}\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].pos.line == 4);
        CHECK(c.errs[0].msg == "f redeclared in this block\n\tt.go:3:6: other declaration of f");
    }

    TEST_CASE("calls: argument counts with have/want, variadic spreading, f(g())") {
        auto c = check(
            "package main\n\nfunc f(a, b int) int { return a }\nfunc g() (int, int) { return 1, 2 }\n"
            "func v(p string, xs ...int) {}\n"
            "func main() {\n\t_ = f(g())\n\tv(\"a\")\n\tv(\"a\", 1, 2)\n\tv(\"a\", []int{1}...)\n\t_ = f(1)\n}\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].pos.line == 11);
        CHECK(c.errs[0].msg == "not enough arguments in call to f\n\thave (number)\n\twant (int, int)");
    }

    TEST_CASE("return count errors and missing return") {
        auto c = check("package main\n\nfunc f() int {\n\treturn\n}\nfunc g(x int) int {\n\tif x > 0 {\n\t\treturn 1\n\t}\n}\n"
                       "func main() {}\n");
        REQUIRE(c.errs.size() == 2);
        CHECK(c.errs[0].msg == "not enough return values\n\thave ()\n\twant (int)");
        CHECK(c.errs[1].msg == "missing return");
        CHECK(c.errs[1].pos.line == 10);
        CHECK(c.errs[1].pos.col == 1);
    }

    TEST_CASE("declared and not used, including variables only assigned to (also in closures)") {
        auto c = check("package main\n\nfunc main() {\n\tx := 1\n\tfunc() { x = 2 }()\n\ty := 0\n\ty++\n}\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].msg == "declared and not used: x");
        CHECK(c.errs[0].pos.line == 4);
    }

    TEST_CASE("unused imports, plain and renamed") {
        auto c = check("package main\n\nimport (\n\t\"fmt\"\n\tstr \"strings\"\n)\n\nfunc main() {}\n");
        REQUIRE(c.errs.size() == 2);
        CHECK(c.errs[0].msg == "\"fmt\" imported and not used");
        CHECK(c.errs[1].msg == "\"strings\" imported as str and not used");
    }

    TEST_CASE("an unknown import is reported at its path; uses of it are not") {
        auto c = check("package main\n\nimport \"nosuch/pkg\"\n\nfunc main() { pkg.F() }\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].pos.line == 3);
        CHECK(c.errs[0].pos.col == 8);
        CHECK(c.errs[0].msg == "package nosuch/pkg is not in std");
    }

    TEST_CASE("methods of imported types and pointer-receiver method sets") {
        auto c = check(
            "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\n"
            "func main() {\n\tvar b strings.Builder\n\tb.WriteString(\"x\")\n\tvar s fmt.Stringer = &b\n"
            "\tvar t fmt.Stringer = b\n\t_, _ = s, t\n}\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].pos.line == 12);
        CHECK(c.errs[0].msg ==
              "cannot use b (variable of type strings.Builder) as fmt.Stringer value in variable declaration: "
              "strings.Builder does not implement fmt.Stringer (method String has pointer receiver)");
    }

    TEST_CASE("range over int needs go1.22") {
        const char* src = "package main\n\nfunc main() {\n\tfor i := range 3 {\n\t\t_ = i\n\t}\n}\n";
        CHECK(check(src).ok);
        DriverOptions old;
        old.langMinor = 21;
        auto c = check(src, old);
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].msg == "cannot range over 3 (untyped int constant): requires go1.22 or later");
    }

    TEST_CASE("slice to array conversions need go1.20, to array pointers go1.17") {
        const char* src = "package main\n\nfunc main() {\n\ts := []int{1, 2}\n\ta := [2]int(s)\n"
                          "\tp := (*[2]int)(s)\n\t_, _ = a, p\n}\n";
        CHECK(check(src).ok);
        DriverOptions v19;
        v19.langMinor = 19;
        auto c = check(src, v19);
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].pos.line == 5);
        CHECK(c.errs[0].pos.col == 14);
        CHECK(c.errs[0].msg == "conversion of slice to array requires go1.20 or later (-lang was set to go1.19; check go.mod)");
        DriverOptions v16;
        v16.langMinor = 16;
        c = check(src, v16);
        REQUIRE(c.errs.size() == 2);
        CHECK(c.errs[1].msg ==
              "conversion of slice to array pointer requires go1.17 or later (-lang was set to go1.16; check go.mod)");
    }

    TEST_CASE("gomini run requires func main in package main") {
        DriverOptions run;
        run.requireMain = true;
        auto c = check("package main\n\nfunc helper() {}\n", run);
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].msg == "function main is undeclared in the main package");
        // gomini check accepts library-style files of any package.
        CHECK(check("package lib\n\nfunc Helper() int { return 1 }\n").ok);
    }

    TEST_CASE("errors do not cascade from one invalid operand") {
        auto c = check("package main\n\nfunc main() {\n\tx := undefinedThing + 1\n\ty := x * 2\n\t_ = y\n}\n");
        REQUIRE(c.errs.size() == 1);
        CHECK(c.errs[0].msg == "undefined: undefinedThing");
    }

    TEST_CASE("every expression of every valid test program is fully typed") {
        auto dir = fs::path(GOMINI_SOURCE_DIR) / "tests/go/ok";
        std::vector<fs::path> files;
        for (auto& e : fs::directory_iterator(dir)) {
            if (e.path().extension() == ".go") files.push_back(e.path());
        }
        std::sort(files.begin(), files.end());
        REQUIRE(!files.empty());
        for (auto& p : files) {
            Driver d(gomini::cli::stdlibPackage, DriverOptions{});
            bool ok = d.checkFile(p.filename().string(), slurp(p));
            if (!ok) continue;  // the conformance suite reports those
            std::string problems = typedAstProblems(d.mainPackage(), d.sources());
            CHECK_MESSAGE(problems.empty(), p.filename().string() << ":\n" << problems);
        }
    }
}
