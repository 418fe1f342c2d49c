//go:build !unix

package main

import "os"

// maxRSS is unknown where the system gives no rusage: 0.
func maxRSS(*os.ProcessState) int64 { return 0 }
