package main

func f(done chan bool) {
	x := 1
	go func() {
		x++
		done <- true
	}()
}

func main() { f(make(chan bool, 1)) }
