// Package firm makes answers files for benchmarks from whatever catalogue
// it is given, so they keep fitting as the questions change: one complete
// file for the plan path (Answers), and a varied population of firms for
// eis aggregate (Varied).
package firm

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/practices"
)

// Answers answers every question that applies, in the order a questionnaire
// asks them: profile questions with their first option (so the firm is in
// the catalogue's first region), scored questions with their middle option,
// so the plan has gaps to fill in every dimension. The file is complete.
func Answers(cat *catalogue.Catalogue, lang string, now time.Time) *answers.File {
	f := answers.New(cat, lang, now)
	profile := map[*catalogue.Question]bool{}
	for _, q := range cat.Profile {
		profile[q] = true
	}
	for q := assessment.NextUnanswered(cat, f); q != nil; q = assessment.NextUnanswered(cat, f) {
		if countryKind(q) {
			f.Set(q.ID, countries(cat, f, q, nil), now)
			continue
		}
		if len(q.Options) == 0 {
			break // a catalogue error; Load refuses such a catalogue
		}
		o := q.Options[len(q.Options)/2].ID
		if profile[q] {
			o = q.Options[0].ID
		}
		if q.Kind == catalogue.KindMulti {
			f.Set(q.ID, answers.Multiple(o), now)
		} else {
			f.Set(q.ID, answers.Single(o), now)
		}
	}
	f.Complete = true
	return f
}

// Varied answers the questionnaire as firm number seed of a varied
// population would: each question that applies gets an option drawn
// with a generator seeded by seed (one in ten "don't know" where the
// question offers it; one to three options of a multiple choice, an
// exclusive one alone), and one file in ten stops halfway. The same seed
// gives the same file. The respondent and a note are filled with made-up
// names, so tools that must not show them have something to hide.
func Varied(cat *catalogue.Catalogue, lang string, now time.Time, seed uint64) *answers.File {
	r := rand.New(rand.NewPCG(seed, 0x5eed))
	f := answers.New(cat, lang, now)
	f.Respondent = answers.Respondent{Company: fmt.Sprintf("Firm %d ApS", seed), Advisor: fmt.Sprintf("Advisor %d", seed%97)}
	f.Notes = map[string]string{"general": fmt.Sprintf("Met firm %d at its premises.", seed)}
	stopAt := -1
	if r.IntN(10) == 0 {
		stopAt = len(cat.Profile) + r.IntN(max(len(cat.Questions), 1))
	}
	n := 0
	for q := assessment.NextUnanswered(cat, f); q != nil && n != stopAt; q = assessment.NextUnanswered(cat, f) {
		n++
		if countryKind(q) {
			f.Set(q.ID, countries(cat, f, q, r), now)
			continue
		}
		if len(q.Options) == 0 {
			break
		}
		if q.DontKnow && r.IntN(10) == 0 {
			f.Set(q.ID, answers.Single(catalogue.DontKnow), now)
			continue
		}
		o := q.Options[r.IntN(len(q.Options))]
		if q.Kind != catalogue.KindMulti {
			f.Set(q.ID, answers.Single(o.ID), now)
			continue
		}
		chosen := []string{o.ID}
		if !o.Exclusive {
			for range r.IntN(3) {
				p := q.Options[r.IntN(len(q.Options))]
				if !p.Exclusive && !slices.Contains(chosen, p.ID) {
					chosen = append(chosen, p.ID)
				}
			}
		}
		f.Set(q.ID, answers.Multiple(chosen...), now)
	}
	f.Complete = assessment.NextUnanswered(cat, f) == nil
	return f
}

// markets are the countries generated firms sell to or aim at: near and
// far, inside and outside the EU.
var markets = []string{"DE", "SE", "NO", "GB", "FR", "PL", "IT", "US", "CN", "IN"}

func countryKind(q *catalogue.Question) bool {
	return q.Kind == catalogue.KindCountry || q.Kind == catalogue.KindCountries
}

// countries answers a country question: the home country is the region's
// country (Denmark where the region names none); another single country
// (where the buyer waits) one of the target markets; markets are one to three
// of markets other than the home country (the first, or drawn with r when
// r is given).
func countries(cat *catalogue.Catalogue, f *answers.File, q *catalogue.Question, r *rand.Rand) answers.Value {
	home := "DK"
	if v, ok := f.Answer(assessment.ProfileRegion); ok && len(v.Options) == 1 {
		if reg := cat.Region(v.Options[0]); reg != nil && reg.Country != "" {
			home = reg.Country
		}
	}
	if v, ok := f.Answer(assessment.ProfileHomeCountry); ok && len(v.Options) == 1 && cat.Country(v.Options[0]) != nil {
		home = v.Options[0]
	}
	if q.Kind == catalogue.KindCountry && q.ID == assessment.ProfileHomeCountry {
		return answers.Single(home)
	}
	if q.Kind == catalogue.KindCountry {
		// Any other country question asks where something is abroad (the
		// buyer who waits): one of the firm's target markets, or else the
		// first market that is not home.
		if v, ok := f.Answer(assessment.ProfileTargetMarkets); ok {
			for _, c := range v.Options {
				if c != home && cat.Country(c) != nil {
					return answers.Single(c)
				}
			}
		}
		for _, m := range markets {
			if m != home && cat.Country(m) != nil {
				return answers.Single(m)
			}
		}
		return answers.Value{}
	}
	var chosen []string
	n := 1
	if r != nil {
		n = 1 + r.IntN(3)
	}
	for i := 0; len(chosen) < n && i < 10*len(markets); i++ {
		m := markets[i%len(markets)]
		if r != nil {
			m = markets[r.IntN(len(markets))]
		}
		if m != home && !slices.Contains(chosen, m) && cat.Country(m) != nil {
			chosen = append(chosen, m)
		}
	}
	return answers.Multiple(chosen...)
}

// Epoch is the time stamped on generated files.
var Epoch = time.Date(2026, 11, 18, 9, 0, 0, 0, time.UTC)

// WriteVaried writes n Varied answers files for the embedded catalogue
// into dir (created), named firm-<number>.yaml, firms seed to seed+n-1,
// a quarter in Danish.
func WriteVaried(dir string, n int, seed uint64) error {
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil {
		return err
	}
	if cat == nil {
		return fmt.Errorf("embedded catalogue: %v", diags)
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for i := range n {
		s := seed + uint64(i)
		lang := "en"
		if s%4 == 0 {
			lang = "da"
		}
		data, err := answers.Marshal(Varied(cat, lang, Epoch, s))
		if err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("firm-%06d.yaml", s)), data, 0o644); err != nil {
			return err
		}
	}
	return nil
}
