package main

import (
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
)

// row is one line of the table.
type row struct {
	what, eis, base, ratio, goal, verdict string
}

// report is the table, with notes and the tools it was measured with.
type report struct {
	cfg   config
	rows  []row
	notes []string
	tools []string
}

func (r *report) add(x row) { r.rows = append(r.rows, x) }

// write prints the table as Markdown.
func (r *report) write(w io.Writer) {
	if len(r.rows) == 0 && len(r.notes) == 0 {
		return
	}
	runs := fmt.Sprintf("median of %d paired runs (eis validate: %d)", r.cfg.runs, r.cfg.valRuns)
	if r.cfg.copies > 1 || r.cfg.rounds > 1 {
		runs = fmt.Sprintf("median of %d paired runs over %d copies of each program (eis validate: %d)", r.cfg.runs, r.cfg.copies, r.cfg.valRuns)
		if r.cfg.rounds > 1 {
			runs = fmt.Sprintf("median of %d paired runs over %d copies of each program in each of %d rounds, the ratio the rounds' median (eis validate: %d)", r.cfg.runs, r.cfg.copies, r.cfg.rounds, r.cfg.valRuns)
		}
	}
	if r.cfg.short {
		runs = "-short: one run each, a breakage check, not a measurement"
	}
	fmt.Fprintf(w, "\nCPU time (user+sys) and peak RSS; %s; %s.\n\n", runs, strings.Join(r.tools, ", "))
	fmt.Fprintln(w, "| what | eis | baseline | ratio | goal | |")
	fmt.Fprintln(w, "|---|---|---|---|---|---|")
	for _, x := range r.rows {
		if r.cfg.short && x.verdict != "" {
			x.verdict = "— (-short)" // one run proves nothing either way
		}
		fmt.Fprintf(w, "| %s | %s | %s | %s | %s | %s |\n", x.what, x.eis, x.base, x.ratio, x.goal, x.verdict)
	}
	for _, n := range r.notes {
		fmt.Fprintf(w, "\n%s\n", n)
	}
}

// verdict says whether a goal is met.
func verdict(met bool) string {
	if met {
		return "met"
	}
	return "missed"
}

// cpuRSS is the median CPU time and peak RSS of runs.
func cpuRSS(ss []sample) string {
	s := ms(median(field(ss, cpuOf)))
	if rss := median(field(ss, rssOf)); rss > 0 {
		s += ", " + mib(rss)
	}
	return s
}

// ms writes a duration in milliseconds or seconds, 2–3 significant digits.
func ms(d time.Duration) string {
	switch {
	case d >= 10*time.Second:
		return fmt.Sprintf("%.1f s", d.Seconds())
	case d >= time.Second:
		return fmt.Sprintf("%.2f s", d.Seconds())
	case d >= 10*time.Millisecond:
		return fmt.Sprintf("%.0f ms", float64(d)/1e6)
	default:
		return fmt.Sprintf("%.1f ms", float64(d)/1e6)
	}
}

// mib writes a size in MiB, or GiB from 1 GiB.
func mib(n int64) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%.2f GiB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}

// times writes a ratio.
func times(r float64) string { return fmt.Sprintf("%.2f×", r) }

// thousands writes n with comma thousands separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// firstLines returns at most n lines of s.
func firstLines(s string, n int) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	if len(lines) > n {
		lines = append(lines[:n], "…")
	}
	return strings.Join(lines, "\n")
}
