// gc prints types and constants from its IR: array lengths as values,
// named constants as values (long strings shortened to 72 runes), and a
// constant string converted to []rune as the slice literal it becomes.
package main

const N = 4
const long = "0123456789012345678901234567890123456789012345678901234567890123456789abcdefgh"
const greet = "héllo"

type T struct{ a int }
type runes []rune

var sink any

func f() {
	at := [3]int{}
	sink = new([17 * 1024]byte)
	sink = [][len(at)]*T{}
	sink = &[N]int{}
	sink = map[[N]int][2 * N]int{}
	sink = &[2][N + 1]*T{}
	sink = long
	sink = "0123456789012345678901234567890123456789012345678901234567890123456789abcdefgh"
	sink = []rune(greet)
	sink = runes("")
	sink = []byte(greet)
}

func main() {}
