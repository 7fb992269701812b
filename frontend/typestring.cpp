// typestring.cpp — types as gc prints them in messages (types2 typestring.go).
//
//   int  []string  map[string]int  *T  pkg.T  [3]int  chan<- int  <-chan int
//   chan (<-chan int)  func(x int, y ...string) (string, error)
//   struct{a int; b string "tag"}  interface{M(); io.Reader}  any  untyped int
//
// Named types print as their name, qualified by the package NAME (types2's
// Checker.qualifier: "fmt.Stringer", "utf8.RuneError") unless they belong to
// the `qualifier` package; universe types (error, comparable) are never
// qualified. The interface{} that the predeclared alias "any" denotes prints
// "any", a literal interface{} prints "interface{}" (types2 does the same by
// pointer identity). The byte and rune aliases are distinct Basic objects
// named "byte" and "rune", so they print as written.
//
// Printing recurses over the type's structure; only a Named type can close a
// cycle and it prints as a name, so the depth is that of the source type
// expression. kMaxDepth still caps it.
#include "frontend/objects.h"
#include "frontend/types.h"

namespace gomini::frontend {

namespace {

constexpr int kMaxDepth = 1000;

// Go's strconv.Quote for struct tags (printable UTF-8 kept, the rest escaped).
std::string quote(const std::string& s) {
    static const char* hex = "0123456789abcdef";
    std::string r = "\"";
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c < 0x80) {
            switch (c) {
            case '\a':
                r += "\\a";
                break;
            case '\b':
                r += "\\b";
                break;
            case '\f':
                r += "\\f";
                break;
            case '\n':
                r += "\\n";
                break;
            case '\r':
                r += "\\r";
                break;
            case '\t':
                r += "\\t";
                break;
            case '\v':
                r += "\\v";
                break;
            case '\\':
                r += "\\\\";
                break;
            case '"':
                r += "\\\"";
                break;
            default:
                if (c < 0x20 || c == 0x7f) {
                    r += "\\x";
                    r += hex[c >> 4];
                    r += hex[c & 15];
                } else {
                    r += static_cast<char>(c);
                }
            }
            i++;
            continue;
        }
        // Multi-byte UTF-8: keep a well-formed sequence, escape a bad byte.
        int n = c >= 0xf0 && c < 0xf5 ? 4 : c >= 0xe0 ? 3 : c >= 0xc2 && c < 0xe0 ? 2 : 0;
        bool ok = n > 0 && i + n <= s.size();
        for (int k = 1; ok && k < n; k++) ok = (static_cast<unsigned char>(s[i + k]) & 0xc0) == 0x80;
        if (ok) {
            r.append(s, i, n);
            i += n;
        } else {
            r += "\\x";
            r += hex[c >> 4];
            r += hex[c & 15];
            i++;
        }
    }
    r += '"';
    return r;
}

struct TypeWriter {
    std::string& buf;
    const Package* qualifier;
    bool paramNames = true;  // false in "have M(int)" / "want M()" lines
    int depth = 0;

    void typeName(const TypeName* obj) {
        if (!obj) {
            buf += "<nil>";
            return;
        }
        if (obj->pkg && obj->pkg != qualifier) {
            buf += obj->pkg->name;
            buf += '.';
        }
        buf += obj->name;
    }

    void tuple(const Tuple* tup, bool variadic) {
        buf += '(';
        if (tup) {
            for (size_t i = 0; i < tup->vars.size(); i++) {
                if (i > 0) buf += ", ";
                const Var* v = tup->vars[i];
                if (paramNames && !v->name.empty()) {
                    buf += v->name;
                    buf += ' ';
                }
                const Type* t = v->type;
                if (variadic && i + 1 == tup->vars.size()) {
                    if (auto* s = tas<Slice>(t)) {
                        buf += "...";
                        typ(s->elem);
                    } else {
                        // append(s, "foo"...): func([]byte, string...)
                        typ(t);
                        buf += "...";
                    }
                    continue;
                }
                typ(t);
            }
        }
        buf += ')';
    }

    void signature(const Signature* sig) {
        tuple(sig->params, sig->variadic);
        size_t n = sig->results ? sig->results->vars.size() : 0;
        if (n == 0) return;
        buf += ' ';
        if (n == 1 && sig->results->vars[0]->name.empty()) {
            typ(sig->results->vars[0]->type);
            return;
        }
        tuple(sig->results, false);
    }

    void typ(const Type* t) {
        if (!t) {
            buf += "<nil>";
            return;
        }
        if (depth >= kMaxDepth) {
            buf += "...";
            return;
        }
        depth++;
        typImpl(t);
        depth--;
    }

    void typImpl(const Type* t) {
        switch (t->kind) {
        case TypeKind::Basic:
            buf += static_cast<const Basic*>(t)->name;
            return;
        case TypeKind::Array: {
            auto* a = static_cast<const Array*>(t);
            buf += '[';
            buf += std::to_string(a->len);
            buf += ']';
            typ(a->elem);
            return;
        }
        case TypeKind::Slice:
            buf += "[]";
            typ(static_cast<const Slice*>(t)->elem);
            return;
        case TypeKind::Struct: {
            auto* s = static_cast<const Struct*>(t);
            buf += "struct{";
            for (size_t i = 0; i < s->fields.size(); i++) {
                if (i > 0) buf += "; ";
                const Var* f = s->fields[i];
                if (!f->embedded) {
                    buf += f->name;
                    buf += ' ';
                }
                typ(f->type);
                if (i < s->tags.size() && !s->tags[i].empty()) {
                    buf += ' ';
                    buf += quote(s->tags[i]);
                }
            }
            buf += '}';
            return;
        }
        case TypeKind::Pointer:
            buf += '*';
            typ(static_cast<const Pointer*>(t)->base);
            return;
        case TypeKind::Tuple:
            tuple(static_cast<const Tuple*>(t), false);
            return;
        case TypeKind::Signature:
            buf += "func";
            signature(static_cast<const Signature*>(t));
            return;
        case TypeKind::Interface: {
            auto* it = static_cast<const Interface*>(t);
            if (it == universeAny()) {
                buf += "any";
                return;
            }
            if (it->isComparableConstraint && it->methods.empty() && it->embeddeds.empty()) {
                buf += "interface{comparable}";
                return;
            }
            buf += "interface{";
            bool first = true;
            for (const Func* m : it->methods) {
                if (!first) buf += "; ";
                first = false;
                buf += m->name;
                if (auto* sig = tas<Signature>(m->type))
                    signature(sig);
                else
                    buf += "()";
            }
            for (const Type* e : it->embeddeds) {
                if (!first) buf += "; ";
                first = false;
                typ(e);
            }
            buf += '}';
            return;
        }
        case TypeKind::Map: {
            auto* m = static_cast<const Map*>(t);
            buf += "map[";
            typ(m->key);
            buf += ']';
            typ(m->elem);
            return;
        }
        case TypeKind::Chan: {
            auto* c = static_cast<const Chan*>(t);
            bool parens = false;
            switch (c->dir) {
            case ChanDir::Both: {
                buf += "chan ";
                auto* e = tas<Chan>(c->elem);
                parens = e && e->dir == ChanDir::Recv;  // chan (<-chan T)
                break;
            }
            case ChanDir::Send:
                buf += "chan<- ";
                break;
            case ChanDir::Recv:
                buf += "<-chan ";
                break;
            }
            if (parens) buf += '(';
            typ(c->elem);
            if (parens) buf += ')';
            return;
        }
        case TypeKind::Named:
            typeName(static_cast<const Named*>(t)->obj);
            return;
        }
    }
};

}  // namespace

std::string typeString(const Type* t, const Package* qualifier) {
    std::string buf;
    TypeWriter{buf, qualifier}.typ(t);
    return buf;
}

std::string signatureString(const Signature* sig, const Package* qualifier, bool paramNames) {
    std::string buf;
    if (sig) TypeWriter{buf, qualifier, paramNames}.signature(sig);
    return buf;
}

}  // namespace gomini::frontend
