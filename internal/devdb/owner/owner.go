// Package owner tags what a retort process leaves outside itself (scratch
// databases, embedded-cluster directories) with the process and the
// machine it runs on, so that a later retort run on the same machine can
// tell whether the owner has ended and clean up after it.
//
// A machine is one boot of a Linux kernel seen from one PID namespace: two
// containers on one host are two machines, since neither sees the other's
// processes, and a rebooted host is a new machine. Elsewhere the machine is
// unknown, Machine returns "" and nothing is ever judged gone.
//
// It imports the standard library only.
package owner

import (
	"crypto/sha256"
	"encoding/hex"
	"os"
	"sync"
)

// Machine returns twelve hex digits naming this machine, or "" when it
// cannot be told.
func Machine() string { return machine() }

var machine = sync.OnceValue(func() string {
	id := machineID()
	if id == "" {
		return ""
	}
	sum := sha256.Sum256([]byte(id))
	return hex.EncodeToString(sum[:6])
})

// Gone reports whether process pid of machine has ended. It is false
// whenever that cannot be known for sure: machine is not this one (or is
// unknown), or pid runs, perhaps under another user. A pid reused by an
// unrelated process counts as running, so what the first owner left is
// kept a while longer, never taken from a live owner.
func Gone(pid int, machine string) bool {
	if pid <= 0 || machine == "" || machine != Machine() || pid == os.Getpid() {
		return false
	}
	return !running(pid)
}
