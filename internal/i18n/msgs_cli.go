package i18n

func init() {
	register(map[string]Msg{
		"cli.error.prefix":      {"error", "fejl"},
		"cli.usage.hint":        {"Run '%s --help' for usage.", "Kør '%s --help' for at få hjælp."},
		"cli.lang.unsupported":  {"language %q is not supported; use one of: %s", "sproget %q understøttes ikke; brug et af: %s"},
		"cli.config.malformed":  {"config file %s cannot be read: %v; fix or remove it", "konfigurationsfilen %s kan ikke læses: %v; ret eller fjern den"},
		"cli.catalogue.mode":    {"--catalogue-mode must be extend or replace, not %q", "--catalogue-mode skal være extend eller replace, ikke %q"},
		"cli.catalogue.invalid": {"the catalogue has %d error(s); run 'eis validate %s' to see them", "kataloget har %d fejl; kør 'eis validate %s' for at se dem"},
		"cli.catalogue.shadow":  {"notice: %s replaces the embedded entry %q", "bemærk: %s erstatter den indbyggede post %q"},
		"cli.interrupted":       {"interrupted", "afbrudt"},
	})
}
