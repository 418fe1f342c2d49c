package i18n

func init() {
	register(map[string]Msg{
		"schema.unknown": {
			"unknown schema %q; choose one of: %s",
			"ukendt skema %q; vælg et af: %s",
		},
	})
}
