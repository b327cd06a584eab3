package htmldoc

import "golang.org/x/net/html/atom"

// This file holds the data tables the heuristics use, apart from the logic.

// skipTags are elements whose content is never text of the page.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Select: true, atom.Textarea: true, atom.Button: true, atom.Input: true,
	atom.Head: true, atom.Title: true, atom.Img: true, atom.Picture: true, atom.Source: true,
	atom.Dialog: true,
}

// chromeTags are elements that hold page chrome, never article body.
var chromeTags = map[atom.Atom]bool{
	atom.Nav: true, atom.Aside: true, atom.Footer: true, atom.Header: true,
	atom.Form: true, atom.Menu: true, atom.H1: true,
}

// inlineTags are elements that do not break a paragraph.
var inlineTags = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Dfn: true, atom.Em: true,
	atom.Font: true, atom.I: true, atom.Kbd: true, atom.Mark: true, atom.Q: true,
	atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true, atom.Strong: true,
	atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true, atom.Var: true,
	atom.Wbr: true, atom.Del: true, atom.Ins: true, atom.Strike: true, atom.Big: true,
	atom.Tt: true, atom.Label: true, atom.Img: true, atom.Picture: true,
}

// leafBlocks are block elements the container search does not descend into.
var leafBlocks = map[atom.Atom]bool{
	atom.P: true, atom.Li: true, atom.Blockquote: true, atom.Pre: true,
	atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true,
	atom.Figure: true, atom.Figcaption: true, atom.Dd: true, atom.Dt: true,
}

// boilerWords are class or id tokens (split at '-', '_' and spaces, lower
// case) that mark an element as page furniture: navigation, ads, share
// bars, newsletter boxes, related stories, comments, cookie banners.
var boilerWords = map[string]bool{
	"share": true, "sharing": true, "shares": true, "social": true, "sharebar": true,
	"sharetools": true, "socialshare": true,
	"related": true, "relatedlinks": true, "recommended": true, "recommendations": true,
	"recirc": true, "recirculation": true, "trending": true, "popular": true, "mostread": true,
	"newsletter": true, "newsletters": true, "subscribe": true, "subscription": true,
	"signup": true, "promo": true, "promotion": true, "promoted": true,
	"ad": true, "ads": true, "advert": true, "adslot": true, "adunit": true, "advertisement": true,
	"advertising": true, "sponsor": true, "sponsored": true, "dfp": true, "gpt": true,
	"outbrain": true, "taboola": true, "comment": true, "comments": true, "disqus": true,
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"nav": true, "navigation": true, "navbar": true, "menu": true, "breadcrumb": true,
	"breadcrumbs": true, "footer": true, "sidebar": true, "widget": true, "rail": true,
	"modal": true, "popup": true, "overlay": true, "toolbar": true, "paywall": true,
	"skip": true, "tags": true, "tag": true, "topics": true,
	"byline": true, "bio": true, "author": true, "authors": true, "timestamp": true,
	"readmore": true, "morestories": true, "more": true, "also": true,
	"tweet": true, "twitter": true, "instagram": true, "facebook": true, "tiktok": true,
	"embed": true, "video": true, "player": true, "podcast": true, "audio": true,
	"donate": true, "donation": true, "membership": true, "jump": true,
	"toc": true, "pagination": true, "pager": true, "login": true, "alert": true,
}

// hiddenClasses are whole class names that hide an element from view.
var hiddenClasses = map[string]bool{
	"hidden": true, "hide": true, "visually-hidden": true, "visuallyhidden": true, "sr-only": true,
	"screen-reader-text": true, "screen-reader-only": true, "element-invisible": true, "d-none": true,
}

// captionWords mark captions outside figcaption; creditWords mark photo
// credits inside a caption.
var (
	captionWords = map[string]bool{"caption": true, "figcaption": true, "imagecaption": true}
	creditWords  = map[string]bool{"credit": true, "credits": true, "copyright": true, "photographer": true, "source": true, "attribution": true}
)

// bylineWords are class tokens of elements holding a visible byline.
var bylineWords = map[string]bool{
	"byline": true, "author": true, "authors": true, "writer": true, "contributor": true,
	"bylines": true, "authorname": true,
}

// articleTypes are the JSON-LD @type values of a news story.
var articleTypes = map[string]bool{
	"newsarticle": true, "article": true, "reportagenewsarticle": true, "blogposting": true,
	"analysisnewsarticle": true, "opinionnewsarticle": true, "reviewnewsarticle": true,
	"backgroundnewsarticle": true, "liveblogposting": true, "socialmediaposting": true,
	"report": true, "scholarlyarticle": true, "techarticle": true, "review": true,
	"posting": true,
}

// Meta tag names (name, property or itemprop, lower case), in order of
// trust, for each field.
var (
	metaTitle     = []string{"og:title", "twitter:title", "parsely-title", "sailthru.title", "dc.title", "headline", "title"}
	metaPublished = []string{
		"article:published_time", "og:article:published_time", "article:published", "datepublished",
		"parsely-pub-date", "sailthru.date", "dc.date.issued", "dcterms.issued", "dc.date", "dcterms.date",
		"dcterms.created", "dc.date.created", "publishdate", "publish-date", "publish_date", "pubdate",
		"article.published", "date", "og:published_time", "article_date_original", "cxenseparse:recs:publishtime",
		"sailthru.publishdate", "original-publish-date", "displaydate", "article:post_date",
	}
	metaAuthor = []string{
		"author", "parsely-author", "sailthru.author", "article:author", "dc.creator", "dcterms.creator",
		"byl", "cxenseparse:author", "article.author", "og:article:author", "authors", "citation_author",
	}
	metaPublisher = []string{"og:site_name", "application-name", "publisher", "dc.publisher", "twitter:site", "cxenseparse:site"}
)

// bylinePrefixes open a byline (lower case, with their trailing space).
var bylinePrefixes = []string{
	"by ", "by: ", "written by ", "words by ", "posted by ", "story by ", "reporting by ",
	"report by ", "text by ", "author: ", "authors: ", "byline: ", "from ", "por ", "von ", "par ",
}

// roleNames and roleWords recognise job titles in bylines ("Staff
// Writer", "Senior Correspondent").
var (
	roleNames = map[string]bool{"staff": false, "guest author": true, "contributors": true}
	roleWords = map[string]bool{
		"staff": true, "writer": true, "writers": true, "reporter": true, "reporters": true,
		"editor": true, "editors": true, "correspondent": true, "contributor": true,
		"contributing": true, "senior": true, "chief": true, "associate": true, "deputy": true,
		"managing": true, "executive": true, "columnist": true, "photographer": true,
		"producer": true, "analyst": true, "political": true, "national": true, "news": false,
		"sports": true, "business": true, "health": true, "science": true, "tech": true,
		"technology": true, "entertainment": true, "investigative": true, "freelance": true,
		"special": true, "to": true, "the": true, "for": true, "of": true, "and": true, "a": true,
		"updated": true, "published": true, "posted": true, "editorial": true, "board": true,
		"white": true, "house": true, "bureau": true, "affairs": true, "video": true, "journalist": true,
		"author": true, "opinion": true, "contributors": true, "intern": true, "edited": true,
		"view": true, "all": true, "posts": true, "more": true, "follow": true, "about": true,
	}
)

// orgNames and orgWords recognise organizations among author names.
var (
	orgNames = map[string]bool{
		"ap": true, "afp": true, "reuters": true, "cnn": true, "bbc": true, "upi": true,
		"staff": true, "the associated press": true, "associated press": true, "bloomberg": true,
		"dpa": true, "efe": true, "xinhua": true, "ians": true, "pti": true, "ani": true, "cnbc": true,
		"npr": true, "abc": true, "cbs": true, "nbc": true, "ft": true, "wsj": true,
	}
	orgWords = map[string]bool{
		"news": true, "press": true, "media": true, "agency": true, "staff": true, "desk": true,
		"newsroom": true, "times": true, "post": true, "magazine": true, "university": true,
		"institute": true, "inc": true, "inc.": true, "ltd": true, "llc": true, "group": true,
		"network": true, "wire": true, "team": true, "editors": true, "reports": true, "journal": true,
		"tribune": true, "herald": true, "gazette": true, "daily": true, "radio": true, "tv": true,
		"television": true, "channel": true, "online": true, ".com": true, "foundation": true,
		"association": true, "council": true, "department": true, "ministry": true, "service": true,
	}
)
