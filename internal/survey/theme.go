package survey

import (
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
	charmTheme huh.Theme = &onceTheme{build: huh.ThemeCharm}
	baseTheme  huh.Theme = &onceTheme{build: huh.ThemeBase}
)

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
