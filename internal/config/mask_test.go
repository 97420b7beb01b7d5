package config

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestMaskURL(t *testing.T) {
	tests := []struct{ in, want string }{
		{"postgres://alice:s3cret@db.example.com:5432/app?sslmode=require",
			"postgres://alice:xxxxx@db.example.com:5432/app?sslmode=require"},
		{"postgresql://alice:p%40ss%2Fw%3Ard@db/app", "postgresql://alice:xxxxx@db/app"},
		{"postgres://:s3cret@db/app", "postgres://:xxxxx@db/app"},
		{"postgres://alice:s3cret@h1:5432,h2:5433/app", "postgres://alice:xxxxx@h1:5432,h2:5433/app"},
		{"postgres://alice@db/app", "postgres://alice@db/app"},
		{"postgres://alice:p@ss@db/app", "postgres://alice:xxxxx@db/app"},
		{"postgres://alice:p@ss:w@rd@db:5432", "postgres://alice:xxxxx@db:5432"},
		{"postgres://alice:@db/app", "postgres://alice:@db/app"},
		{"postgres://db/app", "postgres://db/app"},
		{"postgres:///app?host=/tmp", "postgres:///app?host=/tmp"},
		{"postgres://db/app?user=alice&password=s3cret&sslmode=disable",
			"postgres://db/app?user=alice&password=xxxxx&sslmode=disable"},
		{"postgres://db/app?password=s3&cret", "postgres://db/app?password=xxxxx"},
		{"postgres://db/app?password=a&b&sslmode=disable", "postgres://db/app?password=xxxxx&sslmode=disable"},
		{"postgres://db/app?password=&user=alice", "postgres://db/app?password=&user=alice"},
		{"postgres://db/app?SSLPASSWORD=k&=x#frag", "postgres://db/app?SSLPASSWORD=xxxxx#frag"},
		{"host=db user=alice password=s3cret dbname=app", "host=db user=alice password=xxxxx dbname=app"},
		{"host=db password = s3cret dbname=app", "host=db password = xxxxx dbname=app"},
		{`password='s3 cr\'et' host=db`, "password=xxxxx host=db"},
		{"host=db PASSWORD=a&b dbname=app", "host=db PASSWORD=xxxxx dbname=app"},
		{"host=db sslpassword=k dbname=app", "host=db sslpassword=xxxxx dbname=app"},
		{"host=db user=alice dbname=app", "host=db user=alice dbname=app"},
		{"", ""},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, MaskURL(tt.in)); d != "" {
			t.Errorf("MaskURL(%q) (-want +got)\n%s", tt.in, d)
		}
	}
}

func TestMaskText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`connect to "postgres://u:pw1@h/db": refused; retry postgresql://v:pw2@k/db2 later`,
			`connect to "postgres://u:xxxxx@h/db": refused; retry postgresql://v:xxxxx@k/db2 later`},
		{"cannot parse `host=h password=pw3 dbname=d`: bad", "cannot parse `host=h password=xxxxx dbname=d`: bad"},
		{"PGPASSWORD=pw4 retort upgrade", "PGPASSWORD=xxxxx retort upgrade"},
		{"'postgres://h/d?password=p&w' is not a model", "'postgres://h/d?password=xxxxx' is not a model"},
		{"see https://example.com/docs/a@b", "see https://example.com/docs/a@b"},
		{"no secrets here: user=alice", "no secrets here: user=alice"},
	}
	for _, tt := range tests {
		if d := cmp.Diff(tt.want, MaskText(tt.in)); d != "" {
			t.Errorf("MaskText(%q) (-want +got)\n%s", tt.in, d)
		}
	}
}
