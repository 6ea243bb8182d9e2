// Command stdlib generates goesc's model of the Go standard library.
//
// For each modeled package it writes one file, stdlib/PKG.go (PKG is the
// import path with "/" replaced by "_"), in Go declaration syntax: every
// exported constant, variable, type (with fields and methods) and function,
// with bodies left out, plus //goesc: directive comments that carry what gc
// computed for each function and method: its parameter escape summary, whether
// it can be inlined (and at what cost), and, for inlinable ones, what an
// inlined call leaves in the caller. docs/stdlib-model.md describes the
// format.
//
// Everything comes from the Go toolchain found on $PATH:
//
//   - declarations: go list + go/parser + go/types (export data of the
//     dependencies through importer.ForCompiler(fset, "gc", nil));
//   - escape summaries and inlinability: the compiler's own diagnostics,
//     go build -gcflags='PKG=-m=2 -d=escapemutationscalls=1' PKG, matched
//     to the declarations by source position;
//   - intrinsics: the amd64 rows of the compiler's intrinsic test table;
//   - what inlined calls do at a call site: probe programs (one per package,
//     testdata/stdlib_probe/PKG.go) compiled with go build -gcflags=-m.
//
// The probes and their recorded gc output are written too: PKG.golden is
// `go build -gcflags='-m -l'` (no inlining in the probe: every call is judged
// by the callee's escape summary), PKG.inl.golden is `go build -gcflags=-m`.
//
// Usage (from anywhere inside the repository):
//
//	go -C tools/stdlib run . [-o stdlib] [-probes testdata/stdlib_probe] [-check] [PKG...]
//	go -C tools/stdlib run . -verify
//
// Relative -o and -probes paths are taken from the repository root (the
// directory holding tools/stdlib). -check writes nothing: it regenerates in
// memory and lists the files that differ from the committed ones. -verify
// regenerates nothing: it checks the committed escape summaries against the
// committed -m -l output of the probes (see verify).
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// fullPackages are modeled completely: every exported declaration. The
// first group is what goesc's issue asks for, plus the packages their
// exported API mentions (cmp, iter, io/fs); the second is what the -m
// errorcheck tests of $GOROOT/test import. Packages that a modeled
// declaration mentions but that are not listed here (syscall's types used
// by os, internal/abi's by reflect) are modeled partially.
var fullPackages = []string{
	"bufio", "bytes", "cmp", "context", "errors", "fmt", "io", "io/fs",
	"iter", "maps", "math", "math/rand", "os", "slices", "sort", "strconv",
	"strings", "sync", "sync/atomic", "time", "unicode", "unicode/utf8",
	"unsafe",

	"encoding/binary", "hash", "hash/maphash", "internal/runtime/atomic",
	"math/bits", "reflect", "runtime", "syscall", "testing", "unique",

	"crypto/md5", "encoding", "encoding/json", "io/ioutil", "log",
	"os/exec", "path/filepath", "regexp", "runtime/debug", "runtime/pprof",
	"runtime/trace", "text/tabwriter",

	"encoding/xml", "go/ast", "go/token", "html/template", "math/big",
	"text/template", "text/template/parse",

	"container/heap", "container/list", "container/ring", "crypto/hmac",
	"crypto/rand", "crypto/sha1", "crypto/sha256", "crypto/sha512",
	"crypto/subtle", "embed", "encoding/base64", "encoding/csv",
	"encoding/hex", "flag", "hash/adler32", "hash/crc32", "hash/fnv",
	"html", "math/cmplx", "net/url", "os/signal", "path", "structs",
	"text/scanner", "unicode/utf16", "weak",

	"archive/tar", "archive/zip", "compress/flate", "compress/gzip",
	"crypto/aes", "crypto/cipher", "encoding/gob", "encoding/pem",
	"go/format", "go/parser", "go/printer", "go/scanner", "log/slog",
	"math/rand/v2", "mime", "net", "net/netip", "os/user", "runtime/metrics",
}

var (
	outDir   = flag.String("o", "stdlib", "directory for the model files (relative to the repository root)")
	probeDir = flag.String("probes", "testdata/stdlib_probe", "directory for the probe programs and their golden output (relative to the repository root)")
	check    = flag.Bool("check", false, "write nothing; regenerate in memory and report every difference from the files on disk")
	verifyF  = flag.Bool("verify", false, "regenerate nothing: check the committed escape summaries against the committed probe output")
	verbose  = flag.Bool("v", false, "log progress to stderr")
)

func main() {
	flag.Usage = func() {
		fmt.Fprintf(os.Stderr, "usage: go -C tools/stdlib run . [-o DIR] [-probes DIR] [-check | -verify] [-v] [PKG...]\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	root, err := repoRoot()
	if err != nil {
		fatalf("%v", err)
	}
	abs := func(p string) string {
		if filepath.IsAbs(p) {
			return p
		}
		return filepath.Join(root, p)
	}
	if *verifyF {
		bad, err := verify(abs(*outDir), abs(*probeDir))
		if err != nil {
			fatalf("%v", err)
		}
		if bad > 0 {
			os.Exit(1)
		}
		return
	}
	full := fullPackages
	if flag.NArg() > 0 {
		full = flag.Args()
	}
	g := newGenerator(full)
	files, err := g.run()
	if err != nil {
		fatalf("%v", err)
	}
	out := map[string][]byte{}
	for name, data := range files.model {
		out[filepath.Join(abs(*outDir), name)] = data
	}
	for name, data := range files.probe {
		out[filepath.Join(abs(*probeDir), name)] = data
	}
	if *check {
		if n := compareTree(out, flag.NArg() == 0, abs(*outDir), abs(*probeDir)); n > 0 {
			fmt.Fprintf(os.Stderr, "stdlib: %d file(s) differ from what %s generates\n", n, runtime.Version())
			os.Exit(1)
		}
		fmt.Printf("stdlib: %d files up to date with %s\n", len(out), runtime.Version())
		return
	}
	if flag.NArg() == 0 {
		// A full run owns both directories: remove files we no longer make.
		removeStale(out, abs(*outDir), ".go")
		removeStale(out, abs(*probeDir), ".go", ".golden")
	}
	names := make([]string, 0, len(out))
	for name := range out {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			fatalf("%v", err)
		}
		if err := os.WriteFile(name, out[name], 0o644); err != nil {
			fatalf("%v", err)
		}
	}
	logf("wrote %d files", len(names))
	g.printSummary(os.Stderr)
}

// repoRoot finds the repository root: the nearest directory, from the
// working directory up, that holds tools/stdlib/go.mod.
func repoRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for d := dir; ; d = filepath.Dir(d) {
		if _, err := os.Stat(filepath.Join(d, "tools", "stdlib", "go.mod")); err == nil {
			return d, nil
		}
		if filepath.Dir(d) == d {
			return "", fmt.Errorf("cannot find the repository root (a directory holding tools/stdlib/go.mod) above %s", dir)
		}
	}
}

// compareTree reports every file of want that differs from the disk, and,
// when complete is set, every file on disk that want lacks.
func compareTree(want map[string][]byte, complete bool, dirs ...string) int {
	bad := 0
	names := make([]string, 0, len(want))
	for name := range want {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		have, err := os.ReadFile(name)
		switch {
		case err != nil:
			fmt.Fprintf(os.Stderr, "missing: %s\n", name)
			bad++
		case string(have) != string(want[name]):
			fmt.Fprintf(os.Stderr, "differs: %s\n%s", name, firstDiff(string(have), string(want[name])))
			bad++
		}
	}
	if complete {
		for _, d := range dirs {
			entries, _ := os.ReadDir(d)
			for _, e := range entries {
				name := filepath.Join(d, e.Name())
				if _, ok := want[name]; !ok && !e.IsDir() && ownedName(e.Name()) {
					fmt.Fprintf(os.Stderr, "stale (no longer generated): %s\n", name)
					bad++
				}
			}
		}
	}
	return bad
}

func ownedName(name string) bool {
	return strings.HasSuffix(name, ".go") || strings.HasSuffix(name, ".golden")
}

// firstDiff shows the first line where have and want part.
func firstDiff(have, want string) string {
	h := strings.Split(have, "\n")
	w := strings.Split(want, "\n")
	for i := 0; i < len(h) || i < len(w); i++ {
		var a, b string
		if i < len(h) {
			a = h[i]
		}
		if i < len(w) {
			b = w[i]
		}
		if a != b {
			return fmt.Sprintf("  line %d\n    committed: %s\n    generated: %s\n", i+1, a, b)
		}
	}
	return ""
}

func removeStale(keep map[string][]byte, dir string, suffixes ...string) {
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		name := filepath.Join(dir, e.Name())
		if _, ok := keep[name]; ok || e.IsDir() {
			continue
		}
		for _, s := range suffixes {
			if strings.HasSuffix(e.Name(), s) {
				os.Remove(name)
				break
			}
		}
	}
}

func logf(format string, args ...interface{}) {
	if *verbose {
		fmt.Fprintf(os.Stderr, "stdlib: "+format+"\n", args...)
	}
}

func fatalf(format string, args ...interface{}) {
	fmt.Fprintf(os.Stderr, "stdlib: "+format+"\n", args...)
	os.Exit(1)
}
