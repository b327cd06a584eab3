package clean

// htmlTags are the element names recognised in a tag left in the text.
// The value says whether the element breaks the line (block), so that a
// tag between two words leaves a space rather than gluing them.
var htmlTags = map[string]bool{
	"a": false, "abbr": false, "b": false, "bdi": false, "bdo": false, "big": false,
	"cite": false, "code": false, "data": false, "del": false, "dfn": false,
	"em": false, "font": false, "i": false, "ins": false, "kbd": false,
	"label": false, "mark": false, "q": false, "s": false, "samp": false,
	"small": false, "span": false, "strike": false, "strong": false,
	"sub": false, "sup": false, "time": false, "tt": false, "u": false,
	"var": false, "wbr": false, "img": false, "picture": false, "source": false,
	"svg": false, "path": false, "use": false, "button": false, "input": false,
	"noscript": false, "link": false, "meta": false,
	"address": true, "article": true, "aside": true, "blockquote": true,
	"body": true, "br": true, "caption": true, "center": true, "dd": true,
	"details": true, "div": true, "dl": true, "dt": true, "figcaption": true,
	"figure": true, "footer": true, "form": true, "h1": true, "h2": true,
	"h3": true, "h4": true, "h5": true, "h6": true, "head": true,
	"header": true, "hr": true, "html": true, "iframe": true, "li": true,
	"main": true, "nav": true, "ol": true, "p": true, "pre": true,
	"section": true, "summary": true, "table": true, "tbody": true,
	"td": true, "tfoot": true, "th": true, "thead": true, "tr": true,
	"ul": true, "video": true, "audio": true, "embed": true, "object": true,
	"script": true, "style": true, "template": true, "textarea": true,
	"title": true, "select": true, "option": true,
}

// rawTextTags are the elements whose content goes with them when their
// tags leak into text.
var rawTextTags = map[string]bool{"script": true, "style": true}

// htmlAttributes are the attribute names recognised in attribute soup
// leaked into text (class="..." data-src=...). Names starting with
// "data-" or "aria-" count too.
var htmlAttributes = map[string]bool{
	"class": true, "id": true, "style": true, "src": true, "srcset": true,
	"sizes": true, "href": true, "alt": true, "width": true, "height": true,
	"loading": true, "decoding": true, "rel": true, "target": true,
	"title": true, "type": true, "role": true, "itemprop": true,
	"itemscope": true, "itemtype": true, "onclick": true, "onload": true,
	"frameborder": true, "allowfullscreen": true, "allow": true,
	"fetchpriority": true, "crossorigin": true, "referrerpolicy": true,
	"tabindex": true, "name": true, "content": true, "property": true,
}
