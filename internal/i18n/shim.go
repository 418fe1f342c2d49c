package i18n

// T is Get(lang).T (being replaced by Locale methods).
func T(lang, key string, args ...any) string { return Get(lang).T(key, args...) }

// N is Get(lang).N (being replaced by Locale methods).
func N(lang, key string, n int, args ...any) string { return Get(lang).N(key, n, args...) }

// FromGetenv is the system's language read through getenv.
func FromGetenv(getenv func(string) string) string {
	return Decide(Sources{Getenv: getenv}).Locale.Code()
}

// Msg is one message in every language.
type Msg struct{ En, Da string }

// Lookup returns a message by key.
func Lookup(key string) (Msg, bool) {
	en, ok := English.raw(key)
	da, _ := Get("da").raw(key)
	return Msg{en, da}, ok
}
