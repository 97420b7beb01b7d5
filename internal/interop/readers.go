package interop

import (
	"fmt"
	"io/fs"
	"regexp"
	"strings"
)

// eachFile calls fn, in name order, with each file at the top of fsys
// whose name matches re: the name, the submatches and the content.
func eachFile(fsys fs.FS, re *regexp.Regexp, fn func(name string, m []string, body string) error) error {
	names, err := files(fsys)
	if err != nil {
		return err
	}
	for _, name := range names {
		m := re.FindStringSubmatch(name)
		if m == nil {
			continue
		}
		body, err := readFile(fsys, name)
		if err != nil {
			return err
		}
		if err := fn(name, m, body); err != nil {
			return err
		}
	}
	return nil
}

// sectioned reads a file of up and down sections, each opened by a marker
// line: marker returns the section ("up", "down", or "" for a marker line
// that opens none) and the options written after it, for a marker line,
// and ok false for any other line; option, when not nil, is told each
// option with its line. Marker lines are not part of the SQL. It reports the file's up and
// down SQL and whether it has an up and a down section.
func sectioned(body string, marker func(line string) (section, opts string, ok bool), option func(line int, section, opt string) error) (up, down string, hasUp, hasDown bool, err error) {
	var cur *string
	for i, line := range strings.SplitAfter(body, "\n") {
		section, opts, ok := marker(strings.TrimSpace(line))
		if !ok {
			if cur != nil {
				*cur += line
			}
			continue
		}
		for _, opt := range strings.Fields(opts) {
			if option == nil {
				break
			}
			if err := option(i+1, section, opt); err != nil {
				return "", "", false, false, err
			}
		}
		switch section {
		case "up":
			cur, hasUp = &up, true
		case "down":
			cur, hasDown = &down, true
		}
	}
	return up, down, hasUp, hasDown, nil
}

var golangMigrateName = regexp.MustCompile(`^([0-9]+)_(.*)\.(up|down)\.[A-Za-z0-9]+$`)

// readGolangMigrate reads NNN_title.up.sql and NNN_title.down.sql pairs.
func readGolangMigrate(fsys fs.FS) ([]migration, error) {
	byVersion := map[string]*migration{}
	downOnly := map[string]string{} // version -> its down file, until its up file is seen
	var order []string
	err := eachFile(fsys, golangMigrateName, func(name string, m []string, body string) error {
		v := strings.TrimLeft(m[1], "0")
		if v == "" {
			v = "0"
		}
		mig := byVersion[v]
		if mig == nil {
			mig = &migration{version: v, title: title(m[2]), noDown: name}
			byVersion[v] = mig
			order = append(order, v)
		}
		if m[3] == "up" {
			mig.up, mig.title = body, title(m[2])
			delete(downOnly, v)
		} else {
			mig.down, mig.noDown = body, ""
			if mig.up == "" {
				downOnly[v] = name
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	for _, name := range downOnly {
		return nil, &ImportError{Path: name, Msg: "a down migration without its up migration; add the .up file or remove this one"}
	}
	var out []migration
	for _, v := range order {
		out = append(out, *byVersion[v])
	}
	return sortVersions(out, GolangMigrate)
}

var gooseName = regexp.MustCompile(`^([0-9]+)_(.*)\.(sql|go)$`)

// readGoose reads goose SQL migrations: -- +goose Up / Down sections,
// StatementBegin / End (dropped: retort splits statements itself) and
// NO TRANSACTION. A Go migration or an environment substitution cannot be
// imported.
func readGoose(fsys fs.FS) ([]migration, error) {
	var out []migration
	err := eachFile(fsys, gooseName, func(name string, m []string, body string) error {
		if m[3] == "go" {
			return &ImportError{Path: name, Msg: "a goose Go migration; retort imports SQL migrations only: rewrite it as a .sql migration, or import the others and write this revision by hand"}
		}
		mig := migration{version: m[1], title: title(m[2]), created: timestampVersion(m[1])}
		for i, line := range strings.Split(body, "\n") {
			switch ann := gooseAnnotation(line); ann {
			case "", "up", "down", "statementbegin", "statementend":
			case "no transaction":
				mig.noTransaction = true
			default:
				return &ImportError{Path: name, Line: i + 1, Msg: fmt.Sprintf("-- +goose %s: retort cannot import this annotation (environment substitution changes the SQL at run time); remove it and write the values in", ann)}
			}
		}
		// Every annotation is a marker line: Up and Down open a section,
		// the others (checked above) are left out of the SQL.
		marker := func(line string) (string, string, bool) {
			ann := gooseAnnotation(line)
			return ann, "", ann != ""
		}
		up, down, hasUp, hasDown, err := sectioned(body, marker, nil)
		if err != nil {
			return err
		}
		mig.up, mig.down = up, down
		if !hasUp {
			return &ImportError{Path: name, Msg: "no -- +goose Up annotation; not a goose migration"}
		}
		if !hasDown {
			mig.noDown = name
		}
		out = append(out, mig)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sortVersions(out, Goose)
}

// gooseAnnotation is a line's goose annotation in lower case, single
// spaced ("up", "no transaction"), or "" for any other line.
func gooseAnnotation(line string) string {
	rest, ok := strings.CutPrefix(strings.TrimSpace(line), "-- +goose")
	if !ok {
		return ""
	}
	return strings.ToLower(strings.Join(strings.Fields(rest), " "))
}

var (
	dbmateName   = regexp.MustCompile(`^([0-9]+)_?(.*)\.sql$`)
	dbmateMarker = regexp.MustCompile(`^--\s*migrate:(up|down)\b(.*)$`)
)

// readDbmate reads dbmate migrations: -- migrate:up and -- migrate:down
// blocks, transaction:false.
func readDbmate(fsys fs.FS) ([]migration, error) {
	var out []migration
	err := eachFile(fsys, dbmateName, func(name string, m []string, body string) error {
		mig := migration{version: m[1], title: title(m[2]), created: timestampVersion(m[1])}
		marker := func(line string) (string, string, bool) {
			mm := dbmateMarker.FindStringSubmatch(line)
			if mm == nil {
				return "", "", false
			}
			return mm[1], mm[2], true
		}
		option := func(line int, section, opt string) error {
			switch opt {
			case "transaction:false":
				mig.noTransaction = true
			case "transaction:true":
			default:
				return &ImportError{Path: name, Line: line, Msg: fmt.Sprintf("migrate:%s option %s: retort knows transaction:false only", section, opt)}
			}
			return nil
		}
		up, down, hasUp, hasDown, err := sectioned(body, marker, option)
		if err != nil {
			return err
		}
		if !hasUp {
			return &ImportError{Path: name, Msg: "no -- migrate:up block; not a dbmate migration"}
		}
		mig.up, mig.down = up, down
		if !hasDown || strings.TrimSpace(down) == "" {
			mig.noDown = name
		}
		out = append(out, mig)
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sortVersions(out, Dbmate)
}

var flywayName = regexp.MustCompile(`^([VUBR])([0-9._]*)__(.*)\.sql$`)

// readFlyway reads V<version>__desc.sql with its U<version>__desc.sql undo
// script and a .conf file's executeInTransaction=false. Repeatable and
// baseline migrations, and placeholders, cannot be imported.
func readFlyway(fsys fs.FS) ([]migration, error) {
	byVersion := map[string]*migration{}
	var order []string
	undo := map[string]string{}
	err := eachFile(fsys, flywayName, func(name string, m []string, body string) error {
		if m[1] == "R" || m[1] == "B" {
			return &ImportError{Path: name, Msg: "a repeatable or baseline Flyway migration; retort imports versioned (V) and undo (U) migrations only"}
		}
		for i, line := range strings.Split(body, "\n") {
			if strings.Contains(line, "${") {
				return &ImportError{Path: name, Line: i + 1, Msg: "a Flyway placeholder (${...}), which changes the SQL at run time; write the value in"}
			}
		}
		version := strings.ReplaceAll(m[2], "_", ".")
		if m[1] == "U" {
			undo[version] = body
			return nil
		}
		noTx := false
		if conf, err := readFile(fsys, name+".conf"); err == nil {
			noTx = strings.Contains(strings.ReplaceAll(conf, " ", ""), "executeInTransaction=false")
		}
		byVersion[version] = &migration{version: version, title: title(m[3]), up: body, noTransaction: noTx, noDown: name}
		order = append(order, version)
		return nil
	})
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, v := range order {
		m := *byVersion[v]
		if d, ok := undo[v]; ok {
			m.down, m.noDown = d, ""
			delete(undo, v)
		}
		out = append(out, m)
	}
	for v := range undo {
		return nil, &ImportError{Path: "U" + v, Msg: "an undo script without its versioned migration"}
	}
	return sortVersions(out, Flyway)
}

var atlasName = regexp.MustCompile(`^([0-9]+)_?(.*)\.sql$`)

// readAtlas reads an Atlas migration directory: upgrades only (Atlas
// plans downgrades itself), with the txmode directive.
func readAtlas(fsys fs.FS) ([]migration, error) {
	var out []migration
	err := eachFile(fsys, atlasName, func(name string, m []string, body string) error {
		noTx := false
		for _, line := range strings.Split(body, "\n") {
			if t := strings.TrimSpace(line); strings.HasPrefix(t, "-- atlas:txmode") {
				noTx = strings.HasSuffix(t, " none")
			}
		}
		out = append(out, migration{version: m[1], title: title(m[2]), up: body, noDown: name,
			noTransaction: noTx, created: timestampVersion(m[1])})
		return nil
	})
	if err != nil {
		return nil, err
	}
	return sortVersions(out, Atlas)
}
