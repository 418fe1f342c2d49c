package i18n

// Messages about settings from the config file and EIS_* variables
// (internal/config, bound in internal/cli).
func init() {
	register(map[string]Msg{
		// An explicit config file (--config, EIS_CONFIG) that cannot be read.
		"config.file.missing":    {"config file %s: no such file or directory", "konfigurationsfilen %s findes ikke"},
		"config.file.permission": {"config file %s: permission denied", "konfigurationsfilen %s: adgang nægtet"},
		"config.file.folder":     {"config file %s: is a directory", "konfigurationsfilen %s er en mappe"},
		"config.file.read":       {"config file %s: %v", "konfigurationsfilen %s: %v"},
		// Where a bad value came from, before what is wrong with it.
		"config.from.file": {"config file %s: %s: %s", "konfigurationsfilen %s: %s: %s"},
		"config.from.env":  {"%s=%s: %s", "%s=%s: %s"},
		// The same, inside another message.
		"config.origin.file": {"%[2]s: %[3]s in config file %[1]s", "%[2]s: %[3]s i konfigurationsfilen %[1]s"},
		"config.origin.env":  {"%s=%s", "%s=%s"},
		"config.origin.flag": {"--%s %s", "--%s %s"},

		// What is wrong with a value.
		"config.lang":           {"%q is not supported; use one of: %s", "%q understøttes ikke; brug et af: %s"},
		"config.catalogue-mode": {"%q is not a catalogue mode; use extend or replace", "%q er ikke en katalogtilstand; brug extend eller replace"},
		"config.value":          {"%q is not a valid value for --%s: %v", "%q er ikke en gyldig værdi for --%s: %v"},
		"config.list":           {"a list, but this setting takes one value; write it without [ ]", "en liste, men indstillingen tager én værdi; skriv den uden [ ]"},
		"config.mapping":        {"a section (key: value lines), but this setting takes one value", "en sektion (linjer med nøgle: værdi), men indstillingen tager én værdi"},

		// Keys of the config file that eis does not read.
		"config.warn.unknown": {"warning: config file %s: unknown key %q is ignored", "advarsel: konfigurationsfilen %s: den ukendte nøgle %q ignoreres"},
		"config.warn.mean":    {"warning: config file %s: unknown key %q is ignored; did you mean %s?", "advarsel: konfigurationsfilen %s: den ukendte nøgle %q ignoreres; mente du %s?"},
		"config.warn.section": {"warning: config file %s: %q is a command, so its settings go in a section below it, e.g. %s; this value is ignored", "advarsel: konfigurationsfilen %s: %q er en kommando, så dens indstillinger skal stå i en sektion under den, fx %s; værdien ignoreres"},
		"config.or":           {" or ", " eller "},
	})
}
