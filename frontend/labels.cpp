// labels.cpp — labels and branch statements of one function body, with gc's
// messages (cmd/compile/internal/syntax/branches.go; gc checks these in its
// parser, so types2's wording does not apply).
//
// One pass over the statement tree, block by block:
//   * every label of the body lives in one table (labels are function-wide);
//     each remembers the block declaring it;
//   * a block records the blocks enclosing it and the labeled statement it
//     belongs to, so that "break L"/"continue L" can check that L labels an
//     ENCLOSING for/switch/select (enclosingTarget), and "goto L" that L is
//     declared in the current block or an enclosing one (gotoTarget);
//   * a goto to a label not yet seen is a forward goto: it is resolved when
//     the label appears later in the same block (and is then bad if a
//     variable was declared between them), or passed up to the enclosing
//     block when the inner block ends. Forward gotos still unresolved at the
//     end jump into a block (the label exists) or to an undefined label.
// Statement nesting is bounded by the parser; kMaxDepth is a second guard.
#include <map>
#include <memory>

#include "frontend/flow.h"

namespace gomini::frontend {

namespace {

constexpr int kMaxDepth = 10000;

struct Block {
    Block* parent;
    Pos start;
    const LabeledStmt* lstmt;  // the labeled statement this block belongs to, or null
};

struct LabelInfo {
    Block* parent;
    const LabeledStmt* lstmt;
    bool used = false;
};

// The statements whose bodies break/continue/fallthrough may refer to.
struct Targets {
    const Stmt* breaks = nullptr;     // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt
    const Stmt* continues = nullptr;  // ForStmt or RangeStmt
    int caseIndex = -1;               // index of the immediately enclosing switch case, or -1
};

const LabeledStmt kInvalid{Pos{}};  // signals a label that names no enclosing statement

class LabelChecker {
public:
    LabelChecker(const SourceSet& files, Diagnostics& diags) : files_(files), diags_(diags) {}

    void run(BlockStmt* body) {
        std::vector<const BranchStmt*> fwd =
            blockBranches(nullptr, Targets{}, nullptr, blockStart(body), body->list, 0);
        for (const BranchStmt* g : fwd) {
            const std::string& name = g->label->name;
            auto it = labels_.find(name);
            if (it != labels_.end()) {
                it->second.used = true;  // avoid "defined and not used"
                err(g->label->pos, "goto " + name + " jumps into block starting at " + fmt(it->second.parent->start));
            } else {
                err(g->label->pos, "label " + name + " not defined");
            }
        }
        for (auto& [name, l] : labels_)
            if (!l.used) err(l.lstmt->label->pos, "label " + name + " defined and not used");
    }

private:
    const SourceSet& files_;
    Diagnostics& diags_;
    std::map<std::string, LabelInfo> labels_;
    std::vector<std::unique_ptr<Block>> blocks_;

    void err(Pos p, std::string msg) { diags_.error(p, std::move(msg)); }
    std::string fmt(Pos p) const {
        return p.file ? files_.format(p) : std::to_string(p.line) + ":" + std::to_string(p.col);
    }

    static Pos blockStart(const BlockStmt* b) { return b->lbrace.valid() ? b->lbrace : b->pos; }

    LabelInfo* declare(Block* b, const LabeledStmt* s) {
        const std::string& name = s->label->name;
        auto it = labels_.find(name);
        if (it != labels_.end()) {
            err(s->label->pos, "label " + name + " already defined at " + fmt(it->second.lstmt->label->pos));
            return &it->second;
        }
        return &labels_.emplace(name, LabelInfo{b, s}).first->second;
    }

    const LabeledStmt* gotoTarget(Block* b, const std::string& name) {
        auto it = labels_.find(name);
        if (it == labels_.end()) return nullptr;
        it->second.used = true;  // even if it's not a valid target
        for (; b; b = b->parent)
            if (it->second.parent == b) return it->second.lstmt;
        return nullptr;
    }

    const LabeledStmt* enclosingTarget(Block* b, const std::string& name) {
        auto it = labels_.find(name);
        if (it == labels_.end()) return nullptr;
        it->second.used = true;  // even if it's not a valid target
        for (; b; b = b->parent)
            if (it->second.lstmt == b->lstmt) return it->second.lstmt;
        return &kInvalid;
    }

    static size_t numClauses(const BlockStmt* body) { return body ? body->list.size() : 0; }

    // Processes a block's statements; returns the forward gotos left unresolved.
    std::vector<const BranchStmt*> blockBranches(Block* parent, Targets ctxt, const LabeledStmt* lstmt, Pos start,
                                                 const std::vector<Stmt*>& body, int depth) {
        std::vector<const BranchStmt*> fwdGotos, badGotos;
        if (depth > kMaxDepth) return fwdGotos;
        blocks_.push_back(std::make_unique<Block>(Block{parent, start, lstmt}));
        Block* b = blocks_.back().get();

        Pos varPos;
        std::string varName;
        auto recordVarDecl = [&](Pos pos, std::string name) {
            varPos = pos;
            varName = std::move(name);
            // Every forward goto so far jumps over this declaration, unless it
            // leaves the block (unknown yet): remember them as potentially bad.
            badGotos = fwdGotos;
        };
        auto jumpsOverVarDecl = [&](const BranchStmt* g) {
            if (!varPos.valid()) return false;
            for (const BranchStmt* bad : badGotos)
                if (bad == g) return true;
            return false;
        };
        auto innerBlock = [&](Targets inner, Pos innerStart, const std::vector<Stmt*>& list) {
            auto more = blockBranches(b, inner, lstmt, innerStart, list, depth + 1);
            fwdGotos.insert(fwdGotos.end(), more.begin(), more.end());
        };

        // A fallthrough counts as the last statement even if empty statements follow it.
        size_t n = body.size();
        while (n > 0 && is<EmptyStmt>(body[n - 1])) n--;

        for (size_t stmtIndex = 0; stmtIndex < n; stmtIndex++) {
            const Stmt* stmt = body[stmtIndex];
            lstmt = nullptr;
            // Labeled statements: declare the label, then process the statement it labels.
            while (auto* ls = as<LabeledStmt>(stmt)) {
                if (ls->label && ls->label->name != "_") {
                    const std::string& name = ls->label->name;
                    LabelInfo* l = declare(b, ls);
                    size_t keep = 0;
                    for (const BranchStmt* g : fwdGotos) {
                        if (g->label->name == name) {
                            l->used = true;
                            if (jumpsOverVarDecl(g))
                                err(g->label->pos,
                                    "goto " + name + " jumps over declaration of " + varName + " at " + fmt(varPos));
                        } else {
                            fwdGotos[keep++] = g;
                        }
                    }
                    fwdGotos.resize(keep);
                    lstmt = ls;
                }
                stmt = ls->stmt;
            }
            if (!stmt) continue;

            switch (stmt->kind) {
            case NodeKind::DeclStmt: {
                auto* gd = cast<DeclStmt>(stmt)->decl;
                if (gd && gd->tok == Tok::Var) {
                    for (const Spec* sp : gd->specs) {
                        auto* vs = as<ValueSpec>(sp);
                        if (vs && !vs->names.empty()) {
                            recordVarDecl(vs->names[0]->pos, vs->names[0]->name);
                            break;  // the first declaration will do
                        }
                    }
                }
                break;
            }
            case NodeKind::AssignStmt: {
                auto* as = cast<AssignStmt>(stmt);
                if (as->tok == Tok::Define) {
                    std::string names;
                    for (size_t i = 0; i < as->lhs.size(); i++) {
                        if (i > 0) names += ", ";
                        auto* id = frontend::as<Ident>(as->lhs[i]);
                        names += id ? id->name : "_";
                    }
                    recordVarDecl(as->opPos.valid() ? as->opPos : as->pos, names);
                }
                break;
            }
            case NodeKind::BranchStmt:
                branch(cast<BranchStmt>(stmt), b, ctxt, stmtIndex, n, fwdGotos);
                break;
            case NodeKind::BlockStmt: {
                auto* bs = cast<BlockStmt>(stmt);
                innerBlock(Targets{ctxt.breaks, ctxt.continues, -1}, blockStart(bs), bs->list);
                break;
            }
            case NodeKind::IfStmt: {
                auto* is = cast<IfStmt>(stmt);
                Targets inner{ctxt.breaks, ctxt.continues, -1};
                if (is->body) innerBlock(inner, blockStart(is->body), is->body->list);
                if (is->elseStmt) {
                    Pos p = is->elseStmt->pos;
                    if (auto* eb = as<BlockStmt>(is->elseStmt)) p = blockStart(eb);
                    innerBlock(inner, p, std::vector<Stmt*>{is->elseStmt});
                }
                break;
            }
            case NodeKind::ForStmt: {
                auto* fs = cast<ForStmt>(stmt);
                if (fs->body) innerBlock(Targets{fs, fs, -1}, blockStart(fs->body), fs->body->list);
                break;
            }
            case NodeKind::RangeStmt: {
                auto* rs = cast<RangeStmt>(stmt);
                if (rs->body) innerBlock(Targets{rs, rs, -1}, blockStart(rs->body), rs->body->list);
                break;
            }
            case NodeKind::SwitchStmt:
            case NodeKind::TypeSwitchStmt:
            case NodeKind::SelectStmt: {
                const BlockStmt* clauses = nullptr;
                if (auto* sw = as<SwitchStmt>(stmt)) clauses = sw->body;
                if (auto* ts = as<TypeSwitchStmt>(stmt)) clauses = ts->body;
                if (auto* sel = as<SelectStmt>(stmt)) clauses = sel->body;
                if (!clauses) break;
                bool isSelect = is<SelectStmt>(stmt);
                Targets inner{stmt, ctxt.continues, -1};
                for (size_t i = 0; i < clauses->list.size(); i++) {
                    const Stmt* c = clauses->list[i];
                    if (!isSelect) inner.caseIndex = static_cast<int>(i);
                    if (auto* cc = as<CaseClause>(c))
                        innerBlock(inner, cc->pos, cc->body);
                    else if (auto* comm = as<CommClause>(c))
                        innerBlock(inner, comm->pos, comm->body);
                }
                break;
            }
            default:
                break;
            }
        }
        return fwdGotos;
    }

    void branch(const BranchStmt* s, Block* b, const Targets& ctxt, size_t stmtIndex, size_t n,
                std::vector<const BranchStmt*>& fwdGotos) {
        if (!s->label) {
            switch (s->tok) {
            case Tok::Break:
                if (!ctxt.breaks) err(s->pos, "break is not in a loop, switch, or select");
                break;
            case Tok::Continue:
                if (!ctxt.continues) err(s->pos, "continue is not in a loop");
                break;
            case Tok::Fallthrough: {
                std::string msg = "fallthrough statement out of place";
                if (is<TypeSwitchStmt>(ctxt.breaks)) {
                    msg = "cannot fallthrough in type switch";
                } else if (auto* sw = as<SwitchStmt>(ctxt.breaks)) {
                    if (ctxt.caseIndex < 0 || stmtIndex + 1 < n) {
                        // nested in a block, or not the last statement: msg as is
                    } else if (static_cast<size_t>(ctxt.caseIndex) + 1 == numClauses(sw->body)) {
                        msg = "cannot fallthrough final case in switch";
                    } else {
                        return;  // fallthrough ok
                    }
                }
                err(s->pos, msg);
                break;
            }
            default:
                break;  // goto without label: a syntax error already
            }
            return;
        }
        const std::string& name = s->label->name;
        switch (s->tok) {
        case Tok::Break:
            if (const LabeledStmt* t = enclosingTarget(b, name)) {
                const Stmt* ts = t == &kInvalid ? nullptr : t->stmt;
                if (!(is<ForStmt>(ts) || is<RangeStmt>(ts) || is<SwitchStmt>(ts) || is<TypeSwitchStmt>(ts) ||
                      is<SelectStmt>(ts)))
                    err(s->label->pos, "invalid break label " + name);
            } else {
                err(s->label->pos, "break label not defined: " + name);
            }
            break;
        case Tok::Continue:
            if (const LabeledStmt* t = enclosingTarget(b, name)) {
                const Stmt* ts = t == &kInvalid ? nullptr : t->stmt;
                if (!(is<ForStmt>(ts) || is<RangeStmt>(ts))) err(s->label->pos, "invalid continue label " + name);
            } else {
                err(s->label->pos, "continue label not defined: " + name);
            }
            break;
        case Tok::Goto:
            if (!gotoTarget(b, name)) fwdGotos.push_back(s);  // may be declared later
            break;
        default:
            break;
        }
    }
};

}  // namespace

void checkLabels(BlockStmt* body, const SourceSet& files, Diagnostics& diags) {
    if (!body) return;
    LabelChecker(files, diags).run(body);
}

}  // namespace gomini::frontend
