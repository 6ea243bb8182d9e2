package main

type W struct{ n int }

func (w *W) run() {}

func f() {
	w := &W{}
	go w.run()
}

func main() { f() }
