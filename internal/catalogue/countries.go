package catalogue

import (
	"strings"
	"sync"
)

// isoCountries holds the ISO 3166-1 alpha-2 country codes (249, from the
// iso-codes package's iso_3166-1.json), space-separated, plus XI: the code the
// EU and the UK use for Northern Ireland (VAT, EORI), which a practice that
// serves Northern Ireland lists in markets (PLAN.md, design 8).
const isoCountries = "" +
	"AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE " +
	"BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD " +
	"CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM " +
	"DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF " +
	"GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU " +
	"ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN " +
	"KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME " +
	"MF MG MH MK ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA " +
	"NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM " +
	"PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI " +
	"SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK " +
	"TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI " +
	"VN VU WF WS YE YT ZA ZM ZW " + " XI"

// countryCodes is the set of isoCountries, made on first use (not at
// start-up: see TestNothingAtInit).
var countryCodes = sync.OnceValue(func() map[string]bool {
	m := map[string]bool{}
	for _, c := range strings.Fields(isoCountries) {
		m[c] = true
	}
	return m
})

// CountryCode reports whether code is an ISO 3166-1 alpha-2 code (or XI).
func CountryCode(code string) bool { return countryCodes()[code] }

// countryHint names the code meant by common non-ISO spellings: the
// United Kingdom is GB (UK is reserved), Greece is GR (EL is the EU's own
// abbreviation), and the EU itself is not a country.
func countryHint(code string) string {
	switch code {
	case "UK":
		return "GB"
	case "EL":
		return "GR"
	}
	return ""
}
