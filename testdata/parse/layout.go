// Layout the lexer and parser must get right: automatic semicolons after
// identifiers, literals, ) ] } and return/break/++ at line ends, explicit
// semicolons, several statements on one line, empty statements, comments
// inside lines and spanning lines, trailing commas, line breaks after
// binary operators and inside call arguments, and composite literals in
// statement headers.  Not gofmt-clean on purpose.
package main; import "fmt"

type T struct{ a, b int }; type U struct {
	x int; y string
}

func f(a int,
	b int,
) (int,
	error,
) {
	return a +
		b, nil
}

func g() int { x := 1; x++; return x }

func h() (r int) { defer func() { r++ }(); return }

/* a block comment
   over several lines */ func k() int /* between */ { return /* inline */ 7 }

func empty() { ; ; }

func main() {
	a, _ := f(1,
		2)
	var s = []int{
		1, 2,
		3,
	}; fmt.Println(a, s)
	if t := (T{1, 2}); t.a < t.b { fmt.Println("lt") } else { fmt.Println("ge") }
	for _, p := range []T{{1, 2}} { _ = p }
	x := 0; x++; x--
	y := x /* no newline here */ + 1
	z := x // comment ends the line: semicolon inserted
	m := map[string]int{"k": 1,
		"j": 2}
	c := 'c'; str := "s"; raw := `r`
	w := 1.5
	{ ; }
	if x > 0 {
	} else if x < 0 {
	} else {
	}
	fmt.Println(y, z, m, c, str, raw, w, g(), h(), k()); empty()
	var (
		i = 1
		j = 2 ; l = 3
	)
	fmt.Println(i + j + l)
	lbl: ; if i > 5 { goto lbl }; goto lbl2
	lbl2:
	_ = fmt.Sprint(
		"a",
		"b",
	)
	_ = lbl
}

var lbl = 0
