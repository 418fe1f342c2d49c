package catalogue

import (
	"runtime"
	"sync"
)

// inOrder runs work(0) … work(n-1) on up to GOMAXPROCS goroutines and calls
// use with each result in index order, on the caller's goroutine, as soon
// as it and those before it are done. At most twice as many results as
// there are goroutines are waiting to be used at any time, so memory stays
// bounded however many items there are.
func inOrder[T any](n int, work func(i int) T, use func(i int, r T)) {
	workers := min(runtime.GOMAXPROCS(0), n)
	if workers <= 1 {
		for i := range n {
			use(i, work(i))
		}
		return
	}
	results := make([]chan T, n)
	for i := range results {
		results[i] = make(chan T, 1)
	}
	window := make(chan struct{}, 2*workers)
	jobs := make(chan int)
	go func() {
		for i := range n {
			window <- struct{}{}
			jobs <- i
		}
		close(jobs)
	}()
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range jobs {
				results[i] <- work(i)
			}
		}()
	}
	for i := range n {
		use(i, <-results[i])
		<-window
	}
	wg.Wait()
}
