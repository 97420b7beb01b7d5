// Command retort is a schema-diff autogenerate engine and migration tool
// for PostgreSQL. See the README for its commands.
package main

import (
	"os"

	"github.com/retortdb/retort/internal/cli"
)

func main() {
	os.Exit(cli.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
