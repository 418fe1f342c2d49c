package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"runtime/debug"
	"sync"
	"time"
)

// Peak RSS is what wait4 says of a child, and on Linux that is at least
// what its parent had in use when it started it: Go starts a program with
// vfork, and exec keeps the high-water mark of the memory it leaves (the
// parent's). The runner holds the synthetic catalogues (hundreds of MiB at
// 50k), so every program it started "used" that much. It therefore starts
// them from a small helper process of its own (spawner), started before the
// runner grows, which runs each program and reports its measures.

// spawnerArg is the argument the runner starts its helper with.
const spawnerArg = "-internal-spawner"

// spawnRequest asks the helper to run a program.
type spawnRequest struct {
	Argv []string
	Dir  string
	Env  []string
}

// spawnReply is a run's measures, or why it could not run.
type spawnReply struct {
	CPU, Wall time.Duration
	RSS       int64
	Exit      int
	Out       string
	Err       string
}

// spawner is the runner's end of the helper.
type spawner struct {
	mu  sync.Mutex
	cmd *exec.Cmd
	enc *json.Encoder
	dec *json.Decoder
}

// measurer is the helper the measured programs run from; nil runs them
// from the runner itself (tests).
var measurer *spawner

// startSpawner starts the helper.
func startSpawner() (*spawner, error) {
	exe, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cmd := exec.Command(exe, spawnerArg)
	in, err := cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	cmd.Stderr = os.Stderr
	if err := cmd.Start(); err != nil {
		return nil, err
	}
	return &spawner{cmd: cmd, enc: json.NewEncoder(in), dec: json.NewDecoder(bufio.NewReader(out))}, nil
}

// run runs p in the helper.
func (s *spawner) run(p proc) (sample, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.enc.Encode(spawnRequest{Argv: p.argv, Dir: p.dir, Env: p.env}); err != nil {
		return sample{}, fmt.Errorf("%s: the helper: %w", p, err)
	}
	var r spawnReply
	if err := s.dec.Decode(&r); err != nil {
		return sample{}, fmt.Errorf("%s: the helper: %w", p, err)
	}
	if r.Err != "" {
		return sample{}, errors.New(r.Err)
	}
	return sample{cpu: r.CPU, wall: r.Wall, rss: r.RSS, exit: r.Exit, out: r.Out}, nil
}

// close ends the helper.
func (s *spawner) close() {
	if s == nil {
		return
	}
	s.cmd.Process.Kill()
	s.cmd.Wait()
}

// spawnerMain is the helper: it runs each program it is asked to, one at
// a time, until its input ends.
func spawnerMain(in io.Reader, out io.Writer) int {
	dec, enc := json.NewDecoder(bufio.NewReader(in)), json.NewEncoder(out)
	for {
		var req spawnRequest
		if err := dec.Decode(&req); err != nil {
			return 0
		}
		// A child's peak RSS starts at what this process holds when it
		// starts it (see above): give back what earlier runs left, or
		// after a few thousand runs (-rounds) the floor "used" 11.8 MiB
		// as eis plan did, the helper's own memory.
		debug.FreeOSMemory()
		var r spawnReply
		s, err := runHere(context.Background(), proc{argv: req.Argv, dir: req.Dir, env: req.Env})
		if err != nil {
			r.Err = err.Error()
		} else {
			r = spawnReply{CPU: s.cpu, Wall: s.wall, RSS: s.rss, Exit: s.exit, Out: s.out}
		}
		if err := enc.Encode(r); err != nil {
			return 1
		}
	}
}
