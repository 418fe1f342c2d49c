//go:build !amd64

package cli

// growStack is growStack_amd64.go's in Go: the same frame, zeroed.
//
//go:noinline
func growStack() {
	var frame [96 << 10]byte
	stackSink = frame[stackSink]
}

// stackSink keeps growStack's frame from being optimised away.
var stackSink byte
