package render

import (
	"time"

	"github.com/eis-project/eis/internal/assessment"
)

func fp(f float64) *float64 { return &f }

// generated is the fixed clock of every fixture: 2026-11-18.
var generated = time.Unix(1795000000, 0).UTC()

// tr picks the English or Danish text of a fixture string.
func tr(lang, en, da string) string {
	if lang == "da" {
		return da
	}
	return en
}

// m is a message already said: its kind and text (a hand-built plan's
// messages carry no data).
func m(kind, text string) assessment.Msg { return assessment.Msg{Kind: kind, ID: "x", Text: text} }

// richPlan is a plan with every section filled, in lang: first steps,
// stage per market, a door, a decisive action with alternatives and a
// check, an action not shown, a market section with notes, support and
// none, programmes that are not for the firm, and ideas.
func richPlan(lang string) assessment.Plan {
	return assessment.Plan{
		SchemaVersion: assessment.SchemaVersion,
		Language:      lang,
		Generated:     generated,
		Catalogue:     assessment.CatRef{ID: "eis", Version: "2026.11", Digest: "sha256:0123abcd"},
		Respondent: assessment.Who{
			Company: "Hansen & Co. ApS", Advisor: "Mette Kjær",
			Region: "dk-central", RegionName: tr(lang, "Central Denmark", "Region Midtjylland"),
			Sector: "manufacturing", SectorName: tr(lang, "Manufacturing", "Fremstilling"),
			Size: "small", SizeName: tr(lang, "10–49 (small)", "10–49 (lille)"),
			Exports: "occasional", ExportsName: tr(lang, "Now and then", "Af og til"),
		},
		Profile: assessment.Profile{HomeCountry: "DK", HomeCountryName: tr(lang, "Denmark", "Danmark"),
			SellsWhat: []string{"goods"}, SellsTo: []string{"b2b"}, SellsHow: []string{"own-brand"},
			CurrentMarkets: []string{"SE"}, TargetMarkets: []string{"DE", "US"},
			Summary: []assessment.Msg{m("sells", tr(lang, "Sells: Physical products", "Sælger: Fysiske produkter")), m("targets", tr(lang, "Target markets: Germany, United States", "Målmarkeder: Tyskland, USA"))}},
		Overall: fp(0.4375),
		Stage: assessment.Stage{ID: "first-exports", Title: tr(lang, "First exports", "Første eksport"),
			Reason: tr(lang, "You sell abroad now and then, when a foreign customer finds you, but have no written plan yet.",
				"I sælger af og til i udlandet, når en udenlandsk kunde finder jer, men har endnu ingen skriftlig plan."),
			Markets: []assessment.MarketStage{{Country: "DE", Name: tr(lang, "Germany", "Tyskland"), Stage: "first-exports", New: true}, {Country: "SE", Name: tr(lang, "Sweden", "Sverige"), Stage: "exploring"}}},
		Axes: []assessment.Axis{
			{ID: "company", Title: tr(lang, "Company", "Virksomheden"), Score: fp(0.4)},
			{ID: "offer", Title: tr(lang, "Offer", "Tilbuddet"), Score: fp(0.5)},
		},
		Dimensions: []assessment.Dimension{
			{ID: "strategy", Title: tr(lang, "Strategy and commitment", "Strategi og engagement"), Axis: "company", Weight: 2, Score: fp(0.25), Answered: 2},
			{ID: "market-knowledge", Title: tr(lang, "Market knowledge", "Markedskendskab"), Axis: "company", Weight: 2, Answered: 0, Excluded: 2},
			{ID: "finance", Title: tr(lang, "Finance and payment risk", "Finansiering og betalingsrisiko"), Axis: "company", Weight: 1.5, Score: fp(1), Answered: 1},
			{ID: "offer-adaptation", Title: tr(lang, "Offer adaptation and pricing", "Tilpasning af tilbud og prissætning"), Axis: "offer", Weight: 2, Score: fp(0.6), Answered: 2},
			{ID: "legal-compliance", Title: tr(lang, "Legal, IP and compliance", "Jura, immaterielle rettigheder og regler"), Axis: "offer", Weight: 1.5, Score: fp(0), Answered: 1, Excluded: 1},
		},
		FirstSteps: []assessment.FirstStep{
			{Kind: "action", Practice: "dk-erhvervshus", Text: tr(lang, "Book a meeting with a business adviser.", "Book et møde med en erhvervsrådgiver."), Detail: tr(lang, "Erhvervshus Midtjylland", "Erhvervshus Midtjylland")},
			{Kind: "action", Practice: "method-trademark", Text: tr(lang, "Search the trademark databases.", "Søg i varemærkedatabaserne."), Detail: tr(lang, "Register your trademark", "Registrér jeres varemærke")},
		},
		Notices: []assessment.Msg{m("", tr(lang, "Your answers file is from an earlier version of eis.", "Jeres svarfil er fra en tidligere version af eis."))},
		Actions: []assessment.Action{
			{
				Practice: "dk-erhvervshus", Title: tr(lang, "Erhvervshus Midtjylland — Business Development Centre", "Erhvervshus Midtjylland"),
				Summary: tr(lang, "The region's first stop for firms.", "Regionens første indgang for virksomheder."),
				Region:  "dk-central", RegionName: tr(lang, "Central Denmark", "Region Midtjylland"),
				Organisation: "Erhvervshus Midtjylland", URL: "https://erhvervshusmidtjylland.dk",
				Type: "programme", Horizon: "now", Effort: "low", Cost: "free", Impact: "medium", Confidence: "verified", Scope: "own-region",
				Group: "first-contact", GroupTitle: tr(lang, "Talk to your public export support", "Tal med det offentlige erhvervsfremme"), Shown: true, Door: true, StartHere: true, Eligibility: "yes",
				Dimensions: []string{"strategy", "networks"},
				Steps: []string{
					tr(lang, "Book a meeting with a business adviser.", "Book et møde med en erhvervsrådgiver."),
					tr(lang, "Prepare your export ambition, target markets and capacity.", "Forbered jeres eksportambition, målmarkeder og kapacitet."),
				},
				Reasons:      []assessment.Msg{m("gap", tr(lang, "You know some support exists, but not which of it fits your firm.", "I ved, at der findes støtte, men ikke hvad der passer til jer."))},
				Alternatives: []assessment.Alternative{{Practice: "global-map-support", Title: tr(lang, "Map the export support around you", "Få overblik over eksportstøtten"), Scope: "global", Eligibility: "yes", Rank: 1.5}},
				Rank:         3.5,
			},
			{
				Practice: "method-trademark", Title: tr(lang, "Register your trademark in your target markets", "Registrér jeres varemærke på målmarkederne"),
				Summary: tr(lang, "Protect your brand *before* you launch — [EU trade mark] or Madrid.", "Beskyt jeres varemærke *før* I lancerer — [EU-varemærke] eller Madrid."),
				Region:  "global", RegionName: tr(lang, "Any firm, anywhere", "Enhver virksomhed, overalt"),
				Type: "method", Horizon: "now", Effort: "medium", Cost: "medium", Impact: "high", Confidence: "partial", Scope: "global",
				Group: "ip-protection", Shown: true, Eligibility: "yes",
				Decisive:   &assessment.Decisive{ID: "own-brand-unprotected", Text: tr(lang, "Your brand is not registered where you will sell.", "Jeres varemærke er ikke registreret dér, hvor I vil sælge.")},
				Dimensions: []string{"legal-compliance"},
				Steps:      []string{tr(lang, "1. Search the trademark databases [not just Google].", "1. Søg i varemærkedatabaserne [ikke kun Google].")},
				Reasons: []assessment.Msg{
					m("decisive", tr(lang, "Your brand is not registered where you will sell.", "Jeres varemærke er ikke registreret dér, hvor I vil sælge.")),
					m("gap", tr(lang, "Your brand is registered at home only.", "Jeres varemærke er kun registreret herhjemme.")),
				},
				After: []string{"dk-erhvervshus"},
				Rank:  2,
			},
			{
				Practice: "eu-een", Title: tr(lang, "Enterprise Europe Network partner search", "Enterprise Europe Network partnersøgning"),
				Summary: tr(lang, "Find distributors and partners abroad through the EU's network.", "Find distributører og partnere i udlandet gennem EU's netværk."),
				Region:  "eu", RegionName: tr(lang, "EU-wide", "Hele EU"), Organisation: "Enterprise Europe Network",
				Contact: &assessment.Contact{Email: "een@example.org", Phone: "+45 12 34 56 78"},
				Type:    "programme", Horizon: "3-12-months", Effort: "medium", Cost: "low", Impact: "high", Confidence: "unverified", Scope: "eu", ValidUntil: "2027-06-30",
				Group: "partner-search", Shown: true, Eligibility: "check",
				Checks:       []assessment.Msg{m("note", tr(lang, "Check you qualify: members only.", "Tjek, at I opfylder betingelserne: kun for medlemmer."))},
				Alternatives: []assessment.Alternative{{Practice: "a1", Title: "A1", Organisation: "Org 1"}, {Practice: "a2", Title: "A2"}, {Practice: "a3", Title: "A3", Eligibility: "check"}, {Practice: "a4", Title: "A4"}},
				Dimensions:   []string{"sales-channels"},
				Reasons:      []assessment.Msg{m("stage", tr(lang, "You are new to Germany: market-entry help treats you as a first-time exporter there.", "I er nye i Tyskland."))},
				Rank:         1,
			},
			{
				Practice: "method-pricing", Title: tr(lang, "Build your export price", "Byg jeres eksportpris op"),
				Region: "global", Type: "method", Horizon: "next-3-months", Effort: "medium", Cost: "free", Impact: "medium", Confidence: "verified", Scope: "global",
				Group: "pricing", Shown: false, Eligibility: "yes",
				Reasons: []assessment.Msg{m("gap", tr(lang, "Your export price is your home price plus a rough mark-up.", "Jeres eksportpris er hjemmemarkedsprisen plus et skønnet tillæg."))},
				Rank:    0.8,
			},
		},
		TopActions: 3,
		Markets: []assessment.MarketView{
			{Country: "DE", Name: tr(lang, "Germany", "Tyskland"), New: true, Stage: "first-exports", Kinds: []string{"intra-eu"}, Currency: "EUR",
				Notes:   []assessment.MarketNote{{ID: "intra-eu-no-customs", Topic: "customs", Text: tr(lang, "No customs border.", "Ingen toldgrænse."), Confidence: "partial"}},
				Lines:   []assessment.Msg{m("language", tr(lang, "Language: German — not one of yours.", "Sprog: tysk — ikke et af jeres."))},
				Support: []assessment.MarketSupport{{Practice: "dk-trade-council", Title: tr(lang, "Trade Council", "Eksportrådet"), Organisation: "Eksportrådet", InPlan: "alternative", Action: 1}}},
			{Country: "US", Name: tr(lang, "United States", "USA"), New: true, Stage: "first-exports", Currency: "USD",
				Lines:     []assessment.Msg{m("currency", tr(lang, "Currency: USD (yours: DKK) — decide who carries the exchange risk.", "Valuta: USD (jeres: DKK) — beslut, hvem der bærer valutarisikoen."))},
				NoSupport: &assessment.Msg{Kind: "support", Text: tr(lang, "The catalogue holds no office or programme of Denmark for the United States.", "Kataloget har intet kontor eller program fra Danmark for USA.")}},
		},
		NotForYou: []assessment.NotForYou{{Practice: "ie-tame", Title: "TAME", Organisation: "LEO", Why: []assessment.Msg{m("profile", tr(lang, "It is for firms with '1–9' staff; you have '10–49'.", "Det er for virksomheder med \"1–9\" ansatte; I har \"10–49\"."))}}},
		Ideas: []assessment.Idea{
			{
				Practice: "it-fairs", Title: tr(lang, "Trade-fair vouchers", "Messevouchers"),
				Region: "it-emilia-romagna", RegionName: "Emilia-Romagna", Organisation: "Regione Emilia-Romagna",
				Confidence: "verified", Historic: true, Group: "trade-fairs",
				Idea:    tr(lang, "Ask your region whether it pays part of a fair stand.", "Spørg jeres region, om den betaler en del af en messestand."),
				Reasons: []assessment.Msg{m("need", tr(lang, "A need in your plan: Meet buyers at fairs.", "Et behov i jeres plan: Mød købere på messer."))},
			},
			{
				Practice: "ie-mentoring", Title: tr(lang, "Mentoring by experienced exporters", "Mentorer med eksporterfaring"),
				Region: "ie-donegal", RegionName: "Donegal", Organisation: "LEO Donegal", URL: "https://example.org/mentoring",
				Confidence: "partial", Group: "mentor",
				Idea:    tr(lang, "Ask your local business office for a mentor who has exported.", "Bed jeres lokale erhvervskontor om en mentor med eksporterfaring."),
				Reasons: []assessment.Msg{m("need", tr(lang, "A need in your plan: Learn from someone who has done it.", "Et behov i jeres plan: Lær af en, der har gjort det."))},
			},
		},
		ToClarify: []assessment.Clarify{
			{Question: "market.research", Text: tr(lang, "Have you researched your target market?", "Har I undersøgt jeres målmarked?"), Dimension: "market-knowledge", Answer: "dont-know", With: tr(lang, "your sales staff", "jeres sælgere")},
			{Question: "market.competitors", Text: tr(lang, "Do you know your competitors there?", "Kender I jeres konkurrenter dér?"), Dimension: "market-knowledge", Answer: "dont-know"},
			{Question: "market.pricing", Text: tr(lang, "How do you set export prices?", "Hvordan sætter I eksportpriser?"), Dimension: "offer-adaptation", Answer: assessment.ClarifyUnanswered},
			{Question: "legal.ip", Text: tr(lang, "Is your trademark registered abroad?", "Er jeres varemærke registreret i udlandet?"), Dimension: "legal-compliance", Answer: "not-applicable"},
		},
		Complete:           false,
		AnsweredDimensions: 4,
		TotalDimensions:    5,
		Notes: []assessment.Note{
			{Ref: "general", Text: tr(lang, "Meeting on 18 November; follow up in May.", "Møde den 18. november; opfølgning i maj.")},
			{Ref: "strategy", Title: tr(lang, "Strategy and commitment", "Strategi og engagement"), Text: tr(lang, "Export is the owners' plan for 2027.", "Eksport er ejernes plan for 2027.")},
			{Ref: "strategy.decision", Title: tr(lang, "Has the management decided that the firm will sell abroad?", "Har ledelsen besluttet, at virksomheden skal sælge i udlandet?"), Text: tr(lang, "The owners disagree about timing.", "Ejerne er uenige om tidspunktet.")},
			{Ref: "old.question", Text: tr(lang, "Kept from an older catalogue.", "Bevaret fra et ældre katalog.")},
		},
		Warnings: []string{tr(lang, "The answers were given against catalogue 2026.10; some questions have changed since.", "Svarene blev givet til katalog 2026.10; nogle spørgsmål er ændret siden.")},
	}
}

// emptyPlan is a plan with nothing to do and every score nil.
func emptyPlan(lang string) assessment.Plan {
	return assessment.Plan{
		SchemaVersion: assessment.SchemaVersion,
		Language:      lang,
		Generated:     generated,
		Catalogue:     assessment.CatRef{ID: "eis", Version: "2026.11", Digest: "sha256:0123abcd"},
		Respondent:    assessment.Who{Region: "non-eu", RegionName: tr(lang, "Outside the EU", "Uden for EU")},
		Stage:         assessment.Stage{ID: "exploring", Title: tr(lang, "Exploring", "Undersøger")},
		Notices: []assessment.Msg{m("", tr(lang, "This catalogue has no programmes of your region (Outside the EU). The general actions below apply; ask your regional or national business support office what they offer.",
			"Dette katalog har ingen programmer i jeres region (Uden for EU). De generelle handlinger nedenfor gælder; spørg jeres regionale eller nationale erhvervsservice, hvad de tilbyder."))},
		Axes: []assessment.Axis{
			{ID: "company", Title: tr(lang, "Company", "Virksomheden")},
			{ID: "offer", Title: tr(lang, "Offer", "Tilbuddet")},
		},
		Dimensions: []assessment.Dimension{
			{ID: "strategy", Title: tr(lang, "Strategy and commitment", "Strategi og engagement"), Axis: "company", Weight: 2},
			{ID: "digital-sales", Title: tr(lang, "Digital presence and online sales", "Digital tilstedeværelse og onlinesalg"), Axis: "offer", Weight: 1},
		},
	}
}

// unfinishedPlan is richPlan from a file with one area of five answered
// (and two in part):
// its "don't know" answers come first in "To clarify", and the open
// questions are summed up per dimension (one open question is shown).
func unfinishedPlan(lang string) assessment.Plan {
	p := richPlan(lang)
	p.AnsweredDimensions, p.PartlyAnsweredDimensions, p.TotalDimensions = 1, 2, 5
	open := func(id, dim, en, da string) assessment.Clarify {
		return assessment.Clarify{Question: id, Text: tr(lang, en, da), Dimension: dim, Answer: assessment.ClarifyUnanswered}
	}
	p.ToClarify = []assessment.Clarify{
		{Question: "market.research", Text: tr(lang, "Have you researched your target market?", "Har I undersøgt jeres målmarked?"), Dimension: "market-knowledge", Answer: "dont-know"},
		open("markets", "", "Which markets do you sell to?", "Hvilke markeder sælger I til?"),
		open("exports", "", "Do you sell abroad today?", "Sælger I i udlandet i dag?"),
		open("market.competitors", "market-knowledge", "Do you know your competitors there?", "Kender I jeres konkurrenter dér?"),
		open("market.customers", "market-knowledge", "Do you know your customers there?", "Kender I jeres kunder dér?"),
		open("market.channels", "market-knowledge", "Do you know the sales channels there?", "Kender I salgskanalerne dér?"),
		open("market.pricing", "offer-adaptation", "How do you set export prices?", "Hvordan sætter I eksportpriser?"),
	}
	return p
}
