package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/eis-project/eis/internal/answers"
	"github.com/eis-project/eis/internal/catalogue"
	"github.com/eis-project/eis/internal/i18n"
	"github.com/eis-project/eis/internal/tools/bench/firm"
	"github.com/eis-project/eis/internal/tools/bench/synth"
	"github.com/eis-project/eis/practices"
)

// bench holds what the measurements share: the binaries, the temporary
// folder and the environment of the measured programs.
type bench struct {
	ctx  context.Context
	cfg  config
	root string // the module
	work string // the temporary folder
	env  []string
	cat  *catalogue.Catalogue // the embedded catalogue
}

// newBench makes the temporary folder and the measured programs'
// environment: no config file, no EIS_ variable, English, a HOME of its own.
func newBench(ctx context.Context, cfg config) (*bench, error) {
	root, err := moduleRoot(ctx)
	if err != nil {
		return nil, err
	}
	work, err := os.MkdirTemp("", "eis-bench-")
	if err != nil {
		return nil, err
	}
	home := filepath.Join(work, "home")
	if err := os.MkdirAll(filepath.Join(home, ".config"), 0o755); err != nil {
		return nil, err
	}
	env := []string{
		"PATH=" + os.Getenv("PATH"),
		"HOME=" + home,
		"XDG_CONFIG_HOME=" + filepath.Join(home, ".config"),
		"LANG=C.UTF-8",
		"TERM=xterm-256color",
		"TMPDIR=" + os.TempDir(),
	}
	cat, diags, err := catalogue.Load(practices.FS())
	if err != nil || cat == nil {
		os.RemoveAll(work)
		return nil, fmt.Errorf("the embedded catalogue does not load: %v %v", err, diags)
	}
	return &bench{ctx: ctx, cfg: cfg, root: root, work: work, env: env, cat: cat}, nil
}

// close removes the temporary folder, unless -keep.
func (b *bench) close() {
	if b.cfg.keep {
		fmt.Fprintln(os.Stderr, "bench: kept", b.work)
		return
	}
	os.RemoveAll(b.work)
}

// logf reports progress on stderr.
func (b *bench) logf(format string, args ...any) {
	fmt.Fprintf(os.Stderr, "bench: "+format+"\n", args...)
}

// progress returns a progress callback for n paired runs of what.
func (b *bench) progress(what string, n int) func(int) {
	return func(i int) {
		if b.cfg.verbosity || i == 0 {
			b.logf("%s: %d paired runs", what, n)
		}
	}
}

func (b *bench) proc(argv ...string) proc { return proc{argv: argv, dir: b.work, env: b.env} }

// measure builds the programs and makes every measurement, returning what
// it could measure even when it stops at an error.
func (b *bench) measure() (*report, error) {
	rep := &report{cfg: b.cfg}
	rep.tools = append(rep.tools, fmt.Sprintf("%s %s/%s, %d CPUs", runtime.Version(), runtime.GOOS, runtime.GOARCH, runtime.NumCPU()))

	b.logf("building eis")
	eis := filepath.Join(b.work, "bin", "eis")
	args := append([]string{"build"}, eisBuildFlags...)
	if b.cfg.langs > 0 {
		overlay, langs, err := simulateLanguages(b.cat, b.cfg.langs, b.root, b.work)
		if err != nil {
			return rep, err
		}
		if overlay != "" {
			args = append(args, "-overlay", overlay)
			rep.notes = append(rep.notes, fmt.Sprintf("eis was built with a compiled catalogue whose texts are in %d languages (%s; -langs), the added ones copies of the others' texts.", len(langs), strings.Join(langs, ", ")))
		}
	}
	if _, err := goCmd(b.ctx, b.root, append(args, "-o", eis, "./cmd/eis")...); err != nil {
		return rep, err
	}
	if err := settle(eis); err != nil {
		return rep, err
	}
	pkgs, err := floorImports(b.ctx, b.root, "./cmd/eis")
	if err != nil {
		return rep, err
	}
	var first *catalogue.Question
	if b.cfg.tty && b.cfg.wants("tty") {
		first = firstSelect(b.cat)
	}
	b.logf("building the deps floor (%d packages) and the huh program", len(pkgs))
	floor, sel, err := buildHelpers(b.ctx, b.root, b.work, pkgs, first)
	if err != nil {
		return rep, err
	}

	for _, m := range []struct {
		name string
		run  func() error
	}{
		{"startup", func() error { return b.startup(rep, eis, floor) }},
		{"validate", func() error { return b.validate(rep, eis) }},
		{"tty", func() error { return b.firstQuestion(rep, eis, sel, first) }},
		{"aggregate", func() error { return b.aggregate(rep, eis) }},
	} {
		if !b.cfg.wants(m.name) {
			continue
		}
		if err := m.run(); err != nil {
			return rep, err
		}
	}
	return rep, nil
}

// aggregate measures eis aggregate over a generated population of varied
// answers files (firm.WriteVaried): 10,000 (1,000 with -short), against
// issue 11's goal of under 10 s and 200 MiB for 10,000 files.
func (b *bench) aggregate(rep *report, eis string) error {
	n := 10000
	if b.cfg.short {
		n = 1000
	}
	dir := filepath.Join(b.work, "firms")
	b.logf("generating %d answers files", n)
	if err := firm.WriteVaried(dir, n, 1); err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	runs := max(1, b.cfg.valRuns)
	pr, err := paired(runs, func() (sample, error) { return mustRun(b.ctx, b.proc(eis, "aggregate", dir, "--format", "json")) }, nil, b.progress("aggregate", runs))
	if err != nil {
		return err
	}
	wall, rss := median(field(pr.a, wallOf)), median(field(pr.a, rssOf))
	r := row{
		what: fmt.Sprintf("`eis aggregate` of %s answers files", thousands(n)),
		eis:  fmt.Sprintf("%s wall, %s", wall.Round(10*time.Millisecond), cpuRSS(pr.a)),
		base: "—", ratio: "—",
		goal: "< 10 s, < 200 MiB (10,000 files)",
	}
	if n == 10000 {
		r.verdict = verdict(wall < 10*time.Second && rss < 200<<20)
	}
	rep.add(r)
	return nil
}

// startup compares eis version and eis plan with the deps floor, over
// -rounds rounds, each with the programs written anew (new copies, new
// luck: see settledCopies); a ratio is the median of the rounds' ratios.
func (b *bench) startup(rep *report, eis, floor string) error {
	f := firm.Answers(b.cat, "en", time.Now())
	answersFile := filepath.Join(b.work, "answers.yaml")
	if err := answers.Save(answersFile, f); err != nil {
		return err
	}
	cmds := []struct {
		what, goal string
		limit      float64
		args       []string
	}{
		{"`eis version`", "≤ 1.2×", 1.2, []string{"version"}},
		{"`eis plan --answers F --format json`, embedded catalogue", "≤ 2×", 2, []string{"plan", "--answers", answersFile, "--format", "json"}},
	}
	runs := make([]pair, len(cmds))
	ratios := make([][]float64, len(cmds))
	for round := range b.cfg.rounds {
		if round > 0 {
			// The programs themselves written anew too.
			if err := settle(eis); err != nil {
				return err
			}
			if err := settle(floor); err != nil {
				return err
			}
		}
		// Several copies of each program, taken in turn (see settledCopies).
		eisCopies, err := settledCopies(eis, b.cfg.copies)
		if err != nil {
			return err
		}
		floorCopies, err := settledCopies(floor, b.cfg.copies)
		if err != nil {
			return err
		}
		// Each copy once, unmeasured, as paired runs the first.
		for _, c := range append(eisCopies[1:len(eisCopies):len(eisCopies)], floorCopies[1:]...) {
			if _, err := mustRun(b.ctx, b.proc(c, "version")); err != nil {
				return err
			}
		}
		nextFloor := turns(floorCopies)
		floorRun := func() (sample, error) { return mustRun(b.ctx, b.proc(nextFloor())) }
		for i, c := range cmds {
			nextEis := turns(eisCopies)
			eisRun := func() (sample, error) { return mustRun(b.ctx, b.proc(append([]string{nextEis()}, c.args...)...)) }
			what := c.what
			if b.cfg.rounds > 1 {
				what = fmt.Sprintf("%s, round %d of %d", c.what, round+1, b.cfg.rounds)
			}
			pr, err := paired(b.cfg.runs, eisRun, floorRun, b.progress(what, b.cfg.runs))
			if err != nil {
				return err
			}
			ratios[i] = append(ratios[i], pr.ratio(cpuOf))
			runs[i].a, runs[i].b = append(runs[i].a, pr.a...), append(runs[i].b, pr.b...)
		}
	}
	for i, c := range cmds {
		gcs, err := gcCount(b.ctx, b.proc(append([]string{eis}, c.args...)...))
		if err != nil {
			return err
		}
		r := median(ratios[i])
		rep.add(row{
			what:    c.what,
			eis:     fmt.Sprintf("%s, %d GCs", cpuRSS(runs[i].a), gcs),
			base:    "deps floor " + cpuRSS(runs[i].b),
			ratio:   roundsRatio(ratios[i]),
			goal:    c.goal,
			verdict: verdict(r <= c.limit),
		})
	}
	return nil
}

// roundsRatio writes the median of the rounds' ratios and, for more than
// one round, their range.
func roundsRatio(rs []float64) string {
	if len(rs) < 2 {
		return times(median(rs))
	}
	return fmt.Sprintf("%s (%s–%s, %d rounds)", times(median(rs)), times(slices.Min(rs)), times(slices.Max(rs)), len(rs))
}

// validate10kVerdict judges the 10k row: peak RSS at most 150 MiB and,
// when ajv-cli ran, at most half its time. Without ajv-cli the time is not
// judged: the row says so, unless the memory alone misses the goal.
func validate10kVerdict(rss int64, ajvRan bool, ratio float64) string {
	switch {
	case rss > 150<<20:
		return verdict(false)
	case !ajvRan:
		return "— (no ajv-cli to compare with)"
	}
	return verdict(ratio <= 0.5)
}

// validate compares eis validate with ajv-cli on synthetic catalogues.
func (b *bench) validate(rep *report, eis string) error {
	ajv, note := b.installAjv(rep)
	if note != "" {
		rep.notes = append(rep.notes, note)
	}
	var schema string
	if ajv != "" {
		cmd := exec.CommandContext(b.ctx, eis, "schema")
		cmd.Env = b.env
		out, err := cmd.Output()
		if err != nil {
			return fmt.Errorf("eis schema: %v", err)
		}
		schema = filepath.Join(b.work, "catalogue.schema.json")
		if err := os.WriteFile(schema, out, 0o644); err != nil {
			return err
		}
	}
	var cpu10k time.Duration
	for _, n := range b.cfg.sizes {
		b.logf("generating a catalogue of %d practices", n)
		files, err := synth.Generate(practices.FS(), synth.Options{Practices: n})
		if err != nil {
			return err
		}
		dir := filepath.Join(b.work, fmt.Sprintf("catalogue-%d", n))
		if err := files.Write(dir); err != nil {
			return err
		}
		what := fmt.Sprintf("`eis validate` of %s practices (%.0f MB, %d files)", thousands(n), float64(files.Size())/1e6, len(files))
		eisRun := func() (sample, error) {
			s, err := run(b.ctx, b.proc(eis, "validate", dir))
			if err == nil && s.exit != 0 {
				err = fmt.Errorf("the synthetic catalogue of %d practices does not validate (exit %d), so the generator or eis is broken:\n%s", n, s.exit, s.out)
			}
			return s, err
		}
		var ajvRun measureFunc
		ajvInvalid := ""
		if ajv != "" {
			ajvRun = func() (sample, error) {
				s, err := run(b.ctx, proc{argv: []string{ajv, "validate", "--spec=draft2020", "--strict=false", "-c", "ajv-formats",
					"-s", schema, "-d", filepath.Join(dir, "**", "*.yaml")}, dir: filepath.Dir(filepath.Dir(ajv)), env: b.env})
				if err == nil && s.exit != 0 && ajvInvalid == "" {
					ajvInvalid = firstLines(s.out, 12)
				}
				return s, err
			}
		}
		pr, err := paired(b.cfg.valRuns, eisRun, ajvRun, b.progress(fmt.Sprintf("validate %d", n), b.cfg.valRuns))
		os.RemoveAll(dir)
		if err != nil {
			return err
		}
		r := row{what: what, eis: cpuRSS(pr.a), base: "ajv-cli not run", ratio: "—"}
		if ajvRun != nil {
			r.base = "ajv-cli 5 " + cpuRSS(pr.b)
			r.ratio = times(pr.ratio(cpuOf))
			if ajvInvalid != "" {
				r.base += " (rejected files, see notes)"
				rep.notes = append(rep.notes, fmt.Sprintf("ajv-cli rejected files of the %d-practice catalogue with eis's schema:\n%s", n, ajvInvalid))
			}
		}
		rss := median(field(pr.a, rssOf))
		switch n {
		case 10000:
			cpu10k = median(field(pr.a, cpuOf))
			r.goal = "≤ 0.5× (2× faster), ≤ 150 MiB"
			r.verdict = validate10kVerdict(rss, ajvRun != nil, pr.ratio(cpuOf))
		case 50000:
			r.goal = "≤ 5.5× the 10k time, ≤ 150 MiB"
			if cpu10k > 0 {
				lin := float64(median(field(pr.a, cpuOf))) / float64(cpu10k)
				r.goal = fmt.Sprintf("≤ 5.5× the 10k time (%s), ≤ 150 MiB", times(lin))
				r.verdict = verdict(lin <= 5.5 && rss <= 150<<20)
			} else {
				r.verdict = verdict(rss <= 150<<20) + " (no 10k run)"
			}
		}
		rep.add(r)
	}
	return nil
}

// installAjv installs ajv-cli 5 and ajv-formats into the temporary folder
// and returns the ajv command, or a note saying why it is not run.
func (b *bench) installAjv(rep *report) (ajv, note string) {
	if !b.cfg.ajv {
		return "", "ajv-cli: not run (-ajv=false)."
	}
	if _, err := exec.LookPath("npm"); err != nil {
		return "", "ajv-cli: not run, npm is not on PATH."
	}
	if _, err := exec.LookPath("node"); err != nil {
		return "", "ajv-cli: not run, node is not on PATH."
	}
	dir := filepath.Join(b.work, "ajv")
	b.logf("installing ajv-cli@5 and ajv-formats with npm")
	cmd := exec.CommandContext(b.ctx, "npm", "install", "--prefix", dir, "--no-audit", "--no-fund", "--loglevel=error", "ajv-cli@5", "ajv-formats")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Sprintf("ajv-cli: not run, npm install failed: %v: %s", err, firstLines(string(out), 5))
	}
	if out, err := exec.CommandContext(b.ctx, "node", "--version").Output(); err == nil {
		rep.tools = append(rep.tools, "node "+strings.TrimSpace(string(out)))
	}
	return filepath.Join(dir, "node_modules", ".bin", "ajv"), ""
}

// firstSelect is the first profile question eis assess asks with a list
// of options, or nil.
func firstSelect(cat *catalogue.Catalogue) *catalogue.Question {
	for _, q := range cat.Profile {
		if q.Kind == catalogue.KindSingle && len(q.Options) > 0 {
			return q
		}
	}
	return nil
}

// firstQuestion compares the time to eis assess's first question with a
// huh program that shows only that question.
func (b *bench) firstQuestion(rep *report, eis, sel string, q *catalogue.Question) error {
	what := "first question on screen, `eis assess` in tmux"
	switch {
	case !b.cfg.tty:
		rep.notes = append(rep.notes, "first question: not measured (-tty=false).")
		return nil
	case q == nil:
		return fmt.Errorf("the embedded catalogue has no profile question with options to wait for")
	}
	if _, err := exec.LookPath("tmux"); err != nil {
		rep.notes = append(rep.notes, "first question: not measured, tmux is not on PATH.")
		return nil
	}
	if out, err := exec.CommandContext(b.ctx, "tmux", "-V").Output(); err == nil {
		rep.tools = append(rep.tools, strings.TrimSpace(string(out)))
	}
	t, err := startTmux(b.ctx, b.env)
	if err != nil {
		return err
	}
	defer t.close()
	// Long texts may wrap; the start of the question is enough to know it is there.
	text := i18n.English.Pick(q.Text)
	if r := []rune(text); len(r) > 40 {
		text = string(r[:40])
	}
	ttyDir := filepath.Join(b.work, "tty")
	if err := os.MkdirAll(ttyDir, 0o755); err != nil {
		return err
	}
	i := 0
	eisRun := func() (sample, error) {
		i++
		p := b.proc(eis, "assess", "--lang", "en", "--save", filepath.Join(ttyDir, fmt.Sprintf("answers-%d.yaml", i)))
		p.dir = ttyDir
		return t.firstScreen(p, text)
	}
	selRun := func() (sample, error) { return t.firstScreen(b.proc(sel), text) }
	pr, err := paired(b.cfg.runs, eisRun, selRun, b.progress("first question", b.cfg.runs))
	if err != nil {
		return err
	}
	r := pr.ratio(wallOf)
	rep.add(row{
		what:    what,
		eis:     ms(median(field(pr.a, wallOf))) + " wall",
		base:    "one huh Select " + ms(median(field(pr.b, wallOf))),
		ratio:   times(r),
		goal:    "≤ 1.6×",
		verdict: verdict(r <= 1.6),
	})
	return nil
}
