package render

import (
	"github.com/retortdb/retort/diff"
	"github.com/retortdb/retort/model"
)

var (
	tDocs     = model.QualifiedName{Schema: "app", Name: "docs"}
	polOwn    = model.Policy{Name: "own", Command: "UPDATE", Roles: []string{"Reader", "app_user"}, Using: "(owner = CURRENT_USER)", WithCheck: "true"}
	polPublic = model.Policy{Name: "read all", Command: "SELECT", Permissive: true, Roles: []string{"public"}, Using: "public.allowed(owner)"}
)

// policyGoldenCases covers row-level security and policies.
var policyGoldenCases = []struct {
	name string
	op   diff.Op
	want []string
}{
	{"enable row security", diff.SetRowSecurity{Table: tDocs, Enabled: true},
		[]string{"ALTER TABLE app.docs ENABLE ROW LEVEL SECURITY"}},
	{"disable row security", diff.SetRowSecurity{Table: tDocs},
		[]string{"ALTER TABLE app.docs DISABLE ROW LEVEL SECURITY"}},
	{"force row security", diff.SetForceRowSecurity{Table: tDocs, Forced: true},
		[]string{"ALTER TABLE app.docs FORCE ROW LEVEL SECURITY"}},
	{"no force row security", diff.SetForceRowSecurity{Table: tDocs},
		[]string{"ALTER TABLE app.docs NO FORCE ROW LEVEL SECURITY"}},
	{"create restrictive policy", diff.CreatePolicy{Table: tDocs, Policy: polOwn},
		[]string{`CREATE POLICY own ON app.docs AS RESTRICTIVE FOR UPDATE TO "Reader", app_user USING (owner = CURRENT_USER) WITH CHECK (true)`}},
	{"create permissive policy for public", diff.CreatePolicy{Table: tDocs, Policy: polPublic},
		[]string{`CREATE POLICY "read all" ON app.docs AS PERMISSIVE FOR SELECT TO PUBLIC USING (public.allowed(owner))`}},
	{"create insert policy", diff.CreatePolicy{Table: tDocs, Policy: model.Policy{
		Name: "ins", Command: "INSERT", Permissive: true, Roles: []string{"public"}, WithCheck: "(id > 0)"}},
		[]string{"CREATE POLICY ins ON app.docs AS PERMISSIVE FOR INSERT TO PUBLIC WITH CHECK (id > 0)"}},
	{"drop policy", diff.DropPolicy{Table: tDocs, Policy: polPublic},
		[]string{`DROP POLICY "read all" ON app.docs`}},
	{"alter policy roles", diff.AlterPolicy{Table: tDocs, From: polPublic, To: func() model.Policy {
		p := polPublic
		p.Roles = []string{"app_user"}
		return p
	}()}, []string{`ALTER POLICY "read all" ON app.docs TO app_user`}},
	{"alter policy expressions", diff.AlterPolicy{Table: tDocs, From: polOwn, To: func() model.Policy {
		p := polOwn
		p.Using, p.WithCheck = "(id > 0)", "(id < 10)"
		return p
	}()}, []string{"ALTER POLICY own ON app.docs USING (id > 0) WITH CHECK (id < 10)"}},
	{"comment on policy", diff.SetComment{Target: diff.ObjectRef{Kind: diff.KindPolicy, Schema: "app", Name: "docs", Sub: "read all"}, Comment: "everyone"},
		[]string{`COMMENT ON POLICY "read all" ON app.docs IS 'everyone'`}},
}

func init() {
	goldenCases = append(goldenCases, policyGoldenCases...)
}
