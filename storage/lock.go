package storage

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"time"
)

// ErrInUse is what OpenDaemon's error matches (errors.Is) when another
// daemon holds the database.
var ErrInUse = errors.New("database in use")

// holder is who holds a daemon lock, as its lock file records it.
type holder struct {
	By    string    `json:"by"`
	PID   int       `json:"pid"`
	Since time.Time `json:"since"`
}

// inUseError says which process holds the database.
type inUseError struct {
	path   string
	holder holder // zero when the file did not say (the holder was still writing it)
}

func (e *inUseError) Error() string {
	h := e.holder
	if h.PID == 0 {
		return fmt.Sprintf("database %s is in use by another process (lock file %s)", e.path, e.path+".lock")
	}
	by := h.By
	if by == "" {
		by = "a process"
	}
	return fmt.Sprintf("database %s is in use by %s, pid %d, since %s",
		e.path, by, h.PID, h.Since.UTC().Format("2006-01-02 15:04 MST"))
}

func (e *inUseError) Is(target error) bool { return target == ErrInUse }

// OpenDaemon is Open for the one process that may deliver from the
// database: two daemons on one file would each post every alert. It takes
// an exclusive advisory lock (flock) on the file path+".lock" and writes
// who holds it there: by (a name for the program, "vendorwatch run"), the
// process id and the time. A second OpenDaemon fails with an error that
// matches ErrInUse and names the holder. Open (commands, tests) ignores
// the lock. Close releases it, and so does the system when the process
// ends, however it ends. On platforms without flock there is no lock.
func OpenDaemon(ctx context.Context, path, by string) (*DB, error) {
	if err := checkPath(path); err != nil {
		return nil, err
	}
	lock, err := lockDaemon(path, by)
	if err != nil {
		return nil, err
	}
	db, err := Open(ctx, path)
	if err != nil {
		lock.Close()
		return nil, err
	}
	db.lock = lock
	return db, nil
}

// lockDaemon opens and locks path+".lock". The file stays: removing it on
// Close would let a new daemon lock a fresh file while a process that had
// opened the old one locked that.
func lockDaemon(path, by string) (*os.File, error) {
	name := path + ".lock"
	f, err := os.OpenFile(name, os.O_RDWR|os.O_CREATE, 0o644)
	if err != nil {
		return nil, fmt.Errorf("open database lock: %w", err)
	}
	ok, err := tryLock(f)
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("lock %s: %w", name, err)
	}
	if !ok {
		e := &inUseError{path: path}
		// A holder that has just locked may not have written itself yet:
		// then the file is empty and the error says less.
		if b, err := os.ReadFile(name); err == nil {
			json.Unmarshal(b, &e.holder)
		}
		f.Close()
		return nil, e
	}
	b, err := json.Marshal(holder{By: by, PID: os.Getpid(), Since: time.Now().UTC().Truncate(time.Second)})
	if err == nil {
		err = f.Truncate(0)
	}
	if err == nil {
		_, err = f.WriteAt(append(b, '\n'), 0)
	}
	if err != nil {
		f.Close()
		return nil, fmt.Errorf("write %s: %w", name, err)
	}
	return f, nil
}
