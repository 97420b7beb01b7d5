package interop

import (
	"crypto/sha256"
	"encoding/base64"
	"fmt"
	"strings"

	"github.com/retortdb/retort/migrate"
)

// golang-migrate runs each file with one Exec: a file of several
// statements is one implicit transaction, so a no-transaction revision is
// split into one migration per statement.
func golangMigrateFiles(revs []*migrate.Revision, opts Options) []File {
	var out []File
	for i, u := range units(revs, true) {
		base := fmt.Sprintf("%06d_%s", opts.first()+uint64(i), u.name(opts))
		out = append(out,
			File{base + ".up.sql", []byte(header(u) + body(u.up))},
			File{base + ".down.sql", []byte(header(u) + body(u.down))})
	}
	return out
}

// goose splits a section at lines ending in a semicolon; a statement with
// a semicolon inside (a function body, a DO block) is wrapped in
// StatementBegin/End. NO TRANSACTION runs every statement on its own.
func gooseFiles(revs []*migrate.Revision, opts Options) []File {
	var out []File
	for i, u := range units(revs, false) {
		var b strings.Builder
		b.WriteString(header(u))
		if u.noTransaction {
			b.WriteString("-- +goose NO TRANSACTION\n")
		}
		b.WriteString("-- +goose Up\n")
		gooseSection(&b, u.up)
		b.WriteString("\n-- +goose Down\n")
		gooseSection(&b, u.down)
		out = append(out, File{fmt.Sprintf("%05d_%s.sql", opts.first()+uint64(i), u.name(opts)), []byte(b.String())})
	}
	return out
}

func gooseSection(b *strings.Builder, sql string) {
	for _, s := range statements(sql) {
		if strings.Contains(strings.TrimSuffix(s, ";"), ";") {
			b.WriteString("-- +goose StatementBegin\n" + s + "\n-- +goose StatementEnd\n")
		} else {
			b.WriteString(s + "\n")
		}
	}
}

// dbmate runs a block with one Exec too (split as for golang-migrate), and
// outside a transaction when its marker says transaction:false. Its version
// is the file name's leading digits: the revision's creation time.
func dbmateFiles(revs []*migrate.Revision, opts Options) []File {
	us := units(revs, true)
	versions := timestamps(us, opts.After)
	var out []File
	for i, u := range us {
		opt := ""
		if u.noTransaction {
			opt = " transaction:false"
		}
		data := "-- migrate:up" + opt + "\n" + header(u) + body(u.up) + "\n-- migrate:down" + opt + "\n" + body(u.down)
		out = append(out, File{fmt.Sprintf("%s_%s.sql", versions[i], u.name(opts)), []byte(data)})
	}
	return out
}

// Flyway: V<n>__slug.sql upgrades, U<n>__slug.sql undoes (undo migrations
// need Flyway Teams); a script config file beside a no-transaction
// revision's scripts sets executeInTransaction=false.
func flywayFiles(revs []*migrate.Revision, opts Options) []File {
	var out []File
	for i, u := range units(revs, false) {
		n := opts.first() + uint64(i)
		v := fmt.Sprintf("V%d__%s.sql", n, u.name(opts))
		undo := fmt.Sprintf("U%d__%s.sql", n, u.name(opts))
		out = append(out, File{v, []byte(header(u) + body(u.up))}, File{undo, []byte(header(u) + body(u.down))})
		if u.noTransaction {
			conf := []byte("executeInTransaction=false\n")
			out = append(out, File{v + ".conf", conf}, File{undo + ".conf", conf})
		}
	}
	return out
}

// Atlas: one file per revision, named by its creation time, with the
// txmode directive for a no-transaction revision, and atlas.sum. Atlas
// plans downgrades itself (atlas migrate down), so the downgrade SQL has
// no place in its directory.
func atlasFiles(revs []*migrate.Revision, opts Options) []File {
	us := units(revs, false)
	versions := timestamps(us, opts.After)
	var out []File
	for i, u := range us {
		data := ""
		if u.noTransaction {
			data = "-- atlas:txmode none\n\n"
		}
		data += header(u) + body(u.up)
		out = append(out, File{fmt.Sprintf("%s_%s.sql", versions[i], u.name(opts)), []byte(data)})
	}
	return append(out, File{"atlas.sum", atlasSum(out)})
}

// atlasSum is Atlas's integrity file for files (in their order). Each
// file's sum is a running SHA-256 over the names and contents of the files
// up to and including it; the first line sums the list of (name, sum)
// pairs. Sums are base64 after "h1:".
func atlasSum(files []File) []byte {
	running, total := sha256.New(), sha256.New()
	var lines []string
	for _, f := range files {
		running.Write([]byte(f.Name))
		running.Write(f.Data)
		sum := base64.StdEncoding.EncodeToString(running.Sum(nil))
		total.Write([]byte(f.Name))
		total.Write([]byte(sum))
		lines = append(lines, f.Name+" h1:"+sum)
	}
	first := "h1:" + base64.StdEncoding.EncodeToString(total.Sum(nil))
	return []byte(first + "\n" + strings.Join(lines, "\n") + "\n")
}
