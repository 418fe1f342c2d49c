package i18n

import (
	"slices"
	"strings"
)

// Languages eis speaks, by ISO 639-1 code; the first is the source language
// and the fallback for a message missing in another.
var Languages = []string{"en", "da", "it", "pl", "pt", "hr"}

// Supported reports whether lang is one eis speaks.
func Supported(lang string) bool { return slices.Contains(Languages, lang) }

// Normalize turns a language as a user writes it into the code eis uses:
// case does not matter and a region, encoding or modifier goes, so "DA",
// "da-DK", "da_DK" and "da_DK.UTF-8" all give "da". A value whose language
// eis does not speak is returned trimmed but otherwise as given, so that an
// error message can quote it; an empty value stays empty.
func Normalize(lang string) string {
	s := strings.TrimSpace(lang)
	base := strings.ToLower(s)
	if i := strings.IndexAny(base, "-_.@"); i >= 0 {
		base = base[:i]
	}
	if Supported(base) {
		return base
	}
	return s
}
