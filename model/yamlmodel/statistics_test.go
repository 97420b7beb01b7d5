package yamlmodel

import (
	"bytes"
	"testing"

	"github.com/retortdb/retort/model"

	"github.com/google/go-cmp/cmp"
)

// TestStatisticsYAML decodes statistics objects in every form the decoder
// takes, checks the model, and writes them back to the same YAML.
func TestStatisticsYAML(t *testing.T) {
	const in = `schemas:
  app:
    statistics:
      by_city:
        table: orders
        columns: [city, zip]
        target: 500
        comment: city and zip go together
      lower_email:
        table: people
        expressions: [lower(email)]
        target: -1
      mixed:
        table: other.orders
        columns: [city]
        expressions: [(zip)::text]
        kinds: [mcv, ndistinct]
`
	target := 500
	want := []model.Statistics{
		{Schema: "app", Name: "by_city", Table: model.QualifiedName{Schema: "app", Name: "orders"}, Kinds: model.StatisticsKinds,
			Columns: []string{"city", "zip"}, Target: &target, Comment: "city and zip go together"},
		{Schema: "app", Name: "lower_email", Table: model.QualifiedName{Schema: "app", Name: "people"}, Expressions: []string{"lower(email)"}},
		{Schema: "app", Name: "mixed", Table: model.QualifiedName{Schema: "other", Name: "orders"}, Kinds: []string{"ndistinct", "mcv"},
			Columns: []string{"city"}, Expressions: []string{"(zip)::text"}},
	}
	s, err := Decode("m.yaml", []byte(in))
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(want, s.Statistics); d != "" {
		t.Errorf("decoded (-want +got)\n%s", d)
	}
	var buf bytes.Buffer
	if err := Write(&buf, s); err != nil {
		t.Fatal(err)
	}
	const out = `schemas:
  app:
    statistics:
      by_city:
        table: orders
        columns: [city, zip]
        target: 500
        comment: city and zip go together
      lower_email:
        table: people
        expressions: [lower(email)]
      mixed:
        table: other.orders
        columns: [city]
        expressions: ['(zip)::text']
        kinds: [ndistinct, mcv]
`
	if d := cmp.Diff(out, buf.String()); d != "" {
		t.Errorf("encoded (-want +got)\n%s", d)
	}
	back, err := Decode("enc.yaml", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if d := cmp.Diff(s, back); d != "" {
		t.Errorf("decode(encode(s)) (-want +got)\n%s", d)
	}
}

func TestStatisticsYAMLErrors(t *testing.T) {
	tests := []struct{ name, yaml, want string }{
		{"no table", "schemas: {s: {statistics: {st: {columns: [a, b]}}}}",
			`m.yaml:1:32: schemas.s.statistics.st: missing key "table"; expected the table the statistics are on, e.g. table: orders`},
		{"one column", "schemas: {s: {statistics: {st: {table: t, columns: [a]}}}}",
			`m.yaml:1:32: schemas.s.statistics.st: statistics need two columns or expressions, or one expression; expected e.g. columns: [city, zip]`},
		{"kinds of one expression", "schemas: {s: {statistics: {st: {table: t, expressions: [a + b], kinds: [mcv]}}}}",
			`m.yaml:1:72: schemas.s.statistics.st.kinds: statistics on a single expression take no kinds; leave kinds out`},
		{"unknown kind", "schemas: {s: {statistics: {st: {table: t, columns: [a, b], kinds: [histogram]}}}}",
			`m.yaml:1:67: schemas.s.statistics.st.kinds: unknown statistics kind "histogram"; expected ndistinct, dependencies or mcv`},
		{"unknown key", "schemas: {s: {statistics: {st: {table: t, columns: [a, b], stats: 1}}}}",
			`m.yaml:1:60: schemas.s.statistics.st: unknown key "stats"; expected one of table, columns, expressions, kinds, target, comment`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode("m.yaml", []byte(tt.yaml))
			if err == nil {
				t.Fatal("no error")
			}
			if d := cmp.Diff(tt.want, err.Error()); d != "" {
				t.Errorf("(-want +got)\n%s", d)
			}
		})
	}
}
