// Package embedpg starts a throwaway PostgreSQL cluster from the local
// PostgreSQL binaries: initdb into a temporary directory, then postgres
// listening only on a private unix socket in that directory. It serves
// retort's scratch databases when no server is configured, and the test
// harness when no server answers.
//
// When retort runs as root (initdb refuses root), initdb and postgres run as
// the "postgres" OS user. On Linux the kernel sends the server SIGQUIT
// (immediate shutdown) if the process that started it dies. The temporary
// directory of a cluster whose owner was killed is left behind; it is named
// after that process and machine (retort-pg-<pid>-<machine>-*), and the
// next Start on the same machine removes it.
//
// It imports pgx, to wait until the server accepts connections, and
// internal/devdb/owner, to tell whose directories are stale; it must not
// import any other retort package.
package embedpg
