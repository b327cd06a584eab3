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
