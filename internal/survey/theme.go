package survey

import (
	"strings"
	"sync"

	"charm.land/huh/v2"
)

// huh asks its theme for the whole style set on every render of every
// field (Theme(isDark) each time), and huh.ThemeFunc(huh.ThemeCharm)
// builds that set anew on each call: ~1,200 builds before the first frame,
// 77 % of the first page's CPU (issue 14). eis hands huh themes that build
// each set once. huh only reads the *Styles it gets (it copies the styles
// it changes), so one set can serve every field and form.

// onceTheme is a huh.Theme that builds its dark and light style sets once
// each, on first use.
type onceTheme struct {
	build huh.ThemeFunc
	once  [2]sync.Once
	sets  [2]*huh.Styles
}

// Theme returns the style set for a dark (or light) background.
func (t *onceTheme) Theme(isDark bool) *huh.Styles {
	i := 0
	if isDark {
		i = 1
	}
	t.once[i].Do(func() { t.sets[i] = t.build(isDark) })
	return t.sets[i]
}

// The two themes the questionnaire uses, shared by every form of a run.
var (
	charmTheme huh.Theme = &onceTheme{build: filterApart(huh.ThemeCharm)}
	baseTheme  huh.Theme = &onceTheme{build: filterApart(huh.ThemeBase)}
)

// filterApart is build with a field's description style set to put a
// filter apart from the title it follows. A multi-select whose filter
// Enter has ended (it stays, to choose among what it found) shows the
// filter right after its title, in the description's style, with nothing
// between ("What do you sell?/food"; field_multiselect.go's titleView,
// huh v2.0.3): two spaces, or the line break they become after a title
// that fills its line. huh gives the description style only the
// description (which never starts with '/') and the filter ('/' and what
// was typed); a select shows its filter alone, in place of the title.
func filterApart(build huh.ThemeFunc) huh.ThemeFunc {
	return func(isDark bool) *huh.Styles {
		s := build(isDark)
		for _, fs := range []*huh.FieldStyles{&s.Focused, &s.Blurred} {
			fs.Description = fs.Description.Transform(func(text string) string {
				if strings.HasPrefix(text, "/") {
					return "  " + text
				}
				return text
			})
		}
		return s
	}
}

// cached returns t as a theme that builds its style sets once: t itself
// when it does already (or is nil), else a wrapper around it that serves
// one form.
func cached(t huh.Theme) huh.Theme {
	switch t.(type) {
	case nil, *onceTheme:
		return t
	}
	return &onceTheme{build: t.Theme}
}

// themed gives field theme (when there is one) as soon as it is made, and
// returns it: huh draws a field while it is built (its options, to size
// it) and while the group measures it, with huh's default theme, built
// anew each time, when the field has none yet. A field keeps the first
// theme it is given.
func themed[F huh.Field](field F, theme huh.Theme) F {
	if theme != nil {
		field.WithTheme(theme)
	}
	return field
}
