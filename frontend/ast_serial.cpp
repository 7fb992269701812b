// ast_serial.cpp — the binary AST format of ast_serial.h.
//
// One function, visitFields, lists the fields of every node kind in a fixed
// order; three visitors walk it:
//   * Collector gathers a node's children (child fields and list elements,
//     nulls included) so that the serializer can emit them first (postorder);
//   * Writer appends a node's own record: scalars, positions, list lengths,
//     string-table indices and back references;
//   * Reader (the decoder) reads the same record and takes the children off
//     the value stack, checking each against its field's static type.
// Because all three read the same list, a field cannot be forgotten by one
// side only; tests/frontend/ast_serial.test.cpp compares decoded trees with
// their originals field by field with an independent walk.
//
// Shape rules the decoder enforces beyond field types (the checker relies on
// them, and parseFile never breaks them):
//   * CaseClause and CommClause nodes appear only in the body block of a
//     switch, type switch or select (and that block holds nothing else):
//     stack items carry a `shape` tag (plain / clause / block of clauses);
//     only BlockStmt::list accepts clauses and only switch/select bodies
//     accept a block of clauses;
//   * a type switch guard is "x := y.(type)" or "y.(type)";
//   * GenDecl specs match the keyword; an else branch is an if or a block;
//   * token fields hold a token their node can have;
//   * no subtree is deeper than kMaxAstDepth;
//   * references point to EARLIER records of the right kind, and every
//     record is consumed exactly once, so the result is always a tree.
#include "frontend/ast_serial.h"

#include <cstring>
#include <unordered_map>
#include <vector>

#include "frontend/parse.h"

namespace gomini::frontend {

namespace {

constexpr char kMagic[4] = {'G', 'M', 'A', 'S'};

// --- token sets ------------------------------------------------------------

static_assert(static_cast<unsigned>(Tok::Var) < 64, "token sets are 64-bit masks");

constexpr uint64_t tokBit(Tok t) { return uint64_t(1) << static_cast<unsigned>(t); }
template <class... T>
constexpr uint64_t toks(T... t) {
    return (tokBit(t) | ...);
}
constexpr uint64_t tokRange(Tok a, Tok b) {
    uint64_t m = 0;
    for (unsigned i = static_cast<unsigned>(a); i <= static_cast<unsigned>(b); i++) m |= uint64_t(1) << i;
    return m;
}

constexpr uint64_t kUnaryOps = toks(Tok::Add, Tok::Sub, Tok::Not, Tok::Xor, Tok::And, Tok::Arrow, Tok::Tilde);
constexpr uint64_t kBinaryOps = tokBit(Tok::None) | tokRange(Tok::Add, Tok::LOr) | tokRange(Tok::Eql, Tok::Geq);
constexpr uint64_t kAssignToks = tokBit(Tok::None) | tokRange(Tok::Assign, Tok::AndNotAssign);
constexpr uint64_t kIncDecToks = toks(Tok::Inc, Tok::Dec);
constexpr uint64_t kBranchToks = tokRange(Tok::Break, Tok::Fallthrough);
constexpr uint64_t kRangeToks = toks(Tok::None, Tok::Assign, Tok::Define);
constexpr uint64_t kDeclToks = tokRange(Tok::Import, Tok::Var);

// --- the field list ----------------------------------------------------------

constexpr bool kOpt = true;   // the child may be null
constexpr bool kReq = false;  // the child is never null in a parsed tree

// Every field of n except Node::kind, Node::pos and the checker's
// annotations, in record order. V provides:
//   pos(Pos&) tok(Tok&, mask) flag(bool&) enumByte(E&, max) integer(int&)
//   str(std::string&) child(T*&, nullable) list(vector<T*>&) ref(T*&)
//   refList(vector<T*>&) blockList(vector<Stmt*>&) clauseBody(BlockStmt*&)
template <class V>
void visitFields(V& v, Node* n) {
    switch (n->kind) {
    case NodeKind::BadExpr:
    case NodeKind::BadStmt:
    case NodeKind::BadDecl:
        break;
    case NodeKind::Ident: v.str(cast<Ident>(n)->name); break;
    case NodeKind::Ellipsis: v.child(cast<Ellipsis>(n)->elt, kOpt); break;
    case NodeKind::BasicLit: {
        auto* b = cast<BasicLit>(n);
        v.enumByte(b->litKind, LitKind::String);
        v.str(b->raw);
        break;
    }
    case NodeKind::CompositeLit: {
        auto* c = cast<CompositeLit>(n);
        v.child(c->litType, kOpt);
        v.list(c->elts);
        v.pos(c->lbrace);
        v.pos(c->rbrace);
        break;
    }
    case NodeKind::FuncLit: {
        auto* f = cast<FuncLit>(n);
        v.child(f->sig, kReq);
        v.child(f->body, kReq);
        break;
    }
    case NodeKind::ParenExpr: {
        auto* e = cast<ParenExpr>(n);
        v.child(e->x, kReq);
        v.pos(e->rparen);
        break;
    }
    case NodeKind::SelectorExpr: {
        auto* e = cast<SelectorExpr>(n);
        v.child(e->x, kReq);
        v.child(e->sel, kReq);
        v.pos(e->dot);
        break;
    }
    case NodeKind::IndexExpr: {
        auto* e = cast<IndexExpr>(n);
        v.child(e->x, kReq);
        v.list(e->indices);
        v.pos(e->lbrack);
        v.pos(e->rbrack);
        break;
    }
    case NodeKind::SliceExpr: {
        auto* e = cast<SliceExpr>(n);
        v.child(e->x, kReq);
        v.child(e->lo, kOpt);
        v.child(e->hi, kOpt);
        v.child(e->max, kOpt);
        v.flag(e->slice3);
        v.pos(e->lbrack);
        v.pos(e->rbrack);
        break;
    }
    case NodeKind::TypeAssertExpr: {
        auto* e = cast<TypeAssertExpr>(n);
        v.child(e->x, kReq);
        v.child(e->assertType, kOpt);
        v.pos(e->dot);
        v.pos(e->lparen);
        v.pos(e->rparen);
        break;
    }
    case NodeKind::CallExpr: {
        auto* e = cast<CallExpr>(n);
        v.child(e->fun, kReq);
        v.list(e->args);
        v.pos(e->ellipsis);
        v.pos(e->lparen);
        v.pos(e->rparen);
        break;
    }
    case NodeKind::StarExpr: v.child(cast<StarExpr>(n)->x, kReq); break;
    case NodeKind::UnaryExpr: {
        auto* e = cast<UnaryExpr>(n);
        v.tok(e->op, kUnaryOps);
        v.child(e->x, kReq);
        break;
    }
    case NodeKind::BinaryExpr: {
        auto* e = cast<BinaryExpr>(n);
        v.tok(e->op, kBinaryOps);
        v.child(e->x, kReq);
        v.child(e->y, kReq);
        v.pos(e->opPos);
        break;
    }
    case NodeKind::KeyValueExpr: {
        auto* e = cast<KeyValueExpr>(n);
        v.child(e->key, kReq);
        v.child(e->value, kReq);
        v.pos(e->colon);
        break;
    }
    case NodeKind::ArrayType: {
        auto* e = cast<ArrayType>(n);
        v.child(e->len, kOpt);
        v.child(e->elt, kReq);
        break;
    }
    case NodeKind::StructType: v.child(cast<StructType>(n)->fields, kReq); break;
    case NodeKind::FuncType: {
        auto* e = cast<FuncType>(n);
        v.child(e->params, kReq);
        v.child(e->results, kOpt);
        break;
    }
    case NodeKind::InterfaceType: v.child(cast<InterfaceType>(n)->methods, kReq); break;
    case NodeKind::MapType: {
        auto* e = cast<MapType>(n);
        v.child(e->key, kReq);
        v.child(e->value, kReq);
        break;
    }
    case NodeKind::ChanType: {
        auto* e = cast<ChanType>(n);
        v.enumByte(e->dir, ChanDir::Recv);
        v.child(e->value, kReq);
        v.pos(e->arrow);
        break;
    }
    case NodeKind::DeclStmt: v.child(cast<DeclStmt>(n)->decl, kReq); break;
    case NodeKind::EmptyStmt: v.flag(cast<EmptyStmt>(n)->implicit); break;
    case NodeKind::LabeledStmt: {
        auto* s = cast<LabeledStmt>(n);
        v.child(s->label, kReq);
        v.child(s->stmt, kReq);
        v.pos(s->colon);
        break;
    }
    case NodeKind::ExprStmt: v.child(cast<ExprStmt>(n)->x, kReq); break;
    case NodeKind::SendStmt: {
        auto* s = cast<SendStmt>(n);
        v.child(s->chan, kReq);
        v.child(s->value, kReq);
        v.pos(s->arrow);
        break;
    }
    case NodeKind::IncDecStmt: {
        auto* s = cast<IncDecStmt>(n);
        v.child(s->x, kReq);
        v.tok(s->tok, kIncDecToks);
        v.pos(s->opPos);
        break;
    }
    case NodeKind::AssignStmt: {
        auto* s = cast<AssignStmt>(n);
        v.list(s->lhs);
        v.tok(s->tok, kAssignToks);
        v.list(s->rhs);
        v.pos(s->opPos);
        break;
    }
    case NodeKind::GoStmt: v.child(cast<GoStmt>(n)->call, kReq); break;
    case NodeKind::DeferStmt: v.child(cast<DeferStmt>(n)->call, kReq); break;
    case NodeKind::ReturnStmt: v.list(cast<ReturnStmt>(n)->results); break;
    case NodeKind::BranchStmt: {
        auto* s = cast<BranchStmt>(n);
        v.tok(s->tok, kBranchToks);
        v.child(s->label, kOpt);
        break;
    }
    case NodeKind::BlockStmt: {
        auto* s = cast<BlockStmt>(n);
        v.blockList(s->list);
        v.pos(s->lbrace);
        v.pos(s->rbrace);
        break;
    }
    case NodeKind::IfStmt: {
        auto* s = cast<IfStmt>(n);
        v.child(s->init, kOpt);
        v.child(s->cond, kReq);
        v.child(s->body, kReq);
        v.child(s->elseStmt, kOpt);
        break;
    }
    case NodeKind::CaseClause: {
        auto* s = cast<CaseClause>(n);
        v.flag(s->isDefault);
        v.list(s->list);
        v.list(s->body);
        v.pos(s->colon);
        break;
    }
    case NodeKind::SwitchStmt: {
        auto* s = cast<SwitchStmt>(n);
        v.child(s->init, kOpt);
        v.child(s->tag, kOpt);
        v.clauseBody(s->body);
        break;
    }
    case NodeKind::TypeSwitchStmt: {
        auto* s = cast<TypeSwitchStmt>(n);
        v.child(s->init, kOpt);
        v.child(s->assign, kReq);
        v.clauseBody(s->body);
        break;
    }
    case NodeKind::CommClause: {
        auto* s = cast<CommClause>(n);
        v.child(s->comm, kOpt);
        v.list(s->body);
        v.pos(s->colon);
        break;
    }
    case NodeKind::SelectStmt: v.clauseBody(cast<SelectStmt>(n)->body); break;
    case NodeKind::ForStmt: {
        auto* s = cast<ForStmt>(n);
        v.child(s->init, kOpt);
        v.child(s->cond, kOpt);
        v.child(s->post, kOpt);
        v.child(s->body, kReq);
        break;
    }
    case NodeKind::RangeStmt: {
        auto* s = cast<RangeStmt>(n);
        v.child(s->key, kOpt);
        v.child(s->value, kOpt);
        v.tok(s->tok, kRangeToks);
        v.child(s->x, kReq);
        v.child(s->body, kReq);
        v.pos(s->rangePos);
        break;
    }
    case NodeKind::ImportSpec: {
        auto* s = cast<ImportSpec>(n);
        v.child(s->name, kOpt);
        v.child(s->path, kReq);
        break;
    }
    case NodeKind::ValueSpec: {
        auto* s = cast<ValueSpec>(n);
        v.list(s->names);
        v.child(s->type, kOpt);
        v.list(s->values);
        v.integer(s->iota);
        v.ref(s->implicitFrom);
        break;
    }
    case NodeKind::TypeSpec: {
        auto* s = cast<TypeSpec>(n);
        v.child(s->name, kReq);
        v.pos(s->assign);
        v.child(s->type, kReq);
        break;
    }
    case NodeKind::GenDecl: {
        auto* d = cast<GenDecl>(n);
        v.tok(d->tok, kDeclToks);
        v.list(d->specs);
        v.pos(d->lparen);
        v.pos(d->rparen);
        break;
    }
    case NodeKind::FuncDecl: {
        auto* d = cast<FuncDecl>(n);
        v.child(d->recv, kOpt);
        v.child(d->name, kReq);
        v.child(d->sig, kReq);
        v.child(d->body, kOpt);
        break;
    }
    case NodeKind::Field: {
        auto* f = cast<Field>(n);
        v.list(f->names);
        v.child(f->type, kReq);
        v.child(f->tag, kOpt);
        break;
    }
    case NodeKind::FieldList: {
        auto* f = cast<FieldList>(n);
        v.list(f->list);
        v.pos(f->open);
        v.pos(f->close);
        break;
    }
    case NodeKind::File: {
        auto* f = cast<File>(n);
        v.child(f->pkgName, kReq);
        v.list(f->decls);
        v.refList(f->imports);
        v.pos(f->eof);
        break;
    }
    }
}

// --- integers ----------------------------------------------------------------

void putVarint(std::string& out, uint64_t v) {
    while (v >= 0x80) {
        out.push_back(static_cast<char>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<char>(v));
}

uint64_t zigzag(int64_t v) { return (static_cast<uint64_t>(v) << 1) ^ static_cast<uint64_t>(v >> 63); }
int64_t unzigzag(uint64_t v) { return static_cast<int64_t>(v >> 1) ^ -static_cast<int64_t>(v & 1); }

// A fast 64-bit-word hash of the payload, folded to 32 bits (corruption
// detection, not security).
uint32_t payloadHash(std::string_view s) {
    auto load = [&](size_t i, size_t n) {
        uint64_t w = 0;
        for (size_t k = 0; k < n; k++) w |= uint64_t(static_cast<uint8_t>(s[i + k])) << (8 * k);
        return w;
    };
    uint64_t h = 0x9E3779B97F4A7C15ull ^ s.size();
    size_t i = 0;
    for (; i + 8 <= s.size(); i += 8) {
        h = (h ^ load(i, 8)) * 0xFF51AFD7ED558CCDull;
        h ^= h >> 32;
    }
    h = (h ^ load(i, s.size() - i)) * 0xC4CEB9FE1A85EC53ull;
    h ^= h >> 29;
    return static_cast<uint32_t>(h ^ (h >> 32));
}

void putU32(std::string& out, size_t at, uint32_t v) {
    for (int k = 0; k < 4; k++) out[at + k] = static_cast<char>(v >> (8 * k));
}

// The header: magic, version varint, checksum. Returns the checksum's
// offset, or 0 if s does not start with a well-formed header.
size_t checksumOffset(std::string_view s, uint64_t* version) {
    if (s.size() < 4 || std::memcmp(s.data(), kMagic, 4) != 0) return 0;
    uint64_t v = 0;
    size_t i = 4;
    for (int shift = 0;; shift += 7) {
        if (i >= s.size() || shift > 63) return 0;
        uint8_t b = static_cast<uint8_t>(s[i++]);
        v |= uint64_t(b & 0x7f) << shift;
        if (!(b & 0x80)) break;
    }
    if (i + 4 > s.size()) return 0;
    if (version) *version = v;
    return i;
}

// --- serializer ----------------------------------------------------------------

struct Serializer {
    std::string records;
    std::vector<std::string_view> strings;
    std::unordered_map<std::string_view, uint32_t> stringIndex;
    // Each node met: its record index once emitted, kPending before.
    static constexpr uint32_t kPending = UINT32_MAX;
    std::unordered_map<const Node*, uint32_t> index;
    uint32_t nodeCount = 0;
    int64_t prevLine = 0, prevCol = 0;  // the last position written
    std::string error;

    void fail(std::string msg) {
        if (error.empty()) error = std::move(msg);
    }
    uint32_t intern(const std::string& s) {
        auto [it, added] = stringIndex.emplace(std::string_view(s), static_cast<uint32_t>(strings.size()));
        if (added) strings.push_back(s);
        return it->second;
    }
    // The record index of an already emitted node, or fail.
    bool emitted(const Node* n, uint32_t& out) {
        auto it = index.find(n);
        if (it == index.end() || it->second == kPending) {
            fail(std::string("reference to a ") + nodeKindName(n->kind) + " that is not an earlier node of the tree");
            return false;
        }
        out = it->second;
        return true;
    }
};

// Gathers the child slots of one node.
struct Collector {
    Serializer& s;
    std::vector<const Node*>& out;

    void pos(Pos&) {}
    void tok(Tok&, uint64_t) {}
    void flag(bool&) {}
    template <class E>
    void enumByte(E&, E) {}
    void integer(int&) {}
    void str(std::string&) {}
    template <class T>
    void ref(T*&) {}
    template <class T>
    void refList(std::vector<T*>&) {}
    template <class T>
    void child(T*& c, bool nullable) {
        if (!c && !nullable) s.fail("a required child is null");
        out.push_back(c);
    }
    template <class T>
    void list(std::vector<T*>& v) {
        for (T* e : v) {
            if (!e) s.fail("a list element is null");
            out.push_back(e);
        }
    }
    void blockList(std::vector<Stmt*>& v) { list(v); }
    void clauseBody(BlockStmt*& b) { child(b, kReq); }
};

// Appends the list lengths of one node (the head of its record).
struct CountWriter {
    std::string& out;

    void pos(Pos&) {}
    void tok(Tok&, uint64_t) {}
    void flag(bool&) {}
    template <class E>
    void enumByte(E&, E) {}
    void integer(int&) {}
    void str(std::string&) {}
    template <class T>
    void ref(T*&) {}
    template <class T>
    void refList(std::vector<T*>&) {}
    template <class T>
    void child(T*&, bool) {}
    template <class T>
    void list(std::vector<T*>& v) {
        putVarint(out, v.size());
    }
    void blockList(std::vector<Stmt*>& v) { list(v); }
    void clauseBody(BlockStmt*&) {}
};

// Appends the rest of one node's record.
struct Writer {
    Serializer& s;
    std::string& out;
    const Node* firstKid;  // the node's first non-null child slot, if any

    void pos(Pos& p) {
        if (p == Pos{}) {
            out.push_back(0);
            return;
        }
        if (firstKid && p == firstKid->pos) {
            out.push_back(1);
        } else if (p.line == s.prevLine) {
            putVarint(out, 2 + (zigzag(int64_t(p.col) - s.prevCol) << 1));
        } else {
            putVarint(out, 2 + ((zigzag(int64_t(p.line) - s.prevLine) << 1) | 1));
            putVarint(out, p.col);
        }
        s.prevLine = p.line;
        s.prevCol = p.col;
    }
    void tok(Tok& t, uint64_t mask) {
        if (!(mask & tokBit(t))) s.fail(std::string("unexpected token ") + tokString(t));
        out.push_back(static_cast<char>(t));
    }
    void flag(bool& b) { out.push_back(b ? 1 : 0); }
    template <class E>
    void enumByte(E& e, E) {
        out.push_back(static_cast<char>(e));
    }
    void integer(int& i) { putVarint(out, zigzag(i)); }
    void str(std::string& str) { putVarint(out, s.intern(str)); }
    template <class T>
    void ref(T*& r) {
        uint32_t i = 0;
        if (r && !s.emitted(r, i)) return;
        putVarint(out, r ? uint64_t(i) + 1 : 0);
    }
    template <class T>
    void refList(std::vector<T*>& v) {
        putVarint(out, v.size());
        for (T* e : v) {
            uint32_t i = 0;
            if (!e) s.fail("a reference list element is null");
            else if (s.emitted(e, i)) putVarint(out, i);
        }
    }
    template <class T>
    void child(T*&, bool) {}
    template <class T>
    void list(std::vector<T*>&) {}
    void blockList(std::vector<Stmt*>&) {}
    void clauseBody(BlockStmt*&) {}
};

// --- deserializer ----------------------------------------------------------------

// What a value-stack item may stand for (see the shape rules at the top).
enum class Shape : uint8_t { Plain, Clause, ClauseBlock };

struct Item {
    Node* n;
    uint32_t height;
    Shape shape;
};

struct Reader {
    const uint8_t* p;
    const uint8_t* end;
    uint32_t fileId;
    const char* why = nullptr;  // the first error
    int64_t prevLine = 0, prevCol = 0;  // the last position read
    std::vector<std::string_view> strings;
    std::vector<Node*> nodes;  // every decoded node, by record index
    std::vector<Item> stack;
    // The node being decoded: its slots are stack[slot, slotEnd); its list
    // lengths (read by SlotCounter) are counts[0, nCounts).
    size_t slot = 0, slotEnd = 0;
    const Node* firstKid = nullptr;
    static constexpr int kMaxLists = 4;
    uint64_t counts[kMaxLists] = {};
    int nCounts = 0, nextCount = 0;
    uint32_t maxHeight = 0;
    Shape shape = Shape::Plain;

    bool bad() const { return why != nullptr; }
    void fail(const char* msg) {
        if (!why) why = msg;
    }

    uint8_t byte() {
        if (p == end) {
            fail("truncated");
            return 0;
        }
        return *p++;
    }
    uint64_t varint() {
        if (p != end && *p < 0x80) return *p++;
        uint64_t v = 0;
        for (int shift = 0; shift <= 63; shift += 7) {
            if (p == end) {
                fail("truncated");
                return 0;
            }
            uint8_t b = *p++;
            v |= uint64_t(b & 0x7f) << shift;
            if (!(b & 0x80)) return v;
        }
        fail("varint too long");
        return 0;
    }

    // Takes the next slot; null if none is left (after failing).
    const Item* take() {
        if (slot >= slotEnd) {
            fail("a node has fewer children than its fields");
            return nullptr;
        }
        const Item* it = &stack[slot++];
        if (it->height > maxHeight) maxHeight = it->height;
        return it;
    }

    void pos(Pos& out) {
        uint64_t t = varint();
        if (t == 0) {
            out = Pos{};
            return;
        }
        int64_t line = prevLine, col = prevCol;
        if (t == 1) {
            if (!firstKid) {
                fail("a position copied from a missing child");
                return;
            }
            line = firstKid->pos.line;
            col = firstKid->pos.col;
        } else if ((t - 2) & 1) {
            line += unzigzag((t - 2) >> 1);
            uint64_t c = varint();
            col = c > UINT32_MAX ? -1 : static_cast<int64_t>(c);
        } else {
            col += unzigzag((t - 2) >> 1);
        }
        if (line < 0 || line > int64_t(UINT32_MAX) || col < 0 || col > int64_t(UINT32_MAX)) {
            fail("position out of range");
            return;
        }
        prevLine = line;
        prevCol = col;
        out = Pos{fileId, static_cast<uint32_t>(line), static_cast<uint32_t>(col)};
    }
    void tok(Tok& t, uint64_t mask) {
        uint8_t b = byte();
        if (b >= 64 || !(mask & (uint64_t(1) << b))) {
            fail("a token that its node cannot have");
            return;
        }
        t = static_cast<Tok>(b);
    }
    void flag(bool& f) {
        uint8_t b = byte();
        if (b > 1) fail("bad flag");
        f = b == 1;
    }
    template <class E>
    void enumByte(E& e, E max) {
        uint8_t b = byte();
        if (b > static_cast<uint8_t>(max)) {
            fail("enum value out of range");
            return;
        }
        e = static_cast<E>(b);
    }
    void integer(int& i) {
        int64_t v = unzigzag(varint());
        if (v < INT32_MIN || v > INT32_MAX) {
            fail("integer out of range");
            return;
        }
        i = static_cast<int>(v);
    }
    void str(std::string& s) {
        uint64_t i = varint();
        if (i >= strings.size()) {
            fail("string index out of range");
            return;
        }
        s.assign(strings[i]);
    }
    template <class T>
    void ref(T*& r) {
        uint64_t i = varint();
        if (i == 0) return;
        if (i - 1 >= nodes.size() || !T::classof(nodes[i - 1])) {
            fail("a bad reference");
            return;
        }
        r = static_cast<T*>(nodes[i - 1]);
    }
    template <class T>
    void refList(std::vector<T*>& v) {
        uint64_t n = varint();
        if (n > nodes.size()) {
            fail("a bad reference list");
            return;
        }
        v.reserve(n);
        for (uint64_t k = 0; k < n && !bad(); k++) {
            uint64_t i = varint();
            if (i >= nodes.size() || !T::classof(nodes[i])) {
                fail("a bad reference");
                return;
            }
            v.push_back(static_cast<T*>(nodes[i]));
        }
    }
    template <class T>
    void child(T*& c, bool nullable) {
        const Item* it = take();
        if (!it) return;
        if (!it->n) {
            if (!nullable) fail("a required child is missing");
            return;
        }
        if (!T::classof(it->n) || it->shape != Shape::Plain) {
            fail("a child of the wrong kind");
            return;
        }
        c = static_cast<T*>(it->n);
    }
    // A list; clauses are accepted (and set `shape`) only if allowClauses.
    template <class T>
    void listOf(std::vector<T*>& v, bool allowClauses) {
        if (nextCount >= nCounts) {
            fail("more lists than counted");
            return;
        }
        uint64_t n = counts[nextCount++];
        if (n > slotEnd - slot) {
            fail("a list longer than the node's children");
            return;
        }
        v.reserve(n);
        size_t clauses = 0;
        for (uint64_t k = 0; k < n; k++) {
            const Item* it = take();  // never null: n <= slotEnd - slot
            if (!it || !it->n || !T::classof(it->n) || it->shape == Shape::ClauseBlock ||
                (it->shape == Shape::Clause && !allowClauses)) {
                fail("a list element of the wrong kind");
                return;
            }
            clauses += it->shape == Shape::Clause;
            v.push_back(static_cast<T*>(it->n));
        }
        if (clauses == 0) return;
        if (clauses != n) fail("a block mixes clauses and statements");
        shape = Shape::ClauseBlock;
    }
    template <class T>
    void list(std::vector<T*>& v) {
        listOf(v, false);
    }
    void blockList(std::vector<Stmt*>& v) { listOf(v, true); }
    void clauseBody(BlockStmt*& b) {
        const Item* it = take();
        if (!it) return;
        if (!it->n || !is<BlockStmt>(it->n) || it->shape == Shape::Clause) {
            fail("a switch or select body that is not a block");
            return;
        }
        b = cast<BlockStmt>(it->n);
    }
};

// Reads a record's list lengths and sums its child slots.
struct SlotCounter {
    Reader& r;
    uint64_t slots = 0;

    void pos(Pos&) {}
    void tok(Tok&, uint64_t) {}
    void flag(bool&) {}
    template <class E>
    void enumByte(E&, E) {}
    void integer(int&) {}
    void str(std::string&) {}
    template <class T>
    void ref(T*&) {}
    template <class T>
    void refList(std::vector<T*>&) {}
    template <class T>
    void child(T*&, bool) {
        slots++;
    }
    template <class T>
    void list(std::vector<T*>&) {
        uint64_t n = r.varint();
        if (r.nCounts == Reader::kMaxLists || n > r.stack.size()) {
            r.fail("a list longer than the decoded nodes");
            return;
        }
        r.counts[r.nCounts++] = n;
        slots += n;
    }
    void blockList(std::vector<Stmt*>& v) { list(v); }
    void clauseBody(BlockStmt*&) { slots++; }
};

Node* newNode(AstContext& ctx, NodeKind k) {
    switch (k) {
    case NodeKind::Ident: return ctx.make<Ident>(Pos{}, std::string());
    case NodeKind::BasicLit: return ctx.make<BasicLit>(Pos{}, LitKind::Int, std::string());
#define GOMINI_NEW(K) \
    case NodeKind::K: return ctx.make<K>(Pos{});
        GOMINI_NEW(BadExpr)
        GOMINI_NEW(Ellipsis)
        GOMINI_NEW(CompositeLit)
        GOMINI_NEW(FuncLit)
        GOMINI_NEW(ParenExpr)
        GOMINI_NEW(SelectorExpr)
        GOMINI_NEW(IndexExpr)
        GOMINI_NEW(SliceExpr)
        GOMINI_NEW(TypeAssertExpr)
        GOMINI_NEW(CallExpr)
        GOMINI_NEW(StarExpr)
        GOMINI_NEW(UnaryExpr)
        GOMINI_NEW(BinaryExpr)
        GOMINI_NEW(KeyValueExpr)
        GOMINI_NEW(ArrayType)
        GOMINI_NEW(StructType)
        GOMINI_NEW(FuncType)
        GOMINI_NEW(InterfaceType)
        GOMINI_NEW(MapType)
        GOMINI_NEW(ChanType)
        GOMINI_NEW(BadStmt)
        GOMINI_NEW(DeclStmt)
        GOMINI_NEW(EmptyStmt)
        GOMINI_NEW(LabeledStmt)
        GOMINI_NEW(ExprStmt)
        GOMINI_NEW(SendStmt)
        GOMINI_NEW(IncDecStmt)
        GOMINI_NEW(AssignStmt)
        GOMINI_NEW(GoStmt)
        GOMINI_NEW(DeferStmt)
        GOMINI_NEW(ReturnStmt)
        GOMINI_NEW(BranchStmt)
        GOMINI_NEW(BlockStmt)
        GOMINI_NEW(IfStmt)
        GOMINI_NEW(CaseClause)
        GOMINI_NEW(SwitchStmt)
        GOMINI_NEW(TypeSwitchStmt)
        GOMINI_NEW(CommClause)
        GOMINI_NEW(SelectStmt)
        GOMINI_NEW(ForStmt)
        GOMINI_NEW(RangeStmt)
        GOMINI_NEW(ImportSpec)
        GOMINI_NEW(ValueSpec)
        GOMINI_NEW(TypeSpec)
        GOMINI_NEW(GenDecl)
        GOMINI_NEW(FuncDecl)
        GOMINI_NEW(BadDecl)
        GOMINI_NEW(Field)
        GOMINI_NEW(FieldList)
        GOMINI_NEW(File)
#undef GOMINI_NEW
    }
    return nullptr;
}

bool isTypeSwitchGuard(const Expr* e) {
    auto* ta = as<TypeAssertExpr>(e);
    return ta && !ta->assertType;
}

// The shape rules that field types cannot express; null if n obeys them.
const char* shapeError(const Node* n) {
    auto clausesAre = [](const BlockStmt* b, NodeKind k) {
        for (const Stmt* s : b->list)
            if (s->kind != k) return false;
        return true;
    };
    switch (n->kind) {
    case NodeKind::IfStmt: {
        const Stmt* e = cast<IfStmt>(n)->elseStmt;
        if (e && !is<IfStmt>(e) && !is<BlockStmt>(e)) return "an else branch that is not an if or a block";
        return nullptr;
    }
    case NodeKind::SwitchStmt:
        return clausesAre(cast<SwitchStmt>(n)->body, NodeKind::CaseClause) ? nullptr : "a switch body without cases";
    case NodeKind::TypeSwitchStmt: {
        auto* s = cast<TypeSwitchStmt>(n);
        if (!clausesAre(s->body, NodeKind::CaseClause)) return "a switch body without cases";
        if (auto* es = as<ExprStmt>(s->assign)) return isTypeSwitchGuard(es->x) ? nullptr : "a bad type switch guard";
        auto* a = as<AssignStmt>(s->assign);
        bool ok = a && a->tok == Tok::Define && a->lhs.size() == 1 && is<Ident>(a->lhs[0]) && a->rhs.size() == 1 &&
                  isTypeSwitchGuard(a->rhs[0]);
        return ok ? nullptr : "a bad type switch guard";
    }
    case NodeKind::SelectStmt:
        return clausesAre(cast<SelectStmt>(n)->body, NodeKind::CommClause) ? nullptr : "a select body without cases";
    case NodeKind::GenDecl: {
        auto* d = cast<GenDecl>(n);
        NodeKind want = d->tok == Tok::Import ? NodeKind::ImportSpec
                        : d->tok == Tok::Type ? NodeKind::TypeSpec
                                              : NodeKind::ValueSpec;
        for (const Spec* s : d->specs)
            if (s->kind != want) return "a declaration with specs of the wrong kind";
        return nullptr;
    }
    default: return nullptr;
    }
}

File* decode(AstContext& ctx, std::string_view blob, uint32_t fileId, std::string* err) {
    auto failWith = [&](const std::string& msg) -> File* {
        if (err) *err = "AST blob: " + msg;
        return nullptr;
    };
    uint64_t version = 0;
    size_t at = checksumOffset(blob, &version);
    if (at == 0) return failWith("bad header");
    if (version != kAstBlobVersion) {
        return failWith("version " + std::to_string(version) + ", want " + std::to_string(kAstBlobVersion));
    }
    std::string_view payload = blob.substr(at + 4);
    uint32_t sum = 0;
    for (int k = 0; k < 4; k++) sum |= uint32_t(static_cast<uint8_t>(blob[at + k])) << (8 * k);
    if (sum != payloadHash(payload)) return failWith("checksum mismatch (corrupt blob)");

    Reader r;
    r.p = reinterpret_cast<const uint8_t*>(payload.data());
    r.end = r.p + payload.size();
    r.fileId = fileId;
    uint64_t nodeCount = r.varint();
    uint64_t stringCount = r.varint();
    // Each node record and each string takes at least one byte.
    if (r.bad() || nodeCount > payload.size() || stringCount > payload.size()) return failWith("bad counts");
    r.strings.reserve(stringCount);
    for (uint64_t i = 0; i < stringCount; i++) {
        uint64_t len = r.varint();
        if (r.bad() || len > uint64_t(r.end - r.p)) return failWith("truncated string table");
        r.strings.emplace_back(reinterpret_cast<const char*>(r.p), len);
        r.p += len;
    }
    r.nodes.reserve(nodeCount);
    r.stack.reserve(64);

    File* file = nullptr;
    while (r.p < r.end && !file) {
        uint8_t op = *r.p++;
        if (op == 0) {
            r.stack.push_back({nullptr, 0, Shape::Plain});
            continue;
        }
        if (op - 1 > static_cast<int>(NodeKind::File)) return failWith("bad node kind");
        auto kind = static_cast<NodeKind>(op - 1);
        if (r.nodes.size() >= nodeCount) return failWith("more nodes than announced");
        Node* n = newNode(ctx, kind);
        r.nCounts = r.nextCount = 0;
        SlotCounter sc{r};
        visitFields(sc, n);
        if (r.bad() || sc.slots > r.stack.size()) return failWith("a node with more children than decoded");
        uint64_t slots = sc.slots;
        r.slotEnd = r.stack.size();
        r.slot = r.slotEnd - slots;
        r.firstKid = nullptr;
        for (size_t i = r.slot; i < r.slotEnd && !r.firstKid; i++) r.firstKid = r.stack[i].n;
        r.maxHeight = 0;
        r.shape = kind == NodeKind::CaseClause || kind == NodeKind::CommClause ? Shape::Clause : Shape::Plain;
        r.pos(n->pos);
        visitFields(r, n);
        if (r.bad()) return failWith(std::string(r.why) + " (in a " + nodeKindName(kind) + ")");
        if (r.slot != r.slotEnd || r.nextCount != r.nCounts) {
            return failWith(std::string("unused children of a ") + nodeKindName(kind));
        }
        if (const char* e = shapeError(n)) return failWith(e);
        uint32_t height = r.maxHeight + 1;
        if (height > static_cast<uint32_t>(kMaxAstDepth)) return failWith("tree deeper than kMaxAstDepth");
        r.stack.resize(r.slotEnd - slots);
        r.stack.push_back({n, height, r.shape});
        r.nodes.push_back(n);
        if (kind == NodeKind::File) {
            file = cast<File>(n);
            file->fileId = fileId;
        }
    }
    if (!file) return failWith("truncated (no File node)");
    if (r.p != r.end) return failWith("trailing bytes after the File node");
    if (r.stack.size() != 1) return failWith("nodes outside the File");
    if (r.nodes.size() != nodeCount) return failWith("fewer nodes than announced");
    return file;
}

}  // namespace

std::string serializeFile(const File* f, std::string* err) {
    Serializer s;
    struct Frame {
        const Node* n;
        const Node* firstKid;  // once expanded
        bool expanded;
    };
    std::vector<Frame> stack{{f, nullptr, false}};
    std::vector<const Node*> kids;
    while (!stack.empty() && s.error.empty()) {
        Frame fr = stack.back();
        stack.pop_back();
        if (!fr.n) {
            s.records.push_back(0);
            continue;
        }
        Node* n = const_cast<Node*>(fr.n);  // the visitors only read
        if (!fr.expanded) {
            if (!s.index.emplace(n, Serializer::kPending).second) {
                s.fail(std::string("a ") + nodeKindName(n->kind) + " is reachable twice");
                break;
            }
            kids.clear();
            Collector c{s, kids};
            visitFields(c, n);
            const Node* first = nullptr;
            for (size_t i = 0; i < kids.size() && !first; i++) first = kids[i];
            stack.push_back({n, first, true});
            for (size_t i = kids.size(); i-- > 0;) stack.push_back({kids[i], nullptr, false});
            continue;
        }
        s.records.push_back(static_cast<char>(static_cast<uint8_t>(n->kind) + 1));
        CountWriter cw{s.records};
        visitFields(cw, n);
        Writer w{s, s.records, fr.firstKid};
        w.pos(n->pos);
        visitFields(w, n);
        s.index[n] = s.nodeCount++;
    }
    if (!s.error.empty()) {
        if (err) *err = "serializeFile: " + s.error;
        return "";
    }
    std::string payload;
    payload.reserve(s.records.size() + 16 * s.strings.size() + 16);
    putVarint(payload, s.nodeCount);
    putVarint(payload, s.strings.size());
    for (std::string_view str : s.strings) {
        putVarint(payload, str.size());
        payload.append(str);
    }
    payload += s.records;

    std::string blob(kMagic, 4);
    putVarint(blob, kAstBlobVersion);
    size_t at = blob.size();
    blob.append(4, '\0');
    putU32(blob, at, payloadHash(payload));
    blob += payload;
    return blob;
}

File* deserializeFile(AstContext& ctx, std::string_view blob, uint32_t fileId, std::string* err) {
    return decode(ctx, blob, fileId, err);
}

void resealAstBlob(std::string& blob) {
    size_t at = checksumOffset(blob, nullptr);
    if (at == 0) return;
    putU32(blob, at, payloadHash(std::string_view(blob).substr(at + 4)));
}

}  // namespace gomini::frontend
