package render

import (
	"fmt"
	"io"
	"strings"

	"github.com/eis-project/eis/internal/diag"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/safetext"
)

// The JSON forms of eis's smaller outputs: a validation report, the
// version and the settings in effect. Each is an object with its
// schema_version, published by `eis schema`.

// ValidationSchemaVersion is the version of ValidationJSON's form.
const ValidationSchemaVersion = 1

// ValidationJSON is `eis validate --format json`: every problem found, with
// counts.
type ValidationJSON struct {
	SchemaVersion int `json:"schema_version"`
	// Files is the number of catalogue files read.
	Files int `json:"files"`
	// Errors and Warnings count the diagnostics by severity.
	Errors      int              `json:"errors"`
	Warnings    int              `json:"warnings"`
	Diagnostics []DiagnosticJSON `json:"diagnostics"`
}

// DiagnosticJSON is one problem of a validation, its message in the run's
// language.
type DiagnosticJSON struct {
	// File is the path as given (the catalogue folder, then the file's path in it).
	File string `json:"file"`
	// Line and Column are 1-based.
	Line     int           `json:"line" jsonschema:"minimum=1"`
	Col      int           `json:"column" jsonschema:"minimum=1"`
	Severity diag.Severity `json:"severity" jsonschema:"enum=error,enum=warning"`
	Message  string        `json:"message"`
	// Rule names the check, e.g. "unknown-key".
	Rule string `json:"rule"`
}

// Validation writes diags as ValidationJSON, messages said in loc.
func Validation(w io.Writer, diags diag.Diagnostics, files int, loc i18n.Locale) error {
	// Escaped, not stripped: the report keeps what the files hold.
	w = Options{}.writer(w, FormatJSON)
	errs, warns := diags.Count()
	rep := ValidationJSON{SchemaVersion: ValidationSchemaVersion, Files: files, Errors: errs, Warnings: warns, Diagnostics: []DiagnosticJSON{}}
	for _, d := range diags {
		rep.Diagnostics = append(rep.Diagnostics, DiagnosticJSON{File: d.File, Line: d.Line, Col: d.Col,
			Severity: d.Severity, Message: loc.Format(d.Message), Rule: d.Rule})
	}
	return writeJSON(w, rep)
}

// VersionSchemaVersion is the version of VersionJSON's form.
const VersionSchemaVersion = 1

// VersionJSON is `eis version --format json`.
type VersionJSON struct {
	SchemaVersion int `json:"schema_version"`
	// Version is the release (v1.2.3), the module version, or "dev".
	Version string `json:"version"`
	// Commit is the git commit built, or "unknown".
	Commit string `json:"commit"`
	// Date is when that commit was made or the binary built (RFC 3339), or "unknown".
	Date string `json:"date"`
	// Go is the Go version the binary was built with.
	Go string `json:"go"`
	// Languages eis speaks, in order (the source language first), with who translated them.
	Languages []VersionLanguageJSON `json:"languages"`
}

// VersionLanguageJSON is a language eis speaks and what is known about its
// texts: who wrote them and whether a native speaker reviewed them.
type VersionLanguageJSON struct {
	// Code is the ISO 639-1 code (--lang).
	Code string `json:"code"`
	// Name is the language's name in itself.
	Name string `json:"name"`
	// Messages is about eis's own words (internal/i18n/locales).
	Messages TranslationJSON `json:"messages"`
	// Catalogue is about the built-in catalogue's texts (catalogue.yaml translations:); absent when it says nothing.
	Catalogue *TranslationJSON `json:"catalogue,omitempty"`
}

// TranslationJSON says who wrote or translated a set of texts and whether
// a native speaker reviewed them.
type TranslationJSON struct {
	// Translator is who wrote or translated the texts.
	Translator string `json:"translator"`
	// ReviewedBy is the native speaker who reviewed them; absent when no such review is recorded.
	ReviewedBy string `json:"reviewed_by,omitempty"`
	// Reviewed is the day of that review (YYYY-MM-DD), if known.
	Reviewed string `json:"reviewed,omitempty"`
}

// Version writes v as text (a line, then one per language) or JSON; loc
// says the language lines.
func Version(w io.Writer, v VersionJSON, format string, loc i18n.Locale) error {
	w = Options{}.writer(w, format)
	switch format {
	case FormatText:
		var b strings.Builder
		fmt.Fprintf(&b, "eis %s (commit %s, built %s)\n", v.Version, v.Commit, v.Date)
		if len(v.Languages) > 0 {
			b.WriteString(loc.T("version.languages") + "\n")
			width := 0
			for _, l := range v.Languages {
				width = max(width, cells(l.Name))
			}
			for _, l := range v.Languages {
				fmt.Fprintf(&b, "  %-3s %s  %s\n", l.Code, pad(l.Name, width), versionTranslation(l, loc))
			}
		}
		_, err := io.WriteString(w, b.String())
		return err
	case FormatJSON:
		v.SchemaVersion = VersionSchemaVersion
		if v.Languages == nil {
			v.Languages = []VersionLanguageJSON{}
		}
		return writeJSON(w, v)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

// versionTranslation says who wrote a language's messages and catalogue
// texts and whether a native speaker reviewed them: once when both are
// the same, else for each.
func versionTranslation(l VersionLanguageJSON, loc i18n.Locale) string {
	say := func(t TranslationJSON) string {
		switch {
		case t.ReviewedBy != "" && t.Reviewed != "":
			return loc.T("version.language.reviewed-on", t.Translator, t.ReviewedBy, t.Reviewed)
		case t.ReviewedBy != "":
			return loc.T("version.language.reviewed", t.Translator, t.ReviewedBy)
		}
		return loc.T("version.language.unreviewed", t.Translator)
	}
	switch {
	case l.Catalogue == nil:
		return loc.T("version.language.messages-only", say(l.Messages))
	case *l.Catalogue == l.Messages:
		return loc.T("version.language.both", say(l.Messages))
	}
	return loc.T("version.language.each", say(l.Messages), say(*l.Catalogue))
}

// SettingsSchemaVersion is the version of SettingsJSON's form.
const SettingsSchemaVersion = 1

// SettingsJSON is `eis config list --format json`: the config file in
// effect and every setting with its value and where the value comes from.
type SettingsJSON struct {
	SchemaVersion int            `json:"schema_version"`
	ConfigFile    ConfigFileJSON `json:"config_file"`
	Settings      []SettingJSON  `json:"settings"`
}

// ConfigFileJSON is the config file a run reads.
type ConfigFileJSON struct {
	// Path is the file, or "" when no config folder is known.
	Path string `json:"path"`
	// From says what named it: flag (--config), env (EIS_CONFIG) or default.
	From string `json:"from" jsonschema:"enum=flag,enum=env,enum=default"`
	// Exists is true when the file is there and was read.
	Exists bool `json:"exists"`
	// Error is why it cannot be read or parsed, if it cannot.
	Error string `json:"error,omitempty"`
}

// SettingJSON is one setting: a flag that the config file and the
// environment can set.
type SettingJSON struct {
	// Key is the setting's key in the config file: "lang", "plan.format".
	Key string `json:"key"`
	// Env is the environment variable that sets it: "EIS_PLAN_FORMAT".
	Env string `json:"env"`
	// Value is the value in effect, as the flag takes it (a list comma-separated).
	Value string `json:"value"`
	// Source says where the value comes from: flag, env, file or default.
	Source string `json:"source" jsonschema:"enum=flag,enum=env,enum=file,enum=default"`
}

// Settings writes s as an aligned table (text) or JSON; loc says the
// headings and the sources.
func Settings(w io.Writer, s SettingsJSON, format string, loc i18n.Locale) error {
	// Values come from a config file and the environment.
	w = Options{}.writer(w, format)
	switch format {
	case FormatJSON:
		s.SchemaVersion = SettingsSchemaVersion
		s.Settings = nonNil(s.Settings)
		return writeJSON(w, s)
	case FormatText:
		return settingsText(w, s, loc)
	}
	return fmt.Errorf("%w: %q", ErrUnknownFormat, format)
}

// maxSettingCells is the widest the value column of eis config list grows.
const maxSettingCells = 60

// settingsText writes the config file line, then KEY VALUE SOURCE columns.
func settingsText(w io.Writer, s SettingsJSON, loc i18n.Locale) error {
	var b strings.Builder
	f := s.ConfigFile
	switch {
	case f.Path == "":
		b.WriteString(loc.T("render.config.file.none") + "\n")
	case f.Error != "":
		b.WriteString(loc.T("render.config.file.error", f.Path, loc.T("render.config.from."+f.From), f.Error) + "\n")
	case f.Exists:
		b.WriteString(loc.T("render.config.file", f.Path, loc.T("render.config.from."+f.From)) + "\n")
	default:
		b.WriteString(loc.T("render.config.file.missing", f.Path, loc.T("render.config.from."+f.From)) + "\n")
	}
	b.WriteString("\n")
	rows := [][]string{{loc.T("render.config.col.key"), loc.T("render.config.col.value"), loc.T("render.config.col.source")}}
	for _, st := range s.Settings {
		var src string
		if st.Source == "env" {
			src = loc.T("render.config.env", st.Env)
		} else {
			src = loc.T("render.config.source." + st.Source)
		}
		// A value is said on one visible line (a line break or an escape
		// in it shown as \n, \x1b), as a message says a value: it
		// broke the table's row, and lost its escapes unseen.
		rows = append(rows, []string{st.Key, safetext.Line(st.Value), src})
	}
	widths := make([]int, 2)
	for _, r := range rows {
		for i := range widths {
			// A value longer than maxSettingCells runs past its column
			// rather than pad every row to its length (one EIS_CATALOGUE
			// of 100,000 characters made 4.6 MB of spaces).
			widths[i] = max(widths[i], min(cells(r[i]), maxSettingCells))
		}
	}
	for _, r := range rows {
		line := pad(r[0], widths[0]) + "  " + pad(r[1], widths[1]) + "  " + r[2]
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	_, err := io.WriteString(w, b.String())
	return err
}
