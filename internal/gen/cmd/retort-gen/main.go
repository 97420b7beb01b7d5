// Command retort-gen writes a synthetic PostgreSQL schema of a given size
// to stdout, for benchmarks:
//
//	go run ./internal/gen/cmd/retort-gen -tables 1000 -seed 1 > schema.sql
//	psql -X -v ON_ERROR_STOP=1 -d perf_gen -f schema.sql
//
// The output depends only on the flags.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/retortdb/retort/internal/gen"
)

func main() {
	var o gen.Options
	flag.IntVar(&o.Tables, "tables", 100, "number of tables (plain and partitioned; partitions come on top)")
	flag.Uint64Var(&o.Seed, "seed", 1, "random seed; the same seed gives the same schema")
	flag.IntVar(&o.Schemas, "schemas", 0, "number of schemas (0: one per 100 tables, 2 to 40)")
	flag.Usage = func() {
		fmt.Fprintln(flag.CommandLine.Output(), "usage: retort-gen [-tables N] [-seed S] [-schemas K] > schema.sql")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() > 0 {
		flag.Usage()
		os.Exit(2)
	}
	if err := gen.Write(os.Stdout, o); err != nil {
		fmt.Fprintln(os.Stderr, "retort-gen:", err)
		os.Exit(1)
	}
}
