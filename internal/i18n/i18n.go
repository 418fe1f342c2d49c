// Package i18n owns eis's user-facing strings in every supported language
// (English and Danish), and the choice of language from flags and LANG.
// Messages live in one file per area (msgs_*.go), each registering its keys.
package i18n

import (
	"fmt"
	"os"
	"sort"
)

// Languages eis speaks, the first being the source language.
var Languages = []string{"en", "da"}

// Msg is one message in every language.
type Msg struct{ En, Da string }

var messages = map[string]Msg{}

// register adds messages; a key registered twice is a programming error.
func register(m map[string]Msg) {
	for k, v := range m {
		if _, dup := messages[k]; dup {
			panic("i18n: message registered twice: " + k)
		}
		messages[k] = v
	}
}

// T returns the message key in lang, formatted with args (fmt verbs). An
// unknown key returns the key itself so a gap is visible, never a blank.
func T(lang, key string, args ...any) string {
	m, ok := messages[key]
	if !ok {
		return key
	}
	s := m.En
	if lang == "da" && m.Da != "" {
		s = m.Da
	}
	if len(args) > 0 {
		return fmt.Sprintf(s, args...)
	}
	return s
}

// N is T for a message about n things: it uses key+".one" when n is 1 and
// key+".many" otherwise (both registered), so no message says "1 error(s)".
func N(lang, key string, n int, args ...any) string {
	k := key + ".many"
	if n == 1 {
		k = key + ".one"
	}
	return T(lang, k, args...)
}

// Keys lists every registered key, sorted (for tests).
func Keys() []string {
	ks := make([]string, 0, len(messages))
	for k := range messages {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// Lookup returns a message by key.
func Lookup(key string) (Msg, bool) { m, ok := messages[key]; return m, ok }

// Supported reports whether lang is one eis speaks.
func Supported(lang string) bool {
	for _, l := range Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// FromEnv picks a language from LC_ALL, LC_MESSAGES or LANG ("da_DK.UTF-8" → "da"),
// falling back to English.
func FromEnv() string { return FromGetenv(os.Getenv) }

// FromGetenv is FromEnv reading the variables through getenv.
func FromGetenv(getenv func(string) string) string {
	for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		s := getenv(v)
		if s == "" {
			continue
		}
		if l := Normalize(s); Supported(l) {
			return l
		}
		return "en"
	}
	return "en"
}
