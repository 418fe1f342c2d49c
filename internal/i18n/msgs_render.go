package i18n

// Messages of the render package and of the plan, practices and questions
// commands.
func init() {
	register(map[string]Msg{
		// Plan headings and labels.
		"render.plan.title":              {"Export readiness plan", "Plan for eksportparathed"},
		"render.plan.generated":          {"Made %s from catalogue %s", "Udarbejdet %s ud fra kataloget %s"},
		"render.plan.readiness":          {"Readiness", "Parathed"},
		"render.plan.overall":            {"Overall", "Samlet"},
		"render.plan.noscore":            {"no score", "ingen score"},
		"render.plan.noscore.clarify":    {"no score (%d to clarify)", "ingen score (%d skal afklares)"},
		"render.plan.actions":            {"Actions", "Handlinger"},
		"render.plan.actions.none":       {"Nothing to do right now: no practice in the catalogue matches your answers.", "Intet at gøre lige nu: intet i kataloget passer til jeres svar."},
		"render.plan.more.many":          {"%d more actions match your answers; to see them all, use --format json or run:", "%d flere handlinger passer til jeres svar; brug --format json, eller kør denne kommando for at se dem alle:"},
		"render.plan.more.one":           {"%d more action matches your answers; to see it, use --format json or run:", "%d handling mere passer til jeres svar; brug --format json, eller kør denne kommando for at se den:"},
		"render.plan.allCommand":         {"eis plan --answers FILE --all", "eis plan --answers FIL --all"},
		"render.label.until":             {"Runs until %s", "Løber til %s"},
		"render.plan.unfinished":         {"This assessment is unfinished: %d of %d areas answered. Scores cover only what was answered. Continue with:", "Denne vurdering er ikke færdig: %d af %d områder er besvaret. Scorerne dækker kun det, der er besvaret. Fortsæt med:"},
		"render.plan.unfinished.nocount": {"This assessment is unfinished. Scores cover only what was answered. Continue with:", "Denne vurdering er ikke færdig. Scorerne dækker kun det, der er besvaret. Fortsæt med:"},
		"render.plan.ownCatalogue":       {"(own catalogue: %s)", "(eget katalog: %s)"},
		"render.plan.resumeCommand":      {"eis assess --resume FILE", "eis assess --resume FIL"},
		"render.plan.clarify.open.many":  {"%s: %d questions not answered yet", "%s: %d spørgsmål er ikke besvaret endnu"},
		"render.plan.clarify.open.one":   {"%s: %d question not answered yet", "%s: %d spørgsmål er ikke besvaret endnu"},
		"render.answer.unanswered":       {"not answered yet", "ikke besvaret endnu"},
		"render.plan.ideas":              {"Ideas from other regions", "Idéer fra andre regioner"},
		"render.plan.ideas.intro":        {"Proven practices from other regions that work on your weakest areas. They are not offered to you as they are: ask your own region, or your advisor, whether something similar exists.", "Afprøvede tiltag fra andre regioner, der styrker jeres svageste områder. De tilbydes ikke til jer, som de er: spørg jeres egen region eller jeres rådgiver, om der findes noget lignende."},
		"render.plan.clarify":            {"To clarify", "Skal afklares"},
		"render.plan.notes":              {"Notes", "Noter"},
		"render.plan.warnings":           {"Warnings", "Advarsler"},
		"render.plan.dimension":          {"Dimension", "Dimension"},
		"render.plan.axis":               {"Axis", "Akse"},
		"render.plan.score":              {"Score", "Score"},
		"render.notes.general":           {"General", "Generelt"},

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

		"render.type.method":    {"a method you can use on your own", "en metode, I kan bruge på egen hånd"},
		"render.type.programme": {"programme", "program"},
	})
}

// Rules in words.
func init() {
	register(map[string]Msg{
		"render.rule.always":           {"always", "altid"},
		"render.rule.and":              {"and", "og"},
		"render.rule.or":               {"or", "eller"},
		"render.rule.not":              {"not %s", "ikke %s"},
		"render.rule.all":              {"all of these:", "alle disse:"},
		"render.rule.any":              {"any of these:", "mindst én af disse:"},
		"render.rule.none":             {"none of these:", "ingen af disse:"},
		"render.rule.notall":           {"not all of these:", "ikke alle disse:"},
		"render.rule.answer":           {"the answer to %s is %s", "svaret på %s er %s"},
		"render.rule.answer.not":       {"the answer to %s is not %s", "svaret på %s er ikke %s"},
		"render.rule.answer.multi":     {"the answers to %s include %s", "svarene på %s omfatter %s"},
		"render.rule.answer.multi.not": {"the answers to %s do not include %s", "svarene på %s omfatter ikke %s"},
		"render.rule.score.below":      {"the score for %s is below %s", "scoren for %s er under %s"},
		"render.rule.score.atleast":    {"the score for %s is at least %s", "scoren for %s er mindst %s"},
		"render.rule.stage":            {"the stage is %s", "fasen er %s"},
		"render.rule.stage.not":        {"the stage is not %s", "fasen er ikke %s"},
	})
}

// Practice list and detail.
func init() {
	register(map[string]Msg{
		"render.list.id":         {"ID", "ID"},
		"render.list.region":     {"REGION", "REGION"},
		"render.list.title":      {"TITLE", "TITEL"},
		"render.list.confidence": {"CONFIDENCE", "PÅLIDELIGHED"},

		"render.conf.verified":   {"verified", "efterprøvet"},
		"render.conf.partial":    {"partial", "delvis"},
		"render.conf.unverified": {"unverified", "ikke efterprøvet"},

		"render.show.organisation": {"Organisation", "Organisation"},
		"render.show.type":         {"Type", "Type"},
		"render.show.level":        {"level", "niveau"},
		"render.show.status":       {"Status", "Status"},
		"render.show.verified":     {"Last verified", "Senest efterprøvet"},
		"render.show.valid":        {"Valid", "Gyldig"},
		"render.show.dimensions":   {"Dimensions", "Dimensioner"},
		"render.show.needs":        {"Needs", "Behov"},
		"render.show.stages":       {"Stages", "Faser"},
		"render.show.effort":       {"For the firm", "For virksomheden"},
		"render.show.file":         {"Defined in", "Defineret i"},
		"render.show.summary":      {"Summary", "Resumé"},
		"render.show.description":  {"About this good practice", "Om denne gode praksis"},
		"render.show.resources":    {"Resources needed", "Nødvendige ressourcer"},
		"render.show.evidence":     {"Evidence of success", "Dokumentation for succes"},
		"render.show.transfer":     {"Potential for learning or transfer", "Potentiale for læring og overførsel"},
		"render.show.eligibility":  {"Who can use it", "Hvem kan bruge den"},
		"render.show.sizes":        {"Sizes", "Størrelser"},
		"render.show.sectors":      {"Sectors", "Brancher"},
		"render.show.when":         {"When eis recommends it", "Hvornår eis anbefaler den"},
		"render.show.sources":      {"Sources", "Kilder"},

		"render.status.active":   {"active", "aktiv"},
		"render.status.historic": {"historic — no longer offered", "historisk — tilbydes ikke længere"},

		"render.impl.local":    {"local", "lokalt"},
		"render.impl.regional": {"regional", "regionalt"},
		"render.impl.national": {"national", "nationalt"},
		"render.impl.eu":       {"EU", "EU"},

		"render.need.market-research":     {"market research", "markedsanalyse"},
		"render.need.finance":             {"finance", "finansiering"},
		"render.need.digital-sales":       {"digital sales", "digitalt salg"},
		"render.need.partners":            {"partners and distributors", "partnere og distributører"},
		"render.need.trade-fairs":         {"trade fairs", "messer"},
		"render.need.skills":              {"skills, languages and culture", "kompetencer, sprog og kultur"},
		"render.need.legal-ip-compliance": {"legal, IP and compliance", "jura, immaterielle rettigheder og regler"},
		"render.need.logistics":           {"logistics", "logistik"},
		"render.need.export-strategy":     {"export strategy", "eksportstrategi"},
		"render.need.mentoring":           {"mentoring", "mentorordning"},
	})
}

// The questionnaire as an interview guide.
func init() {
	register(map[string]Msg{
		"render.guide.title":         {"Interview guide", "Interviewguide"},
		"render.guide.meta":          {"Catalogue %s · %d questions", "Katalog %s · %d spørgsmål"},
		"render.guide.intro":         {"Tick one box per question, or several where it says so. \"Don't know\" and \"Not applicable\" are real answers: they do not count in the score, and the plan lists them to clarify. Questions with a condition are asked only when it holds.", "Sæt ét kryds pr. spørgsmål, eller flere, hvor det er angivet. \"Ved ikke\" og \"Ikke relevant\" er gyldige svar: de tæller ikke med i scoren, og planen viser dem som punkter, der skal afklares. Spørgsmål med en betingelse stilles kun, når den er opfyldt."},
		"render.guide.company":       {"Company", "Virksomhed"},
		"render.guide.date":          {"Date", "Dato"},
		"render.guide.profile":       {"Profile", "Profil"},
		"render.guide.profile.note":  {"Who the firm is. These answers point the plan to the right region and programmes; they are not scored.", "Hvem virksomheden er. Svarene peger planen mod den rette region og de rette programmer; de indgår ikke i scoren."},
		"render.guide.weight":        {"weight %s", "vægt %s"},
		"render.guide.when":          {"Ask only if", "Stil kun, hvis"},
		"render.guide.why":           {"Why it matters", "Hvorfor det er vigtigt"},
		"render.guide.score":         {"score %s", "score %s"},
		"render.guide.dontknow":      {"Don't know — not scored; to clarify", "Ved ikke — tæller ikke; skal afklares"},
		"render.guide.notapplicable": {"Not applicable — not scored", "Ikke relevant — tæller ikke"},
		"render.guide.notes":         {"Notes", "Noter"},

		"render.kind.single": {"choose one", "vælg ét svar"},
		"render.kind.multi":  {"choose all that apply", "vælg alle, der passer"},
		"render.kind.yesno":  {"yes or no", "ja eller nej"},
		"render.kind.scale":  {"choose one step on the scale", "vælg ét trin på skalaen"},

		"render.axis.company": {"Company readiness", "Virksomhedens parathed"},
		"render.axis.offer":   {"Offer readiness", "Produktets eller ydelsens parathed"},
	})
}

// Messages of the plan, practices and questions commands.
func init() {
	register(map[string]Msg{
		"render.format.unknown": {"--format %q is not known; use one of: %s", "--format %q er ukendt; brug et af: %s"},
		"render.format.html":    {"--format html is not built yet; use one of: %s", "--format html findes ikke endnu; brug et af: %s"},

		"plan.answers.required":     {"--answers FILE is required: the answers file saved by 'eis assess'", "--answers FIL er påkrævet: svarfilen, som 'eis assess' har gemt"},
		"plan.answers.read":         {"cannot read the answers file %s: %v", "kan ikke læse svarfilen %s: %v"},
		"plan.answers.invalid.many": {"the answers file %s has %d errors; fix them and run 'eis plan' again", "svarfilen %s har %d fejl; ret dem, og kør 'eis plan' igen"},
		"plan.answers.invalid.one":  {"the answers file %s has %d error; fix it and run 'eis plan' again", "svarfilen %s har %d fejl; ret den, og kør 'eis plan' igen"},
		"plan.output.write":         {"cannot write the plan to %s: %v", "kan ikke skrive planen til %s: %v"},
		"plan.output.isAnswers":     {"--output %s is the answers file %s: the plan would overwrite the answers; give the plan another file name, e.g. %s", "--output %s er svarfilen %s: planen ville overskrive svarene; giv planen et andet filnavn, fx %s"},
		"plan.output.isDir":         {"--output %s is a folder; give a file name, e.g. %s", "--output %s er en mappe; angiv et filnavn, fx %s"},
		"plan.output.done":          {"plan written to %s", "planen er gemt i %s"},
	})
}

// Messages of the practices command.
func init() {
	register(map[string]Msg{
		"practices.filter.unknown": {"%s %q is not in the catalogue; use one of: %s", "%s %q findes ikke i kataloget; brug en af: %s"},
		"practices.none":           {"no practices match these filters", "ingen praksisser passer til disse filtre"},
		"practices.unknown":        {"no practice %q; run 'eis practices list'", "der er ingen praksis med ID'et %q; kør 'eis practices list'"},
		"practices.didyoumean":     {"did you mean: %s?", "mente du: %s?"},
	})
}
