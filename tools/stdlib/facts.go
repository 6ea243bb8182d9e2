package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// numEscResults is how many results an escape tag can name (gc's
// escape.numEscResults on this Go version: 8 slots minus heap, mutator and
// callee). A parameter that flows to a later result leaks to the heap.
const numEscResults = 5

// leaks is one parameter's escape summary, as gc's escape tag holds it:
// the minimum number of dereferences on any flow from the parameter to the
// heap, to the mutator (the pointer operand of an indirect store), to the
// callee of a call, and to each of the first numEscResults results. -1
// means no such flow.
type leaks struct {
	heap, mutate, call int
	result             [numEscResults]int
}

func noLeaks() leaks {
	l := leaks{heap: -1, mutate: -1, call: -1}
	for i := range l.result {
		l.result[i] = -1
	}
	return l
}

func (l leaks) none() bool {
	if l.heap >= 0 || l.mutate >= 0 || l.call >= 0 {
		return false
	}
	for _, r := range l.result {
		if r >= 0 {
			return false
		}
	}
	return true
}

// String is the notation of docs/stdlib-model.md: heap, heap:2, result0,
// result1:1, mutate, call:1 ... joined by commas.
func (l leaks) String() string {
	var parts []string
	add := func(name string, d int) {
		if d == 0 {
			parts = append(parts, name)
		} else if d > 0 {
			parts = append(parts, name+":"+strconv.Itoa(d))
		}
	}
	add("heap", l.heap)
	for i, r := range l.result {
		add("result"+strconv.Itoa(i), r)
	}
	add("mutate", l.mutate)
	add("call", l.call)
	return strings.Join(parts, ",")
}

// paramFacts is what gc reported about one parameter (or the receiver).
type paramFacts struct {
	v        *types.Var
	sig      *types.Signature // of the function it belongs to
	label    string           // "recv", "p0", "p1", ...
	pointers bool             // the type holds pointers: only such parameters have a tag
	leaks    leaks
	moved    bool // "moved to heap: x": the parameter variable itself escapes
	reported bool // gc printed a summary line for it

	content bool // "leaking param content": heap flow with derefs >= 1
	flows   []flow
}

type flow struct {
	root   string
	derefs int
}

// funcFacts is everything the model says about one function or method.
type funcFacts struct {
	fn       *types.Func
	generic  bool
	bodyless bool
	params   []*paramFacts // the receiver first, for methods

	inlineSeen bool // gc said "can inline" or "cannot inline"
	inlinable  bool
	cost       int
	reason     string
	intrinsic  bool

	inl *inlFacts // what an inlined call leaves at the call site (probes)
	err error     // gc's report could not be read
}

var (
	reCanInline    = regexp.MustCompile(`^can inline (.+?) with cost (\d+) as: `)
	reCannotInline = regexp.MustCompile(`^cannot inline (.+?): (.*)$`)
	reLeakResult   = regexp.MustCompile(`^leaking param: (.+) to result (.+) level=(\d+)$`)
	reLeakHeap     = regexp.MustCompile(`^leaking param: ([^ ]+)$`)
	reLeakContent  = regexp.MustCompile(`^leaking param content: ([^ ]+)$`)
	reNoEscape     = regexp.MustCompile(`^([^ ]+) does not escape(, mutate, or call)?$`)
	reMutates      = regexp.MustCompile(`^mutates param: ([^ ]+) derefs=(\d+)$`)
	reCalls        = regexp.MustCompile(`^calls param: ([^ ]+) derefs=(\d+)$`)
	reMoved        = regexp.MustCompile(`^moved to heap: ([^ ]+)$`)
	reFlow         = regexp.MustCompile(`^parameter ([^ ]+) leaks to (.+) for (.+) with derefs=(\d+):$`)
	reDiag         = regexp.MustCompile(`^(/[^:]+\.go):(\d+):(\d+): (.*)$`)
)

// buildFacts compiles one package with gc's diagnostics on and returns
// what gc printed.
func buildFacts(path string) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "goesc-stdlib-build")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out, err := goCommand(tmp, "build", "-gcflags="+path+"=-m=2 -d=escapemutationscalls=1", path)
	if err != nil {
		return nil, fmt.Errorf("go build %s: %v\n%s", path, err, out)
	}
	return out, nil
}

// compileFacts reads gc's diagnostics for pi (from buildFacts) and
// records, for every function and method the model declares, its escape
// summary and its inlinability.
func (g *generator) compileFacts(pi *pkgInfo, out []byte) error {

	// Index the package's declarations by position.
	type lineKey struct {
		file string
		line int
	}
	byLine := map[lineKey]*funcFacts{}
	byPos := map[string]*paramFacts{}
	for fn, fd := range pi.decls {
		ff := g.newFuncFacts(pi, fn, fd)
		p := g.fset.Position(fd.Pos())
		byLine[lineKey{p.Filename, p.Line}] = ff
		for _, pf := range ff.params {
			if pf.v.Name() != "" && pf.v.Name() != "_" {
				byPos[posKey(g.fset.Position(pf.v.Pos()))] = pf
			}
		}
	}

	for _, line := range strings.Split(string(out), "\n") {
		m := reDiag.FindStringSubmatch(line)
		if m == nil || strings.HasPrefix(m[4], " ") {
			continue // "# pkg" headers and the indented -m=2 explanations
		}
		file, msg := m[1], m[4]
		ln, _ := strconv.Atoi(m[2])
		if filepath.Dir(file) != pi.dir {
			continue
		}
		if mm := reCanInline.FindStringSubmatch(msg); mm != nil {
			if ff := byLine[lineKey{file, ln}]; ff != nil {
				ff.inlineSeen, ff.inlinable = true, true
				ff.cost, _ = strconv.Atoi(mm[2])
			}
			continue
		}
		if mm := reCannotInline.FindStringSubmatch(msg); mm != nil {
			if ff := byLine[lineKey{file, ln}]; ff != nil {
				ff.inlineSeen, ff.reason = true, mm[2]
			}
			continue
		}
		pf := byPos[file+":"+m[2]+":"+m[3]]
		if pf == nil {
			continue
		}
		switch {
		case reFlow.MatchString(msg):
			mm := reFlow.FindStringSubmatch(msg)
			d, _ := strconv.Atoi(mm[4])
			pf.flows = append(pf.flows, flow{mm[2], d})
		case reLeakResult.MatchString(msg):
			mm := reLeakResult.FindStringSubmatch(msg)
			d, _ := strconv.Atoi(mm[3])
			idx := resultIndex(pf, mm[2])
			if idx < 0 {
				return fmt.Errorf("%s: result %q of %s not found", line, mm[2], pf.v.Name())
			}
			pf.leaks.result[idx] = d
			pf.reported = true
		case reLeakHeap.MatchString(msg):
			pf.leaks.heap = 0
			pf.reported = true
		case reLeakContent.MatchString(msg):
			pf.content = true
			pf.reported = true
		case reNoEscape.MatchString(msg):
			pf.reported = true
		case reMutates.MatchString(msg):
			d, _ := strconv.Atoi(reMutates.FindStringSubmatch(msg)[2])
			pf.leaks.mutate = d
			pf.reported = true
		case reCalls.MatchString(msg):
			d, _ := strconv.Atoi(reCalls.FindStringSubmatch(msg)[2])
			pf.leaks.call = d
			pf.reported = true
		case reMoved.MatchString(msg):
			pf.moved = true
		}
	}

	// Settle what the lines leave open.
	for fn := range pi.decls {
		ff := g.facts[fn]
		for _, pf := range ff.params {
			if err := g.settle(ff, pf); err != nil && ff.err == nil {
				// Fatal only if the model declares the function
				// (see directives).
				ff.err = fmt.Errorf("%s: %v", g.fset.Position(pf.v.Pos()), err)
			}
		}
		if g.intrinsics[pi.path+"."+fn.Name()] && fn.Signature().Recv() == nil {
			ff.intrinsic = true
		}
	}
	logf("facts for %s", pi.path)
	return nil
}

func posKey(p token.Position) string {
	return p.Filename + ":" + strconv.Itoa(p.Line) + ":" + strconv.Itoa(p.Column)
}

func (g *generator) newFuncFacts(pi *pkgInfo, fn *types.Func, fd *ast.FuncDecl) *funcFacts {
	sig := fn.Signature()
	ff := &funcFacts{fn: fn, bodyless: fd.Body == nil}
	ff.generic = sig.TypeParams().Len() > 0 || sig.RecvTypeParams().Len() > 0
	if r := sig.Recv(); r != nil {
		ff.params = append(ff.params, &paramFacts{v: r, label: "recv"})
	}
	for i := 0; i < sig.Params().Len(); i++ {
		ff.params = append(ff.params, &paramFacts{v: sig.Params().At(i), label: "p" + strconv.Itoa(i)})
	}
	for _, pf := range ff.params {
		pf.sig = sig
		pf.pointers = hasPointers(pf.v.Type())
		pf.leaks = noLeaks()
	}
	g.facts[fn] = ff
	return ff
}

// resultIndex maps a result name as gc prints it (~r0 for an unnamed
// result, ~b1 for a blank one) to its index.
func resultIndex(pf *paramFacts, name string) int {
	sig := pf.sig
	for i := 0; i < sig.Results().Len(); i++ {
		n := sig.Results().At(i).Name()
		switch n {
		case "":
			n = "~r" + strconv.Itoa(i)
		case "_":
			n = "~b" + strconv.Itoa(i)
		}
		if n == name {
			return i
		}
	}
	return -1
}

// settle completes one parameter's summary.
//
// gc prints the final tag only partly: "leaking param content" hides the
// dereference count of the heap flow, and a parameter that is itself moved
// to the heap prints no summary at all. Both are recovered from the -m=2
// lines "parameter x leaks to R for F with derefs=N", one per flow the
// solver records: the heap slot is the minimum over roots that are not a
// result of the function (gc's leakTo sends every such flow to the heap),
// and a moved parameter leaks to the heap at level 0 (see below).
// Body-less functions follow gc's fixed rule instead: a pointer parameter
// leaks to the heap, or, under //go:noescape, only to the mutator and
// callee slots at level 0.
func (g *generator) settle(ff *funcFacts, pf *paramFacts) error {
	if !pf.pointers || ff.generic {
		pf.leaks = noLeaks()
		return nil
	}
	if ff.bodyless {
		pf.leaks = noLeaks()
		if g.pkgs[ff.fn.Pkg().Path()].noescape[ff.fn] {
			pf.leaks.mutate, pf.leaks.call = 0, 0
		} else {
			pf.leaks.heap = 0
		}
		return nil
	}
	if pf.v.Name() == "" || pf.v.Name() == "_" {
		pf.leaks = noLeaks() // unnamed parameters are unused
		return nil
	}
	minHeap := -1
	for _, f := range pf.flows {
		if resultIndex(pf, f.root) >= 0 {
			continue
		}
		if minHeap < 0 || f.derefs < minHeap {
			minHeap = f.derefs
		}
	}
	switch {
	case pf.moved:
		// A parameter whose variable escapes is walked as a root of
		// its own once it escapes; that walk records a heap flow with
		// 0 dereferences (and prints nothing), and gc's Optimize then
		// drops every other slot.
		pf.leaks = noLeaks()
		pf.leaks.heap = 0
	case pf.content:
		if minHeap < 1 {
			return fmt.Errorf("leaking param content: %s, but the reported heap flows give level %d", pf.v.Name(), minHeap)
		}
		pf.leaks.heap = minHeap
	case !pf.reported:
		return fmt.Errorf("gc reported nothing for parameter %s", pf.v.Name())
	}
	return nil
}

// hasPointers follows gc's types.HasPointers on amd64.
func hasPointers(t types.Type) bool {
	switch u := t.Underlying().(type) {
	case *types.Basic:
		return u.Kind() == types.String || u.Kind() == types.UnsafePointer || u.Kind() == types.UntypedNil
	case *types.Array:
		return u.Len() > 0 && hasPointers(u.Elem())
	case *types.Struct:
		for i := 0; i < u.NumFields(); i++ {
			if hasPointers(u.Field(i).Type()) {
				return true
			}
		}
		return false
	case *types.Pointer, *types.Slice, *types.Map, *types.Chan, *types.Signature, *types.Interface:
		return true
	case *types.TypeParam:
		return true // unknown until instantiated; treat as pointerful
	}
	panic(fmt.Sprintf("hasPointers: %T", t))
}

// loadIntrinsics reads the functions gc treats as intrinsics on amd64
// from the compiler's own table of expected intrinsics
// (cmd/compile/internal/ssagen/intrinsics_test.go, which the compiler's
// tests keep equal to the intrinsics it registers).
func loadIntrinsics() (map[string]bool, error) {
	out, err := goCommand(os.TempDir(), "env", "GOROOT")
	if err != nil {
		return nil, fmt.Errorf("go env GOROOT: %v", err)
	}
	file := filepath.Join(strings.TrimSpace(string(out)), "src/cmd/compile/internal/ssagen/intrinsics_test.go")
	f, err := parser.ParseFile(token.NewFileSet(), file, nil, 0)
	if err != nil {
		return nil, fmt.Errorf("reading the intrinsics table: %v", err)
	}
	res := map[string]bool{}
	ast.Inspect(f, func(n ast.Node) bool {
		kv, ok := n.(*ast.KeyValueExpr)
		if !ok {
			return true
		}
		key, ok := kv.Key.(*ast.CompositeLit)
		if !ok || len(key.Elts) != 3 {
			return true
		}
		var s [3]string
		for i, e := range key.Elts {
			lit, ok := e.(*ast.BasicLit)
			if !ok || lit.Kind != token.STRING {
				return true
			}
			s[i], _ = strconv.Unquote(lit.Value)
		}
		if s[0] == "amd64" {
			res[s[1]+"."+s[2]] = true
		}
		return false
	})
	if len(res) == 0 {
		return nil, fmt.Errorf("no amd64 intrinsics found in %s", file)
	}
	keys := make([]string, 0, len(res))
	for k := range res {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	logf("%d amd64 intrinsics", len(keys))
	return res, nil
}
