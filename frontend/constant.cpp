// constant.cpp — exact constant values (placeholder; full implementation in progress).
#include "frontend/constant.h"

namespace gomini::frontend::constant {

struct Rep {
    Kind kind = Kind::Unknown;
    bool b = false;
    int64_t i = 0;
    double f = 0;
    std::string s;
};

static Value mk(Rep r) { return Value(std::make_shared<const Rep>(std::move(r))); }

Value::Value() {}
Value::Value(std::shared_ptr<const Rep> r) : rep_(std::move(r)) {}
Kind Value::kind() const { return rep_ ? rep_->kind : Kind::Unknown; }
std::string Value::toString() const {
    if (!rep_) return "unknown";
    switch (rep_->kind) {
    case Kind::Bool: return rep_->b ? "true" : "false";
    case Kind::String: return "\"" + rep_->s + "\"";
    case Kind::Int: return std::to_string(rep_->i);
    case Kind::Float: return std::to_string(rep_->f);
    default: return "unknown";
    }
}
std::string Value::exactString() const { return toString(); }

Value makeUnknown() { return Value(); }
Value makeBool(bool b) { Rep r; r.kind = Kind::Bool; r.b = b; return mk(r); }
Value makeString(std::string s) { Rep r; r.kind = Kind::String; r.s = std::move(s); return mk(r); }
Value makeInt64(int64_t x) { Rep r; r.kind = Kind::Int; r.i = x; return mk(r); }
Value makeUint64(uint64_t x) { return makeInt64(int64_t(x)); }
Value makeFloat64(double x) { Rep r; r.kind = Kind::Float; r.f = x; return mk(r); }
Value makeImag(const Value&) { return Value(); }
Value makeFromLiteral(std::string_view lit, LitKind kind, std::string* err) {
    if (kind == LitKind::Int) {
        try { return makeInt64(std::stoll(std::string(lit), nullptr, 0)); } catch (...) {}
    }
    if (err) *err = "unsupported literal";
    return Value();
}
bool boolVal(const Value& x) { return x.rep() && x.rep()->b; }
const std::string& stringVal(const Value& x) { static std::string e; return x.rep() ? x.rep()->s : e; }
std::pair<int64_t, bool> int64Val(const Value& x) { return {x.rep() ? x.rep()->i : 0, x.kind() == Kind::Int}; }
std::pair<uint64_t, bool> uint64Val(const Value& x) {
    return {x.rep() ? uint64_t(x.rep()->i) : 0, x.kind() == Kind::Int && x.rep()->i >= 0};
}
std::pair<double, bool> float64Val(const Value& x) {
    if (x.kind() == Kind::Int) return {double(x.rep()->i), true};
    return {x.rep() ? x.rep()->f : 0, true};
}
std::pair<float, bool> float32Val(const Value& x) { auto [d, e] = float64Val(x); return {float(d), e}; }
Value real(const Value& x) { return x; }
Value imag(const Value&) { return makeInt64(0); }
int sign(const Value& x) { return 0; }
int bitLen(const Value& x) { return 64; }
bool isInteger(const Value& x) { return x.kind() == Kind::Int; }
Value toInt(const Value& x) { return x; }
Value toFloat(const Value& x) { return x; }
Value toComplex(const Value& x) { return x; }
std::optional<Value> roundFloat64(const Value& x) { return x; }
std::optional<Value> roundFloat32(const Value& x) { return x; }
Value binaryOp(const Value& x, Tok op, const Value& y) { return Value(); }
Value intDiv(const Value& x, const Value& y) { return Value(); }
Value unaryOp(Tok op, const Value& x, unsigned prec) { return Value(); }
Value shift(const Value& x, Tok op, uint64_t s) { return Value(); }
bool compare(const Value& x, Tok op, const Value& y) { return false; }
std::pair<Value, Value> match(const Value& x, const Value& y) { return {x, y}; }

}  // namespace gomini::frontend::constant
