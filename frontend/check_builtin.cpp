// check_builtin.cpp — calls of the predeclared functions (go/types
// builtins.go): append cap clear close complex copy delete imag len make max
// min new panic print println real recover.
//
// Arguments are evaluated as an ordinary list except for make and new, whose
// first argument is a type. len and cap of an array (or pointer to array)
// are constants unless the argument contains a call or a receive
// (env_.hasCallOrRecv tracks that while the argument is checked).
#include "frontend/check.h"

namespace gomini::frontend {

const char* builtinName(BuiltinId id) {
    switch (id) {
    case BuiltinId::Append:
        return "append";
    case BuiltinId::Cap:
        return "cap";
    case BuiltinId::Clear:
        return "clear";
    case BuiltinId::Close:
        return "close";
    case BuiltinId::Complex:
        return "complex";
    case BuiltinId::Copy:
        return "copy";
    case BuiltinId::Delete:
        return "delete";
    case BuiltinId::Imag:
        return "imag";
    case BuiltinId::Len:
        return "len";
    case BuiltinId::Make:
        return "make";
    case BuiltinId::Max:
        return "max";
    case BuiltinId::Min:
        return "min";
    case BuiltinId::New:
        return "new";
    case BuiltinId::Panic:
        return "panic";
    case BuiltinId::Print:
        return "print";
    case BuiltinId::Println:
        return "println";
    case BuiltinId::Real:
        return "real";
    case BuiltinId::Recover:
        return "recover";
    }
    return "?";
}

Interface* Checker::emptyInterface() {
    if (!emptyIface_) {
        emptyIface_ = ctx_.newType<Interface>();
        completeInterface(emptyIface_);
    }
    return emptyIface_;
}

namespace {

struct BuiltinArity {
    size_t nargs;
    bool variadic;
};

BuiltinArity arityOf(BuiltinId id) {
    switch (id) {
    case BuiltinId::Append:
        return {1, true};
    case BuiltinId::Complex:
    case BuiltinId::Copy:
    case BuiltinId::Delete:
        return {2, false};
    case BuiltinId::Make:
    case BuiltinId::Max:
    case BuiltinId::Min:
        return {1, true};
    case BuiltinId::Print:
    case BuiltinId::Println:
        return {0, true};
    case BuiltinId::Recover:
        return {0, false};
    default:
        return {1, false};
    }
}

}  // namespace

bool Checker::builtin(Operand& x, CallExpr* call, BuiltinId id) {
    const std::string name = builtinName(id);
    const std::string invalidOp = "invalid operation: ";
    const std::string invalidArg = "invalid argument: ";
    if ((id == BuiltinId::Min || id == BuiltinId::Max || id == BuiltinId::Clear) && !allowVersion(21)) {
        std::string what = id == BuiltinId::Clear ? name : "built-in " + name;
        error(posOf(call->fun), what + " requires go1.21 or later (-lang was set to go1." +
                                    std::to_string(cfg_.langMinor) + "; check go.mod)");
        useList(call->args);
        return false;
    }
    if (call->hasDots() && id != BuiltinId::Append) {
        error(posOf(call), invalidOp + "invalid use of ... with built-in " + name);
        useList(call->args);
        return false;
    }

    // len(x) and cap(x) are constant for arrays unless x contains a call or receive.
    struct RestoreFlag {
        bool& flag;
        bool saved;
        ~RestoreFlag() { flag = saved; }
    };
    std::optional<RestoreFlag> restore;
    if (id == BuiltinId::Len || id == BuiltinId::Cap) {
        restore.emplace(RestoreFlag{env_.hasCallOrRecv, env_.hasCallOrRecv});
        env_.hasCallOrRecv = false;
    }

    std::vector<Operand> args;
    size_t nargs = call->args.size();
    if (id != BuiltinId::Make && id != BuiltinId::New) {
        exprList(call->args, false, args, nullptr);
        nargs = args.size();
        for (auto& a : args) {
            if (a.invalid()) return false;
        }
        if (nargs > 0) x = args[0];
    }

    BuiltinArity ar = arityOf(id);
    {
        std::string msg;
        if (nargs < ar.nargs) {
            msg = "not enough";
        } else if (!ar.variadic && nargs > ar.nargs) {
            msg = "too many";
        }
        if (!msg.empty()) {
            error(posOf(call), invalidOp + msg + " arguments for " + exprString(call) + " (expected " +
                                   std::to_string(ar.nargs) + ", found " + std::to_string(nargs) + ")");
            return false;
        }
    }

    switch (id) {
    case BuiltinId::Append: {
        Type* S = x.type;
        auto* s = tas<Slice>(under(S));
        if (!s || x.isNil()) {
            std::string cause = x.isNil() ? "have untyped nil" : "have " + operandString(x);
            error(posOf(x), "first argument to append must be a slice; " + cause);
            return false;
        }
        if (nargs == 2 && call->hasDots()) {
            Operand tmp = x;
            Type* byteSlice = ctx_.newType<Slice>(universeByte());
            if (assignableTo(tmp, byteSlice, nullptr) && isString(args[1].type)) {
                if (isUntyped(args[1].type)) {
                    Operand& y = args[1];
                    convertUntyped(y, typ(BasicKind::String));
                }
                x.mode = OpMode::Value;
                x.type = S;
                break;
            }
        }
        auto* sig = ctx_.newType<Signature>();
        sig->params = ctx_.newType<Tuple>();
        sig->params->vars.push_back(ctx_.newObject<Var>("", S, Pos{}, nullptr));
        sig->params->vars.push_back(ctx_.newObject<Var>("", ctx_.newType<Slice>(s->elem), Pos{}, nullptr));
        sig->results = ctx_.newType<Tuple>();
        sig->results->vars.push_back(ctx_.newObject<Var>("", S, Pos{}, nullptr));
        sig->variadic = true;
        arguments(call, sig, args);
        x.mode = OpMode::Value;
        x.type = S;
        break;
    }
    case BuiltinId::Cap:
    case BuiltinId::Len: {
        OpMode mode = OpMode::Invalid;
        constant::Value val;
        Type* t = under(x.type);
        if (auto* p = tas<Pointer>(t)) {
            if (auto* a = tas<Array>(under(p->base))) t = a;
        }
        switch (t->kind) {
        case TypeKind::Basic:
            if (isString(t) && id == BuiltinId::Len) {
                if (x.mode == OpMode::Constant) {
                    mode = OpMode::Constant;
                    val = constant::makeInt64(static_cast<int64_t>(constant::stringVal(x.val).size()));
                } else {
                    mode = OpMode::Value;
                }
            }
            break;
        case TypeKind::Array:
            mode = OpMode::Value;
            if (!env_.hasCallOrRecv) {
                mode = OpMode::Constant;
                auto* a = static_cast<Array*>(t);
                val = a->len >= 0 ? constant::makeInt64(a->len) : constant::makeUnknown();
            }
            break;
        case TypeKind::Slice:
        case TypeKind::Chan:
            mode = OpMode::Value;
            break;
        case TypeKind::Map:
            if (id == BuiltinId::Len) mode = OpMode::Value;
            break;
        default:
            break;
        }
        if (mode == OpMode::Invalid) {
            if (isValid(under(x.type))) error(posOf(x), invalidArg + operandString(x) + " for built-in " + name);
            return false;
        }
        if (mode == OpMode::Value && isUntyped(x.type)) convertUntyped(x, typ(BasicKind::String));
        x.mode = mode;
        x.type = typ(BasicKind::Int);
        x.val = val;
        break;
    }
    case BuiltinId::Clear: {
        Type* u = under(x.type);
        if (!isa<Map>(u) && !isa<Slice>(u)) {
            error(posOf(x), invalidArg + "cannot clear " + operandString(x) +
                                ": argument must be (or constrained by) map or slice");
            return false;
        }
        x.mode = OpMode::NoValue;
        break;
    }
    case BuiltinId::Close: {
        auto* ch = tas<Chan>(under(x.type));
        if (!ch) {
            error(posOf(x), invalidOp + "cannot close non-channel " + operandString(x));
            return false;
        }
        if (ch->dir == ChanDir::Recv) {
            error(posOf(x), invalidOp + "cannot close receive-only channel " + operandString(x));
            return false;
        }
        x.mode = OpMode::NoValue;
        break;
    }
    case BuiltinId::Complex: {
        Operand& y = args[1];
        int d = 0;
        if (isUntyped(x.type)) d |= 1;
        if (isUntyped(y.type)) d |= 2;
        switch (d) {
        case 1:
            convertUntyped(x, y.type);
            break;
        case 2:
            convertUntyped(y, x.type);
            break;
        case 3:
            if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
                auto toFloat = [this](Operand& o) {
                    if (isNumeric(o.type) && constant::sign(constant::imag(o.val)) == 0) {
                        o.type = typ(BasicKind::UntypedFloat);
                    }
                };
                toFloat(x);
                toFloat(y);
            } else {
                convertUntyped(x, typ(BasicKind::Float64));
                convertUntyped(y, typ(BasicKind::Float64));
            }
            break;
        default:
            break;
        }
        if (x.invalid() || y.invalid()) return false;
        if (!identical(x.type, y.type)) {
            error(posOf(x), invalidOp + exprString(call) + " (mismatched types " + typeStr(x.type) + " and " +
                                typeStr(y.type) + ")");
            return false;
        }
        Type* res = nullptr;
        if (auto* b = tas<Basic>(under(x.type))) {
            switch (b->bkind) {
            case BasicKind::Float32:
                res = typ(BasicKind::Complex64);
                break;
            case BasicKind::Float64:
                res = typ(BasicKind::Complex128);
                break;
            case BasicKind::UntypedFloat:
                res = typ(BasicKind::UntypedComplex);
                break;
            default:
                break;
            }
        }
        if (!res) {
            error(posOf(x), invalidArg + "arguments have type " + typeStr(x.type) + ", expected floating-point");
            return false;
        }
        if (x.mode == OpMode::Constant && y.mode == OpMode::Constant) {
            x.val = constant::binaryOp(constant::toComplex(constant::toFloat(x.val)), Tok::Add,
                                       constant::makeImag(constant::toFloat(y.val)));
        } else {
            x.mode = OpMode::Value;
        }
        x.type = res;
        break;
    }
    case BuiltinId::Copy: {
        Operand& y = args[1];
        auto* dst = tas<Slice>(under(x.type));
        Type* src0 = under(y.type);
        Slice* src = tas<Slice>(src0);
        Slice byteSlice(universeByte());
        if (!src && isString(src0)) src = &byteSlice;
        if (!dst || !src) {
            error(posOf(x), invalidArg + "copy expects slice arguments; found " + operandString(x) + " and " +
                                operandString(y));
            return false;
        }
        if (!identical(dst->elem, src->elem)) {
            error(posOf(x), invalidArg + "arguments to copy " + operandString(x) + " and " + operandString(y) +
                                " have different element types " + typeStr(dst->elem) + " and " + typeStr(src->elem));
            return false;
        }
        if (isUntyped(y.type)) convertUntyped(y, typ(BasicKind::String));
        x.mode = OpMode::Value;
        x.type = typ(BasicKind::Int);
        break;
    }
    case BuiltinId::Delete: {
        auto* m = tas<Map>(under(x.type));
        if (!m) {
            error(posOf(x), invalidArg + operandString(x) + " is not a map");
            return false;
        }
        Operand& k = args[1];
        assignment(k, m->key, "argument to delete");
        if (k.invalid()) return false;
        x.mode = OpMode::NoValue;
        break;
    }
    case BuiltinId::Imag:
    case BuiltinId::Real: {
        if (isUntyped(x.type)) {
            if (x.mode == OpMode::Constant) {
                if (isNumeric(x.type)) x.type = typ(BasicKind::UntypedComplex);
            } else {
                convertUntyped(x, typ(BasicKind::Complex128));
                if (x.invalid()) return false;
            }
        }
        Type* res = nullptr;
        if (auto* b = tas<Basic>(under(x.type))) {
            switch (b->bkind) {
            case BasicKind::Complex64:
                res = typ(BasicKind::Float32);
                break;
            case BasicKind::Complex128:
                res = typ(BasicKind::Float64);
                break;
            case BasicKind::UntypedComplex:
                res = typ(BasicKind::UntypedFloat);
                break;
            default:
                break;
            }
        }
        if (!res) {
            error(posOf(x), invalidArg + "argument has type " + typeStr(x.type) + ", expected complex type");
            return false;
        }
        if (x.mode == OpMode::Constant) {
            x.val = id == BuiltinId::Real ? constant::real(x.val) : constant::imag(x.val);
        } else {
            x.mode = OpMode::Value;
        }
        x.type = res;
        break;
    }
    case BuiltinId::Make: {
        Expr* arg0 = call->args[0];
        Type* T = varType(arg0);
        if (!isValid(T)) return false;
        size_t min = 0;
        switch (under(T)->kind) {
        case TypeKind::Slice:
            min = 2;
            break;
        case TypeKind::Map:
        case TypeKind::Chan:
            min = 1;
            break;
        default:
            error(posOf(arg0), invalidArg + "cannot make " + exprString(arg0) + "; type must be slice, map, or channel");
            return false;
        }
        if (nargs < min || min + 1 < nargs) {
            error(posOf(call), invalidOp + exprString(call) + " expects " + std::to_string(min) + " or " +
                                   std::to_string(min + 1) + " arguments; found " + std::to_string(nargs));
            return false;
        }
        std::vector<int64_t> sizes;
        for (size_t i = 1; i < call->args.size(); i++) {
            auto [t, size] = index(call->args[i], -1);
            if (size >= 0) sizes.push_back(size);
        }
        if (sizes.size() == 2 && sizes[0] > sizes[1]) {
            error(posOf(call->args[1]), invalidArg + "length and capacity swapped");
        }
        x.mode = OpMode::Value;
        x.type = T;
        break;
    }
    case BuiltinId::Max:
    case BuiltinId::Min: {
        Tok op = id == BuiltinId::Max ? Tok::Gtr : Tok::Lss;
        for (size_t i = 0; i < args.size(); i++) {
            Operand& a = args[i];
            if (!isOrdered(a.type)) {
                error(posOf(a), invalidArg + operandString(a) + " cannot be ordered");
                return false;
            }
            if (i > 0) {
                matchTypes(x, a);
                if (x.invalid() || a.invalid()) return false;
                if (!identical(x.type, a.type)) {
                    error(posOf(a), invalidArg + "mismatched types " + typeStr(x.type) + " (previous argument) and " +
                                        typeStr(a.type) + " (type of " + exprString(a.expr) + ")");
                    return false;
                }
                if (x.mode == OpMode::Constant && a.mode == OpMode::Constant) {
                    if (!x.val.isUnknown() && !a.val.isUnknown()) {
                        auto [p, q] = constant::match(a.val, x.val);
                        if (constant::compare(p, op, q)) x = a;
                    }
                } else {
                    x.mode = OpMode::Value;
                }
            }
        }
        if (x.mode != OpMode::Constant) {
            x.mode = OpMode::Value;
            assignment(x, emptyInterface(), "argument to built-in " + name);
            if (x.invalid()) return false;
        }
        for (auto& a : args) updateExprType(a.expr, x.type, true);
        break;
    }
    case BuiltinId::New: {
        Type* T = varType(call->args[0]);
        if (!isValid(T)) return false;
        x.mode = OpMode::Value;
        x.type = ctx_.newType<Pointer>(T);
        break;
    }
    case BuiltinId::Panic:
        assignment(x, emptyInterface(), "argument to panic");
        if (x.invalid()) return false;
        x.mode = OpMode::NoValue;
        break;
    case BuiltinId::Print:
    case BuiltinId::Println:
        for (auto& a : args) {
            assignment(a, nullptr, "argument to built-in " + name);
            if (a.invalid()) return false;
        }
        x.mode = OpMode::NoValue;
        break;
    case BuiltinId::Recover:
        x.mode = OpMode::Value;
        x.type = emptyInterface();
        break;
    }
    return true;
}

}  // namespace gomini::frontend
