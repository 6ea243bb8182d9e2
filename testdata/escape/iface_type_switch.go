package main

func f(i interface{}) int {
	switch v := i.(type) {
	case int:
		return v
	case *int:
		return *v
	}
	return 0
}

func main() { _ = f(1) }
