package clean

import (
	"math/bits"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// hintFiller is plain text with none of the hint bytes, for building
// texts long enough to get hints (hintMinLen) around a few pieces.
const hintFiller = "Plain words, and more words to fill the text with.\n"

// hintText returns about n bytes of hintFiller with each piece inserted at
// its position (taken modulo the length, in order, moved to the start of
// a character), so that pieces can be
// put astride the boundaries of blocks and regions.
func hintText(n int, pieces []string, at []int) string {
	s := strings.Repeat(hintFiller, n/len(hintFiller)+1)[:n]
	for k, p := range pieces {
		i := at[k] % (len(s) + 1)
		for i < len(s) && !utf8.RuneStart(s[i]) {
			i++ // not into a piece's character
		}
		s = s[:i] + p + s[i:]
	}
	return s
}

// hintCases are long texts with hint bytes and the strings the passes
// look for at the edges of blocks and regions (16 KB up to 4 MB, 32 KB
// past it), and damaged ones where the survey stops early.
var hintCases = []struct {
	name string
	in   string
}{
	{"none", hintText(100<<10, nil, nil)},
	{"just too short", hintText(hintMinLen-1, []string{"&amp;"}, []int{40 << 10})},
	{"each byte once", hintText(200<<10, []string{"&", ";", "%", "Y", "<", "=", "["}, []int{1, 17 << 10, 40 << 10, 70 << 10, 99 << 10, 130 << 10, 190 << 10})},
	{"at block edges", hintText(100<<10, []string{"&amp;", "a<br>b", "50% and %", "x=1"}, []int{surveyBlock - 1, 2*surveyBlock - 2, 3*surveyBlock - 3, 4 * surveyBlock})},
	{"MINIFYHTML astride", hintText(100<<10, []string{"%MINIFYHTML53d1ac170dab23a029a4ba644cd3575111%", "MINIFYHTML53d1ac170dab23a029a4ba644cd35751PRE7"}, []int{surveyBlock - 7, 3*surveyBlock - 3})},
	{"email astride", hintText(100<<10, []string{"[email protected]", "[email\u00a0protected]"}, []int{surveyBlock - 1, 2*surveyBlock - 4})},
	{"entity astride", hintText(100<<10, []string{"AT&amp;T", "al-Sadr & # 39; s", "wordquot; x"}, []int{surveyBlock - 4, 2*surveyBlock - 9, 3*surveyBlock - 5})},
	{"attribute soup", hintText(100<<10, []string{` class="a" id="b">c`}, []int{2*surveyBlock - 3})},
	{"big regions", hintText(5<<20, []string{"&amp;", "<p>", "[email protected]"}, []int{(4 << 20) + 5, (5 << 20) - 100, 32<<10 - 3})},
	{"damaged late", hintText(100<<10, []string{"&amp;", "it\u00e2\u20ac\u2122s \u200b", "<br>"}, []int{10, 40 << 10, 90 << 10})},
	{"damaged early", hintText(100<<10, []string{"it\u00e2\u20ac\u2122s \u200b", "&amp;", "<br>"}, []int{10, 40 << 10, 90 << 10})},
	{"quiet punctuation astride", hintText(100<<10, []string{"\u201cq\u201d", "&amp;"}, []int{surveyBlock - 1, surveyBlock + 5})},
	{"non-ASCII astride", hintText(100<<10, []string{"caf\u00e9 \u00e9", "&amp;"}, []int{surveyBlock - 4, surveyBlock + 5})},
	{"empty lines astride", hintText(100<<10, []string{strings.Repeat("\n", 40<<10), "&amp;"}, []int{surveyBlock - 4, 80 << 10})},
}

// TestSurveyHints checks the hints of surveys of long texts against where
// each byte is (checkHints), and the pipeline with them against the one
// without a survey.
func TestSurveyHints(t *testing.T) {
	for _, tc := range hintCases {
		t.Run(tc.name, func(t *testing.T) {
			checkSurveyHints(t, tc.in)
			for _, c := range []Cleaner{{}, {KeepBoilerplate: true}} {
				assertSurveyAgrees(t, c, tc.in)
			}
			sv, ok := surveyText(tc.in, true, wantMojibake|wantInvisible|wantLines|wantAllHints)
			require.True(t, ok)
			checkHintedPasses(t, tc.in, &sv.hints)
		})
	}
}

// checkSurveyHints checks the hints of surveys of s taken for all hint
// bytes and for some (checkSurvey checks the rest of a survey, but takes
// too long on a long text).
func checkSurveyHints(t *testing.T, s string) {
	t.Helper()
	all := wantMojibake | wantInvisible | wantLines | wantAllHints
	for _, wants := range []surveyWants{all, wantMojibake | wantAmp | wantLT | wantBracket, wantAllHints} {
		sv, ok := surveyText(s, true, wants)
		if !ok {
			continue
		}
		damaged := wants&(wantMojibake|wantInvisible) != 0 && sv.mojibake < len(s) && sv.invisible < len(s)
		checkHints(t, s, wants, &sv.hints, damaged)
	}
}

// checkHintedPasses compares what each pass that searches with hints
// finds with them and with the full searches (nil hints), and the hinted
// searches with strings.IndexByte and strings.Index, from every start
// near a hint byte (the first hundred) and a few others.
func checkHintedPasses(t *testing.T, s string, h *byteHints) {
	t.Helper()
	for _, wide := range []bool{true, false} {
		with, without := newEntityScan(s, wide, h), newEntityScan(s, wide, nil)
		assert.Equal(t, without.edits(nil, len(s)+1), with.edits(nil, len(s)+1), "entity edits, wide %v", wide)
	}
	assert.Equal(t, placeholderSpans(nil, s, nil), placeholderSpans(nil, s, h), "placeholder spans")
	assert.Equal(t, markupSpans(nil, s, nil), markupSpans(nil, s, h), "markup spans")
	assert.Equal(t, emailEdits(s, DefaultEmailMark, nil), emailEdits(s, DefaultEmailMark, h), "e-mail edits")

	starts := []int{0, len(s), len(s) / 2, surveyBlock, surveyBlock + 1}
	for i := 0; i < len(s) && len(starts) < 300; i++ {
		if hintBit[s[i]] != 0 {
			starts = append(starts, max(i-6, 0), i, min(i+1, len(s)))
		}
	}
	for _, i := range starts {
		if i > len(s) {
			continue
		}
		for _, c := range []byte(hintBytes + "\"a\x00") {
			want := strings.IndexByte(s[i:], c)
			if want >= 0 {
				want += i
			}
			if got := h.index(s, i, c); got != want {
				t.Fatalf("index(%d, %q) = %d, want %d", i, c, got, want)
			}
		}
		for _, sep := range []struct {
			s  string
			at int
		}{{"MINIFYHTML", 5}, {"[email", 0}, {"&amp;", 0}, {"x=1", 1}} {
			want := strings.Index(s[i:], sep.s)
			if want >= 0 {
				want += i
			}
			if got := h.indexString(s, i, sep.s, sep.at); got != want {
				t.Fatalf("indexString(%d, %q) = %d, want %d", i, sep.s, got, want)
			}
		}
	}
}

// TestNextRegion checks the bitmap search of the hints at the edges of
// its words.
func TestNextRegion(t *testing.T) {
	tests := []struct {
		name      string
		set       []int
		from      int
		want, gap int // the first set region from from on, the first clear one from want on
	}{
		{name: "none", from: 0, want: hintRegions, gap: hintRegions},
		{name: "first", set: []int{0}, from: 0, want: 0, gap: 1},
		{name: "past the last", set: []int{3}, from: 4, want: hintRegions, gap: hintRegions},
		{name: "word edge", set: []int{63, 64, 65}, from: 1, want: 63, gap: 66},
		{name: "last", set: []int{255}, from: 200, want: 255, gap: hintRegions},
		{name: "run to the end", set: []int{128, 129, 130, 131}, from: 128, want: 128, gap: 132},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			var bits [hintRegions / 64]uint64
			for _, r := range tc.set {
				bits[r/64] |= 1 << (r % 64)
			}
			got := nextRegion(&bits, tc.from, false)
			assert.Equal(t, tc.want, got, "first set")
			if got < hintRegions {
				assert.Equal(t, tc.gap, nextRegion(&bits, got, true), "first clear")
			}
		})
	}
}

// FuzzHints puts the input twice into a long plain text, at places the
// fuzzer chooses (astride the boundaries of blocks and regions among
// them), and checks the survey's hints, the passes that search with them
// against the full searches, and the pipeline against the one without a
// survey.
func FuzzHints(f *testing.F) {
	for _, tc := range surveyCases {
		f.Add(tc.in, uint32(surveyBlock-3), uint32(3*surveyBlock-1))
	}
	f.Fuzz(func(t *testing.T, in string, at1, at2 uint32) {
		s := hintText(80<<10, []string{in, in}, []int{int(at1), int(at2)})
		checkSurveyHints(t, s)
		if sv, ok := surveyText(s, true, wantMojibake|wantInvisible|wantLines|wantAllHints); ok {
			checkHintedPasses(t, s, &sv.hints)
		}
		with, without := newDoc(s), newDoc(s)
		without.noSurvey = true
		var c Cleaner
		out, reps := c.textRepairs(&with)
		wantOut, wantReps := c.textRepairs(&without)
		if out != wantOut || !reflect.DeepEqual(reps, wantReps) {
			t.Fatalf("TextRepairs with the survey differs from without (input %q at %d and %d)", in, at1, at2)
		}
	})
}

// TestNoteBlockDrops checks that the survey stops noting the bytes of the
// passes that will see a changed text: all of them from the block with a
// CR, those after the entity pass from the block with an '&' (everywhere
// when that is the first block), and that a byte in every region is taken
// to be everywhere, as is one found in each of the first denseRegions.
func TestNoteBlockDrops(t *testing.T) {
	all := wantMojibake | wantInvisible | wantLines | wantAllHints
	bit := func(c byte) uint8 { return hintBit[c] }
	region := func(h *byteHints, c byte, r int) bool {
		return h.in[bits.TrailingZeros8(hintBit[c])][r/64]&(1<<(r%64)) != 0
	}
	tests := []struct {
		name       string
		in         string
		everywhere uint8 // of the bytes wanted
		noting     uint8
		lt0, lt3   bool // '<' marked in regions 0 and 3
	}{
		{
			name:   "amp in block 2",
			in:     hintText(100<<10, []string{"AT&T", "<br>"}, []int{2*surveyBlock + 5, 4 * surveyBlock}),
			noting: bit('&') | bit(';'),
			lt3:    true, // dropped from region 2 on
		},
		{
			name:       "amp in block 0",
			in:         hintText(100<<10, []string{"AT&T", "<br>"}, []int{5, 4 * surveyBlock}),
			everywhere: allHints &^ (bit('&') | bit(';')),
			noting:     bit('&') | bit(';'),
			lt0:        true,
			lt3:        true,
		},
		{
			name:   "CR in block 1",
			in:     hintText(100<<10, []string{"a\r\nb", "<br>"}, []int{surveyBlock + 5, 4 * surveyBlock}),
			noting: 0,
			lt3:    true,
		},
		{
			name:       "semicolon everywhere",
			in:         strings.Repeat("a; b\n", 20<<10),
			everywhere: bit(';'),
			noting:     allHints,
		},
		{
			name:       "semicolon in the first regions only",
			in:         hintText(200<<10, []string{";", ";", ";", ";", ";", ";", ";", ";"}, []int{100, surveyBlock + 100, 2*surveyBlock + 100, 3*surveyBlock + 100, 4*surveyBlock + 100, 5*surveyBlock + 100, 6*surveyBlock + 100, 7*surveyBlock + 100}),
			everywhere: bit(';'), // dropped at region 8, marked before
			noting:     allHints &^ bit(';'),
		},
		{
			name:   "clean",
			in:     hintText(100<<10, []string{"<br>"}, []int{4 * surveyBlock}),
			noting: allHints,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			sv, ok := surveyText(tc.in, true, all)
			require.True(t, ok)
			h := &sv.hints
			assert.Equal(t, tc.everywhere, h.everywhere, "everywhere %07b", h.everywhere)
			assert.Equal(t, tc.noting, h.noting, "noting %07b", h.noting)
			assert.Equal(t, tc.lt0, region(h, '<', 0), "'<' in region 0")
			assert.Equal(t, tc.lt3, region(h, '<', 3), "'<' in region 3")
		})
	}
}
