package owner

import (
	"errors"
	"fmt"
	"os"
	"strings"
	"syscall"
)

// machineID is the kernel's boot id and this process's PID namespace.
func machineID() string {
	boot, err := os.ReadFile("/proc/sys/kernel/random/boot_id")
	if err != nil {
		return ""
	}
	ns, err := os.Readlink("/proc/self/ns/pid")
	if err != nil {
		return ""
	}
	return strings.TrimSpace(string(boot)) + " " + ns
}

// running reports whether pid exists and is not a zombie (a zombie has
// ended; its parent has not collected it yet).
func running(pid int) bool {
	// EPERM: it runs, under another user.
	if err := syscall.Kill(pid, 0); errors.Is(err, syscall.ESRCH) {
		return false
	}
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return true // hidden (hidepid), so it exists
	}
	// The state follows the parenthesized command name.
	s := string(b)
	i := strings.LastIndexByte(s, ')')
	return i < 0 || i+2 >= len(s) || s[i+2] != 'Z'
}
