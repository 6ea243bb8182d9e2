package main

func f(_ *int, q *string) {}

func g(*int, *string) {}

func main() {
	f(nil, nil)
	g(nil, nil)
}
