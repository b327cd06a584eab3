package normalize

// qTitles are titles and honorifics written before a name ("Sheikh Hussein
// Karbalai", "President Trump", "Dr. Fauci"). They go to Quote.Role, not to
// Quote.Speaker.
var qTitles = setOf(
	"President", "Vice", "Prime", "Minister", "Premier", "Chancellor",
	"Sheikh", "Sheik", "Shaikh", "Imam", "Ayatollah", "Grand", "Mullah",
	"Cleric", "Haji", "Hajji", "Emir", "Sultan", "King", "Queen", "Prince",
	"Princess", "Crown", "Pope", "Cardinal", "Archbishop", "Bishop", "Rabbi",
	"Pastor", "Rev.", "Reverend", "Father", "Sister",
	"Mr.", "Mrs.", "Ms.", "Miss", "Mr", "Mrs", "Ms", "Dr.", "Dr", "Sir", "Dame",
	"Lord", "Lady", "Prof.", "Professor",
	"Sen.", "Senator", "Rep.", "Representative", "Congressman",
	"Congresswoman", "Gov.", "Governor", "Lt.", "Lieutenant", "Mayor",
	"Secretary", "Ambassador", "Commissioner", "Director", "Chairman",
	"Chairwoman", "Chair", "Speaker", "Leader", "Judge", "Justice", "Attorney",
	"General", "Gen.", "Col.", "Colonel", "Capt.", "Captain", "Sgt.",
	"Sergeant", "Maj.", "Major", "Adm.", "Admiral", "Cmdr.", "Commander",
	"Marshal", "Field", "Chief", "Deputy", "Detective", "Inspector",
	"Superintendent", "Officer", "Spokesman", "Spokeswoman", "Spokesperson",
	"Coach", "Councilman", "Councilwoman", "Assemblyman", "Assemblywoman",
	"Delegate", "Candidate", "Nominee", "Former", "Acting", "Interim",
	"Supreme", "Tribal", "Rev", "Atty.", "Gov", "Sen", "Rep", "Supt.",
	"Ald.", "Alderman", "State", "Defense", "Treasury", "Homeland",
	"Security", "Staff", "Commerce", "Energy", "Interior", "Dean", "Provost", "Chancellor", "Comrade",
)

// qPersonNouns are lower-case role nouns that describe a person in a noun
// phrase ("the official", "protester Ali Adnan", "the spokeswoman"). A
// definite description made of them stands for a person named earlier.
var qPersonNouns = setOf(
	"official", "officials", "spokesman", "spokeswoman", "spokesperson",
	"protester", "protesters", "cleric", "leader", "president", "senator",
	"minister", "secretary", "governor", "mayor", "candidate", "nominee",
	"lawmaker", "congressman", "congresswoman", "representative", "chairman",
	"chairwoman", "director", "adviser", "advisor", "aide", "analyst",
	"expert", "professor", "student", "man", "woman", "resident", "voter",
	"supporter", "activist", "source", "sources", "soldier", "commander",
	"general", "judge", "lawyer", "attorney", "executive", "founder",
	"manager", "strategist", "pollster", "economist", "historian", "author",
	"writer", "reporter", "journalist", "businessman", "businesswoman",
	"billionaire", "mogul", "democrat", "republican", "politician",
	"diplomat", "ambassador", "envoy", "negotiator", "worker", "farmer",
	"teacher", "doctor", "nurse", "veteran", "mother", "father", "son",
	"daughter", "wife", "husband", "pastor", "priest", "imam", "sheikh",
	"chief", "head", "member", "organizer", "campaigner", "surrogate",
	"host", "anchor", "moderator", "donor", "fundraiser", "businessman",
	"year-old", "incumbent", "challenger", "frontrunner", "front-runner",
	"king", "queen", "prince", "officer", "detective", "sheriff", "deputy",
	"partner", "friend", "neighbor", "owner", "ceo", "chair", "speaker",
	"coach", "player", "star", "actor", "actress", "singer", "rapper",
)

// qOrgNouns are lower-case nouns for speakers that are organizations or
// documents: "the ministry said", "the statement said".
var qOrgNouns = setOf(
	"ministry", "statement", "campaign", "department", "agency", "committee",
	"government", "company", "office", "report", "poll", "survey", "police",
	"army", "military", "group", "organization", "council", "party",
	"administration", "court", "commission", "board", "firm", "website",
	"newspaper", "paper", "network", "channel", "union", "coalition",
	"movement", "embassy", "spokesman's office", "letter", "memo", "release",
	"study", "document", "tweet", "post", "ad", "advertisement", "video",
	"book", "article", "editorial", "story", "filing", "lawsuit", "complaint",
	"indictment", "ruling", "order", "bill", "resolution", "platform",
	"foundation", "institute", "university", "bank", "fund", "white house",
	"pentagon", "kremlin", "senate", "house", "congress", "parliament",
	"regime", "alliance", "team", "staff", "spokespeople", "officials",
)
