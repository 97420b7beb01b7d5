package model

// Portable returns a copy of s without what the server it was read from
// chose by default and a server of another major may choose otherwise:
// extension versions that are that server's default (DefaultVersion), and
// the NOT NULL constraint names PostgreSQL 18 gives by default
// (DefaultNotNullName). A model written from the copy (retort inspect)
// materializes back into s on that server, and plans nothing spurious on
// another major.
func (s *Schema) Portable() *Schema {
	out := s.Clone()
	for i := range out.Extensions {
		x := &out.Extensions[i]
		if x.Version == x.DefaultVersion {
			x.Version = ""
		}
		x.DefaultVersion = ""
	}
	for i := range out.Tables {
		t := &out.Tables[i]
		for j := range t.Columns {
			if c := &t.Columns[j]; c.NotNullName == DefaultNotNullName(t.Name, c.Name) {
				c.NotNullName = ""
			}
		}
	}
	return out
}
