package devdb

import (
	"context"
	"errors"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

func TestMask(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://bob:s3cret@h:5432/db", "postgres://bob:xxxxx@h:5432/db"},
		{"postgres://bob@h/db?password=s3cret", "postgres://bob@h/db?password=xxxxx"},
		{"host=h user=bob password=s3cret dbname=db", "host=h user=bob password=xxxxx dbname=db"},
		{"host=h password='s3 cret' dbname=db", "host=h password=xxxxx dbname=db"},
		{"postgres://bob:s3cret@h:bad/db", "postgres://bob:xxxxx@h:bad/db"},
		// An unencoded "@", ":", "/", "?" or "#" in the password.
		{"postgres://u:p@ss@host/db", "postgres://u:xxxxx@host/db"},
		{"postgres://u:p@ss@host:bad/db", "postgres://u:xxxxx@host:bad/db"},
		{"postgres://u:p:ss@host/db", "postgres://u:xxxxx@host/db"},
		{"postgres://u:p/ss@host/db", "postgres://u:xxxxx@host/db"},
		{"postgres://u:1234/ss@host/db", "postgres://u:xxxxx@host/db"},
		{"postgres://u:p?ss@host/db", "postgres://u:xxxxx@host/db"},
		{"postgres://u:p#ss@host/db", "postgres://u:xxxxx@host/db"},
		{"postgres://u:p%40ss@host/db", "postgres://u:xxxxx@host/db"},
		{"postgres://u@h/db?password=p&ss&sslmode=disable", "postgres://u@h/db?password=xxxxx&sslmode=disable"},
		{"postgres://u@h/db?sslmode=disable&sslpassword=p%26ss", "postgres://u@h/db?sslmode=disable&sslpassword=xxxxx"},
		{"postgresql://u:pw@h1:5432,h2:5433/db", "postgresql://u:xxxxx@h1:5432,h2:5433/db"},
		// No password: nothing changes.
		{"postgres://u@host:5432/db?application_name=a@b", "postgres://u@host:5432/db?application_name=a@b"},
		{"postgres://host:5432/db?application_name=a@b", "postgres://host:5432/db?application_name=a@b"},
		{"postgres://postgres@/postgres?host=%2Ftmp%2Fs", "postgres://postgres@/postgres?host=%2Ftmp%2Fs"},
		{"host=h user=bob dbname=db", "host=h user=bob dbname=db"},
		// key=value: escapes, an unclosed quote, sslpassword.
		{`password=p\ ss user=u`, "password=xxxxx user=u"},
		{`host=h password='p ss`, "host=h password=xxxxx"},
		{`host=h password = 'p\'s s' user=u`, "host=h password = xxxxx user=u"},
		{"sslpassword=abc host=h", "sslpassword=xxxxx host=h"},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, Mask(tt.in)); d != "" {
			t.Errorf("Mask(%q) (-want +got)\n%s", tt.in, d)
		}
	}
}

// TestPasswordNeverShown connects with connection strings whose password
// (Zq7 and Wx9 joined by a character that URLs or key=value strings give a
// meaning to) reaches no message: neither Mask, nor MaskText, nor the
// connect error, whose host, port and database could hold a part of it.
func TestPasswordNeverShown(t *testing.T) {
	tests := []struct{ conn, password string }{
		{"postgres://bob:Zq7@Wx9@127.0.0.1:1/db", "Zq7@Wx9"},
		{"postgres://bob:Zq7@Wx9@127.0.0.1:bad/db", "Zq7@Wx9"},
		{"postgres://bob:Zq7:Wx9@127.0.0.1:1/db", "Zq7:Wx9"},
		{"postgres://bob:Zq7/Wx9@127.0.0.1:1/db", "Zq7/Wx9"},
		{"postgres://bob:1234/Wx9@127.0.0.1:1/db", "1234/Wx9"},
		{"postgres://bob:Zq7?Wx9@127.0.0.1:1/db", "Zq7?Wx9"},
		{"postgres://bob:Zq7#Wx9@127.0.0.1:1/db", "Zq7#Wx9"},
		{"postgres://bob:Zq7%40Wx9@127.0.0.1:1/db", "Zq7@Wx9"},
		{"postgres://bob:Zq7 Wx9@127.0.0.1:1/db", "Zq7 Wx9"},
		{"postgres://bob@127.0.0.1:1/db?password=Zq7&Wx9&sslmode=disable", "Zq7&Wx9"},
		{"postgres://bob@127.0.0.1:1/db?password=Zq7%40Wx9&port=bad", "Zq7@Wx9"},
		{"host=127.0.0.1 port=1 user=bob password=Zq7@Wx9 dbname=db", "Zq7@Wx9"},
		{`host=127.0.0.1 port=1 user=bob password=Zq7\ Wx9 dbname=db`, "Zq7 Wx9"},
		{"host=127.0.0.1 port=bad user=bob password='Zq7 Wx9' dbname=db", "Zq7 Wx9"},
		{"host=127.0.0.1 port=1 user=bob password='Zq7 Wx9", "Zq7 Wx9"},
	}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	for _, tt := range tests {
		msgs := []string{Mask(tt.conn), MaskText(tt.conn, "the server said: "+tt.password)}
		c, err := Connect(ctx, tt.conn, HintDevServer)
		if err == nil {
			c.Close(ctx)
			t.Errorf("%s: connected", tt.conn)
			continue
		}
		msgs = append(msgs, err.Error())
		for _, m := range msgs {
			if strings.Contains(m, "Zq7") || strings.Contains(m, "Wx9") {
				t.Errorf("%s: a part of the password shows in %q", tt.conn, m)
			}
		}
	}
}

// TestAmbiguousURL: a URL that libpq would read with part of the password
// as the host or database is refused, saying what to encode.
func TestAmbiguousURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://u:p@ss@host/db", `invalid database URL "postgres://u:xxxxx@host/db": the user or password holds an unencoded "@": write it as %40; write it as postgres://user:password@host:port/database`},
		{"postgres://u:1234/ss@host/db", `invalid database URL "postgres://u:xxxxx@host/db": the password holds an unencoded "/" (write it as %2F), or the database name an "@" (write it as %40); write it as postgres://user:password@host:port/database`},
	}
	for _, tt := range tests {
		_, err := ParseConfig(tt.in)
		if d := cmp.Diff(tt.want, err.Error()); d != "" {
			t.Errorf("ParseConfig(%q) (-want +got)\n%s", tt.in, d)
		}
		if !errors.Is(err, ErrBadURL) {
			t.Errorf("ParseConfig(%q): not ErrBadURL", tt.in)
		}
	}
	for _, ok := range []string{
		"postgres://u:p%40ss@host/db",
		"postgres://u:p?ss@host/db",
		"postgres://u@host:5432/db?application_name=a@b",
	} {
		if _, err := ParseConfig(ok); err != nil {
			t.Errorf("ParseConfig(%q): %v", ok, err)
		}
	}
}
