package answers

import (
	"slices"
	"strconv"
	"strings"

	"github.com/eis-project/eis/internal/catalogue"
	"go.yaml.in/yaml/v3"
)

// Targets are what the firm and its advisor aim for (issue 11): a stage,
// and readiness per dimension in percent. Both are optional; the plan
// shows the gap to each and ranks first the actions that close it.
type Targets struct {
	// Stage is a stage ID (exploring, first-exports, expanding, established).
	Stage string `yaml:"stage,omitempty" json:"stage,omitempty"`
	// Readiness maps a dimension ID to the readiness aimed for, in percent (0–100).
	Readiness map[string]int `yaml:"readiness,omitempty" json:"readiness,omitempty"`
}

// Empty reports whether t sets no target.
func (t *Targets) Empty() bool { return t == nil || (t.Stage == "" && len(t.Readiness) == 0) }

// targets reads the targets: mapping, checking the stage, the dimension
// IDs and that each readiness is a whole percentage from 0 to 100.
func (l *loader) targets(v *yaml.Node) *Targets {
	t := &Targets{}
	l.mapping(v, "targets", []string{"stage", "readiness"}, func(k, v *yaml.Node) {
		switch k.Value {
		case "stage":
			s, ok := l.str(v)
			if !ok {
				return
			}
			if !slices.Contains(catalogue.Stages, s) {
				l.errAt(v, "target", "answers.targets.stage", s, strings.Join(catalogue.Stages, ", "))
				return
			}
			t.Stage = s
		case "readiness":
			t.Readiness = map[string]int{}
			l.mapping(v, "targets.readiness", nil, func(k, v *yaml.Node) {
				if l.cat.Dimension(k.Value) == nil {
					var ids []string
					for _, d := range l.cat.Dimensions {
						ids = append(ids, d.ID)
					}
					l.errAt(k, "target", "answers.targets.dimension", k.Value, strings.Join(ids, ", "))
					return
				}
				n, err := strconv.Atoi(v.Value)
				if v.Kind != yaml.ScalarNode || v.Tag != "!!int" || err != nil || n < 0 || n > 100 {
					l.errAt(v, "target", "answers.targets.percent", k.Value, v.Value)
					return
				}
				t.Readiness[k.Value] = n
			})
		}
	})
	if t.Empty() {
		return nil
	}
	return t
}
