package cli

// growStack grows the goroutine's stack to what a plan's rules and
// rendering reach (under 128 KB) while it is shallow: the runtime doubles
// a stack when a call needs more and copies every frame on it, and three
// such copies deep in the rule evaluation (63 frames, each looked up in
// the function table) were 200 k instructions of eis plan, one copy here
// a few hundred.
//
// Here (amd64) growStack is a 96 KB frame in assembly
// (growstack_amd64.s) that touches none of it: the stack grows as with
// the Go version other architectures build (growstack_other.go), whose
// frame is zeroed: 24 fresh pages written (24 of eis plan's ~630 page
// faults) that the plan never uses.
func growStack()
