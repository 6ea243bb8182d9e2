package main

func ifconst() int {
	if true {
		return 1
	}
	return 2
}

func main() {}
