package i18n

func init() {
	register(map[string]Msg{
		"cli.usage.hint":       {"Run '%s --help' for usage.", "Kør '%s --help' for at få hjælp."},
		"cli.lang.unsupported": {"language %q is not supported; use one of: %s", "sproget %q understøttes ikke; brug et af: %s"},
		"cli.config.malformed": {"malformed config file %s: %s; fix or remove it", "konfigurationsfilen %s er ugyldig: %s; ret eller fjern den"},
		"cli.catalogue.mode":   {"--catalogue-mode must be extend or replace, not %q", "--catalogue-mode skal være extend eller replace, ikke %q"},
	})
}

// Errors that cobra and pflag make themselves, in English only: eis
// recognises them (cli/errors.go) and says them again from these messages
// with the same details. The English is cobra's and pflag's own text, byte
// for byte (errors_test.go checks it against the real errors), so English
// output does not change.
func init() {
	register(map[string]Msg{
		// cobra v1.10.2, args.go
		"cli.cobra.unknown-command":  {`unknown command %q for %q`, `%[2]q har ingen kommando ved navn %[1]q`},
		"cli.cobra.invalid-arg":      {`invalid argument %q for %q`, `%[2]q tager ikke argumentet %[1]q`},
		"cli.cobra.suggestions":      {"\n\nDid you mean this?\n", "\n\nMente du denne?\n"},
		"cli.cobra.suggestions.many": {"\n\nDid you mean this?\n", "\n\nMente du en af disse?\n"},
		"cli.cobra.args.exact":       {"accepts %d arg(s), received %d", "tager %d argument(er), men fik %d"},
		"cli.cobra.args.max":         {"accepts at most %d arg(s), received %d", "tager højst %d argument(er), men fik %d"},
		"cli.cobra.args.min":         {"requires at least %d arg(s), only received %d", "kræver mindst %d argument(er), men fik kun %d"},
		"cli.cobra.args.range":       {"accepts between %d and %d arg(s), received %d", "tager mellem %d og %d argumenter, men fik %d"},
		// cobra v1.10.2, command.go and flag_groups.go
		"cli.cobra.required-flags":  {`required flag(s) "%s" not set`, `disse flag skal angives: "%s"`},
		"cli.cobra.group.all":       {"if any flags in the group [%s] are set they must all be set; missing [%s]", "angives et af flagene i gruppen [%s], skal de alle angives; [%s] mangler"},
		"cli.cobra.group.one":       {"at least one of the flags in the group [%s] is required", "mindst ét af flagene i gruppen [%s] skal angives"},
		"cli.cobra.group.exclusive": {"if any flags in the group [%s] are set none of the others can be; [%s] were all set", "angives et af flagene i gruppen [%s], kan de andre ikke angives; [%s] blev alle angivet"},
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
	})
}
