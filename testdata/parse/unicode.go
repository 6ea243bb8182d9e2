// Unicode in identifiers, strings, runes and comments: letters from many
// scripts, combining-free names, and non-ASCII text in every literal form.
// Ünïcödé in a comment is fine too: 日本語, Ελληνικά, русский, עברית.
package main

import "fmt"

type Größe struct {
	Breite, Höhe float64
}

func (g Größe) Fläche() float64 { return g.Breite * g.Höhe }

var 日本語 = "nihongo"

const π = 3.14159

var (
	αβγ        = []rune{'α', 'β', 'γ'}
	переменная = 1
	_ñ         = "eñe"
	ǅ          = "title-case letter"
	x٣         = 3 // Arabic-Indic digit in an identifier
)

func 関数(名前 string) string { return "こんにちは、" + 名前 }

func main() {
	g := Größe{Breite: 2, Höhe: 3}
	fmt.Println(g.Fläche(), 日本語, π, string(αβγ), переменная, _ñ, ǅ, x٣, 関数("世界"))
	fmt.Println("emoji 😀 and \U0001F600", '😀', `raw ü`)
}
