package match

import (
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"math"
	"strings"
)

// The learned models' file format (learned.gz, reversal.gz), written
// and read in one place: gzip, with no name and no time in its header so
// that the same model writes the same bytes, of "#" comment lines, header
// lines "key value", a line "weights" and then int16s of the fixed point
// (learnScale), their low bytes first, then their high bytes (small
// weights make the high bytes runs of 0x00 and 0xff, which deflate
// packs).

// weightsHeader is one header line of a weights file: its key and the
// rest of the line.
type weightsHeader struct{ key, value string }

// readWeights reads a weights file: its header lines in order and its
// weights.
func readWeights(b []byte) ([]weightsHeader, []float32, error) {
	zr, err := gzip.NewReader(bytes.NewReader(b))
	if err != nil {
		return nil, nil, err
	}
	p, err := io.ReadAll(zr)
	if err != nil {
		return nil, nil, err
	}
	var hs []weightsHeader
	for {
		line, rest, ok := bytes.Cut(p, []byte("\n"))
		if !ok {
			return nil, nil, errors.New("no weights")
		}
		p = rest
		if string(line) == "weights" {
			break
		}
		if len(line) == 0 || line[0] == '#' {
			continue
		}
		k, v, _ := strings.Cut(string(line), " ")
		hs = append(hs, weightsHeader{k, v})
	}
	if len(p)%2 != 0 {
		return nil, nil, fmt.Errorf("%d weight bytes, an odd number", len(p))
	}
	n := len(p) / 2
	w := make([]float32, n)
	for i := range w {
		w[i] = float32(int16(uint16(p[i])|uint16(p[n+i])<<8)) / learnScale
	}
	return hs, w, nil
}

// writeWeights writes comment, the header lines and the weights w
// (rounded to the fixed point) in readWeights' format.
func writeWeights(comment string, hs []weightsHeader, w []float64) []byte {
	var p bytes.Buffer
	for _, l := range strings.Split(comment, "\n") {
		p.WriteString("# " + l + "\n")
	}
	for _, h := range hs {
		p.WriteString(h.key + " " + h.value + "\n")
	}
	p.WriteString("weights\n")
	q := make([]int16, len(w))
	for i, x := range w {
		q[i] = fixedWeight(x)
	}
	for _, x := range q {
		p.WriteByte(byte(x))
	}
	for _, x := range q {
		p.WriteByte(byte(uint16(x) >> 8))
	}
	var b bytes.Buffer
	zw, err := gzip.NewWriterLevel(&b, gzip.BestCompression)
	if err != nil {
		panic(err) // a valid level
	}
	zw.Write(p.Bytes()) // a bytes.Buffer does not fail
	zw.Close()
	return b.Bytes()
}

// fixedWeight is x rounded to the fixed point, clamped to int16.
func fixedWeight(x float64) int16 {
	q := math.Round(x * learnScale)
	return int16(max(min(q, math.MaxInt16), math.MinInt16))
}
