package interop

import (
	"fmt"
	"strings"

	"github.com/retortdb/retort/migrate"
)

// Alembic: a script directory (alembic.ini, env.py, script.py.mako) and
// versions/<rev>_<slug>.py per revision. The revisions keep retort's ids,
// parents (merges as tuples), branch labels and depends-on, and run their
// SQL through op.execute, one statement per call; a no-transaction
// revision's statements run in an autocommit block.
func alembicFiles(revs []*migrate.Revision, opts Options) []File {
	out := []File{
		{"alembic.ini", []byte(alembicINI)},
		{"env.py", []byte(alembicEnv)},
		{"script.py.mako", []byte(alembicMako)},
	}
	for _, r := range revs {
		name := fmt.Sprintf("versions/%s_%s.py", r.ID, slug(r, opts))
		out = append(out, File{name, []byte(alembicRevision(r))})
	}
	return out
}

// alembicRevision is one revision module.
func alembicRevision(r *migrate.Revision) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\nRevision ID: %s\nRevises: %s\nCreate Date: %s\n\nExported by retort from its revision %s.\n%s\n",
		`"""`+pyDocLine(r.Message), r.ID, strings.Join(r.Parents, ", "), r.Created.UTC().Format("2006-01-02 15:04:05"), r.ID, `"""`)
	b.WriteString("from alembic import op\n\n")
	fmt.Fprintf(&b, "revision = %s\n", pyStr(r.ID))
	fmt.Fprintf(&b, "down_revision = %s\n", pyIDs(r.Parents))
	fmt.Fprintf(&b, "branch_labels = %s\n", pyIDs(r.BranchLabels))
	fmt.Fprintf(&b, "depends_on = %s\n", pyIDs(r.DependsOn))
	for _, f := range []struct{ name, sql string }{{"upgrade", r.Upgrade}, {"downgrade", r.Downgrade}} {
		fmt.Fprintf(&b, "\n\ndef %s():\n", f.name)
		stmts := statements(f.sql)
		indent := "    "
		if len(stmts) == 0 {
			b.WriteString(indent + "pass\n")
			continue
		}
		if r.NoTransaction {
			b.WriteString(indent + "with op.get_context().autocommit_block():\n")
			indent += "    "
		}
		for _, s := range stmts {
			fmt.Fprintf(&b, "%sop.execute(%s)\n", indent, pySQL(s))
		}
	}
	return b.String()
}

// pyIDs is a Python None, string or tuple of strings.
func pyIDs(ids []string) string {
	switch len(ids) {
	case 0:
		return "None"
	case 1:
		return pyStr(ids[0])
	}
	quoted := make([]string, len(ids))
	for i, id := range ids {
		quoted[i] = pyStr(id)
	}
	return "(" + strings.Join(quoted, ", ") + ")"
}

// pyStr is a single-quoted Python string literal.
func pyStr(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `'`, `\'`, "\n", `\n`, "\r", `\r`)
	return "'" + r.Replace(s) + "'"
}

// pyDocLine is a message fit for a docstring's first line.
func pyDocLine(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(oneLine(s))
}

// pySQL is a statement as a Python triple-quoted literal for op.execute,
// which reads a string as SQLAlchemy text(). text() takes a colon for a
// bind parameter when a name follows it, no colon, word character or
// backslash comes before it, and no colon after the name; such a colon is
// escaped (\:), as text() documents. "::" casts are left alone.
func pySQL(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] == ':' && i+1 < len(s) && isWordByte(s[i+1]) &&
			(i == 0 || (s[i-1] != ':' && s[i-1] != '\\' && !isWordByte(s[i-1]))) {
			j := i + 1
			for j < len(s) && isWordByte(s[j]) {
				j++
			}
			if j == len(s) || s[j] != ':' {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(s[i])
	}
	body := strings.NewReplacer(`\`, `\\`, `"""`, `\"\"\"`).Replace(b.String())
	if strings.HasSuffix(body, `"`) {
		body = body[:len(body)-1] + `\"`
	}
	return `"""` + body + `"""`
}

func isWordByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// alembicINI points Alembic at this directory; the database URL comes
// from DATABASE_URL (env.py) unless sqlalchemy.url is filled in.
const alembicINI = `# Alembic configuration for revisions exported by retort (retort export --format alembic).
[alembic]
script_location = %(here)s
# The database: DATABASE_URL in the environment, else this key.
sqlalchemy.url =

[loggers]
keys = root,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_alembic]
level = INFO
handlers =
qualname = alembic

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %%(levelname)-5.5s [%%(name)s] %%(message)s
`

// alembicEnv runs the revisions online (a connection from the URL) or
// offline (--sql), each revision in its own transaction, as retort does.
const alembicEnv = `"""Alembic environment for revisions exported by retort.

The database URL is DATABASE_URL from the environment, else sqlalchemy.url in
alembic.ini. A postgres:// URL is read as postgresql://, which SQLAlchemy needs.
"""
import os
from logging.config import fileConfig

from alembic import context
from sqlalchemy import create_engine, pool

config = context.config
if config.config_file_name is not None:
    fileConfig(config.config_file_name)


def database_url():
    url = os.environ.get("DATABASE_URL") or config.get_main_option("sqlalchemy.url")
    if not url:
        raise SystemExit("set DATABASE_URL (or sqlalchemy.url in alembic.ini) to the database to migrate")
    if url.startswith("postgres://"):
        url = "postgresql://" + url[len("postgres://"):]
    return url


def run_offline():
    context.configure(url=database_url(), literal_binds=True, transaction_per_migration=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online():
    engine = create_engine(database_url(), poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, transaction_per_migration=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
`

// alembicMako is the template alembic revision uses for new revisions
// written by hand after the export.
const alembicMako = `"""${message}

Revision ID: ${up_revision}
Revises: ${down_revision | comma,n}
Create Date: ${create_date}
"""
from alembic import op
import sqlalchemy as sa
${imports if imports else ""}

revision = ${repr(up_revision)}
down_revision = ${repr(down_revision)}
branch_labels = ${repr(branch_labels)}
depends_on = ${repr(depends_on)}


def upgrade():
    ${upgrades if upgrades else "pass"}


def downgrade():
    ${downgrades if downgrades else "pass"}
`
