package htmldoc

import (
	"encoding/json"
	"slices"
	"strings"
)

// ldArticle is what the JSON-LD of a page says about its story.
type ldArticle struct {
	found       bool
	headline    string
	published   string // datePublished of the story
	pageDate    string // datePublished of another object (WebPage, Recipe), when the story has none
	dateline    string
	body        string // articleBody: the story's text, without structure
	publisher   string
	authors     []author
	orgAuthored bool // every author was typed Organization
}

// parseJSONLD reads the ld+json scripts of a page. The first object whose
// @type is a kind of article wins (inside @graph and nested values too);
// @id references to other nodes of the page are followed.
func parseJSONLD(scripts []string) ldArticle {
	var out ldArticle
	if len(scripts) == 0 {
		return out
	}
	var roots []any
	ids := map[string]map[string]any{}
	for _, s := range scripts {
		v, ok := decodeJSON(s)
		if !ok {
			continue
		}
		roots = append(roots, v)
		indexIDs(v, ids, 0)
	}
	for _, v := range roots {
		out.visit(v, ids, 0)
	}
	return out
}

// decodeJSON decodes s, forgiving the control characters and comment
// markers some sites leave in their JSON-LD.
func decodeJSON(s string) (any, bool) {
	var v any
	if json.Unmarshal([]byte(s), &v) == nil {
		return v, true
	}
	s = strings.TrimSpace(s)
	s = strings.TrimPrefix(s, "<!--")
	s = strings.TrimSuffix(s, "-->")
	s = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(s), ";"))
	s = strings.Map(func(r rune) rune {
		if r < 0x20 {
			return ' '
		}
		return r
	}, s)
	if json.Unmarshal([]byte(s), &v) == nil {
		return v, true
	}
	return nil, false
}

const maxLDDepth = 12

func indexIDs(v any, ids map[string]map[string]any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			indexIDs(x, ids, depth+1)
		}
	case map[string]any:
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if _, seen := ids[id]; !seen {
				ids[id] = v
			}
		}
		for _, x := range v {
			indexIDs(x, ids, depth+1)
		}
	}
}

func (out *ldArticle) visit(v any, ids map[string]map[string]any, depth int) {
	if depth > maxLDDepth {
		return
	}
	switch v := v.(type) {
	case []any:
		for _, x := range v {
			out.visit(x, ids, depth+1)
		}
	case map[string]any:
		if isArticleType(v["@type"]) && !out.found {
			out.take(v, ids)
		} else if out.pageDate == "" && v["datePublished"] != nil {
			out.pageDate = ldString(v["datePublished"]) // a WebPage, a Recipe, ...
		}
		if g, ok := v["@graph"]; ok {
			out.visit(g, ids, depth+1)
		}
		keys := make([]string, 0, len(v))
		for k, x := range v {
			switch x.(type) {
			case map[string]any, []any:
				if k != "@graph" && k != "author" && k != "publisher" {
					keys = append(keys, k)
				}
			}
		}
		slices.Sort(keys) // map order is random; the result must not be
		for _, k := range keys {
			out.visit(v[k], ids, depth+1)
		}
	}
}

// take fills out from the article object v.
func (out *ldArticle) take(v map[string]any, ids map[string]map[string]any) {
	out.headline = ldString(v["headline"])
	if out.headline == "" {
		out.headline = ldString(v["name"])
	}
	out.published = ldString(v["datePublished"])
	if out.published == "" {
		out.published = ldString(v["dateCreated"])
	}
	out.dateline = ldString(v["dateline"])
	out.body = ldString(v["articleBody"])
	if p := resolve(v["publisher"], ids); p != nil {
		out.publisher = ldString(p["name"])
	}
	out.found = out.headline != "" || out.published != "" || v["author"] != nil
	orgs := 0
	for _, a := range ldList(v["author"]) {
		switch a := a.(type) {
		case string:
			out.authors = append(out.authors, splitAuthors(a)...)
		case map[string]any:
			if r := resolve(a, ids); r != nil {
				a = r
			}
			name := ldString(a["name"])
			if name == "" {
				continue
			}
			if hasType(a["@type"], "organization") || hasType(a["@type"], "newsmediaorganization") {
				orgs++
				out.authors = append(out.authors, author{name: collapse(name), org: true})
				continue
			}
			out.authors = append(out.authors, splitAuthors(name)...)
		}
	}
	out.orgAuthored = orgs > 0 && orgs == len(out.authors)
}

// resolve returns the object v stands for, following an @id reference.
func resolve(v any, ids map[string]map[string]any) map[string]any {
	if l, ok := v.([]any); ok && len(l) > 0 {
		v = l[0]
	}
	m, ok := v.(map[string]any)
	if !ok {
		return nil
	}
	if id, ok := m["@id"].(string); ok && len(m) == 1 {
		if r, ok := ids[id]; ok {
			return r
		}
	}
	return m
}

func isArticleType(t any) bool {
	switch t := t.(type) {
	case string:
		return articleTypes[lower(strings.TrimPrefix(t, "http://schema.org/"))]
	case []any:
		for _, x := range t {
			if isArticleType(x) {
				return true
			}
		}
	}
	return false
}

func hasType(t any, want string) bool {
	switch t := t.(type) {
	case string:
		return lower(t) == want
	case []any:
		for _, x := range t {
			if hasType(x, want) {
				return true
			}
		}
	}
	return false
}

// ldString returns v as a string: a string, the first of a list, or the
// name or @value of an object.
func ldString(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(v)
	case []any:
		if len(v) > 0 {
			return ldString(v[0])
		}
	case map[string]any:
		if s := ldString(v["@value"]); s != "" {
			return s
		}
		return ldString(v["name"])
	}
	return ""
}

func ldList(v any) []any {
	switch v := v.(type) {
	case nil:
		return nil
	case []any:
		return v
	}
	return []any{v}
}
