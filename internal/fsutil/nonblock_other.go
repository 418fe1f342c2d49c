//go:build !unix

package fsutil

// oNonblock is 0 where there is no O_NONBLOCK (Windows, whose named pipes
// are not files in a folder): the checks on the file's mode still apply.
const oNonblock = 0
