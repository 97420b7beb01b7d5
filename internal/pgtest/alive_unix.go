//go:build unix

package pgtest

import (
	"errors"
	"syscall"
)

// processAlive tells whether a process with this pid exists here (one of
// another user's counts too).
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}
