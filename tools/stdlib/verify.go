package main

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// verify checks the committed data without regenerating it: for every
// probe in probeDir, it reads each call's arguments back from the probe's
// syntax, takes the callee's //goesc:escape line from the committed model
// in modelDir, predicts which argument allocations escape, and compares
// with the committed -m -l output (PKG.golden). It is the same rule as the
// generator's own check (checkProbe), applied to the files as committed:
//
//	an allocation L dereferences below parameter p escapes
//	iff p leaks to the heap at a level <= L,
//	or (in keep_X) to a kept result at a level <= L.
//
// It returns the number of disagreements and prints each one.
func verify(modelDir, probeDir string) (int, error) {
	probes, err := filepath.Glob(filepath.Join(probeDir, "*.go"))
	if err != nil {
		return 0, err
	}
	sort.Strings(probes)
	if len(probes) == 0 {
		return 0, fmt.Errorf("no probes in %s", probeDir)
	}
	models := map[string]*modelFile{}
	bad, checked, calls := 0, 0, 0
	type paramKey struct {
		decl  *modelDecl
		label string
	}
	observed := map[paramKey]bool{}
	probed := map[*modelDecl]string{}
	for _, probe := range probes {
		golden, err := os.ReadFile(strings.TrimSuffix(probe, ".go") + ".golden")
		if err != nil {
			return 0, err
		}
		msgs := parseProbeOutput(golden)
		fset := token.NewFileSet()
		f, err := parser.ParseFile(fset, probe, nil, parser.ParseComments)
		if err != nil {
			return 0, err
		}
		for _, d := range f.Decls {
			fd, ok := d.(*ast.FuncDecl)
			if !ok || fd.Doc == nil || !(strings.HasPrefix(fd.Name.Name, "call_") || strings.HasPrefix(fd.Name.Name, "keep_")) {
				continue
			}
			target := strings.TrimPrefix(fd.Doc.List[len(fd.Doc.List)-1].Text, "// ")
			decl, err := lookupModel(models, modelDir, target)
			if err != nil {
				return 0, fmt.Errorf("%s: %s: %v", fset.Position(fd.Pos()), fd.Name.Name, err)
			}
			calls++
			obs, kept, err := readProbeCall(fd, decl)
			if err != nil {
				return 0, fmt.Errorf("%s: %s: %v", fset.Position(fd.Pos()), fd.Name.Name, err)
			}
			probed[decl] = target
			for _, o := range obs {
				observed[paramKey{decl, o.label}] = true
				l := decl.leaks[o.label]
				want := l.heap >= 0 && l.heap <= o.level
				for _, k := range kept {
					if k < numEscResults && l.result[k] >= 0 && l.result[k] <= o.level {
						want = true
					}
				}
				p := fset.Position(o.pos)
				got, seen := verdict(msgs[[2]int{p.Line, p.Column}])
				checked++
				if !seen || got != want {
					bad++
					fmt.Fprintf(os.Stderr, "%s:%d:%d: %s: %s level %d: //goesc:escape says escapes=%v, %s.golden says %q\n",
						filepath.Base(probe), p.Line, p.Column, fd.Name.Name, o.label, o.level, want,
						strings.TrimSuffix(filepath.Base(probe), ".go"), msgs[[2]int{p.Line, p.Column}])
				}
			}
		}
	}
	fmt.Printf("stdlib: verified %d argument allocations in %d probe calls against the committed escape summaries: %d disagree\n", checked, calls, bad)
	// Which parameters with a non-empty summary no probe argument shows.
	var unseen []string
	for decl, name := range probed {
		for _, label := range decl.labels {
			l := decl.leaks[label]
			if (l.heap >= 0 || l.result != noLeaks().result) && !observed[paramKey{decl, label}] {
				unseen = append(unseen, name+" "+label+"="+l.String())
			}
		}
	}
	sort.Strings(unseen)
	fmt.Printf("stdlib: %d parameters that leak to the heap or a result have no observable probe argument\n", len(unseen))
	for _, u := range unseen {
		logf("  not observed: %s", u)
	}
	return bad, nil
}

// modelFile is a committed model file: its functions and methods, keyed
// by "Name" or "Type.Name".
type modelFile struct {
	decls map[string]*modelDecl
}

type modelDecl struct {
	labels   []string // recv (if any), p0, p1, ...
	variadic bool
	leaks    map[string]leaks
}

var reFullName = regexp.MustCompile(`^(?:\((\*?)([^()]+)\.([A-Za-z_0-9]+)\)\.([A-Za-z_0-9]+)|(.+)\.([A-Za-z_0-9]+))$`)

// lookupModel finds the declaration that a probe function's comment names
// (types.Func.FullName: "errors.New", "(*bufio.Reader).Read").
func lookupModel(models map[string]*modelFile, dir, full string) (*modelDecl, error) {
	m := reFullName.FindStringSubmatch(full)
	if m == nil {
		return nil, fmt.Errorf("cannot read the callee %q", full)
	}
	var path, key string
	if m[2] != "" {
		path, key = m[2], m[3]+"."+m[4]
	} else {
		path, key = m[5], m[6]
	}
	mf := models[path]
	if mf == nil {
		var err error
		if mf, err = readModel(filepath.Join(dir, fileName(path)+".go")); err != nil {
			return nil, err
		}
		models[path] = mf
	}
	d := mf.decls[key]
	if d == nil {
		return nil, fmt.Errorf("the model of %s has no %s", path, key)
	}
	return d, nil
}

func readModel(file string) (*modelFile, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, file, nil, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	mf := &modelFile{decls: map[string]*modelDecl{}}
	for _, d := range f.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok {
			continue
		}
		md := &modelDecl{leaks: map[string]leaks{}}
		key := fd.Name.Name
		if fd.Recv != nil {
			t := fd.Recv.List[0].Type
			if s, ok := t.(*ast.StarExpr); ok {
				t = s.X
			}
			switch x := t.(type) {
			case *ast.IndexExpr:
				t = x.X
			case *ast.IndexListExpr:
				t = x.X
			}
			key = t.(*ast.Ident).Name + "." + key
			md.labels = append(md.labels, "recv")
		}
		n := 0
		for _, fld := range fd.Type.Params.List {
			names := len(fld.Names)
			if names == 0 {
				names = 1
			}
			for i := 0; i < names; i++ {
				md.labels = append(md.labels, "p"+strconv.Itoa(n))
				n++
			}
			if _, ok := fld.Type.(*ast.Ellipsis); ok {
				md.variadic = true
			}
		}
		for _, label := range md.labels {
			md.leaks[label] = noLeaks()
		}
		if fd.Doc != nil {
			for _, c := range fd.Doc.List {
				if rest, ok := strings.CutPrefix(c.Text, "//goesc:escape "); ok {
					if err := parseEscape(rest, md.leaks); err != nil {
						return nil, fmt.Errorf("%s: %v", fset.Position(c.Pos()), err)
					}
				}
			}
		}
		mf.decls[key] = md
	}
	return mf, nil
}

// parseEscape reads the arguments of a //goesc:escape line.
func parseEscape(s string, into map[string]leaks) error {
	if s == "none" {
		return nil
	}
	for _, entry := range strings.Fields(s) {
		label, list, ok := strings.Cut(entry, "=")
		l, known := into[label]
		if !ok || !known {
			return fmt.Errorf("bad entry %q", entry)
		}
		for _, leak := range strings.Split(list, ",") {
			name, lv, _ := strings.Cut(leak, ":")
			level := 0
			if lv != "" {
				var err error
				if level, err = strconv.Atoi(lv); err != nil {
					return fmt.Errorf("bad level in %q", entry)
				}
			}
			switch {
			case name == "heap":
				l.heap = level
			case name == "mutate":
				l.mutate = level
			case name == "call":
				l.call = level
			case strings.HasPrefix(name, "result"):
				i, err := strconv.Atoi(strings.TrimPrefix(name, "result"))
				if err != nil || i < 0 || i >= numEscResults {
					return fmt.Errorf("bad result in %q", entry)
				}
				l.result[i] = level
			default:
				return fmt.Errorf("bad leak %q", leak)
			}
		}
		into[label] = l
	}
	return nil
}

type verifyObs struct {
	label string
	level int
	pos   token.Pos
}

// readProbeCall finds the call in a probe function and the allocations in
// its arguments whose fate gc reports, following the probe's recipes
// (docs/stdlib-model.md, "The probes"): new(T) and make(…) at their "(",
// a slice literal at its "{" (its elements one level down), string(bs) at
// bs, &impl{} at the "&", a func literal at "func"; conversions are looked
// through; the "... argument" slice is at the call's "(".
func readProbeCall(fd *ast.FuncDecl, decl *modelDecl) (obs []verifyObs, kept []int, err error) {
	var call *ast.CallExpr
	for _, st := range fd.Body.List {
		switch st := st.(type) {
		case *ast.ExprStmt:
			call, _ = st.X.(*ast.CallExpr)
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				call, _ = st.Rhs[0].(*ast.CallExpr)
				for i, lhs := range st.Lhs {
					if id := lhs.(*ast.Ident); id.Name != "_" {
						kept = append(kept, i)
					}
				}
			}
		}
		if call != nil {
			break
		}
	}
	if call == nil {
		return nil, nil, fmt.Errorf("no call found")
	}
	sel, ok := call.Fun.(*ast.SelectorExpr)
	if !ok {
		return nil, nil, fmt.Errorf("unexpected callee")
	}
	var collect func(e ast.Expr, label string, level int)
	collect = func(e ast.Expr, label string, level int) {
		switch e := e.(type) {
		case *ast.ParenExpr:
			collect(e.X, label, level)
		case *ast.UnaryExpr:
			if _, ok := e.X.(*ast.CompositeLit); ok && e.Op == token.AND {
				obs = append(obs, verifyObs{label, level, e.OpPos})
			}
		case *ast.FuncLit:
			obs = append(obs, verifyObs{label, level, e.Type.Func})
		case *ast.CompositeLit:
			if at, ok := e.Type.(*ast.ArrayType); ok && at.Len == nil {
				obs = append(obs, verifyObs{label, level, e.Lbrace})
				for _, el := range e.Elts {
					collect(el, label, level+1)
				}
			}
		case *ast.CallExpr:
			if id, ok := e.Fun.(*ast.Ident); ok {
				switch id.Name {
				case "new":
					obs = append(obs, verifyObs{label, level, e.Lparen})
					return
				case "make":
					if _, isChan := e.Args[0].(*ast.ChanType); !isChan {
						obs = append(obs, verifyObs{label, level, e.Lparen})
					}
					return
				case "string":
					if arg, ok := e.Args[0].(*ast.Ident); ok && arg.Name == "bs" {
						obs = append(obs, verifyObs{label, level, arg.Pos()})
						return
					}
				}
			}
			// A conversion: look through it.
			if len(e.Args) == 1 {
				collect(e.Args[0], label, level)
			}
		}
	}
	i := 0
	if len(decl.labels) > 0 && decl.labels[0] == "recv" {
		if !isPackageName(sel.X) {
			collect(sel.X, "recv", 0)
		}
		i = 1
	}
	params := decl.labels[i:]
	for j, a := range call.Args {
		switch {
		case decl.variadic && j >= len(params)-1:
			collect(a, params[len(params)-1], 1)
		case j < len(params):
			collect(a, params[j], 0)
		default:
			return nil, nil, fmt.Errorf("more arguments than parameters")
		}
	}
	if decl.variadic {
		obs = append(obs, verifyObs{params[len(params)-1], 0, call.Lparen})
	}
	return obs, kept, nil
}

// isPackageName: in the probes, a selector's operand that is a bare
// lower-case identifier is an imported package (receivers are always
// new(T), T(…), T{} or pkg.Var).
func isPackageName(e ast.Expr) bool {
	id, ok := e.(*ast.Ident)
	return ok && !token.IsExported(id.Name)
}
