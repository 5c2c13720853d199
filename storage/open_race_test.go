package storage

import (
	"context"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
)

// TestOpenNewFileTwiceAtOnce: two processes (here two DBs) opening the
// same new database file at once both get a migrated database.
func TestOpenNewFileTwiceAtOnce(t *testing.T) {
	for k := range 20 {
		path := filepath.Join(t.TempDir(), fmt.Sprintf("vw%d.db", k))
		var wg sync.WaitGroup
		errs := make([]error, 3)
		for i := range errs {
			wg.Add(1)
			go func() {
				defer wg.Done()
				db, err := Open(context.Background(), path)
				if err == nil {
					err = db.Ping(context.Background())
					db.Close()
				}
				errs[i] = err
			}()
		}
		wg.Wait()
		for i, err := range errs {
			if err != nil {
				t.Fatalf("round %d, opener %d: %v", k, i, err)
			}
		}
	}
}
