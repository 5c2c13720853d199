package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// scanFigures are the scan rounds and the baseline's, alternated.
type scanFigures struct {
	files    int
	bytes    int64
	wall     []time.Duration // vendorwatch scan, process start to exit
	cpu      []time.Duration // its user and system CPU
	baseline []time.Duration // gofeed reading and parsing the same files
}

// measureScan times `vendorwatch scan` over every feed file of dir, as a
// user runs it (a process started, its output discarded), against gofeed
// (image scan off, one parser per core) reading and parsing the same
// files in this process, in turn, rounds times each.
func measureScan(ctx context.Context, exe, dir string, rounds int, logf func(string, ...any)) (scanFigures, error) {
	var f scanFigures
	entries, err := os.ReadDir(dir)
	if err != nil {
		return f, err
	}
	var files []string
	for _, e := range entries {
		if e.Type().IsRegular() && !strings.HasPrefix(e.Name(), "LICENSE") {
			files = append(files, filepath.Join(dir, e.Name()))
		}
	}
	f.files = len(files)
	for range rounds {
		start := time.Now()
		bodies := make([][]byte, len(files))
		for i, p := range files {
			if bodies[i], err = os.ReadFile(p); err != nil {
				return f, err
			}
		}
		parseBaseline(bodies)
		f.baseline = append(f.baseline, time.Since(start))
		f.bytes = totalBytes(bodies)
		bodies = nil

		cmd := exec.CommandContext(ctx, exe, append([]string{"scan"}, files...)...)
		cmd.Stdout, cmd.Stderr = io.Discard, io.Discard
		cmd.Env = append(os.Environ(), "VENDORWATCH_CONFIG=")
		start = time.Now()
		err := cmd.Run()
		wall := time.Since(start)
		if err != nil && (cmd.ProcessState == nil || cmd.ProcessState.ExitCode() != 1) {
			return f, fmt.Errorf("vendorwatch scan: %w", err) // 1: some feeds failed, which the output says
		}
		f.wall = append(f.wall, wall)
		f.cpu = append(f.cpu, cmd.ProcessState.UserTime()+cmd.ProcessState.SystemTime())
		logf("scan %d files (%.1f MB): vendorwatch %v wall, %.2f CPU-s; gofeed %v", f.files, float64(f.bytes)/1e6,
			wall.Round(time.Millisecond), f.cpu[len(f.cpu)-1].Seconds(), f.baseline[len(f.baseline)-1].Round(time.Millisecond))
	}
	return f, nil
}

func (f scanFigures) row() benchRow {
	sec := func(d time.Duration) float64 { return d.Seconds() }
	mb := float64(f.bytes) / 1e6
	v := mb / medianOf(f.wall, sec)
	b := mb / medianOf(f.baseline, sec)
	return benchRow{fmt.Sprintf("`scan` of %d real feed files (%.0f MB), process start to exit", f.files, mb),
		fmt.Sprintf("%.1f MB/s (%.2f CPU-s)", v, medianOf(f.cpu, sec)), fmt.Sprintf("%.1f MB/s (gofeed reading and parsing them, image scan off)", b),
		fmt.Sprintf("%.0f%%", 100*v/b), "≥ 80%", verdict(v/b >= 0.80)}
}
