// Package i18n owns every word eis says, in every language it speaks, and
// the choice of that language.
//
// # The language of a run
//
// A Locale is chosen once, at the start of a command, by Decide, from (first
// that is set wins): the --lang flag, EIS_LANG, the config file's lang:, the
// language of the answers file the command reads (plan, assess), then
// LC_ALL, LC_MESSAGES or LANG, else English. Everything the command prints
// is then said in that Locale; nothing else picks a language. The zero
// Locale is English, so a Locale that was never chosen (a test, a helper)
// is English and reads no environment.
//
// # Messages
//
// Messages are data: one TOML file per language in locales/ (en.toml is the
// source; da.toml, …), compiled by go generate ./internal/i18n into Go
// tables (messages_compiled.go, see internal/tools/msgcompile) that the
// binary reads without parsing anything: no file is read and nothing is
// built at run time. A test fails when the tables are not what the files
// say. Each line is `"area.what" = "text"` with fmt verbs for the
// arguments (%s, %d, %q; %[2]s to reorder them in a translation). A message
// about a number of things gives its CLDR plural forms as an inline table,
// `"area.what" = { one = "%d file", other = "%d files" }`, chosen by
// Locale.N (Polish and Croatian add few/many, which the tests then demand).
// Long texts use TOML's """ strings. The files are a small subset of TOML
// that the fast reader here parses; a test proves every file reads the
// same with go-toml.
//
// Domain packages (catalogue, answers, assessment) never call this package's
// formatting: they return diag.Message values (an ID and typed arguments),
// and render or cli say them with Locale.Format. Catalogue texts (given per
// language in the YAML) are picked with Locale.Pick. Numbers that are
// shares are said with Locale.Percent (Danish, Croatian and Portuguese
// "50 %" with a no-break space, decimal comma), through golang.org/x/text.
//
// # Adding a message
//
// Write the call with the ID as a string literal (loc.T("plan.output.done",
// path), diag.M("answers.key.unknown", …)), add the ID to every file in
// locales/ and run go generate ./internal/i18n. The tests fail when an ID used in the code is missing from a
// file, when a file has an ID no code uses, when a translation takes other
// arguments than English (a vet-style check of the fmt verbs), when a
// translation is blank, and when a plural message lacks a form its language
// needs. An ID built at run time must start with a literal prefix that ends
// in "." ("assessment.stage." + id), which marks every ID under it as used.
//
// Each file starts with a header line that is not a message, `_meta = {
// name = "dansk", translator = "…", reviewed_by = "…", reviewed =
// "YYYY-MM-DD" }`: the language's name in itself (completion and eis
// version show it), who wrote or translated the messages, and the native
// speaker who reviewed them, if one has (AboutLanguage).
//
// # Adding a language
//
// Add locales/<code>.toml with every message (and go generate
// ./internal/i18n), add the language's texts to
// the catalogue YAML (eis validate reports the gaps), and add the code to
// Languages — the one list of the languages eis speaks. Until then the file
// is a draft (Drafts): the tests read it and check the arguments and plural
// forms of what it has, but not that it has everything, and eis does not
// offer the language. The README's "Adding a language" has the whole
// procedure.
package i18n
