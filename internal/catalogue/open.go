package catalogue

import (
	"io/fs"
	"time"
)

// Options say what OpenWith reads besides the embedded catalogue, and how it
// checks the result.
type Options struct {
	// User is the user's catalogue folder, or nil for the embedded one alone.
	User fs.FS
	// UserRoot is the folder as the user named it; diagnostics and notices
	// name User's files below it.
	UserRoot string
	// Replace makes User stand alone instead of extending the embedded catalogue.
	Replace bool
	// Now is when the catalogue is checked: its calendar date, in its own
	// location, is today, from which expired and stale entries are counted.
	Now time.Time
	// Wall is the real clock when Now is fixed (SOURCE_DATE_EPOCH, set by
	// packagers during builds): a last_verified date is in the future only
	// when it is after Wall's date too, so a build dated before the
	// catalogue's last review does not fail it. Zero means Now.
	Wall time.Time
	// Validate checks as `eis validate` does: a last_verified date in the
	// future is an error. Without it (a command that uses the catalogue) it
	// is a warning: only a typo or a wrong system clock gives one, and
	// neither should stop a firm from getting its plan.
	Validate bool
}

// Open loads the embedded catalogue base and, when user is not nil, the
// user's catalogue folder, for a command that uses the catalogue (see
// OpenWith and Options.Validate).
func Open(base, user fs.FS, replace bool, now time.Time) (*Catalogue, Diagnostics, []Notice, error) {
	return OpenWith(base, Options{User: user, Replace: replace, Now: now})
}

// OpenWith loads the embedded catalogue base and, when o.User is not nil, the
// user's catalogue folder: with o.Replace it stands alone, otherwise it
// extends base, merged by ID, and each shadowed entry gives a notice. Each
// folder is parsed on its own; the checks run once on the result, so an
// overlay with a few practices may refer to the embedded dimensions and
// questions. When the diagnostics contain errors the catalogue is nil.
func OpenWith(base fs.FS, o Options) (*Catalogue, Diagnostics, []Notice, error) {
	var c *Catalogue
	var parsed Diagnostics
	var notices []Notice
	switch {
	case o.User == nil:
		b, d, err := Parse(base)
		if err != nil {
			return nil, d, nil, err
		}
		c, parsed = b, d
	case o.Replace:
		u, d, err := ParseAt(o.User, o.UserRoot)
		if err != nil {
			return nil, d, nil, err
		}
		c, parsed = u, d
	default:
		b, d, err := Parse(base)
		if err != nil {
			return nil, d, nil, err
		}
		u, d2, err := ParseAt(o.User, o.UserRoot)
		if err != nil {
			return nil, append(d, d2...), nil, err
		}
		c, notices = Merge(b, u)
		parsed = append(d, d2...)
	}
	out, diags, err := finish(c, parsed, check(c, o))
	return out, diags, notices, err
}
