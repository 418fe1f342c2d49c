package i18n

// Help texts of the command tree (`eis --help`, `eis plan --help`, ...):
// each command's short and long description, its examples and its flags'
// usage, keyed help.<command path>.short/long/example/flag.<name>. The
// Danish is written for a Danish SME owner or business adviser, not word for
// word. Command and flag names, IDs, file names and format names (text,
// markdown, json) stay as they are typed.
func init() {
	register(map[string]Msg{
		"help.eis.short": {
			"Readiness to sell abroad: a self-assessment and action plan for small firms",
			"Klar til at sælge i udlandet? En selvtest og en handlingsplan for små og mellemstore virksomheder",
		},
		"help.eis.long": {
			`eis asks a small or medium-sized firm about its readiness to sell abroad,
scores it against a catalogue of regional best practice from the Interreg Europe
project "Everywhere International SMEs", and prints an explained action plan
that points to the support programmes of the firm's own region.

eis never uses the network. Answers stay where you save them.`,
			`eis spørger en lille eller mellemstor virksomhed, hvor klar den er til at
sælge i udlandet, vurderer svarene ud fra et katalog over god praksis fra
regionerne i Interreg Europe-projektet "Everywhere International SMEs" og giver
en begrundet handlingsplan, der peger på støtteordningerne i virksomhedens egen
region.

eis går aldrig på nettet. Svarene bliver, hvor du gemmer dem.`,
		},
		"help.eis.flag.config": {
			"config file (default $XDG_CONFIG_HOME/eis/config.yaml)",
			"konfigurationsfil (standard er $XDG_CONFIG_HOME/eis/config.yaml)",
		},
		"help.eis.flag.catalogue": {
			"use the catalogue in this folder too (env EIS_CATALOGUE)",
			"brug også kataloget i denne mappe (miljøvariabel EIS_CATALOGUE)",
		},
		"help.eis.flag.catalogue-mode": {
			"extend: a folder with no catalogue: section is merged over the built-in catalogue by ID (a folder with one is always used alone); replace: insist that the folder is a whole catalogue",
			"extend: en mappe uden catalogue:-sektion lægges oven i det indbyggede katalog, så poster med samme ID erstattes (en mappe med sektionen bruges altid alene); replace: kræv, at mappen er et helt katalog",
		},
		"help.eis.flag.lang": {
			"language: en or da (default from LANG)",
			"sprog: en eller da (standard er sproget i LANG)",
		},
	})
}

// eis version, eis validate, eis schema.
func init() {
	register(map[string]Msg{
		"help.version.short": {
			"Print the version, commit and build date",
			"Vis version, commit og byggedato",
		},

		"help.validate.short": {
			"Check a catalogue folder and report every problem with its file, line and column",
			"Tjek en katalogmappe; hvert problem vises med fil, linje og kolonne",
		},
		"help.validate.long": {
			`Check a catalogue of questions and practices and report every problem as

  path:line:col: error|warning: message [rule]

sorted by file and line, then a summary. With no DIR, eis checks its built-in
catalogue. With DIR, it checks that folder (every *.yaml file below it, except
names starting with "." or "_" and testdata folders). The folder decides how:
one with a catalogue: section is a whole catalogue and is checked alone; one
without is an extension and is checked merged over the built-in catalogue, as
'eis --catalogue DIR' would use it.

Nothing is fetched: links are checked for their form only. Dates are checked
against today: a practice past its valid_until, or not verified for a year,
gives a warning. --no-age leaves those two checks out, for a pull request's
CI: run them on a schedule instead, so that no change fails because an entry
aged on the day it was checked.

Exit status: 0 when there are no errors (and, with --strict, no warnings),
1 when there are, 2 for a bad command line or a folder that cannot be read.

--format github adds GitHub Actions annotations (::error file=…) to the plain
lines; it is chosen by itself when GITHUB_ACTIONS=true and --format is not given.
--format json prints one JSON object for other tools.`,
			`Gennemgår et katalog med spørgsmål og praksisser og melder hvert problem som

  sti:linje:kolonne: error|warning: besked [regel]

sorteret efter fil og linje og med en opsummering til sidst. Uden DIR tjekker
eis sit indbyggede katalog. Med DIR tjekkes den mappe (alle *.yaml-filer i den
og dens undermapper, bortset fra navne, der begynder med "." eller "_", og
testdata-mapper). Mappen afgør hvordan: en mappe med en catalogue:-sektion er et
helt katalog og tjekkes alene; en mappe uden er en udvidelse og tjekkes lagt oven
i det indbyggede katalog, sådan som 'eis --catalogue DIR' ville bruge den.

Der hentes intet fra nettet: links tjekkes kun for, om de er skrevet rigtigt.
Datoer holdes op mod dags dato: en praksis, hvis valid_until er passeret, eller
som ikke er efterprøvet i over et år, giver en advarsel. --no-age springer de to
tjek over i CI for en pull request: kør dem i stedet efter en tidsplan, så
ingen ændring bliver afvist, fordi en post er blevet for gammel samme dag.

Afslutningskode: 0, når der ikke er fejl (og med --strict heller ingen
advarsler), 1, når der er, og 2 ved en forkert kommandolinje eller en mappe, der
ikke kan læses.

--format github tilføjer annoteringer til GitHub Actions (::error file=…) ud
over de almindelige linjer; det vælges automatisk, når GITHUB_ACTIONS=true, og
--format ikke er angivet. --format json skriver ét JSON-objekt til andre
værktøjer.`,
		},
		"help.validate.example": {
			`  # check the catalogue folder of a checkout
  eis validate practices

  # in CI: fail on warnings too, with annotations on the pull request
  eis validate --strict --format github practices

  # a pull request leaves out the checks of age; a scheduled job makes them
  eis validate --strict --no-age practices

  # check your own practices (a folder with no catalogue: section) against
  # the built-in questions and regions
  eis validate my-practices

  # machine-readable
  eis validate --format json practices > report.json`,
			`  # tjek katalogmappen i en lokal kopi af projektet
  eis validate practices

  # i CI: afvis også ved advarsler, og vis dem på pull requesten
  eis validate --strict --format github practices

  # en pull request springer tjek af alder over; et planlagt job tager dem
  eis validate --strict --no-age practices

  # tjek jeres egne praksisser (en mappe uden catalogue:-sektion) op mod de
  # indbyggede spørgsmål og regioner
  eis validate egne-praksisser

  # til andre værktøjer
  eis validate --format json practices > rapport.json`,
		},
		"help.validate.flag.format": {
			"output format: text, json or github (default text; github when GITHUB_ACTIONS=true)",
			"format på resultatet: text, json eller github (standard er text; github når GITHUB_ACTIONS=true)",
		},
		"help.validate.flag.strict": {
			"fail on warnings too",
			"afvis også kataloget ved advarsler",
		},
		"help.validate.flag.no-age": {
			"leave out the checks that fail as time passes (expired, stale), e.g. for pull requests; run them on a schedule",
			"spring de tjek over, der slår fejl, efterhånden som tiden går (expired, stale), fx for pull requests; kør dem efter en tidsplan",
		},

		"help.schema.short": {
			"Print the JSON Schema of a catalogue file, the plan JSON or the answers file",
			"Vis JSON-skemaet for en katalogfil, for planen som JSON eller for svarfilen",
		},
		"help.schema.long": {
			`Print a JSON Schema (draft 2020-12) on stdout: of one catalogue file (the
default), of the plan that 'eis plan --format json' writes, or of the answers
file. The schemas are generated from the same Go types eis uses, so they are
always current. Copies are kept in practices/schema/; catalogue files name
theirs in a first line that editors with the YAML language server read:

  # yaml-language-server: $schema=schema/catalogue.schema.json`,
			`Skriver et JSON-skema (draft 2020-12) på stdout: for en katalogfil (det er
standard), for den plan, som 'eis plan --format json' skriver, eller for
svarfilen. Skemaerne dannes ud fra de samme Go-typer, som eis selv bruger, så de
passer altid til programmet. Der ligger kopier i practices/schema/, og hver
katalogfil angiver sit skema i første linje, så editorer med YAML-sprogserveren
kan hjælpe, mens du skriver:

  # yaml-language-server: $schema=schema/catalogue.schema.json`,
		},
		"help.schema.example": {
			`  eis schema > catalogue.schema.json
  eis schema plan`,
			`  # skemaet for katalogfiler
  eis schema > catalogue.schema.json
  # skemaet for planen som JSON
  eis schema plan`,
		},
	})
}

// eis assess, eis plan, eis questions.
func init() {
	register(map[string]Msg{
		"help.assess.short": {
			"Answer the readiness questionnaire and get an action plan",
			"Besvar spørgeskemaet om eksportparathed og få en handlingsplan",
		},
		"help.assess.long": {
			`Ask the readiness questionnaire, one page per dimension, then print the
action plan.

Answers are saved after every page (to ./eis-answers.yaml unless --save says
otherwise; the file is private to you, mode 0600). Ctrl-C saves what you have
answered and stops (exit 130); continue later with --resume FILE.

eis assess needs a terminal. Without one it stops at once (exit 1): make a
plan from an answers file with 'eis plan --answers FILE' instead, or use
--accessible, which reads one line per answer and so also works from a pipe.
In accessible mode the end of input stops the questionnaire like Ctrl-C: it
never accepts answers you did not give.`,
			`Stiller spørgsmålene om eksportparathed, én side pr. dimension, og viser
derefter handlingsplanen.

Svarene gemmes efter hver side (i ./eis-answers.yaml, medmindre --save angiver
en anden fil; kun du kan læse filen, mode 0600). Ctrl-C gemmer det, du har
svaret indtil nu, og stopper (afslutningskode 130); fortsæt senere med
--resume FILE.

eis assess skal køre i en terminal. Uden terminal stopper den med det samme
(afslutningskode 1): lav i stedet planen ud fra en svarfil med
'eis plan --answers FILE', eller brug --accessible, som læser én linje pr. svar
og derfor også kan få svarene fra en pipe. I den tilgængelige tilstand stopper
spørgeskemaet ved slutningen af input, ligesom ved Ctrl-C: eis godtager aldrig
svar, du ikke selv har givet.`,
		},
		"help.assess.example": {
			`  eis assess
  eis assess --lang da --save acme.yaml
  eis assess --resume acme.yaml
  eis assess --answers last-year.yaml --save this-year.yaml
  eis assess --accessible < answers.txt`,
			`  # start en ny vurdering
  eis assess
  # på dansk, gemt i virksomhedens egen fil
  eis assess --lang da --save acme.yaml
  # fortsæt, hvor I slap
  eis assess --resume acme.yaml
  # tag udgangspunkt i sidste års svar
  eis assess --answers sidste-aar.yaml --save i-aar.yaml
  # svarene fra en fil, én linje pr. svar
  eis assess --accessible < svar.txt`,
		},
		"help.assess.flag.accessible": {
			"plain numbered prompts for screen readers and scripted input, one line per answer (env ACCESSIBLE=1)",
			"enkle, nummererede spørgsmål til skærmlæsere og svar fra et script, én linje pr. svar (miljøvariabel ACCESSIBLE=1)",
		},
		"help.assess.flag.save": {
			"save answers to this file after every page",
			"gem svarene i denne fil efter hver side",
		},
		"help.assess.flag.resume": {
			"continue the assessment in this answers file at its first unanswered question",
			"fortsæt vurderingen i denne svarfil ved det første ubesvarede spørgsmål",
		},
		"help.assess.flag.answers": {
			"start from the answers in this file: they are shown as defaults and every question is asked",
			"tag udgangspunkt i svarene i denne fil: de står som forslag, og alle spørgsmål stilles igen",
		},
		"help.assess.flag.notes": {
			"for advisors: ask for the advisor's name and a short note on every page",
			"til rådgivere: spørg efter rådgiverens navn og en kort note på hver side",
		},

		"help.plan.short": {
			"Print the explained action plan for a saved answers file",
			"Vis den begrundede handlingsplan for en gemt svarfil",
		},
		"help.plan.long": {
			`Print the action plan for an answers file saved by 'eis assess': readiness per
dimension and axis, the firm's stage and why, actions in three horizons (now,
next 3 months, 3–12 months) pointing to support in the firm's own region, ideas
from other regions, and the questions still to clarify.

Formats: text for the terminal, markdown for a task tracker (actions and steps
are checklists), json for other tools (see 'eis schema plan').`,
			`Viser handlingsplanen for en svarfil, som 'eis assess' har gemt: parathed pr.
dimension og akse, virksomhedens fase og begrundelsen for den, handlinger i tre
tidsrum (nu, de næste 3 måneder, om 3–12 måneder) med støtte i virksomhedens egen
region, idéer fra andre regioner og de spørgsmål, der stadig skal afklares.

Formater: text til terminalen, markdown til et opgavesystem (handlinger og trin
står som tjeklister), json til andre værktøjer (se 'eis schema plan').`,
		},
		"help.plan.example": {
			`  eis plan --answers acme.yaml
  eis plan --answers acme.yaml --format markdown --output acme-plan.md
  eis plan --answers acme.yaml --format json > acme-plan.json`,
			`  # planen i terminalen
  eis plan --answers acme.yaml
  # som tjeklister i Markdown, gemt i en fil
  eis plan --answers acme.yaml --format markdown --output acme-plan.md
  # som JSON til andre værktøjer
  eis plan --answers acme.yaml --format json > acme-plan.json`,
		},
		"help.plan.flag.answers": {
			"answers file saved by 'eis assess' (required)",
			"svarfilen, som 'eis assess' har gemt (skal angives)",
		},
		"help.plan.flag.format": {
			"output format: %s",
			"format på resultatet: %s",
		},
		"help.plan.flag.output": {
			"write the plan to this file (atomically) instead of stdout",
			"skriv planen i denne fil (atomisk) i stedet for på stdout",
		},
		"help.plan.flag.all": {
			"show every matching action, not only the top ones",
			"vis alle handlinger, der passer, ikke kun de vigtigste",
		},

		"help.questions.short": {
			"Print the whole questionnaire, e.g. as an interview guide",
			"Vis hele spørgeskemaet, fx som interviewguide",
		},
		"help.questions.long": {
			`Print every question eis can ask: the profile first, then the scored questions
by dimension, each with why it matters, its options and their scores, whether
"Don't know" and "Not applicable" are allowed, and when it is asked.

--format markdown gives a printable interview guide for advisors, with a box
to tick for each option; --format json gives the questions with their IDs,
kinds, options and scores.`,
			`Viser alle de spørgsmål, eis kan stille: først profilen og derefter de
spørgsmål, der giver point, ordnet efter dimension. Ved hvert spørgsmål står,
hvorfor det er vigtigt, svarmulighederne og deres point, om "Ved ikke" og
"Ikke relevant" er tilladt, og hvornår spørgsmålet stilles.

--format markdown giver rådgivere en interviewguide, der kan printes, med et
felt at sætte kryds i ved hver svarmulighed; --format json giver spørgsmålene
med ID'er, typer, svarmuligheder og point.`,
		},
		"help.questions.example": {
			`  eis questions --format markdown > guide.md
  eis --lang da questions`,
			`  # en interviewguide til at printe
  eis questions --format markdown > interviewguide.md
  # spørgeskemaet på dansk
  eis --lang da questions`,
		},
		"help.questions.flag.format": {
			"output format: %s",
			"format på resultatet: %s",
		},
	})
}

// eis practices, eis practices list, eis practices show.
func init() {
	register(map[string]Msg{
		"help.practices.short": {
			"List and show the regional good practices in the catalogue",
			"Se katalogets regionale gode praksisser – som liste eller én ad gangen",
		},
		"help.practices.long": {
			`Browse the catalogue's practices: regional support programmes from the seven
regions of the Interreg Europe project "Everywhere International SMEs", EU-wide
instruments, and methods any firm can use on its own.`,
			`Gennemse katalogets praksisser: regionale støtteprogrammer fra de syv regioner
i Interreg Europe-projektet "Everywhere International SMEs", ordninger for hele
EU og metoder, som enhver virksomhed kan bruge på egen hånd.`,
		},

		"help.practices.list.short": {
			"List practices, optionally by region, dimension or stage",
			"Vis praksisserne som liste, evt. kun for en region, dimension eller fase",
		},
		"help.practices.list.example": {
			`  eis practices list --region dk-central
  eis practices list --dimension finance --stage exploring,first-exports
  eis --lang da practices list --format json`,
			`  # alt fra Region Midtjylland
  eis practices list --region dk-central
  # finansiering for virksomheder, der er ved at komme i gang med eksport
  eis practices list --dimension finance --stage exploring,first-exports
  # på dansk og som JSON
  eis --lang da practices list --format json`,
		},
		"help.practices.list.flag.region": {
			"only practices of these regions (IDs, comma-separated)",
			"kun praksisser fra disse regioner (ID'er adskilt af komma)",
		},
		"help.practices.list.flag.dimension": {
			"only practices that address these dimensions",
			"kun praksisser, der tager fat på disse dimensioner",
		},
		"help.practices.list.flag.stage": {
			"only practices that fit these stages: %s",
			"kun praksisser, der passer til disse faser: %s",
		},
		"help.practices.list.flag.format": {
			"output format: %s",
			"format på resultatet: %s",
		},

		"help.practices.show.short": {
			"Show everything about one practice",
			"Vis alt om én praksis",
		},
		"help.practices.show.long": {
			`Show everything the catalogue knows about one practice: the Interreg Europe
good-practice fields, who can use it, the steps, sources and dates, how far
its facts are verified, and in words when eis recommends it.`,
			`Viser alt, hvad kataloget ved om én praksis: felterne fra Interreg Europes
beskrivelse af god praksis, hvem der kan bruge den, trinene, kilder og datoer,
hvor godt oplysningerne er efterprøvet, og med ord, hvornår eis anbefaler den.`,
		},
		"help.practices.show.example": {
			`  eis practices show dk-screening-growth-potential
  eis practices show eu-enterprise-europe-network --format json`,
			`  # en praksis fra Region Midtjylland
  eis practices show dk-screening-growth-potential
  # Enterprise Europe Network som JSON
  eis practices show eu-enterprise-europe-network --format json`,
		},
		"help.practices.show.flag.format": {
			"output format: %s",
			"format på resultatet: %s",
		},
	})
}

// What cobra adds by itself: the headings of its usage template, the -h flag,
// and the help and completion commands. The English is cobra's own text
// (help_test.go checks that it still is).
func init() {
	register(map[string]Msg{
		"help.template.usage":               {"Usage:", "Brug:"},
		"help.template.aliases":             {"Aliases:", "Aliasser:"},
		"help.template.examples":            {"Examples:", "Eksempler:"},
		"help.template.commands":            {"Available Commands:", "Kommandoer:"},
		"help.template.additional-commands": {"Additional Commands:", "Andre kommandoer:"},
		"help.template.flags":               {"Flags:", "Flag:"},
		"help.template.global-flags":        {"Global Flags:", "Globale flag:"},
		"help.template.topics":              {"Additional help topics:", "Flere hjælpeemner:"},
		"help.template.more": {
			`Use "%s [command] --help" for more information about a command.`,
			`Brug "%s [kommando] --help" for at få mere at vide om en kommando.`,
		},
		// The placeholders in usage lines ("eis plan [flags]", "eis [command]")
		// and the word in pflag's "(default ...)".
		"help.template.placeholder.flags":   {"[flags]", "[flag]"},
		"help.template.placeholder.command": {"[command]", "[kommando]"},
		"help.template.default":             {"default", "standard"},

		"help.flag.help":    {"help for %s", "hjælp til %s"},
		"help.flag.version": {"version for %s", "vis versionen af %s"},

		"help.help.short": {"Help about any command", "Hjælp til alle kommandoer"},
		"help.help.long": {
			"Help provides help for any command in the application.\nSimply type %s help [path to command] for full details.",
			"Viser hjælpen til alle programmets kommandoer.\nSkriv %s help [sti til kommando] for at se hele hjælpen.",
		},

		"help.completion.short": {
			"Generate the autocompletion script for the specified shell",
			"Lav et script, så din shell kan fuldføre kommandoer automatisk",
		},
		"help.completion.long": {
			"Generate the autocompletion script for %[1]s for the specified shell.\nSee each sub-command's help for details on how to use the generated script.\n",
			"Laver et script til den valgte shell, så den kan fuldføre %[1]s-kommandoer og\n-flag, når du trykker Tab. Hjælpen til hver underkommando forklarer, hvordan\nscriptet tages i brug.\n",
		},
		"help.completion.shell.short": {
			"Generate the autocompletion script for %s",
			"Lav scriptet til automatisk fuldførelse i %s",
		},
		"help.completion.flag.no-descriptions": {
			"disable completion descriptions",
			"vis ikke beskrivelser ved forslagene",
		},
		"help.completion.bash.long": {
			`Generate the autocompletion script for the bash shell.

This script depends on the 'bash-completion' package.
If it is not installed already, you can install it via your OS's package manager.

To load completions in your current shell session:

	source <(%[1]s completion bash)

To load completions for every new session, execute once:

#### Linux:

	%[1]s completion bash > /etc/bash_completion.d/%[1]s

#### macOS:

	%[1]s completion bash > $(brew --prefix)/etc/bash_completion.d/%[1]s

You will need to start a new shell for this setup to take effect.
`,
			`Laver scriptet til automatisk fuldførelse i bash.

Scriptet kræver pakken 'bash-completion'. Er den ikke installeret, kan du
installere den med styresystemets pakkehåndtering.

Sådan får du fuldførelse i den shell, du har åben nu:

	source <(%[1]s completion bash)

Sådan får du den i alle nye shells; kør én gang:

#### Linux:

	%[1]s completion bash > /etc/bash_completion.d/%[1]s

#### macOS:

	%[1]s completion bash > $(brew --prefix)/etc/bash_completion.d/%[1]s

Indstillingen virker først, når du har åbnet en ny shell.
`,
		},
		"help.completion.zsh.long": {
			`Generate the autocompletion script for the zsh shell.

If shell completion is not already enabled in your environment you will need
to enable it.  You can execute the following once:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

To load completions in your current shell session:

	source <(%[1]s completion zsh)

To load completions for every new session, execute once:

#### Linux:

	%[1]s completion zsh > "${fpath[1]}/_%[1]s"

#### macOS:

	%[1]s completion zsh > $(brew --prefix)/share/zsh/site-functions/_%[1]s

You will need to start a new shell for this setup to take effect.
`,
			`Laver scriptet til automatisk fuldførelse i zsh.

Er fuldførelse ikke slået til i din shell i forvejen, skal du slå den til. Det
gør du ved at køre dette én gang:

	echo "autoload -U compinit; compinit" >> ~/.zshrc

Sådan får du fuldførelse i den shell, du har åben nu:

	source <(%[1]s completion zsh)

Sådan får du den i alle nye shells; kør én gang:

#### Linux:

	%[1]s completion zsh > "${fpath[1]}/_%[1]s"

#### macOS:

	%[1]s completion zsh > $(brew --prefix)/share/zsh/site-functions/_%[1]s

Indstillingen virker først, når du har åbnet en ny shell.
`,
		},
		"help.completion.fish.long": {
			`Generate the autocompletion script for the fish shell.

To load completions in your current shell session:

	%[1]s completion fish | source

To load completions for every new session, execute once:

	%[1]s completion fish > ~/.config/fish/completions/%[1]s.fish

You will need to start a new shell for this setup to take effect.
`,
			`Laver scriptet til automatisk fuldførelse i fish.

Sådan får du fuldførelse i den shell, du har åben nu:

	%[1]s completion fish | source

Sådan får du den i alle nye shells; kør én gang:

	%[1]s completion fish > ~/.config/fish/completions/%[1]s.fish

Indstillingen virker først, når du har åbnet en ny shell.
`,
		},
		"help.completion.powershell.long": {
			`Generate the autocompletion script for powershell.

To load completions in your current shell session:

	%[1]s completion powershell | Out-String | Invoke-Expression

To load completions for every new session, add the output of the above command
to your powershell profile.
`,
			`Laver scriptet til automatisk fuldførelse i PowerShell.

Sådan får du fuldførelse i den shell, du har åben nu:

	%[1]s completion powershell | Out-String | Invoke-Expression

Vil du have den i alle nye shells, så tilføj det, kommandoen ovenfor skriver,
til din PowerShell-profil.
`,
		},
	})
}
