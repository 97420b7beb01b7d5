//go:build !unix

package embedpg

import (
	"context"
	"errors"
)

// A Cluster is a running throwaway PostgreSQL server (unix only).
type Cluster struct{}

// Start reports that embedded clusters need a unix system.
func Start(ctx context.Context) (*Cluster, error) {
	return nil, errors.New("embedded postgres is supported on unix systems only; set --dev-url")
}

// URL returns "".
func (c *Cluster) URL() string { return "" }

// DataDir returns "".
func (c *Cluster) DataDir() string { return "" }

// Halt does nothing.
func (c *Cluster) Halt() error { return nil }

// Resume does nothing.
func (c *Cluster) Resume(ctx context.Context) error { return nil }

// RemoveStale does nothing.
func RemoveStale() []string { return nil }

// Stop does nothing.
func (c *Cluster) Stop() error { return nil }
