//go:build unix

package fsutil

import "syscall"

// oNonblock opens a file without waiting: a named pipe with no writer
// would otherwise block the open for ever.
const oNonblock = syscall.O_NONBLOCK
