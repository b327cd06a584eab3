package htmldoc_test

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/copydesk/copydesk/internal/htmldoc"
)

// para is a paragraph long enough to count as article text.
const para = "The council approved the budget for the new tram line on Monday after a debate that lasted most of the night."

// teaser is a summary as long as para, of another story.
const teaser = "The mayor opened the new library in the old station building, with a reading room and a cafe for the whole town."

// cookieText is the text of a cookie settings dialog.
const cookieText = "We use cookies to remember your choices and to measure how the site is used; you may refuse those that are not necessary."

// blocks renders blocks as "kind: text [credit]" lines.
func blocks(bs []htmldoc.Block) []string {
	var out []string
	for _, b := range bs {
		s := b.Kind.String() + ": " + b.Text
		if b.Credit != "" {
			s += " [" + b.Credit + "]"
		}
		out = append(out, s)
	}
	return out
}

func TestParseBody(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []string
	}{
		{
			name: "furniture dropped, order kept",
			in: `<body><nav><p>` + para + `</p></nav><article><p>` + para + `</p><p>` + para + `</p>
				<div class="share-tools"><p>Share this story with your friends on every network you use.</p></div>
				<h2>Next steps</h2><ul><li>First item of the list</li></ul>
				<blockquote>A quote set apart from the text.</blockquote></article>
				<div id="comments"><p>` + para + `</p></div></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para, "heading: Next steps", "list-item: First item of the list", "blockquote: A quote set apart from the text."},
		},
		{
			name: "figure caption with credit, image dropped",
			in:   `<article><p>` + para + `</p><figure><img src=x alt="alt text"><figcaption>Trams in the depot. <span class="photo-credit">Jo Bloggs / Agency</span></figcaption></figure></article>`,
			want: []string{"paragraph: " + para, "caption: Trams in the depot. [Jo Bloggs / Agency]"},
		},
		{
			name: "heading inside a caption's credit is a heading, not an empty block (fuzz crasher c616e517f63f75cc)",
			in:   `<article><p>` + para + `</p><figure><figcaption>Trams in the depot. <b class="credit">Jo Bloggs <h2>Next steps</h2></b></figcaption></figure><p>` + para + `</p></article>`,
			want: []string{"paragraph: " + para, "caption: Trams in the depot. [Jo Bloggs]", "heading: Next steps", "paragraph: " + para},
		},
		{
			name: "caption repeated for another screen size kept once, toggle button dropped",
			in: `<article><p>` + para + `</p><figure><figcaption>Trams in the depot. <b class="toggle-caption">toggle caption</b></figcaption></figure>
				<p>` + para + `</p><figure><figcaption>Trams in the depot.</figcaption></figure></article>`,
			want: []string{"paragraph: " + para, "caption: Trams in the depot.", "paragraph: " + para},
		},
		{
			name: "credit beside an image dropped, camelCase class",
			in:   `<article><div class="InlineImage-imageEmbedCredit">Jo Bloggs | Agency</div><p>` + para + `</p><p>` + para + `</p></article>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "wrapper with a furniture-like class kept",
			in:   `<body><div class="page has-sidebar"><p>` + para + `</p><p>` + para + `</p></div><div class="sidebar"><p>Short teaser text in the sidebar.</p></div></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "a cookie dialog holding most of the text is no wrapper",
			in: `<body><div class="privacy-modal"><p>` + cookieText + `</p><p>` + cookieText + `</p><p>` + cookieText + `</p></div>
				<article><h1>The council approves the tram budget</h1><p>` + para + `</p><p>` + para + `</p></article></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "an element named sidebar holding most of the text is no wrapper",
			in: `<body><div id="main"><h1>The council approves the tram budget</h1><p>` + para + `</p><p>` + para + `</p></div>
				<div id="sidebar" class="grid-view"><p>` + teaser + `</p><p>` + teaser + `</p><p>` + teaser + `</p></div></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "an inline element with a caption class is a caption",
			in:   `<article><p>` + para + `</p><div class="carousel-item"><img src=x><span class="CarouselTextCaption">Jo Bloggs/Agency</span></div><p>` + para + `</p></article>`,
			want: []string{"paragraph: " + para, "caption: Jo Bloggs/Agency", "paragraph: " + para},
		},
		{
			name: "a body chunk in another column before the rest is kept, a chunk before the headline is not",
			in: `<body><div class="left-col"><div class="story-text"><p>Earlier story: ` + teaser + `</p></div></div><h1>The council approves the tram budget</h1>
				<div class="lead-col"><div class="story-text"><p>` + teaser + `</p></div></div>
				<div class="main-col"><div class="story-text"><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></div></div></body>`,
			want: []string{"paragraph: " + teaser, "paragraph: " + para, "paragraph: " + para, "paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "a player is furniture, story text around a player is not",
			in: `<article><div class="video-player"><p>Watch: the tram depot at night, in a short clip.</p></div>
				<div class="story__video-text">` + strings.Repeat(`<p>`+para+`</p>`, 6) + `</div>
				` + strings.Repeat(`<p>`+teaser+`</p>`, 10) + `</article>`,
			want: append(slices.Repeat([]string{"paragraph: " + para}, 6), slices.Repeat([]string{"paragraph: " + teaser}, 10)...),
		},
		{
			name: "the standfirst under the headline opens the body",
			in: `<body><header><h1>The council approves the tram budget</h1><p class="article-dek">A late-night vote ends a year of debate over the line.</p></header>
				<div class="story">` + strings.Repeat(`<p>`+para+`</p>`, 3) + `</div></body>`,
			want: append([]string{"paragraph: A late-night vote ends a year of debate over the line."}, slices.Repeat([]string{"paragraph: " + para}, 3)...),
		},
		{
			name: "no standfirst before a dateline",
			in: `<body><header><h1>The council approves the tram budget</h1><p class="dek">A late-night vote ends a year of debate over the line.</p></header>
				<div class="story"><p>LYON, France (AP) — ` + para + `</p><p>` + para + `</p></div></body>`,
			want: []string{"paragraph: LYON, France (AP) — " + para, "paragraph: " + para},
		},
		{
			name: "a linked standfirst is no standfirst",
			in: `<body><h1>The council approves the tram budget</h1><p class="subtitle"><a href="/more">More on the tram line and its budget</a></p>
				<div class="story">` + strings.Repeat(`<p>`+para+`</p>`, 3) + `</div></body>`,
			want: slices.Repeat([]string{"paragraph: " + para}, 3),
		},
		{
			name: "the lede set apart before the container is kept, the headline's block is not",
			in: `<body><article><div class="head"><h1>The council approves the tram budget</h1><p class="paragraph">Transport news from the city hall, updated daily.</p></div>
				<div class="lead"><p class="paragraph">` + teaser + `</p></div>
				<div class="body">` + strings.Repeat(`<p class="paragraph">`+para+`</p>`, 5) + `</div></article></body>`,
			want: append([]string{"paragraph: " + teaser}, slices.Repeat([]string{"paragraph: " + para}, 5)...),
		},
		{
			name: "an opening paragraph before a paywall chunk is kept",
			in: `<body><article><h1>The council approves the tram budget</h1><section class="post"><p>` + teaser + `</p>
				<div class="premium-chunk">` + strings.Repeat(`<p>`+para+`</p>`, 6) + `</div></section></article></body>`,
			want: append([]string{"paragraph: " + teaser}, slices.Repeat([]string{"paragraph: " + para}, 6)...),
		},
		{
			name: "a body cut short continues from the rich text of a JSON script",
			in: `<body><article><h1>The council approves the tram budget</h1><p>` + para + `</p><p>Subscribe to read the rest of this story today.</p></article>
				<script type="application/json">{"story":{"body":{"content":[
				{"type":"paragraph","content":[{"type":"text","value":"` + para + `"}]},
				{"type":"paragraph","content":[{"type":"text","value":"The vote was "},{"type":"link","content":[{"type":"text","value":"close"}]},{"type":"text","value":", with 31 in favor."}]},
				{"type":"paragraph","content":[{"type":"text","value":"` + teaser + `"}]},
				{"type":"paragraph","content":[{"type":"text","value":"` + teaser + `"}]},
				{"type":"paragraph","content":[{"type":"text","value":"` + teaser + `"}]}]}}}</script></body>`,
			want: []string{"paragraph: " + para, "paragraph: The vote was close, with 31 in favor.", "paragraph: " + teaser, "paragraph: " + teaser, "paragraph: " + teaser},
		},
		{
			name: "Portable Text blocks",
			in: `<body><article><h1>The council approves the tram budget</h1><p>` + para + `</p><p>` + para + `</p></article>
				<script type="application/json">[{"_type":"block","children":[{"_type":"span","text":"` + para + `"}]},{"_type":"block","children":[{"_type":"span","text":"` + para + `"}]},
				{"_type":"block","children":[{"_type":"span","text":"` + teaser + `"}]},{"_type":"block","children":[{"_type":"span","text":"` + teaser + `"}]},
				{"_type":"block","children":[{"_type":"span","text":"` + teaser + `"}]}]</script></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para, "paragraph: " + teaser, "paragraph: " + teaser, "paragraph: " + teaser},
		},
		{
			name: "a JSON script without the body's opening is left alone",
			in: `<body><article><h1>The council approves the tram budget</h1><p>` + para + `</p><p>` + para + `</p></article>
				<script type="application/json">[{"type":"paragraph","content":[{"type":"text","value":"` + teaser + teaser + teaser + teaser + teaser + `"}]}]</script></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "div text split at double br",
			in:   `<body><div>` + para + `<br><br>Second paragraph of the story, after two line breaks.<br>Same paragraph.</div></body>`,
			want: []string{"paragraph: " + para, "paragraph: Second paragraph of the story, after two line breaks. Same paragraph."},
		},
		{
			name: "link list dropped",
			in:   `<article><p>` + para + `</p><p>` + para + `</p><p><a href="/x">Read more: the council's other decisions this week</a></p></article>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "endless page: the stories appended below the first are cut",
			in: `<body><main class="feed"><article class="post"><h1>The council approves the tram budget</h1><div class="text"><p>` + para + `</p><p>` + para + `</p></div></article>
				<article class="post"><h1>Next story: the mayor opens a new library</h1><div class="text"><p>` + teaser + `</p><p>` + teaser + `</p></div></article>
				<article class="post"><h1>Another story: the river floods the old town</h1><div class="text"><p>` + teaser + `</p><p>` + teaser + `</p></div></article></main></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "teaser cards in a list count half and do not widen the container",
			in: `<body><div class="wrap"><article><div class="article-body"><p>` + para + `</p><p>` + para + `</p></div></article>
				<ul class="items"><li><a href="/a">Library</a><p>` + teaser + `</p></li><li><a href="/b">Floods</a><p>` + teaser + `</p></li>
				<li><a href="/c">Trams</a><p>` + teaser + `</p></li><li><a href="/d">Parks</a><p>` + teaser + `</p></li></ul></div></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "hidden text dropped",
			in:   `<article><p>` + para + `</p><p>` + para + `</p><p style="display: none">Hidden text that no reader sees on the page.</p></article>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "articleBody wins over a longer sidebar",
			in: `<body><div itemprop="articleBody"><p>` + para + `</p><p>` + para + `</p></div>
				<div class="x"><p>` + para + `</p><p>` + para + `</p><p>` + para + `</p></div></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "data table dropped, layout table read",
			in: `<body><table><tr><td>` + para + `<br><br>` + para + `</td></tr></table>
				<table><tr><th>Plan</th><th>Price</th></tr><tr><td>Basic</td><td>$5</td></tr><tr><td>Pro</td><td>$9</td></tr></table></body>`,
			want: []string{"paragraph: " + para, "paragraph: " + para},
		},
		{
			name: "teaser links are no article",
			in:   `<body><h2><a href="/1">One headline of a story on the index page</a></h2><h2><a href="/2">Another headline of a story on the index page</a></h2></body>`,
			want: nil,
		},
		{
			name: "teasers with unlinked summaries are no article",
			in: `<body><div class="stream">
				<div><h3><a href="/1">Mill reopens with jobs after closure</a></h3><p>The paper mill will restart production in March under its new owners.</p></div>
				<div><h3><a href="/2">Market moves indoors for the winter</a></h3><p>Stallholders say the old tram depot gives them more space than the square.</p></div>
				<div><h3><a href="/3">Airport adds two summer routes</a></h3><p>Flights to the coast will run twice a week from June, the operator said.</p></div>
				</div></body>`,
			want: nil,
		},
		{
			name: "too little text",
			in:   `<body><h1>404</h1><p>Page not found.</p></body>`,
			want: nil,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := htmldoc.Parse([]byte(tc.in))
			require.NoError(t, err)
			assert.Equal(t, tc.want, blocks(doc.Blocks), "Parse(%q).Blocks", tc.in)
		})
	}
}

func TestParseMetadata(t *testing.T) {
	tests := []struct {
		name                    string
		head                    string
		title, published, about string // about: authors as "name/organization;..." and publisher
	}{
		{
			name:  "JSON-LD in @graph with references",
			head:  `<script type="application/ld+json">{"@graph":[{"@type":"Person","@id":"#p","name":"Jane Doe"},{"@type":"Organization","@id":"#o","name":"Daily Example"},{"@type":["NewsArticle"],"headline":"Headline from JSON-LD","datePublished":"2024-02-01T09:00:00+01:00","dateModified":"2024-02-03T09:00:00+01:00","author":{"@id":"#p"},"publisher":{"@id":"#o"}}]}</script>`,
			title: "Headline from JSON-LD", published: "2024-02-01T09:00:00+01:00", about: "Jane Doe/; Daily Example",
		},
		{
			name:  "JSON-LD with a raw newline in a string",
			head:  "<script type=\"application/ld+json\">{\"@type\":\"Article\",\"headline\":\"Broken\nJSON\",\"datePublished\":\"2024-02-01\",\"author\":\"John Roe\"}</script>",
			title: "Broken JSON", published: "2024-02-01", about: "John Roe/; ",
		},
		{
			name:  "OpenGraph and meta",
			head:  `<meta property="og:title" content="Meta headline | Site"><meta property="og:site_name" content="Site"><meta property="article:published_time" content="2024-02-01"><meta name="author" content="By Jane Doe, Reuters">`,
			title: "Meta headline", published: "2024-02-01", about: "Jane Doe/Reuters; Site",
		},
		{
			name:  "organization author that is the site",
			head:  `<meta property="og:title" content="Story"><meta property="og:site_name" content="BBC News"><meta name="author" content="BBC News">`,
			title: "Story", published: "", about: "; BBC News",
		},
		{
			name:  "UTC instant read in the zone of a <time> for the same moment",
			head:  `<meta property="article:published_time" content="2023-12-23T03:22:07Z"></head><body><h1>Headline of the story</h1><time datetime="2023-12-22T22:22:07-0500">Dec. 22</time>`,
			title: "Headline of the story", published: "2023-12-22T22:22:07-05:00", about: "; ",
		},
		{
			name:  "UTC instant read as the day written under the headline",
			head:  `<meta property="article:published_time" content="2023-12-22T04:00:41+00:00"></head><body><h1>Headline of the story</h1><time datetime="2023-12-22T04:00:41+00:00">Dec. 21, 2023 11:00 pm EST</time>`,
			title: "Headline of the story", published: "2023-12-21", about: "; ",
		},
		{
			name:  "UTC instant read as the written date and clock of the same moment",
			head:  `<meta property="article:published_time" content="2023-12-22T17:16:03Z"></head><body><h1>Headline of the story</h1><time datetime="2023-12-23T09:04:08Z">Updated Dec. 23, 2023 4:04AM EST</time><time datetime="2023-12-22T17:16:03Z">Published Dec. 22, 2023 12:16PM EST</time>`,
			title: "Headline of the story", published: "2023-12-22", about: "; ",
		},
		{
			name:  "date only in a script's state, in an attribute",
			head:  `<script id="state" data-state="{&quot;dateModified&quot;:&quot;2023-12-06T01:00:00Z&quot;,&quot;datePublished&quot;:&quot;2023-12-05T03:51:59Z&quot;}"></script></head><body><h1>Headline of the story</h1>`,
			title: "Headline of the story", published: "2023-12-05T03:51:59Z", about: "; ",
		},
		{
			name:  "entities left in metadata",
			head:  `<meta property="og:title" content="It&amp;#39;s back">`,
			title: "It's back", published: "", about: "; ",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := htmldoc.Parse([]byte("<html><head>" + tc.head + "</head><body><p>" + para + "</p></body></html>"))
			require.NoError(t, err)
			var names []string
			for _, a := range doc.Authors {
				names = append(names, a.Name+"/"+a.Organization)
			}
			assert.Equal(t, tc.title, doc.Title, "title")
			assert.Equal(t, tc.published, doc.Published.String(), "published")
			assert.Equal(t, tc.about, strings.Join(names, ",")+"; "+doc.Publisher, "authors; publisher")
		})
	}
}

func TestParseCharset(t *testing.T) {
	tests := []struct {
		name string
		in   []byte
		want string
	}{
		{name: "declared ISO-8859-1", in: []byte("<meta charset=\"iso-8859-1\"><title>Caf\xe9 ouvert</title>"), want: "Café ouvert"},
		{name: "declared windows-1252, curly quotes", in: []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><title>\x93Yes\x94</title>"), want: "“Yes”"},
		{name: "declared Latin-1 but UTF-8 bytes", in: []byte("<meta charset=\"iso-8859-1\"><title>Café ouvert</title>"), want: "Café ouvert"},
		{name: "undeclared UTF-8", in: []byte("<title>Café ouvert</title>"), want: "Café ouvert"},
		{name: "undeclared and invalid UTF-8", in: []byte("<title>Caf\xe9 ouvert</title>"), want: "Café ouvert"},
		{name: "declared UTF-8 but Windows-1252 bytes", in: []byte("<meta charset=\"utf-8\"><title>Caf\xe9 in Z\xfcrich</title>"), want: "Café in Zürich"},
		{name: "declared UTF-8 in http-equiv but Windows-1252 bytes", in: []byte("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=UTF-8\"><title>\x93Z\xfcrich\x94</title>"), want: "“Zürich”"},
		{name: "byte order mark but Windows-1252 bytes", in: []byte("\xef\xbb\xbf<title>Z\xfcrich</title>"), want: "Zürich"},
		{name: "declared UTF-8, a lone stray byte read as Windows-1252", in: []byte("<meta charset=\"utf-8\"><title>Café in Zürich \x93open</title>"), want: "Café in Zürich “open"},
		{name: "declared UTF-8, a run of stray bytes dropped", in: []byte("<meta charset=\"utf-8\"><title>Café in Zürich, Genève \xff\xfe open</title>"), want: "Café in Zürich, Genève open"},
		{name: "Shift_JIS", in: []byte("<meta charset=\"shift_jis\"><title>\x93\xfa\x96{</title>"), want: "日本"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := htmldoc.Parse(tc.in)
			require.NoError(t, err)
			assert.Equal(t, tc.want, doc.Title, "Parse(%q).Title", tc.in)
		})
	}
}

func ExampleParse() {
	page := `<html><head>
<meta property="og:site_name" content="Harbour Times">
<meta property="article:published_time" content="2024-03-08T18:00:00+01:00">
<title>Bridge reopens | Harbour Times</title></head>
<body><nav><a href="/">Home</a></nav><article>
<h1>Bridge reopens</h1><p class="byline">By Marta Lindqvist</p>
<p>The harbour bridge reopened to traffic on Friday, five weeks after a winter storm tore away part of its railing.</p>
<figure><img src="b.jpg"><figcaption>The bridge at dusk. <span class="credit">Ana Costa</span></figcaption></figure>
</article></body></html>`
	doc, err := htmldoc.Parse([]byte(page))
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(doc.Title)
	fmt.Println(doc.Published)
	fmt.Println(doc.Authors[0].Name, "/", doc.Publisher)
	for _, b := range doc.Blocks {
		fmt.Printf("%s: %s", b.Kind, b.Text)
		if b.Credit != "" {
			fmt.Printf(" [credit: %s]", b.Credit)
		}
		fmt.Println()
	}
	// Output:
	// Bridge reopens
	// 2024-03-08T18:00:00+01:00
	// Marta Lindqvist / Harbour Times
	// paragraph: The harbour bridge reopened to traffic on Friday, five weeks after a winter storm tore away part of its railing.
	// caption: The bridge at dusk. [credit: Ana Costa]
}
