package main

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
)

// inlFacts is what the probe shows about an inlined call of one function:
// gc's messages at the call's position (what the inlined body allocates,
// which of its variables move to the heap, which further calls it inlines)
// and the fate of each argument, with the call's results dropped (call_X)
// and with them stored in the heap (keep_X).
type inlFacts struct {
	inlined bool     // gc inlined the call in the probe
	calls   []string // further "inlining call to" lines at the call, in order
	site    []siteEntry
	args    []argFate
}

type siteEntry struct {
	kind    string // "alloc" (X escapes / does not escape), "moved" (moved to heap: X), "selfassign", "note" (any other message)
	subject string
	fate    string // "" for selfassign and note: no verdict
}

type argFate struct {
	label string // recv, p0, ...; with ":L" for an allocation L dereferences below the argument
	fate  string
}

// Fates, in both directives:
//
//	heap    escapes even when the call's results are dropped
//	result  escapes only when a result of the call is stored in the heap
//	local   never escapes in the probe (allocations and moved variables)
//	none    the same, for arguments
func fate(escDrop, escKeep bool, local string) string {
	switch {
	case escDrop:
		return "heap"
	case escKeep:
		return "result"
	}
	return local
}

var (
	reInlining = regexp.MustCompile(`^inlining call to (.*)$`)
	reEscapes  = regexp.MustCompile(`^(.*) escapes to heap$`)
	reNoEsc    = regexp.MustCompile(`^(.*) does not escape$`)
	reMovedTo  = regexp.MustCompile(`^moved to heap: (.*)$`)
	reSelfAsg  = regexp.MustCompile(`^\S+ ignoring self-assignment in (.*)$`)
)

// inlineFacts reads the -m output of a probe for the inlinable functions.
func (g *generator) inlineFacts(name string, calls []*probeCall, out []byte) {
	msgs := parseProbeOutput(out)
	drop := map[*funcFacts]*probeCall{}
	keep := map[*funcFacts]*probeCall{}
	for _, c := range calls {
		if c.keep {
			keep[c.ff] = c
		} else {
			drop[c.ff] = c
		}
	}
	for ff, d := range drop {
		if !ff.inlinable || ff.intrinsic {
			continue
		}
		k := keep[ff]
		inl := &inlFacts{}
		dsite, dcalls, dIn := siteMessages(msgs[[2]int{d.line, d.col}])
		inl.inlined = dIn
		inl.calls = dcalls
		var ksite []siteEntry
		if k != nil {
			ksite, _, _ = siteMessages(msgs[[2]int{k.line, k.col}])
		}
		inl.site = pairSites(dsite, ksite)
		for i, o := range d.obs {
			label := o.param.label
			if o.level > 0 {
				label += ":" + strconv.Itoa(o.level)
			}
			escD, _ := verdict(msgs[[2]int{o.line, o.col}])
			escK := false
			if k != nil {
				ko := k.obs[i]
				escK, _ = verdict(msgs[[2]int{ko.line, ko.col}])
			}
			if o.col == d.col {
				// The "... argument" shares the call's position
				// with the inlined body's messages; it is in site.
				continue
			}
			inl.args = append(inl.args, argFate{label, fate(escD, escK, "none")})
		}
		ff.inl = inl
	}
}

// siteMessages splits the messages at a call's position: the first
// "inlining call to" is the call itself, the others are calls inlined into
// it; the rest are the site's allocation messages.
func siteMessages(msgs []string) (site []siteEntry, calls []string, inlined bool) {
	for _, m := range msgs {
		if mm := reInlining.FindStringSubmatch(m); mm != nil {
			if inlined {
				calls = append(calls, mm[1])
			}
			inlined = true
			continue
		}
		switch {
		case reSelfAsg.MatchString(m):
			// "F ignoring self-assignment in S": F is the probe
			// function, which the model leaves out.
			site = append(site, siteEntry{kind: "selfassign", subject: reSelfAsg.FindStringSubmatch(m)[1]})
		case reMovedTo.MatchString(m):
			site = append(site, siteEntry{kind: "moved", subject: reMovedTo.FindStringSubmatch(m)[1], fate: "heap"})
		case reEscapes.MatchString(m):
			site = append(site, siteEntry{kind: "alloc", subject: reEscapes.FindStringSubmatch(m)[1], fate: "heap"})
		case reNoEsc.MatchString(m):
			site = append(site, siteEntry{kind: "alloc", subject: reNoEsc.FindStringSubmatch(m)[1], fate: "local"})
		default:
			site = append(site, siteEntry{kind: "note", subject: m})
		}
	}
	return
}

// pairSites matches the messages of call_X and keep_X: the n-th message
// about a subject in one with the n-th about it in the other.
func pairSites(drop, keep []siteEntry) []siteEntry {
	type key struct{ kind, subject string }
	used := make([]bool, len(keep))
	find := func(k key, n int) int {
		for i, e := range keep {
			if (key{e.kind, e.subject}) == k {
				if n == 0 {
					return i
				}
				n--
			}
		}
		return -1
	}
	count := map[key]int{}
	var res []siteEntry
	for _, e := range drop {
		k := key{e.kind, e.subject}
		i := find(k, count[k])
		count[k]++
		if i >= 0 {
			used[i] = true
		}
		if e.fate == "" { // a note: no verdict
			res = append(res, e)
			continue
		}
		escD := e.fate == "heap"
		escK := escD
		if i >= 0 {
			escK = keep[i].fate == "heap"
		}
		res = append(res, siteEntry{e.kind, e.subject, fate(escD, escK, "local")})
	}
	for i, e := range keep {
		if !used[i] {
			if e.fate == "" {
				res = append(res, e)
				continue
			}
			res = append(res, siteEntry{e.kind, e.subject, fate(false, e.fate == "heap", "local")})
		}
	}
	return res
}

// directives of docs/stdlib-model.md: inlcalls, inlsite, inlargs.
func (f *inlFacts) directives() []string {
	if !f.inlined {
		return []string{"//goesc:inlsite not-inlined"}
	}
	var ds []string
	if len(f.calls) > 0 {
		ds = append(ds, "//goesc:inlcalls "+strings.Join(f.calls, " "))
	}
	if len(f.site) > 0 {
		var parts []string
		for _, e := range f.site {
			switch e.kind {
			case "alloc":
				parts = append(parts, strconv.Quote(e.subject)+"="+e.fate)
			case "note", "selfassign":
				parts = append(parts, fmt.Sprintf("%s(%s)", e.kind, strconv.Quote(e.subject)))
			default:
				parts = append(parts, fmt.Sprintf("%s(%s)=%s", e.kind, strconv.Quote(e.subject), e.fate))
			}
		}
		ds = append(ds, "//goesc:inlsite "+strings.Join(parts, " "))
	}
	if len(f.args) > 0 {
		var parts []string
		for _, a := range f.args {
			parts = append(parts, a.label+"="+a.fate)
		}
		ds = append(ds, "//goesc:inlargs "+strings.Join(parts, " "))
	}
	return ds
}
