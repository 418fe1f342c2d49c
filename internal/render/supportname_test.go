package render

import "testing"

// TestSupportName: a market's support line (and an action's
// alternatives) names the organisation once —
// not at all when the title already holds it, and only its bracketed
// part when the title names the body before the bracket, so a Danish plan
// reads "Eksportrådet — … (Udenrigsministeriet)", not "(Eksportrådet
// (Udenrigsministeriet))", and an organisation with brackets of its own
// follows a comma (language review, session 18).
func TestSupportName(t *testing.T) {
	t.Parallel()
	for _, c := range []struct{ title, org, want string }{
		{"Eksportrådet — eksportrådgivning ude på markedet", "Eksportrådet (Udenrigsministeriet)", "Eksportrådet — eksportrådgivning ude på markedet (Udenrigsministeriet)"},
		{"Innovation Centre Denmark — innovationscentre", "Innovation Centre Denmark (Uddannelses- og Forskningsministeriet / Udenrigsministeriet)", "Innovation Centre Denmark — innovationscentre (Uddannelses- og Forskningsministeriet / Udenrigsministeriet)"},
		{"Eksportrådet", "Eksportrådet", "Eksportrådet"},
		{"Export credit insurance", "HBOR (Hrvatska banka za obnovu i razvitak)", "Export credit insurance, HBOR (Hrvatska banka za obnovu i razvitak)"},
		{"Trade Council", "Eksportrådet", "Trade Council (Eksportrådet)"},
		{"Trade Council", "", "Trade Council"},
	} {
		if got := withOrganisation(c.title, c.org); got != c.want {
			t.Errorf("withOrganisation(%q, %q) = %q, want %q", c.title, c.org, got, c.want)
		}
	}
}
