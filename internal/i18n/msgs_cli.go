package i18n

func init() {
	register(map[string]Msg{
		"cli.usage.hint":       {"Run '%s --help' for usage.", "Kør '%s --help' for at få hjælp."},
		"cli.lang.unsupported": {"language %q is not supported; use one of: %s", "sproget %q understøttes ikke; brug et af: %s"},
		"cli.config.malformed": {"malformed config file %s: %s; fix or remove it", "konfigurationsfilen %s er ugyldig: %s; ret eller fjern den"},
		"cli.catalogue.mode":   {"--catalogue-mode must be extend or replace, not %q", "--catalogue-mode skal være extend eller replace, ikke %q"},
	})
}

// Command-line mistakes that cobra and pflag would report in English only;
// eis makes them itself (cli/cobra.go) from these messages. The English is
// cobra's and pflag's own wording, so English output reads as before.
func init() {
	register(map[string]Msg{
		// cobra v1.10.2, args.go
		"cli.cobra.unknown-command":  {`unknown command %q for %q`, `%[2]q har ingen kommando ved navn %[1]q`},
		"cli.cobra.suggestions":      {"\n\nDid you mean this?\n", "\n\nMente du denne?\n"},
		"cli.cobra.suggestions.many": {"\n\nDid you mean this?\n", "\n\nMente du en af disse?\n"},
		"cli.cobra.args.exact":       {"accepts %d arg(s), received %d", "tager %d argument(er), men fik %d"},
		"cli.cobra.args.max":         {"accepts at most %d arg(s), received %d", "tager højst %d argument(er), men fik %d"},
		// pflag v1.0.10, errors.go
		"cli.flag.unknown":               {"unknown flag: --%s", "ukendt flag: --%s"},
		"cli.flag.unknown-shorthand":     {"unknown shorthand flag: %q in -%s", "ukendt kort flag: %q i -%s"},
		"cli.flag.needs-value":           {"flag needs an argument: --%s", "flaget --%s skal have en værdi"},
		"cli.flag.needs-value-shorthand": {"flag needs an argument: %q in -%s", "flaget %q i -%s skal have en værdi"},
		"cli.flag.invalid":               {"invalid argument %q for %q flag: %s", "ugyldig værdi %q til flaget %q: %s"},
		"cli.flag.invalid.bool":          {"strconv.ParseBool: parsing %q: invalid syntax", "%q er hverken true eller false"},
		"cli.flag.syntax":                {"bad flag syntax: %s", "ugyldig skrivemåde for et flag: %s"},
		// eis's own hint for an argument meant for a flag (plan da.yaml).
		"cli.args.flag-hint": {"Did you mean %s?", "Mente du %s?"},
		// What an unknown flag or value may have meant: --answers,
		// --region dk-central, plan.
		"cli.did-you-mean": {"Did you mean %s?", "Mente du %s?"},
	})
}
