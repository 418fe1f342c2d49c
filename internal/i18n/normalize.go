package i18n

import "strings"

// Normalize turns a language as a user writes it into the tag eis uses:
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
