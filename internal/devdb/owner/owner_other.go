//go:build !linux

package owner

// machineID is unknown outside Linux: there is no boot id to tell a
// rebooted or another machine from this one.
func machineID() string { return "" }

// running is never asked outside Linux (the machine is unknown).
func running(pid int) bool { return true }
