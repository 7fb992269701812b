// Package unicode provides data and functions to test some properties of
// Unicode code points.
//
// gomini: Go's range tables are not embedded; the category predicates and
// case mappings that need them are native (bodyless). IsSpace, IsControl
// and To are Go.
package unicode

const (
	MaxRune         = '\U0010FFFF' // Maximum valid Unicode code point.
	ReplacementChar = '\uFFFD'     // Represents invalid code points.
	MaxASCII        = '\u007F'     // maximum ASCII value.
	MaxLatin1       = '\u00FF'     // maximum Latin-1 value.
)

// Version is the Unicode edition from which the tables are derived.
const Version = "15.0.0"

// Indices into the delta arrays inside CaseRanges for case mapping.
const (
	UpperCase = iota
	LowerCase
	TitleCase
	MaxCase
)

// UpperLower in a CaseRange delta means alternating upper/lower case.
const UpperLower = MaxRune + 1

// IsLetter reports whether the rune is a letter (category L).
func IsLetter(r rune) bool

// IsDigit reports whether the rune is a decimal digit (category Nd).
func IsDigit(r rune) bool

// IsNumber reports whether the rune is a number (category N).
func IsNumber(r rune) bool

// IsUpper reports whether the rune is an upper case letter.
func IsUpper(r rune) bool

// IsLower reports whether the rune is a lower case letter.
func IsLower(r rune) bool

// IsTitle reports whether the rune is a title case letter.
func IsTitle(r rune) bool

// IsMark reports whether the rune is a mark character (category M).
func IsMark(r rune) bool

// IsPunct reports whether the rune is a Unicode punctuation character
// (category P).
func IsPunct(r rune) bool

// IsSymbol reports whether the rune is a symbolic character (category S).
func IsSymbol(r rune) bool

// IsGraphic reports whether the rune is defined as a Graphic by Unicode:
// letters, marks, numbers, punctuation, symbols and spaces (L, M, N, P, S, Zs).
func IsGraphic(r rune) bool

// IsPrint reports whether the rune is defined as printable by Go: like
// IsGraphic, except that the only spacing character is ASCII space U+0020.
func IsPrint(r rune) bool

// IsSpace reports whether the rune is a space character as defined by
// Unicode's White Space property.
func IsSpace(r rune) bool {
	if uint32(r) <= MaxLatin1 {
		switch r {
		case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xA0:
			return true
		}
		return false
	}
	switch {
	case r == 0x1680:
		return true
	case 0x2000 <= r && r <= 0x200A:
		return true
	case r == 0x2028, r == 0x2029, r == 0x202F, r == 0x205F, r == 0x3000:
		return true
	}
	return false
}

// IsControl reports whether the rune is a control character (C0 or C1).
// Surrogates and private-use code points are not controls.
func IsControl(r rune) bool {
	return (0 <= r && r < 0x20) || (0x7F <= r && r < 0xA0)
}

// ToUpper maps the rune to upper case.
func ToUpper(r rune) rune

// ToLower maps the rune to lower case.
func ToLower(r rune) rune

// ToTitle maps the rune to title case.
func ToTitle(r rune) rune

// To maps the rune to the specified case: UpperCase, LowerCase, or TitleCase.
func To(_case int, r rune) rune {
	switch _case {
	case UpperCase:
		return ToUpper(r)
	case LowerCase:
		return ToLower(r)
	case TitleCase:
		return ToTitle(r)
	}
	return ReplacementChar
}

// SimpleFold iterates over Unicode code points equivalent under the
// Unicode-defined simple case folding: it returns the smallest rune > r if
// one exists, or else the smallest rune >= 0. If r is not a valid rune, it
// returns r.
func SimpleFold(r rune) rune
