package main

import (
	"bytes"
	"fmt"
	"go/format"
	"go/types"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// A probe program calls every non-generic function and method of one
// package, each from two functions of its own:
//
//	func call_F() { pkg.F(args...) }               // results dropped
//	func keep_F() { r0, r1 := pkg.F(args...); sink = &r0; ... }
//
// Each argument is a fresh allocation whose fate gc reports: new(T),
// make([]T, 1), string(bs), a func literal, &impl_I{} for an interface I;
// a slice of pointerful elements is a []E{elem} literal, so what the slice
// points to is reported too. keep_F stores the address of every pointerful
// result in a global, so a value that reaches a result escapes there.
//
// Compiled with -m -l (no inlining in the probe), each argument's verdict
// follows from the callee's escape summary alone; compiled with -m, gc
// inlines the inlinable callees and the call site shows what their bodies
// do.

// probeObs is one allocation in an argument whose verdict gc prints.
type probeObs struct {
	param *paramFacts
	level int // dereferences from the parameter's value to the allocation
	line  int
	col   int
}

// probeCall is one call in the probe.
type probeCall struct {
	ff    *funcFacts
	keep  bool
	line  int // position of the call's "("
	col   int
	obs   []probeObs
	kept  []int // results whose address goes to the sink
	fname string
}

type probeWriter struct {
	g       *generator
	pi      *pkgInfo
	body    bytes.Buffer
	line    int // line number of the next body line, counted from the body's start
	imports map[string]string
	impls   map[string]string // interface type string -> impl type name
	implSrc []string
	calls   []*probeCall
	usedBS  bool
}

func (w *probeWriter) qualify(pkg *types.Package) string {
	if pkg == nil {
		return ""
	}
	if name, ok := w.imports[pkg.Path()]; ok {
		return name
	}
	for path, name := range w.imports {
		if name == pkg.Name() {
			panic(fmt.Sprintf("probe %s: imports %s and %s share the name %s", w.pi.path, path, pkg.Path(), name))
		}
	}
	w.imports[pkg.Path()] = pkg.Name()
	return pkg.Name()
}

func (w *probeWriter) typ(t types.Type) string {
	return types.TypeString(t, w.qualify)
}

// probeNameable: can the probe (package main) spell t? Like nameable, but
// for any package: exported names only.
func probeNameable(t types.Type) bool {
	ok := true
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if !ok || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Basic:
		case *types.TypeParam:
			ok = false
		case *types.Named:
			o := t.Origin().Obj()
			if o.Pkg() != nil && (!o.Exported() || strings.Contains(o.Pkg().Path(), "internal")) {
				ok = false
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i))
			}
		case *types.Alias:
			o := t.Origin().Obj()
			if o.Pkg() != nil && (!o.Exported() || strings.Contains(o.Pkg().Path(), "internal")) {
				ok = false
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i))
			}
		case *types.Pointer:
			walk(t.Elem())
		case *types.Slice:
			walk(t.Elem())
		case *types.Array:
			walk(t.Elem())
		case *types.Chan:
			walk(t.Elem())
		case *types.Map:
			walk(t.Key())
			walk(t.Elem())
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type())
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				if !t.Field(i).Exported() {
					ok = false
				}
				walk(t.Field(i).Type())
			}
		case *types.Interface:
			for i := 0; i < t.NumExplicitMethods(); i++ {
				if !t.ExplicitMethod(i).Exported() {
					ok = false
				}
				walk(t.ExplicitMethod(i).Type())
			}
			for i := 0; i < t.NumEmbeddeds(); i++ {
				walk(t.EmbeddedType(i))
			}
		default:
			ok = false
		}
	}
	walk(t)
	return ok
}

// argExpr is an argument expression and the allocations in it that gc
// will report, as byte offsets into the expression.
type argExpr struct {
	text string
	obs  []argObs
}

type argObs struct {
	offset, level int
}

func (a argExpr) shift(prefix string, level int) argExpr {
	var obs []argObs
	for _, o := range a.obs {
		obs = append(obs, argObs{o.offset + len(prefix), o.level + level})
	}
	return argExpr{prefix + a.text, obs}
}

// arg builds a fresh argument of type t. ok is false when the probe cannot
// make a value of that type at all.
func (w *probeWriter) arg(t types.Type, depth int) (argExpr, bool) {
	if depth > 3 {
		return argExpr{}, false
	}
	nilOK := argExpr{text: "nil"}
	named := !types.Identical(t, t.Underlying())
	switch u := t.Underlying().(type) {
	case *types.Basic:
		switch {
		case u.Kind() == types.String:
			w.usedBS = true
			e := argExpr{"string(bs)", []argObs{{7, 0}}} // gc puts a []byte->string conversion at its operand
			if named {
				if !probeNameable(t) {
					return argExpr{text: `""`}, true
				}
				return e.shift(w.typ(t)+"(", 0).close(), true
			}
			return e, true
		case u.Kind() == types.UnsafePointer:
			return argExpr{"new(int)", []argObs{{3, 0}}}.shift(w.typ(types.Typ[types.UnsafePointer])+"(", 0).close(), true
		case u.Info()&types.IsBoolean != 0:
			return argExpr{text: "false"}, true
		case u.Info()&types.IsNumeric != 0:
			return argExpr{text: "0"}, true
		}
		return argExpr{}, false
	case *types.Pointer:
		if probeNameable(u.Elem()) {
			return argExpr{"new(" + w.typ(u.Elem()) + ")", []argObs{{3, 0}}}, true // new and make: at the "("
		}
		return nilOK, true
	case *types.Slice:
		if !probeNameable(u) {
			return nilOK, true
		}
		if hasPointers(u.Elem()) {
			if e, ok := w.arg(u.Elem(), depth+1); ok && len(e.obs) > 0 {
				prefix := w.typ(u) + "{"
				lit := e.shift(prefix, 1).close2("}")
				lit.obs = append([]argObs{{len(prefix) - 1, 0}}, lit.obs...) // a composite literal: at the "{"
				return lit, true
			}
		}
		return argExpr{"make(" + w.typ(u) + ", 1)", []argObs{{4, 0}}}, true
	case *types.Map:
		if !probeNameable(u) {
			return nilOK, true
		}
		return argExpr{"make(" + w.typ(u) + ")", []argObs{{4, 0}}}, true
	case *types.Chan:
		if !probeNameable(u) {
			return nilOK, true
		}
		// gc never reports a channel allocation.
		return argExpr{text: "make(" + w.typ(u) + ")"}, true
	case *types.Signature:
		if !probeNameable(u) {
			return nilOK, true
		}
		return argExpr{w.funcLit(u), []argObs{{0, 0}}}, true
	case *types.Interface:
		if u.Empty() {
			return argExpr{"new(int)", []argObs{{3, 0}}}, true
		}
		impl := w.impl(t, u)
		if impl == "" {
			return nilOK, true
		}
		return argExpr{"&" + impl + "{}", []argObs{{0, 0}}}, true
	case *types.Struct, *types.Array:
		if !probeNameable(t) {
			return argExpr{}, false
		}
		return argExpr{text: w.typ(t) + "{}"}, true
	}
	return argExpr{}, false
}

func (a argExpr) close() argExpr { return argExpr{a.text + ")", a.obs} }

func (a argExpr) close2(s string) argExpr { return argExpr{a.text + s, a.obs} }

// funcLit is a function literal of signature sig that does nothing.
func (w *probeWriter) funcLit(sig *types.Signature) string {
	var b strings.Builder
	b.WriteString("func(")
	for i := 0; i < sig.Params().Len(); i++ {
		if i > 0 {
			b.WriteString(", ")
		}
		t := sig.Params().At(i).Type()
		if sig.Variadic() && i == sig.Params().Len()-1 {
			b.WriteString("..." + w.typ(t.(*types.Slice).Elem()))
		} else {
			b.WriteString(w.typ(t))
		}
	}
	b.WriteString(")")
	b.WriteString(w.namedResults(sig.Results()))
	b.WriteString(" { return }")
	return b.String()
}

// namedResults writes a result list with names r0, r1, ... so that a bare
// return works.
func (w *probeWriter) namedResults(res *types.Tuple) string {
	if res.Len() == 0 {
		return ""
	}
	var parts []string
	for i := 0; i < res.Len(); i++ {
		parts = append(parts, fmt.Sprintf("r%d %s", i, w.typ(res.At(i).Type())))
	}
	return " (" + strings.Join(parts, ", ") + ")"
}

// impl returns the name of a probe type whose pointer implements the
// interface t, declaring it on first use; "" when the probe cannot
// implement it (an unexported method, a type it cannot spell).
func (w *probeWriter) impl(t types.Type, it *types.Interface) string {
	key := types.TypeString(t, nil)
	if name, ok := w.impls[key]; ok {
		return name
	}
	if !probeNameable(t) || it.IsMethodSet() == false {
		w.impls[key] = ""
		return ""
	}
	for i := 0; i < it.NumMethods(); i++ {
		if m := it.Method(i); !m.Exported() || !probeNameable(m.Type()) {
			w.impls[key] = ""
			return ""
		}
	}
	spelled := types.TypeString(t, func(p *types.Package) string { return p.Name() })
	name := "impl_" + regexp.MustCompile(`[^A-Za-z0-9]+`).ReplaceAllString(spelled, "_")
	var b strings.Builder
	fmt.Fprintf(&b, "// %s implements %s.\ntype %s struct{ x int }\n\n", name, spelled, name)
	for i := 0; i < it.NumMethods(); i++ {
		m := it.Method(i)
		lit := w.funcLit(m.Type().(*types.Signature))
		fmt.Fprintf(&b, "func (*%s) %s%s\n\n", name, m.Name(), strings.TrimPrefix(lit, "func"))
	}
	w.impls[key] = name
	w.implSrc = append(w.implSrc, b.String())
	return name
}

// callable lists the functions and methods of pi that the probe calls:
// the modeled non-generic ones whose receiver the probe can make.
func (g *generator) callable(pi *pkgInfo) []*funcFacts {
	var res []*funcFacts
	names := make([]string, 0, len(g.emit[pi.path]))
	for name := range g.emit[pi.path] {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		switch obj := pi.types.Scope().Lookup(name).(type) {
		case *types.Func:
			res = append(res, g.facts[obj])
		case *types.TypeName:
			named, ok := obj.Type().(*types.Named)
			if !ok || types.IsInterface(named) {
				continue
			}
			var ms []*types.Func
			for i := 0; i < named.NumMethods(); i++ {
				if m := named.Method(i); m.Exported() {
					ms = append(ms, m)
				}
			}
			sort.Slice(ms, func(i, j int) bool { return ms[i].Name() < ms[j].Name() })
			for _, m := range ms {
				res = append(res, g.facts[m])
			}
		}
	}
	return res
}

// writeProbe writes the probe of pi. Compiled both ways (compileProbe),
// it is checked against the escape summaries and tells, for each inlinable
// function, what the inlined call leaves at the call site (finishProbe).
// probeSet is one package's probe, written but not yet compiled.
type probeSet struct {
	pi    *pkgInfo
	name  string
	src   []byte
	calls []*probeCall
	noInl []byte // gc's output, -m -l
	inl   []byte // gc's output, -m
}

func (g *generator) writeProbe(pi *pkgInfo) (*probeSet, error) {
	w := &probeWriter{g: g, pi: pi, line: 1, imports: map[string]string{}, impls: map[string]string{}}
	for _, ff := range g.callable(pi) {
		if ff.generic {
			continue
		}
		if !w.probe(ff) {
			g.stats.unprobed++
			g.stats.unprobedList = append(g.stats.unprobedList, ff.fn.FullName())
			continue
		}
		g.stats.probed++
	}

	if len(w.calls) == 0 {
		return nil, nil // nothing to call: every function is generic
	}

	// Assemble: header, imports, then the body (whose line numbers are
	// shifted by the header's length), then the impl types.
	var head bytes.Buffer
	fmt.Fprintf(&head, "// Code generated by tools/stdlib from %s (linux/amd64); DO NOT EDIT.\n", g.version)
	fmt.Fprintf(&head, "// Regenerate with: go -C tools/stdlib run .\n//\n")
	fmt.Fprintf(&head, "// Probe of goesc's model of package %s: every non-generic function and\n", pi.path)
	fmt.Fprintf(&head, "// method called with fresh arguments whose fate gc reports, from call_X\n")
	fmt.Fprintf(&head, "// (results dropped) and keep_X (results stored in the heap).\n")
	fmt.Fprintf(&head, "// %s.golden is what `go build -gcflags='-m -l'` prints for this file,\n", fileName(pi.path))
	fmt.Fprintf(&head, "// %s.inl.golden what `go build -gcflags=-m` prints (both without the\n", fileName(pi.path))
	fmt.Fprintf(&head, "// \"# command-line-arguments\" line). See docs/stdlib-model.md.\n\n")
	fmt.Fprintf(&head, "package main\n\n")
	paths := make([]string, 0, len(w.imports))
	for p := range w.imports {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	fmt.Fprintf(&head, "import (\n")
	for _, p := range paths {
		if w.imports[p] != lastElem(p) {
			fmt.Fprintf(&head, "\t%s %q\n", w.imports[p], p)
		} else {
			fmt.Fprintf(&head, "\t%q\n", p)
		}
	}
	fmt.Fprintf(&head, ")\n\n")
	fmt.Fprintf(&head, "var sink any\n\n")
	fmt.Fprintf(&head, "func main() {}\n\n")
	offset := strings.Count(head.String(), "\n")
	head.Write(w.body.Bytes())
	for _, s := range w.implSrc {
		head.WriteString(s)
	}
	src := append(bytes.TrimRight(head.Bytes(), "\n"), '\n')
	if formatted, err := format.Source(src); err != nil {
		os.WriteFile(filepath.Join(os.TempDir(), fileName(pi.path)+".probe.bad.go"), src, 0o644)
		return nil, fmt.Errorf("probe of %s is not valid Go: %v", pi.path, err)
	} else if !bytes.Equal(formatted, src) {
		os.WriteFile(filepath.Join(os.TempDir(), fileName(pi.path)+".probe.unformatted.go"), src, 0o644)
		return nil, fmt.Errorf("probe of %s is not gofmt-formatted (positions would move)", pi.path)
	}
	for _, c := range w.calls {
		c.line += offset
		for i := range c.obs {
			c.obs[i].line += offset
		}
	}

	return &probeSet{pi: pi, name: fileName(pi.path), src: src, calls: w.calls}, nil
}

// finishProbe checks a compiled probe and reads its facts.
func (g *generator) finishProbe(ps *probeSet) (map[string][]byte, error) {
	pi, name, src, noInl, inl := ps.pi, ps.name, ps.src, ps.noInl, ps.inl
	if err := g.checkProbe(pi, name, ps.calls, noInl); err != nil {
		dir := filepath.Join(os.TempDir(), "goesc-stdlib-failed-probe")
		os.MkdirAll(dir, 0o755)
		os.WriteFile(filepath.Join(dir, name+".go"), src, 0o644)
		os.WriteFile(filepath.Join(dir, name+".golden"), noInl, 0o644)
		return nil, fmt.Errorf("%v\n(the probe and its output are in %s)", err, dir)
	}
	g.inlineFacts(name, ps.calls, inl)
	return map[string][]byte{
		name + ".go":         src,
		name + ".golden":     noInl,
		name + ".inl.golden": inl,
	}, nil
}

// exportedVarOf names an exported package variable of type t (or *t when
// ptr is set; a variable of type t is addressable, so it serves too).
func (w *probeWriter) exportedVarOf(t types.Type, ptr bool) string {
	scope := w.pi.types.Scope()
	for _, name := range scope.Names() {
		v, ok := scope.Lookup(name).(*types.Var)
		if !ok || !v.Exported() {
			continue
		}
		if types.Identical(v.Type(), t) || (ptr && types.Identical(v.Type(), types.NewPointer(t))) {
			return w.qualify(w.pi.types) + "." + name
		}
	}
	return ""
}

// probe writes call_X and, when X has results, keep_X. It reports false
// when the probe cannot call X (an argument or receiver it cannot make).
func (w *probeWriter) probe(ff *funcFacts) bool {
	saved := map[string]string{}
	for k, v := range w.imports {
		saved[k] = v
	}
	if w.probeCalls(ff) {
		return true
	}
	w.imports = saved
	return false
}

func (w *probeWriter) probeCalls(ff *funcFacts) bool {
	fn := ff.fn
	sig := fn.Signature()
	base := fn.Name()
	w.usedBS = false
	var recvExpr argExpr
	if r := sig.Recv(); r != nil {
		rt := r.Type()
		ptr := false
		if p, ok := rt.(*types.Pointer); ok {
			rt, ptr = p.Elem(), true
		}
		base = rt.(*types.Named).Obj().Name() + "_" + fn.Name()
		switch {
		case !probeNameable(rt):
			// An unexported type: call through an exported variable
			// that holds one (binary.BigEndian), if there is one.
			v := w.exportedVarOf(rt, ptr)
			if v == "" {
				return false
			}
			recvExpr = argExpr{text: v}
		case ptr:
			recvExpr = argExpr{"new(" + w.typ(rt) + ")", []argObs{{3, 0}}}
		default:
			e, ok := w.arg(rt, 0)
			if !ok || e.text == "nil" {
				return false
			}
			if _, isStruct := rt.Underlying().(*types.Struct); !isStruct {
				if _, isArr := rt.Underlying().(*types.Array); !isArr && !strings.HasPrefix(e.text, w.typ(rt)+"(") {
					e = e.shift(w.typ(rt)+"(", 0).close()
				}
			}
			recvExpr = e
		}
	}
	var args []argExpr
	params := sig.Params()
	for i := 0; i < params.Len(); i++ {
		t := params.At(i).Type()
		level := 0
		if sig.Variadic() && i == params.Len()-1 {
			t = t.(*types.Slice).Elem()
			level = 1 // the element of the "... argument" slice
		}
		e, ok := w.arg(t, 0)
		if !ok {
			return false
		}
		if level > 0 {
			e = e.shift("", 1)
		}
		args = append(args, e)
	}
	needBS := w.usedBS
	w.usedBS = false
	w.emitCall(ff, "call_"+base, false, needBS, recvExpr, args)
	var kept []int
	for i := 0; i < sig.Results().Len(); i++ {
		if hasPointers(sig.Results().At(i).Type()) {
			kept = append(kept, i)
		}
	}
	if len(kept) > 0 {
		w.emitCall(ff, "keep_"+base, true, needBS, recvExpr, args)
	}
	return true
}

func (w *probeWriter) emitCall(ff *funcFacts, name string, keep, needBS bool, recv argExpr, args []argExpr) {
	fn := ff.fn
	sig := fn.Signature()
	c := &probeCall{ff: ff, keep: keep, fname: name}
	w.printLine("// %s", fn.FullName())
	w.printLine("func %s() {", name)
	if needBS {
		w.printLine("\tvar bs []byte")
	}
	line := "\t"
	if keep {
		var lhs []string
		for i := 0; i < sig.Results().Len(); i++ {
			if hasPointers(sig.Results().At(i).Type()) {
				lhs = append(lhs, fmt.Sprintf("r%d", i))
				c.kept = append(c.kept, i)
			} else {
				lhs = append(lhs, "_")
			}
		}
		line += strings.Join(lhs, ", ") + " := "
	}
	var obs []probeObs
	addObs := func(pf *paramFacts, e argExpr, start int) {
		for _, o := range e.obs {
			obs = append(obs, probeObs{param: pf, level: o.level, col: start + o.offset + 1})
		}
	}
	pidx := 0
	if sig.Recv() != nil {
		addObs(ff.params[0], recv, len(line))
		line += recv.text + "." + fn.Name()
		pidx = 1
	} else {
		line += w.qualify(fn.Pkg()) + "." + fn.Name()
	}
	c.col = len(line) + 1
	line += "("
	for i, a := range args {
		if i > 0 {
			line += ", "
		}
		addObs(ff.params[pidx+i], a, len(line))
		line += a.text
	}
	line += ")"
	if sig.Variadic() {
		// The "... argument" slice itself, reported at the call.
		obs = append(obs, probeObs{param: ff.params[len(ff.params)-1], level: 0, col: c.col})
	}
	c.line = w.line
	for i := range obs {
		obs[i].line = w.line
	}
	c.obs = obs
	w.printLine("%s", line)
	for _, i := range c.kept {
		w.printLine("\tsink = &r%d", i)
	}
	w.printLine("}")
	w.printLine("")
	w.calls = append(w.calls, c)
}

func (w *probeWriter) printLine(format string, args ...interface{}) {
	fmt.Fprintf(&w.body, format+"\n", args...)
	w.line++
}

// compileProbe builds the probe alone in a scratch directory and returns
// gc's output.
func compileProbe(name string, src []byte, flags string) ([]byte, error) {
	tmp, err := os.MkdirTemp("", "goesc-stdlib-probe")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	if err := os.WriteFile(filepath.Join(tmp, name+".go"), src, 0o644); err != nil {
		return nil, err
	}
	out, err := goCommand(tmp, "build", "-gcflags="+flags, "-o", filepath.Join(tmp, "probe.bin"), name+".go")
	if err != nil {
		return nil, fmt.Errorf("go build -gcflags=%q %s.go: %v\n%s", flags, name, err, out)
	}
	// Drop go build's "# command-line-arguments" line: the golden file
	// holds the compiler's own output.
	if bytes.HasPrefix(out, []byte("# ")) {
		if i := bytes.IndexByte(out, '\n'); i >= 0 {
			out = out[i+1:]
		}
	}
	return out, nil
}

var reProbeLine = regexp.MustCompile(`^\./[^:]+\.go:(\d+):(\d+): (.*)$`)

type probeMsg struct {
	line, col int
	text      string
}

func parseProbeOutput(out []byte) map[[2]int][]string {
	res := map[[2]int][]string{}
	for _, l := range strings.Split(string(out), "\n") {
		m := reProbeLine.FindStringSubmatch(l)
		if m == nil {
			continue
		}
		line, _ := strconv.Atoi(m[1])
		col, _ := strconv.Atoi(m[2])
		res[[2]int{line, col}] = append(res[[2]int{line, col}], m[3])
	}
	return res
}

// checkProbe compares each argument's verdict in the -m -l output with
// what the escape summary predicts: an allocation at dereference level L
// of a parameter escapes when the parameter leaks to the heap at a level
// <= L, or, in keep_X, to a kept result at a level <= L.
func (g *generator) checkProbe(pi *pkgInfo, name string, calls []*probeCall, out []byte) error {
	msgs := parseProbeOutput(out)
	var bad []string
	for _, c := range calls {
		for _, o := range c.obs {
			want := false
			l := o.param.leaks
			if l.heap >= 0 && l.heap <= o.level {
				want = true
			}
			if c.keep {
				for _, k := range c.kept {
					if k < numEscResults && l.result[k] >= 0 && l.result[k] <= o.level {
						want = true
					}
				}
			}
			got, seen := verdict(msgs[[2]int{o.line, o.col}])
			if !seen {
				bad = append(bad, fmt.Sprintf("%s.go:%d:%d: %s %s: gc reported nothing", name, o.line, o.col, c.fname, o.param.label))
				continue
			}
			if got != want {
				bad = append(bad, fmt.Sprintf("%s.go:%d:%d: %s %s level %d: summary %q predicts escapes=%v, gc says %q",
					name, o.line, o.col, c.fname, o.param.label, o.level, l.String(), want, msgs[[2]int{o.line, o.col}]))
			}
		}
	}
	if len(bad) > 0 {
		return fmt.Errorf("probe of %s disagrees with the escape summaries:\n  %s", pi.path, strings.Join(bad, "\n  "))
	}
	return nil
}

// verdict reads the messages at one position: does the allocation there
// escape? Messages about the "... argument" and about the allocation
// agree on one position only for the variadic slice, which is alone there
// under -l.
func verdict(msgs []string) (escapes, seen bool) {
	for _, m := range msgs {
		switch {
		case strings.HasSuffix(m, " escapes to heap"):
			escapes, seen = true, true
		case strings.HasSuffix(m, " does not escape"):
			seen = true
		}
	}
	return
}
