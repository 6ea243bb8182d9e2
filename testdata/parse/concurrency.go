// go statements, channels of every direction, send statements, receive
// expressions in every position, select with send, receive, assignment
// and default cases, and sync primitives.
package main

import (
	"fmt"
	"sync"
	"time"
)

func producer(out chan<- int, n int, wg *sync.WaitGroup) {
	defer wg.Done()
	for i := 0; i < n; i++ {
		out <- i
	}
}

func consumer(in <-chan int, done chan<- struct{}) {
	sum := 0
	for v := range in {
		sum += v
	}
	fmt.Println("sum", sum)
	done <- struct{}{}
}

func selects(a, b chan int, quit chan bool) int {
	var got int
	for {
		select {
		case v := <-a:
			got += v
		case v, ok := <-b:
			if !ok {
				b = nil
				continue
			}
			got -= v
		case a <- 0:
		case got = <-a:
		case <-quit:
			return got
		case <-time.After(time.Millisecond):
			return got
		}
	}
}

func nonBlocking(c chan int) (int, bool) {
	select {
	case v := <-c:
		return v, true
	default:
		return 0, false
	}
}

func main() {
	ch := make(chan int)
	done := make(chan struct{})
	var wg sync.WaitGroup
	wg.Add(2)
	go producer(ch, 3, &wg)
	go producer(ch, 2, &wg)
	go consumer(ch, done)
	go func() {
		wg.Wait()
		close(ch)
	}()
	<-done

	a, b, quit := make(chan int, 1), make(chan int, 1), make(chan bool)
	b <- 5
	close(b)
	fmt.Println(selects(a, b, quit))
	fmt.Println(nonBlocking(make(chan int)))

	var mu sync.Mutex
	var once sync.Once
	mu.Lock()
	once.Do(func() { fmt.Println("once") })
	mu.Unlock()

	chch := make(chan chan int, 1)
	inner := make(chan int, 1)
	chch <- inner
	(<-chch) <- 42
	fmt.Println(<-inner, len(chch), cap(inner))
	if len(chch) > 5 {
		select {}
	}
}
