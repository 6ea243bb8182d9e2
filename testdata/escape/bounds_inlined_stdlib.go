// An expanded standard-library body whose index checks gc's walk drops:
// the lines come at the call site, once per elided check (the model's
// note facts), and an expanded local body's likewise.
package main

import (
	"encoding/hex"
	"fmt"
)

var table [4]byte

func pick(i uint) byte { return table[i&3] }

func main() {
	b := []byte("hi")
	s := hex.EncodeToString(b)
	dst := make([]byte, 4)
	n := hex.Encode(dst, b)
	fmt.Println(s, n, pick(uint(n)))
}
