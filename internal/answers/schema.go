package answers

import "github.com/invopop/jsonschema"

// JSONSchema describes a Value as written in an answers file: one option ID,
// or a non-empty list of option IDs (multi-choice questions).
func (Value) JSONSchema() *jsonschema.Schema {
	one := uint64(1)
	return &jsonschema.Schema{
		Description: "An option ID, or a list of option IDs for a multi-choice question.",
		OneOf: []*jsonschema.Schema{
			{Type: "string", MinLength: &one},
			{Type: "array", Items: &jsonschema.Schema{Type: "string", MinLength: &one}},
		},
	}
}
