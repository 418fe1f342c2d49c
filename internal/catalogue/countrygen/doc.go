// Package countrygen writes practices/countries.yaml, the catalogue's
// countries and languages, from CLDR (through golang.org/x/text: every
// country's name in every catalogue language, its likely language and its
// currency) and the hand-written, sourced facts in facts.yaml (EU, EEA,
// customs union, OECD and Europe lists, official languages where CLDR's
// single likely language is not enough, neighbours, XI for Northern Ireland,
// name and currency overrides).
//
// The generator is test code: `go test ./internal/catalogue/countrygen
// -update` rewrites the file after a change to facts.yaml or to the
// catalogue's languages (issue 15 adds it, pt, pl, hr: only the overrides
// in facts.yaml need translating), and TestCountriesUpToDate fails while the
// committed file differs. So the binary never links the CLDR display tables.
package countrygen
