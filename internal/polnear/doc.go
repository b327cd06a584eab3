// Package polnear reads the PolNeAR corpus (Political News Attribution
// Relations, brat standoff) and scores quote attribution against it.
//
// Typical use:
//
//	docs, err := polnear.Load(polnear.Dir(), "dev")
//	report := polnear.Evaluate(docs, normalize.Quotes)
//
// # Corpus
//
// An article is data/<split>/text/<name>.txt; its annotations are
// data/<split>/attributions/<name>_<annotator>.ann. T lines are spans
// (Source, Cue, Content) with offsets in Unicode code points, possibly
// discontinuous ("10 20;30 40"); E lines tie one attribution's spans
// together. When several annotators marked an article, Load keeps the one
// who agrees most with the others on the direct quotes and their sources
// (the medoid; the first in name order on a tie), so every article counts
// once and one annotator's slips weigh least.
//
// # Paragraphs
//
// Articles are split into paragraphs at line breaks: blank lines, and the
// single newlines that about a quarter of the articles use between
// paragraphs.
//
// # Gold direct quotes
//
// A gold direct quote is the text inside one pair of quotation marks (double
// “ ” ", or single ‘ ’ ' at word edges) that overlaps a Content span: either
// the marked region lies inside the Content span (allowing the marks
// themselves, a comma or a space to fall just outside it), or the Content
// span lies inside the marks (annotators often cut a long quote into one
// Content per sentence). Either way the gold text is the whole region inside
// the marks, counted once however many Content spans touch it. A region opened and not
// closed in a paragraph runs on when the next paragraph opens with a mark.
// Its speaker is the attribution's Source text; when several attributions
// cover the quote (nested: "Sanders said, according to CNN"), the innermost
// one, whose content span is the smallest, gives it. Speaker accuracy counts
// only sources that are names (see IsName).
//
// # Scoring
//
// Texts are normalized (lower case, punctuation dropped, split into
// tokens). A predicted quote matches a gold one when their token overlap is
// at least 80% of the shorter one's tokens and they sit in overlapping
// paragraphs; each gold quote matches at most one prediction (greedy, best
// overlap first). Speaker accuracy is over matched quotes whose gold source
// is a name (its first phrase ends in a capitalized word: "Trump", "the
// Washington Examiner", "Clinton's aide Jake Sullivan"; not "he", "a source",
// "the Democratic presidential candidate"): the prediction is right when
// that word is a word of the predicted speaker, or the predicted speaker's
// last word is a word of the gold source (possessives, "al-" prefixes and
// case ignored).
package polnear
