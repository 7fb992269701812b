// strings.Replacer.
//
// gomini: one generic algorithm instead of Go's four specialised ones, with
// the same results: scanning left to right, at each byte position the
// earliest (old, new) pair in argument order whose old is a prefix of the
// rest is replaced; an empty old matches at every position but not twice in
// a row at the same one.

package strings

import "io"

// Replacer replaces a list of strings with replacements. It is safe for
// concurrent use by multiple goroutines.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
// Replacements are performed in the order they appear in the target string,
// without overlapping matches; the old strings are compared in argument
// order. NewReplacer panics if given an odd number of arguments.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{oldnew: append([]string(nil), oldnew...)}
}

// match returns the replacement for the earliest pair whose old string is
// a prefix of s, skipping empty olds if skipEmpty.
func (r *Replacer) match(s string, skipEmpty bool) (val string, keylen int, found bool) {
	for i := 0; i < len(r.oldnew); i += 2 {
		old := r.oldnew[i]
		if old == "" && skipEmpty {
			continue
		}
		if HasPrefix(s, old) {
			return r.oldnew[i+1], len(old), true
		}
	}
	return "", 0, false
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b []byte
	last := 0 // s[last:i] is pending, unchanged
	prevEmpty := false
	changed := false
	for i := 0; i <= len(s); {
		val, keylen, ok := r.match(s[i:], prevEmpty)
		prevEmpty = ok && keylen == 0
		if ok {
			b = append(b, s[last:i]...)
			b = append(b, val...)
			i += keylen
			last = i
			changed = true
			continue
		}
		i++
	}
	if !changed {
		return s
	}
	b = append(b, s[last:]...)
	return string(b)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w io.Writer, s string) (n int, err error) {
	return io.WriteString(w, r.Replace(s))
}
