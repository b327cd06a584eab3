package clean

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

// surveyCases each hold one thing a surveyed pass looks for (or a near
// miss), inside plain text, so that a pass skipped or started late by
// mistake shows as a difference from the pipeline without the survey.
var surveyCases = []struct{ name, in string }{
	{"plain", "Nothing here to fix, only words.\n\nAnd a second paragraph."},
	{"empty", ""},
	{"curly quotes", "He said \u201cno\u201d and left \u2014 it\u2019s over."},
	{"dash lead, bad third byte", "a \xe2\x80\xf9 b \xe2\x80\xff00"},
	{"mojibake", "plain text first, then itâ€™s broken"},
	{"mojibake Â", "plain text first. Hello.\u00c2 World"},
	{"mojibake Mac Roman", "plain text first, caf\u221a\u00a9"},
	{"mojibake not Mac Roman", "plain text first, \u201a alone and \u221a alone"},
	{"mojibake ¬", "plain text first, \u00ac alone"},
	{"decomposed mojibake", "plain text first, FranA\u0303\u0083A\u0302\u00a7ois"},
	{"combining mark after space", "plain text first, x \u0301y"},
	{"combining mark at start", "\u0301 plain text after"},
	{"accent only", "plain text first, café and São Paulo"},
	{"entity", "plain text first, AT&amp;T"},
	{"spaced entity", "plain text first, al-Sadr & # 39; s Called"},
	{"comma entity", "plain text first, \"unacceptable,quot; (x)"},
	{"dropped entity", "plain text first, wordquot; more"},
	{"full-width entity", "plain text first, ＆quot;x＆quot;"},
	{"full-width other", "plain text first, ＃ and ； alone"},
	{"semicolon", "plain text first; then more; and #39; again"},
	{"placeholder", "plain text first %MINIFYHTML53d1ac170dab23a029a4ba644cd3575111% after"},
	{"old placeholder", "plain text first MINIFYHTML53d1ac170dab23a029a4ba644cd35751PRE7 after"},
	{"percent", "plain text first, 50% and 100% of it"},
	{"markup", "plain text first<br>after"},
	{"attribute soup", "plain text first class=\"a\" id=\"b\">c"},
	{"email", "plain text first, write to [email protected] now"},
	{"CR", "plain text first\r\nsecond line\rthird"},
	{"lone CR at end", "plain text first\r"},
	{"tab", "plain\ttext first, tabs stay"},
	{"control", "plain text first\x01 after"},
	{"DEL", "plain text first\x7f after"},
	{"NUL", "plain text first\x00 after"},
	{"NBSP run", "plain text first x\u00a0\u00a0y"},
	{"NBSP single", "plain text first x\u00a0y"},
	{"NBSP at line end", "plain text first\u00a0\nnext"},
	{"soft hyphen", "plain text first, hy\u00adphen"},
	{"C1 control", "plain text first\u0085 after"},
	{"zero-width space", "plain text first\u200b after"},
	{"joiner", "plain text first \u200d\u200c after"},
	{"joiner in emoji", "plain text first \U0001F468\u200d\U0001F469 after"},
	{"BOM inside", "plain text first\ufeff after"},
	{"replacement run", "plain text first \ufffd\ufffd after"},
	{"replacement single", "plain text first \ufffd after"},
	{"invalid UTF-8", "plain text first it\x92s after"},
	{"invalid run", "plain text first \xff\xfe\xfd after"},
	{"truncated rune", "plain text first \xe2\x80"},
	{"BOM", "\ufeffplain text first"},
	{"UTF-16", "h\x00i\x00!\x00?\x00"},
	{"boilerplate", "plain text first\n\nAdvertisement\n\nafter"},
	{"boilerplate first line", "Advertisement\nafter"},
	{"boilerplate last line", "plain text first\nRead more:"},
	{"boilerplate after long line", strings.Repeat("long ", 40) + "\nAdvertisement\n"},
	{"counter", "plain text first\n12 Comments\nafter"},
	{"twitter link", "plain text first\npic.twitter.com/abc\nafter"},
	{"blank lines", "plain text first\n\n\n\n  \nafter"},
	{"mixed", "It\u00e2\u20ac\u2122s the minister\u00e2\u20ac\u2122s &quot;plan&quot;\u00a0\u00a0for S&P 500, caf\u00c3\u00a9 & # 39; s.\r\n"},
	{"entity makes markup", "plain text first &lt;br&gt; after"},
	{"entity makes invisible", "plain text first &#173; and &nbsp;&nbsp; after"},
	{"markup hides entity", "plain text first &am<b>p; after"},
	{"mojibake makes invisible", "plain text first Ã\u00ad after"},
	{"removal makes boilerplate", "plain text first\nAdvert<br>isement\nafter"},
}

// TestSurveySkips checks that the pipeline gives the same text and log
// with the survey as without it, for each case, with each setting that
// changes which passes run, through each entry point.
func TestSurveySkips(t *testing.T) {
	cleaners := map[string]Cleaner{
		"zero":             {},
		"keep boilerplate": {KeepBoilerplate: true},
		"collapse":         {CollapseBlankLines: true},
	}
	for name, c := range cleaners {
		for _, tc := range surveyCases {
			t.Run(name+"/"+tc.name, func(t *testing.T) {
				assertSurveyAgrees(t, c, tc.in)
			})
		}
	}
}

// assertSurveyAgrees compares each entry point with and without the
// survey.
func assertSurveyAgrees(t *testing.T, c Cleaner, in string) {
	t.Helper()
	with, without := newDoc(in), newDoc(in)
	without.noSurvey = true
	out, reps := c.textRepairs(&with)
	wantOut, wantReps := c.textRepairs(&without)
	assert.Equal(t, wantOut, out, "TextRepairs(%q)", in)
	assert.Equal(t, wantReps, reps, "TextRepairs(%q) log", in)

	with, without = newDoc(in), newDoc(in)
	without.noSurvey = true
	assert.Equal(t, c.text(&without), c.text(&with), "Text(%q)", in)

	with, without = newDoc(in), newDoc(in)
	without.noSurvey = true
	out, reps = c.decodeTextRepairs(&with)
	wantOut, wantReps = c.decodeTextRepairs(&without)
	assert.Equal(t, wantOut, out, "DecodeTextRepairs(%q)", in)
	assert.Equal(t, wantReps, reps, "DecodeTextRepairs(%q) log", in)
}

// TestSurveyText checks each finding of surveyText against the scan it
// stands for, on the cases and on each of their suffixes (so that every
// trigger is also met at the start, and lines start mid-way).
func TestSurveyText(t *testing.T) {
	for _, tc := range surveyCases {
		t.Run(tc.name, func(t *testing.T) {
			for k := range len(tc.in) + 1 {
				checkSurvey(t, tc.in[k:])
			}
		})
	}
}

// surveyText returns the survey of s that take makes, for the tests to
// compare by value.
func surveyText(s string, checkUTF8 bool, want surveyWants) (sv survey, ok bool) {
	ok = sv.take(s, checkUTF8, want)
	return sv, ok
}

// checkSurvey compares surveyText(s) with what the passes find by
// themselves.
func checkSurvey(t *testing.T, s string) {
	t.Helper()
	all := wantMojibake | wantInvisible | wantLines | wantAllHints
	for _, wants := range []surveyWants{all, wantMojibake | wantInvisible, wantLines, wantAmp | wantLT | wantBracket} {
		lines := wants&wantLines != 0
		sv, ok := surveyText(s, true, wants)
		if !assert.Equal(t, utf8.ValidString(s), ok, "surveyText(%q) ok", s) || !ok {
			continue
		}
		if wants == all {
			// A survey that need not check UTF-8 must find the same.
			unchecked, _ := surveyText(s, false, wants)
			assert.Equal(t, sv, unchecked, "surveyText(%q) without the UTF-8 check", s)
		}
		wanted := func(w surveyWants) bool { return wants&w != 0 }
		want := survey{
			cr:          strings.IndexByte(s, '\r') >= 0,
			wideAmp:     strings.Contains(s, fullwidthAmp),
			mojibake:    firstNonASCII(s),
			mojibakeEnd: lastMojibakeLead(s) + 1,
			invisible:   len(s),
			boilerplate: len(s),
		}
		for i := range len(s) {
			if s[i]&0xC0 != 0x80 && invisibleTriggerAt(s, i) {
				want.invisible = i
				break
			}
		}
		if lines {
			if spans := boilerplateSpans(nil, s, 0); len(spans) > 0 {
				want.boilerplate = spans[0].start
			}
		} else {
			want.boilerplate = 0 // not looked for
		}
		if !wanted(wantMojibake) {
			want.mojibake, want.mojibakeEnd = 0, len(s)
		}
		if !wanted(wantInvisible) {
			want.invisible = 0
		}
		damaged := wanted(wantMojibake|wantInvisible) && sv.mojibake < len(s) && sv.invisible < len(s)
		checkHints(t, s, wants, &sv.hints, damaged)
		sv.hints = byteHints{}
		if damaged {
			// Damaged text, where the survey stops early: the rest may
			// be taken to hold what it would look for, never the reverse.
			assert.True(t, sv.cr || !want.cr, "surveyText(%q) missed a CR", s)
			assert.True(t, sv.wideAmp || !want.wideAmp, "surveyText(%q) missed a full-width ampersand", s)
			assert.True(t, sv.boilerplate <= want.boilerplate && (sv.boilerplate == 0 || sv.boilerplate == len(s) || s[sv.boilerplate-1] == '\n'),
				"surveyText(%q) boilerplate at %d, first line at %d", s, sv.boilerplate, want.boilerplate)
			assert.Equal(t, len(s), sv.mojibakeEnd, "surveyText(%q) bounds mojibake on damaged text", s)
			sv.cr, sv.wideAmp, sv.boilerplate, sv.mojibakeEnd = want.cr, want.wideAmp, want.boilerplate, want.mojibakeEnd
		}
		assert.Equal(t, want, sv, "surveyText(%q, %b)", s, wants)
	}
}

// wantAllHints asks a survey for every hint byte.
const wantAllHints = wantAmp | wantSemi | wantPercent | wantY | wantLT | wantEq | wantBracket

// checkHints compares the hints of a survey of s, taken for wants, with
// where each hint byte is, found byte by byte: a region the hints leave
// out must not hold the byte; a short text has none; and a region they
// mark must hold it, unless the byte was not wanted, or the survey gave
// up on it: on damaged text, after a CR, or (the bytes of the passes
// after the entity pass) after an '&' (see noteBlock).
func checkHints(t *testing.T, s string, wants surveyWants, h *byteHints, damaged bool) {
	t.Helper()
	text := s[:min(len(s), 60)] // what the messages show of s
	if len(s) < hintMinLen {
		assert.Zero(t, h.shift, "surveyText(%q): hints on a short text", text)
		return
	}
	if !assert.NotZero(t, h.shift, "surveyText(%q) left no hints", text) {
		return
	}
	assert.LessOrEqual(t, len(s), hintRegions<<h.shift, "surveyText(%q): regions of %d bytes", text, 1<<h.shift)
	cr := strings.IndexByte(s, '\r') >= 0
	amp := wants&wantAmp != 0 && strings.IndexByte(s, '&') >= 0
	for k := 0; k < len(hintBytes); k++ {
		wanted := wants&(1<<(wantHints+k)) != 0
		exact := wanted && !damaged && !cr && (k <= 1 || !amp)
		for r := 0; r<<h.shift < len(s); r++ {
			region := s[r<<h.shift : min(len(s), (r+1)<<h.shift)]
			holds := strings.IndexByte(region, hintBytes[k]) >= 0
			marked := h.in[k][r/64]&(1<<(r%64)) != 0
			switch {
			case holds && !marked:
				t.Fatalf("surveyText(%q, %d bytes): region %d holds %q, not marked", text, len(s), r, hintBytes[k])
			case !wanted && !marked:
				t.Fatalf("surveyText(%q, %d bytes): %q not wanted, region %d not marked", text, len(s), hintBytes[k], r)
			case exact && marked && !holds:
				t.Fatalf("surveyText(%q, %d bytes): region %d marked for %q, which it does not hold", text, len(s), r, hintBytes[k])
			}
		}
	}
}

// lastMojibakeLead returns the last position where mojibake can start in
// s, found with firstNonASCII from every position, or -1.
func lastMojibakeLead(s string) int {
	last := -1
	for i := range len(s) {
		if k := firstNonASCII(s[i:]); k < len(s)-i {
			last = max(last, i+k)
		}
	}
	return last
}

// TestSkipPlain compares skipPlain with a byte-by-byte scan at every
// start, over text with each kind of stop at each position of a word.
func TestSkipPlain(t *testing.T) {
	stops := []string{"\n", "\t", "\r", "\x00", "\x1f", "\x7f", "\x80", "\xa0", "\xff", "é", "’", "\U0001F600", "‚", "\u200f", "\u2040", "\xe2\x80", "\xe2"}
	plain := []string{" ", "~", "A", "z", "0"}
	for _, stop := range stops {
		for _, p := range plain {
			for n := range 70 {
				s := strings.Repeat(p, n) + stop + p + stop + strings.Repeat(p, 40)
				for i := range len(s) + 1 {
					checkSkipPlain(t, s, i)
				}
			}
		}
	}
}

// checkSkipPlain checks that skipPlain(s, i) passes over nothing but
// printable ASCII and quietPunct, and stops at a byte that is neither
// printable ASCII nor passed over, or at the end, wherever the block it
// reads ends (at the text's end, and at each of a few places before).
func checkSkipPlain(t *testing.T, s string, i int) {
	t.Helper()
	for _, end := range []int{len(s), 0, i, i + 1, i + 2, i + 31, i + 33, len(s) - 1} {
		got := skipPlainOn(s, i, max(min(end, len(s)), 0))
		want := skipPlainBytewise(s, i)
		for want < got && quietPunct(s, want) {
			want = skipPlainBytewise(s, want+3)
		}
		if got != want {
			t.Fatalf("skipPlain(%q, %d) with the block ending at %d = %d, want %d", s, i, end, got, want)
		}
	}
}

// skipPlainOn calls skipPlain as the survey does, with the block ending
// at end, then at the end of the text.
func skipPlainOn(s string, i, end int) int {
	for {
		j := skipPlain(s, i, end)
		if j <= len(s) {
			return j
		}
		if j-len(s)-1 < end {
			panic("skipPlain stopped short of its block's end")
		}
		i, end = j-len(s)-1, len(s)
	}
}

func skipPlainBytewise(s string, i int) int {
	for ; i < len(s); i++ {
		if c := s[i]; c < 0x20 || c >= 0x7F {
			return i
		}
	}
	return len(s)
}

// FuzzSurvey checks that the survey never changes what the pipeline
// gives, and that surveyText agrees with the scans it stands for.
func FuzzSurvey(f *testing.F) {
	for _, tc := range surveyCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, in string) {
		for _, c := range []Cleaner{{}, {KeepBoilerplate: true, CollapseBlankLines: true}} {
			with, without := newDoc(in), newDoc(in)
			without.noSurvey = true
			out, reps := c.textRepairs(&with)
			wantOut, wantReps := c.textRepairs(&without)
			if out != wantOut || !reflect.DeepEqual(reps, wantReps) {
				t.Fatalf("TextRepairs(%q) with the survey:\n %q %v\nwithout:\n %q %v", in, out, reps, wantOut, wantReps)
			}
			with, without = newDoc(in), newDoc(in)
			without.noSurvey = true
			out, reps = c.decodeTextRepairs(&with)
			wantOut, wantReps = c.decodeTextRepairs(&without)
			if out != wantOut || !reflect.DeepEqual(reps, wantReps) {
				t.Fatalf("DecodeTextRepairs(%q) with the survey:\n %q %v\nwithout:\n %q %v", in, out, reps, wantOut, wantReps)
			}
		}
		checkSurvey(t, in)
	})
}

// TestUTF8Width compares utf8Width with utf8.DecodeRuneInString on every
// lead byte followed by bytes at the edges of the continuation range.
func TestUTF8Width(t *testing.T) {
	edges := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF}
	for c := 0x80; c <= 0xFF; c++ {
		for _, c1 := range edges {
			for _, c2 := range edges {
				for _, c3 := range edges {
					for _, s := range []string{string([]byte{byte(c), c1, c2, c3}), string([]byte{byte(c), c1, c2}), string([]byte{byte(c), c1}), string([]byte{byte(c)})} {
						want := 0
						if r, w := utf8.DecodeRuneInString(s); r != utf8.RuneError || w > 1 {
							want = w
						}
						if got := utf8Width(s, 0); got != want {
							t.Fatalf("utf8Width(%q) = %d, want %d", s, got, want)
						}
					}
				}
			}
		}
	}
}
