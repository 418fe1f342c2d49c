package catalogue

import (
	"encoding/json"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// Keyed is a mapping with string keys (a catalogue's translations:, an
// eligibility's profile:), held as its items in the order of their keys,
// each key once: a list, not a Go map, so that the embedded catalogue can
// be Go values the compiler lays out, with no code at init (a map needs
// some). It reads and writes YAML and JSON as the mapping it is written
// as, and its JSON Schema is a map's; nil is no mapping, an empty Keyed a
// mapping with nothing in it ({}).
type Keyed[T any] []KeyedItem[T]

// KeyedItem is one key of a Keyed and its value.
type KeyedItem[T any] struct {
	Key   string `yaml:"key" json:"key"`
	Value *T     `yaml:"value" json:"value"`
}

// KeyedOf returns the Keyed of m's items: nil for a nil map.
func KeyedOf[T any](m map[string]*T) Keyed[T] {
	if m == nil {
		return nil
	}
	k := make(Keyed[T], 0, len(m))
	for key, v := range m {
		k = append(k, KeyedItem[T]{key, v})
	}
	slices.SortFunc(k, func(a, b KeyedItem[T]) int { return strings.Compare(a.Key, b.Key) })
	return k
}

// Lookup returns the value of key and whether k has the key. A short
// Keyed (an eligibility's profile: has one to three keys) is scanned:
// eligibility asks each of some twenty profile questions of each practice
// it weighs, and a binary search through a function value cost ten times
// what comparing a few keys does.
func (k Keyed[T]) Lookup(key string) (*T, bool) {
	if len(k) <= 8 {
		for i := range k {
			if k[i].Key == key {
				return k[i].Value, true
			}
		}
		return nil, false
	}
	i, ok := slices.BinarySearchFunc(k, key, func(x KeyedItem[T], key string) int { return strings.Compare(x.Key, key) })
	if !ok {
		return nil, false
	}
	return k[i].Value, true
}

// Get returns the value of key, or nil.
func (k Keyed[T]) Get(key string) *T {
	v, _ := k.Lookup(key)
	return v
}

// Map returns k as a map: nil for a nil Keyed.
func (k Keyed[T]) Map() map[string]*T {
	if k == nil {
		return nil
	}
	m := make(map[string]*T, len(k))
	for _, x := range k {
		m[x.Key] = x.Value
	}
	return m
}

// MarshalJSON writes the mapping (encoding/json writes a map's keys in
// order; a nil Keyed is null).
func (k Keyed[T]) MarshalJSON() ([]byte, error) { return json.Marshal(k.Map()) }

// UnmarshalJSON reads a mapping.
func (k *Keyed[T]) UnmarshalJSON(data []byte) error {
	var m map[string]*T
	if err := json.Unmarshal(data, &m); err != nil {
		return err
	}
	*k = KeyedOf(m)
	return nil
}

// MarshalYAML writes the mapping.
func (k Keyed[T]) MarshalYAML() (any, error) { return k.Map(), nil }

// UnmarshalYAML reads a mapping.
func (k *Keyed[T]) UnmarshalYAML(n *yaml.Node) error {
	var m map[string]*T
	if err := n.Decode(&m); err != nil {
		return err
	}
	*k = KeyedOf(m)
	return nil
}

// JSONSchemaAlias gives the JSON Schema generator (internal/schema) the
// type whose schema Keyed has: a map's.
func (Keyed[T]) JSONSchemaAlias() any { return map[string]*T(nil) }
