package i18n

import (
	"bytes"
	"fmt"
	"slices"
	"strings"
)

// aboutKey is the key of a message file's header line, which says what
// the file is rather than a message:
//
//	_meta = { name = "dansk", translator = "…", reviewed_by = "…", reviewed = "2026-11-30" }
const aboutKey = "_meta"

// aboutFields are the keys the header may have.
var aboutFields = []string{"name", "translator", "reviewed_by", "reviewed"}

// About is what a language's message file says about itself.
type About struct {
	// Name is the language's name in itself ("dansk", "polski").
	Name string
	// Translator is who wrote or translated the messages.
	Translator string
	// ReviewedBy names the native speaker who reviewed them; "" when no
	// such review is recorded.
	ReviewedBy string
	// Reviewed is the day of that review (YYYY-MM-DD), if given.
	Reviewed string
}

// AboutLanguage returns the header of lang's message file (see
// aboutKey), as compiled (see compiledFiles).
func AboutLanguage(lang string) (About, error) {
	for i := range compiledFiles {
		if f := &compiledFiles[i]; f.lang == lang {
			return f.about, nil
		}
	}
	return About{}, fmt.Errorf("no message file for %q", lang)
}

// ReadAbout reads the header of the content of a message file (see
// aboutKey); the error names the line.
func ReadAbout(data []byte) (About, error) { return parseAbout(data) }

// parseAbout reads the header line of a message file.
func parseAbout(data []byte) (About, error) {
	line, n := []byte(nil), 0
	for rest := data; len(rest) > 0; {
		n++
		l, after, _ := bytes.Cut(rest, []byte("\n"))
		rest = after
		t := bytes.TrimSpace(l)
		if len(t) == 0 || t[0] == '#' {
			continue
		}
		line = l
		break
	}
	if !bytes.HasPrefix(line, []byte(aboutKey)) {
		return About{}, fmt.Errorf("line %d: the file must start with its header, %s = { name = \"…\", translator = \"…\" }", max(n, 1), aboutKey)
	}
	// The header is a table of strings, which the message reader reads as
	// a message with forms.
	m, err := parseMessages(append([]byte("\"x\""), line[len(aboutKey):]...))
	if err != nil {
		return About{}, fmt.Errorf("line %d: %v", n, strings.TrimPrefix(err.Error(), "line 1: "))
	}
	var a About
	for k, v := range m {
		field := strings.TrimPrefix(k, "x"+pluralSep)
		switch field {
		case "name":
			a.Name = v
		case "translator":
			a.Translator = v
		case "reviewed_by":
			a.ReviewedBy = v
		case "reviewed":
			a.Reviewed = v
		default:
			return About{}, fmt.Errorf("line %d: %s has no key %q; use %s", n, aboutKey, field, strings.Join(aboutFields, ", "))
		}
	}
	switch {
	case strings.TrimSpace(a.Name) == "":
		return a, fmt.Errorf("line %d: %s must give name, the language's name in itself", n, aboutKey)
	case strings.TrimSpace(a.Translator) == "":
		return a, fmt.Errorf("line %d: %s must give translator, who wrote or translated the messages", n, aboutKey)
	case a.Reviewed != "" && strings.TrimSpace(a.ReviewedBy) == "":
		return a, fmt.Errorf("line %d: %s gives reviewed but not reviewed_by, the native speaker who reviewed the messages", n, aboutKey)
	}
	return a, nil
}

// Drafts lists the languages that have a message file but are not yet in
// Languages: translations in progress, which eis does not offer yet.
func Drafts() []string {
	var out []string
	for _, f := range compiledFiles {
		if !Supported(f.lang) {
			out = append(out, f.lang)
		}
	}
	slices.Sort(out)
	return out
}

// Messages returns every message of lang's file as read, for tools and
// tests that check translations: ID → text, and for a plural message ID +
// "#" + form (one, few, …) → text. A copy: changing it changes nothing.
func Messages(lang string) (map[string]string, error) {
	ms := load(lang)
	if ms == nil {
		return nil, fmt.Errorf("no message file for %q", lang)
	}
	out := make(map[string]string, ms.keys.len())
	for i := range ms.keys.len() {
		out[ms.keys.at(i)] = ms.texts.at(i)
	}
	return out, nil
}

// ReadMessages reads the content of a message file (one not embedded: a
// translator's draft) as Messages returns it; the error names the line.
func ReadMessages(data []byte) (map[string]string, error) { return parseMessages(data) }
