// Package-level initializers: a value converted to an interface is put in
// a static temporary (gc's staticinit), so the conversion allocates
// nothing even when the value is computed at init time.
package main

var v1 any = append([]bool{}, true)

var v2 = []any{append([]bool{}, true)}

var v3 = struct{ r any }{append([]bool{}, true)}

var s = []bool{true}

var v4 any = s[0:1]

var v5 any = []bool{true}

func f() any {
	return append([]bool{}, true)
}

func main() {}

var v6 = any(append([]bool{}, false))

var v7 error = nil

var v8 any = v7
