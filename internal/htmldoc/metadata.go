package htmldoc

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/copydesk/copydesk/normalize"
)

// resolveMetadata fills the title, publish date, authors, publisher and
// dateline of doc from the sources the scan collected, each field from the
// most trusted source that has it (see doc.go for the order).
func (s *scan) resolveMetadata(doc *Document) {
	ld := parseJSONLD(s.jsonLD)
	s.ldBody = ld.body
	parsely := s.parselyPage()

	doc.Publisher = firstOf(ld.publisher, s.metaFirst(metaPublisher))
	doc.Publisher = strings.TrimPrefix(collapse(doc.Publisher), "@")
	sites := []string{doc.Publisher, s.meta["og:site_name"], s.meta["application-name"], hostName(s.canonical)}

	doc.Title = s.resolveTitle(ld.headline, parsely.Title, sites)
	doc.Published = s.resolvePublished(ld, parsely.PubDate)
	doc.Authors = s.resolveAuthors(ld, parsely.Authors, sites)
	doc.Dateline = collapse(ld.dateline)
}

// resolveTitle prefers the visible headline: an <h1> that the metadata
// confirms, else the first <h1> that is not the site's name; then the
// metadata titles (JSON-LD, microdata, parsely, OpenGraph and other meta
// tags) and last the <title>. A site-name suffix or prefix is removed, and
// a title cut short with an ellipsis is completed from another source.
func (s *scan) resolveTitle(ldHead, parsely string, sites []string) string {
	meta := []string{ldHead, s.itemHead, parsely, s.metaFirst(metaTitle), s.title}
	for i, m := range meta {
		meta[i] = dropMediaTag(cleanTitle(unescape(m), sites))
	}
	var first string
	for _, n := range s.h1 {
		t := trimKickers(dropMediaTag(textOf(n)))
		if len(t) <= minHeadline || matchesSite(t, sites) {
			continue
		}
		for _, m := range meta {
			if sameTitle(t, m) {
				return t
			}
		}
		// A section label set before the headline in the same <h1>
		// ("Opinion What I'll ...") is not part of it.
		for _, m := range meta {
			if k, sq := squash(m), squash(t); len(k) >= minHeadline && len(k) < len(sq) && strings.HasSuffix(sq, k) {
				return dropMediaTag(m)
			}
		}
		if first == "" {
			first = t
		}
	}
	if first != "" {
		return first
	}
	for _, m := range meta {
		if m == "" {
			continue
		}
		if full := untruncate(m, meta); full != "" {
			return full
		}
		return m
	}
	return ""
}

// minHeadline is the length an <h1> must exceed to be taken for the
// headline.
const minHeadline = 10

// untruncate returns the longer title that t, cut short with an
// ellipsis, stands for, or "" when t is whole or none is found.
func untruncate(t string, meta []string) string {
	cut, ok := strings.CutSuffix(t, "...")
	if !ok {
		if cut, ok = strings.CutSuffix(t, "…"); !ok {
			return ""
		}
	}
	cut = strings.TrimSpace(cut)
	for _, c := range meta {
		if len(c) > len(cut) && strings.HasPrefix(c, cut) && !strings.HasSuffix(c, "...") && !strings.HasSuffix(c, "…") {
			return c
		}
	}
	return ""
}

// unescape decodes entities left in metadata that was escaped twice.
func unescape(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return html.UnescapeString(s)
}

// resolvePublished takes the first publish date that parses: JSON-LD,
// meta tags, parsely-page, microdata and <time pubdate>, a date in the
// canonical URL, the datePublished of another JSON-LD object, the first
// <time datetime>, the text of a date-class element or after the
// headline, and last the datePublished of a script's state JSON.
func (s *scan) resolvePublished(ld ldArticle, parsely string) normalize.Date {
	cands := []string{ld.published}
	for _, k := range metaPublished {
		cands = append(cands, s.meta[k])
	}
	cands = append(cands, parsely)
	for _, n := range s.pubTimes {
		cands = append(cands, firstOf(attr(n, "datetime"), attr(n, "content"), textOf(n)))
	}
	for _, c := range cands {
		if d, ok := parseDate(c); ok {
			return s.localZone(d)
		}
	}
	if d, ok := dateFromURL(s.canonical); ok {
		return d
	}
	// The first <time> after the headline is the story's; one before it
	// may be the site header's clock.
	cands = cands[:0]
	if i := s.firstTimeAfterH1; i >= 0 {
		cands = append(cands, attr(s.times[i], "datetime"))
	}
	for _, n := range s.times {
		cands = append(cands, attr(n, "datetime"))
	}
	cands = append(cands, ld.pageDate)
	for _, c := range cands {
		if d, ok := parseDate(c); ok {
			return d
		}
	}
	for _, n := range s.dateTexts {
		if t := textOf(n); len(t) <= maxDateText {
			if d, ok := findDate(t); ok {
				return d
			}
		}
	}
	if len(s.h1) > 0 {
		if d, ok := findDate(textAfter(s.h1[0], maxDateText)); ok {
			return d
		}
	}
	for _, n := range s.scripts {
		if v := scriptStateDate(n); v != "" {
			if d, ok := parseDate(v); ok {
				return d
			}
			break
		}
	}
	return normalize.Date{}
}

// textAfter returns up to limit bytes of the text that follows n in
// document order: where a headline's date line usually is.
func textAfter(n *html.Node, limit int) string {
	var t textBuilder
	for n != nil && t.Len() < limit {
		for n.NextSibling == nil && n.Parent != nil {
			n = n.Parent
		}
		n = n.NextSibling
		if n == nil {
			break
		}
		appendText(&t, n)
	}
	return t.String()
}

// localZone returns the publish date in the site's own zone when d is an
// instant in UTC, since the day of publication is the local day: from a
// <time> or meta tag giving the same instant with a zone offset, or the
// same minutes and seconds without a zone (a local clock time), or a
// date and clock written in a <time> or date-class element that are the
// same moment ("Published Dec. 22, 2023 12:16PM EST"), or else from the
// date a reader sees written in the first <time> after the headline when
// it is within a day of d.
func (s *scan) localZone(d normalize.Date) normalize.Date {
	if !d.HasTime {
		return d
	}
	if _, off := d.Time.Zone(); off != 0 {
		return d
	}
	var cands []string
	for _, n := range s.times {
		cands = append(cands, attr(n, "datetime"))
	}
	for _, k := range metaPublished {
		cands = append(cands, s.meta[k])
	}
	for _, v := range cands {
		if l, ok := parseDate(v); ok && l.HasTime && l.Time.Equal(d.Time) {
			if _, off := l.Time.Zone(); off != 0 {
				return l
			}
		}
		if day, ok := localClockDay(v, d.Time); ok {
			return day
		}
	}
	for _, n := range s.times {
		if day, ok := writtenClockDay(textOf(n), d.Time); ok {
			return day
		}
	}
	for _, n := range s.dateTexts {
		if t := textOf(n); len(t) <= maxDateText {
			if day, ok := writtenClockDay(t, d.Time); ok {
				return day
			}
		}
	}
	if i := s.firstTimeAfterH1; i >= 0 {
		if w, ok := findDate(textOf(s.times[i])); ok {
			if diff := w.Time.Sub(d.Time.Truncate(24 * time.Hour)); diff >= -24*time.Hour && diff <= 24*time.Hour {
				return w
			}
		}
	}
	return d
}

// localClockDay reads v as an ISO date and time without a zone and
// returns its day when its minutes and seconds are those of the instant
// t and its hour is within 14 hours of t's: the same moment on a local
// clock.
func localClockDay(v string, t time.Time) (normalize.Date, bool) {
	v = strings.Replace(strings.TrimSpace(v), " ", "T", 1)
	if len(v) != len("2006-01-02T15:04:05") {
		return normalize.Date{}, false
	}
	l, err := time.Parse("2006-01-02T15:04:05", v)
	if err != nil || l.Minute() != t.Minute() || l.Second() != t.Second() {
		return normalize.Date{}, false
	}
	diff := l.Sub(t.UTC().Truncate(time.Second))
	if diff == 0 || diff < -14*time.Hour || diff > 14*time.Hour {
		return normalize.Date{}, false
	}
	y, m, dd := l.Date()
	return normalize.Date{Time: time.Date(y, m, dd, 0, 0, 0, 0, time.UTC)}, true
}

// maxDateText is the longest element text searched for a visible date.
const maxDateText = 200

// resolveAuthors takes the authors of the first source naming a person:
// JSON-LD, meta tags, parsely-page, microdata, then visible bylines. When
// no source names a person, the first organization credited is used.
func (s *scan) resolveAuthors(ld ldArticle, parsely []string, sites []string) []normalize.Author {
	var sources [][]author
	sources = append(sources, ld.authors)
	for _, k := range metaAuthor {
		if v, ok := s.meta[k]; ok {
			sources = append(sources, splitAuthors(v))
		}
	}
	var p []author
	for _, a := range parsely {
		p = append(p, splitAuthors(a)...)
	}
	visible := s.visibleBylines()
	sources = append(sources, p, s.microdataAuthors(), visible, s.authorPageLinks())
	for _, src := range sources {
		if !hasPerson(src) {
			continue
		}
		best := dedupe(src, sites)
		// A visible byline naming the same people and more ("By Jane Doe
		// and John Roe" where the author field has Jane Doe only) wins.
		if more := dedupe(visible, sites); len(more) > len(best) && s.bylineList && containsAll(more, best) {
			best = more
		}
		return best
	}
	for _, src := range sources {
		if a := dedupe(src, sites); len(a) > 0 {
			return a
		}
	}
	return nil
}

// containsAll reports whether every name of sub is in set, ignoring case.
func containsAll(set, sub []normalize.Author) bool {
	for _, a := range sub {
		found := false
		for _, b := range set {
			if strings.EqualFold(a.Name, b.Name) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
	}
	return true
}

func (s *scan) microdataAuthors() []author {
	var out []author
	for _, n := range s.itemAuthors {
		name := ""
		if c := attr(n, "content"); c != "" {
			name = c
		} else if m := findItemprop(n, "name"); m != nil {
			name = firstOf(attr(m, "content"), textOf(m))
		} else if len(n.Attr) > 0 && n.FirstChild != nil {
			name = textOf(n)
		}
		out = append(out, splitAuthors(name)...)
	}
	return out
}

// maxBylineText is the longest element text read as a byline.
const maxBylineText = 160

// visibleBylines reads the first byline element that names someone: the
// texts of its links to author pages when it has any, else its text.
func (s *scan) visibleBylines() []author {
	for _, n := range s.bylines {
		t := textOf(n)
		if t == "" || len(t) > maxBylineText {
			continue
		}
		var out []author
		links := descendantLinks(n)
		for _, a := range links {
			out = append(out, splitAuthors(textOf(a))...)
		}
		if !hasPerson(out) {
			out = splitAuthors(t)
		}
		if len(out) > 0 {
			s.bylineList = len(links) > 1 || strings.Contains(t, " and ") || strings.Contains(t, " & ")
			return out
		}
	}
	return nil
}

// authorPageLinks reads the texts of rel=author links and links to author
// pages, and returns the name linked most often: the byline's link is
// repeated on the page, the authors of related stories mostly are not. On
// a tie the first link after the headline wins, then the first link.
// Single words ("Profiles") are not names here.
func (s *scan) authorPageLinks() []author {
	count := map[string]int{}
	var names []author
	for i, a := range s.authorLinks {
		t := textOf(a)
		if len(t) > maxBylineText {
			continue
		}
		for _, au := range splitAuthors(t) {
			if au.org || len(strings.Fields(au.name)) < 2 {
				continue
			}
			k := lower(au.name)
			count[k] += 2
			if i == s.firstLinkAfterH1 {
				count[k]++ // the tie-breaker
			}
			names = append(names, au)
		}
	}
	var best author
	for _, au := range names {
		if count[lower(au.name)] > count[lower(best.name)] {
			best = au
		}
	}
	if best.name == "" {
		return nil
	}
	return []author{best}
}

// descendantLinks returns the links to author pages below n.
func descendantLinks(n *html.Node) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			if c.DataAtom == atom.A && (isAuthorURL(attr(c, "href")) || strings.EqualFold(attr(c, "rel"), "author")) {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

func findItemprop(n *html.Node, prop string) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if attr(c, "itemprop") == prop {
			return c
		}
		if m := findItemprop(c, prop); m != nil {
			return m
		}
	}
	return nil
}

// parselyPage is the JSON of a <meta name="parsely-page"> tag.
type parselyPage struct {
	Title   string   `json:"title"`
	PubDate string   `json:"pub_date"`
	Authors []string `json:"authors"`
}

func (s *scan) parselyPage() parselyPage {
	var p parselyPage
	if v := s.meta["parsely-page"]; v != "" {
		_ = json.Unmarshal([]byte(v), &p) // a broken tag is no tag
	}
	return p
}

func (s *scan) metaFirst(keys []string) string {
	for _, k := range keys {
		if v := strings.TrimSpace(s.meta[k]); v != "" {
			return v
		}
	}
	return ""
}

// firstOf returns the first non-blank string.
func firstOf(ss ...string) string {
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			return s
		}
	}
	return ""
}

// leadingByline reads authors from a short "By ..." paragraph among the
// first blocks of the body.
func leadingByline(blocks []Block) []normalize.Author {
	for i, b := range blocks {
		if i >= 3 {
			break
		}
		if len(b.Text) > 100 || !strings.HasPrefix(lower(b.Text), "by ") {
			continue
		}
		if a := splitAuthors(b.Text); hasPerson(a) {
			return dedupe(a, nil)
		}
	}
	return nil
}
