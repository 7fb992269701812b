// GoParserBase.h — base class of the generated GoParser (options superClass).
//
// It only guards the C++ stack: ANTLR parsers are recursive descent, and some
// chains of the Go syntax recurse without brackets (****T, chan chan T,
// func() func() T, ...), which the token-level bracket check of parse.cpp
// cannot see. Every rule entry is counted; past `maxDepth` the parse is
// abandoned with DepthExceeded, which parse.cpp reports as
// "exceeded max nesting depth" at the current token.
//
// Private to grammar/ and frontend/parse.cpp, ast_builder.cpp (includes ANTLR).
#pragma once

#include <cstddef>
#include <vector>

#include "antlr4-runtime.h"

namespace gomini::grammar {

struct DepthExceeded {
    antlr4::Token* token;  // the token being looked at when the limit was hit
};

class GoParserBase : public antlr4::Parser {
public:
    explicit GoParserBase(antlr4::TokenStream* input) : antlr4::Parser(input) {}

    void setMaxDepth(size_t n) { maxDepth_ = n; }

    // exitRule() is not virtual, so the depth is kept as a stack of the open
    // contexts: rules that have returned are popped lazily when a sibling or
    // an ancestor's next child is entered (each context is pushed and popped
    // once, so this is O(1) amortised).
    void enterRule(antlr4::ParserRuleContext* localctx, size_t state, size_t ruleIndex) override {
        antlr4::ParserRuleContext* parent = _ctx;
        while (!open_.empty() && open_.back() != parent) open_.pop_back();
        antlr4::Parser::enterRule(localctx, state, ruleIndex);
        open_.push_back(localctx);
        if (open_.size() > maxDepth_) throw DepthExceeded{getCurrentToken()};
    }
    void resetDepth() { open_.clear(); }

private:
    std::vector<antlr4::ParserRuleContext*> open_;
    size_t maxDepth_ = static_cast<size_t>(-1);
};

}  // namespace gomini::grammar
