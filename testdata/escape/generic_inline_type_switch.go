package main

// A type switch to concrete types costs in a shape instance as anywhere;
// a defer makes the shape instance's deferwrap closure.

func Name[T any](x T) string {
	switch any(x).(type) {
	case int:
		return "int"
	case string:
		return "string"
	}
	return "?"
}

func Log[T any](x T) {
	defer println(x)
}

func main() {
	_ = Name(1)
	Log("s")
}
