package render

import (
	"testing"

	"github.com/eis-project/eis/internal/assessment"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
)

func TestAnswerWord(t *testing.T) {
	t.Parallel()
	tests := []struct{ id, lang, want string }{
		{catalogue.DontKnow, "en", "don't know"},
		{catalogue.DontKnow, "da", "ved ikke"},
		{catalogue.NotApplicable, "en", "not applicable"},
		{catalogue.NotApplicable, "da", "ikke relevant"},
		{assessment.ClarifyUnanswered, "en", "not answered yet"},
		{assessment.ClarifyUnanswered, "da", "ikke besvaret endnu"},
		{"", "en", "—"},
		{"some-option", "en", "some-option"},
	}
	for _, tt := range tests {
		if got := answerWord(tt.id, i18n.Get(tt.lang)); got != tt.want {
			t.Errorf("answerWord(%q, %s) = %q, want %q", tt.id, tt.lang, got, tt.want)
		}
	}
	for in, want := range map[string]string{"Ørsted": "ørsted", "Don't": "don't", "": "", "x": "x"} {
		if got := lowerFirst(in); got != want {
			t.Errorf("lowerFirst(%q) = %q, want %q", in, got, want)
		}
	}
}
