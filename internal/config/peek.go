package config

import (
	"os"

	"github.com/spf13/viper"
)

// PeekLang returns the lang: setting of the config file that Bind would read
// (explicit, else $EIS_CONFIG, else DefaultPath), or "" when there is none.
// It ignores every error (a missing, unreadable or malformed file, or one
// that is not a regular file, which reading twice could drain): Bind reports
// them when the command runs. It lets help texts pick their language before
// the command line is parsed.
func PeekLang(explicit string) string {
	if explicit == "" {
		explicit = os.Getenv(EnvPrefix + "_CONFIG")
	}
	path := explicit
	if path == "" {
		path = DefaultPath()
	}
	if path == "" {
		return ""
	}
	if st, err := os.Stat(path); err != nil || !st.Mode().IsRegular() {
		return ""
	}
	v := viper.New()
	v.SetConfigFile(path)
	v.SetConfigType("yaml")
	if err := v.ReadInConfig(); err != nil {
		return ""
	}
	return v.GetString("lang")
}
