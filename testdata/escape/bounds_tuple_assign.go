// A tuple assignment is walked pair by pair: an operand the pairs before
// may have changed is computed early, and its index check is met then.
// (Also: the self-assignment line prints the converted constants.)
package main

var arr [16]int
var sink any

type S struct{ a [4]int }

func tuples(k uint, x [4]int, s []int, p *[8]int, st S, ps *S) {
	x[k&1], arr[k&7] = arr[k&8], x[k&2]
	arr[k&1], x[k&3] = x[k&1], arr[k&2]
	x[k&1], x[k&2] = x[k&2], x[k&1]
	st.a[k&1], ps.a[k&2] = ps.a[k&3], st.a[k&3]
	p[k&1], s[k&1] = s[arr[k&4]], p[k&5]
	var y, z int
	y, z = arr[k&1], arr[k&2]
	_, z = arr[k&3], x[k&3]
	k, z = uint(arr[k&1]), x[k&1]
	sink = y + z
}

func main() { tuples(1, [4]int{}, nil, nil, S{}, nil) }
