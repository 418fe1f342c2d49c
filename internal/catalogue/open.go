package catalogue

import (
	"errors"
	"io/fs"
	"time"

	"github.com/eis-project/eis/internal/diag"
)

// ErrNotWhole means Options.Replace was asked for a folder with no
// catalogue: section: such a folder can only extend the embedded catalogue.
var ErrNotWhole = errors.New("the folder has no catalogue: section, so it is not a whole catalogue")

// BuiltInPrefix starts the file name of a diagnostic in an embedded file
// that an extension folder causes (an entry it replaces breaks a built-in
// rule), so it is not mistaken for a file of the folder.
const BuiltInPrefix = "built-in:"

// Options say what OpenWith reads besides the embedded catalogue, and how it
// checks the result.
type Options struct {
	// User is the user's catalogue folder, or nil for the embedded one alone.
	// A folder with a catalogue: section is a whole catalogue and stands
	// alone; a folder without one is an extension, merged over the embedded
	// catalogue by ID.
	User fs.FS
	// UserRoot is the folder as the user named it; diagnostics and notices
	// name User's files below it.
	UserRoot string
	// Replace requires User to be a whole catalogue: OpenWith returns
	// ErrNotWhole for a folder with no catalogue: section.
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
	// SkipAge leaves out the checks that start to fail as time passes,
	// with no change to the files: a practice past its valid_until (rule
	// expired) and one not verified for a year (rule stale). A pull
	// request's CI skips them, so that an unrelated change does not fail
	// the day an entry ages; a scheduled run makes them. A last_verified
	// date in the future is still checked: only an edit makes one.
	SkipAge bool
	// Files, when not nil, is set to the number of catalogue files read:
	// User's when it is given, else the embedded catalogue's (for `eis
	// validate`'s summary, without walking the folder again).
	Files *int
	// DiagnosticsOnly says the caller uses only the diagnostics (eis
	// validate): OpenWith returns no catalogue, which lets it check a
	// whole catalogue folder file by file, in parallel and in bounded
	// memory (see validateStream).
	DiagnosticsOnly bool
	// NoPositions says the caller shows no diagnostic, only refuses a
	// catalogue with errors (a command that uses the catalogue): the
	// embedded catalogue is then loaded from its Go values when it has
	// them (see Static), and its diagnostics are those that depend on the
	// day (expired, stale, dates in the future, confidence), which the
	// values cannot have settled; they name no place.
	NoPositions bool
}

// staticBase is base loaded from its Go values, when o allows it and
// base has them (see Static); otherwise nil, and the YAML is read.
func staticBase(base fs.FS, o Options) *Catalogue {
	s := staticOf(base)
	if !o.NoPositions || s == nil {
		return nil
	}
	return s.load()
}

// MetaOf returns the catalogue: section of base, the embedded catalogue,
// without loading the rest: from its Go values when it has them (nothing
// to read), else from the YAML file that holds it. For a command that
// only describes the catalogue (eis version); ok is false when it cannot
// be read.
func MetaOf(base fs.FS) (m Meta, ok bool) {
	if s := staticOf(base); s != nil {
		return s.Catalogue.Meta, true
	}
	c, _, err := Parse(base)
	if err != nil || c == nil {
		return Meta{}, false
	}
	return c.Meta, true
}

// Open loads the embedded catalogue base and, when user is not nil, the
// user's catalogue folder, for a command that uses the catalogue (see
// OpenWith and Options).
func Open(base, user fs.FS, replace bool, now time.Time) (*Catalogue, diag.Diagnostics, []Notice, error) {
	return OpenWith(base, Options{User: user, Replace: replace, Now: now})
}

// OpenWith loads the embedded catalogue base and, when o.User is not nil, the
// user's catalogue folder. A folder with a catalogue: section stands alone.
// A folder without one extends base: it is merged over it by ID, each entry
// that replaces a built-in one gives a notice (and a folder that only adds
// entries gives one NoticeAdded), and the diagnostics are those of the
// folder's files, plus any error the merge causes in a built-in file (named
// with BuiltInPrefix); the built-in catalogue's own warnings are left out.
// Each folder is parsed on its own and the checks run once on the result, so
// an extension may refer to the embedded dimensions, questions and regions.
// When the diagnostics contain errors the catalogue is nil.
func OpenWith(base fs.FS, o Options) (*Catalogue, diag.Diagnostics, []Notice, error) {
	c, diags, notices, err := open(base, o)
	if o.DiagnosticsOnly {
		c = nil
	}
	return c, diags, notices, err
}

// open is OpenWith.
func open(base fs.FS, o Options) (*Catalogue, diag.Diagnostics, []Notice, error) {
	if o.User == nil {
		if s := staticOf(base); s != nil && o.NoPositions {
			c := s.load()
			// Not capped per file (finish): these name no file. None on
			// the days the values were found quiet (see QuietDays).
			var diags diag.Diagnostics
			if !s.Quiet.Holds(DateOf(o.Now)) {
				diags = checkDates(c, o)
			}
			if diags.HasErrors() {
				return nil, diags, nil, nil
			}
			return c, diags, nil, nil
		}
		c, parsed, sc, err := parseAt(base, "")
		o.count(sc)
		if err != nil {
			return nil, parsed, nil, err
		}
		out, diags, err := finish(c, parsed, check(c, o))
		return out, diags, nil, err
	}
	if o.DiagnosticsOnly {
		diags, sc, ok, err := validateStream(o.User, o.UserRoot, o)
		if ok || err != nil {
			o.count(sc)
			return nil, diags, nil, err
		}
	}
	u, parsed, sc, err := parseAt(o.User, o.UserRoot)
	o.count(sc)
	if err != nil {
		return nil, parsed, nil, err
	}
	if u.whole() {
		out, diags, err := finish(u, parsed, check(u, o))
		return out, diags, nil, err
	}
	if o.Replace {
		return nil, parsed, nil, ErrNotWhole
	}
	b, baseParsed := staticBase(base, o), diag.Diagnostics(nil)
	if b == nil {
		b, baseParsed, err = Parse(base)
		if err != nil {
			return nil, baseParsed, nil, err
		}
	}
	c, notices := Merge(b, u)
	if len(notices) == 0 {
		if n := u.entries(); n > 0 {
			root := o.UserRoot
			if root == "" {
				root = "."
			}
			notices = []Notice{{Kind: NoticeAdded, Count: n, At: Pos{File: root}}}
		}
	}
	all := append(append(diag.Diagnostics{}, baseParsed...), parsed...)
	all = append(all, check(c, o)...)
	mine := sc.names
	var kept diag.Diagnostics
	for _, d := range all {
		switch {
		case mine[d.File]:
			kept = append(kept, d)
		case d.Severity == diag.SevError:
			d.File = BuiltInPrefix + d.File
			kept = append(kept, d)
		}
	}
	out, diags, err := finish(c, kept, nil)
	return out, diags, notices, err
}

// whole reports whether the catalogue has a catalogue: section: its folder
// is then a whole catalogue, not an extension of the embedded one.
func (c *Catalogue) whole() bool {
	return c.has(metaOwner{}, "")
}

// entries counts the catalogue's dimensions, questions, regions and practices.
func (c *Catalogue) entries() int {
	return len(c.Dimensions) + len(c.Profile) + len(c.Questions) + len(c.Regions) + len(c.Practices)
}

// count reports the files a walk read through o.Files, if asked.
func (o Options) count(sc scanned) {
	if o.Files != nil {
		*o.Files = sc.files
	}
}
