package main

import (
	"errors"
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestSniffBinary(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want bool // rejected as binary
	}{
		{"png", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", true},
		{"jpeg", "\xff\xd8\xff\xe0\x00\x10JFIF", true},
		{"pdf", "%PDF-1.7\n", true},
		{"zip", "PK\x03\x04\x14\x00", true},
		{"gzip", "\x1f\x8b\x08\x00", true},
		{"text dump", "date 2020-01-02\n\nSome text.", false},
		{"html", "<!DOCTYPE html><html><body><p>x</p></body></html>", false},
		{"windows-1252 text", "The caf\xe9 \x93opened\x94.", false},
		{"utf-16 without BOM", "d\x00a\x00t\x00e\x00", false},
		{"utf-16 with BOM", "\xff\xfed\x00a\x00", false},
		{"empty", "", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := sniffBinary([]byte(tc.in))
			assert.Equal(t, tc.want, errors.Is(err, errNotText), "sniffBinary(%q) = %v", tc.in, err)
		})
	}
}
