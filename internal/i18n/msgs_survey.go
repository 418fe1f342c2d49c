package i18n

// Messages of the questionnaire (internal/survey) and of `eis assess`.
func init() {
	register(map[string]Msg{
		// Page headings.
		"survey.profile.title": {"About your firm", "Om virksomheden"},
		"survey.profile.desc": {
			"These answers decide which programmes fit your firm; they are not scored.",
			"Svarene afgør, hvilke programmer der passer til virksomheden; de giver ingen point."},
		"survey.stop.hint": {
			"Answers are saved after every page; Ctrl+C saves and stops.",
			"Svarene gemmes efter hver side; Ctrl+C gemmer og stopper."},
		"survey.page.title": {"%s · %d of %d", "%s · %d af %d"},

		// Reserved answers.

		// Respondent and notes.
		"survey.company.title": {"Company name (optional)", "Virksomhedens navn (valgfrit)"},
		"survey.company.desc": {
			"Shown at the top of the plan. Leave it empty to stay anonymous.",
			"Vises øverst i planen. Lad feltet stå tomt for at være anonym."},
		"survey.advisor.title": {"Advisor's name (optional)", "Rådgiverens navn (valgfrit)"},
		"survey.advisor.desc": {
			"If a business advisor is helping with this assessment.",
			"Hvis en erhvervsrådgiver hjælper med vurderingen."},
		"survey.note.title": {"Notes on this page (optional)", "Noter til denne side (valgfrit)"},
		"survey.note.desc": {
			"A short note for the plan, e.g. what to check later. Leave it empty to skip.",
			"En kort note til planen, fx hvad der skal undersøges senere. Lad feltet stå tomt for at springe over."},

		// Multiple choice.
		"survey.multi.hint": {"Choose all that apply.", "Vælg alle, der passer."},
		"survey.multi.none": {"choose at least one option", "vælg mindst én mulighed"},
		"survey.multi.exclusive": {
			"%q cannot be combined with other options; untick it or the others",
			"%q kan ikke kombineres med andre muligheder; fjern markeringen fra den eller fra de andre"},

		// Options marked exclusive (catalogue.Option.Exclusive), such as
		// "None of these yet": refused in the questionnaire, the validator and
		// the answers loader alike.
		"validate.options.exclusive": {
			"question %q is not multiple choice, so its option %q cannot be exclusive; remove exclusive: true, or make the question kind: multi",
			"spørgsmålet %q er ikke et flervalgsspørgsmål, så svarmuligheden %q kan ikke være eksklusiv; fjern exclusive: true, eller gør spørgsmålet til kind: multi"},
		"answers.option.exclusive": {
			"%q cannot be combined with other options for question %q (it means none of the others); keep either it or the others",
			"%q kan ikke kombineres med andre svar ved spørgsmålet %q (det betyder ingen af de andre); behold enten det eller de andre"},

		// Accessible mode: our own guidance and prompts (the English as huh words its own).
		"survey.a11y.question": {"Question %d of %d on this page.", "Spørgsmål %d af %d på denne side."},
		// A page split for conditions: later questions depend on the answers.
		"survey.a11y.question.upto": {"Question %d of up to %d on this page.", "Spørgsmål %d af op til %d på denne side."},
		"survey.a11y.help":          {"Why this matters: %s", "Derfor er det vigtigt: %s"},
		"survey.a11y.keep": {
			"Press Enter alone to keep the current answer: %s.",
			"Tryk kun Enter for at beholde det nuværende svar: %s."},
		"survey.a11y.multi": {
			"Enter the number of an option to choose or unchoose it; enter 0 when done.",
			"Skriv nummeret på en mulighed for at vælge eller fravælge den; skriv 0, når du er færdig."},
		"survey.a11y.keep-multi": {
			"Options already chosen are marked ✓; enter 0 to keep them.",
			"Valgte muligheder er markeret med ✓; skriv 0 for at beholde dem."},
		"survey.a11y.text": {
			"Type the text and press Enter; press Enter alone to leave it as it is.",
			"Skriv teksten og tryk Enter; tryk kun Enter for at lade den være som den er."},
		"survey.a11y.enter-number":   {"Enter a number between %d and %d: ", "Skriv et tal mellem %d og %d: "},
		"survey.a11y.enter-one":      {"There is only one option available; enter the number 1:", "Der er kun én mulighed; skriv tallet 1:"},
		"survey.a11y.invalid-range":  {"Invalid: must be a number between %d and %d", "Ugyldigt: skal være et tal mellem %d og %d"},
		"survey.a11y.invalid-one":    {"Invalid: must be %d", "Ugyldigt: skal være %d"},
		"survey.a11y.confirm":        {"0.   Confirm selection", "0.   Bekræft valget"},
		"survey.a11y.input-too-long": {"Input cannot exceed %d characters", "Teksten må højst være %d tegn"},

		// Failures of the questionnaire itself.
		"survey.error.ask":  {"the question %s could not be asked: %v", "spørgsmålet %s kunne ikke stilles: %v"},
		"survey.error.read": {"reading answers", "indlæsning af svar"},
		"survey.error.show": {"the questionnaire could not be shown", "spørgeskemaet kunne ikke vises"},

		// Key help shown under the form (terminal mode).
		"survey.key.up":        {"up", "op"},
		"survey.key.down":      {"down", "ned"},
		"survey.key.select":    {"select", "vælg"},
		"survey.key.confirm":   {"confirm", "bekræft"},
		"survey.key.next":      {"next", "næste"},
		"survey.key.back":      {"back", "tilbage"},
		"survey.key.submit":    {"save page", "gem siden"},
		"survey.key.toggle":    {"choose", "markér"}, // short: 60 columns show the whole multi-select help
		"survey.key.top":       {"first", "første"},
		"survey.key.bottom":    {"last", "sidste"},
		"survey.key.all":       {"choose all", "vælg alle"},
		"survey.key.none":      {"choose none", "vælg ingen"},
		"survey.key.halfup":    {"½ page up", "½ side op"},
		"survey.key.halfdown":  {"½ page down", "½ side ned"},
		"survey.key.accept":    {"Yes", "Ja"},
		"survey.key.reject":    {"No", "Nej"},
		"survey.key.toggleyes": {"toggle", "skift"},

		// The "file exists" question.
		"survey.existing.title": {"%s already exists. What do you want to do?", "%s findes allerede. Hvad vil du gøre?"},
		"survey.existing.desc": {
			"It holds answers from an earlier assessment.",
			"Den indeholder svar fra en tidligere vurdering."},
		"survey.existing.resume":  {"Resume it: continue where it stopped", "Fortsæt den: fortsæt, hvor den slap"},
		"survey.existing.restart": {"Start over: replace it with a new assessment", "Start forfra: erstat den med en ny vurdering"},
		"survey.existing.cancel":  {"Cancel: leave it as it is", "Annullér: lad den være"},

		// eis assess.
		"assess.notty": {
			"eis assess asks questions and needs a terminal on stdin, stdout and stderr (the questions are drawn on stderr).\n" +
				"To make a plan from an answers file instead, run: eis plan --answers FILE\n" +
				"For a screen reader or scripted input, run: eis assess --accessible",
			"eis assess stiller spørgsmål og kræver en terminal på stdin, stdout og stderr (spørgsmålene vises på stderr).\n" +
				"Kør i stedet denne for at lave en plan ud fra en svarfil: eis plan --answers FIL\n" +
				"Til skærmlæser eller scriptet input: eis assess --accessible"},
		"assess.resume.reopened": {
			"%s says complete: true, but questions that apply have no answer (the catalogue may have gained some); continuing with them",
			"%s angiver complete: true, men spørgsmål, der stilles, har intet svar (kataloget kan have fået nye); vi fortsætter med dem",
		},
		"assess.interrupted": {
			"Progress saved to %s. Resume with: eis assess --resume %s",
			"Fremskridt gemt i %s. Fortsæt med: eis assess --resume %s"},
		"assess.interrupted.nothing": {
			"Stopped before anything was answered: nothing was saved.",
			"Stoppet, før noget blev besvaret: intet er gemt."},
		"assess.cancelled": {"Cancelled: %s was left as it was.", "Annulleret: %s er uændret."},
		"assess.saved":     {"Answers saved to %s.", "Svarene er gemt i %s."},
		"assess.formats": {
			"For Markdown or JSON, run: eis plan --answers %s --format markdown (or --format json)",
			"Til Markdown eller JSON: eis plan --answers %s --format markdown (eller --format json)"},
		"assess.resume-and-answers": {
			"--resume and --answers cannot be used together: --resume continues a file, --answers starts a new one from it",
			"--resume og --answers kan ikke bruges sammen: --resume fortsætter en fil, --answers starter en ny ud fra den"},
		"assess.resume-missing": {
			"cannot resume %s: the file does not exist; start a new assessment with: eis assess --save %s",
			"kan ikke fortsætte %s: filen findes ikke; start en ny vurdering med: eis assess --save %s"},
		"assess.save-dir": {
			"cannot save answers to %s: %v; choose another file with --save FILE",
			"kan ikke gemme svar i %s: %v; vælg en anden fil med --save FIL"},
		// Reasons inside assess.save-dir.
		"assess.save-dir.not-folder": {"%s is not a folder", "%s er ikke en mappe"},
		"assess.save-dir.is-folder":  {"it is a folder", "det er en mappe"},
		"assess.save-exists": {
			"%s already exists; choose another file with --save FILE, or leave out --save to continue in the file you resume",
			"%s findes allerede; vælg en anden fil med --save FIL, eller udelad --save for at fortsætte i den fil, du genoptager"},
	})
}
