package textgen

import (
	"bytes"
	"fmt"
	"math/rand/v2"
)

// A Flavor says what a generated article is made of.
type Flavor int

const (
	// Plain is clean prose: a dateline, paragraphs, some quotes with
	// speakers, a byline. Nothing to repair.
	Plain Flavor = iota
	// Damaged is Plain with the defects of scraped, machine-translated
	// text at a realistic density: broken entities ("& # 39;"), minifier
	// placeholders, "quot;" leftovers, NBSPs and zero-width spaces.
	Damaged
	// OneLine is one paragraph with no line break at all.
	OneLine
	// QuoteMarks is dense with quotation marks, straight and curly,
	// nested and unbalanced.
	QuoteMarks
	// Entities is dense with entities, broken entities and placeholders.
	Entities
)

// Flavors lists every Flavor with its name, for benchmark tables.
var Flavors = []struct {
	Name   string
	Flavor Flavor
}{
	{"plain", Plain}, {"damaged", Damaged}, {"one-line", OneLine},
	{"quote-marks", QuoteMarks}, {"entities", Entities},
}

// Article returns a text dump of the given flavor, n bytes long or a
// little more (it ends at a word). The same n and flavor always give the
// same bytes.
func Article(n int, f Flavor) []byte {
	return article(n, f, 0)
}

// Articles returns distinct articles of the given flavor, each as Article
// would write one of n bytes, enough of them to hold total bytes (at least
// one). The first is Article(n, f). Benchmarks that compare sizes parse
// the same total at each size, so that a small article is not parsed over
// and over: the caches and the branch predictor would learn it, and small
// articles would look faster than any stream of distinct ones is.
func Articles(n, total int, f Flavor) [][]byte {
	out := [][]byte{article(n, f, 0)}
	for k, sum := 1, len(out[0]); sum < total; k++ {
		out = append(out, article(n, f, k))
		sum += len(out[k])
	}
	return out
}

// article is Article, the kth of its size and flavor.
func article(n int, f Flavor, k int) []byte {
	g := &gen{r: rand.New(rand.NewPCG(uint64(n), uint64(f)|uint64(k)<<32)), f: f}
	g.b.Grow(n + 256)
	g.b.WriteString("date 2021-03-05\n\n")
	fmt.Fprintf(&g.b, "%s, March 5 (Reuters) - ", g.pick(cities))
	for g.b.Len() < n {
		g.paragraph()
		if g.b.Len() < n && f != OneLine {
			g.b.WriteString("\n\n")
		} else {
			g.b.WriteByte(' ')
		}
	}
	if f != OneLine {
		g.b.WriteString("\n\n")
	}
	fmt.Fprintf(&g.b, "(Reporting by %s; Editing by %s)", g.pick(names), g.pick(names))
	return g.b.Bytes()
}

type gen struct {
	r *rand.Rand
	f Flavor
	b bytes.Buffer
	n int // placeholders written
}

func (g *gen) pick(list []string) string { return list[g.r.IntN(len(list))] }

// paragraph writes one paragraph: narration, or a quote with a speaker.
func (g *gen) paragraph() {
	switch g.f {
	case QuoteMarks:
		g.quoteMarks()
		return
	case Entities:
		g.entities()
		return
	}
	if g.r.IntN(3) == 0 {
		open, close := `"`, `,"`
		if g.f == Damaged && g.r.IntN(2) == 0 {
			close = ",quot;"
		}
		fmt.Fprintf(&g.b, "%s", open)
		g.sentence(8 + g.r.IntN(12))
		fmt.Fprintf(&g.b, "%s %s %s, %s.", close, g.pick(verbs), g.pick(names), g.pick(roles))
		return
	}
	for range 2 + g.r.IntN(3) {
		g.sentence(10 + g.r.IntN(15))
		g.b.WriteString(". ")
		if g.f == Damaged {
			g.damage()
		}
	}
	g.b.Truncate(g.b.Len() - 1)
}

// sentence writes n words, the first capitalized.
func (g *gen) sentence(n int) {
	for i := range n {
		w := g.pick(others)
		if g.r.IntN(4) == 0 {
			w = g.pick(nouns)
		}
		if i == 0 {
			w = string(w[0]-'a'+'A') + w[1:]
		} else {
			g.b.WriteByte(' ')
		}
		g.b.WriteString(w)
	}
}

// damage writes one defect now and then.
func (g *gen) damage() {
	switch g.r.IntN(12) {
	case 0:
		g.b.WriteString("The council& # 39; s vote ")
	case 1:
		g.n++
		fmt.Fprintf(&g.b, "%%MINIFYHTML53d1ac170dab23a029a4ba644cd35751%d%% ", g.n)
	case 2:
		g.b.WriteString("March\u00a05 ")
	case 3:
		g.b.WriteString("rail\u200bway ")
	case 4:
		g.b.WriteString("it&amp;#39;s ")
	}
}

// quoteMarks writes a paragraph of quotation marks in every arrangement.
func (g *gen) quoteMarks() {
	for range 6 {
		switch g.r.IntN(6) {
		case 0:
			g.b.WriteString(`"`)
			g.sentence(3)
			g.b.WriteString(`," said ` + g.pick(names) + ". ")
		case 1:
			g.b.WriteString("\u201c")
			g.sentence(2)
			g.b.WriteString(" \u2018nested\u2019 ")
			g.sentence(2)
			g.b.WriteString("\u201d ")
		case 2:
			g.b.WriteString(`"""" `)
		case 3:
			g.b.WriteString("\u201c\u201c open ")
		case 4:
			g.b.WriteString("close\u201d\u201d ")
		case 5:
			g.b.WriteString(`'single' ''`)
		}
	}
}

// entities writes a paragraph of entities, broken and whole, and
// placeholders.
func (g *gen) entities() {
	for range 8 {
		switch g.r.IntN(7) {
		case 0:
			g.b.WriteString("& # 39; ")
		case 1:
			g.b.WriteString("&amp;amp;quot; ")
		case 2:
			g.b.WriteString("&rsquo;&#8217;&#x2019; ")
		case 3:
			g.n++
			fmt.Fprintf(&g.b, "%%MINIFYHTML53d1ac170dab23a029a4ba644cd35751%d%% ", g.n)
		case 4:
			g.b.WriteString("＆quot; ,quot; ")
		case 5:
			g.b.WriteString("& amp ; & ")
		case 6:
			g.sentence(4)
			g.b.WriteString(". ")
		}
	}
}
