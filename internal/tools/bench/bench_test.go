package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestFloorImports: the deps floor imports eis's direct third-party
// packages (cobra, viper, huh), and no standard or eis package.
func TestFloorImports(t *testing.T) {
	t.Parallel()
	root, err := moduleRoot(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	pkgs, err := floorImports(context.Background(), root, "./cmd/eis")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"github.com/spf13/cobra", "github.com/spf13/viper", "charm.land/huh/v2", "go.yaml.in/yaml/v3"} {
		if !slices.Contains(pkgs, want) {
			t.Errorf("%s missing from %v", want, pkgs)
		}
	}
	for _, p := range pkgs {
		if !strings.Contains(strings.Split(p, "/")[0], ".") || strings.HasPrefix(p, "github.com/eis-project/eis") {
			t.Errorf("%s is not a third-party package", p)
		}
	}
	src := string(floorSource(pkgs))
	if !strings.Contains(src, "\t_ \"github.com/spf13/cobra\"\n") || !strings.Contains(src, "func main() {}") {
		t.Errorf("floor source:\n%s", src)
	}
}

func TestMedian(t *testing.T) {
	t.Parallel()
	tests := []struct {
		in   []float64
		want float64
	}{
		{nil, 0},
		{[]float64{3}, 3},
		{[]float64{5, 1, 3}, 3},
		{[]float64{4, 1, 3, 2}, 2.5},
	}
	for _, tt := range tests {
		if got := median(tt.in); got != tt.want {
			t.Errorf("median(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestPairedAlternates: after one unmeasured run each, the two programs
// take turns going first, and each sample lands on its own side.
func TestPairedAlternates(t *testing.T) {
	t.Parallel()
	var order []string
	mk := func(name string, d time.Duration) measureFunc {
		return func() (sample, error) {
			order = append(order, name)
			return sample{cpu: d}, nil
		}
	}
	p, err := paired(3, mk("a", 30*time.Millisecond), mk("b", 10*time.Millisecond), nil)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := strings.Join(order, ""), "ab"+"ab"+"ba"+"ab"; got != want {
		t.Errorf("run order %s, want %s", got, want)
	}
	if len(p.a) != 3 || len(p.b) != 3 || p.a[1].cpu != 30*time.Millisecond || p.b[1].cpu != 10*time.Millisecond {
		t.Errorf("samples a %v, b %v", p.a, p.b)
	}
	if r := p.ratio(cpuOf); r != 3 {
		t.Errorf("ratio %v, want 3", r)
	}
	if _, err := paired(2, mk("a", 1), func() (sample, error) { return sample{}, errors.New("boom") }, nil); err == nil {
		t.Error("a failing baseline gave no error")
	}
	alone, err := paired(2, mk("a", 1), nil, nil)
	if err != nil || len(alone.a) != 2 || len(alone.b) != 0 {
		t.Errorf("no baseline: %v, %v", alone, err)
	}
}

func TestFormat(t *testing.T) {
	t.Parallel()
	for _, tt := range []struct{ got, want string }{
		{ms(4200 * time.Microsecond), "4.2 ms"},
		{ms(43 * time.Millisecond), "43 ms"},
		{ms(4200 * time.Millisecond), "4.20 s"},
		{ms(32 * time.Second), "32.0 s"},
		{mib(309 << 20), "309.0 MiB"},
		{mib(1900 << 20), "1.86 GiB"},
		{thousands(50000), "50,000"},
		{thousands(999), "999"},
		{thousands(1000000), "1,000,000"},
		{times(1.644), "1.64×"},
	} {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
}

func TestParseFlags(t *testing.T) {
	t.Parallel()
	cfg, err := parseFlags([]string{"-sizes", "1k, 2500,10K", "-n", "5"}, io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cfg.sizes, []int{1000, 2500, 10000}) || cfg.runs != 5 || cfg.valRuns != 3 {
		t.Errorf("%+v", cfg)
	}
	if cfg.copies != 4 || cfg.rounds != 1 {
		t.Errorf("copies %d, rounds %d, want 4 and 1 by default", cfg.copies, cfg.rounds)
	}
	cfg, err = parseFlags([]string{"-short", "-n", "9", "-copies", "3", "-rounds", "5"}, io.Discard)
	if err != nil || cfg.runs != 1 || cfg.valRuns != 1 || cfg.copies != 1 || cfg.rounds != 1 || !slices.Equal(cfg.sizes, []int{1000}) {
		t.Errorf("-short: %+v %v", cfg, err)
	}
	for _, bad := range [][]string{{"-sizes", "ten"}, {"-sizes", "0"}, {"-n", "0"}, {"-copies", "0"}, {"-rounds", "0"}, {"extra"}} {
		if _, err := parseFlags(bad, io.Discard); err == nil {
			t.Errorf("%v: no error", bad)
		}
	}
}

func TestLineCounter(t *testing.T) {
	t.Parallel()
	var c lineCounter
	for _, chunk := range []string{"gc 1 @0.0", "01s 2%: ...\nnot gc\ngc 2 @0.1s\n", "gc 3 (unfinished"} {
		c.Write([]byte(chunk))
	}
	if c.n != 2 {
		t.Errorf("counted %d gc lines, want 2", c.n)
	}
}

// TestSpawner: the helper runs each program it is asked to and replies
// with its exit code and output, and an error for one that cannot start.
func TestSpawner(t *testing.T) {
	sh, err := exec.LookPath("sh")
	if err != nil {
		t.Skip("no sh")
	}
	var in bytes.Buffer
	enc := json.NewEncoder(&in)
	enc.Encode(spawnRequest{Argv: []string{sh, "-c", "echo hi; exit 3"}})
	enc.Encode(spawnRequest{Argv: []string{"/nonexistent/program"}})
	var out bytes.Buffer
	if code := spawnerMain(&in, &out); code != 0 {
		t.Fatalf("exit %d", code)
	}
	dec := json.NewDecoder(&out)
	var r1, r2 spawnReply
	if err := dec.Decode(&r1); err != nil || r1.Exit != 3 || r1.Out != "hi" || r1.Err != "" {
		t.Errorf("first reply %+v, %v", r1, err)
	}
	if err := dec.Decode(&r2); err != nil || r2.Err == "" {
		t.Errorf("a program that cannot start: %+v, %v", r2, err)
	}
}

// TestSettle: a settled program is the same bytes, still executable,
// whatever its size.
func TestSettle(t *testing.T) {
	t.Parallel()
	name := filepath.Join(t.TempDir(), "prog")
	want := append([]byte("#!/bin/sh\necho settled\n#"), bytes.Repeat([]byte("x"), 10000)...)
	if err := os.WriteFile(name, want, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := settle(name); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(name)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("settled = %q, want %q", got, want)
	}
	if fi, err := os.Stat(name); err != nil || fi.Mode().Perm()&0o100 == 0 {
		t.Errorf("settled program not executable: %v %v", fi.Mode(), err)
	}
	if _, err := os.Stat(name + ".settle"); !os.IsNotExist(err) {
		t.Errorf("temporary file left: %v", err)
	}
}

// TestSettledCopies: k paths, the program itself first, each the same
// bytes, executable, a file of its own; no temporary file left.
func TestSettledCopies(t *testing.T) {
	t.Parallel()
	dir := t.TempDir()
	name := filepath.Join(dir, "prog")
	want := append([]byte("#!/bin/sh\necho copied\n#"), bytes.Repeat([]byte("y"), 9000)...)
	if err := os.WriteFile(name, want, 0o755); err != nil {
		t.Fatal(err)
	}
	one, err := settledCopies(name, 1)
	if err != nil || !slices.Equal(one, []string{name}) {
		t.Fatalf("one copy: %v %v", one, err)
	}
	paths, err := settledCopies(name, 3)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(paths, []string{name, name + ".2", name + ".3"}) {
		t.Fatalf("paths %v", paths)
	}
	for _, p := range paths {
		got, err := os.ReadFile(p)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s: %d bytes, %v", p, len(got), err)
		}
		if fi, err := os.Stat(p); err != nil || fi.Mode().Perm()&0o100 == 0 {
			t.Errorf("%s not executable: %v", p, err)
		}
	}
	a, _ := os.Stat(paths[1])
	b, _ := os.Stat(paths[2])
	if os.SameFile(a, b) {
		t.Error("two copies are one file")
	}
	entries, err := os.ReadDir(dir)
	if err != nil || len(entries) != 3 {
		t.Errorf("folder holds %d entries (%v), want the 3 copies", len(entries), err)
	}
}

// TestTurns: the paths one after the other, then from the first again.
func TestTurns(t *testing.T) {
	t.Parallel()
	next := turns([]string{"a", "b", "c"})
	var got []string
	for range 7 {
		got = append(got, next())
	}
	if want := []string{"a", "b", "c", "a", "b", "c", "a"}; !slices.Equal(got, want) {
		t.Errorf("turns = %v, want %v", got, want)
	}
	if one := turns([]string{"x"}); one() != "x" || one() != "x" {
		t.Error("one path: not always it")
	}
}

// TestRoundsRatio: one round is its ratio; more add the range and count.
func TestRoundsRatio(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rs   []float64
		want string
	}{
		{[]float64{1.234}, "1.23×"},
		{[]float64{1.3, 1.1, 1.2}, "1.20× (1.10×–1.30×, 3 rounds)"},
		{[]float64{2.1, 1.9}, "2.00× (1.90×–2.10×, 2 rounds)"},
	} {
		if got := roundsRatio(c.rs); got != c.want {
			t.Errorf("roundsRatio(%v) = %q, want %q", c.rs, got, c.want)
		}
	}
}

// TestReportHeader: the table's header says how the runs were made.
func TestReportHeader(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		cfg  config
		want string
	}{
		{config{runs: 15, valRuns: 3, copies: 1, rounds: 1}, "median of 15 paired runs (eis validate: 3)"},
		{config{runs: 15, valRuns: 3, copies: 4, rounds: 1}, "median of 15 paired runs over 4 copies of each program (eis validate: 3)"},
		{config{runs: 101, valRuns: 3, copies: 4, rounds: 6}, "median of 101 paired runs over 4 copies of each program in each of 6 rounds, the ratio the rounds' median (eis validate: 3)"},
		{config{short: true, runs: 1, valRuns: 1, copies: 1, rounds: 1}, "-short: one run each"},
	} {
		r := &report{cfg: c.cfg}
		r.add(row{what: "x"})
		var b strings.Builder
		r.write(&b)
		if !strings.Contains(b.String(), c.want) {
			t.Errorf("%+v: header %q lacks %q", c.cfg, firstLines(b.String(), 3), c.want)
		}
	}
}

// TestValidate10kVerdict: memory over 150 MiB misses whatever the time;
// without ajv-cli the time is not judged; with it, at most 0.5x meets.
func TestValidate10kVerdict(t *testing.T) {
	t.Parallel()
	for _, c := range []struct {
		rss    int64
		ajvRan bool
		ratio  float64
		want   string
	}{
		{80 << 20, true, 0.48, verdict(true)},
		{80 << 20, true, 0.52, verdict(false)},
		{151 << 20, true, 0.3, verdict(false)},
		{151 << 20, false, 0, verdict(false)},
		{80 << 20, false, 0, "— (no ajv-cli to compare with)"},
	} {
		if got := validate10kVerdict(c.rss, c.ajvRan, c.ratio); got != c.want {
			t.Errorf("validate10kVerdict(%d, %v, %v) = %q, want %q", c.rss, c.ajvRan, c.ratio, got, c.want)
		}
	}
}
