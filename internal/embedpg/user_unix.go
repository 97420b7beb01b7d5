//go:build unix

package embedpg

import (
	"errors"
	"os"
	"os/user"
	"strconv"
	"syscall"
)

// ErrNoPostgresUser reports that retort runs as root, where initdb refuses
// to run, and there is no "postgres" OS user to run the server as.
var ErrNoPostgresUser = errors.New(`embedded postgres: running as root and there is no "postgres" OS user to run initdb and postgres as; run retort as another user or set --dev-url`)

type osUser struct{ uid, gid int }

// runAs returns the credential to run initdb and postgres with: nil when
// retort is not root, the "postgres" OS user when it is.
func runAs() (*syscall.Credential, *osUser, error) {
	if os.Geteuid() != 0 {
		return nil, nil, nil
	}
	u, err := user.Lookup("postgres")
	if err != nil {
		return nil, nil, ErrNoPostgresUser
	}
	uid, err1 := strconv.Atoi(u.Uid)
	gid, err2 := strconv.Atoi(u.Gid)
	if err1 != nil || err2 != nil {
		return nil, nil, ErrNoPostgresUser
	}
	cred := &syscall.Credential{Uid: uint32(uid), Gid: uint32(gid), NoSetGroups: false, Groups: []uint32{}}
	return cred, &osUser{uid, gid}, nil
}
