package textgen

import (
	"bytes"
	"math/rand/v2"
	"strings"
	"unicode/utf16"
)

// A Case is one hostile input: the inputs that issue 6 lists, which
// article.Parse must survive with a result or a clear error, in bounded
// time and memory.
type Case struct {
	Name string
	// Input builds the input; large ones are built on demand.
	Input func() []byte
	// Want names what a good outcome looks like, for people: Parse must
	// return a result or an error in every case.
	Want string
}

// story is a short clean article that several cases encode or wrap.
const story = "date 2021-03-05\n\nZÜRICH, March 5 (Reuters) - The café on the Limmat reopened on Friday, " +
	"its owner said, after a winter of repairs that cost 12,000 francs.\n\n" +
	"\u201cWe are glad to be back,\u201d said owner Jonas Berg.\n\n" +
	"The city\u2019s council approved the work in November."

// Hostile returns the hostile cases, in a fixed order.
func Hostile() []Case {
	return []Case{
		{"one-line-50MB", func() []byte { return Article(50<<20, OneLine) },
			"a result: one long paragraph"},
		{"quote-marks-1M-straight", func() []byte {
			return append([]byte("date 2021-03-05\n\n"), bytes.Repeat([]byte(`"a `), 1_000_000)...)
		}, "a result or ErrNoText; quotes need not be found"},
		{"quote-marks-1M-curly", func() []byte {
			return append([]byte("date 2021-03-05\n\nHe said "), bytes.Repeat([]byte("\u201c"), 1_000_000)...)
		}, "a result or ErrNoText"},
		{"quote-marks-1M-paragraphs", func() []byte {
			var b bytes.Buffer
			b.WriteString("date 2021-03-05\n\n")
			for i := range 250_000 {
				if i > 0 {
					b.WriteString("\n\n")
				}
				b.WriteString(`"Yes," said Ana. "No`)
			}
			return b.Bytes()
		}, "a result with many paragraphs and quotes"},
		{"nested-tags-100k", func() []byte {
			return []byte("<!DOCTYPE html><html><head><title>Deep</title></head><body>" +
				strings.Repeat("<div>", 100_000) + "<p>Text at the bottom of a deep page.</p>" +
				strings.Repeat("</div>", 100_000) + "</body></html>")
		}, "a result or ErrNoText"},
		{"nested-inline-tags-100k", func() []byte {
			return []byte("<html><body><p>" + strings.Repeat("<b><i>", 50_000) + "deep text" + "</p></body></html>")
		}, "a result or ErrNoText"},
		{"unclosed-tags", func() []byte {
			return []byte("<html><head><title>Unclosed</title></head><body><article><p>First paragraph of the story " +
				"<a href=\"/x\" <b>bold <i>italic <p>second paragraph <div class=\"" + strings.Repeat("x", 1<<20))
		}, "a result or ErrNoText"},
		{"unclosed-comment", func() []byte {
			return []byte("<html><body><p>Visible paragraph before the comment, long enough to keep.</p><!-- " +
				strings.Repeat("hidden text ", 100_000))
		}, "a result (the paragraph before the comment) or ErrNoText"},
		{"unclosed-comment-in-text", func() []byte {
			return []byte(story + "\n\nA paragraph with <!-- a comment that never ends " + strings.Repeat("and goes on ", 100_000))
		}, "a result"},
		{"nul-and-control-bytes", func() []byte {
			var b bytes.Buffer
			for i, r := range story {
				b.WriteRune(r)
				if i%7 == 0 {
					b.WriteByte(byte(i % 32 &^ 0x0a)) // any C0 control but LF
				}
			}
			return b.Bytes()
		}, "a result without control characters"},
		{"all-nul", func() []byte { return make([]byte, 1<<20) }, "ErrEmpty or ErrNoText"},
		{"invalid-utf8", func() []byte {
			b := []byte(story)
			for i := 20; i < len(b); i += 13 {
				b[i] = 0xff
			}
			return append(b, 0xc3, 0x28, 0xe2, 0x82, 0xf0, 0x9f, 0x98)
		}, "a result in valid UTF-8"},
		{"utf16le-bom", func() []byte { return utf16Bytes(story, true, false) }, "the story, decoded"},
		{"utf16be-bom", func() []byte { return utf16Bytes(story, true, true) }, "the story, decoded"},
		{"utf16le-no-bom", func() []byte { return utf16Bytes(story, false, false) }, "a result or an error"},
		{"utf16be-no-bom", func() []byte { return utf16Bytes(story, false, true) }, "a result or an error"},
		{"binary-junk", func() []byte { return junk(1<<20, 1) }, "a result or ErrNoText"},
		{"binary-junk-small", func() []byte { return junk(300, 2) }, "a result or ErrNoText"},
		{"impossible-date-header", func() []byte {
			return []byte(strings.Replace(story, "2021-03-05", "2021-02-30", 1))
		}, "no date (not 2021-03-02), the body kept"},
		{"impossible-date-month", func() []byte {
			return []byte(strings.Replace(story, "2021-03-05", "2021-13-45", 1))
		}, "no date, the body kept"},
		{"impossible-date-html", func() []byte {
			return []byte(`<html><head><meta property="article:published_time" content="2021-02-30T25:61:00Z">` +
				`<title>Bad date</title></head><body><article><p>` + strings.Repeat("A paragraph of body text. ", 10) +
				`</p></article></body></html>`)
		}, "no date, the body kept"},
		{"charset-declared-latin1-is-utf8", func() []byte {
			return []byte(`<html><head><meta charset="iso-8859-1"><title>Café</title></head><body><article><p>` +
				strings.Repeat("The caf\u00e9 in Z\u00fcrich reopened on Friday after a winter of repairs, its owner said. ", 4) +
				"</p><p>" + strings.Repeat("Guests from Gen\u00e8ve and M\u00fcnchen came for the \u201cfirst coffee\u201d of the year. ", 4) +
				"</p></article></body></html>")
		}, "Zürich and café readable"},
		{"charset-declared-utf8-is-cp1252", func() []byte {
			return []byte("<html><head><meta charset=\"utf-8\"><title>Caf\xe9</title></head><body><article><p>" +
				strings.Repeat("The caf\xe9 in Z\xfcrich reopened on Friday \x93after\x94 a winter of repairs, its owner said. ", 4) +
				"</p><p>" + strings.Repeat("Guests from Gen\xe8ve and M\xfcnchen came for the first coffee of the year. ", 4) +
				"</p></article></body></html>")
		}, "valid UTF-8; ideally Zürich and café"},
		{"text-declared-nothing-is-cp1252", func() []byte {
			return []byte("date 2021-03-05\n\nThe caf\xe9 in Z\xfcrich reopened on Friday \x93after\x94 a winter of repairs, its owner said.")
		}, "Zürich and café (Decode transcodes Windows-1252)"},
	}
}

// utf16Bytes encodes s as UTF-16, little or big endian, with or without
// a byte order mark.
func utf16Bytes(s string, bom, bigEndian bool) []byte {
	units := utf16.Encode([]rune(s))
	if bom {
		units = append([]uint16{0xfeff}, units...)
	}
	b := make([]byte, 0, 2*len(units))
	for _, u := range units {
		if bigEndian {
			b = append(b, byte(u>>8), byte(u))
		} else {
			b = append(b, byte(u), byte(u>>8))
		}
	}
	return b
}

// junk returns n pseudo-random bytes.
func junk(n int, seed uint64) []byte {
	r := rand.New(rand.NewPCG(seed, seed))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}
