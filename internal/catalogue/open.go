package catalogue

import (
	"io/fs"
	"time"
)

// Open loads the embedded catalogue base and, when user is not nil, the
// user's catalogue folder: with replace it stands alone, otherwise it extends
// base, merged by ID, and each shadowed entry gives a notice. Each folder is
// parsed on its own; the checks run once, as of now, on the result, so an
// overlay with a few practices may refer to the embedded dimensions and
// questions. When the diagnostics contain errors the catalogue is nil, except
// for errors that depend only on the clock (a last_verified date after now),
// which never stop a command other than `eis validate`.
func Open(base, user fs.FS, replace bool, now time.Time) (*Catalogue, Diagnostics, []Notice, error) {
	return OpenAt(base, user, "", replace, now)
}

// OpenAt is Open with the user folder's files named below userRoot (the
// folder as the user typed it) in diagnostics and notices.
func OpenAt(base, user fs.FS, userRoot string, replace bool, now time.Time) (*Catalogue, Diagnostics, []Notice, error) {
	var c *Catalogue
	var parsed Diagnostics
	var notices []Notice
	switch {
	case user == nil:
		b, d, err := Parse(base)
		if err != nil {
			return nil, d, nil, err
		}
		c, parsed = b, d
	case replace:
		u, d, err := ParseAt(user, userRoot)
		if err != nil {
			return nil, d, nil, err
		}
		c, parsed = u, d
	default:
		b, d, err := Parse(base)
		if err != nil {
			return nil, d, nil, err
		}
		u, d2, err := ParseAt(user, userRoot)
		if err != nil {
			return nil, append(d, d2...), nil, err
		}
		c, notices = Merge(b, u)
		parsed = append(d, d2...)
	}
	out, diags, err := finish(c, parsed, Check(c, now))
	return out, diags, notices, err
}
