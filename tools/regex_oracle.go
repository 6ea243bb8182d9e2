// regex_oracle is the reference side of tools/check_regex_corpus.sh: it
// answers with Go's own regexp package what src/regex.c must answer.
//
//	go run tools/regex_oracle.go extract DIR > patterns.txt
//	    every regexp of every `// ERROR` comment under DIR, found with
//	    the test harness's rules (cmd/internal/testdir wantedErrors);
//	    LINE is rewritten to file:line as the harness does
//	go run tools/regex_oracle.go match patterns.txt texts.txt
//	    one output line per pattern: "error" if Go refuses it, else one
//	    0/1 per text line: does regexp.MatchString say it matches
//
// Run by hand (not by CI); see the script for the comparison.
//go:build ignore

package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
)

var (
	errRx       = regexp.MustCompile(`// (?:GC_)?ERROR (.*)`)
	errAutoRx   = regexp.MustCompile(`// (?:GC_)?ERRORAUTO (.*)`)
	errQuotesRx = regexp.MustCompile(`"([^"]*)"`)
	lineRx      = regexp.MustCompile(`LINE(([+-])(\d+))?`)
)

func extract(root string) {
	filepath.Walk(root, func(path string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() || !strings.HasSuffix(path, ".go") {
			return nil
		}
		src, _ := os.ReadFile(path)
		short := filepath.Base(path)
		for i, line := range strings.Split(string(src), "\n") {
			lineNum := i + 1
			if strings.Contains(line, "////") {
				continue
			}
			m := errAutoRx.FindStringSubmatch(line)
			if m == nil {
				m = errRx.FindStringSubmatch(line)
			}
			if m == nil {
				continue
			}
			for _, q := range errQuotesRx.FindAllStringSubmatch(m[1], -1) {
				rx := lineRx.ReplaceAllStringFunc(q[1], func(m string) string {
					n := lineNum
					if strings.HasPrefix(m, "LINE+") {
						d, _ := strconv.Atoi(m[5:])
						n += d
					} else if strings.HasPrefix(m, "LINE-") {
						d, _ := strconv.Atoi(m[5:])
						n -= d
					}
					return fmt.Sprintf("%s:%d", short, n)
				})
				if !strings.Contains(rx, "\n") {
					fmt.Println(rx)
				}
			}
		}
		return nil
	})
}

func readLines(path string) []string {
	f, err := os.Open(path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(2)
	}
	defer f.Close()
	var lines []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	return lines
}

func match(patterns, texts string) {
	ts := readLines(texts)
	w := bufio.NewWriter(os.Stdout)
	defer w.Flush()
	for _, p := range readLines(patterns) {
		re, err := regexp.Compile(p)
		if err != nil {
			fmt.Fprintln(w, "error")
			continue
		}
		var b strings.Builder
		for _, t := range ts {
			if re.MatchString(t) {
				b.WriteByte('1')
			} else {
				b.WriteByte('0')
			}
		}
		fmt.Fprintln(w, b.String())
	}
}

func main() {
	if len(os.Args) == 3 && os.Args[1] == "extract" {
		extract(os.Args[2])
	} else if len(os.Args) == 4 && os.Args[1] == "match" {
		match(os.Args[2], os.Args[3])
	} else {
		fmt.Fprintln(os.Stderr, "usage: regex_oracle extract DIR | match PATTERNS TEXTS")
		os.Exit(2)
	}
}
