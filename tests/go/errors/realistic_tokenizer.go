// Errorcheck: a small tokenizer/evaluator with mistakes around runes, bytes, strings and strconv.
package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

type Kind int

const (
	Number Kind = iota
	Plus
	Minus
)

type Token struct {
	Kind  Kind
	Text  string
	Value int
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' }

func tokenize(src string) ([]Token, error) {
	var toks []Token
	i := 0
	for i < len(src) {
		c := src[i]
		switch {
		case c == ' ':
			i++
		case isDigit(c): // ERROR "cannot use c \(variable of type byte\) as rune value in argument to isDigit"
			j := i
			for j < len(src) && isDigit(rune(src[j])) {
				j++
			}
			n, err := strconv.Atoi(src[i:j])
			if err != nil {
				return nil, err
			}
			toks = append(toks, Token{Number, src[i:j], n})
			i = j
		case c == '+':
			toks = append(toks, Token{Kind: Plus, Text: c}) // ERROR "cannot use c \(variable of type byte\) as string value in struct literal"
			i++
		case c == "-": // ERROR "invalid operation: c == .-. \(mismatched types byte and untyped string\)"
			toks = append(toks, Token{Kind: Minus, Text: "-"})
			i++
		default:
			return nil, fmt.Errorf("bad char %q", c)
		}
	}
	return toks, nil
}

func eval(toks []Token) int {
	result := toks[0].Value
	for i := 1; i+1 < len(toks); i += 2 {
		switch toks[i].Kind {
		case Plus:
			result += toks[i+1].Value
		case Minus:
			result -= toks[i+1].Value
		case "*": // ERROR "cannot convert .\*. \(untyped string constant\) to type int"
		}
	}
	return result
}

func main() {
	src := "12 + 30 - 2"
	toks, err := tokenize(src)
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(eval(toks), utf8.RuneCountInString(src))
	fields := strings.Fields(src)
	fmt.Println(strings.Join(fields, ",") + len(fields)) // ERROR "invalid operation: strings\.Join\(fields, .,.\) \+ len\(fields\) \(mismatched types string and int\)"
	var first rune = src[0]                              // ERROR "cannot use src\[0\] \(value of type byte\) as rune value in variable declaration"
	fmt.Println(first)
}
