package catalogue

import (
	"strings"
	"testing"
	"testing/fstest"
)

func questionIDs(qs []*Question) string {
	var ids []string
	for _, q := range qs {
		ids = append(ids, q.ID)
	}
	return strings.Join(ids, " ")
}

func yesno(id, dim string) string {
	return "  - {id: " + id + ", dimension: " + dim + ", kind: yesno, text: {en: Q}, options: [{id: \"yes\", score: 1, label: {en: Y}}, {id: \"no\", score: 0, label: {en: N}}]}\n"
}

// TestQuestionOrder: scored questions come in dimensions.yaml order, then
// file order within a dimension, whatever the file names; after Merge too.
func TestQuestionOrder(t *testing.T) {
	t.Parallel()
	fsys := fstest.MapFS{
		"dimensions.yaml": {Data: []byte("version: 1\ndimensions:\n  - {id: strategy}\n  - {id: market}\n  - {id: digital}\n")},
		// Path order puts digital first; the questionnaire asks strategy first.
		"questions/a-digital.yaml":  {Data: []byte("version: 1\nquestions:\n" + yesno("digital.one", "digital") + yesno("digital.two", "digital"))},
		"questions/b-market.yaml":   {Data: []byte("version: 1\nquestions:\n" + yesno("market.one", "market") + yesno("nowhere.one", "nowhere") + yesno("strategy.late", "strategy"))},
		"questions/c-strategy.yaml": {Data: []byte("version: 1\nquestions:\n" + yesno("strategy.one", "strategy") + yesno("strategy.two", "strategy"))},
	}
	c, _, err := Parse(fsys)
	if err != nil {
		t.Fatal(err)
	}
	want := "strategy.late strategy.one strategy.two market.one digital.one digital.two nowhere.one"
	if got := questionIDs(c.Questions); got != want {
		t.Errorf("after Parse:\ngot  %s\nwant %s", got, want)
	}

	overlay, _, err := Parse(fstest.MapFS{"mine.yaml": {Data: []byte("version: 1\nquestions:\n" +
		yesno("digital.three", "digital") + yesno("market.two", "market") +
		// replaced, and moved from strategy to digital
		yesno("strategy.one", "digital"))}})
	if err != nil {
		t.Fatal(err)
	}
	if got := questionIDs(overlay.Questions); got != "digital.three market.two strategy.one" {
		t.Errorf("an overlay without dimensions keeps file order: %s", got)
	}
	m, notices := Merge(c, overlay)
	want = "strategy.late strategy.two market.one market.two strategy.one digital.one digital.two digital.three nowhere.one"
	if got := questionIDs(m.Questions); got != want {
		t.Errorf("after Merge:\ngot  %s\nwant %s", got, want)
	}
	if len(notices) != 1 || notices[0].ID != "strategy.one" {
		t.Errorf("notices = %v, want one for strategy.one", notices)
	}
	if got := questionIDs(c.Questions); got != "strategy.late strategy.one strategy.two market.one digital.one digital.two nowhere.one" {
		t.Errorf("Merge changed its base: %s", got)
	}
}
