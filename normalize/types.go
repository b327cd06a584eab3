package normalize

import "time"

// A Date is a calendar day, or an instant when the source gives a time of
// day. Its text form is "2006-01-02" for a day and RFC 3339 for an instant.
type Date struct {
	Time    time.Time
	HasTime bool // Time carries a time of day and zone, not just a day
}

// IsZero reports whether d is unset.
func (d Date) IsZero() bool { return d.Time.IsZero() }

// String returns "2006-01-02", or RFC 3339 when d has a time of day.
func (d Date) String() string {
	switch {
	case d.IsZero():
		return ""
	case d.HasTime:
		return d.Time.Format(time.RFC3339)
	}
	return d.Time.Format(time.DateOnly)
}

// MarshalText implements encoding.TextMarshaler.
func (d Date) MarshalText() ([]byte, error) { return []byte(d.String()), nil }

// UnmarshalText implements encoding.TextUnmarshaler.
func (d *Date) UnmarshalText(b []byte) error {
	if len(b) == 0 {
		*d = Date{}
		return nil
	}
	if t, err := time.Parse(time.DateOnly, string(b)); err == nil {
		*d = Date{Time: t}
		return nil
	}
	t, err := time.Parse(time.RFC3339, string(b))
	if err != nil {
		return err
	}
	*d = Date{Time: t, HasTime: true}
	return nil
}

// A Dateline is the place (and for wire copy the agency and date) that
// opens a news story: "BAGHDAD, Jan 24 (Reuters) -".
type Dateline struct {
	Text    string `json:"text"`              // the dateline as written, dash included
	City    string `json:"city,omitempty"`    // as written ("BAGHDAD" stays upper case)
	Region  string `json:"region,omitempty"`  // state or province, when given
	Country string `json:"country,omitempty"` // when given
	Agency  string `json:"agency,omitempty"`  // "AP", "Reuters", "AFP", ...
	Date    string `json:"date,omitempty"`    // as written ("Jan. 24"); no year is guessed
}

// An Author is a person or an organization credited with writing a story.
type Author struct {
	Name         string `json:"name"`
	Organization string `json:"organization,omitempty"`
}

// A Contributor is someone credited for help with a story, as in
// "Associated Press writer Nasser Karimi in Tehran, Iran, contributed".
type Contributor struct {
	Name         string `json:"name"`
	Role         string `json:"role,omitempty"`     // "writer", "reporting", "editing", ...
	Location     string `json:"location,omitempty"` // "Tehran, Iran"
	Organization string `json:"organization,omitempty"`
}

// A Caption is a photo caption found among the paragraphs.
type Caption struct {
	Text      string `json:"text"`             // without the credit
	Credit    string `json:"credit,omitempty"` // "Emma Francis / Al Jazeera"
	Paragraph int    `json:"paragraph"`        // index of the body paragraph it precedes
}

// A Subheading is a heading inside the body.
type Subheading struct {
	Text      string `json:"text"`
	Paragraph int    `json:"paragraph"` // index of the body paragraph it precedes
}

// A Quote is quoted speech found in the body, with who said it.
type Quote struct {
	Text      string `json:"text"`              // inside the quotation marks, marks excluded
	Speaker   string `json:"speaker,omitempty"` // as fully named as the article allows
	Role      string `json:"role,omitempty"`    // title or descriptor kept apart from the name
	Verb      string `json:"verb,omitempty"`    // the speech verb ("said", "told", "tweeted")
	Paragraph int    `json:"paragraph"`         // index of the body paragraph it starts in
	Partial   bool   `json:"partial,omitempty"` // a fragment inside a sentence, not a full quote
}
