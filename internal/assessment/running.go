package assessment

import (
	"time"

	"github.com/eis-project/eis/internal/catalogue"
)

// Running reports whether a practice can be used at now: not historic,
// past its valid_from, and not past its valid_until — the test every
// action passes, shared with the region review (internal/review).
func Running(p *catalogue.Practice, now time.Time) bool { return running(p, now) }
