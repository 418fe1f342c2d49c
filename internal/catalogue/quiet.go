package catalogue

import (
	"reflect"
	"slices"
)

// QuietDays is a span of days, From to Until (both included), on which the
// checks of a catalogue that depend on the day (checkDates: expired, stale,
// dates in the future, confidence) find nothing. The zero QuietDays holds
// no day.
//
// The embedded catalogue's Go values carry theirs (Static.Quiet), worked
// out when they are written, so that a run on such a day makes none of
// those checks: every practice's dates and sources, every market note's
// and translation's, were 1.6 % of eis plan's instructions and read the
// whole catalogue's data from the binary. Each day of the span was
// checked when it was worked out; a day outside it is checked as before.
type QuietDays struct {
	From, Until Date
}

// Holds reports whether d is a day of q.
func (q QuietDays) Holds(d Date) bool {
	return q.From != 0 && !d.Before(q.From) && !d.After(q.Until)
}

// quietMaxDays bounds the span Quiet works out, and so its work: about
// three years, more than any catalogue goes without an entry growing stale.
const quietMaxDays = 3 * 366

// Quiet returns the span of days on which checkDates finds nothing in c:
// from the first such day among the dates c names and the days after them
// (the days on which a check's answer can change), each day after it until
// one on which it finds something, or for quietMaxDays. Every day of the
// span is checked, so the span does not depend on how the checks count
// their days. It depends on c's content alone, not on today, so the same
// catalogue always gives the same span. The zero QuietDays when no such
// day is found.
//
// A day of the span is quiet whatever else Options say: a Wall after Now
// only moves the future later, SkipAge only leaves checks out, and
// Validate only makes a date in the future an error instead of a warning.
func Quiet(c *Catalogue) QuietDays {
	quiet := func(d Date) bool { return len(checkDates(c, Options{Now: d.Time()})) == 0 }
	var days []Date
	for _, d := range datesIn(reflect.ValueOf(c).Elem(), nil) {
		days = append(days, d, d.AddDate(0, 0, 1))
	}
	slices.Sort(days)
	days = slices.Compact(days)
	for _, from := range days {
		if !quiet(from) {
			continue
		}
		q := QuietDays{From: from, Until: from}
		for range quietMaxDays {
			next := q.Until.AddDate(0, 0, 1)
			if !quiet(next) {
				break
			}
			q.Until = next
		}
		return q
	}
	return QuietDays{}
}

// datesIn appends to out every non-zero Date in v's exported fields, the
// values its pointers, lists and structs hold included.
func datesIn(v reflect.Value, out []Date) []Date {
	if v.Type() == dateType {
		if d := Date(v.Int()); d != 0 {
			out = append(out, d)
		}
		return out
	}
	switch v.Kind() {
	case reflect.Pointer, reflect.Interface:
		if !v.IsNil() {
			out = datesIn(v.Elem(), out)
		}
	case reflect.Slice, reflect.Array:
		for i := range v.Len() {
			out = datesIn(v.Index(i), out)
		}
	case reflect.Map:
		for it := v.MapRange(); it.Next(); {
			out = datesIn(it.Value(), out)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				out = datesIn(v.Field(i), out)
			}
		}
	}
	return out
}
