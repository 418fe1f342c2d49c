package i18n

func init() {
	register(map[string]Msg{
		"cli.error.prefix":      {"error", "fejl"},
		"cli.usage.hint":        {"Run '%s --help' for usage.", "Kør '%s --help' for at få hjælp."},
		"cli.lang.unsupported":  {"language %q is not supported; use one of: %s", "sproget %q understøttes ikke; brug et af: %s"},
		"cli.config.malformed":  {"malformed config file %s: %s; fix or remove it", "konfigurationsfilen %s er ugyldig: %s; ret eller fjern den"},
		"cli.catalogue.dir":     {"catalogue folder %s cannot be read: it must be an existing folder", "katalogmappen %s kan ikke læses: det skal være en eksisterende mappe"},
		"cli.catalogue.mode":    {"--catalogue-mode must be extend or replace, not %q", "--catalogue-mode skal være extend eller replace, ikke %q"},
		"cli.catalogue.invalid": {"the catalogue has %d error(s); run 'eis validate %s' to see them", "kataloget har %d fejl; kør 'eis validate %s' for at se dem"},
		"cli.catalogue.shadow":  {"notice: %s replaces the embedded entry %q", "bemærk: %s erstatter den indbyggede post %q"},
		"cli.interrupted":       {"interrupted", "afbrudt"},
	})
}
