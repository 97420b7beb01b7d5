package yamlmodel

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// FuzzDecodeYAML requires that no input makes the decoder panic, and that
// whatever it accepts encodes and decodes again to the same YAML.
func FuzzDecodeYAML(f *testing.F) {
	files, _ := filepath.Glob("testdata/*.yaml")
	for _, name := range files {
		data, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	for _, s := range []string{
		"",
		"schemas: {public: }",
		"extensions: {citext: public}",
		"schemas: {s: {enums: {e: [a, b]}}}",
		"schemas: {s: {sequences: {q: {increment: -1, min: -5}}}}",
		"schemas: {s: {tables: {t: {columns: {id: {type: int, identity: always}}}}}}",
		"schemas: {s: {tables: {t: {constraints: {k: {foreign_key: [a], references: u}}}}}}",
		"schemas: {s: {tables: {a: &t {columns: {id: bigint}}, b: *t}}}",
		"schemas: {s: {tables: {t: {indexes: {i: {keys: [{expression: \"f(a)\"}]}}}}}}",
		"schemas: {s: {domains: {d: int, e: {type: text, checks: {c: CHECK (VALUE <> ''), n: {check: x, not_valid: true}}}}}}",
		"schemas: {s: {composites: {c: {attributes: {a: int, b: {type: text, collation: C}}}}}}",
		"schemas: {s: {functions: {\"f(integer)\": {definition: \"CREATE PROCEDURE s.f(integer)\\n AS 'x'\", kind: function}}}}",
		"schemas: {s: {functions: {\"f((()\": {definition: x}}}}",
		"schemas: {s: {views: {v: {definition: \"\\tSELECT\\n 1\", columns: {a: {comment: c}}, triggers: {g: x}}}}}",
		"schemas: {s: {views: {m: {materialized: true, definition: \" SELECT 1\\n\\n\", indexes: {i: {keys: [a]}}}}}}",
		"schemas: {s: {tables: {t: {triggers: {g: {definition: \"a\\n\\tb\", enabled: replica, comment: \"\\n\\t\"}}}}}}",
		"[a]",
		"schemas: {s: [}",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		done := make(chan struct{})
		defer close(done)
		go func() {
			select {
			case <-done:
			case <-time.After(3 * time.Second):
				panic(fmt.Sprintf("hang on input %q", data))
			}
		}()
		s, err := Decode("fuzz.yaml", data)
		if err != nil {
			return
		}
		out, err := Encode(s)
		if err != nil {
			return // e.g. invalid UTF-8 in a name cannot be written as YAML
		}
		back, err := Decode("encoded.yaml", out)
		if err != nil {
			t.Fatalf("decode(encode(s)): %v\n%s", err, out)
		}
		again, err := Encode(back)
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(out) {
			t.Fatalf("encoding not stable:\n%s\n---\n%s", out, again)
		}
	})
}
