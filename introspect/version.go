package introspect

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/jackc/pgx/v5"
)

// MinMajor and MaxMajor are the PostgreSQL majors introspection knows the
// catalogs of. A newer server is read with MaxMajor's queries.
const (
	MinMajor = 13
	MaxMajor = 18
)

// ServerMajor returns the major version of the server conn is connected
// to, from the server_version parameter the server reports at connection
// start (server_version_num is not reported); no query is sent.
func ServerMajor(conn *pgx.Conn) (int, error) {
	// "17.2 (Debian 17.2-1)", "18beta1", "9.6.24"
	v := conn.PgConn().ParameterStatus("server_version")
	end := strings.IndexFunc(v, func(r rune) bool { return r < '0' || r > '9' })
	if end < 0 {
		end = len(v)
	}
	n, err := strconv.Atoi(v[:end])
	if err != nil || n == 0 {
		return 0, fmt.Errorf("introspect: cannot tell the server's PostgreSQL version from server_version %q", v)
	}
	return n, nil
}

// checkMajor refuses servers older than the oldest major retort reads.
func checkMajor(major int) error {
	if major < MinMajor {
		return fmt.Errorf("introspect: PostgreSQL %d is not supported: retort reads PostgreSQL %d to %d; upgrade the server", major, MinMajor, MaxMajor)
	}
	return nil
}

// A line of a catalog query that ends in a version tag is part of the
// query only on the majors the tag names: "-- pg15+" (15 and later),
// "-- pg13-14" (13 to 14), "-- pg17" (17 only). Where a catalog column was
// added or renamed, the query carries one line per variant, so each major
// reads the same result columns from the catalog it has.
var versionTag = regexp.MustCompile(`\s*--\s*pg(\d+)(\+|-(\d+))?\s*$`)

// forMajor returns sql with the lines whose version tag excludes major
// removed, and the tags of the others removed.
func forMajor(sql string, major int) string {
	if !strings.Contains(sql, "-- pg") {
		return sql
	}
	lines := strings.Split(sql, "\n")
	out := lines[:0]
	for _, line := range lines {
		m := versionTag.FindStringSubmatchIndex(line)
		if m == nil {
			out = append(out, line)
			continue
		}
		lo, _ := strconv.Atoi(line[m[2]:m[3]])
		hi := lo
		switch {
		case m[4] >= 0 && line[m[4]:m[5]] == "+":
			hi = int(^uint(0) >> 1)
		case m[6] >= 0:
			hi, _ = strconv.Atoi(line[m[6]:m[7]])
		}
		if major >= lo && major <= hi {
			out = append(out, line[:m[0]])
		}
	}
	return strings.Join(out, "\n")
}
