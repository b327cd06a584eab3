// Package htmldoc reads a raw news page, as a scraper saved it, into its
// metadata and an ordered list of body blocks:
//
//	doc, err := htmldoc.Parse(page)
//	fmt.Println(doc.Title, doc.Published, len(doc.Blocks))
//
// It is the HTML front end of package article, which cleans the blocks
// and sorts datelines, bylines, captions and quotes out of them.
//
// # Input
//
// Any bytes. The encoding is taken from a byte order mark, else from a
// <meta charset> or http-equiv declaration in the first 1024 bytes, else
// sniffed (golang.org/x/net/html/charset). A page that declares a
// single-byte charset but is valid UTF-8 with non-ASCII text is read as
// UTF-8, since scrapers often save the decoded page without fixing the
// declaration. A page declared (or sniffed) UTF-8 that is not valid UTF-8
// is decided by its bytes, as clean.Decode does: a Windows-1252 text
// (invalid sequences at least as many as valid multi-byte ones) is
// transcoded, so "Zürich" keeps its "ü"; UTF-8 with a few stray bytes
// stays UTF-8, a lone stray byte read as its Windows-1252 character.
// Every string of the Document is valid UTF-8 with white space collapsed;
// runs of bytes still invalid are dropped. Parse never panics; it fails
// only when the tree cannot be built at all.
//
// The page is parsed once (html.Parse); one walk over the tree collects
// every metadata source and the text of each block element; the body is
// then extracted from the chosen container alone.
//
// # Metadata, in order of trust
//
// Each field comes from the first source that has it:
//
//   - Title: the visible headline, an <h1> that the metadata confirms, else
//     the first <h1> longer than 10 bytes that is not the site's name; then
//     JSON-LD headline, microdata headline, parsely-page, og:title,
//     twitter:title, parsely-title, sailthru.title, dc.title; last the
//     <title>. A site-name prefix or suffix ("... | Reuters", "... - BBC
//     News", a site name followed by a tagline) is removed when it matches
//     og:site_name, the publisher or the canonical host, and any short
//     part after a bar. A section label before or after a bar in the
//     <h1> ("Politics | ...", "... | Editorial") and a bracketed media label
//     ("(video)", "[Watch]") are removed; when a metadata title is the end of
//     the <h1> text, the <h1> carried a kicker ("Opinion What ...") and the
//     metadata title is used. Entities left in metadata are decoded; a
//     title cut short with "..." is completed from another source.
//   - Published (never modified): JSON-LD datePublished of the first
//     article object (NewsArticle, Article, ReportageNewsArticle,
//     BlogPosting and the other article types, inside @graph and nested
//     values too, @id references followed); article:published_time and
//     the other published-date meta tags (parsely-pub-date, sailthru.date,
//     Dublin Core, ...); parsely-page; microdata datePublished and <time
//     pubdate>; a /YYYY/MM/DD/ date in the canonical URL; the first
//     <time datetime> after the first <h1>, else the first in the page; the datePublished of another JSON-LD object (a
//     WebPage, a Recipe); the text of an element with a date class ("Dec
//     20, 2023"); a date in the text just after the <h1>; last the first
//     "datePublished" string in the state JSON a script carries in its
//     text or attributes (pages rendered by scripts). An instant with
//     a zone keeps its zone, so its day is the local day of publication; an
//     instant in UTC takes the zone of a <time> or meta tag giving the same
//     instant with an offset, or the day of a zone-less time with the same
//     minutes and seconds (a local clock), or the date of a date and clock
//     written in a <time> or date-class element that are the same moment
//     ("Published Dec. 22, 2023 12:16PM EST"), or the date written in the
//     first <time> after the headline when it is within a day; a time
//     without a zone keeps only the day. The day of a URL date must not
//     run on into more digits ("/2023/12/231218..." is an id).
//   - Authors: JSON-LD author (people and organizations, by @type); the
//     author meta tags (author, parsely-author, sailthru.author,
//     article:author, dc.creator, ...); parsely-page; microdata author;
//     the first visible byline (an element with a byline or author class:
//     its links to author pages, else its text); the name linked most
//     often from links to author pages (rel=author, /author/, /writer/,
//     /staff/ ...; two words at least; on a tie the first link after the
//     <h1>); a short "By ..." paragraph among the first body blocks. The first source that names
//     a person wins; a visible byline that lists the same people and more
//     ("By A and B" where the meta tag has A) replaces it. Only when no
//     source names a person is the first organization credited used, and
//     never the site itself ("BBC News" on bbc.co.uk is the publisher, not
//     a byline). Names are split at commas, "and", "&", bars and
//     semicolons; "By", roles ("Staff Writer", "Head of ..."), degrees,
//     e-mail addresses, handles and URLs are dropped; an organization after
//     a person ("Jane Doe, Reuters") becomes the person's Organization; an
//     organization author has Organization equal to its Name. Repeats are
//     removed ignoring case.
//   - Publisher: JSON-LD publisher name, og:site_name, application-name,
//     publisher and dc.publisher meta tags, twitter:site.
//   - Dateline: the JSON-LD dateline property only; datelines written in
//     the first paragraph are left there for package normalize.
//
// # Body
//
// Elements are page furniture by tag (nav, aside, header, footer, form,
// menu, h1), by ARIA role (navigation, banner, contentinfo, complementary,
// dialog, search), by a class or id token (share, social, related,
// newsletter, subscribe, promo, ad, sponsor, comments, cookie, consent,
// sidebar, rail, widget, trending, byline, author, tags, ...; see
// words.go; class names are split at '-', '_', ':' and camelCase), or because they are hidden (hidden, aria-hidden, display:none
// or a hiding class). An element that looks like furniture but holds at
// least 40% of the page's paragraph text, alone or with its siblings of
// the same class, is a wrapper ("page has-sidebar", "paywall" chunks) and
// is kept, unless it is a chrome tag, its id is a furniture word alone
// (id="sidebar"), or it is a dialog (role=dialog, a cookie, consent,
// modal or popup class) that does not hold the headline. An element named
// only as a player (video, audio, podcast, player) that holds 500 bytes of
// paragraph text or more is story text around a player, not furniture.
//
// Every block element outside furniture scores the text it holds directly
// (paragraphs, text-bearing divs and table cells fully, list items and
// the blocks inside them half (teaser cards: "ul > li > p"), headings not
// at all; blocks of less than 20 bytes or more than half
// links not at all), and adds its score to all its ancestors. The
// container is the itemprop=articleBody element when it holds at least 35%
// of the page's score; otherwise the search starts at <body> and descends
// into the child holding at least 70% of the current element's score, until
// no child does.
//
// The descent is refined by body hints, elements whose class
// names an article body ("article-body", "entry-content", "story__body";
// see bodyHintNames): the best hint, or group of sibling hints sharing a
// class, holding at least 25% of the page's text replaces the container
// when it lies inside it and holds 40% of its text, or when it lies around
// it and the container holds less than 85% of the hint's text (a body cut
// into chunks). Body hints of the same class that come before the
// container but after the headline are added before it (a first chunk in
// another column, beside the lead image). A single container is preceded
// by the lede the layout sets apart just before it, in the same parent:
// <p> siblings, and siblings whose paragraphs share the class of the
// container's ("div.lead > p.paragraph" before "div.body > p.paragraph"),
// up to the block of the headline. A container holding the
// headlines (<h1> of more than 10 bytes) of several stories, a page that
// appends the next articles below the first, is narrowed to the element
// around the first headline that holds no other one, when that element
// scores at least 100 bytes. When
// the JSON-LD articleBody holds more than twice the words of the blocks
// found, or more words than their text (captions aside) of which that
// text holds less than a quarter, its lines, without WordPress shortcodes
// ('[gallery id="1"]'), become the blocks (pages that render their text
// with scripts, slideshows). When the blocks hold fewer than 300 words and
// one of their first three paragraphs opens a paragraph node of the rich
// text in a <script type="application/json"> ({"type":"paragraph",
// "content":[{"type":"text","value":...}]}, "nodeType":"paragraph", or
// Portable Text "_type":"block"), the rich-text paragraphs from that one on
// replace the blocks from there, if they hold more than twice the words (a
// body cut short in the markup, the rest rendered from the page's state).
//
// A page scoring less than 100 bytes has no article: Parse
// returns no blocks (an index of teaser links, an error page). Nor has a
// page whose container is a run of teasers: at least three headings that
// are links, no more than two paragraphs per such heading, and paragraphs
// of less than 200 bytes on average (a section front whose summaries are
// not links).
//
// Inside the container, blocks are emitted in document order: paragraphs
// (<p>, and runs of inline text in a div, split at <br><br>), headings
// (h2-h6), figure captions with their credit (a credit, copyright or
// source class inside the caption; a heading or quote left open inside
// the credit is a block of its own), captions outside figures (a caption
// class, on an inline element too), blockquotes and list items. Images, scripts, embeds, forms,
// photo credits outside captions and furniture are skipped, as is any block with more than 60% of its text in
// links. Data tables (four cells or more of 60 bytes or less on average:
// prices, scores, pros and cons) are dropped; layout tables are read as
// text. Short copyright, contact (an e-mail address) and sign-up
// paragraphs at the very end of the body are dropped. The standfirst, the
// first element after the <h1> with a dek class ("dek", "deck",
// "standfirst", "subtitle", "excerpt", "description", ...; not one that is
// also furniture or a player), becomes the first paragraph when it lies
// before the container and outside it, holds 20 to 400 bytes not mostly in
// links, is not already in the body, and the body does not open with a
// dateline (which must stay first).
//
// # Invariants
//
// Parse never panics, every string it returns is valid UTF-8, Block.Text
// is never empty, and the result does not depend on map order.
package htmldoc
