package htmldoc

import (
	"golang.org/x/net/html"
)

// firstStory narrows roots to the first story when they hold the
// headlines of several stories (an endless page that appends the next
// articles below the first): the element around the first headline that
// holds no other headline. It returns roots unchanged otherwise.
func (s *scan) firstStory(roots []*html.Node, score map[*html.Node]int) []*html.Node {
	var heads []*html.Node
	for _, h := range s.h1 {
		if len(collapse(textOf(h))) <= 10 {
			continue
		}
		for _, r := range roots {
			if r != h && isAncestor(r, h) {
				heads = append(heads, h)
				break
			}
		}
	}
	if len(heads) < 2 {
		return roots
	}
	first, next := heads[0], heads[1]
	story := first
	for p := first.Parent; p != nil && !isAncestor(p, next); p = p.Parent {
		story = p
	}
	if score[story] < minBodyText {
		return roots
	}
	return []*html.Node{story}
}
