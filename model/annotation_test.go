package model

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestClone(t *testing.T) {
	s, err := DecodeYAML("m.yaml", []byte(privilegeObjectsYAML+"privileges:\n  schemas:\n    app:\n      owner: app_owner\n      tables:\n        orders: {grants: {reader: [select]}}\n"))
	if err != nil {
		t.Fatal(err)
	}
	a := annotatedSchema()
	s.Enums = append(s.Enums, a.Enums...)
	s.Tables = append(s.Tables, a.Tables...)
	c := s.Clone()
	if d := cmp.Diff(s, c); d != "" {
		t.Fatalf("clone differs (-original +clone)\n%s", d)
	}
	// Nothing is shared: changing the clone leaves the original alone.
	c.StripAnnotations()
	c.Tables[0].Columns[0].Name = "changed"
	c.Privileges.Owners[0].Role = "changed"
	if d := cmp.Diff(s, c); d == "" {
		t.Fatal("changes to the clone do not show")
	}
	if !s.Annotated() || s.Tables[0].Columns[0].Name == "changed" || s.Privileges.Owners[0].Role == "changed" {
		t.Error("changing the clone changed the original")
	}
}

func TestCopyAnnotations(t *testing.T) {
	read := annotatedSchema()
	read.StripAnnotations()
	read.Tables[0].Columns = append(read.Tables[0].Columns, Column{Name: "extra", Type: "text"})
	read.CopyAnnotations(annotatedSchema())
	want := annotatedSchema()
	want.Tables[0].Columns = append(want.Tables[0].Columns, Column{Name: "extra", Type: "text"})
	if d := cmp.Diff(want, read); d != "" {
		t.Errorf("(-want +got)\n%s", d)
	}
}
