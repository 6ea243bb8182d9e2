package main

func f(a [2]*int) *int {
	return a[1]
}

func main() { _ = f([2]*int{}) }
