package i18n

// Messages of the render package and of the plan, practices and questions
// commands.
func init() {
	register(map[string]Msg{
		// Plan headings and labels.
		"render.plan.title":           {"Export readiness plan", "Plan for eksportparathed"},
		"render.plan.generated":       {"Made %s from catalogue %s", "Lavet %s ud fra kataloget %s"},
		"render.plan.readiness":       {"Readiness", "Parathed"},
		"render.plan.overall":         {"Overall", "Samlet"},
		"render.plan.noscore":         {"no score", "ingen score"},
		"render.plan.noscore.clarify": {"no score (%d to clarify)", "ingen score (%d at afklare)"},
		"render.plan.actions":         {"Actions", "Handlinger"},
		"render.plan.actions.none":    {"Nothing to do right now: no practice in the catalogue matches your answers.", "Intet at gøre lige nu: ingen praksis i kataloget passer til jeres svar."},
		"render.plan.ideas":           {"Ideas from other regions", "Idéer fra andre regioner"},
		"render.plan.clarify":         {"To clarify", "At afklare"},
		"render.plan.notes":           {"Notes", "Noter"},
		"render.plan.warnings":        {"Warnings", "Advarsler"},
		"render.plan.dimension":       {"Dimension", "Dimension"},
		"render.plan.axis":            {"Axis", "Akse"},
		"render.plan.score":           {"Score", "Score"},
		"render.notes.general":        {"General", "Generelt"},

		"render.label.region":     {"Region", "Region"},
		"render.label.sector":     {"Sector", "Branche"},
		"render.label.size":       {"Size", "Størrelse"},
		"render.label.exports":    {"Exports", "Eksport"},
		"render.label.advisor":    {"Advisor", "Rådgiver"},
		"render.label.stage":      {"Stage", "Fase"},
		"render.label.link":       {"Link", "Link"},
		"render.label.effort":     {"Effort", "Indsats"},
		"render.label.cost":       {"Cost", "Pris"},
		"render.label.impact":     {"Impact", "Effekt"},
		"render.label.confidence": {"Confidence", "Pålidelighed"},
		"render.label.steps":      {"Steps", "Trin"},
		"render.label.why":        {"Why", "Hvorfor"},
		"render.label.after":      {"Do first", "Gør først"},
		"render.label.historic":   {"Historic: no longer offered, shown as an idea only", "Historisk: tilbydes ikke længere og vises kun som idé"},

		"render.horizon.now":           {"Now", "Nu"},
		"render.horizon.next-3-months": {"Next 3 months", "De næste 3 måneder"},
		"render.horizon.3-12-months":   {"3–12 months", "Om 3–12 måneder"},

		"render.level.free":   {"free", "gratis"},
		"render.level.low":    {"low", "lav"},
		"render.level.medium": {"medium", "middel"},
		"render.level.high":   {"high", "høj"},

		"render.confidence.verified":   {"verified", "efterprøvet"},
		"render.confidence.partial":    {"partly verified — check before relying on it", "delvist efterprøvet — tjek det, før I regner med det"},
		"render.confidence.unverified": {"unverified — check before relying on it", "ikke efterprøvet — tjek det, før I regner med det"},

		"render.answer.dont-know":      {"don't know", "ved ikke"},
		"render.answer.not-applicable": {"not applicable", "ikke relevant"},

		"render.stage.exploring":     {"Exploring", "Undersøger"},
		"render.stage.first-exports": {"First exports", "Første eksport"},
		"render.stage.expanding":     {"Expanding", "Udvider"},
		"render.stage.established":   {"Established", "Etableret"},

		"render.type.method":    {"a method you can use on your own", "en metode, I kan bruge på egen hånd"},
		"render.type.programme": {"programme", "program"},
	})
}
