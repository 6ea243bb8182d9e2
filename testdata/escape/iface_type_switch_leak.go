package main

var g *int

func f(i interface{}) {
	switch v := i.(type) {
	case *int:
		g = v
	}
}

func main() { f(nil) }
