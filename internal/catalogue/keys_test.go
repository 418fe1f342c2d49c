package catalogue

import (
	"fmt"
	"testing"

	"go.yaml.in/yaml/v3"
)

// TestMappingKeysAsScan: the index of a large mapping's keys finds the
// same earlier key as a scan, for every key: the first of its text, only
// before it, and never a key that is not a scalar.
func TestMappingKeysAsScan(t *testing.T) {
	t.Parallel()
	var content []*yaml.Node
	for i := 0; i < 3*scanKeys; i++ {
		k := &yaml.Node{Kind: yaml.ScalarNode, Value: fmt.Sprint("k", i%(scanKeys+7))}
		if i%11 == 0 {
			k = &yaml.Node{Kind: yaml.SequenceNode} // a key that is a list: Value ""
		}
		if i%13 == 0 {
			k = &yaml.Node{Kind: yaml.ScalarNode} // an empty key, after the list's ""
		}
		content = append(content, k, &yaml.Node{Kind: yaml.ScalarNode, Value: "v"})
	}
	keys := mappingKeys{content: content}
	dups := 0
	for i := 0; i < len(content); i += 2 {
		got, want := keys.earlier(i), earlierKey(content, i)
		if got != want {
			t.Errorf("key %d (%q): earlier = %d, a scan finds %d", i, content[i].Value, got, want)
		}
		if want >= 0 {
			dups++
		}
	}
	if keys.first == nil || dups == 0 {
		t.Fatalf("the mapping was not indexed (%v) or has no duplicates (%d)", keys.first != nil, dups)
	}
}

// TestEntryPosIndex: an entry with many positions finds each place as a
// scan of its positions does (the first of a key, below its own parent).
func TestEntryPosIndex(t *testing.T) {
	t.Parallel()
	build := func() *entryPos {
		e := &entryPos{file: "a.yaml", line: 1, col: 1}
		for i := 0; i < indexItems; i++ {
			k := e.add(-1, fmt.Sprint("k", i%100), i+2, 3)
			e.add(k, "en", i+2, 7)
			e.add(k, fmt.Sprint(i%3), i+2, 9)
		}
		return e
	}
	scan, indexed := build(), build()
	indexed.index()
	if indexed.children == nil || scan.children != nil {
		t.Fatal("the entry with many positions was not indexed")
	}
	paths := []string{"", "k0", "k99", "k100", "k5.en", "k5.2", "k5.3", "k42.1.x", "nothing", "k7.en.more"}
	for _, p := range paths {
		gi, gok := indexed.find(p)
		wi, wok := scan.find(p)
		if gi != wi || gok != wok {
			t.Errorf("find(%q) = %d %v, a scan finds %d %v", p, gi, gok, wi, wok)
		}
	}
}
