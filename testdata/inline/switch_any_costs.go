// Inlining costs of switches compared in an interface: what gc converts
// that the checker did not (an interface to another, everything to any),
// and the type of true a tagless switch attaches to each case of type any.
package main

func t0(i any) {
	switch {
	case i == nil:
	}
}

func t1(i any) {
	switch {
	case i:
	}
}

func t2(i any) {
	switch {
	case i, false:
	}
}

func t3(i any, b bool) {
	switch {
	case i, b:
	}
}

func t4(i any, b bool) {
	switch {
	case i:
	case b:
	}
}

func t5(x int, s fmt) {
	switch x {
	case 1:
	}
}

type fmt interface{ M() }

func t6(x int, s fmt) {
	switch any(x) {
	case s:
	}
}

func t7(x int, s fmt) {
	switch any(x) {
	case s, 3:
	}
}

func main() {}
