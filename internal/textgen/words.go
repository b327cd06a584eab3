package textgen

// The vocabulary of generated articles: invented, neutral news prose.
var (
	cities = []string{"LISBON", "OSLO", "NAIROBI", "LIMA", "HANOI", "TBILISI", "QUITO", "ACCRA"}

	names = []string{"Marta Quintela", "Ingrid Lunde", "Kofi Mensah", "Lucia Ramos",
		"Tran Van Minh", "Nino Beridze", "Ana Ferreira", "Jonas Berg"}

	roles = []string{"a spokeswoman for the ministry", "the mayor", "a union leader",
		"an economist at the central bank", "a local shop owner", "the transport minister"}

	verbs = []string{"said", "told reporters", "added", "said on Tuesday", "wrote on social media"}

	nouns = []string{"council", "port", "railway", "budget", "harbour", "tunnel", "election",
		"market", "ministry", "bridge", "river", "school", "hospital", "farm", "strike"}

	others = []string{"the", "a", "on", "of", "in", "after", "before", "new", "old", "said",
		"would", "could", "city", "plan", "workers", "residents", "officials", "week",
		"year", "morning", "talks", "vote", "cost", "delay", "agreement", "north", "south"}
)
