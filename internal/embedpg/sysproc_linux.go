package embedpg

import "syscall"

// sysProcAttr puts the child in its own process group (so a Ctrl-C sent to
// retort's group does not reach it before retort can shut it down in order)
// and has the kernel kill it if retort dies.
func sysProcAttr(cred *syscall.Credential) *syscall.SysProcAttr {
	return &syscall.SysProcAttr{Setpgid: true, Pdeathsig: syscall.SIGQUIT, Credential: cred}
}
