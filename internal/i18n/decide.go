package i18n

// Source names where a language setting comes from, strongest first.
type Source int

// The sources of a run's language, strongest first (see Decide); the zero
// Source is none (a Decision not made).
const (
	FromFlag    Source = iota + 1 // --lang
	FromEnv                       // EIS_LANG
	FromConfig                    // lang: in the config file
	FromAnswers                   // language: of the answers file the command reads
	FromSystem                    // LC_ALL, LC_MESSAGES or LANG
	FromDefault                   // none of them: English
)

// Sources are the settings a run's language is decided from: each as
// given, "" when not set.
type Sources struct {
	Flag    string // --lang
	Env     string // EIS_LANG
	Config  string // lang: in the config file
	Answers string // language: of the answers file, when the command reads one
	// Getenv reads LC_ALL, LC_MESSAGES and LANG; nil reads nothing.
	Getenv func(string) string
}

// Decision is the language of a run and where it came from.
type Decision struct {
	Locale Locale
	// From is the source that decided it.
	From Source
	// Bad is set when a stronger source named a language eis does not
	// speak: that source and its value as given. Locale is then the next
	// source's, so that the error saying so is in a language the user reads.
	Bad *Unsupported
}

// Unsupported is a language setting eis cannot follow.
type Unsupported struct {
	From  Source
	Value string
}

// Decide picks the language of a run: the first of --lang, EIS_LANG, the
// config file's lang:, the answers file's language, and the system's
// (LC_ALL, then LC_MESSAGES, then LANG) that is set, else English. Values
// are normalized ("DA", "da_DK.UTF-8" → da). A flag, variable or config
// value eis does not speak is reported in Bad, and the next source decides;
// an answers file's unknown language is passed over (loading the file
// reports it); the system's variables name a locale for every program, so
// the first one set decides, and one eis does not speak (C, de_DE) means
// English.
func Decide(s Sources) Decision {
	var d Decision
	for _, c := range []struct {
		from Source
		v    string
	}{{FromFlag, s.Flag}, {FromEnv, s.Env}, {FromConfig, s.Config}, {FromAnswers, s.Answers}} {
		l := Normalize(c.v)
		switch {
		case l == "":
			continue
		case Supported(l):
			d.Locale, d.From = Get(l), c.from
			return d
		case c.from != FromAnswers && d.Bad == nil:
			d.Bad = &Unsupported{From: c.from, Value: c.v}
		}
	}
	if s.Getenv != nil {
		for _, v := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
			if val := s.Getenv(v); val != "" {
				d.Locale, d.From = Get(Normalize(val)), FromSystem
				return d
			}
		}
	}
	d.Locale, d.From = English, FromDefault
	return d
}
