package main

func main() {
	var x interface{}
	switch a.b := x.(type) {
	case int:
	}
}
