package catalogue

import (
	"encoding/json"
	"fmt"
	"time"

	"go.yaml.in/yaml/v3"
)

// Date is a calendar date, a string "YYYY-MM-DD"; write it quoted so YAML
// 1.1 tools read a string, not a timestamp (eis accepts both). It is held
// as the number YYYYMMDD (20261203), so that dates compare as numbers and
// a Date is a constant: the embedded catalogue's dates need no code to be
// made (see practices' generated catalogue). Its zero value is no date.
type Date int32

// NewDate returns the date of year y, month m and day d, which must be a
// valid date of the years 0 to 9999.
func NewDate(y int, m time.Month, d int) Date { return Date(y*10000 + int(m)*100 + d) }

// DateOf returns t's calendar date, in t's location.
func DateOf(t time.Time) Date {
	y, m, d := t.Date()
	return NewDate(y, m, d)
}

// ParseDate reads a YYYY-MM-DD date.
func ParseDate(s string) (Date, error) {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		return 0, fmt.Errorf("%q is not a date written as YYYY-MM-DD", s)
	}
	return DateOf(t), nil
}

// Year, Month and Day are the date's parts.
func (d Date) Year() int         { return int(d) / 10000 }
func (d Date) Month() time.Month { return time.Month(int(d) / 100 % 100) }
func (d Date) Day() int          { return int(d) % 100 }

// Time returns the start of the day in UTC.
func (d Date) Time() time.Time {
	return time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, time.UTC)
}

// Before and After compare two dates.
func (d Date) Before(e Date) bool { return d < e }
func (d Date) After(e Date) bool  { return d > e }

// AddDate returns the date years, months and days later (as time.Time's
// AddDate: 31 October plus a month is 1 December).
func (d Date) AddDate(years, months, days int) Date {
	return DateOf(d.Time().AddDate(years, months, days))
}

// String writes the date as YYYY-MM-DD.
func (d Date) String() string {
	var b [10]byte
	put := func(at, n, digits int) {
		for i := at + digits - 1; i >= at; i-- {
			b[i] = byte('0' + n%10)
			n /= 10
		}
	}
	put(0, d.Year(), 4)
	b[4] = '-'
	put(5, int(d.Month()), 2)
	b[7] = '-'
	put(8, d.Day(), 2)
	return string(b[:])
}

// UnmarshalYAML reads a YYYY-MM-DD scalar.
func (d *Date) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return fmt.Errorf("line %d: a date must be written as YYYY-MM-DD", n.Line)
	}
	p, err := ParseDate(n.Value)
	if err != nil {
		return fmt.Errorf("line %d: %w", n.Line, err)
	}
	*d = p
	return nil
}

// MarshalYAML writes YYYY-MM-DD.
func (d Date) MarshalYAML() (any, error) { return d.String(), nil }

// MarshalJSON writes "YYYY-MM-DD".
func (d Date) MarshalJSON() ([]byte, error) { return json.Marshal(d.String()) }

// UnmarshalJSON reads "YYYY-MM-DD".
func (d *Date) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	p, err := ParseDate(s)
	if err != nil {
		return err
	}
	*d = p
	return nil
}
