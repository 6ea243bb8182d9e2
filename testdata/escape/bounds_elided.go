// gc's walk drops the bounds check of an index that cannot be out of
// range, and says so at -m: masks, unsigned remainders and shifts, small
// unsigned types, constant strings, pointers to arrays; in init, in
// closures (compiled last literal first), in shape instances; never for
// a constant index, a slice or a string variable, or dead code.
package main

var arr [16]int
var sink any

func g(i uint) int { return arr[i&15] }

func f(i uint8) int {
	var a [256]int
	x := a[i]
	if false {
		x += arr[i%16]
	}
	return x + arr[i>>4] + arr[3]
}

type T[E any] struct{ a [8]E }

func (t *T[E]) At(i uint) E { return t.a[i%8] }

func closures(k uint) {
	h := func() { sink = arr[k&1] }
	sink = arr[k&2]
	h()
	go func() { sink = arr[k&3] }()
	sink = arr[k&^12] + arr[k/4096] + arr[int(k)&-1]
}

func stmts(k uint, x [4]int, s []int) {
	arr[k&5] = x[k&3] + arr[k&6]
	var m map[int]int
	m[arr[k&9]] = arr[k&10]
	sink = [4]int{1, 2, 3, 4}[k&3]
	sink = len(arr[k&11:]) + arr[k&12]*s[k&1]
	if k > 3 {
		defer println(arr[k&14])
	}
	switch arr[k&15] {
	case arr[k&0]:
	}
}

func main() {
	s := "0123456789abcdef"
	const cs = "0123456789abcdef"
	var k uint
	sink = s[k&15]
	sink = cs[k&15]
	func() { sink = arr[k&7] }()
	var t T[int]
	var u T[string]
	sink = t.At(3)
	sink = u.At(4)
	sink = g(3) + f(4)
	p := &arr
	sink = p[k%16]
	closures(k)
	stmts(k, [4]int{}, nil)
}

var init1 = arr[uint8(len(sink.(string)))&3]
