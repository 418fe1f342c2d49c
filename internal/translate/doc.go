// Package translate is the machinery of translating the catalogue: every
// catalogue text with a stable key (Load: a file and a path by IDs,
// "regions/ie-donegal.yaml: practices[ie-tame-grant].steps[2]"), the
// extraction file translators fill in (Extract, Extraction), writing their
// texts back into the YAML in place, keeping every file's formatting and
// comments (Plan, Apply, Declare), the record of the English each text was
// translated from (Sums), the glossary of terms and proper names
// (practices/glossary/LANG.yaml: Glossary), and the checks of a
// translation (Checker: numbers, amounts, links, names, terms). The
// command internal/tools/cattr and the glossary test of practices use it;
// eis itself does not.
package translate
