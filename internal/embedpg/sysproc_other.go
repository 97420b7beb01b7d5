//go:build unix && !linux

package embedpg

import "syscall"

// sysProcAttr puts the child in its own process group; there is no parent
// death signal outside Linux.
func sysProcAttr(cred *syscall.Credential) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Credential: cred}
}
