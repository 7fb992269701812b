// check.h — the type checker of one package (the twin of go/types' Checker).
//
// Shape (go/types, cmd/compile/internal/types2):
//   1. collectObjects: every package-level declaration becomes an Object in
//      the package scope with a DeclInfo (its spec, init expression, file
//      scope); imports become PkgNames in their file scope; methods are
//      grouped by receiver base type.
//   2. packageObjects: objDecl on every object, in source order. objDecl is
//      lazy and re-entrant: an identifier that denotes a package-level object
//      not yet declared checks that object first. Objects being declared are
//      "grey" and sit on objPath; meeting a grey object again is a cycle,
//      which validCycle accepts (through type definitions, or values only via
//      functions) or reports ("invalid recursive type T", "initialization
//      cycle").
//   3. Delayed actions (function bodies, validType, map key and embedded
//      field checks, interface duplicate methods) run after all package-level
//      declarations, in the order they were queued.
//   4. initOrder (initorder.cpp) orders package-level variables by their
//      dependencies (Package::inits); unusedImports; untyped leftovers get
//      their default type.
//
// Files: check.cpp (driver, errors, recording, printing), check_decl.cpp
// (objects and declarations), check_typexpr.cpp (type expressions),
// check_expr.cpp (expressions, untyped operands, selectors, index/slice),
// check_call.cpp (calls, conversions), check_builtin.cpp, check_const.cpp
// (representability), check_stmt.cpp (statements, assignments),
// initorder.cpp; driver.cpp wires parsing, imports and checking together.
//
// Expressions are checked by rawExpr into an Operand (mode, type, constant
// value). Results are recorded in the AST as they are computed
// (Expr::mode/type/value, Ident::obj, CaseClause::implicitObj). Untyped
// expressions are remembered in `untyped_` until their final type is known
// (updateExprType propagates it down the tree, as go/types does); whatever is
// still untyped at the end gets its default type.
//
// Errors use gc's (types2 with CompilerErrorMessages) wording and positions,
// with the Go 1.20+ rewordings ("declared and not used: x",
// "\"os\" imported and not used", "cannot use x (...) as T value in ...").
// An invalid operand propagates silently, so one mistake gives one error.
//
// Recursion follows the AST, whose depth the parser bounds; no other
// recursion is driven by input (type walks are bounded by type nesting, which
// the AST bounds too).
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "frontend/ast.h"
#include "frontend/constant.h"
#include "frontend/diag.h"
#include "frontend/objects.h"
#include "frontend/types.h"

namespace gomini::frontend {

// How the checker configures one package check.
struct CheckerConfig {
    int langMinor = 22;               // -lang=go1.N
    bool allowMissingBodies = false;  // stdlib: functions may be declared without body (natives)
    // Returns the package with this import path (checked), or null if there is none.
    std::function<Package*(const std::string& path)> importer;
    // Formats a position as "file:line:col" for the secondary lines of multi-part errors.
    std::function<std::string(Pos)> formatPos;
    // The sources (for the label checks of flow.h, which format positions themselves).
    const SourceSet* sources = nullptr;
};

// Operand modes used inside the checker (go/types operandMode). NilValue is
// recorded in the AST as Mode::Value with the untyped nil type.
enum class OpMode : uint8_t {
    Invalid,
    NoValue,
    Builtin,
    TypeExpr,
    Constant,
    Variable,
    MapIndex,
    Value,
    NilValue,
    CommaOk,
};

struct Operand {
    OpMode mode = OpMode::Invalid;
    Expr* expr = nullptr;
    Type* type = nullptr;
    constant::Value val;
    BuiltinId id = BuiltinId::Append;
    bool isNil() const { return mode == OpMode::NilValue; }
    bool invalid() const { return mode == OpMode::Invalid; }
};

// The name of a built-in function ("append", ...).
const char* builtinName(BuiltinId id);

// What rawExpr found an expression to be (for statement-context checks).
enum class ExprKind : uint8_t { Conversion, Expression, Statement };

// Package-level declaration information (go/types declInfo).
struct DeclInfo {
    Scope* file = nullptr;           // scope of the file holding the declaration
    std::vector<Var*> lhs;           // lhs of an n:1 variable declaration, else empty
    Expr* vtyp = nullptr;            // declared type (const and var)
    Expr* init = nullptr;            // initialization expression (const and var)
    bool inherited = false;          // const: init is inherited from a previous spec
    ValueSpec* vspec = nullptr;      // const/var spec
    TypeSpec* tdecl = nullptr;       // type declaration
    FuncDecl* fdecl = nullptr;       // function declaration
    std::vector<Object*> deps;       // package-level objects this declaration refers to (insertion order)
    std::unordered_set<Object*> depSet;
    bool hasInitializer() const { return init != nullptr || (fdecl && fdecl->body); }
    void addDep(Object* o) {
        if (depSet.insert(o).second) deps.push_back(o);
    }
};

// Statement context flags (go/types stmtContext).
enum StmtContext : uint32_t {
    kBreakOk = 1u << 0,
    kContinueOk = 1u << 1,
    kFallthroughOk = 1u << 2,
    kFinalSwitchCase = 1u << 3,
    kInTypeSwitch = 1u << 4,
};

class Checker {
public:
    Checker(TypeContext& ctx, Diagnostics& diags, Package* pkg, CheckerConfig cfg);
    ~Checker();
    Checker(const Checker&) = delete;
    Checker& operator=(const Checker&) = delete;

    // Checks the files of the package (all must have the package's name).
    void checkFiles(const std::vector<File*>& files);


    // --- helpers shared by the check_*.cpp files (public for the unit tests) ---
    std::string exprString(const Expr* e) const;
    std::string typeStr(const Type* t) const { return typeString(t, pkg_); }
    std::string operandString(const Operand& x) const;

private:
    friend struct CheckerAccess;

    // ===== check.cpp: driver, errors, recording =====
    void error(Pos pos, std::string msg);
    void softError(Pos pos, std::string msg) { error(pos, std::move(msg)); }
    void errorMulti(const std::vector<std::pair<Pos, std::string>>& parts);
    Pos posOf(const Operand& x) const;
    Pos posOf(const Node* n) const;
    static Pos nodePos(const Expr* e);  // syntax.Node.Pos(): the position gc gives the node itself
    void later(std::function<void()> f) { delayed_.push_back(std::move(f)); }
    void processDelayed(size_t top);
    void record(Operand& x);
    void recordTypeAndValue(Expr* e, OpMode mode, Type* t, const constant::Value* val);
    void recordDef(Ident* id, Object* obj) {
        if (id) id->obj = obj;
    }
    void recordUse(Ident* id, Object* obj) {
        if (id) id->obj = obj;
    }
    void rememberUntyped(Expr* e, bool isLhs, OpMode mode, Basic* t, const constant::Value& val);
    void recordUntyped();
    Basic* typ(BasicKind k) const { return ctx_.typ(k); }
    Type* invalidType() const { return ctx_.typ(BasicKind::Invalid); }
    Object* lookup(const std::string& name) const;
    void openScope(Node* n, Pos pos, Pos end, const char* comment);
    void closeScope();
    void usage(Scope* scope);
    void unusedImports();
    bool allowVersion(int minor) const { return cfg_.langMinor >= minor; }

    // ===== check_decl.cpp: declarations =====
    void collectObjects();
    void declarePkgObj(Ident* ident, Object* obj, DeclInfo* d);
    void declare(Scope* scope, Ident* id, Object* obj);
    void arity(Pos pos, const std::vector<Ident*>& names, const std::vector<Expr*>& inits, bool constDecl,
               bool inherited);
    std::pair<bool, TypeName*> resolveBaseTypeName(bool seenPtr, Expr* typ);
    void packageObjects();
    void objDecl(Object* obj, Named* def);
    bool validCycle(Object* obj);
    void cycleError(const std::vector<Object*>& cycle);
    void constDecl(Const* obj, Expr* typ, Expr* init, bool inherited, const constant::Value& iota);
    void varDecl(Var* obj, const std::vector<Var*>& lhs, Expr* typ, Expr* init);
    void typeDecl(TypeName* obj, TypeSpec* tdecl, Named* def);
    void resolvePendingUnderlying();
    void collectMethods(TypeName* obj);
    void checkFieldUniqueness(Named* base);
    void funcDecl(Func* obj, DeclInfo* d);
    void declStmt(GenDecl* d);
    void addDeclDep(Object* to);
    uint32_t colorOf(Object* obj) const;
    void setColor(Object* obj, uint32_t c);
    uint32_t push(Object* obj);
    Object* pop();

    // ===== check_typexpr.cpp: type expressions =====
    Type* typExpr(Expr* e);
    Type* varType(Expr* e);
    Type* definedType(Expr* e, Named* def);
    Type* typInternal(Expr* e, Named* def);
    void setUnderlying(Named* def, Type* t);
    Type* typeOperand(Operand& x, Named* def);
    int64_t arrayLength(Expr* e);
    void structType(Struct* st, StructType* e);
    Scope* funcType(Signature* sig, FieldList* recv, FuncType* ftyp);
    void collectParams(Scope* scope, FieldList* list, bool variadicOk, std::vector<Var*>& out, bool& variadic);
    void interfaceType(Interface* it, InterfaceType* e, Named* def);
    void checkInterfaceMethods(Interface* it, InterfaceType* e);
    void validType(Named* t);
    bool validType0(Type* t, std::vector<Named*>& nest);
    Type* namedRHS(Named* n) const;

    // ===== check_expr.cpp: expressions =====
    ExprKind rawExpr(Operand& x, Expr* e, Type* hint);
    ExprKind exprInternal(Operand& x, Expr* e, Type* hint);
    void expr(Operand& x, Expr* e);
    void multiExpr(Operand& x, Expr* e);
    void exprWithHint(Operand& x, Expr* e, Type* hint);
    void exprOrType(Operand& x, Expr* e);
    void exclude(Operand& x, uint32_t modeset);
    void singleValue(Operand& x);
    void ident(Operand& x, Ident* e, Named* def, bool wantType);
    void basicLit(Operand& x, BasicLit* e);
    void compositeLit(Operand& x, CompositeLit* e, Type* hint);
    int64_t indexedElts(const std::vector<Expr*>& elts, Type* elem, int64_t length);
    void funcLit(Operand& x, FuncLit* e);
    void unary(Operand& x, UnaryExpr* e);
    void starExpr(Operand& x, StarExpr* e);
    void binary(Operand& x, Expr* e, Expr* lhs, Expr* rhs, Tok op, Pos opPos);
    void shift(Operand& x, Operand& y, Expr* e, Tok op);
    void comparison(Operand& x, Operand& y, Tok op, bool switchCase);
    void matchTypes(Operand& x, Operand& y);
    bool opAllowed(Tok op, Operand& x, bool unaryOp);
    void overflow(Operand& x, Pos opPos);
    void updateExprType(Expr* e, Type* t, bool final);
    void updateExprType0(Expr* parent, Expr* e, Type* t, bool final);
    void updateExprVal(Expr* e, const constant::Value& val);
    void convertUntyped(Operand& x, Type* target);
    // Returns the new type (null on failure with *code set) and possibly a new value.
    enum class ConvCode : uint8_t { Ok, TruncatedFloat, NumericOverflow, InvalidConstVal, InvalidUntypedConversion };
    Type* implicitTypeAndValue(Operand& x, Type* target, std::optional<constant::Value>* newVal, ConvCode* code);
    void invalidConversion(ConvCode code, Operand& x, Type* target);
    std::string incomparableCause(Type* t);
    std::string kindString(Type* t);
    void selector(Operand& x, SelectorExpr* e, Named* def);
    bool indexExpr(Operand& x, IndexExpr* e);
    void sliceExpr(Operand& x, SliceExpr* e);
    std::pair<Type*, int64_t> index(Expr* index, int64_t max);
    bool isValidIndex(Operand& x, const char* what, bool allowNegative);
    void typeAssertion(Expr* e, Operand& x, Type* T, bool typeSwitch);
    void use(Expr* e);
    void useList(const std::vector<Expr*>& list) {
        for (auto* e : list) use(e);
    }
    void useLHS(Expr* e);
    bool assignableTo(Operand& x, Type* T, std::string* reason);
    bool convertibleTo(Operand& x, Type* T, std::string* cause);
    bool implements(Type* V, Type* T, std::string* cause);

    // ===== check_const.cpp =====
    bool representableConst(const constant::Value& x, Basic* t, constant::Value* rounded);
    ConvCode representation(Operand& x, Basic* t, constant::Value* out);
    void representable(Operand& x, Basic* t);

    // ===== check_call.cpp =====
    ExprKind callExpr(Operand& x, CallExpr* call);
    void exprList(const std::vector<Expr*>& elist, bool allowCommaOk, std::vector<Operand>& out, bool* commaOk);
    void arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args);
    void conversion(Operand& x, Type* T);
    std::string typesSummary(const std::vector<Type*>& list, bool variadic);

    // ===== check_builtin.cpp =====
    bool builtin(Operand& x, CallExpr* call, BuiltinId id);

    // ===== check_stmt.cpp =====
    void funcBody(DeclInfo* decl, const std::string& name, Signature* sig, BlockStmt* body, Scope* scope,
                  const std::optional<constant::Value>& iota);
    void stmtList(uint32_t ctxt, const std::vector<Stmt*>& list);
    void stmt(uint32_t ctxt, Stmt* s);
    void simpleStmt(Stmt* s) {
        if (s) stmt(0, s);
    }
    void assignment(Operand& x, Type* T, const std::string& context);
    void initConst(Const* lhs, Operand& x);
    Type* initVar(Var* lhs, Operand& x, const std::string& context);
    Type* assignVar(Expr* lhs, Operand& x);
    void assignError(const std::vector<Expr*>& rhs, size_t nvars, size_t nvals);
    void returnError(Pos at, const std::vector<Var*>& lhs, const std::vector<Operand>& rhs);
    void initVars(const std::vector<Var*>& lhs, const std::vector<Expr*>& rhs, ReturnStmt* returnStmt);
    void assignVars(const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
    void shortVarDecl(Pos pos, const std::vector<Expr*>& lhs, const std::vector<Expr*>& rhs);
    void suspendedCall(const char* keyword, Expr* call);
    void switchStmt(uint32_t inner, SwitchStmt* s);
    void typeSwitchStmt(uint32_t inner, TypeSwitchStmt* s);
    void selectStmt(uint32_t inner, SelectStmt* s);
    void rangeStmt(uint32_t inner, RangeStmt* s);
    using CaseValueSeen = std::unordered_map<std::string, std::vector<std::pair<Pos, Type*>>>;
    using TypeCaseSeen = std::vector<std::pair<Type*, Expr*>>;
    void caseValues(Operand& x, const std::vector<Expr*>& values, CaseValueSeen& seen);
    Type* caseTypes(Operand* x, const std::vector<Expr*>& types, TypeCaseSeen& seen);
    void multipleDefaults(BlockStmt* body);
    bool isNilExpr(Expr* e);

    // ===== initorder.cpp =====
    void initOrder();

    // ----- state -----
    TypeContext& ctx_;
    Diagnostics& diags_;
    Package* pkg_;
    CheckerConfig cfg_;
    std::vector<File*> files_;
    bool firstErr_ = false;

    std::vector<std::unique_ptr<DeclInfo>> declInfos_;
    std::unordered_map<Object*, DeclInfo*> objMap_;
    std::vector<Object*> objList_;  // objMap_ keys in declaration order
    std::unordered_map<Object*, uint32_t> colors_;  // 0 white, 1 black, 2+i grey at objPath_[i]
    std::vector<Object*> objPath_;
    std::unordered_map<TypeName*, std::vector<Func*>> methods_;
    std::vector<PkgName*> imports_;
    std::unordered_map<Object*, PkgName*> dotImported_;  // object made visible by a dot-import -> its PkgName
    std::vector<std::function<void()>> delayed_;

    struct UntypedInfo {
        bool isLhs = false;
        OpMode mode = OpMode::Invalid;
        Basic* type = nullptr;
        constant::Value val;
    };
    std::unordered_map<Expr*, UntypedInfo> untyped_;

    std::unordered_map<const Signature*, Scope*> funcScopes_;
    std::unordered_map<Named*, Type*> namedRHS_;       // declared right-hand side of local defined types
    std::unordered_map<Named*, Named*> pendingUnder_;  // Named whose RHS is a Named still being declared
    std::unordered_set<Named*> valids_;
    std::unordered_map<const Interface*, InterfaceType*> ifaceExprs_;
    std::vector<std::unique_ptr<Ident>> synthIdents_;  // identifiers made up for messages ("true" of a tagless switch)
    Interface* emptyIface_ = nullptr;  // interface{} (prints "interface{}", unlike the universe's any)
    Interface* emptyInterface();

    // The environment of the declaration or function being checked (go/types environment).
    struct Env {
        DeclInfo* decl = nullptr;
        Scope* scope = nullptr;
        std::optional<constant::Value> iota;
        Pos errpos;
        Signature* sig = nullptr;
        bool hasLabel = false;
        bool hasCallOrRecv = false;
    };
    Env env_;
};

}  // namespace gomini::frontend
