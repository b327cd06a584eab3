package clean

// boilerplateLines are whole lines of widget, navigation and share-box
// residue, by language (ISO 639-1). A line matches when it equals an entry
// ignoring ASCII case, surrounding spaces and a final colon. They are only
// ever removed as whole lines, never from inside a sentence.
var boilerplateLines = map[string][]string{
	"en": {
		"Advertisement", "Advertisements", "Sponsored", "Sponsored content",
		"Read more", "Read More", "Read more below", "Read also", "Also read",
		"Plus", "See also", "Related", "Related articles", "Related stories",
		"Related content", "Related coverage", "More on this story",
		"Recommended", "Recommended stories", "Most read", "Trending", "Trending now",
		"Skip to content", "Skip to main content", "Skip navigation",
		"Share", "Share this", "Share this article", "Share this story",
		"Share on Facebook", "Share on Twitter", "Share via Email",
		"Share on WhatsApp", "Share on LinkedIn", "Copy link", "Link copied",
		"Tweet", "Email", "Print", "Facebook", "Twitter", "WhatsApp", "LinkedIn",
		"Pinterest", "Reddit",
		"Subscribe", "Subscribe now", "Subscribe to our newsletter",
		"Sign up for our newsletter", "Sign up", "Click here to subscribe",
		"Continue reading", "Continue reading below", "Continue reading the main story",
		"Story continues below", "Story continues below advertisement",
		"Article continues below advertisement", "Article continues below",
		"Scroll to continue with content", "Scroll to continue reading",
		"Listen to this article", "Like this", "Loading", "Loading...", "Loading…",
		"Comments", "View comments", "Show comments", "Leave a comment",
		"Follow us on Twitter", "Follow us on Facebook",
		"Advertising", "Article continues below this ad", "Comments are closed",
		"Comments are closed.", "Recommended by Our Editors", "Related Video",
		"Shop This Story", "Swipe to scroll horizontally", "Thanks for signing up!",
		"Also available on Apple Podcasts",
		"Your subscription has been confirmed. Keep an eye on your inbox!",
	},
	"fr": {
		"Publicité", "Lire aussi", "À lire aussi", "A lire aussi", "Lire la suite",
		"Partager", "Partager sur Facebook", "Partager sur Twitter", "Sur le même sujet",
	},
	"es": {
		"Publicidad", "Leer más", "Lea también", "Lee también", "Te puede interesar",
		"Compartir", "Noticias relacionadas",
	},
	"de": {
		"Anzeige", "Werbung", "Lesen Sie auch", "Mehr zum Thema", "Teilen",
		"Auch interessant",
	},
	"pt": {
		"Publicidade", "Leia também", "Leia mais", "Compartilhar", "Veja também",
	},
	"it": {
		"Pubblicità", "Leggi anche", "Condividi",
	},
	"ar": {
		"اقرأ أيضا", "اقرأ أيضاً", "إعلان", "شارك",
	},
}

// counterWords are the nouns of a counter line ("12 Comments", "1.2K
// shares").
var counterWords = map[string]bool{
	"comment": true, "comments": true, "share": true, "shares": true,
	"view": true, "views": true, "like": true, "likes": true,
	"reaction": true, "reactions": true, "retweet": true, "retweets": true,
}
