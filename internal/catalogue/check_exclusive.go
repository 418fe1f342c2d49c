package catalogue

// exclusive checks q's options marked exclusive (chosen alone, like "None
// of these"): only a multiple-choice question can have them, since a single
// answer excludes the others anyway. Each one elsewhere is an error [options].
func (ch *checker) exclusive(q *Question) {
	if q.Kind == KindMulti || q.Kind == KindCountries {
		return
	}
	for _, o := range q.Options {
		if o != nil && o.Exclusive {
			errorf(&ch.diags, ch.at(o, "exclusive"), "options", "validate.options.exclusive", q.ID, o.ID)
		}
	}
}
