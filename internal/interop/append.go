package interop

import (
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"

	"github.com/retortdb/retort/migrate"
)

// Append returns the files that add rev to a runner's directory fsys in
// format f, after the revisions Import read from it (existing, in order):
// the next numbers of a numbered format, timestamps after the last one,
// the Alembic module alone, and for Atlas the new file with atlas.sum
// written again over every file. rev's parent is the directory's head.
func Append(f Format, fsys fs.FS, existing []*migrate.Revision, rev *migrate.Revision, opts Options) ([]File, error) {
	if len(existing) > 0 {
		last := strings.TrimPrefix(existing[len(existing)-1].ID, "v")
		switch f {
		case GolangMigrate, Goose:
			n, err := strconv.ParseUint(last, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("the last %s version %s is not a number", f, last)
			}
			opts.First = n + 1
		case Flyway:
			major, _, _ := strings.Cut(last, "_")
			n, err := strconv.ParseUint(major, 10, 64)
			if err != nil {
				return nil, fmt.Errorf("the last Flyway version %s does not start with a number", last)
			}
			opts.First = n + 1
		case Dbmate, Atlas:
			opts.After = timestampVersion(last)
			if opts.After.IsZero() {
				opts.After = existing[len(existing)-1].Created
			}
		}
	}
	files, err := Files(f, []*migrate.Revision{rev}, opts)
	if err != nil {
		return nil, err
	}
	switch f {
	case Alembic:
		var out []File
		for _, file := range files {
			if strings.HasPrefix(file.Name, "versions/") {
				out = append(out, file)
			}
		}
		return out, nil
	case Atlas:
		files = files[:len(files)-1] // the sum of the new file alone
		all, err := atlasDirectory(fsys)
		if err != nil {
			return nil, err
		}
		all = append(all, files...)
		sort.SliceStable(all, func(i, j int) bool { return all[i].Name < all[j].Name })
		return append(files, File{"atlas.sum", atlasSum(all)}), nil
	}
	return files, nil
}

// atlasDirectory reads the migration files of an Atlas directory, which
// atlas.sum covers in name order.
func atlasDirectory(fsys fs.FS) ([]File, error) {
	names, err := files(fsys)
	if err != nil {
		return nil, err
	}
	var out []File
	for _, name := range names {
		if !strings.HasSuffix(name, ".sql") {
			continue
		}
		data, err := fs.ReadFile(fsys, name)
		if err != nil {
			return nil, err
		}
		out = append(out, File{name, data})
	}
	return out, nil
}
