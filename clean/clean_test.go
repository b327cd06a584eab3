package clean_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"

	"github.com/copydesk/copydesk/clean"
)

// A textCase is one repair: in must become want.
type textCase struct {
	name   string
	in     string
	want   string
	reason string
}

func runTextCases(t *testing.T, cases []textCase) {
	t.Helper()
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, reps := clean.TextRepairs(tc.in)
			assert.Equal(t, tc.want, got, "clean.Text(%q): %s", tc.in, tc.reason)
			if tc.want != tc.in {
				assert.NotEmpty(t, reps, "a change must be logged")
			}
			checkRepairs(t, tc.in, reps)
			assert.Equal(t, got, clean.Text(got), "idempotent")
		})
	}
}

// checkRepairs checks the offset invariant and the input order of a log.
func checkRepairs(t *testing.T, in string, reps []clean.Repair) {
	t.Helper()
	for i, r := range reps {
		raw := r.Input()
		if assert.LessOrEqual(t, r.Offset+len(raw), len(in), "repair %d out of range: %+v", i, r) {
			assert.Equal(t, raw, in[r.Offset:r.Offset+len(raw)], "repair %d Before", i)
		}
		assert.True(t, utf8.ValidString(r.Before), "repair %d Before is valid UTF-8", i)
		assert.Equal(t, r.Quoted, r.Before != raw, "repair %d Quoted", i)
		if i > 0 {
			assert.LessOrEqual(t, reps[i-1].Offset, r.Offset, "repairs in input order")
		}
	}
}

func TestPlaceholders(t *testing.T) {
	runTextCases(t, []textCase{
		{"minify inline", "Hello %MINIFYHTML53d1ac170dab23a029a4ba644cd3575111% world", "Hello world", ""},
		{"minify two digit counter", "a %MINIFYHTML0123456789abcdef0123456789abcdef42% b", "a b", ""},
		{"minify newer variant", "a %MINIFYHTML0123456789abcdef_7% b", "a b", "16 hex and _"},
		{"minify old variant", "a MINIFYHTML0123456789abcdef0123456789abcdefPRE3 b", "a b", "no %"},
		{"after header", " date 2020-01-24 %MINIFYHTML53d1ac170dab23a029a4ba644cd3575111% %MINIFYHTML53d1ac170dab23a029a4ba644cd3575112%\n\nText.",
			" date 2020-01-24\n\nText.", "the date header is left as it was"},
		{"line of placeholders", "One.\n\n%MINIFYHTML53d1ac170dab23a029a4ba644cd3575113% %MINIFYHTML53d1ac170dab23a029a4ba644cd3575114%\n\nTwo.",
			"One.\n\nTwo.", "the line goes with its paragraph break"},
		{"last line", "One.\n\n%MINIFYHTML53d1ac170dab23a029a4ba644cd3575113%", "One.", ""},
		{"first line", "%MINIFYHTML53d1ac170dab23a029a4ba644cd3575113%\n\nOne.", "One.", ""},
		{"only placeholders", "%MINIFYHTML53d1ac170dab23a029a4ba644cd3575113%", "", ""},
		{"line inside paragraph", "One\n%MINIFYHTML53d1ac170dab23a029a4ba644cd3575113%\n\nTwo", "One\n\nTwo", "the wider break stays"},
		{"autoptimize", "a %%SCRIPT%%PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==%%SCRIPT%% b", "a b", ""},
		{"autoptimize with hash", "a %%STYLE0123456789abcdef0123456789abcdef%%PHN0eWxlPg==%%STYLE0123456789abcdef0123456789abcdef%% b", "a b", ""},
		{"autoptimize noptimize", "%%NOPTIMIZE%%PCEtLSBub3B0aW1pemUgLS0+%%NOPTIMIZE%%\nText", "Text", ""},
		{"w3tc comment preserver", "a %%IgnoredCommentPreserver_0123456789abcdef0123456789abcdef_12%% b", "a b", ""},
		{"before punctuation", "It said %MINIFYHTML53d1ac170dab23a029a4ba644cd3575111%.", "It said.", "no space before the full stop"},
	})
}

func TestEntities(t *testing.T) {
	runTextCases(t, []textCase{
		{"spaced possessive", "cleric Muqtada al-Sadr & # 39; s Called to", "cleric Muqtada al-Sadr's Called to", "the wording stays"},
		{"spaced quote line", "& # 39; Get rid of American forces & # 39;", "'Get rid of American forces'", ""},
		{"glued contraction", "it& # 39; s over", "it's over", ""},
		{"spaced curly apostrophe", "don & # 8217; t", "don’t", ""},
		{"spaced named", "he said & quot; no & quot; twice", "he said \"no\" twice", "quotes take the side of what they enclose"},
		{"spaced amp", "Tom & amp; Jerry", "Tom & Jerry", ""},
		{"space before semicolon", "it&#39 ;s", "it's", ""},
		{"lost semicolon", "it&#39s fine", "it's fine", ""},
		{"full-width", "he said ＆quot;no＆quot;", "he said \"no\"", ""},
		{"full-width numeric", "it＆#39;s", "it's", ""},
		{"comma quot", `was "unacceptable,quot; (Emma Francis / Al Jazeera)`, `was "unacceptable" (Emma Francis / Al Jazeera)`, ""},
		{"comma quot mid-sentence", `is "run by young people,quot; and is not`, `is "run by young people" and is not`, ""},
		{"comma quot, document drops amp", `They said "we,quot; and "usquot; again`, `They said "we," and "us" again`,
			"a bare quot; shows the document drops the &, so the comma is real"},
		{"dropped amp", `a "wordquot; here`, `a "word" here`, ""},
		{"dropped amp apostrophe", "it#39;s", "it's", ""},
		{"well-formed named", "Fish &amp; chips", "Fish & chips", ""},
		{"well-formed numeric", "it&#39;s &#8220;ok&#8221;", "it's “ok”", ""},
		{"hex", "it&#x2019;s", "it’s", ""},
		{"double escaped", "it&amp;#39;s", "it's", ""},
		{"double escaped named", "&amp;amp;quot;hi&amp;amp;quot;", "\"hi\"", ""},
		{"triple escaped nbsp", "a&amp;amp;amp;nbsp;b", "a\u00a0b", ""},
		{"escaped ampersand twice", "AT&amp;amp;T", "AT&T", ""},
		{"rsquo", "it&rsquo;s", "it’s", ""},
		{"nbsp without semicolon", "one&nbsp two", "one two", "then the NBSP run goes"},
		{"quot without semicolon", "said &quot;no&quot; twice", "said \"no\" twice", ""},
		{"escaped tag", "one&lt;br&gt;two", "one two", "decoded, then removed as markup"},
		{"nbsp entity between words", "10&nbsp;km", "10\u00a0km", "a single no-break space is typography"},
	})
}

func TestMojibake(t *testing.T) {
	runTextCases(t, []textCase{
		{"apostrophe", "Friday\u00e2\u20ac\u2122s rally", "Friday’s rally", "â€™"},
		{"quotes", "\u00e2\u20ac\u0153million man\u00e2\u20ac\u009d demonstration", "“million man” demonstration", "â€œ â€\\x9d"},
		{"dropped 9d byte", "\u00e2\u20ac\u0153million man\u00e2\u20ac demonstration", "“million man” demonstration", "0x9D is undefined in Windows-1252"},
		{"e acute", "caf\u00c3\u00a9", "café", "Ã©"},
		{"latin-1 c1", "it\u00e2\u0080\u0099s", "it’s", "Latin-1 reading keeps C1 controls"},
		{"double", "it\u00c3\u00a2\u00e2\u201a\u00ac\u00e2\u201e\u00a2s", "it’s", "Ã¢â‚¬â„¢"},
		{"em dash", "Baghdad \u00e2\u20ac\u201d Iraq", "Baghdad — Iraq", ""},
		{"soft hyphen byte", "Garc\u00c3\u00ada", "García", "Ã + soft hyphen is í: mojibake first"},
		{"nbsp byte", "100\u00c2\u00a0km", "100\u00a0km", "Â + NBSP is NBSP"},
		{"nbsp byte become space", "Hello.\u00c2 World, price\u00c2 of", "Hello. World, price of", "the NBSP was later made a space"},
		{"mac roman quote", "it\u201a\u00c4\u00f4s", "it’s", "‚Äô"},
		{"mac roman e acute", "caf\u221a\u00a9", "café", "√©"},
		{"nfd double", "FranA\u0303\u0083A\u0302\u00a7ois", "François", "double mojibake, then decomposed"},
		{"cyrillic word", "\u00d0\u00bf\u00d1\u20ac\u00d0\u00b8", "при", "weak alone, accepted in a run"},
		{"emoji", "\u00f0\u0178\u02dc\u20ac", "😀", "four bytes"},
	})
}

func TestInvisible(t *testing.T) {
	runTextCases(t, []textCase{
		{"soft hyphen", "co\u00adoperate", "cooperate", ""},
		{"zero-width space", "a\u200bb", "ab", ""},
		{"bom inside", "one\n\ufefftwo", "one\ntwo", ""},
		{"word joiner", "a\u2060b", "ab", ""},
		{"nbsp run", "one\u00a0\u00a0two", "one two", ""},
		{"nbsp and space", "one.\u00a0 Two", "one. Two", ""},
		{"nbsp at line end", "one.\u00a0\ntwo", "one.\ntwo", ""},
		{"nbsp line", "one\n\n\u00a0\n\ntwo", "one\n\ntwo", "an empty paragraph goes"},
		{"controls", "a\x00b\x1bc\x7fd", "abcd", ""},
		{"c1 control", "a\u0085b", "ab", ""},
		{"zwj between latin letters", "a\u200db", "ab", ""},
		{"replacement run", "a\ufffd\ufffd\ufffdb", "a\ufffdb", "one mark stays: text was lost there"},
	})
}

func TestMarkup(t *testing.T) {
	runTextCases(t, []textCase{
		{"br between words", "one<br>two", "one two", ""},
		{"br self-closing", "one<br/>\ntwo", "one\ntwo", ""},
		{"paragraph tags", "<p>Text here.</p>", "Text here.", ""},
		{"link", `Watch at <a href="http://example.com">example.com</a>.`, "Watch at example.com.", ""},
		{"curly-quoted attributes", "[<a href=”https://x.com/a” target=”_blank”>story</a>.]", "[story.]", ""},
		{"comment", "one <!-- ad slot --> two", "one two", ""},
		{"script", "a <script>var x = 1;</script> b", "a b", ""},
		{"attribute soup", `Photo class="wp-image-12" data-src="/a.jpg" of the rally`, "Photo of the rally", ""},
		{"attribute soup closed", `alt="A man" width="300">The caption`, "The caption", ""},
		{"tag line", "One.\n\n<div class=\"ad\">\n\nTwo.", "One.\n\nTwo.", ""},
		{"inline tags glued", "one <b>two</b> three", "one two three", ""},
		{"inline tag spaced", "one <b> two", "one two", ""},
		{"escaped link", "see &lt;a href=&quot;/x&quot;&gt;here&lt;/a&gt;.", "see here.", "decoded, then removed"},
	})
}

func TestEmailProtection(t *testing.T) {
	runTextCases(t, []textCase{
		{"plain", "Contact [email protected] for details", "Contact [email] for details", ""},
		{"nbsp", "Contact [email\u00a0protected] now", "Contact [email] now", ""},
		{"entity nbsp", "Contact [email&#160;protected] now", "Contact [email] now", ""},
		{"handle beside", "@charleshurt [email protected]", "@charleshurt [email]", "the handle is real"},
	})
	c := clean.Cleaner{EmailMark: "[email hidden]"}
	assert.Equal(t, "mail [email hidden]", c.Text("mail [email protected]"))
}

func TestBoilerplate(t *testing.T) {
	runTextCases(t, []textCase{
		{"plus label", "One.\n\nPlus:\n\nTwo.", "One.\n\nTwo.", ""},
		{"read more", "One.\n\nRead more:\n\nTwo.", "One.\n\nTwo.", ""},
		{"advertisement in paragraph", "One.\nAdvertisement\n\nTwo.", "One.\n\nTwo.", ""},
		{"upper case", "One.\n\nADVERTISEMENT\n\nTwo.", "One.\n\nTwo.", ""},
		{"french", "Un.\n\nLire aussi :\n\nDeux.", "Un.\n\nDeux.", ""},
		{"arrow", "One.\n\nContinue reading →\n\nTwo.", "One.\n\nTwo.", ""},
		{"guillemet", "One.\n\nRead more »\n\nTwo.", "One.\n\nTwo.", ""},
		{"counter", "One.\n\n12 Comments\n\nTwo.", "One.\n\nTwo.", ""},
		{"pic.twitter.com", "One.\n\npic.twitter.com/AbC123\n\nTwo.", "One.\n\nTwo.", ""},
		{"several", "One.\n\nShare\n\nTweet\n\nEmail\n\nTwo.", "One.\n\nTwo.", ""},
	})
	c := clean.Cleaner{KeepBoilerplate: true}
	assert.Equal(t, "One.\n\nPlus:\n\nTwo.", c.Text("One.\n\nPlus:\n\nTwo."))
}

func TestLineEndings(t *testing.T) {
	runTextCases(t, []textCase{
		{"crlf", "one\r\n\r\ntwo", "one\n\ntwo", ""},
		{"cr", "one\r\rtwo", "one\n\ntwo", ""},
		{"invalid byte", "it\x92s", "it’s", "a stray Windows-1252 byte"},
		{"invalid sequence", "a\xe2\x80b", "a\ufffdb", "a cut UTF-8 sequence"},
	})
}

func TestWhitespace(t *testing.T) {
	c := clean.Cleaner{CollapseBlankLines: true}
	assert.Equal(t, "one\n\ntwo", c.Text("one\n\n\n\ntwo"))
	assert.Equal(t, "one\n\n\n\ntwo", clean.Text("one\n\n\n\ntwo"), "the input's own layout stays by default")
}

// TestUnchanged lists clean text that looks suspicious: it must come back
// as it is, with no repair.
func TestUnchanged(t *testing.T) {
	for _, in := range []string{
		"AT&T", "S&P 500", "Q&A", "R&D", "“A” & “B”", "Tom & Jerry;", "R & D; more",
		"https://example.com/?a=1&region=us&copy=2", "a &times b", "&region=", "&amp",
		"50%", "100% of voters", "https://x.com/it%E2%80%99s", "%MINIFYHTML", "%%SCRIPT%% alone",
		`"we," "us," they said`, "São Paulo", "Aodhán Ó Ríordáin", "Âge", "Fuß”", "AÑO”", "√π ≈ 1.77",
		"Émile “Éclair”", "naïve café—résumé", "ESPAÑA»", "Ça va? À bientôt.",
		"👩\u200d💻 and 👨\u200d👩\u200d👧", "می\u200cخواهم", "क्\u200dष",
		"′were hurt′", "BAGHDAD (AP) — The", " date 2020-01-24 There was",
		"x < y and y > z", "a <b and c> d", "5 <= 6", "I <3 it", "<tweet id=\"1\" author=\"@a\">hi</tweet>",
		"class=\"x\" alone", "id=5", "width=100 height=200 pixels", "see issue #39; fixed", "Bug #39;", "He said: \"Advertisement\" is a word.", "Share the road.",
		"Read more: the full report", "Plus: a bonus", "10\u00a0km", "one\n\n\n\ntwo", "line \ntwo",
		"“This is a disgusting day,” said Rep.", "the students' books", "rock 'n' roll",
		"email protected", "[email] already", "&c.", "AT&T;", "¯\\_(ツ)_/¯", "Ã", "CHÂ U", "Âge", "?a=1&amp=2", "&ampersand", "&nbspx", "&lt=5", "&quot=1", "&lt b", "&gt",
		"Tel Aviv–based", "20 °C", "©2020", "Don’t", "l’État", "ÀÁÂÃÄÅ", "Ðорог",
	} {
		t.Run(in, func(t *testing.T) {
			got, reps := clean.TextRepairs(in)
			assert.Equal(t, in, got, "clean.Text(%q)", in)
			assert.Empty(t, reps)
		})
	}
}

func TestRepairLog(t *testing.T) {
	in := "x al-Sadr & # 39; s Called\n\nPlus:\n\ny"
	got, reps := clean.TextRepairs(in)
	assert.Equal(t, "x al-Sadr's Called\n\ny", got)
	assert.Equal(t, []clean.Repair{
		{Kind: clean.BrokenEntity, Offset: strings.Index(in, " &"), Before: " & # 39; ", After: "'"},
		{Kind: clean.Boilerplate, Offset: strings.Index(in, "Plus"), Before: "Plus:\n\n", After: ""},
	}, reps)
}

func TestRepairLogAfterEarlierRepairs(t *testing.T) {
	// Offsets stay in the input even when earlier steps changed lengths.
	in := "caf\u00c3\u00a9\r\n\r\nit& # 39; s &amp;lt;br&amp;gt; done"
	got, reps := clean.TextRepairs(in)
	assert.Equal(t, "café\n\nit's done", got)
	checkRepairs(t, in, reps)
}

func TestNoAllocationOnCleanText(t *testing.T) {
	in := "BAGHDAD (AP) — “The American troops must leave,” said an 18-year-old.\n\nAl-Sadr’s rally, São Paulo, AT&T, R&D; 50% <3 x=1."
	allocs := testing.AllocsPerRun(100, func() {
		out, reps := clean.TextRepairs(in)
		if out != in || reps != nil {
			t.Fatal("changed")
		}
	})
	assert.Zero(t, allocs)
}

func TestConcurrentUse(t *testing.T) {
	c := &clean.Cleaner{EmailMark: "[e]"}
	in := "it& # 39; s \u00e2\u20ac\u0153ok\u00e2\u20ac\u009d [email protected]\r\n\r\nPlus:\r\n\r\nend"
	want := c.Text(in)
	done := make(chan string)
	for range 8 {
		go func() {
			out, _ := c.TextRepairs(in)
			done <- out
		}()
	}
	for range 8 {
		assert.Equal(t, want, <-done)
	}
}
