package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"slices"
	"strings"
	"time"
)

// sample is one measured run.
type sample struct {
	cpu  time.Duration // user + system
	wall time.Duration
	rss  int64 // peak resident set in bytes; 0 when the system does not say
	exit int
	out  string // the end of stdout and stderr, for messages
}

// proc is a program to run and measure.
type proc struct {
	argv []string
	dir  string
	env  []string
}

// String is the command line, for messages.
func (p proc) String() string { return strings.Join(p.argv, " ") }

// runTimeout bounds one measured run.
const runTimeout = 15 * time.Minute

// run runs p once and measures it, from the helper when there is one (see
// spawner); only a failure to start or a timeout is an error, the exit code
// is the caller's to judge.
func run(ctx context.Context, p proc) (sample, error) {
	if err := ctx.Err(); err != nil {
		return sample{}, err
	}
	if measurer != nil {
		return measurer.run(p)
	}
	return runHere(ctx, p)
}

// runHere is run, from this process.
func runHere(ctx context.Context, p proc) (sample, error) {
	ctx, cancel := context.WithTimeout(ctx, runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, p.argv[0], p.argv[1:]...)
	cmd.Dir, cmd.Env = p.dir, p.env
	var out tail
	cmd.Stdout, cmd.Stderr = &out, &out
	start := time.Now()
	err := cmd.Run()
	wall := time.Since(start)
	if ctx.Err() != nil {
		return sample{}, fmt.Errorf("%s: %w", p, ctx.Err())
	}
	var exitErr *exec.ExitError
	if err != nil && !errors.As(err, &exitErr) {
		return sample{}, fmt.Errorf("%s: %w", p, err)
	}
	ps := cmd.ProcessState
	return sample{
		cpu:  ps.UserTime() + ps.SystemTime(),
		wall: wall,
		rss:  maxRSS(ps),
		exit: ps.ExitCode(),
		out:  out.String(),
	}, nil
}

// mustRun is run, with any exit code but 0 an error that shows the output.
func mustRun(ctx context.Context, p proc) (sample, error) {
	s, err := run(ctx, p)
	if err == nil && s.exit != 0 {
		err = fmt.Errorf("%s: exit %d\n%s", p, s.exit, s.out)
	}
	return s, err
}

// gcCount runs p once more with GODEBUG=gctrace=1 and counts the garbage
// collections it reports (a Go program only).
func gcCount(ctx context.Context, p proc) (int, error) {
	p.env = append(append([]string{}, p.env...), "GODEBUG=gctrace=1")
	ctx, cancel := context.WithTimeout(ctx, runTimeout)
	defer cancel()
	cmd := exec.CommandContext(ctx, p.argv[0], p.argv[1:]...)
	cmd.Dir, cmd.Env = p.dir, p.env
	var gcs lineCounter
	cmd.Stderr = &gcs
	if err := cmd.Run(); err != nil {
		return 0, fmt.Errorf("%s with GODEBUG=gctrace=1: %w", p, err)
	}
	return gcs.n, nil
}

// lineCounter counts the lines that start with "gc " (gctrace's lines).
type lineCounter struct {
	n       int
	partial []byte
}

func (c *lineCounter) Write(p []byte) (int, error) {
	c.partial = append(c.partial, p...)
	for {
		i := bytes.IndexByte(c.partial, '\n')
		if i < 0 {
			return len(p), nil
		}
		if bytes.HasPrefix(c.partial[:i], []byte("gc ")) {
			c.n++
		}
		c.partial = c.partial[i+1:]
	}
}

// tail keeps the last tailSize bytes written to it.
type tail struct{ b []byte }

const tailSize = 4096

func (t *tail) Write(p []byte) (int, error) {
	t.b = append(t.b, p...)
	if len(t.b) > 2*tailSize {
		t.b = append(t.b[:0], t.b[len(t.b)-tailSize:]...)
	}
	return len(p), nil
}

func (t *tail) String() string {
	s := t.b
	if len(s) > tailSize {
		s = s[len(s)-tailSize:]
	}
	return strings.TrimSpace(string(s))
}

// measureFunc makes one measured run.
type measureFunc func() (sample, error)

// pair holds the runs of a program and its baseline, run alternately.
type pair struct{ a, b []sample }

// paired runs a and b once each unmeasured (warming caches, and checking
// that they work), then n times each, alternating which goes first so that
// a drift in machine load falls on both. b may be nil (no baseline).
func paired(n int, a, b measureFunc, progress func(i int)) (pair, error) {
	var p pair
	for i := -1; i < n; i++ {
		if progress != nil && i >= 0 {
			progress(i)
		}
		aFirst := i%2 == 0 || i < 0
		for _, runA := range []bool{aFirst, !aFirst} {
			f := b
			if runA {
				f = a
			}
			if f == nil {
				continue
			}
			s, err := f()
			if err != nil {
				return p, err
			}
			switch {
			case i < 0:
			case runA:
				p.a = append(p.a, s)
			default:
				p.b = append(p.b, s)
			}
		}
	}
	return p, nil
}

// median returns the median of xs (the mean of the middle two for an even
// count), 0 for none.
func median[T int64 | time.Duration | float64](xs []T) T {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	m := len(s) / 2
	if len(s)%2 == 1 {
		return s[m]
	}
	return (s[m-1] + s[m]) / 2
}

// field picks one measure from each sample.
func field[T any](ss []sample, f func(sample) T) []T {
	out := make([]T, len(ss))
	for i, s := range ss {
		out[i] = f(s)
	}
	return out
}

func cpuOf(s sample) time.Duration  { return s.cpu }
func wallOf(s sample) time.Duration { return s.wall }
func rssOf(s sample) int64          { return s.rss }

// ratio is the median of the pairs' ratios a/b of the measure f.
func (p pair) ratio(f func(sample) time.Duration) float64 {
	var rs []float64
	for i := range min(len(p.a), len(p.b)) {
		if d := f(p.b[i]); d > 0 {
			rs = append(rs, float64(f(p.a[i]))/float64(d))
		}
	}
	return median(rs)
}
