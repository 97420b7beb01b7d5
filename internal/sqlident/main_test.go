package sqlident

import (
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
)

// TestMain stops the throwaway cluster the server test may start.
func TestMain(m *testing.M) { pgtest.Main(m) }
