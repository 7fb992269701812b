// check_call.cpp — calls, argument passing and conversions (go/types
// call.go, conversions.go).
//
// A call expression is one of: a conversion T(x) (the function is a type),
// a built-in call (check_builtin.cpp), or a function/method call. Arguments
// are evaluated as a list; a single call argument with several results is
// spread over the parameters (f(g())). A variadic function receives its
// trailing arguments as the element type of its last parameter, or one slice
// argument followed by "...".
#include "frontend/check.h"

namespace gomini::frontend {

namespace {

// The kind of expression a built-in call is (go/types predeclaredFuncs[].kind).
ExprKind builtinKind(BuiltinId id) {
    switch (id) {
    case BuiltinId::Clear:
    case BuiltinId::Close:
    case BuiltinId::Copy:
    case BuiltinId::Delete:
    case BuiltinId::Panic:
    case BuiltinId::Print:
    case BuiltinId::Println:
    case BuiltinId::Recover:
        return ExprKind::Statement;
    default:
        return ExprKind::Expression;
    }
}

}  // namespace

ExprKind Checker::callExpr(Operand& x, CallExpr* call) {
    exprOrType(x, call->fun);
    switch (x.mode) {
    case OpMode::Invalid:
        useList(call->args);
        x.expr = call;
        return ExprKind::Statement;
    case OpMode::TypeExpr: {
        Type* T = x.type;
        x.mode = OpMode::Invalid;
        size_t n = call->args.size();
        if (n == 0) {
            error(posOf(call), "missing argument in conversion to " + typeStr(T));
        } else if (n == 1) {
            expr(x, call->args[0]);
            if (!x.invalid()) {
                if (call->hasDots()) {
                    error(posOf(call->args[0]), "invalid use of ... in conversion to " + typeStr(T));
                    x.mode = OpMode::Invalid;
                } else {
                    conversion(x, T);
                }
            }
        } else {
            useList(call->args);
            error(posOf(call->args[n - 1]), "too many arguments in conversion to " + typeStr(T));
        }
        x.expr = call;
        return ExprKind::Conversion;
    }
    case OpMode::Builtin: {
        BuiltinId id = x.id;
        if (!builtin(x, call, id)) x.mode = OpMode::Invalid;
        x.expr = call;
        if (x.mode != OpMode::Invalid && x.mode != OpMode::Constant) env_.hasCallOrRecv = true;
        return builtinKind(id);
    }
    default:
        break;
    }

    auto* sig = tas<Signature>(under(x.type));
    if (!sig) {
        error(posOf(x), "invalid operation: cannot call non-function " + operandString(x));
        x.mode = OpMode::Invalid;
        x.expr = call;
        return ExprKind::Statement;
    }
    std::vector<Operand> args;
    exprList(call->args, false, args, nullptr);
    arguments(call, sig, args);

    size_t nres = sig->results ? sig->results->vars.size() : 0;
    if (nres == 0) {
        x.mode = OpMode::NoValue;
        x.type = nullptr;
    } else if (nres == 1) {
        x.mode = OpMode::Value;
        x.type = sig->results->vars[0]->type;
    } else {
        x.mode = OpMode::Value;
        x.type = sig->results;
    }
    x.expr = call;
    env_.hasCallOrRecv = true;
    return ExprKind::Statement;
}

void Checker::exprList(const std::vector<Expr*>& elist, bool allowCommaOk, std::vector<Operand>& out, bool* commaOk) {
    if (commaOk) *commaOk = false;
    if (elist.empty()) return;
    if (elist.size() == 1) {
        Expr* e = elist[0];
        Operand x;
        multiExpr(x, e);
        if (auto* t = tas<Tuple>(x.type); t && !x.invalid()) {
            for (Var* v : t->vars) {
                Operand o;
                o.mode = OpMode::Value;
                o.expr = e;
                o.type = v->type;
                out.push_back(std::move(o));
            }
            return;
        }
        bool ok = allowCommaOk && (x.mode == OpMode::MapIndex || x.mode == OpMode::CommaOk);
        out.push_back(x);
        if (ok) {
            out[0].mode = OpMode::Value;
            Operand o;
            o.mode = OpMode::Value;
            o.expr = e;
            o.type = typ(BasicKind::UntypedBool);
            out.push_back(std::move(o));
            if (commaOk) *commaOk = true;
        }
        return;
    }
    for (Expr* e : elist) {
        Operand x;
        expr(x, e);
        out.push_back(std::move(x));
    }
}

std::string Checker::typesSummary(const std::vector<Type*>& list, bool variadic) {
    std::string res = "(";
    for (size_t i = 0; i < list.size(); i++) {
        if (i > 0) res += ", ";
        Type* t = list[i];
        std::string s;
        if (!t || !isValid(t)) {
            s = "<T>";
        } else if (isUntyped(t)) {
            if (isNumeric(t)) {
                s = "number";
            } else {
                s = static_cast<Basic*>(t)->name;
                if (s.rfind("untyped ", 0) == 0) s = s.substr(8);
            }
        } else if (variadic && i + 1 == list.size()) {
            if (auto* sl = tas<Slice>(t)) {
                s = "..." + typeStr(sl->elem);
            } else {
                s = typeStr(t);
            }
        } else {
            s = typeStr(t);
        }
        res += s;
    }
    return res + ")";
}

void Checker::arguments(CallExpr* call, Signature* sig, std::vector<Operand>& args) {
    for (auto& a : args) {
        if (a.mode == OpMode::TypeExpr) {
            error(posOf(a), operandString(a) + " used as value");
            return;
        }
        if (a.invalid()) return;
    }
    size_t nargs = args.size();
    const std::vector<Var*> noParams;
    const std::vector<Var*>& params = sig->params ? sig->params->vars : noParams;
    size_t npars = params.size();
    bool ddd = call->hasDots();

    std::vector<Type*> sigParams;
    for (Var* p : params) sigParams.push_back(p->type);
    if (sig->variadic) {
        if (ddd) {
            if (call->args.size() == 1 && nargs > 1) {
                error(posOf(call), "cannot use ... with " + std::to_string(nargs) + "-valued " +
                                       exprString(call->args[0]));
                return;
            }
        } else {
            if (npars > 0 && nargs + 1 >= npars) {
                Type* last = params[npars - 1]->type;
                Type* elem = tas<Slice>(last) ? static_cast<Slice*>(last)->elem : last;
                sigParams.resize(npars - 1);
                while (sigParams.size() < nargs) sigParams.push_back(elem);
                npars = nargs;
            } else if (npars > 0) {
                npars--;  // for the error message below
            }
        }
    } else if (ddd) {
        error(posOf(call), "cannot use ... in call to non-variadic " + exprString(call->fun));
        return;
    }

    if (nargs != npars) {
        Pos at = posOf(call);
        std::string qualifier = "not enough";
        if (nargs > npars) {
            at = posOf(args[npars]);
            qualifier = "too many";
        } else if (nargs > 0) {
            at = posOf(args[nargs - 1]);
        }
        std::vector<Type*> have, want;
        for (auto& a : args) have.push_back(a.type);
        for (Var* p : params) want.push_back(p->type);
        errorMulti({{at, qualifier + " arguments in call to " + exprString(call->fun)},
                    {Pos{}, "have " + typesSummary(have, false)},
                    {Pos{}, "want " + typesSummary(want, sig->variadic)}});
        return;
    }
    if (!args.empty()) {
        std::string context = "argument to " + exprString(call->fun);
        for (size_t i = 0; i < args.size(); i++) assignment(args[i], sigParams[i], context);
    }
}

void Checker::conversion(Operand& x, Type* T) {
    bool constArg = x.mode == OpMode::Constant;
    std::string cause;
    bool ok = false;
    auto* tb = tas<Basic>(under(T));
    if (constArg && isConstType(T)) {
        // constant conversion
        constant::Value v = x.val;
        if (representableConst(x.val, tb, &v)) {
            ok = true;
            x.val = v;
        } else if (isInteger(x.type) && isString(tb)) {
            // integer -> string: the UTF-8 encoding of the code point (U+FFFD if invalid)
            uint32_t cp = 0xFFFD;
            auto [u, exact] = constant::uint64Val(x.val);
            if (exact && u <= 0x10FFFF && !(u >= 0xD800 && u <= 0xDFFF)) cp = static_cast<uint32_t>(u);
            std::string s;
            if (cp < 0x80) {
                s += static_cast<char>(cp);
            } else if (cp < 0x800) {
                s += static_cast<char>(0xC0 | (cp >> 6));
                s += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                s += static_cast<char>(0xE0 | (cp >> 12));
                s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                s += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                s += static_cast<char>(0xF0 | (cp >> 18));
                s += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                s += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                s += static_cast<char>(0x80 | (cp & 0x3F));
            }
            x.val = constant::makeString(s);
            ok = true;
        } else if (isInteger(x.type) && isInteger(T)) {
            // A conversion from an integer constant to an integer type can only fail by overflow.
            error(posOf(x), "constant " + x.val.toString() + " overflows " + typeStr(T));
            x.mode = OpMode::Invalid;
            return;
        }
    } else if (convertibleTo(x, T, &cause)) {
        ok = true;
        x.mode = OpMode::Value;
    }
    if (!ok) {
        if (!cause.empty()) {
            error(posOf(x), "cannot convert " + operandString(x) + " to type " + typeStr(T) + ": " + cause);
        } else {
            error(posOf(x), "cannot convert " + operandString(x) + " to type " + typeStr(T));
        }
        x.mode = OpMode::Invalid;
        return;
    }
    // The conversion argument's final type: untyped constants converted to a
    // non-constant type (or an interface) get their default type.
    if (isUntyped(x.type)) {
        Type* final = T;
        if (static_cast<Basic*>(x.type)->bkind == BasicKind::UntypedNil) {
            final = T;
        } else if (isInterface(T) || (constArg && !isConstType(T))) {
            final = defaultType(x.type);
        } else if (x.mode == OpMode::Constant && isInteger(x.type) && isString(T)) {
            final = x.type;
        }
        updateExprType(x.expr, final, true);
    }
    x.type = T;
}

}  // namespace gomini::frontend
