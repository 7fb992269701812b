// check_const.cpp — representability of constant values (go/types
// representableConst, representation, representable).
//
// A constant is representable by a basic type if it fits without loss of
// integer precision and without overflow: integer types take only integral
// values in their range (int, uint and uintptr are 64 bits wide), float32
// and float64 take any finite value after rounding to the nearest
// representable value (which becomes the constant's value), complex types
// round both parts, string and bool take their own kinds. Untyped kinds
// accept everything of their class. An Unknown value (from an earlier error)
// is representable by everything, so that errors do not cascade.
#include "frontend/check.h"

namespace gomini::frontend {

bool Checker::representableConst(const constant::Value& x, Basic* t, constant::Value* rounded) {
    using constant::Kind;
    if (x.isUnknown()) return true;
    if (!t) return false;
    uint32_t info = t->info;
    if (info & IsInteger) {
        constant::Value v = constant::toInt(x);
        if (v.kind() != Kind::Int) return false;
        if (rounded) *rounded = v;
        auto [i64, ok] = constant::int64Val(v);
        if (ok) {
            switch (t->bkind) {
            case BasicKind::Int:
            case BasicKind::Int64:
            case BasicKind::UntypedInt:
            case BasicKind::UntypedRune:
                return true;
            case BasicKind::Int8:
                return i64 >= -128 && i64 <= 127;
            case BasicKind::Int16:
                return i64 >= -32768 && i64 <= 32767;
            case BasicKind::Int32:
                return i64 >= -2147483648LL && i64 <= 2147483647LL;
            case BasicKind::Uint:
            case BasicKind::Uintptr:
            case BasicKind::Uint64:
                return i64 >= 0;
            case BasicKind::Uint8:
                return i64 >= 0 && i64 <= 255;
            case BasicKind::Uint16:
                return i64 >= 0 && i64 <= 65535;
            case BasicKind::Uint32:
                return i64 >= 0 && i64 <= 4294967295LL;
            default:
                return false;
            }
        }
        // Does not fit in int64.
        switch (t->bkind) {
        case BasicKind::Uint:
        case BasicKind::Uintptr:
        case BasicKind::Uint64:
            return constant::sign(v) >= 0 && constant::bitLen(v) <= 64;
        case BasicKind::UntypedInt:
        case BasicKind::UntypedRune:
            return true;
        default:
            return false;
        }
    }
    if (info & IsFloat) {
        constant::Value v = constant::toFloat(x);
        if (v.kind() != Kind::Float && v.kind() != Kind::Int) return false;
        switch (t->bkind) {
        case BasicKind::Float32: {
            auto r = constant::roundFloat32(v);
            if (!r) return false;
            if (rounded) *rounded = *r;
            return true;
        }
        case BasicKind::Float64: {
            auto r = constant::roundFloat64(v);
            if (!r) return false;
            if (rounded) *rounded = *r;
            return true;
        }
        case BasicKind::UntypedFloat:
            return true;
        default:
            return false;
        }
    }
    if (info & IsComplex) {
        constant::Value v = constant::toComplex(x);
        if (v.kind() != Kind::Complex) return false;
        switch (t->bkind) {
        case BasicKind::Complex64:
        case BasicKind::Complex128: {
            bool is64 = t->bkind == BasicKind::Complex64;
            auto re = is64 ? constant::roundFloat32(constant::real(v)) : constant::roundFloat64(constant::real(v));
            auto im = is64 ? constant::roundFloat32(constant::imag(v)) : constant::roundFloat64(constant::imag(v));
            if (!re || !im) return false;
            if (rounded) *rounded = constant::binaryOp(*re, Tok::Add, constant::makeImag(*im));
            return true;
        }
        case BasicKind::UntypedComplex:
            return true;
        default:
            return false;
        }
    }
    if (info & IsString) return x.kind() == Kind::String;
    if (info & IsBoolean) return x.kind() == Kind::Bool;
    return false;
}

Checker::ConvCode Checker::representation(Operand& x, Basic* t, constant::Value* out) {
    constant::Value v = x.val;
    if (!representableConst(x.val, t, &v)) {
        if (isNumeric(x.type) && isNumeric(t)) {
            // numeric conversion: truncation (float -> integer) or overflow
            if (!isInteger(x.type) && isInteger(t)) return ConvCode::TruncatedFloat;
            return ConvCode::NumericOverflow;
        }
        return ConvCode::InvalidConstVal;
    }
    if (out) *out = v;
    return ConvCode::Ok;
}

void Checker::representable(Operand& x, Basic* t) {
    constant::Value v;
    ConvCode code = representation(x, t, &v);
    if (code != ConvCode::Ok) {
        invalidConversion(code, x, t);
        x.mode = OpMode::Invalid;
        return;
    }
    x.val = v;
}

void Checker::invalidConversion(ConvCode code, Operand& x, Type* target) {
    std::string xs = operandString(x);
    std::string ts = typeStr(target);
    switch (code) {
    case ConvCode::TruncatedFloat:
        error(posOf(x), xs + " truncated to " + ts);
        break;
    case ConvCode::NumericOverflow:
        error(posOf(x), xs + " overflows " + ts);
        break;
    default:
        error(posOf(x), "cannot convert " + xs + " to type " + ts);
        break;
    }
}

}  // namespace gomini::frontend
