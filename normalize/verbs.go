package normalize

// Speech verbs, kept as data. A verb form listed here marks an attribution
// clause next to a quote: "Q," X said / "Q," said X / X said: "Q".
//
// qSpeechVerbs maps each inflected form to its lemma. qInvertibleVerbs are
// the forms that may come before their subject ("Q," said X); "told" is not
// one of them, since the noun after it is the listener.
var qSpeechVerbs = qVerbForms(
	"say says said saying",
	"tell tells told telling",
	"add adds added adding",
	"ask asks asked asking",
	"write writes wrote writing",
	"tweet tweets tweeted tweeting",
	"post posts posted posting",
	"explain explains explained explaining",
	"insist insists insisted insisting",
	"warn warns warned warning",
	"note notes noted noting",
	"claim claims claimed claiming",
	"argue argues argued arguing",
	"declare declares declared declaring",
	"state states stated stating",
	"announce announces announced announcing",
	"reply replies replied replying",
	"respond responds responded responding",
	"recall recalls recalled recalling",
	"continue continues continued continuing",
	"comment comments commented commenting",
	"acknowledge acknowledges acknowledged acknowledging",
	"admit admits admitted admitting",
	"remark remarks remarked remarking",
	"suggest suggests suggested suggesting",
	"stress stresses stressed stressing",
	"emphasize emphasizes emphasized emphasizing",
	"emphasise emphasises emphasised emphasising",
	"predict predicts predicted predicting",
	"promise promises promised promising",
	"vow vows vowed vowing",
	"urge urges urged urging",
	"quip quips quipped quipping",
	"joke jokes joked joking",
	"shout shouts shouted shouting",
	"chant chants chanted chanting",
	"yell yells yelled yelling",
	"scream screams screamed screaming",
	"testify testifies testified testifying",
	"concede concedes conceded conceding",
	"complain complains complained complaining",
	"deny denies denied denying",
	"boast boasts boasted boasting",
	"lament laments lamented lamenting",
	"observe observes observed observing",
	"recount recounts recounted recounting",
	"describe describes described describing",
	"call calls called calling",
	"counter counters countered countering",
	"retort retorts retorted retorting",
	"whisper whispers whispered whispering",
	"exclaim exclaims exclaimed exclaiming",
	"proclaim proclaims proclaimed proclaiming",
	"assert asserts asserted asserting",
	"contend contends contended contending",
	"maintain maintains maintained maintaining",
	"allege alleges alleged alleging",
	"report reports reported reporting",
	"conclude concludes concluded concluding",
	"confirm confirms confirmed confirming",
	"agree agrees agreed agreeing",
	"charge charges charged charging",
	"cite cites cited citing",
	"demand demands demanded demanding",
	"mock mocks mocked mocking",
	"plead pleads pleaded pleading",
	"pledge pledges pledged pledging",
	"read reads",
	"reiterate reiterates reiterated reiterating",
	"repeat repeats repeated repeating",
	"reveal reveals revealed revealing",
	"sing sings sang singing",
	"speak speaks spoke speaking",
	"summarize summarizes summarized summarizing",
	"tout touts touted touting",
	"wonder wonders wondered wondering",
	"implore implores implored imploring",
	"instruct instructs instructed instructing",
	"advise advises advised advising",
	"caution cautions cautioned cautioning",
	"elaborate elaborates elaborated elaborating",
	"interject interjects interjected interjecting",
	"muse muses mused musing",
	"opine opines opined opining",
	"question questions questioned questioning",
	"recommend recommends recommended recommending",
	"remind reminds reminded reminding",
	"thunder thunders thundered thundering",
	"proclaim proclaims proclaimed proclaiming",
	"acknowledge acknowledges acknowledged acknowledging",
	"blast blasts blasted blasting",
	"slam slams slammed slamming",
	"attack attacks attacked attacking",
	"criticize criticizes criticized criticizing",
	"dismiss dismisses dismissed dismissing",
	"label labels labeled labelled labeling",
	"dub dubs dubbed dubbing",
	"brand brands branded branding",
	"term terms termed terming",
	"bark barks barked barking",
	"beam beams beamed beaming",
	"boom booms boomed booming",
	"snap snaps snapped snapping",
	"gush gushes gushed gushing",
	"scoff scoffs scoffed scoffing",
	"fume fumes fumed fuming",
	"rail rails railed railing",
	"marvel marvels marveled marvelled marveling",
	"laugh laughs laughed laughing",
	"chuckle chuckles chuckled chuckling",
	"sigh sighs sighed sighing",
	"cry cries cried crying",
	"hiss hisses hissed hissing",
	"growl growls growled growling",
	"grumble grumbles grumbled grumbling",
	"murmur murmurs murmured murmuring",
	"mutter mutters muttered muttering",
	"gripe gripes griped griping",
	"tease teases teased teasing",
	"taunt taunts taunted taunting",
	"share shares shared sharing",
	"interrupt interrupts interrupted interrupting",
	"answer answers answered answering",
	"begin begins began beginning",
	"close closes closed closing",
	"finish finishes finished finishing",
	"text texts texted texting",
	"email emails emailed emailing",
	"e-mail e-mails e-mailed e-mailing",
	"inform informs informed informing",
	"assure assures assured assuring",
	"recount recounts recounted recounting",
	"pronounce pronounces pronounced pronouncing",
	"add adds added adding",
	"react reacts reacted reacting",
)

// qNotInvertible lists verb forms that never precede their subject in
// "Q," VERB X: the noun phrase after them is an object or a listener.
var qNotInvertible = setOf("tell", "tells", "told", "telling",
	"call", "calls", "called", "calling", "describe", "describes", "described",
	"describing", "urge", "urges", "urged", "remind", "reminds", "reminded",
	"advise", "advises", "advised", "instruct", "instructs", "instructed",
	"implore", "implores", "implored", "attack", "attacks", "attacked",
	"criticize", "criticizes", "criticized", "dismiss", "dismisses",
	"dismissed", "label", "labels", "labeled", "labelled", "dub", "dubs",
	"dubbed", "brand", "brands", "branded", "term", "terms", "termed",
	"blast", "blasts", "blasted", "slam", "slams", "slammed", "mock", "mocks",
	"mocked", "cite", "cites", "cited", "question", "questions", "questioned",
	"saying", "telling", "adding", "asking", "writing", "tweeting", "posting",
	"explaining", "noting", "calling", "arguing", "warning", "insisting",
	"stating", "claiming", "declaring", "describing", "urging", "reading",
	"state", "states", "report", "reports", "reported", "speak", "speaks",
	"spoke", "agree", "agrees", "agreed", "charge", "charges", "deny", "denies",
	"denied", "confirm", "confirms", "confirmed", "reveal", "reveals",
	"revealed", "demand", "demands", "demanded", "sing", "sings", "sang",
	"read", "reads", "wonder", "wonders", "repeat", "repeats", "repeated",
	"post", "posts", "posted", "question", "inform", "informs", "informed",
	"assure", "assures", "assured", "share", "shares", "shared", "begin",
	"begins", "began", "close", "closes", "closed", "finish", "finishes",
	"finished", "answer", "answers", "answered", "interrupt", "interrupts",
	"interrupted", "laugh", "laughs", "laughed", "cry", "cries", "cried")

// qWeakVerbs are speech verbs that need a quote right after them (or after
// their object) to count, because they are common in other senses:
// "called for", "stated goal", "reported earlier".
var qWeakVerbs = setOf("call", "calls", "called", "calling", "state",
	"states", "stated", "report", "reports", "reported", "reporting", "read",
	"reads", "continue", "continues", "continued", "continuing", "agree",
	"agrees", "agreed", "agreeing", "charge", "charges", "charged",
	"charging", "cite", "cites", "cited", "citing", "maintain", "maintains",
	"maintained", "maintaining", "observe", "observes", "observed",
	"observing", "question", "questions", "questioned", "questioning",
	"attack", "attacks", "attacked", "attacking", "sing", "sings", "sang",
	"singing", "speak", "speaks", "spoke", "speaking", "term", "terms",
	"termed", "terming", "brand", "brands", "branded", "branding", "label",
	"labels", "labeled", "labelled", "labeling", "post", "posts", "posting",
	"demand", "demands", "demanded", "demanding", "promise", "promises",
	"promised", "promising", "describe", "describes", "described",
	"describing", "deny", "denies", "denied", "denying", "predict",
	"predicts", "predicted", "predicting", "recall", "recalls", "recalled",
	"recalling", "confirm", "confirms", "confirmed", "confirming",
	"reveal", "reveals", "revealed", "revealing", "urge", "urges", "urged",
	"urging", "repeat", "repeats", "repeated", "repeating", "dismiss",
	"dismisses", "dismissed", "dismissing", "criticize", "criticizes",
	"criticized", "criticizing", "blast", "blasts", "blasted", "blasting",
	"slam", "slams", "slammed", "slamming", "mock", "mocks", "mocked",
	"mocking", "dub", "dubs", "dubbed", "dubbing", "wonder", "wonders",
	"wondered", "wondering", "share", "shares", "shared", "sharing", "begin",
	"begins", "began", "beginning", "close", "closes", "closed", "closing",
	"finish", "finishes", "finished", "finishing", "cry", "cries", "cried",
	"crying", "laugh", "laughs", "laughed", "laughing", "rail", "rails",
	"railed", "railing", "answer", "answers", "answered", "answering",
	"text", "texts", "texted", "texting", "boom", "booms", "boomed",
	"booming", "beam", "beams", "beamed", "beaming", "snap", "snaps",
	"snapped", "snapping", "inform", "informs", "informed", "informing",
	"assure", "assures", "assured", "assuring", "close", "email", "emails",
	"emailed", "emailing", "tease", "teases", "teased", "teasing")

// qVerbForms builds the form-to-lemma table from lines of forms, the lemma
// first.
func qVerbForms(lines ...string) map[string]string {
	m := make(map[string]string)
	for _, l := range lines {
		f := qFields(l)
		for _, w := range f {
			m[w] = f[0]
		}
	}
	return m
}

// qFields splits s on ASCII spaces.
func qFields(s string) []string {
	var out []string
	start := -1
	for i := 0; i <= len(s); i++ {
		if i == len(s) || s[i] == ' ' {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
			continue
		}
		if start < 0 {
			start = i
		}
	}
	return out
}
