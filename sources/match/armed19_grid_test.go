package match

import (
	"strings"
	"testing"
)

// The probe grid of the armed forces as the authority advising those
// who use a product against it (actorBefore): "Sweden's armed forces
// warn staff against Chinese smartwatches". Cells differ in one axis at
// a time: the actor's form, the verb of advice, the object (a class, a
// registry vendor).

var af19Actors = []string{"Armed forces", "Sweden's armed forces", "Dutch armed forces", "Sweden's Armed Forces"}

var af19Verbs = []string{"warn staff against {O}", "urge staff to drop {O}", "tell staff to stop using {O}"}

var af19Objects = []struct{ kind, text, want string }{
	{"class", "Chinese smartwatches", "Chinese smartwatches"},
	{"registry", "Huawei phones", "Huawei"},
}

// TestArmed19Grid holds every cell to an alert of advice or a ban naming
// the object.
func TestArmed19Grid(t *testing.T) {
	m := defaultMatcher(t)
	g := newProbeGrid(m)
	for _, a := range af19Actors {
		for _, v := range af19Verbs {
			for _, o := range af19Objects {
				title := a + " " + strings.ReplaceAll(v, "{O}", o.text)
				axes := []string{"actor=" + a, "verb=" + v, "object=" + o.kind}
				g.check(title, "", axes, gridBanOrDirective(o.want), axes...)
			}
		}
	}
	g.holdExpected(t, newProbeGrid(m), "AF19_GRID", 1)
}

// af19Lookalikes are the grid's parts with no state advising: forces
// that are no military's, a newspaper, people of the forces rather than
// the forces, a safety warning; silent.
var af19Lookalikes = []string{
	"Market forces warn buyers against Chinese smartwatches",
	"Rebel forces warn civilians against Chinese smartwatches",
	"Swedish newspaper warns staff against Chinese smartwatches",
	"Armed forces veterans warn staff against Chinese smartwatches",
	"Sweden's armed forces warn staff against fake Chinese smartwatches over fire risk",
}

// TestArmed19Lookalikes holds the look-alikes silent.
func TestArmed19Lookalikes(t *testing.T) {
	m := defaultMatcher(t)
	for _, title := range af19Lookalikes {
		t.Run(title, func(t *testing.T) { expectAlert(t, m, title, "", "") })
	}
}
