// ast_serial.test.cpp — the binary AST format (frontend/ast_serial.h) and the
// stdlib blobs embedded at build time (gomini_astgen, stdlib::kEmbeddedAsts).
//
//   * round trip: every stdlib file, every tests/go/{ok,errors}/*.go that
//     parses, and a "kitchen sink" file touching every construct, are parsed,
//     serialized and decoded; the decoded tree must equal the parsed one under
//     dumpAst (with positions) AND under fullDump below, an independent walk
//     that prints every field of every node (all extra positions, tokens,
//     flags, the side references File::imports and ValueSpec::implicitFrom,
//     and the checker annotations, which must stay empty);
//   * every node kind is covered by some round trip;
//   * corrupt blobs (every truncation, byte flips with and without a fixed-up
//     checksum, random payloads, wrong magic/version) give null and a message;
//   * the depth guarantee: a tree of exactly kMaxAstDepth decodes (without
//     recursion), one level more is refused;
//   * the embedded blob of each stdlib file is exactly serializeFile of its
//     parse (a stale embed fails here);
//   * timing: decoding all stdlib blobs vs parsing all stdlib sources.
#include <doctest/doctest.h>

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <string>
#include <unordered_map>
#include <vector>

#include "frontend/ast_dump.h"
#include "frontend/ast_serial.h"
#include "frontend/parse.h"
#include "stdlib/registry.h"

namespace fs = std::filesystem;
using namespace gomini::frontend;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<fs::path> goFilesIn(const fs::path& dir, bool recursive) {
    std::vector<fs::path> out;
    if (!fs::exists(dir)) return out;
    if (recursive) {
        for (auto& e : fs::recursive_directory_iterator(dir))
            if (e.path().extension() == ".go") out.push_back(e.path());
    } else {
        for (auto& e : fs::directory_iterator(dir))
            if (e.path().extension() == ".go") out.push_back(e.path());
    }
    std::sort(out.begin(), out.end());
    return out;
}

// Every field of every node, written independently of ast_serial.cpp's field
// list. Recursive: call inside runWithLargeStack.
class FullDump {
public:
    std::string dump(const Node* root) {
        node("", root, 0);
        return out_;
    }

private:
    std::string out_;
    std::unordered_map<const Node*, size_t> ids_;

    void pos(const char* name, Pos p) {
        out_ += ' ';
        out_ += name;
        out_ += '=' + std::to_string(p.file) + ':' + std::to_string(p.line) + ':' + std::to_string(p.col);
    }
    void attr(const char* name, const std::string& v) {
        out_ += ' ';
        out_ += name;
        out_ += '=' + v;
    }
    void tok(const char* name, Tok t) { attr(name, std::to_string(static_cast<int>(t)) + "'" + tokString(t) + "'"); }
    void ref(const char* name, const Node* n) {
        if (!n) return attr(name, "nil");
        auto it = ids_.find(n);
        attr(name, it == ids_.end() ? "?" : "#" + std::to_string(it->second));
    }
    void annotations(const Node* n) {
        if (auto* e = as<Expr>(n)) {
            if (e->mode != Mode::Invalid || e->type || e->value) out_ += " ANNOTATED";
        }
        if (auto* i = as<Ident>(n); i && i->obj) out_ += " ANNOTATED-obj";
        if (auto* c = as<CaseClause>(n); c && c->implicitObj) out_ += " ANNOTATED-implicit";
    }

    void node(const char* label, const Node* n, int depth) {
        out_.append(static_cast<size_t>(depth) * 2, ' ');
        out_ += label;
        if (*label) out_ += ": ";
        if (!n) {
            out_ += "nil\n";
            return;
        }
        size_t id = ids_.size();
        ids_[n] = id;
        out_ += nodeKindName(n->kind);
        out_ += " #" + std::to_string(id);
        pos("pos", n->pos);
        annotations(n);
        std::vector<std::pair<const char*, const Node*>> kids;
        auto one = [&](const char* l, const Node* c) { kids.emplace_back(l, c); };
        auto many = [&](const char* l, const auto& v) {
            attr(l, "[" + std::to_string(v.size()) + "]");
            for (const Node* c : v) kids.emplace_back(l, c);
        };
        const File* file = nullptr;
        switch (n->kind) {
        case NodeKind::BadExpr:
        case NodeKind::BadStmt:
        case NodeKind::BadDecl:
            break;
        case NodeKind::Ident: attr("name", cast<Ident>(n)->name); break;
        case NodeKind::Ellipsis: one("elt", cast<Ellipsis>(n)->elt); break;
        case NodeKind::BasicLit: {
            auto* b = cast<BasicLit>(n);
            attr("kind", std::to_string(static_cast<int>(b->litKind)));
            attr("raw", b->raw);
            break;
        }
        case NodeKind::CompositeLit: {
            auto* c = cast<CompositeLit>(n);
            pos("lbrace", c->lbrace);
            pos("rbrace", c->rbrace);
            one("type", c->litType);
            many("elt", c->elts);
            break;
        }
        case NodeKind::FuncLit: {
            auto* f = cast<FuncLit>(n);
            one("sig", f->sig);
            one("body", f->body);
            break;
        }
        case NodeKind::ParenExpr: {
            auto* e = cast<ParenExpr>(n);
            pos("rparen", e->rparen);
            one("x", e->x);
            break;
        }
        case NodeKind::SelectorExpr: {
            auto* e = cast<SelectorExpr>(n);
            pos("dot", e->dot);
            one("x", e->x);
            one("sel", e->sel);
            break;
        }
        case NodeKind::IndexExpr: {
            auto* e = cast<IndexExpr>(n);
            pos("lbrack", e->lbrack);
            pos("rbrack", e->rbrack);
            one("x", e->x);
            many("index", e->indices);
            break;
        }
        case NodeKind::SliceExpr: {
            auto* e = cast<SliceExpr>(n);
            attr("slice3", e->slice3 ? "1" : "0");
            pos("lbrack", e->lbrack);
            pos("rbrack", e->rbrack);
            one("x", e->x);
            one("lo", e->lo);
            one("hi", e->hi);
            one("max", e->max);
            break;
        }
        case NodeKind::TypeAssertExpr: {
            auto* e = cast<TypeAssertExpr>(n);
            pos("dot", e->dot);
            pos("lparen", e->lparen);
            pos("rparen", e->rparen);
            one("x", e->x);
            one("type", e->assertType);
            break;
        }
        case NodeKind::CallExpr: {
            auto* e = cast<CallExpr>(n);
            pos("ellipsis", e->ellipsis);
            pos("lparen", e->lparen);
            pos("rparen", e->rparen);
            one("fun", e->fun);
            many("arg", e->args);
            break;
        }
        case NodeKind::StarExpr: one("x", cast<StarExpr>(n)->x); break;
        case NodeKind::UnaryExpr:
            tok("op", cast<UnaryExpr>(n)->op);
            one("x", cast<UnaryExpr>(n)->x);
            break;
        case NodeKind::BinaryExpr: {
            auto* e = cast<BinaryExpr>(n);
            tok("op", e->op);
            pos("opPos", e->opPos);
            one("x", e->x);
            one("y", e->y);
            break;
        }
        case NodeKind::KeyValueExpr: {
            auto* e = cast<KeyValueExpr>(n);
            pos("colon", e->colon);
            one("key", e->key);
            one("value", e->value);
            break;
        }
        case NodeKind::ArrayType:
            one("len", cast<ArrayType>(n)->len);
            one("elt", cast<ArrayType>(n)->elt);
            break;
        case NodeKind::StructType: one("fields", cast<StructType>(n)->fields); break;
        case NodeKind::FuncType:
            one("params", cast<FuncType>(n)->params);
            one("results", cast<FuncType>(n)->results);
            break;
        case NodeKind::InterfaceType: one("methods", cast<InterfaceType>(n)->methods); break;
        case NodeKind::MapType:
            one("key", cast<MapType>(n)->key);
            one("value", cast<MapType>(n)->value);
            break;
        case NodeKind::ChanType: {
            auto* e = cast<ChanType>(n);
            attr("dir", std::to_string(static_cast<int>(e->dir)));
            pos("arrow", e->arrow);
            one("value", e->value);
            break;
        }
        case NodeKind::DeclStmt: one("decl", cast<DeclStmt>(n)->decl); break;
        case NodeKind::EmptyStmt: attr("implicit", cast<EmptyStmt>(n)->implicit ? "1" : "0"); break;
        case NodeKind::LabeledStmt: {
            auto* s = cast<LabeledStmt>(n);
            pos("colon", s->colon);
            one("label", s->label);
            one("stmt", s->stmt);
            break;
        }
        case NodeKind::ExprStmt: one("x", cast<ExprStmt>(n)->x); break;
        case NodeKind::SendStmt: {
            auto* s = cast<SendStmt>(n);
            pos("arrow", s->arrow);
            one("chan", s->chan);
            one("value", s->value);
            break;
        }
        case NodeKind::IncDecStmt: {
            auto* s = cast<IncDecStmt>(n);
            tok("tok", s->tok);
            pos("opPos", s->opPos);
            one("x", s->x);
            break;
        }
        case NodeKind::AssignStmt: {
            auto* s = cast<AssignStmt>(n);
            tok("tok", s->tok);
            pos("opPos", s->opPos);
            many("lhs", s->lhs);
            many("rhs", s->rhs);
            break;
        }
        case NodeKind::GoStmt: one("call", cast<GoStmt>(n)->call); break;
        case NodeKind::DeferStmt: one("call", cast<DeferStmt>(n)->call); break;
        case NodeKind::ReturnStmt: many("result", cast<ReturnStmt>(n)->results); break;
        case NodeKind::BranchStmt:
            tok("tok", cast<BranchStmt>(n)->tok);
            one("label", cast<BranchStmt>(n)->label);
            break;
        case NodeKind::BlockStmt: {
            auto* s = cast<BlockStmt>(n);
            pos("lbrace", s->lbrace);
            pos("rbrace", s->rbrace);
            many("stmt", s->list);
            break;
        }
        case NodeKind::IfStmt: {
            auto* s = cast<IfStmt>(n);
            one("init", s->init);
            one("cond", s->cond);
            one("body", s->body);
            one("else", s->elseStmt);
            break;
        }
        case NodeKind::CaseClause: {
            auto* s = cast<CaseClause>(n);
            attr("default", s->isDefault ? "1" : "0");
            pos("colon", s->colon);
            many("case", s->list);
            many("body", s->body);
            break;
        }
        case NodeKind::SwitchStmt: {
            auto* s = cast<SwitchStmt>(n);
            one("init", s->init);
            one("tag", s->tag);
            one("body", s->body);
            break;
        }
        case NodeKind::TypeSwitchStmt: {
            auto* s = cast<TypeSwitchStmt>(n);
            one("init", s->init);
            one("assign", s->assign);
            one("body", s->body);
            break;
        }
        case NodeKind::CommClause: {
            auto* s = cast<CommClause>(n);
            pos("colon", s->colon);
            one("comm", s->comm);
            many("body", s->body);
            break;
        }
        case NodeKind::SelectStmt: one("body", cast<SelectStmt>(n)->body); break;
        case NodeKind::ForStmt: {
            auto* s = cast<ForStmt>(n);
            one("init", s->init);
            one("cond", s->cond);
            one("post", s->post);
            one("body", s->body);
            break;
        }
        case NodeKind::RangeStmt: {
            auto* s = cast<RangeStmt>(n);
            tok("tok", s->tok);
            pos("range", s->rangePos);
            one("key", s->key);
            one("value", s->value);
            one("x", s->x);
            one("body", s->body);
            break;
        }
        case NodeKind::ImportSpec:
            one("name", cast<ImportSpec>(n)->name);
            one("path", cast<ImportSpec>(n)->path);
            break;
        case NodeKind::ValueSpec: {
            auto* s = cast<ValueSpec>(n);
            attr("iota", std::to_string(s->iota));
            ref("implicitFrom", s->implicitFrom);
            many("name", s->names);
            one("type", s->type);
            many("value", s->values);
            break;
        }
        case NodeKind::TypeSpec: {
            auto* s = cast<TypeSpec>(n);
            pos("assign", s->assign);
            one("name", s->name);
            one("type", s->type);
            break;
        }
        case NodeKind::GenDecl: {
            auto* d = cast<GenDecl>(n);
            tok("tok", d->tok);
            pos("lparen", d->lparen);
            pos("rparen", d->rparen);
            many("spec", d->specs);
            break;
        }
        case NodeKind::FuncDecl: {
            auto* d = cast<FuncDecl>(n);
            one("recv", d->recv);
            one("name", d->name);
            one("sig", d->sig);
            one("body", d->body);
            break;
        }
        case NodeKind::Field: {
            auto* f = cast<Field>(n);
            many("name", f->names);
            one("type", f->type);
            one("tag", f->tag);
            break;
        }
        case NodeKind::FieldList: {
            auto* f = cast<FieldList>(n);
            pos("open", f->open);
            pos("close", f->close);
            many("field", f->list);
            break;
        }
        case NodeKind::File: {
            file = cast<File>(n);
            attr("fileId", std::to_string(file->fileId));
            pos("eof", file->eof);
            one("pkg", file->pkgName);
            many("decl", file->decls);
            break;
        }
        }
        out_ += '\n';
        for (auto& [l, c] : kids) node(l, c, depth + 1);
        if (file) {  // after the decls, so that the references resolve
            out_.append(static_cast<size_t>(depth + 1) * 2, ' ');
            out_ += "imports:";
            for (const ImportSpec* s : file->imports) ref("", s);
            out_ += '\n';
        }
    }
};

std::string fullDump(const Node* n) { return FullDump().dump(n); }

// Kinds seen in round-tripped trees (for the coverage check).
std::set<NodeKind>& kindsSeen() {
    static std::set<NodeKind> seen;
    return seen;
}

void noteKinds(const Node* root) {
    std::vector<const Node*> stack{root};
    while (!stack.empty()) {
        const Node* n = stack.back();
        stack.pop_back();
        kindsSeen().insert(n->kind);
        if (auto* s = as<SelectorExpr>(n)) kindsSeen().insert(s->sel->kind);
        astChildren(n, stack);
    }
}

struct RoundTrip {
    bool parsed = false;
    std::string diags;  // parse errors, if it did not parse
    std::string error;  // serialize/deserialize error
    std::string dumpA, dumpB, fullA, fullB;
    bool reserializedSame = false;
    size_t blobSize = 0;
};

// Parses text, serializes, decodes, and dumps both trees (on a large stack).
RoundTrip roundTrip(const std::string& name, const std::string& text) {
    RoundTrip rt;
    runWithLargeStack([&] {
        SourceSet sources;
        Diagnostics diags;
        AstContext ctxA, ctxB;
        sources.add("padding.go", "");  // so that the file id is not 1 by accident
        uint32_t id = sources.add(name, text);
        File* a = parseFile(ctxA, sources.file(id), diags);
        if (!a) {
            std::ostringstream os;
            diags.print(os, sources);
            rt.diags = os.str();
            return;
        }
        rt.parsed = true;
        std::string blob = serializeFile(a, &rt.error);
        if (blob.empty()) return;
        rt.blobSize = blob.size();
        File* b = deserializeFile(ctxB, blob, id, &rt.error);
        if (!b) return;
        DumpOptions withPos{true};
        rt.dumpA = dumpAst(a, withPos);
        rt.dumpB = dumpAst(b, withPos);
        rt.fullA = fullDump(a);
        rt.fullB = fullDump(b);
        rt.reserializedSame = serializeFile(b) == blob;
        noteKinds(b);
    });
    return rt;
}

// The first differing line of two dumps (for readable failures).
std::string firstDiff(const std::string& a, const std::string& b) {
    std::istringstream ia(a), ib(b);
    std::string la, lb;
    for (int line = 1;; line++) {
        bool ga = static_cast<bool>(std::getline(ia, la));
        bool gb = static_cast<bool>(std::getline(ib, lb));
        if (!ga && !gb) return "";
        if (!ga || !gb || la != lb)
            return "line " + std::to_string(line) + ":\n  parsed:  " + la + "\n  decoded: " + lb;
    }
}

void checkRoundTrip(const std::string& name, const std::string& text, size_t* parsedCount = nullptr) {
    RoundTrip rt = roundTrip(name, text);
    if (!rt.parsed) return;
    if (parsedCount) ++*parsedCount;
    INFO(name);
    REQUIRE_MESSAGE(rt.error.empty(), rt.error);
    CHECK_MESSAGE(rt.dumpA == rt.dumpB, firstDiff(rt.dumpA, rt.dumpB));
    CHECK_MESSAGE(rt.fullA == rt.fullB, firstDiff(rt.fullA, rt.fullB));
    CHECK(rt.fullA.find("ANNOTATED") == std::string::npos);
    CHECK(rt.reserializedSame);
}

// A file touching every construct of the AST.
const char* kKitchenSink = R"GO(package sink

import "errors"

import (
	"fmt"
	. "strings"
	_ "os"
	str "strconv"
)

const (
	A = iota
	B
	C, D = iota, 1.5e3
	E, F
)

const G = 'x' + 0x1F_FF

var (
	v1, v2 int = 1, 2
	v3         = []int{1, 2, 3}
	v4         = [...]string{0: "a", 2: `b`}
	v5         = map[string]*int{"k": nil}
	v6         chan<- int
	v7         <-chan []byte
	v8         chan int
	v9         = 2i + 0.5
	v10        (*int)
	v11        func(int) bool
	v12        = struct{ x, y int }{1, 2}
	v13        = [][]int{{1}, {2, 3}}
)

type (
	T struct {
		a, b int `json:"a"`
		*Embedded
		fmt.Stringer
		f func(x ...int) (int, error)
		g func() int
	}
	Embedded struct{}
	Alias    = T
	I        interface {
		M(int) string
		fmt.Stringer
	}
	Empty interface{}
)

func native(x int) int

func (T) value() {}

func (t *T) Method(a, b int, c ...string) (r int, err error) {
	defer func() { recover() }()
	go t.Method(1, 2, c...)
	x := &T{a: 1, b: -2}
	x.a++
	x.b--
	x.a += 3
	x.a <<= 1
	y := [3]int{}
	_ = y[1:2]
	_ = y[:]
	_ = y[1:]
	s := y[0:1:2]
	_ = s[len(s)-1]
	var i interface{} = x
	var k int
	if p, ok := i.(*T); ok && !false {
		_ = p
	} else if q := (1 << 3) &^ 4; q > 0 || q <= ^1 {
		;
	} else {
		_ = +k - -k*k/2%3 | 4&5 ^ 6>>1
		_ = k == 1 != (k < 2) == (k >= 3)
	}
	switch z := 3; z {
	case 1, 2:
		fallthrough
	case 3:
	default:
	}
	switch {
	}
	switch v := i.(type) {
	case int, string:
		_ = v
	case nil:
	default:
	}
	switch i.(type) {
	}
	ch := make(chan int, 1)
	select {
	case ch <- 1:
	case v, ok := <-ch:
		_, _ = v, ok
	case k = <-ch:
	case <-ch:
	default:
	}
outer:
	for i := 0; i < 10; i++ {
		for {
			break outer
		}
		for i < 5 {
			continue outer
		}
		for range ch {
		}
		for k, v := range []int{} {
			_, _ = k, v
		}
		for k = range "abc" {
		}
		for ; ; {
			break
		}
	}
	{
	done:
	}
	var local struct{}
	type localT int
	const lc = 1
	_, _ = local, lc
	f := (*T).Method
	_ = f
	_ = errors.New
	_ = str.Itoa
	_ = Contains
	goto end
end:
	return len(c) * 2 / 1 % 3, nil
}
)GO";

// package p; var x = <y under `chain` StarExprs>; <BadDecl>; func f() { <BadStmt>; <BadExpr> }
// (parseFile never makes the Bad nodes of a file it returns, so they are built by hand.)
File* handBuiltFile(AstContext& ctx, int chain, bool badNodes) {
    auto ident = [&](const char* name, uint32_t line) { return ctx.make<Ident>(Pos{7, line, 3}, name); };
    File* f = ctx.make<File>(Pos{7, 1, 1});
    f->fileId = 7;
    f->pkgName = ident("p", 1);
    auto* g = ctx.make<GenDecl>(Pos{7, 2, 1});
    auto* vs = ctx.make<ValueSpec>(Pos{7, 2, 5});
    vs->names.push_back(ident("x", 2));
    Expr* e = ident("y", 2);
    for (int i = 0; i < chain; i++) {
        auto* s = ctx.make<StarExpr>(Pos{7, 2, 9});
        s->x = e;
        e = s;
    }
    vs->values.push_back(e);
    g->specs.push_back(vs);
    f->decls.push_back(g);
    if (!badNodes) return f;
    f->decls.push_back(ctx.make<BadDecl>(Pos{7, 3, 1}));
    auto* fd = ctx.make<FuncDecl>(Pos{7, 4, 1});
    fd->name = ident("f", 4);
    fd->sig = ctx.make<FuncType>(Pos{7, 4, 1});
    fd->sig->params = ctx.make<FieldList>(Pos{7, 4, 7});
    fd->body = ctx.make<BlockStmt>(Pos{7, 4, 10});
    fd->body->list.push_back(ctx.make<BadStmt>(Pos{7, 5, 2}));
    auto* es = ctx.make<ExprStmt>(Pos{7, 6, 2});
    es->x = ctx.make<BadExpr>(Pos{7, 6, 2});
    fd->body->list.push_back(es);
    f->decls.push_back(fd);
    return f;
}

}  // namespace

TEST_CASE("ast_serial: kitchen-sink file round-trips field for field") {
    RoundTrip rt = roundTrip("sink.go", kKitchenSink);
    REQUIRE_MESSAGE(rt.parsed, rt.diags);
    checkRoundTrip("sink.go", kKitchenSink);
    // The references survive: "E, F" repeats "C, D"; imports are the specs.
    CHECK(rt.fullB.find("iota=3 implicitFrom=#") != std::string::npos);
    CHECK(rt.fullB.find("imports: =#") != std::string::npos);
}

TEST_CASE("ast_serial: every stdlib file round-trips") {
    fs::path dir = fs::path(GOMINI_SOURCE_DIR) / "stdlib";
    auto files = goFilesIn(dir, true);
    REQUIRE(files.size() > 10);
    size_t parsed = 0;
    for (auto& p : files) checkRoundTrip(p.lexically_relative(dir).generic_string(), slurp(p), &parsed);
    CHECK(parsed == files.size());  // the stdlib always parses
}

TEST_CASE("ast_serial: every tests/go file that parses round-trips") {
    size_t total = 0, parsed = 0;
    for (const char* sub : {"tests/go/ok", "tests/go/errors"}) {
        auto files = goFilesIn(fs::path(GOMINI_SOURCE_DIR) / sub, false);
        total += files.size();
        for (auto& p : files) checkRoundTrip(p.filename().string(), slurp(p), &parsed);
    }
    MESSAGE("tests/go: " << parsed << " of " << total << " files parse and round-trip");
    CHECK(parsed > 0);
}

TEST_CASE("ast_serial: hand-built trees: Bad nodes, sharing, depth limit") {
    AstContext ctx;
    auto ident = [&](const char* name, uint32_t line) { return ctx.make<Ident>(Pos{7, line, 3}, name); };
    auto chainFile = [&](int chain) { return handBuiltFile(ctx, chain, false); };

    SUBCASE("Bad nodes round-trip") {
        File* f = handBuiltFile(ctx, 3, true);
        std::string err;
        std::string blob = serializeFile(f, &err);
        REQUIRE_MESSAGE(!blob.empty(), err);
        AstContext out;
        File* g = deserializeFile(out, blob, 7, &err);
        REQUIRE_MESSAGE(g, err);
        std::string fa, fb;
        runWithLargeStack([&] {
            fa = fullDump(f);
            fb = fullDump(g);
        });
        CHECK(fa == fb);
        noteKinds(g);
    }

    SUBCASE("a node reachable twice is refused by the serializer") {
        File* f = chainFile(0);
        auto* vs = cast<ValueSpec>(cast<GenDecl>(f->decls[0])->specs[0]);
        vs->values.push_back(vs->values[0]);
        vs->names.push_back(ident("z", 2));
        std::string err;
        CHECK(serializeFile(f, &err).empty());
        CHECK(err.find("reachable twice") != std::string::npos);
    }

    SUBCASE("a reference outside the tree is refused by the serializer") {
        File* f = chainFile(0);
        f->imports.push_back(ctx.make<ImportSpec>(Pos{7, 9, 1}));
        std::string err;
        CHECK(serializeFile(f, &err).empty());
        CHECK(!err.empty());
    }

    SUBCASE("depth: exactly kMaxAstDepth decodes, one more is refused") {
        // File > GenDecl > ValueSpec > chain of StarExprs > Ident
        int chain = kMaxAstDepth - 4;
        std::string err;
        std::string ok = serializeFile(chainFile(chain), &err);
        REQUIRE_MESSAGE(!ok.empty(), err);
        std::string deep = serializeFile(chainFile(chain + 1), &err);
        REQUIRE_MESSAGE(!deep.empty(), err);
        AstContext out;
        // On this (main) thread: the decoder does not recurse.
        File* g = deserializeFile(out, ok, 7, &err);
        REQUIRE_MESSAGE(g, err);
        CHECK(g->decls.size() == 1);
        err.clear();
        CHECK(deserializeFile(out, deep, 7, &err) == nullptr);
        CHECK(err.find("deeper") != std::string::npos);
    }
}

TEST_CASE("ast_serial: every node kind is covered by the round trips") {
    // kindsSeen() also holds the kinds of the cases above, if they ran.
    CHECK(roundTrip("sink.go", kKitchenSink).parsed);
    {
        AstContext ctx, out;
        std::string err;
        std::string blob = serializeFile(handBuiltFile(ctx, 1, true), &err);
        File* g = deserializeFile(out, blob, 7, &err);
        REQUIRE_MESSAGE(g, err);
        noteKinds(g);
    }
    std::string missing;
    for (int k = 0; k <= static_cast<int>(NodeKind::File); k++) {
        if (!kindsSeen().count(static_cast<NodeKind>(k))) missing += std::string(" ") + nodeKindName(NodeKind(k));
    }
    CHECK_MESSAGE(missing.empty(), "kinds never round-tripped:" << missing);
}

TEST_CASE("ast_serial: corrupt blobs give null and a message, never a crash") {
    std::string blob;
    runWithLargeStack([&] {
        SourceSet sources;
        Diagnostics diags;
        AstContext ctx;
        uint32_t id = sources.add("sink.go", kKitchenSink);
        File* f = parseFile(ctx, sources.file(id), diags);
        if (f) blob = serializeFile(f);
    });
    REQUIRE(!blob.empty());
    AstContext ctx;
    std::string err;

    SUBCASE("the intact blob decodes") { CHECK(deserializeFile(ctx, blob, 1, &err) != nullptr); }

    SUBCASE("every truncation") {
        for (size_t n = 0; n < blob.size(); n++) {
            err.clear();
            File* f = deserializeFile(ctx, std::string_view(blob).substr(0, n), 1, &err);
            CHECK(f == nullptr);
            CHECK(!err.empty());
            // With the checksum fixed up, the decoder itself must notice.
            std::string cut = blob.substr(0, n);
            resealAstBlob(cut);
            err.clear();
            CHECK(deserializeFile(ctx, cut, 1, &err) == nullptr);
            CHECK(!err.empty());
        }
    }

    SUBCASE("wrong magic, wrong version, trailing bytes") {
        std::string b = blob;
        b[0] = 'X';
        CHECK(deserializeFile(ctx, b, 1, &err) == nullptr);
        CHECK(err.find("header") != std::string::npos);
        b = blob;
        b[4] = static_cast<char>(kAstBlobVersion + 1);
        CHECK(deserializeFile(ctx, b, 1, &err) == nullptr);
        CHECK(err.find("version") != std::string::npos);
        b = blob + "x";
        resealAstBlob(b);
        CHECK(deserializeFile(ctx, b, 1, &err) == nullptr);
        CHECK(err.find("trailing") != std::string::npos);
    }

    SUBCASE("byte flips: caught by the checksum, or by the decoder once resealed") {
        size_t decodedAnyway = 0, refused = 0;
        for (size_t i = 0; i < blob.size(); i++) {
            for (unsigned mask : {0x01u, 0x02u, 0x10u, 0x80u, 0xFFu}) {
                std::string b = blob;
                b[i] = static_cast<char>(b[i] ^ mask);
                err.clear();
                CHECK(deserializeFile(ctx, b, 1, &err) == nullptr);
                CHECK(!err.empty());
                resealAstBlob(b);
                err.clear();
                AstContext local;
                File* f = deserializeFile(local, b, 1, &err);
                if (!f) {
                    CHECK(!err.empty());
                    refused++;
                    continue;
                }
                decodedAnyway++;  // a different but well-formed tree: it must be walkable
                CHECK(dumpAst(f, DumpOptions{true}).size() > 0);
            }
        }
        MESSAGE("resealed flips: " << refused << " refused, " << decodedAnyway << " decoded to another valid tree");
        CHECK(refused > 0);
    }

    SUBCASE("random payloads") {
        std::mt19937 rng(12345);
        size_t header = 4 + 1 + 4;
        for (int round = 0; round < 3000; round++) {
            std::string b = blob.substr(0, header);
            size_t len = rng() % 200;
            if (round % 2) {
                // a valid prefix of the real payload, then noise
                size_t keep = rng() % (blob.size() - header);
                b = blob.substr(0, header + keep);
            }
            for (size_t k = 0; k < len; k++) b.push_back(static_cast<char>(rng() & 0xFF));
            resealAstBlob(b);
            AstContext local;
            File* f = deserializeFile(local, b, 1, &err);
            if (f) CHECK(dumpAst(f).size() > 0);
        }
    }
}

TEST_CASE("ast_serial: the embedded stdlib blobs are up to date") {
    using namespace gomini::stdlib;
    size_t files = 0, asts = 0, bytes = 0, textBytes = 0;
    for (const EmbeddedAst* a = kEmbeddedAsts; a->pkgPath; ++a) asts++;
    for (const EmbeddedFile* e = kEmbeddedFiles; e->pkgPath; ++e) {
        files++;
        INFO(e->pkgPath << "/" << e->name);
        std::string_view blob = packageFileAst(e->pkgPath, e->name);
        REQUIRE(!blob.empty());
        bytes += blob.size();
        textBytes += std::string_view(e->text).size();
        std::string fresh;
        runWithLargeStack([&] {
            SourceSet sources;
            Diagnostics diags;
            AstContext ctx;
            uint32_t id = sources.add(std::string("<stdlib>/") + e->pkgPath + "/" + e->name, e->text);
            if (File* f = parseFile(ctx, sources.file(id), diags)) fresh = serializeFile(f);
        });
        CHECK_MESSAGE(fresh == blob, "stale embedded AST: rebuild gomini_stdlib");
    }
    CHECK(files == asts);
    CHECK(packageFileAst("fmt", "no_such_file.go").empty());
    CHECK(packageFileAst("no/such/pkg", "x.go").empty());
    MESSAGE("stdlib: " << files << " files, " << textBytes << " bytes of Go, " << bytes << " bytes of AST blobs");
}

TEST_CASE("ast_serial: timing of decoding vs parsing the whole stdlib") {
    using namespace gomini::stdlib;
    using Clock = std::chrono::steady_clock;
    auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };

    // Decode every blob (best of 5, each into a fresh context, as a process would).
    double decodeFirst = 0, decodeBest = 1e9;
    size_t nodes = 0;
    for (int round = 0; round < 5; round++) {
        AstContext ctx;
        auto t0 = Clock::now();
        uint32_t id = 1;
        size_t ok = 0;
        for (const EmbeddedAst* a = kEmbeddedAsts; a->pkgPath; ++a) {
            std::string err;
            if (deserializeFile(ctx, std::string_view(a->data, a->size), id++, &err)) ok++;
        }
        double t = ms(Clock::now() - t0);
        if (round == 0) decodeFirst = t;
        decodeBest = std::min(decodeBest, t);
        nodes = ctx.size();
        CHECK(ok == id - 1);
    }

    // Parse every source file (first round: includes ANTLR's cold start in
    // this process, unless earlier test cases warmed it up; then best of 3).
    double parseFirst = 0, parseBest = 1e9;
    for (int round = 0; round < 3; round++) {
        double t = 0;
        runWithLargeStack([&] {
            SourceSet sources;
            Diagnostics diags;
            AstContext ctx;
            auto t0 = Clock::now();
            for (const EmbeddedFile* e = kEmbeddedFiles; e->pkgPath; ++e) {
                uint32_t id = sources.add(e->name, e->text);
                parseFile(ctx, sources.file(id), diags);
            }
            t = ms(Clock::now() - t0);
        });
        if (round == 0) parseFirst = t;
        parseBest = std::min(parseBest, t);
    }
    MESSAGE("stdlib ASTs: decode " << decodeFirst << " ms first run, " << decodeBest << " ms best (" << nodes
                                   << " nodes); parse " << parseFirst
                                   << " ms first run, " << parseBest << " ms warm");
    CHECK(nodes > 0);
}
