package catalogue

import (
	"reflect"
	"slices"
	"sync"
	"unsafe"
	"weak"
)

// A catalogue loaded from its compiled form with some languages' texts only
// (Options.Languages) is partial: its other text sections are read when
// asked (Catalogue.LoadLanguages), or, for the texts an output shows whole,
// by WholeTexts.

// partials are the compiled catalogues' text sections not loaded yet, for
// WholeTexts; a catalogue that is let go drops out.
var partials struct {
	mu   sync.Mutex
	list []weak.Pointer[compiledTexts]
}

// addPartial lists ct for WholeTexts.
func addPartial(ct *compiledTexts) {
	partials.mu.Lock()
	defer partials.mu.Unlock()
	partials.list = slices.DeleteFunc(partials.list, func(p weak.Pointer[compiledTexts]) bool { return p.Value() == nil })
	partials.list = append(partials.list, weak.Make(ct))
}

// livePartials are the partial catalogues still in use, with sections left.
func livePartials() []*compiledTexts {
	partials.mu.Lock()
	defer partials.mu.Unlock()
	var out []*compiledTexts
	for _, p := range partials.list {
		if ct := p.Value(); ct != nil {
			out = append(out, ct)
		}
	}
	return out
}

// WholeTexts gives every Text found in v — in its exported fields, lists,
// maps, pointers and interfaces, at any depth, as a Text or another map
// of strings (a message's argument) — that comes from a catalogue
// loaded with some languages' texts only (Options.Languages) its texts in
// every language, as the YAML has them: what an output that shows texts
// whole (JSON) needs, without the other languages' texts of the whole
// catalogue. Other texts are left as they are. Like LoadLanguages, it
// changes the texts in place: not while another goroutine reads them.
func WholeTexts(v any) {
	live := livePartials()
	if len(live) == 0 {
		return
	}
	var found []Text
	seen := map[unsafe.Pointer]bool{}
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if !v.IsValid() || !mayHoldText(v.Type()) {
			return
		}
		if t := v.Type(); t.Kind() == reflect.Map && t.Key().Kind() == reflect.String && t.Elem().Kind() == reflect.String {
			// A Text, or a text of another named type (diag's, which
			// messages carry): the same map.
			if !v.IsNil() && t.ConvertibleTo(textType) {
				found = append(found, v.Convert(textType).Interface().(Text))
			}
			return
		}
		switch v.Kind() {
		case reflect.Pointer:
			if v.IsNil() || seen[v.UnsafePointer()] {
				return
			}
			seen[v.UnsafePointer()] = true
			walk(v.Elem())
		case reflect.Interface:
			if !v.IsNil() {
				walk(v.Elem())
			}
		case reflect.Slice, reflect.Array:
			for i := range v.Len() {
				walk(v.Index(i))
			}
		case reflect.Map:
			for it := v.MapRange(); it.Next(); {
				walk(it.Value())
			}
		case reflect.Struct:
			t := v.Type()
			for i := range v.NumField() {
				if t.Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		}
	}
	walk(reflect.ValueOf(v))
	if len(found) == 0 {
		return
	}
	for _, ct := range live {
		ct.complete(found)
	}
}

// TextCompleter gives texts their texts in every language, one at a time,
// as WholeTexts does for those it finds in a value: for a writer that
// meets each text as it writes it (render's JSON), without a walk of its
// own. Nil when no catalogue loaded with some languages only is in use
// (every text is whole).
type TextCompleter struct{ live []*compiledTexts }

// NewTextCompleter returns the completer of the partial catalogues in use,
// or nil when there are none.
func NewTextCompleter() *TextCompleter {
	live := livePartials()
	if len(live) == 0 {
		return nil
	}
	return &TextCompleter{live: live}
}

// Complete gives t (a Text, or another named map of strings) its texts in
// every language when it comes from a partial catalogue; others are left
// as they are.
func (tc *TextCompleter) Complete(t map[string]string) {
	if tc == nil || t == nil {
		return
	}
	for _, ct := range tc.live {
		ct.completeOne(t)
	}
}

// holdsText caches mayHoldText, by type.
var holdsText sync.Map // reflect.Type → bool

// mayHoldText reports whether a value of type t can hold a map of strings
// (a text) in its exported parts: an interface can hold anything; strings,
// numbers and structs of them hold none, and WholeTexts need not look.
func mayHoldText(t reflect.Type) bool {
	if v, ok := holdsText.Load(t); ok {
		return v.(bool)
	}
	// A type that holds itself (a rule's rules) may hold a text while
	// it is being looked at.
	holdsText.Store(t, true)
	var holds bool
	switch t.Kind() {
	case reflect.Interface:
		holds = true
	case reflect.Map:
		holds = t.Key().Kind() == reflect.String && t.Elem().Kind() == reflect.String || mayHoldText(t.Elem())
	case reflect.Pointer, reflect.Slice, reflect.Array:
		holds = mayHoldText(t.Elem())
	case reflect.Struct:
		for i := range t.NumField() {
			if f := t.Field(i); f.IsExported() && mayHoldText(f.Type) {
				holds = true
				break
			}
		}
	}
	holdsText.Store(t, holds)
	return holds
}

// indexTexts makes ct.index, once; ct.mu is held.
func (ct *compiledTexts) indexTexts() {
	if ct.index == nil {
		ct.index = make(map[unsafe.Pointer]int32, len(ct.texts))
		for i, t := range ct.texts {
			ct.index[reflect.ValueOf(t).UnsafePointer()] = int32(i)
		}
	}
}

// completeOne gives t, if it is among ct's texts, its texts in the
// languages not loaded yet.
func (ct *compiledTexts) completeOne(t map[string]string) {
	ct.mu.Lock()
	defer ct.mu.Unlock()
	if len(ct.sections) == 0 {
		return
	}
	ct.indexTexts()
	i, ok := ct.index[reflect.ValueOf(t).UnsafePointer()]
	if !ok {
		return
	}
	// A damaged section was refused when the catalogue was loaded, as
	// its sizes are checked then.
	defer func() { _ = recover() }()
	n := len(ct.texts)
	for lang, sec := range ct.sections {
		if s, ok := sectionText(sec, n, int(i)); ok {
			ct.texts[i][lang] = s
		}
	}
}

// complete gives those of ts that are among ct's texts their texts in the
// languages not loaded yet.
func (ct *compiledTexts) complete(ts []Text) {
	ct.mu.Lock()
	defer ct.mu.Unlock()
	if len(ct.sections) == 0 {
		return
	}
	ct.indexTexts()
	var want []int32
	for _, t := range ts {
		if i, ok := ct.index[reflect.ValueOf(t).UnsafePointer()]; ok {
			want = append(want, i)
		}
	}
	if len(want) == 0 {
		return
	}
	slices.Sort(want)
	want = slices.Compact(want)
	n := len(ct.texts)
	for lang, sec := range ct.sections {
		func() {
			// A damaged section was refused when the catalogue was
			// loaded, as its sizes are checked then.
			defer func() { _ = recover() }()
			for _, i := range want {
				if s, ok := sectionText(sec, n, int(i)); ok {
					ct.texts[i][lang] = s
				}
			}
		}()
	}
}
