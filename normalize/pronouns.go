package normalize

// qPersonPronouns stand for a person named earlier; they resolve to the
// nearest fitting named person, whatever the gender (machine translation
// often gets it wrong).
var qPersonPronouns = setOf("he", "she", "He", "She", "him", "her",
	"I", "i", "we", "We")

// qGroupPronouns may stand for an organization or a group of people.
var qGroupPronouns = setOf("they", "They", "it", "It")

// qIsPronoun reports whether w is a subject pronoun.
func qIsPronoun(w string) bool { return qPersonPronouns[w] || qGroupPronouns[w] }

// qNotNameWords are the words that are never part of a name: qNotNames and
// the pronouns, in one set so that a capitalized word costs one lookup.
var qNotNameWords = func() map[string]bool {
	m := make(map[string]bool, len(qNotNames)+len(qPersonPronouns)+len(qGroupPronouns))
	for _, set := range []map[string]bool{qNotNames, qPersonPronouns, qGroupPronouns} {
		for w := range set {
			m[w] = true
		}
	}
	return m
}()
