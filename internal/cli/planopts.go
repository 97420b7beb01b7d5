package cli

import (
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/pflag"

	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/internal/config"
	"github.com/retortdb/retort/internal/sqlnorm"
	"github.com/retortdb/retort/render"
)

// planOptions shape a generated plan: online (lock-light) operations, the
// session timeouts written around it, and the hazard gate. diff and
// revision take them as flags; revision also from retort.yaml.
type planOptions struct {
	online                        bool
	lockTimeout, statementTimeout string
	// denyHazards fails a plan with hazards of kinds not in allowHazards.
	denyHazards  bool
	allowHazards []string
}

func (o *planOptions) addFlags(f *pflag.FlagSet, inConfig bool) {
	also := func(key string) string {
		if inConfig {
			return " (as " + key + " in retort.yaml)"
		}
		return ""
	}
	kinds := strings.Join(diff.HazardKindNames(), ", ")
	// revision writes no file when the gate refuses; diff still prints the
	// script (it is only shown) and then exits 3.
	denied := "exit 3 (writing no revision) when the plan has hazards of kinds --allow-hazards does not name"
	if !inConfig {
		denied = "exit 3 after printing the plan when it has hazards of kinds --allow-hazards does not name"
	}
	f.BoolVar(&o.online, "online", false, "plan lock-light operations: indexes CONCURRENTLY, constraints NOT VALID then VALIDATE"+also("online: true"))
	f.StringVar(&o.lockTimeout, "lock-timeout", "", "SET lock_timeout to this duration around the SQL, e.g. 5s (default with --online: "+config.DefaultOnlineLockTimeout+")"+also("lock_timeout"))
	f.StringVar(&o.statementTimeout, "statement-timeout", "", "SET statement_timeout to this duration around the SQL, e.g. 30min"+also("statement_timeout"))
	f.BoolVar(&o.denyHazards, "deny-hazards", false, denied+also("deny_hazards: true"))
	f.StringSliceVar(&o.allowHazards, "allow-hazards", nil, "hazard kinds --deny-hazards lets through, comma-separated or repeated: "+kinds+also("allow_hazards"))
}

// check reports the first flag value that is not valid.
func (o planOptions) check() error {
	for _, k := range o.allowHazards {
		if _, ok := diff.ParseHazardKind(k); !ok {
			return fmt.Errorf("--allow-hazards %s: not a hazard kind; use %s", k, strings.Join(diff.HazardKindNames(), ", "))
		}
	}
	for _, d := range []struct{ flag, value string }{{"--lock-timeout", o.lockTimeout}, {"--statement-timeout", o.statementTimeout}} {
		if d.value != "" && !config.ValidDuration(d.value) {
			return fmt.Errorf("%s %s: not a duration; write a whole number with a unit, e.g. 5s, 500ms, 1min", d.flag, d.value)
		}
	}
	return nil
}

// withConfig returns the options with the config's keys filling in what
// the flags left unset: a flag given wins over the key.
func (o planOptions) withConfig(c *config.Config, f *pflag.FlagSet) planOptions {
	o.online = o.online || c.Online
	o.denyHazards = o.denyHazards || c.DenyHazards
	if !f.Changed("allow-hazards") {
		o.allowHazards = c.AllowHazards
	}
	if !f.Changed("lock-timeout") {
		o.lockTimeout = c.LockTimeout
	}
	if !f.Changed("statement-timeout") {
		o.statementTimeout = c.StatementTimeout
	}
	return o
}

// diffOptions are the comparison options the plan options ask for.
func (o planOptions) diffOptions() diff.Options { return compareOptions(o.online) }

// compareOptions are the options of every comparison the commands make:
// online or not, and the parse-tree equivalence of printed texts
// (sqlnorm.Trees) that the engine, built without cgo, is given rather
// than has. Compare with them, never with diff.Compare, whose texts are
// only equal when they are the same.
func compareOptions(online bool) diff.Options {
	return diff.Options{Online: online, Equivalence: sqlnorm.Trees{}}
}

// script renders a plan with the session timeouts around it. Online mode
// sets lock_timeout to config.DefaultOnlineLockTimeout unless one is given:
// a lock-light plan should give up rather than queue everyone behind a
// waiting ALTER.
func (o planOptions) script(p *diff.Plan) string {
	if p.Empty() {
		return render.Plan(p)
	}
	lock := o.lockTimeout
	if lock == "" && o.online {
		lock = config.DefaultOnlineLockTimeout
	}
	head, tail := render.SessionSettings(lock, o.statementTimeout)
	return head + render.Plan(p) + tail
}

// printHazards writes each hazard of the plan on w as one line.
func printHazards(w io.Writer, p *diff.Plan) {
	for _, s := range p.Steps {
		for _, h := range s.Hazards {
			fmt.Fprintf(w, "retort: hazard %s: %s\n", h.Kind, h.Message)
		}
	}
}

// deniedHazards lists the plan's hazards whose kind allow does not name,
// as "kind: message", when the gate is on.
func (o planOptions) deniedHazards(plan *diff.Plan) []string {
	if !o.denyHazards {
		return nil
	}
	var out []string
	for _, s := range plan.Steps {
		for _, h := range s.Hazards {
			if !slices.Contains(o.allowHazards, h.Kind.String()) {
				out = append(out, h.Kind.String()+": "+h.Message)
			}
		}
	}
	return out
}
