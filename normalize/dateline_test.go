package normalize

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
)

func TestCutDateline(t *testing.T) {
	tests := []struct {
		name   string
		in     string
		want   Dateline
		rest   string
		reason string
	}{
		{
			name: "city country en dash",
			in:   "Baghdad, Iraq – While thousands of Iraqis were heading",
			want: Dateline{Text: "Baghdad, Iraq –", City: "Baghdad", Country: "Iraq"},
			rest: "While thousands of Iraqis were heading",
		},
		{
			name: "AP",
			in:   "BAGHDAD (AP) — Thousands rallied.",
			want: Dateline{Text: "BAGHDAD (AP) —", City: "BAGHDAD", Agency: "AP"},
			rest: "Thousands rallied.",
		},
		{
			name: "Reuters with date",
			in:   "BAGHDAD, Jan 24 (Reuters) - Thousands rallied.",
			want: Dateline{Text: "BAGHDAD, Jan 24 (Reuters) -", City: "BAGHDAD", Agency: "Reuters", Date: "Jan 24"},
			rest: "Thousands rallied.",
		},
		{
			name: "AFP title case",
			in:   "Baghdad (AFP) - Thousands rallied.",
			want: Dateline{Text: "Baghdad (AFP) -", City: "Baghdad", Agency: "AFP"},
			rest: "Thousands rallied.",
		},
		{
			name: "CNN double hyphen",
			in:   "WASHINGTON (CNN) -- The Senate voted.",
			want: Dateline{Text: "WASHINGTON (CNN) --", City: "WASHINGTON", Agency: "CNN"},
			rest: "The Senate voted.",
		},
		{
			name: "Xinhua abbreviated month",
			in:   "BEIJING, Jan. 24 (Xinhua) -- China said.",
			want: Dateline{Text: "BEIJING, Jan. 24 (Xinhua) --", City: "BEIJING", Agency: "Xinhua", Date: "Jan. 24"},
			rest: "China said.",
		},
		{
			name: "US region",
			in:   "SAN FRANCISCO, Calif. (AP) — A judge ruled.",
			want: Dateline{Text: "SAN FRANCISCO, Calif. (AP) —", City: "SAN FRANCISCO", Region: "Calif.", Agency: "AP"},
			rest: "A judge ruled.",
		},
		{
			name: "caps without agency",
			in:   "ATLANTA -- Federal drug officials are warning Georgia.",
			want: Dateline{Text: "ATLANTA --", City: "ATLANTA"},
			rest: "Federal drug officials are warning Georgia.",
		},
		{
			name: "caps colon",
			in:   "NEW DELHI: The government said.",
			want: Dateline{Text: "NEW DELHI:", City: "NEW DELHI"},
			rest: "The government said.",
		},
		{
			name: "city region country",
			in:   "Kyiv, Kyiv Oblast, Ukraine — Sirens sounded.",
			want: Dateline{Text: "Kyiv, Kyiv Oblast, Ukraine —", City: "Kyiv", Region: "Kyiv Oblast", Country: "Ukraine"},
			rest: "Sirens sounded.",
		},
		{
			name: "date with year",
			in:   "LONDON, Jan. 24, 2020 (Reuters) - Shares fell.",
			want: Dateline{Text: "LONDON, Jan. 24, 2020 (Reuters) -", City: "LONDON", Agency: "Reuters", Date: "Jan. 24, 2020"},
			rest: "Shares fell.",
		},
		{
			name: "abbreviated saint in capitals",
			in:   "ST. LOUIS — A police chase began.",
			want: Dateline{Text: "ST. LOUIS —", City: "ST. LOUIS"},
			rest: "A police chase began.",
		},
		{
			name: "agency lost its parentheses",
			in:   "Hong Kong CNN  — Jack Ma has put off plans.",
			want: Dateline{Text: "Hong Kong CNN  —", City: "Hong Kong", Agency: "CNN"},
			rest: "Jack Ma has put off plans.",
		},
		{name: "sentence with dash", in: "The president – who spoke late – said no.", rest: "The president – who spoke late – said no.", reason: "an ordinary first sentence is not a dateline"},
		{name: "name with dash", in: "Trump — Clinton debate drew millions.", rest: "Trump — Clinton debate drew millions.", reason: "one title-case word needs a second part, agency or date"},
		{name: "sentence opener", in: "However, Smith – who was late – came.", rest: "However, Smith – who was late – came.", reason: "sentence openers are not places"},
		{name: "lower case after dash", in: "BAGHDAD — and then it rained.", rest: "BAGHDAD — and then it rained.", reason: "the text after a dateline opens a sentence"},
		{name: "label", in: "UPDATE: The road has reopened.", rest: "UPDATE: The road has reopened.", reason: "labels are not places"},
		{name: "quote first", in: "\"We won – finally,\" he said.", rest: "\"We won – finally,\" he said.", reason: "a quote opened before the dash"},
		{name: "sentence first", in: "He left. Then – suddenly – rain.", rest: "He left. Then – suddenly – rain.", reason: "a sentence ended before the dash"},
		{name: "title case colon", in: "Baghdad, Iraq: a city of millions.", rest: "Baghdad, Iraq: a city of millions.", reason: "colons end only datelines in capitals"},
		{name: "empty", in: "", rest: ""},
		{name: "dash only", in: "— Hello", rest: "— Hello"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, rest, ok := CutDateline(tc.in)
			assert.Equal(t, tc.want, got, "CutDateline(%q): %s", tc.in, tc.reason)
			assert.Equal(t, tc.rest, rest, "rest of CutDateline(%q)", tc.in)
			assert.Equal(t, tc.want.Text != "", ok, "ok of CutDateline(%q)", tc.in)
			if ok {
				assert.Equal(t, tc.in[:len(got.Text)], got.Text, "Text is a prefix")
			}
		})
	}
}

func TestDateHeader(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want string
		rest string
		ok   bool
	}{
		{"shares line", " date 2020-01-24 There was a heavy", "2020-01-24", "There was a heavy", true},
		{"own line", "date 2020-01-24\n\nFirst.", "2020-01-24", "First.", true},
		{"crlf", "date 2020-01-24\r\n\r\nFirst.", "2020-01-24", "First.", true},
		{"only header", "date 2020-01-24", "2020-01-24", "", true},
		{"impossible date", "date 2020-02-30 Text", "", "date 2020-02-30 Text", false},
		{"no header", "Dates are hard.", "", "Dates are hard.", false},
		{"glued", "date 2020-01-245 x", "", "date 2020-01-245 x", false},
		{"short", "date 2020", "", "date 2020", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, rest, ok := DateHeader(tc.in)
			assert.Equal(t, tc.ok, ok, "DateHeader(%q)", tc.in)
			assert.Equal(t, tc.want, d.String(), "DateHeader(%q)", tc.in)
			assert.Equal(t, tc.rest, rest, "DateHeader(%q)", tc.in)
		})
	}
}

func TestParseDateline(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want Dateline
	}{
		{"title case alone", "Baghdad", Dateline{Text: "Baghdad", City: "Baghdad"}},
		{"with agency", "BAGHDAD (AP)", Dateline{Text: "BAGHDAD (AP)", City: "BAGHDAD", Agency: "AP"}},
		{"with country", " Baghdad, Iraq ", Dateline{Text: "Baghdad, Iraq", City: "Baghdad", Country: "Iraq"}},
		{"trailing dash", "WASHINGTON —", Dateline{Text: "WASHINGTON —", City: "WASHINGTON"}},
		{"sentence", "The talks ended", Dateline{}},
		{"empty", "", Dateline{}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got, ok := ParseDateline(tc.in)
			assert.Equal(t, tc.want, got, "ParseDateline(%q)", tc.in)
			assert.Equal(t, tc.want.Text != "", ok, "ok of ParseDateline(%q)", tc.in)
		})
	}
}

// datelineSeparatorByRune is datelineSeparator as it was before it passed
// unmarked bytes without decoding them: it decodes every character. The
// fast one must agree with it everywhere.
func datelineSeparatorByRune(p string) (start, end int, colon bool) {
	limit := min(len(p), maxDatelineLen)
	for i := 0; i < limit; {
		r, n := utf8.DecodeRuneInString(p[i:])
		switch {
		case r == '—' || r == '–' || r == '―':
			return i, skipSpaces(p, i+n), false
		case r == '-' && i+1 < len(p) && p[i+1] == '-':
			return i, skipSpaces(p, i+2), false
		case r == '-' && i > 0 && p[i-1] == ' ' && i+1 < len(p) && p[i+1] == ' ':
			return i, skipSpaces(p, i+1), false
		case r == ':' && i+1 < len(p) && p[i+1] == ' ':
			return i, skipSpaces(p, i+1), true
		case r == '"' || r == '“' || r == '\n' || r == '.' && i+1 < len(p) && p[i+1] == ' ' && !abbrevBefore(p, i):
			return -1, -1, false
		}
		i += n
	}
	return -1, -1, false
}

// checkDatelineSeparator checks datelineSeparator(p) against
// datelineSeparatorByRune(p).
func checkDatelineSeparator(t *testing.T, p string) {
	t.Helper()
	s, e, c := datelineSeparator(p)
	ws, we, wc := datelineSeparatorByRune(p)
	if s != ws || e != we || c != wc {
		t.Errorf("datelineSeparator(%q) = %d, %d, %v; by rune: %d, %d, %v", p, s, e, c, ws, we, wc)
	}
}

func TestDatelineSeparator(t *testing.T) {
	tests := []struct {
		name, in string
		start    int
	}{
		{name: "em dash", in: "BAGHDAD (AP) — A", start: 13},
		{name: "en dash after accents", in: "Bogotá, Colombia – A", start: 18},
		{name: "double hyphen", in: "BEIJING, Jan. 24 (Xinhua) -- A", start: 26},
		{name: "spaced hyphen", in: "BAGHDAD, Jan 24 (Reuters) - A", start: 26},
		{name: "colon", in: "NEW DELHI: A", start: 9},
		{name: "quote first", in: "“We — ”", start: -1},
		{name: "sentence first", in: "He left. Then — x", start: -1},
		{name: "abbreviation", in: "ST. LOUIS — A", start: 10},
		{name: "four-byte character", in: "😀 X — A", start: 7},
		{name: "invalid bytes before a dash", in: "X\xc3\xe2\x80\x94 A", start: 2},
		{name: "lone lead byte", in: "X\xe2 - A", start: 3},
		{name: "none", in: "Plain words", start: -1},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			start, _, _ := datelineSeparator(tc.in)
			assert.Equal(t, tc.start, start, "datelineSeparator(%q)", tc.in)
			checkDatelineSeparator(t, tc.in)
		})
	}
}

// FuzzDatelineSeparator checks that passing unmarked bytes alone finds
// what decoding every character finds.
func FuzzDatelineSeparator(f *testing.F) {
	for _, s := range []string{"BAGHDAD (AP) — A", "X\xc3\xe2\x80\x94 A", "Calif. — x", "a―b", "“x", "a: b"} {
		f.Add(s)
	}
	f.Fuzz(checkDatelineSeparator)
}

// checkParseDateOnly checks parseDateOnly(v) against time.Parse.
func checkParseDateOnly(t *testing.T, v string) {
	t.Helper()
	got, err := parseDateOnly(v)
	want, wantErr := time.Parse(time.DateOnly, v)
	if (err == nil) != (wantErr == nil) || got != want {
		t.Errorf("parseDateOnly(%q) = %v, %v; time.Parse: %v, %v", v, got, err, want, wantErr)
	}
}

func TestParseDateOnly(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{name: "date", in: "2020-01-24", ok: true},
		{name: "leap day", in: "2020-02-29", ok: true},
		{name: "no leap day", in: "2021-02-29", ok: false},
		{name: "day past the month", in: "2020-04-31", ok: false},
		{name: "day 99", in: "2020-02-99", ok: false},
		{name: "day zero", in: "2020-01-00", ok: false},
		{name: "month 13", in: "2020-13-01", ok: false},
		{name: "year zero", in: "0000-01-01", ok: true},
		{name: "sign", in: "+020-01-01", ok: false},
		{name: "slashes", in: "2020/01/24", ok: false},
		{name: "short", in: "2020-1-24", ok: false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := parseDateOnly(tc.in)
			assert.Equal(t, tc.ok, err == nil, "parseDateOnly(%q): %v", tc.in, err)
			checkParseDateOnly(t, tc.in)
		})
	}
}

// FuzzParseDateOnly checks that parseDateOnly agrees with time.Parse.
func FuzzParseDateOnly(f *testing.F) {
	for _, s := range []string{"2020-01-24", "2021-02-29", "2020-13-01", "0000-00-00", "9999-12-31"} {
		f.Add(s)
	}
	f.Fuzz(checkParseDateOnly)
}

// TestParseDateOnlyCalendar checks parseDateOnly against time.Parse on
// every month and day number of years with and without a leap day.
func TestParseDateOnlyCalendar(t *testing.T) {
	for _, y := range []int{0, 1900, 2000, 2019, 2020, 2100, 9999} {
		for m := 0; m <= 13; m++ {
			for d := 0; d <= 32; d++ {
				checkParseDateOnly(t, fmt.Sprintf("%04d-%02d-%02d", y, m, d))
			}
		}
	}
}

// FuzzDateHeaderTrims checks the trims DateHeader reads its header with
// against strings.TrimLeft.
func FuzzDateHeaderTrims(f *testing.F) {
	for _, s := range []string{"", " \t\ufeff\ndate 2020-01-02", "\ufeff\ufeff x", "\xef\xbb", " :\t2020", "\r\n\r\nText"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		assert.Equal(t, strings.TrimLeft(s, " \t\r\n\ufeff"), trimHeaderSpace(s), "trimHeaderSpace(%q)", s)
		for _, cutset := range []string{" \t:", " \t\r\n"} {
			assert.Equal(t, strings.TrimLeft(s, cutset), trimLeftASCII(s, cutset), "trimLeftASCII(%q, %q)", s, cutset)
		}
	})
}
