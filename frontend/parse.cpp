// parse.cpp — source text to AST: decode, lex, check nesting, parse, build.
//
// Pipeline for one file:
//   1. decode: UTF-8 bytes -> code points, remembering each code point's byte
//      offset (ANTLR counts code points, gc reports byte columns). Invalid
//      UTF-8, NUL and a BOM after the start are reported in gc's words and
//      dropped, as gc's source reader does.
//   2. lex: GoLexer + GoLexerBase (semicolon insertion, literal checks). All
//      tokens are buffered.
//   3. nesting check: ( [ { deeper than kMaxNestingDepth is refused before
//      the parser (recursive descent) can recurse that deep.
//   4. parse in two stages, the standard ANTLR recipe for speed: first SLL
//      prediction with a bail-out error strategy (fast, enough for almost
//      every valid program); only if that fails, rewind and parse again with
//      full LL prediction and an error strategy that records the FIRST error
//      and stops. A failure there is a real syntax error, described in gc's
//      words by describeSyntaxError (ast_builder.cpp).
//   5. build the AST (ast_builder.cpp), then check the AST depth guarantee
//      (kMaxAstDepth, see parse.h).
//
// Lexical errors do not stop the parse (gc goes on too), but the file then
// yields no AST. Only the first syntax error is reported.
//
// The parser is recursive, so all of this runs on a thread with a large stack
// (runWithLargeStack); parseFile hops onto one itself if it is not already
// there. After a pathologically deep file the shared ANTLR DFA cache is
// cleared on that thread, so that deep prediction contexts are never freed
// (recursively) on a small stack.
#include "frontend/parse.h"

#include <pthread.h>
#include <sys/mman.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include <exception>
#include <mutex>

#include "frontend/ast_builder.h"  // first: it includes ANTLR with its warnings silenced
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wattributes"
#include "GoLexer.h"
#include "GoParser.h"
#pragma GCC diagnostic pop
#include "frontend/ast_dump.h"

namespace gomini::frontend {

namespace {

using grammar::GoLexer;
using grammar::GoParser;

thread_local bool tOnLargeStack = false;
constexpr size_t kLargeStackSize = size_t(1) << 30;  // 1 GiB (reserved lazily by the OS)

// Step 1. gc's source reader: a BOM is allowed only as the first character.
struct Decoded {
    std::u32string cps;
    grammar::SourceMap map;
    std::vector<grammar::LexError> errors;
};

void decode(std::string_view bytes, Decoded& d) {
    d.map.bytes = bytes;
    d.cps.reserve(bytes.size());
    d.map.offsets.reserve(bytes.size() + 1);
    size_t i = 0, n = bytes.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(bytes[i]);
        if (c < 0x80) {
            if (c == 0) {
                d.errors.push_back({static_cast<uint32_t>(i), "invalid NUL character"});
            } else {
                d.cps.push_back(c);
                d.map.offsets.push_back(static_cast<uint32_t>(i));
            }
            i++;
            continue;
        }
        int len = 0;
        char32_t r = 0;
        if (c >= 0xC2 && c <= 0xDF) len = 2, r = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF) len = 3, r = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4) len = 4, r = c & 0x07;
        bool ok = len > 0 && i + len <= n;
        for (int k = 1; ok && k < len; k++) {
            unsigned char cc = static_cast<unsigned char>(bytes[i + k]);
            if ((cc & 0xC0) != 0x80) ok = false;
            r = (r << 6) | (cc & 0x3F);
        }
        if (ok && ((len == 3 && (r < 0x800 || (r >= 0xD800 && r < 0xE000))) || (len == 4 && (r < 0x10000 || r > 0x10FFFF))))
            ok = false;
        if (!ok) {
            d.errors.push_back({static_cast<uint32_t>(i), "invalid UTF-8 encoding"});
            i++;
            continue;
        }
        if (r == 0xFEFF) {
            if (i != 0) d.errors.push_back({static_cast<uint32_t>(i), "invalid BOM in the middle of the file"});
        } else {
            d.cps.push_back(r);
            d.map.offsets.push_back(static_cast<uint32_t>(i));
        }
        i += static_cast<size_t>(len);
    }
    d.map.offsets.push_back(static_cast<uint32_t>(n));
}

// Step 4, second stage: record the first error and stop.
class FirstErrorStrategy : public antlr4::DefaultErrorStrategy {
public:
    explicit FirstErrorStrategy(SyntaxErrorInfo& info) : info_(info) {}

    void reportError(antlr4::Parser* p, const antlr4::RecognitionException& e) override {
        record(e.getOffendingToken() ? e.getOffendingToken() : p->getCurrentToken(), p->getContext(),
               e.getExpectedTokens());
    }
    void recover(antlr4::Parser*, std::exception_ptr) override { throw antlr4::ParseCancellationException(); }
    antlr4::Token* recoverInline(antlr4::Parser* p) override {
        record(p->getCurrentToken(), p->getContext(), p->getExpectedTokens());
        throw antlr4::ParseCancellationException();
    }
    void sync(antlr4::Parser*) override {}

private:
    void record(antlr4::Token* t, antlr4::ParserRuleContext* ctx, const antlr4::misc::IntervalSet& expected) {
        if (info_.valid) return;
        info_.valid = true;
        info_.offending = t;
        info_.ctx = ctx;
        info_.expected = expected;
    }
    SyntaxErrorInfo& info_;
};

// The deepest AST path, computed without recursion; returns the position of
// the deepest node if it exceeds kMaxAstDepth.
bool astTooDeep(const File* f, Pos& where) {
    struct Item {
        const Node* n;
        int depth;
    };
    std::vector<Item> stack{{f, 1}};
    std::vector<const Node*> kids;
    while (!stack.empty()) {
        Item it = stack.back();
        stack.pop_back();
        if (it.depth > kMaxAstDepth) {
            where = it.n->pos;
            return true;
        }
        kids.clear();
        astChildren(it.n, kids);
        for (const Node* k : kids) stack.push_back({k, it.depth + 1});
    }
    return false;
}

// GOMINI_PARSETIME=1 prints the time of each phase to stderr (for tuning).
struct PhaseTimer {
    bool on = std::getenv("GOMINI_PARSETIME") != nullptr;
    std::chrono::steady_clock::time_point last = std::chrono::steady_clock::now();
    void lap(const char* what) {
        if (!on) return;
        auto now = std::chrono::steady_clock::now();
        std::fprintf(stderr, "parse: %-8s %8.2f ms\n", what, std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
    }
};

File* parseOnThisThread(AstContext& ctx, const SourceFile& src, Diagnostics& diags) {
    PhaseTimer timer;
    Decoded dec;
    decode(src.text, dec);
    SourceInfo info;
    info.fileId = src.id;
    info.map = &dec.map;
    info.computeLines();
    timer.lap("decode");
    auto report = [&](uint32_t offset, const std::string& msg) { diags.error(info.posAtByte(offset), msg); };
    bool lexFailed = !dec.errors.empty();
    for (auto& e : dec.errors) report(e.offset, e.msg);

    // Step 2.
    grammar::GoCharStream chars(std::move(dec.cps));
    GoLexer lexer(&chars);
    lexer.removeErrorListeners();
    lexer.setSourceMap(&dec.map);
    antlr4::CommonTokenStream tokens(&lexer);
    tokens.fill();
    for (auto& e : lexer.lexErrors()) report(e.offset, e.msg);
    lexFailed = lexFailed || !lexer.lexErrors().empty();
    timer.lap("lex");

    // Step 3.
    int depth = 0, maxDepth = 0;
    for (size_t i = 0, n = tokens.size(); i < n; i++) {
        antlr4::Token* t = tokens.get(i);
        switch (t->getType()) {
        case GoLexer::LPAREN:
        case GoLexer::LBRACK:
        case GoLexer::LBRACE:
            if (++depth > kMaxNestingDepth) {
                diags.error(info.posOf(t), "exceeded max nesting depth");
                return nullptr;
            }
            maxDepth = std::max(maxDepth, depth);
            break;
        case GoLexer::RPAREN:
        case GoLexer::RBRACK:
        case GoLexer::RBRACE:
            if (depth > 0) depth--;
            break;
        }
    }

    timer.lap("nesting");

    // Step 4.
    GoParser parser(&tokens);
    parser.removeErrorListeners();
    parser.setMaxDepth(static_cast<size_t>(kMaxParseDepth));
    auto* sim = parser.getInterpreter<antlr4::atn::ParserATNSimulator>();
    // Deep files leave deep prediction contexts in ANTLR's static caches; drop
    // them here, on the big stack (see the file comment).
    struct CacheGuard {
        antlr4::atn::ParserATNSimulator* sim;
        bool deep;
        ~CacheGuard() {
            if (!deep) return;
            sim->clearDFA();
            sim->getSharedContextCache().clear();
        }
    } guard{sim, maxDepth > 500};

    GoParser::SourceFileContext* tree = nullptr;
    SyntaxErrorInfo err;
    try {
        sim->setPredictionMode(antlr4::atn::PredictionMode::SLL);
        parser.setErrorHandler(std::make_shared<antlr4::BailErrorStrategy>());
        try {
            tree = parser.sourceFile();
        } catch (antlr4::ParseCancellationException&) {
            tree = nullptr;
        }
        if (!tree) {
            tokens.seek(0);
            parser.reset();
            parser.resetDepth();
            sim->setPredictionMode(antlr4::atn::PredictionMode::LL);
            parser.setErrorHandler(std::make_shared<FirstErrorStrategy>(err));
            try {
                tree = parser.sourceFile();
            } catch (antlr4::ParseCancellationException&) {
                tree = nullptr;
            }
            if (!tree && !err.valid) {
                // Should not happen: a failure without a recorded error.
                err.valid = true;
                err.offending = parser.getCurrentToken();
                err.ctx = parser.getContext();
            }
        }
    } catch (grammar::DepthExceeded& e) {
        diags.error(info.posOf(e.token), "exceeded max nesting depth");
        return nullptr;
    }
    timer.lap(err.valid ? "parse-LL" : "parse");
    if (err.valid) {
        err.parser = &parser;
        // gc reports only the first syntax error on a line; a lexical error
        // usually explains a syntax error on its line, so keep just that one.
        Diagnostic d = describeSyntaxError(info, err, tokens);
        bool lexSameLine = false;
        for (auto& e : dec.errors)
            lexSameLine = lexSameLine || info.posAtByte(e.offset).line == d.pos.line;
        for (auto& e : lexer.lexErrors())
            lexSameLine = lexSameLine || info.posAtByte(e.offset).line == d.pos.line;
        if (!lexSameLine) diags.error(d.pos, d.msg);
        return nullptr;
    }
    if (lexFailed) return nullptr;

    // Step 5.
    File* f = buildFile(ctx, info, tree, tokens, diags);
    timer.lap("build");
    if (!f) return nullptr;
    f->eof = info.posAtByte(static_cast<uint32_t>(src.text.size()));
    Pos where;
    if (astTooDeep(f, where)) {
        diags.error(where, "exceeded max nesting depth");
        return nullptr;
    }
    timer.lap("astdepth");
    return f;
}

}  // namespace

// The big stack is mapped once per process (the OS commits pages only as they
// are touched) and reused by every runWithLargeStack call, one at a time:
// creating a thread on a ready stack costs tens of microseconds, while
// mapping and unmapping 1 GiB for each thread costs milliseconds.
void runWithLargeStack(const std::function<void()>& fn) {
    if (tOnLargeStack) {
        fn();
        return;
    }
    static std::mutex mu;
    static void* stack = nullptr;
    std::lock_guard<std::mutex> lock(mu);
    constexpr size_t kGuard = 64 * 1024;
    if (!stack) {
        void* p = mmap(nullptr, kLargeStackSize, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE | MAP_STACK, -1, 0);
        if (p != MAP_FAILED) {
            mprotect(p, kGuard, PROT_NONE);  // overflow faults instead of corrupting memory
            stack = p;
        }
    }
    struct Job {
        const std::function<void()>* fn;
        std::exception_ptr error;
    } job{&fn, nullptr};
    auto body = [](void* p) -> void* {
        auto* j = static_cast<Job*>(p);
        tOnLargeStack = true;
        try {
            (*j->fn)();
        } catch (...) {
            j->error = std::current_exception();
        }
        return nullptr;
    };
    pthread_attr_t attr;
    pthread_attr_init(&attr);
    if (stack)
        pthread_attr_setstack(&attr, static_cast<char*>(stack) + kGuard, kLargeStackSize - kGuard);
    else
        pthread_attr_setstacksize(&attr, kLargeStackSize);
    pthread_t th;
    int rc = pthread_create(&th, &attr, body, &job);
    pthread_attr_destroy(&attr);
    if (rc != 0) {
        // No thread (resource limits): run here rather than not at all.
        fn();
        return;
    }
    pthread_join(th, nullptr);
    if (job.error) std::rethrow_exception(job.error);
}

File* parseFile(AstContext& ctx, const SourceFile& src, Diagnostics& diags) {
    File* result = nullptr;
    runWithLargeStack([&] { result = parseOnThisThread(ctx, src, diags); });
    return result;
}

}  // namespace gomini::frontend
