package cli

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/spf13/cobra"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/config"
	"github.com/retortdb/retort/introspect"
	"github.com/retortdb/retort/migrate"
	"github.com/retortdb/retort/model"
	"github.com/retortdb/retort/render"
	"github.com/retortdb/retort/source"
)

type revisionOptions struct {
	message       string
	autogenerate  bool
	revID         string
	head          string
	branchLabels  []string
	dependsOn     []string
	splice        bool
	allowEmpty    bool
	fromRevisions bool
	versionPath   string
	privileges    bool
}

func newRevisionCommand(g *globalOptions) *cobra.Command {
	var o revisionOptions
	cmd := &cobra.Command{
		Use:   "revision -m MESSAGE",
		Short: "Create a new revision file (empty, or --autogenerate'd from the model)",
		Long: `revision writes a new revision file into the versions directory.

Without --autogenerate the upgrade and downgrade sections are empty, to fill in by
hand (data migrations, anything). With --autogenerate, retort compares the schema at
head with the model and writes the upgrade SQL, and the downgrade as the same
comparison run backwards; hazards appear as comments. The schema at head is the
configured database when it is at head (otherwise revision refuses: run upgrade
first), or, with --from-revisions or when no database is configured, every revision
replayed in a scratch database.`,
		Example: `  retort revision -m "add orders" --autogenerate
  retort revision -m "backfill totals"
  retort revision -m "start billing" --head base --branch-label billing`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error { return runRevision(cmd, g, o) },
	}
	f := cmd.Flags()
	f.StringVarP(&o.message, "message", "m", "", "the revision's message (required)")
	f.BoolVar(&o.autogenerate, "autogenerate", false, "fill in the SQL from the difference between head and the model")
	f.StringVar(&o.revID, "rev-id", "", "revision id to use instead of a random one")
	f.StringVar(&o.head, "head", "", "revision to base the new one on (default: the single head; base: a new root)")
	f.StringSliceVar(&o.branchLabels, "branch-label", nil, "branch label of the new revision (repeatable)")
	f.StringSliceVar(&o.dependsOn, "depends-on", nil, "revision the new one depends on (repeatable)")
	f.BoolVar(&o.splice, "splice", false, "allow --head to name a revision that is not a head")
	f.BoolVar(&o.allowEmpty, "allow-empty", false, "with --autogenerate, write a revision even when nothing changed")
	f.BoolVar(&o.fromRevisions, "from-revisions", false, "with --autogenerate, replay the revisions in a scratch database instead of reading the database")
	f.StringVar(&o.versionPath, "version-path", "", "versions directory to write to (default: the first configured)")
	f.BoolVar(&o.privileges, "privileges", false, "with --autogenerate, compare owners, privileges and default privileges too (as privileges: true in retort.yaml)")
	_ = cmd.MarkFlagRequired("message")
	return cmd
}

func runRevision(cmd *cobra.Command, g *globalOptions, o revisionOptions) error {
	ctx := cmd.Context()
	p, err := openProject(cmd, g)
	if err != nil {
		return err
	}
	p.privileges = o.privileges
	// The first revision of a project makes its versions directory.
	for _, d := range p.cfg.Versions {
		if err := os.MkdirAll(d, 0o755); err != nil {
			return err
		}
	}
	graph, err := p.graph()
	if err != nil {
		return err
	}
	parents, err := revisionParents(graph, o.head, o.splice)
	if err != nil {
		return err
	}
	rev := &migrate.Revision{
		ID:           o.revID,
		Parents:      parents,
		Message:      o.message,
		Created:      now(),
		BranchLabels: o.branchLabels,
	}
	if rev.ID == "" {
		rev.ID = migrate.NewID()
	}
	if _, dup := graph.Get(rev.ID); dup {
		return fmt.Errorf("--rev-id %s: a revision with this id exists already; choose another id", rev.ID)
	}
	for _, d := range o.dependsOn {
		ids, err := graph.Resolve(d)
		if err != nil {
			return fmt.Errorf("--depends-on %s: %w", d, err)
		}
		rev.DependsOn = append(rev.DependsOn, ids...)
	}
	if o.autogenerate {
		changed, err := autogenerate(ctx, p, graph, rev, o.fromRevisions)
		if err != nil {
			return err
		}
		if !changed && !o.allowEmpty {
			fmt.Fprintln(p.stdout, "No changes in schema detected; no revision written (use --allow-empty to write one anyway).")
			return nil
		}
	}
	path, err := writeRevision(p, rev, o.versionPath)
	if err != nil {
		return err
	}
	fmt.Fprintf(p.stdout, "Generated %s\n", path)
	return nil
}

// now is the creation time of a new revision: SOURCE_DATE_EPOCH (seconds
// since 1970, the reproducible-builds convention) when set, else the clock.
func now() time.Time {
	if v := os.Getenv("SOURCE_DATE_EPOCH"); v != "" {
		if n, err := strconv.ParseInt(v, 10, 64); err == nil {
			return time.Unix(n, 0).UTC()
		}
	}
	return time.Now().UTC().Truncate(time.Second)
}

// revisionParents decides the parents of a new revision: the --head
// revision, else the single head (none for the first revision).
func revisionParents(g *migrate.Graph, head string, splice bool) ([]string, error) {
	if head == "base" {
		return nil, nil
	}
	heads := g.Heads()
	if head == "" {
		switch len(heads) {
		case 0:
			return nil, nil
		case 1:
			return heads, nil
		}
		return nil, fmt.Errorf("multiple heads (%s); pass --head with one of them, or run retort merge heads first", strings.Join(heads, ", "))
	}
	ids, err := g.Resolve(head)
	if err != nil {
		return nil, fmt.Errorf("--head %s: %w", head, err)
	}
	if !splice {
		for _, id := range ids {
			if !contains(heads, id) {
				return nil, fmt.Errorf("--head %s: %s is not a head; pass --splice to branch from it anyway", head, id)
			}
		}
	}
	return ids, nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// autogenerate fills rev's upgrade and downgrade from the difference
// between the schema at rev's parents and the model. It reports whether
// anything changed.
func autogenerate(ctx context.Context, p *project, g *migrate.Graph, rev *migrate.Revision, fromRevisions bool) (bool, error) {
	l := p.loader()
	defer l.Close()
	head, err := stateAt(ctx, p, l, g, rev.Parents, fromRevisions)
	if err != nil {
		return false, err
	}
	want, err := p.modelSchema(ctx, l)
	if err != nil {
		return false, err
	}
	up := diff.Compare(head, want)
	down := diff.Compare(want, head)
	for _, w := range up.Warnings {
		fmt.Fprintf(p.stderr, "retort: warning: %s\n", w)
	}
	if err := planned("the upgrade", up); err != nil {
		return false, err
	}
	if err := planned("the downgrade", down); err != nil {
		return false, err
	}
	for _, s := range up.Steps {
		for _, h := range s.Hazards {
			fmt.Fprintf(p.stderr, "retort: hazard %s: %s\n", h.Kind, h.Message)
		}
	}
	if up.Empty() {
		return false, nil
	}
	rev.Upgrade = strings.TrimRight(render.Plan(up), "\n")
	rev.Downgrade = strings.TrimRight(render.Plan(down), "\n")
	// A label added to an enum cannot be used in the transaction that adds
	// it, so such a revision runs outside one.
	for _, s := range up.Steps {
		if _, ok := s.Op.(diff.AddEnumValue); ok {
			rev.NoTransaction = true
		}
	}
	return true, nil
}

// stateAt returns the schema the revisions up to parents produce: read from
// the configured database, which must stand exactly there, or, with
// fromRevisions or no database configured, replayed in a scratch database.
func stateAt(ctx context.Context, p *project, l *source.Loader, g *migrate.Graph, parents []string, fromRevisions bool) (*model.Schema, error) {
	if fromRevisions || !p.hasDatabase() {
		return p.replay(ctx, l, g, parents)
	}
	conn, err := p.connect(ctx)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.WithoutCancel(ctx))
	current, err := migrate.NewRunner(conn, g, p.runnerOptions()).Current(ctx)
	if err != nil {
		return nil, err
	}
	if !sameSet(current, parents) {
		return nil, fmt.Errorf("%w (it is at %s, head is %s); run retort upgrade first, or pass --from-revisions",
			migrate.ErrNotAtHead, describeRevs(current), describeRevs(parents))
	}
	s, err := introspect.Schema(ctx, conn, p.introspectOptions())
	if err != nil {
		return nil, fmt.Errorf("read database: %w", err)
	}
	return p.withVersionSchema(s), nil
}

func sameSet(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

// describeRevs names a set of revisions for a message ("base" when empty).
func describeRevs(ids []string) string {
	if len(ids) == 0 {
		return "base"
	}
	return strings.Join(ids, ", ")
}

// writeRevision writes rev into the versions directory, atomically (a
// temporary file renamed into place), and returns the path.
func writeRevision(p *project, rev *migrate.Revision, dir string) (string, error) {
	if dir == "" {
		if len(p.cfg.Versions) == 0 {
			return "", fmt.Errorf("%s: no versions directory configured; set versions:", p.cfg.Path)
		}
		dir = p.cfg.Versions[0]
	}
	loc, err := time.LoadLocation(p.cfg.Timezone)
	if err != nil {
		return "", err
	}
	name, err := config.FileName(p.cfg.FileTemplate, config.FileVars{
		Rev:  rev.ID,
		Slug: config.Slug(rev.Message, p.cfg.TruncateSlugLength),
		Time: rev.Created.In(loc),
	})
	if err != nil {
		return "", err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	path := filepath.Join(dir, name)
	if _, err := os.Stat(path); err == nil {
		return "", fmt.Errorf("%s exists already; nothing written", path)
	}
	tmp, err := os.CreateTemp(dir, ".retort-*.tmp")
	if err != nil {
		return "", err
	}
	defer os.Remove(tmp.Name())
	if _, err := tmp.Write(rev.Format()); err != nil {
		tmp.Close()
		return "", err
	}
	if err := tmp.Close(); err != nil {
		return "", err
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		return "", err
	}
	return path, nil
}
