#include "runtime/debug.h"

#include <cstdlib>
#include <string>
#include <thread>

namespace gomini::rt {

namespace {

// Parses a non-negative decimal int32; false if malformed or out of range.
bool atoi32(std::string_view s, int32_t* out) {
    if (s.empty() || s.size() > 10) return false;
    int64_t n = 0;
    for (char c : s) {
        if (c < '0' || c > '9') return false;
        n = n * 10 + (c - '0');
    }
    if (n > INT32_MAX) return false;
    *out = static_cast<int32_t>(n);
    return true;
}

void setDebugVar(DebugVars& d, std::string_view key, std::string_view val) {
    struct Var {
        const char* name;
        int32_t DebugVars::*field;
    };
    static constexpr Var vars[] = {
        {"gctrace", &DebugVars::gctrace},         {"gcstress", &DebugVars::gcstress},
        {"gcstoptheworld", &DebugVars::gcstoptheworld}, {"gccheckmark", &DebugVars::gccheckmark},
        {"schedtrace", &DebugVars::schedtrace},   {"scheddetail", &DebugVars::scheddetail},
        {"vmtrace", &DebugVars::vmtrace},
    };
    for (const Var& v : vars) {
        if (key == v.name) {
            int32_t n;
            if (atoi32(val, &n)) d.*v.field = n;
            return;
        }
    }
}

}  // namespace

Settings parseSettings(const char* godebug, const char* gogc, const char* gomaxprocs, int32_t ncpu) {
    Settings s;
    s.gomaxprocs = ncpu > 0 ? ncpu : 1;
    if (godebug) {
        std::string_view rest(godebug);
        while (!rest.empty()) {
            size_t comma = rest.find(',');
            std::string_view field = rest.substr(0, comma);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
            size_t eq = field.find('=');
            if (eq == std::string_view::npos) continue;
            setDebugVar(s.debug, field.substr(0, eq), field.substr(eq + 1));
        }
    }
    if (gogc && *gogc) {
        std::string_view v(gogc);
        int32_t n;
        if (v == "off") {
            s.gcPercent = -1;
        } else if (atoi32(v, &n)) {
            s.gcPercent = n;
        }
    }
    if (gomaxprocs && *gomaxprocs) {
        int32_t n;
        if (atoi32(gomaxprocs, &n) && n > 0) s.gomaxprocs = n;
    }
    return s;
}

const Settings& settings() {
    static const Settings s = parseSettings(std::getenv("GODEBUG"), std::getenv("GOGC"), std::getenv("GOMAXPROCS"),
                                            static_cast<int32_t>(std::thread::hardware_concurrency()));
    return s;
}

}  // namespace gomini::rt
