package storage

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// A second daemon on one database is refused and told who holds it;
// Open still works meanwhile, and Close hands the database on.
func TestOpenDaemonExclusive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vw.db")
	first, err := OpenDaemon(ctx, path, "vendorwatch test")
	if err != nil {
		t.Fatalf("first OpenDaemon: %v", err)
	}
	t.Cleanup(func() { first.Close() })

	// The same process opens the lock file again: a new open file
	// description, which flock treats as another holder.
	second, err := OpenDaemon(ctx, path, "vendorwatch test")
	if err == nil {
		second.Close()
		if runtime.GOOS == "windows" {
			t.Skip("no daemon lock on this platform")
		}
		t.Fatal("second OpenDaemon succeeded while the first holds the database")
	}
	if !errors.Is(err, ErrInUse) {
		t.Errorf("second OpenDaemon = %v, want ErrInUse", err)
	}
	want := fmt.Sprintf("database %s is in use by vendorwatch test, pid %d, since ", path, os.Getpid())
	if !strings.HasPrefix(err.Error(), want) || !strings.HasSuffix(err.Error(), " UTC") {
		t.Errorf("second OpenDaemon error:\n%s\nwant it to start %q and end in UTC", err, want)
	}

	plain, err := Open(ctx, path)
	if err != nil {
		t.Fatalf("Open while a daemon holds the database: %v", err)
	}
	if err := plain.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
	plain.Close()

	if err := first.Close(); err != nil {
		t.Fatalf("Close: %v", err)
	}
	again, err := OpenDaemon(ctx, path, "vendorwatch test")
	if err != nil {
		t.Fatalf("OpenDaemon after the holder closed: %v", err)
	}
	again.Close()
}

// A lock file left by a daemon that is gone does not hold the database:
// only a live flock does.
func TestOpenDaemonStaleLockFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "vw.db")
	stale := `{"by":"vendorwatch run","pid":999999,"since":"2026-01-02T03:04:05Z"}` + "\n"
	if err := os.WriteFile(path+".lock", []byte(stale), 0o644); err != nil {
		t.Fatal(err)
	}
	db, err := OpenDaemon(context.Background(), path, "vendorwatch test")
	if err != nil {
		t.Fatalf("OpenDaemon over a stale lock file: %v", err)
	}
	db.Close()
}

// lockHelperEnv makes the test binary a helper process that holds a
// daemon lock on the named database until killed.
const lockHelperEnv = "VENDORWATCH_TEST_HOLD_LOCK"

func TestLockHelperProcess(t *testing.T) {
	path := os.Getenv(lockHelperEnv)
	if path == "" {
		t.Skip("helper process only")
	}
	db, err := OpenDaemon(context.Background(), path, "lock helper")
	if err != nil {
		fmt.Println("error:", err)
		os.Exit(1)
	}
	defer db.Close()
	fmt.Println("locked")
	bufio.NewReader(os.Stdin).ReadString('\n') // until killed
}

// Another process holding the lock is named by its pid, and kill -9
// releases the lock.
func TestOpenDaemonOtherProcessKilled(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no daemon lock on this platform")
	}
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "vw.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestLockHelperProcess$", "-test.count=1")
	cmd.Env = append(os.Environ(), lockHelperEnv+"="+path)
	stdin, err := cmd.StdinPipe()
	if err != nil {
		t.Fatal(err)
	}
	defer stdin.Close()
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer cmd.Process.Kill()
	line, err := bufio.NewReader(stdout).ReadString('\n')
	if strings.TrimSpace(line) != "locked" {
		t.Fatalf("helper said %q (%v)", line, err)
	}

	_, err = OpenDaemon(ctx, path, "vendorwatch test")
	want := fmt.Sprintf("database %s is in use by lock helper, pid %d, since ", path, cmd.Process.Pid)
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Fatalf("OpenDaemon while another process holds the lock = %v, want %q...", err, want)
	}

	if err := cmd.Process.Signal(os.Kill); err != nil {
		t.Fatal(err)
	}
	cmd.Wait()
	db, err := OpenDaemon(ctx, path, "vendorwatch test")
	if err != nil {
		t.Fatalf("OpenDaemon after the holder was killed: %v", err)
	}
	db.Close()
}
