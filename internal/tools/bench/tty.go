package main

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"strings"
	"time"
)

// tmuxServer is a private tmux server (its own socket, no config file) in
// which programs are started in new windows and watched.
type tmuxServer struct {
	ctx  context.Context
	sock string
	path string // the socket file, removed by close (tmux leaves it)
	env  []string
}

// Screen size of the windows: wide enough that no question wraps.
const tmuxWidth, tmuxHeight = "100", "40"

// firstScreenTimeout bounds the wait for a question to appear.
const firstScreenTimeout = 20 * time.Second

// pollEvery is the pause between two looks at the screen. Each look starts
// a tmux client (a few milliseconds of CPU), so busy polling would take the
// CPU from the program watched; the figures are as coarse for both sides.
const pollEvery = time.Millisecond

func startTmux(ctx context.Context, env []string) (*tmuxServer, error) {
	t := &tmuxServer{ctx: ctx, sock: fmt.Sprintf("eis-bench-%d", os.Getpid()), env: env}
	if _, err := t.tmux("new-session", "-d", "-s", "bench", "-x", tmuxWidth, "-y", tmuxHeight, "sleep", "86400"); err != nil {
		return nil, err
	}
	// A program that exits at once leaves its window, so its message can
	// be shown.
	if _, err := t.tmux("set-option", "-g", "remain-on-exit", "on"); err != nil {
		t.close()
		return nil, err
	}
	if out, err := t.tmux("display-message", "-p", "#{socket_path}"); err == nil {
		t.path = strings.TrimSpace(out)
	}
	return t, nil
}

// tmux runs one tmux command on the private server and returns its output.
func (t *tmuxServer) tmux(args ...string) (string, error) {
	cmd := exec.CommandContext(t.ctx, "tmux", append([]string{"-L", t.sock, "-f", os.DevNull}, args...)...)
	cmd.Env = t.env
	out, err := cmd.CombinedOutput()
	if err != nil {
		return "", fmt.Errorf("tmux %s: %v: %s", strings.Join(args, " "), err, strings.TrimSpace(string(out)))
	}
	return string(out), nil
}

// close stops the private server (and any program still in it) and
// removes its socket file.
func (t *tmuxServer) close() {
	cmd := exec.Command("tmux", "-L", t.sock, "-f", os.DevNull, "kill-server")
	cmd.Env = t.env
	_ = cmd.Run()
	if t.path != "" && strings.HasSuffix(t.path, t.sock) {
		os.Remove(t.path)
	}
}

// firstScreen starts p in a new window and returns the wall time until text
// is on its screen; the window is closed afterwards.
func (t *tmuxServer) firstScreen(p proc, text string) (sample, error) {
	start := time.Now()
	out, err := t.tmux(append([]string{"new-window", "-d", "-P", "-F", "#{window_id}", "-c", p.dir, "--"}, p.argv...)...)
	if err != nil {
		return sample{}, err
	}
	id := strings.TrimSpace(out)
	defer t.tmux("kill-window", "-t", id)
	for {
		screen, err := t.tmux("capture-pane", "-p", "-t", id)
		if err != nil {
			return sample{}, err
		}
		if strings.Contains(screen, text) {
			return sample{wall: time.Since(start)}, nil
		}
		if time.Since(start) > firstScreenTimeout {
			return sample{}, fmt.Errorf("%s: %q not on the screen after %v; the screen shows:\n%s",
				p, text, firstScreenTimeout, strings.TrimSpace(screen))
		}
		time.Sleep(pollEvery)
	}
}
