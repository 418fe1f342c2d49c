package catalogue

import (
	"encoding/json"
	"reflect"
	"testing"

	"go.yaml.in/yaml/v3"
)

// A Keyed reads and writes JSON and YAML as the map it stands for, and
// finds each key.
func TestKeyedAsMap(t *testing.T) {
	t.Parallel()
	for _, m := range []map[string]*Bands{
		nil,
		{},
		{"size": {In: []string{"micro", "small"}}, "sector": {Check: []string{"food"}}, "a": nil, "é": {In: []string{"x"}}},
		// Longer than Lookup scans: searched.
		{"k0": {}, "k1": {}, "k2": nil, "k3": {}, "k4": {}, "k5": {}, "k6": {}, "k7": {}, "k8": {}, "k9": {In: []string{"x"}}, "z": {}},
	} {
		k := KeyedOf(m)
		if (k == nil) != (m == nil) || len(k) != len(m) {
			t.Fatalf("KeyedOf(%v) = %v", m, k)
		}
		for key, v := range m {
			if got, ok := k.Lookup(key); !ok || got != v {
				t.Errorf("Lookup(%q) = %v, %v", key, got, ok)
			}
		}
		if _, ok := k.Lookup("nope"); ok || k.Get("nope") != nil {
			t.Error("found a key it does not have")
		}
		wantJSON, _ := json.Marshal(m)
		gotJSON, err := json.Marshal(k)
		if err != nil || string(gotJSON) != string(wantJSON) {
			t.Errorf("JSON %s (%v), want %s", gotJSON, err, wantJSON)
		}
		var back Keyed[Bands]
		if err := json.Unmarshal(gotJSON, &back); err != nil || !reflect.DeepEqual(back, k) {
			t.Errorf("JSON read back as %v (%v), want %v", back, err, k)
		}
		wantYAML, _ := yaml.Marshal(m)
		gotYAML, err := yaml.Marshal(k)
		if err != nil || string(gotYAML) != string(wantYAML) {
			t.Errorf("YAML %s (%v), want %s", gotYAML, err, wantYAML)
		}
		// As a map: a nil one is written {}, and read back empty.
		back = nil
		var wantBack map[string]*Bands
		_ = yaml.Unmarshal(wantYAML, &wantBack)
		if err := yaml.Unmarshal(gotYAML, &back); err != nil || !reflect.DeepEqual(back, KeyedOf(wantBack)) {
			t.Errorf("YAML read back as %v (%v), want %v", back, err, KeyedOf(wantBack))
		}
	}
}
