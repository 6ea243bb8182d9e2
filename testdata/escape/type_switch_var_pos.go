package main

var sink any

func typeswitch(xs []any) {
	switch v := xs[0].(type) {
	case int:
		sink = &v
	case string, bool:
		sink = &v
	case *int:
		sink = &v
	case []int:
		sink = &v
	default:
		sink = &v
	}
}

func main() {}
