// parser.test.cpp — parseFile: AST shapes (ast_dump golden strings), positions,
// gc's syntax error messages, generic rejection, and pathological depth.
#include <doctest/doctest.h>

#include <chrono>
#include <memory>
#include <string>

#include "frontend/ast_dump.h"
#include "frontend/parse.h"

using namespace gomini::frontend;

namespace {

// Parses one file and keeps everything alive for inspection.
struct Parsed {
    SourceSet set;
    AstContext ctx;
    Diagnostics diags;
    File* file = nullptr;

    explicit Parsed(const std::string& src) {
        uint32_t id = set.add("x.go", src);
        file = parseFile(ctx, set.file(id), diags);
    }
    // "line:col: msg" lines, sorted.
    std::string errors() const {
        std::string out;
        for (auto& d : diags.sorted())
            out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": " + d.msg + "\n";
        return out;
    }
};

// The dump of the body of func main() { <stmts> }.
std::string dumpStmts(const std::string& stmts) {
    Parsed p("package main\n\nfunc main() {\n" + stmts + "\n}\n");
    if (!p.file) return "ERROR: " + p.errors();
    auto* fn = as<FuncDecl>(p.file->decls.back());
    std::string out;
    for (Stmt* s : fn->body->list) out += dumpAst(s);
    return out;
}

// The dump of the expression in `var _ = <expr>`.
std::string dumpExpr(const std::string& expr) {
    Parsed p("package main\n\nvar _ = " + expr + "\n");
    if (!p.file) return "ERROR: " + p.errors();
    auto* spec = cast<ValueSpec>(cast<GenDecl>(p.file->decls.back())->specs[0]);
    return dumpAst(spec->values[0]);
}

// The first error for a file.
std::string firstError(const std::string& src) {
    Parsed p(src);
    std::string e = p.errors();
    return e.substr(0, e.find('\n'));
}

std::string repeat(const std::string& s, int n) {
    std::string out;
    out.reserve(s.size() * static_cast<size_t>(n));
    for (int i = 0; i < n; i++) out += s;
    return out;
}

}  // namespace

TEST_CASE("parser: declarations") {
    Parsed p(R"(package p

import (
	"fmt"
	m "math"
)

const (
	A = iota * 2
	B
	C, D = 1, 2
	E
)

type (
	T struct {
		a, b int
		*Emb
		pkg.E2 `tag`
	}
	A2 = []map[string]chan<- *T
)

func (t *T) Get(a, b int, c ...string) (r int, err error)
)");
    REQUIRE(p.file);
    CHECK(dumpAst(p.file) == R"(File
  Ident p
  GenDecl import (group)
    ImportSpec
      BasicLit String "fmt"
    ImportSpec
      name: Ident m
      BasicLit String "math"
  GenDecl const (group)
    ValueSpec iota=0
      Ident A
      value: BinaryExpr *
        Ident iota
        BasicLit Int 2
    ValueSpec iota=1 implicit
      Ident B
    ValueSpec iota=2
      Ident C
      Ident D
      value: BasicLit Int 1
      value: BasicLit Int 2
    ValueSpec iota=3 implicit
      Ident E
  GenDecl type (group)
    TypeSpec
      Ident T
      StructType
        FieldList
          Field
            Ident a
            Ident b
            type: Ident int
          Field
            type: StarExpr
              Ident Emb
          Field
            type: SelectorExpr .E2
              Ident pkg
            tag: BasicLit String `tag`
    TypeSpec alias
      Ident A2
      ArrayType
        elt: MapType
          key: Ident string
          value: ChanType send
            StarExpr
              Ident T
  FuncDecl nobody
    recv: FieldList
      Field
        Ident t
        type: StarExpr
          Ident T
    Ident Get
    FuncType
      params: FieldList
        Field
          Ident a
          Ident b
          type: Ident int
        Field
          Ident c
          type: Ellipsis
            Ident string
      results: FieldList
        Field
          Ident r
          type: Ident int
        Field
          Ident err
          type: Ident error
)");
    // implicitFrom points at the last spec with values.
    auto* consts = cast<GenDecl>(p.file->decls[1]);
    CHECK(cast<ValueSpec>(consts->specs[1])->implicitFrom == consts->specs[0]);
    CHECK(cast<ValueSpec>(consts->specs[3])->implicitFrom == consts->specs[2]);
    CHECK(p.file->imports.size() == 2);
}

TEST_CASE("parser: parameter grouping (gc's rule)") {
    auto params = [](const std::string& sig) {
        Parsed p("package p\nfunc f" + sig + "\n");
        if (!p.file) return "ERROR: " + p.errors();
        return dumpAst(cast<FuncDecl>(p.file->decls[0])->sig->params);
    };
    CHECK(params("(a, b int)") == "FieldList\n  Field\n    Ident a\n    Ident b\n    type: Ident int\n");
    CHECK(params("(int, string)") == "FieldList\n  Field\n    type: Ident int\n  Field\n    type: Ident string\n");
    CHECK(params("(a, b int, c string)") ==
          "FieldList\n  Field\n    Ident a\n    Ident b\n    type: Ident int\n  Field\n    Ident c\n    type: Ident string\n");
    CHECK(params("(p.T, []int)") ==
          "FieldList\n  Field\n    type: SelectorExpr .T\n      Ident p\n  Field\n    type: ArrayType\n      elt: Ident int\n");
    CHECK(params("(...int)") == "FieldList\n  Field\n    type: Ellipsis\n      Ident int\n");
    CHECK(params("(a int, b)") == "ERROR: 2:15: syntax error: mixed named and unnamed parameters\n");
    CHECK(params("(a, b int, c)") == "ERROR: 2:18: syntax error: mixed named and unnamed parameters\n");
}

TEST_CASE("parser: statements") {
    CHECK(dumpStmts("if x := f(); x > 0 {\n} else if y {\n} else {\n}") == R"(IfStmt
  init: AssignStmt :=
    lhs: Ident x
    rhs: CallExpr
      Ident f
  cond: BinaryExpr >
    Ident x
    BasicLit Int 0
  BlockStmt
  else: IfStmt
    cond: Ident y
    BlockStmt
    else: BlockStmt
)");
    CHECK(dumpStmts("for {\n}\nfor x {\n}\nfor i := 0; i < 10; i++ {\ncontinue\n}\nfor ;; {\n}") == R"(ForStmt
  BlockStmt
ForStmt
  cond: Ident x
  BlockStmt
ForStmt
  init: AssignStmt :=
    lhs: Ident i
    rhs: BasicLit Int 0
  cond: BinaryExpr <
    Ident i
    BasicLit Int 10
  post: IncDecStmt ++
    Ident i
  BlockStmt
    BranchStmt continue
ForStmt
  BlockStmt
)");
    CHECK(dumpStmts("for k, v := range m {\n}\nfor range ch {\n}\nfor i = range 10 {\n}") == R"(RangeStmt :=
  key: Ident k
  value: Ident v
  x: Ident m
  BlockStmt
RangeStmt
  x: Ident ch
  BlockStmt
RangeStmt =
  key: Ident i
  x: BasicLit Int 10
  BlockStmt
)");
    CHECK(dumpStmts("switch x := v.(type) {\ncase int, *T:\ndefault:\n}\nswitch y := 1; y {\ncase 1:\n\tfallthrough\n}") ==
          R"(TypeSwitchStmt
  assign: AssignStmt :=
    lhs: Ident x
    rhs: TypeAssertExpr (type)
      Ident v
  BlockStmt
    CaseClause
      case: Ident int
      case: StarExpr
        Ident T
    CaseClause default
SwitchStmt
  init: AssignStmt :=
    lhs: Ident y
    rhs: BasicLit Int 1
  tag: Ident y
  BlockStmt
    CaseClause
      case: BasicLit Int 1
      BranchStmt fallthrough
)");
    CHECK(dumpStmts("select {\ncase v, ok := <-ch:\ncase ch <- 1:\ncase <-done:\ndefault:\n}") == R"(SelectStmt
  BlockStmt
    CommClause
      comm: AssignStmt :=
        lhs: Ident v
        lhs: Ident ok
        rhs: UnaryExpr <-
          Ident ch
    CommClause
      comm: SendStmt
        Ident ch
        BasicLit Int 1
    CommClause
      comm: ExprStmt
        UnaryExpr <-
          Ident done
    CommClause default
)");
    CHECK(dumpStmts("L:\n\tfor {\n\t\tbreak L\n\t}\ngoto L\n{\nM: }\nfunc() {}()") == R"(LabeledStmt
  Ident L
  ForStmt
    BlockStmt
      BranchStmt break
        Ident L
BranchStmt goto
  Ident L
BlockStmt
  LabeledStmt
    Ident M
    EmptyStmt implicit
ExprStmt
  CallExpr
    FuncLit
      FuncType
        params: FieldList
      BlockStmt
)");
    CHECK(dumpStmts("go f(a...)\ndefer g()\nx, y = y, x\nx <<= 2\ni--\nch <- v\nvar s, t int\n{\n}") == R"(GoStmt
  CallExpr ...
    Ident f
    arg: Ident a
DeferStmt
  CallExpr
    Ident g
AssignStmt =
  lhs: Ident x
  lhs: Ident y
  rhs: Ident y
  rhs: Ident x
AssignStmt <<=
  lhs: Ident x
  rhs: BasicLit Int 2
IncDecStmt --
  Ident i
SendStmt
  Ident ch
  Ident v
DeclStmt
  GenDecl var
    ValueSpec iota=0
      Ident s
      Ident t
      type: Ident int
BlockStmt
)");
}

TEST_CASE("parser: expressions and precedence") {
    CHECK(dumpExpr("a + b*c - -d") == R"(BinaryExpr -
  BinaryExpr +
    Ident a
    BinaryExpr *
      Ident b
      Ident c
  UnaryExpr -
    Ident d
)");
    CHECK(dumpExpr("a || b && c == d+e<<f") == R"(BinaryExpr ||
  Ident a
  BinaryExpr &&
    Ident b
    BinaryExpr ==
      Ident c
      BinaryExpr +
        Ident d
        BinaryExpr <<
          Ident e
          Ident f
)");
    CHECK(dumpExpr("1 - 2 - 3") == "BinaryExpr -\n  BinaryExpr -\n    BasicLit Int 1\n    BasicLit Int 2\n  BasicLit Int 3\n");
    CHECK(dumpExpr("*p.x") == "StarExpr\n  SelectorExpr .x\n    Ident p\n");
    CHECK(dumpExpr("(*T)(x)") == "CallExpr\n  ParenExpr\n    StarExpr\n      Ident T\n  arg: Ident x\n");
    CHECK(dumpExpr("[]int{1, 2}[a:b:c]") == R"(SliceExpr 3-index
  CompositeLit
    type: ArrayType
      elt: Ident int
    BasicLit Int 1
    BasicLit Int 2
  lo: Ident a
  hi: Ident b
  max: Ident c
)");
    CHECK(dumpExpr("map[string][]T{\"a\": {{1}}, \"b\": nil}") == R"(CompositeLit
  type: MapType
    key: Ident string
    value: ArrayType
      elt: Ident T
  KeyValueExpr
    key: BasicLit String "a"
    value: CompositeLit
      CompositeLit
        BasicLit Int 1
  KeyValueExpr
    key: BasicLit String "b"
    value: Ident nil
)");
    CHECK(dumpExpr("[...]string{2: \"x\"}") ==
          "CompositeLit\n  type: ArrayType\n    len: Ellipsis\n    elt: Ident string\n  KeyValueExpr\n    key: BasicLit Int 2\n"
          "    value: BasicLit String \"x\"\n");
    CHECK(dumpExpr("&pkg.T{A: 1}") ==
          "UnaryExpr &\n  CompositeLit\n    type: SelectorExpr .T\n      Ident pkg\n    KeyValueExpr\n      key: Ident A\n"
          "      value: BasicLit Int 1\n");
    CHECK(dumpExpr("x.(T).m(1)") ==
          "CallExpr\n  SelectorExpr .m\n    TypeAssertExpr\n      Ident x\n      type: Ident T\n  arg: BasicLit Int 1\n");
    CHECK(dumpExpr("<-chan int(nil)") == "UnaryExpr <-\n  CallExpr\n    ChanType\n      Ident int\n    arg: Ident nil\n");
    CHECK(dumpExpr("[]byte(s)") == "CallExpr\n  ArrayType\n    elt: Ident byte\n  arg: Ident s\n");
    CHECK(dumpExpr("func(x int) int { return x }") == R"(FuncLit
  FuncType
    params: FieldList
      Field
        Ident x
        type: Ident int
    results: FieldList
      Field
        type: Ident int
  BlockStmt
    ReturnStmt
      Ident x
)");
    CHECK(dumpExpr("struct{ a int }{1}") ==
          "CompositeLit\n  type: StructType\n    FieldList\n      Field\n        Ident a\n        type: Ident int\n"
          "  BasicLit Int 1\n");
    CHECK(dumpExpr("make(chan<- int, 1)") ==
          "CallExpr\n  Ident make\n  arg: ChanType send\n    Ident int\n  arg: BasicLit Int 1\n");
    CHECK(dumpExpr("T.m") == "SelectorExpr .m\n  Ident T\n");
    CHECK(dumpExpr("'x' + 1.5i") == "BinaryExpr +\n  BasicLit Char 'x'\n  BasicLit Imag 1.5i\n");
}

TEST_CASE("parser: types") {
    auto typeOf = [](const std::string& t) {
        Parsed p("package p\nvar v " + t + "\n");
        if (!p.file) return "ERROR: " + p.errors();
        return dumpAst(cast<ValueSpec>(cast<GenDecl>(p.file->decls[0])->specs[0])->type);
    };
    CHECK(typeOf("<-chan <-chan int") == "ChanType recv\n  ChanType recv\n    Ident int\n");
    CHECK(typeOf("chan<- chan int") == "ChanType send\n  ChanType\n    Ident int\n");
    CHECK(typeOf("chan (<-chan int)") == "ChanType\n  ParenExpr\n    ChanType recv\n      Ident int\n");
    CHECK(typeOf("func(int) (bool, error)") ==
          "FuncType\n  params: FieldList\n    Field\n      type: Ident int\n  results: FieldList\n    Field\n"
          "      type: Ident bool\n    Field\n      type: Ident error\n");
    CHECK(typeOf("interface{ M(); io.Reader }") ==
          "InterfaceType\n  FieldList\n    Field\n      Ident M\n      type: FuncType\n        params: FieldList\n"
          "    Field\n      type: SelectorExpr .Reader\n        Ident io\n");
    CHECK(typeOf("[N * M]*[]map[K]V") ==
          "ArrayType\n  len: BinaryExpr *\n    Ident N\n    Ident M\n  elt: StarExpr\n    ArrayType\n      elt: MapType\n"
          "        key: Ident K\n        value: Ident V\n");
}

TEST_CASE("parser: composite literals in statement headers") {
    // if x == T { ... }: T{ is not a literal there (spec "parsing ambiguity").
    CHECK(dumpStmts("if x == T {\n}") == "IfStmt\n  cond: BinaryExpr ==\n    Ident x\n    Ident T\n  BlockStmt\n");
    CHECK(dumpStmts("for x := range T {\n}") == "RangeStmt :=\n  key: Ident x\n  x: Ident T\n  BlockStmt\n");
    CHECK(dumpStmts("switch T {\n}") == "SwitchStmt\n  tag: Ident T\n  BlockStmt\n");
    // Parenthesized, or inside brackets or braces, it is a literal again.
    CHECK(dumpStmts("if v := (T{}); v == (T{}) {\n}") == R"(IfStmt
  init: AssignStmt :=
    lhs: Ident v
    rhs: ParenExpr
      CompositeLit
        type: Ident T
  cond: BinaryExpr ==
    Ident v
    ParenExpr
      CompositeLit
        type: Ident T
  BlockStmt
)");
    CHECK(dumpStmts("if f(T{}) {\n}") == "IfStmt\n  cond: CallExpr\n    Ident f\n    arg: CompositeLit\n      type: Ident T\n  BlockStmt\n");
    // Literals with explicit composite types are fine in headers (as in gc).
    CHECK(dumpStmts("for _, v := range []T{{1}} {\n}") == R"(RangeStmt :=
  key: Ident _
  value: Ident v
  x: CompositeLit
    type: ArrayType
      elt: Ident T
    CompositeLit
      BasicLit Int 1
  BlockStmt
)");
    // gc reads "if x == T{} {" as "if x == T" + block "{}" + "{": an error.
    CHECK(firstError("package p\nfunc f() {\n\tif x == T{} {\n\t}\n}\n") == "3:14: syntax error: unexpected { at end of statement");
}

TEST_CASE("parser: positions") {
    Parsed p("package main\n\nvar s = \"h\xC3\xA9llo\" + x\n\nfunc main() {\n\tf(a)[i].y = 1\n}\n");
    REQUIRE(p.file);
    auto* spec = cast<ValueSpec>(cast<GenDecl>(p.file->decls[0])->specs[0]);
    auto* bin = cast<BinaryExpr>(spec->values[0]);
    CHECK(bin->pos == Pos{1, 3, 9});
    CHECK(bin->opPos == Pos{1, 3, 18});  // byte column: "é" is two bytes
    CHECK(bin->y->pos == Pos{1, 3, 20});
    auto* fn = cast<FuncDecl>(p.file->decls[1]);
    CHECK(fn->pos == Pos{1, 5, 1});
    CHECK(fn->sig->params->open == Pos{1, 5, 10});
    CHECK(fn->sig->params->close == Pos{1, 5, 11});
    CHECK(fn->body->lbrace == Pos{1, 5, 13});
    CHECK(fn->body->rbrace == Pos{1, 7, 1});
    auto* as = cast<AssignStmt>(fn->body->list[0]);
    CHECK(as->pos == Pos{1, 6, 2});
    CHECK(as->opPos == Pos{1, 6, 12});
    auto* sel = cast<SelectorExpr>(as->lhs[0]);
    CHECK(sel->dot == Pos{1, 6, 9});
    auto* idx = cast<IndexExpr>(sel->x);
    CHECK(idx->lbrack == Pos{1, 6, 6});
    CHECK(idx->rbrack == Pos{1, 6, 8});
    auto* call = cast<CallExpr>(idx->x);
    CHECK(call->lparen == Pos{1, 6, 3});
    CHECK(call->rparen == Pos{1, 6, 5});
    CHECK(p.file->eof == Pos{1, 8, 1});
}

TEST_CASE("parser: syntax errors in gc's words") {
    auto err = [](const std::string& body) { return firstError("package main\n\nfunc main() {\n" + body + "\n}\n"); };
    CHECK(err("\tf(1,\n\t\t2\n\t)") == "5:4: syntax error: unexpected newline in argument list; possibly missing comma or )");
    CHECK(err("\tx := 1 y := 2") == "4:9: syntax error: unexpected y at end of statement");
    CHECK(err("\tif x == 1\n\t{\n\t}") == "4:11: syntax error: unexpected newline, expecting { after if clause");
    CHECK(err("\tx := [3]int{1, 2, 3\n\t}") ==
          "4:21: syntax error: unexpected newline in composite literal; possibly missing comma or }");
    CHECK(err("\telse {\n\t}") == "4:2: syntax error: unexpected else, expecting }");
    CHECK(err("\tx := 1 +") == "5:1: syntax error: unexpected }, expecting expression");
    CHECK(err("\tfor i := 0; i < 3; i++\n\t{\n\t}") == "4:24: syntax error: unexpected newline, expecting { after for clause");
    CHECK(err("\tif x := 1 {\n\t}") == "4:7: syntax error: cannot use x := 1 as value");
    CHECK(err("\tif x = 1 {\n\t}") == "4:7: syntax error: cannot use assignment (x) = (1) as value");
    CHECK(err("\tfor var i = 0; i < 3; i++ {\n\t}") == "4:10: syntax error: var declaration not allowed in for initializer");
    CHECK(err("\tfor i := 0; {\n\t}") == "4:14: syntax error: unexpected {, expecting for loop condition");
    CHECK(err("\tfor i := 0; i < 3; j := 1 {\n\t}") == "4:23: syntax error: cannot declare in post statement of for loop");
    CHECK(err("\tswitch x {\n\tfoo()\n\t}") == "5:2: syntax error: unexpected foo, expecting case or default or }");
    CHECK(err("\tswitch x {\n\tcase 1\n\t}") == "5:8: syntax error: unexpected newline, expecting :");
    CHECK(err("\ta, b") == "4:6: syntax error: unexpected newline, expecting := or = or comma");
    CHECK(err("\tx := range 3") == "4:7: syntax error: unexpected range, expecting expression");
    CHECK(err("\ta[1 = 2") == "4:6: syntax error: unexpected =, expecting comma, : or ]");
    CHECK(err("\tx[]") == "4:4: syntax error: unexpected ], expecting operand");
    CHECK(err("\tx.\n") == "6:1: syntax error: unexpected }, expecting name or (");
    CHECK(err("\tx := y.(\n") == "6:1: syntax error: unexpected }, expecting type");
    CHECK(err("\tvar x [3 int") == "4:11: syntax error: unexpected int, expecting ]");
    CHECK(err("\tvar") == "5:1: syntax error: unexpected }, expecting name");
    CHECK(err("\tgoto") == "5:1: syntax error: unexpected }, expecting name");
    CHECK(err("\tif {\n\t}") == "4:5: syntax error: missing condition in if statement");
    CHECK(err("\tif x {\n\t} else y()") == "5:9: syntax error: else must be followed by if or statement block");
    CHECK(err("\tswitch x; y z {\n\t}") == "4:14: syntax error: missing { after switch clause");
    CHECK(err("\tselect x {\n\t}") == "4:9: syntax error: missing { after select clause");
    CHECK(err("\tf(x..., y)") == "4:10: syntax error: unexpected y, expecting )");
    CHECK(err("\t{") == "6:1: syntax error: unexpected EOF, expecting }");

    CHECK(firstError("package main\nx := 1\n") == "2:1: syntax error: non-declaration statement outside function body");
    CHECK(firstError("package main\nfunc main()\n{\n}\n") == "3:1: syntax error: unexpected semicolon or newline before {");
    CHECK(firstError("package main\nfunc main() {\n}\n}\n") == "4:1: syntax error: non-declaration statement outside function body");
    CHECK(firstError("package main\nfunc main() {\n}}\n") == "3:2: syntax error: unexpected } after top level declaration");
    CHECK(firstError("package main\nfunc f(a int b int) {}\n") ==
          "2:14: syntax error: unexpected b in parameter list; possibly missing comma or )");
    CHECK(firstError("package main\ntype T struct {\n\ta int,\n}\n") ==
          "3:7: syntax error: unexpected comma in struct type; possibly missing semicolon or newline or }");
    CHECK(firstError("package main\nimport (\n\t\"os\" \"io\"\n)\n") ==
          "3:7: syntax error: unexpected literal \"io\" in grouped declaration; possibly missing semicolon or newline or )");
    CHECK(firstError("package main\nimport fmt\n") == "2:11: syntax error: missing import path");
    CHECK(firstError("main\n") == "1:1: syntax error: package statement must be first");
    CHECK(firstError("package main\nfunc\n") == "3:1: syntax error: unexpected EOF, expecting name or (");
    CHECK(firstError("package main\nfunc f(...) {}\n") == "2:11: syntax error: ... is missing type");
    CHECK(firstError("package main\nvar x = []int{1, 2}[1:2:]\n") == "2:25: final index required in 3-index slice");
    // Only the first syntax error is reported.
    CHECK(Parsed("package main\nfunc main() {\n\tx := (1 + 2\n\ty := 3\n}\n").errors() ==
          "3:13: syntax error: unexpected newline, expecting )\n");
}

TEST_CASE("parser: non-syntax errors leave a usable tree") {
    Parsed p("package main\nfunc () m() {}\nfunc main() {\n\tdefer (f())\n\tvar y interface{}\n\tx := y.(type)\n}\n");
    CHECK(p.file != nullptr);
    CHECK(p.errors() ==
          "2:9: method has no receiver\n"
          "4:8: expression in defer must not be parenthesized\n"
          "6:7: invalid AST: use of .(type) outside type switch\n");
}

TEST_CASE("parser: generic syntax is rejected at its position") {
    CHECK(Parsed("package p\nfunc F[T any](x T) {}\n").errors() == "2:7: generic functions are not supported\n");
    CHECK(Parsed("package p\ntype L[T any] []T\n").errors() == "2:7: generic types are not supported\n");
    CHECK(Parsed("package p\ntype P[K comparable, V any] struct{}\n").errors() == "2:7: generic types are not supported\n");
    CHECK(Parsed("package p\ntype N interface {\n\t~int | float64\n}\n").errors() ==
          "3:2: type constraints are not supported\n");
    CHECK(Parsed("package p\ntype N interface{ int | string }\n").errors() == "2:19: type constraints are not supported\n");
    CHECK(Parsed("package p\nfunc (r T) m[P any]() {}\n").errors() == "2:13: syntax error: method must have no type parameters\n");
    CHECK(Parsed("package p\nfunc f() {\n\ttype T[P any] struct{}\n}\n").errors() == "3:8: generic types are not supported\n");
    // Not generic: an array type whose length is an expression.
    CHECK(Parsed("package p\nconst N, M = 2, 3\ntype A [N * M]int\n").errors() == "");
}

TEST_CASE("parser: pathological depth is handled or refused cleanly") {
    // Run inside runWithLargeStack, as the driver does (parseFile also hops
    // onto the big stack by itself).
    std::string result;
    auto check = [&](const std::string& src) {
        std::string out;
        runWithLargeStack([&] {
            Parsed p(src);
            out = p.file ? "ok" : p.errors();
        });
        return out;
    };
    const std::string pre = "package main\n\nfunc main() {\n";
    SUBCASE("10,000 nested parentheses") {
        CHECK(check(pre + "\tx := " + repeat("(", 10000) + "1" + repeat(")", 10000) + "\n\t_ = x\n}\n") == "ok");
    }
    SUBCASE("a 30,000-term expression") {
        std::string sum = "1";
        for (int i = 1; i < 30000; i++) sum += " + 1";
        CHECK(check(pre + "\tx := 0\n\tx = " + sum + "\n\t_ = x\n}\n") == "ok");
    }
    SUBCASE("3,000 nested blocks") {
        CHECK(check(pre + repeat("{\n", 3000) + repeat("}\n", 3000) + "}\n") == "ok");
    }
    SUBCASE("35,000 statements") {
        CHECK(check(pre + "\tx := 0\n" + repeat("\tx++\n", 35000) + "\t_ = x\n}\n") == "ok");
    }
    SUBCASE("1,000 local variables") {
        std::string body;
        for (int i = 0; i < 1000; i++) body += "\tv" + std::to_string(i) + " := " + std::to_string(i) + "\n";
        for (int i = 0; i < 1000; i++) body += "\t_ = v" + std::to_string(i) + "\n";
        CHECK(check(pre + body + "}\n") == "ok");
    }
    SUBCASE("too deep: refused with a position") {
        CHECK(check(pre + "\tx := " + repeat("(", 20000) + "1" + repeat(")", 20000) + "\n}\n") ==
              "4:" + std::to_string(7 + kMaxNestingDepth - 1) + ": exceeded max nesting depth\n");
        CHECK(check("package p\nvar x " + repeat("*", 100000) + "int\n") .find("exceeded max nesting depth") !=
              std::string::npos);
        std::string sum = "1";
        for (int i = 1; i < 60000; i++) sum += "+1";
        CHECK(check("package p\nvar x = " + sum + "\n").find("exceeded max nesting depth") != std::string::npos);
        CHECK(check("package p\nvar x = a" + repeat(".b", 60000) + "\n").find("exceeded max nesting depth") !=
              std::string::npos);
        CHECK(check("package p\nvar x = " + repeat("!", 60000) + "b\n").find("exceeded max nesting depth") !=
              std::string::npos);
    }
    SUBCASE("a syntax error deep inside (LL fallback on deep contexts)") {
        CHECK(check(pre + "\tx := " + repeat("(", 10000) + "1 +" + repeat(")", 10000) + "\n}\n") ==
              "4:10010: syntax error: unexpected ), expecting expression\n");
    }
    SUBCASE("deep type and literal chains") {
        CHECK(check("package p\nvar x " + repeat("[]", 10000) + "int\n") == "ok");
        CHECK(check("package p\nvar x " + repeat("map[int]", 5000) + "int\n") == "ok");
        CHECK(check("package p\nvar x = " + repeat("[]interface{}{", 5000) + repeat("}", 5000) + "\n") == "ok");
        CHECK(check("package p\nvar x = " + repeat("f(", 10000) + repeat(")", 10000) + "\n") == "ok");
    }
}

TEST_CASE("parser: a 20,000-line program parses quickly") {
    std::string src = "package main\n\nimport \"fmt\"\n\ntype Point struct {\n\tX, Y int\n}\n\n";
    int lines = 8, fn = 0;
    while (lines < 20000) {
        fn++;
        src += "func f" + std::to_string(fn) + "(a, b int, s []int, m map[string]int) (int, error) {\n"
               "\tx := a + b*2 - (a-b)/3\n"
               "\tvar p = Point{X: a, Y: b}\n"
               "\tfor i := 0; i < len(s); i++ {\n"
               "\t\tif s[i] > x && s[i]%2 == 0 {\n"
               "\t\t\tx += s[i]\n"
               "\t\t} else {\n"
               "\t\t\tx++\n"
               "\t\t}\n"
               "\t}\n"
               "\tfor k, v := range m {\n"
               "\t\tx += len(k) * v\n"
               "\t}\n"
               "\tf := func(y int) int { return y * p.X }\n"
               "\tif x == 42 {\n"
               "\t\treturn 0, fmt.Errorf(\"bad %d\", x)\n"
               "\t}\n"
               "\treturn f(x), nil\n"
               "}\n\n";
        lines += 20;
    }
    auto start = std::chrono::steady_clock::now();
    Parsed p(src);
    double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    CHECK(p.file != nullptr);
    CHECK(p.file->decls.size() == static_cast<size_t>(fn) + 2);
    MESSAGE("20,000 lines parsed in " << ms << " ms");
    CHECK(ms < 10000);  // generous: sanitizer builds are slow; Release takes ~0.2 s
}
