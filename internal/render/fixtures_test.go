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

// richPlan is a plan with every section filled, in lang.
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
			Markets: []string{"neighbour", "uk"},
		},
		Overall: fp(0.4375),
		Stage: assessment.Stage{ID: "first-exports", Title: tr(lang, "First exports", "Første eksport"),
			Reason: tr(lang, "You sell abroad now and then, when a foreign customer finds you, but have no written plan yet.",
				"I sælger af og til i udlandet, når en udenlandsk kunde finder jer, men har endnu ingen skriftlig plan.")},
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
		Actions: []assessment.Action{
			{
				Practice: "dk-screening-growth-potential", Title: tr(lang, "Screening of international growth potential", "Screening af internationalt vækstpotentiale"),
				Summary: tr(lang, "A dialogue-based screening that rates your international potential and routes you to the right advice.", "En dialogbaseret screening, der vurderer jeres internationale potentiale og sender jer videre til den rette rådgivning."),
				Region:  "dk-central", RegionName: tr(lang, "Central Denmark", "Region Midtjylland"),
				Organisation: "Erhvervshus Midtjylland", URL: "https://www.interregeurope.eu/policylearning/good-practices/item/1883/screening-of-international-growth-potential/",
				Type: "programme", Horizon: "now", Effort: "low", Cost: "free", Impact: "medium", Confidence: "verified", Scope: "own-region",
				Dimensions: []string{"strategy", "networks"},
				Steps: []string{
					tr(lang, "Contact Erhvervshus Midtjylland and ask for a growth screening.", "Kontakt Erhvervshus Midtjylland, og bed om en vækstscreening."),
					tr(lang, "Prepare your export ambition, target markets and capacity for a 2–5 hour dialogue.", "Forbered jeres eksportambition, målmarkeder og kapacitet til en dialog på 2–5 timer."),
				},
				Reasons: []assessment.Reason{
					{Kind: "score", Ref: "strategy", Text: tr(lang, "Strategy and commitment scores 25%, below 75%.", "Strategi og engagement scorer 25 %, under 75 %.")},
					{Kind: "profile", Ref: "exports", Text: tr(lang, "You export only now and then.", "I eksporterer kun af og til.")},
				},
				Rank: 3.5,
			},
			{
				Practice: "method-export-plan", Title: tr(lang, "Write a one-page export plan", "Skriv en eksportplan på én side"),
				Summary: tr(lang, "Market, customers, channel, budget and what *success* looks like — on one page.", "Marked, kunder, kanal, budget og hvad *succes* er — på én side."),
				Region:  "global", RegionName: tr(lang, "Any firm, anywhere", "Enhver virksomhed, overalt"),
				Type: "method", Horizon: "next-3-months", Effort: "medium", Cost: "free", Confidence: "partial",
				Dimensions: []string{"strategy"},
				Steps:      []string{tr(lang, "1. Pick one market [not three].", "1. Vælg ét marked [ikke tre].")},
				Reasons: []assessment.Reason{
					{Kind: "answer", Ref: "strategy.export-plan", Text: tr(lang, "You answered \"Only in our heads\" to \"Do you have a written export plan?\"", "I svarede \"Kun i hovedet på os\" til \"Har I en skriftlig eksportplan?\"")},
				},
				After: []string{"dk-screening-growth-potential"},
				Rank:  2,
			},
			{
				Practice: "eu-een", Title: tr(lang, "Enterprise Europe Network partner search", "Enterprise Europe Network partnersøgning"),
				Summary: tr(lang, "Find distributors and partners abroad through the EU's network.", "Find distributører og partnere i udlandet gennem EU's netværk."),
				Region:  "eu", RegionName: tr(lang, "EU-wide", "Hele EU"), Organisation: "Enterprise Europe Network",
				URL:  "https://een.ec.europa.eu/",
				Type: "programme", Horizon: "3-12-months", Effort: "medium", Cost: "low", Impact: "high", Confidence: "unverified", Scope: "eu", ValidUntil: "2027-06-30",
				Dimensions: []string{"sales-channels"},
				Reasons:    []assessment.Reason{{Kind: "stage", Ref: "first-exports", Text: tr(lang, "Firms at the first-exports stage need partners.", "Virksomheder i fasen første eksport har brug for partnere.")}},
				Rank:       1,
			},
		},
		Ideas: []assessment.Action{
			{
				Practice: "it-fairs", Title: tr(lang, "Trade-fair vouchers", "Messevouchers"),
				Summary: tr(lang, "Emilia-Romagna paid part of the stand costs at international fairs.", "Emilia-Romagna betalte en del af standudgifterne på internationale messer."),
				Region:  "it-emilia-romagna", RegionName: "Emilia-Romagna", Organisation: "Regione Emilia-Romagna",
				Type: "programme", Horizon: "3-12-months", Effort: "high", Cost: "medium", Confidence: "verified", Historic: true,
				Reasons:  []assessment.Reason{{Kind: "score", Ref: "sales-channels", Text: tr(lang, "Sales channels are a gap.", "Salgskanaler er et hul.")}},
				Evidence: tr(lang, "About 200 firms exhibited with a voucher in 2018.", "Omkring 200 virksomheder udstillede med en voucher i 2018."),
			},
			{
				Practice: "ie-mentoring", Title: tr(lang, "Mentoring by experienced exporters", "Mentorer med eksporterfaring"),
				Summary: tr(lang, "A Local Enterprise Office pairs a firm with a mentor for up to ten meetings.", "Et lokalt erhvervskontor parrer en virksomhed med en mentor i op til ti møder."),
				Region:  "ie-donegal", RegionName: "Donegal", Organisation: "LEO Donegal", URL: "https://example.org/mentoring",
				Type: "programme", Horizon: "now", Effort: "low", Cost: "low", Confidence: "partial",
				Steps:    []string{tr(lang, "Book a meeting at LEO Donegal.", "Book et møde hos LEO Donegal.")},
				Reasons:  []assessment.Reason{{Kind: "score", Ref: "strategy", Text: tr(lang, "It works on Strategy, where you score 20%", "Den styrker Strategi, hvor I scorer 20%")}},
				Idea:     tr(lang, "Ask your local business office for a mentor who has exported.", "Bed jeres lokale erhvervskontor om en mentor med eksporterfaring."),
				Evidence: tr(lang, "Most mentored firms said it changed a decision.", "De fleste virksomheder med en mentor sagde, at den ændrede en beslutning."),
			},
		},
		ToClarify: []assessment.Clarify{
			{Question: "market.research", Text: tr(lang, "Have you researched your target market?", "Har I undersøgt jeres målmarked?"), Dimension: "market-knowledge", Answer: "dont-know"},
			{Question: "market.competitors", Text: tr(lang, "Do you know your competitors there?", "Kender I jeres konkurrenter dér?"), Dimension: "market-knowledge", Answer: "dont-know"},
			{Question: "market.pricing", Text: tr(lang, "How do you set export prices?", "Hvordan sætter I eksportpriser?"), Dimension: "offer-adaptation", Answer: assessment.ClarifyUnanswered},
			{Question: "legal.ip", Text: tr(lang, "Is your trademark registered abroad?", "Er jeres varemærke registreret i udlandet?"), Dimension: "legal-compliance", Answer: "not-applicable"},
		},
		TopActions:         3,
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
		Notices: []string{tr(lang, "This catalogue has no programmes of your region (Outside the EU). The general actions below apply; ask your regional or national business support office what they offer.",
			"Dette katalog har ingen programmer i jeres region (Uden for EU). De generelle handlinger nedenfor gælder; spørg jeres regionale eller nationale erhvervsservice, hvad de tilbyder.")},
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
