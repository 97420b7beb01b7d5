package model

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
		s, err := DecodeYAML("fuzz.yaml", data)
		if err != nil {
			return
		}
		out, err := s.EncodeYAML()
		if err != nil {
			return // e.g. invalid UTF-8 in a name cannot be written as YAML
		}
		back, err := DecodeYAML("encoded.yaml", out)
		if err != nil {
			t.Fatalf("decode(encode(s)): %v\n%s", err, out)
		}
		again, err := back.EncodeYAML()
		if err != nil {
			t.Fatal(err)
		}
		if string(again) != string(out) {
			t.Fatalf("encoding not stable:\n%s\n---\n%s", out, again)
		}
	})
}
