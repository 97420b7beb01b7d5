package acceptance

import (
	"testing"

	"github.com/retortdb/retort/internal/pgtest"
)

func TestMain(m *testing.M) { pgtest.Main(m) }
