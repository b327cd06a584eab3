package htmldoc

import "golang.org/x/net/html/atom"

// This file holds the data tables the heuristics use, apart from the logic.

// skipTags are elements whose content is never text of the page.
var skipTags = map[atom.Atom]bool{
	atom.Script: true, atom.Style: true, atom.Noscript: true, atom.Template: true,
	atom.Svg: true, atom.Math: true, atom.Iframe: true, atom.Object: true,
	atom.Embed: true, atom.Canvas: true, atom.Video: true, atom.Audio: true,
	atom.Select: true, atom.Textarea: true, atom.Button: true, atom.Input: true,
	atom.Title: true, atom.Img: true, atom.Picture: true, atom.Source: true,
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
	"modal": true, "popup": true, "overlay": true, "toolbar": true,
	"skip": true, "tags": true, "tag": true, "topics": true,
	"byline": true, "bio": true, "author": true, "authors": true, "timestamp": true,
	"readmore": true, "morestories": true, "more": true, "also": true,
	"tweet": true, "twitter": true, "instagram": true, "facebook": true, "tiktok": true,
	"donate": true, "donation": true, "membership": true, "jump": true,
	"toc": true, "pagination": true, "pager": true, "login": true, "alert": true, "toggle": true,
}

// mediaWords are the furniture tokens of players (video, audio,
// podcast): an element named so that holds much paragraph text is a story
// told around a player ("article__video-text"), not a player.
var mediaWords = map[string]bool{
	"video": true, "player": true, "podcast": true, "audio": true,
}

// dekWords are class or id tokens of the standfirst, the sentence or two
// under the headline that sums up the story.
var dekWords = map[string]bool{
	"dek": true, "deck": true, "subdeck": true, "standfirst": true, "subhead": true,
	"subheadline": true, "subline": true, "subtitle": true, "strapline": true,
	"excerpt": true, "desc": true, "description": true,
}

// dialogWords are the furniture tokens of boxes laid over the page
// (cookie banners, consent and privacy settings, modals): however much text
// they hold, they never wrap the article.
var dialogWords = map[string]bool{
	"cookie": true, "cookies": true, "consent": true, "gdpr": true,
	"modal": true, "popup": true, "overlay": true,
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

// dateWords are class tokens of elements whose text may be the visible
// publish date.
var dateWords = map[string]bool{
	"date": true, "published": true, "publish": true, "pubdate": true, "posted": true,
	"timestamp": true, "datetime": true, "dateline": true, "time": true, "byline": true,
}

// authorPaths are parts of the address of an author's page.
var authorPaths = []string{"/author/", "/authors/", "/writer/", "/writers/", "/staff/", "/by/", "/contributor/", "/contributors/", "/journalist/", "/reporter/", "/columnist/"}

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
		"sponsored": true, "guest": true, "partner": true, "content": true, "officer": true,
		"director": true, "president": true, "founder": true, "ceo": true, "manager": true,
	}
)

// roleHeads open a job title ("Head of Reality Labs", "Chief Executive");
// roleTails close one ("Crimson Staff Writer"); credentials follow a name.
var (
	roleHeads = map[string]bool{
		"head": true, "chief": true, "director": true, "president": true, "vice": true,
		"senior": true, "editor": true, "staff": true, "contributing": true, "managing": true,
		"executive": true, "deputy": true, "associate": true, "assistant": true, "former": true,
	}
	roleTails = map[string]bool{
		"writer": true, "writers": true, "editor": true, "editors": true, "reporter": true,
		"correspondent": true, "columnist": true, "contributor": true, "officer": true,
		"director": true, "producer": true, "photographer": true, "analyst": true, "intern": true,
		"president": true, "founder": true, "ceo": true, "manager": true,
	}
	credentials = map[string]bool{
		"ph.d.": true, "ph.d": true, "phd": true, "md": true, "m.d.": true, "rn": true, "ms": true,
		"mph": true, "rdn": true, "ld": true, "mba": true, "cfa": true, "cfp": true, "esq.": true,
		"esq": true, "dvm": true, "do": true, "pharmd": true, "psyd": true, "lcsw": true,
	}
)

// notNames are words that show a byline fragment is a prompt or label,
// not a name ("Edit Profile", "Read full bio").
var notNames = map[string]bool{
	"by": true, "profile": true, "edit": true, "bio": true, "follow": true, "subscribe": true,
	"share": true, "email": true, "newsletter": true, "read": true, "posts": true, "articles": true,
	"login": true, "sign": true, "logo": true, "updated": true, "published": true, "comments": true,
	"view": true, "more": true, "see": true, "contact": true, "twitter": true, "facebook": true,
}

// nameParticles are the lower-case words a person's name may hold.
var nameParticles = map[string]bool{
	"de": true, "da": true, "del": true, "della": true, "di": true, "du": true, "van": true,
	"von": true, "der": true, "den": true, "bin": true, "bint": true, "al": true, "el": true,
	"la": true, "le": true, "dos": true, "das": true, "y": true, "ibn": true, "ter": true,
}

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
		"redazione": true, "redacción": true, "rédaction": true, "redaktion": true,
	}
)

// bodyHintNames are class names of article bodies, lower case with '-'
// and '_' removed.
var bodyHintNames = []string{
	"articlebody", "storybody", "entrycontent", "postcontent", "articlecontent", "bodytext",
	"storycontent", "articletext", "postbody", "contentbody", "storytext", "articlecopy",
	"postentry", "entrybody", "newsbody", "articledetail", "blogpost", "maintext",
}

// mediaTags are labels bracketed after a headline.
var mediaTags = map[string]bool{
	"video": true, "videos": true, "watch": true, "photo": true, "photos": true, "pics": true,
	"gallery": true, "listen": true, "podcast": true, "audio": true, "live": true, "updated": true,
	"update": true, "exclusive": true, "opinion": true, "analysis": true, "infographic": true,
}

// tailPrompts mark a closing paragraph as a sign-up or follow prompt.
var tailPrompts = []string{
	"sign up for", "sign up here", "subscribe to our", "newsletter", "follow us on", "can be reached at",
	"click here for reprint", "reprint permission",
}
