package normalize

// qLex says which of the name-related word lists hold a word, as written.
// Reading a name asks several lists about each of its words; one lookup in
// qLexicon answers them all.
type qLex uint8

const (
	qLexNotName  qLex = 1 << iota // qNotNames or a pronoun: never in a name
	qLexTitle                     // qTitles
	qLexDemonym                   // qDemonyms
	qLexOrgWord                   // qOrgWords
	qLexParticle                  // qParticles
)

// qLexicon merges the word lists behind qLex; the lists stay the source.
var qLexicon = func() map[string]qLex {
	m := make(map[string]qLex)
	for _, l := range []struct {
		set  map[string]bool
		flag qLex
	}{
		{qNotNames, qLexNotName}, {qPersonPronouns, qLexNotName}, {qGroupPronouns, qLexNotName},
		{qTitles, qLexTitle}, {qDemonyms, qLexDemonym}, {qOrgWords, qLexOrgWord}, {qParticles, qLexParticle},
	} {
		for w := range l.set {
			m[w] |= l.flag
		}
	}
	return m
}()

// is reports whether w is in one of the lists of flags.
func (flags qLex) is(w string) bool { return qLexicon[w]&flags != 0 }
