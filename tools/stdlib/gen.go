package main

import (
	"fmt"
	"go/token"
	"go/types"
	"io"
	"os"
	"runtime"
	"sort"
	"strings"
	"sync"
)

type generator struct {
	full     []string
	fullSet  map[string]bool
	fset     *token.FileSet
	importer types.Importer
	version  string

	pkgs map[string]*pkgInfo
	// emit lists, per package, the names of the package-level objects to
	// model: every exported one for a full package, plus whatever the
	// modeled declarations refer to.
	emit map[string]map[string]bool

	// satisfying holds "PKGPATH.name" for each unexported method of a
	// modeled interface: a concrete type's unexported method of that name
	// is modeled too, so that the type satisfies the interface.
	satisfying map[string]bool

	facts      map[*types.Func]*funcFacts
	intrinsics map[string]bool // "path.Name" of amd64 intrinsics
	stats      stats
}

type generated struct {
	model map[string][]byte // file name -> contents
	probe map[string][]byte
}

func newGenerator(full []string) *generator {
	for _, kv := range goEnv {
		i := strings.IndexByte(kv, '=')
		os.Setenv(kv[:i], kv[i+1:])
	}
	g := &generator{
		full:    append([]string(nil), full...),
		fullSet: map[string]bool{},
		fset:    token.NewFileSet(),
		pkgs:    map[string]*pkgInfo{},
		emit:    map[string]map[string]bool{},
		facts:   map[*types.Func]*funcFacts{},
	}
	sort.Strings(g.full)
	for _, p := range full {
		g.fullSet[p] = true
	}
	g.importer = newImporter(g.fset)
	return g
}

func (g *generator) run() (*generated, error) {
	v, err := goVersion()
	if err != nil {
		return nil, err
	}
	g.version = v
	if err := g.loadPackages(g.full); err != nil {
		return nil, err
	}
	if err := g.closure(); err != nil {
		return nil, err
	}
	if g.intrinsics, err = loadIntrinsics(); err != nil {
		return nil, err
	}
	// The go commands run in parallel; their results are read in order.
	var paths []string
	for _, path := range g.modeledPaths() {
		if path != "unsafe" {
			paths = append(paths, path)
		}
	}
	outs := make([][]byte, len(paths))
	if err := parallel(len(paths), func(i int) (err error) {
		outs[i], err = buildFacts(paths[i])
		return err
	}); err != nil {
		return nil, err
	}
	for i, path := range paths {
		if err := g.compileFacts(g.pkgs[path], outs[i]); err != nil {
			return nil, err
		}
	}
	out := &generated{model: map[string][]byte{}, probe: map[string][]byte{}}
	// Probes: one program per fully modeled package; compiling them gives
	// the golden output and the facts about inlined calls.
	var probes []*probeSet
	for _, path := range g.full {
		if path == "unsafe" || isInternal(path) {
			continue // a main package may not import an internal one
		}
		ps, err := g.writeProbe(g.pkgs[path])
		if err != nil {
			return nil, err
		}
		if ps != nil {
			probes = append(probes, ps)
		}
	}
	if err := parallel(2*len(probes), func(i int) (err error) {
		ps := probes[i/2]
		if i%2 == 0 {
			ps.noInl, err = compileProbe(ps.name, ps.src, "-m -l")
		} else {
			ps.inl, err = compileProbe(ps.name, ps.src, "-m")
		}
		return err
	}); err != nil {
		return nil, err
	}
	for _, ps := range probes {
		files, err := g.finishProbe(ps)
		if err != nil {
			return nil, err
		}
		for name, data := range files {
			out.probe[name] = data
		}
	}
	for _, path := range g.modeledPaths() {
		var data []byte
		if path == "unsafe" {
			data, err = g.emitUnsafe()
		} else {
			data, err = g.emitPackage(g.pkgs[path])
		}
		if err != nil {
			return nil, err
		}
		out.model[fileName(path)+".go"] = data
		g.stats.bytes += len(data)
	}
	if err := g.selfCheck(out.model); err != nil {
		return nil, err
	}
	return out, nil
}

// parallel runs f(0), ..., f(n-1) on as many goroutines as there are
// CPUs and returns the first error (by index).
func parallel(n int, f func(i int) error) error {
	errs := make([]error, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for w := 0; w < runtime.NumCPU(); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				errs[i] = f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
	for _, err := range errs {
		if err != nil {
			return err
		}
	}
	return nil
}

func isInternal(path string) bool {
	return path == "internal" || strings.HasPrefix(path, "internal/") ||
		strings.Contains(path, "/internal/") || strings.HasSuffix(path, "/internal")
}

// fileName turns an import path into a file name stem: sync/atomic ->
// sync_atomic.
func fileName(path string) string {
	return strings.ReplaceAll(path, "/", "_")
}

// modeledPaths: every package that gets a model file, sorted.
func (g *generator) modeledPaths() []string {
	var ps []string
	for p := range g.emit {
		ps = append(ps, p)
	}
	for _, p := range g.full {
		if g.emit[p] == nil {
			ps = append(ps, p)
		}
	}
	sort.Strings(ps)
	return ps
}

// closure decides which objects each package file models: all exported
// objects of the full packages, then, to a fixed point, every named type
// that a modeled declaration mentions (in a signature, a variable's type,
// an exported field, an alias, an interface). A package reached only that
// way is modeled partially.
func (g *generator) closure() error {
	type key struct{ path, name string }
	var queue []key
	add := func(path, name string) {
		if path == "" || path == "unsafe" {
			return
		}
		m := g.emit[path]
		if m == nil {
			m = map[string]bool{}
			g.emit[path] = m
		}
		if !m[name] {
			m[name] = true
			queue = append(queue, key{path, name})
		}
	}
	for _, path := range g.full {
		if path == "unsafe" {
			continue
		}
		g.emit[path] = map[string]bool{}
		scope := g.pkgs[path].types.Scope()
		for _, name := range scope.Names() {
			if token.IsExported(name) {
				add(path, name)
			}
		}
	}
	g.satisfying = map[string]bool{}
	for {
		for len(queue) > 0 {
			k := queue[0]
			queue = queue[1:]
			if err := g.loadPackages([]string{k.path}); err != nil {
				return err
			}
			pi := g.pkgs[k.path]
			obj := pi.types.Scope().Lookup(k.name)
			if obj == nil {
				return fmt.Errorf("%s.%s: not found", k.path, k.name)
			}
			g.refs(obj, func(tn *types.TypeName) {
				if tn.Pkg() != nil {
					add(tn.Pkg().Path(), tn.Name())
				}
			})
		}
		// The unexported methods that the modeled interfaces require
		// add methods to concrete types, whose signatures may bring in
		// more declarations (and more interfaces): walk every modeled
		// type again until the set stops growing.
		before := len(g.satisfying)
		for path, names := range g.emit {
			scope := g.pkgs[path].types.Scope()
			for name := range names {
				tn, ok := scope.Lookup(name).(*types.TypeName)
				if !ok || tn.IsAlias() {
					continue
				}
				it, ok := tn.Type().Underlying().(*types.Interface)
				if !ok {
					continue
				}
				for i := 0; i < it.NumMethods(); i++ {
					if m := it.Method(i); !m.Exported() {
						g.satisfying[m.Pkg().Path()+"."+m.Name()] = true
					}
				}
			}
		}
		if len(g.satisfying) == before {
			return nil
		}
		for path, names := range g.emit {
			for name := range names {
				queue = append(queue, key{path, name})
			}
		}
	}
}

// modeledMethods lists the methods declared on t that its model declares
// too, sorted by name: the exported ones, and the unexported ones that a
// modeled interface requires (go/ast's exprNode, syscall's sockaddr),
// without which t would not satisfy that interface.
func (g *generator) modeledMethods(t *types.Named) []*types.Func {
	var ms []*types.Func
	for i := 0; i < t.NumMethods(); i++ {
		if m := t.Method(i); m.Exported() || g.requiredUnexported(m) {
			ms = append(ms, m)
		}
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].Name() < ms[j].Name() })
	return ms
}

// requiredUnexported: m is an unexported method that a modeled interface
// requires (of a concrete type: an interface's own methods are always
// modeled).
func (g *generator) requiredUnexported(m *types.Func) bool {
	return !m.Exported() && m.Pkg() != nil && g.satisfying[m.Pkg().Path()+"."+m.Name()]
}

// refs calls f for each named type (or alias) that obj's model mentions.
func (g *generator) refs(obj types.Object, f func(*types.TypeName)) {
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Basic, *types.TypeParam:
		case *types.Named:
			f(t.Origin().Obj())
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i))
			}
		case *types.Alias:
			f(t.Origin().Obj())
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
			walkTypeParams(t.TypeParams(), walk)
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type())
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type())
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type())
			}
		case *types.Interface:
			for i := 0; i < t.NumExplicitMethods(); i++ {
				walk(t.ExplicitMethod(i).Type())
			}
			for i := 0; i < t.NumEmbeddeds(); i++ {
				walk(t.EmbeddedType(i))
			}
		case *types.Union:
			for i := 0; i < t.Len(); i++ {
				walk(t.Term(i).Type())
			}
		case *types.Tuple:
			for i := 0; i < t.Len(); i++ {
				walk(t.At(i).Type())
			}
		default:
			panic(fmt.Sprintf("refs: unexpected type %T", t))
		}
	}
	switch obj := obj.(type) {
	case *types.Const, *types.Var, *types.Func:
		walk(obj.Type())
	case *types.TypeName:
		switch t := obj.Type().(type) {
		case *types.Alias:
			walkTypeParams(t.TypeParams(), walk)
			walk(t.Rhs())
		case *types.Named:
			walkTypeParams(t.TypeParams(), walk)
			switch u := t.Underlying().(type) {
			case *types.Struct:
				for i := 0; i < u.NumFields(); i++ {
					fld := u.Field(i)
					// Unexported fields are kept only as what their
					// type needs for layout; they pull nothing in.
					if fld.Exported() || (fld.Embedded() && g.nameable(fld.Type())) {
						walk(fld.Type())
					}
				}
			default:
				walk(u)
			}
			for _, m := range g.modeledMethods(t) {
				walk(m.Type())
			}
			promoted, _ := g.promotedMethods(t)
			for _, sel := range promoted {
				walk(sel.Obj().Type())
			}
		default:
			panic(fmt.Sprintf("refs: type name %s of type %T", obj.Name(), t))
		}
	}
}

func walkTypeParams(l *types.TypeParamList, walk func(types.Type)) {
	for i := 0; i < l.Len(); i++ {
		walk(l.At(i).Constraint())
	}
}

// nameable reports whether a model file can spell t without adding
// declarations to the model: every named type in it is predeclared, a type
// parameter, unsafe.Pointer, or an exported type of a fully modeled
// package.
func (g *generator) nameable(t types.Type) bool {
	ok := true
	seen := map[types.Type]bool{}
	var walk func(t types.Type)
	walk = func(t types.Type) {
		if !ok || t == nil || seen[t] {
			return
		}
		seen[t] = true
		switch t := t.(type) {
		case *types.Basic, *types.TypeParam:
		case *types.Named:
			o := t.Origin().Obj()
			if o.Pkg() != nil && (!o.Exported() || !g.fullSet[o.Pkg().Path()]) {
				ok = false
				return
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i))
			}
		case *types.Alias:
			o := t.Origin().Obj()
			if o.Pkg() != nil && (!o.Exported() || !g.fullSet[o.Pkg().Path()]) {
				ok = false
				return
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
					// A struct type literal with unexported field
					// names is specific to its package.
					ok = false
					return
				}
				walk(t.Field(i).Type())
			}
		case *types.Interface:
			for i := 0; i < t.NumExplicitMethods(); i++ {
				if !t.ExplicitMethod(i).Exported() {
					ok = false
					return
				}
				walk(t.ExplicitMethod(i).Type())
			}
			for i := 0; i < t.NumEmbeddeds(); i++ {
				walk(t.EmbeddedType(i))
			}
		case *types.Union:
			for i := 0; i < t.Len(); i++ {
				walk(t.Term(i).Type())
			}
		default:
			ok = false
		}
	}
	walk(t)
	return ok
}

// stats are the figures printed at the end of a run.
type stats struct {
	bytes                                int
	consts, vars, types, funcs, methods  int
	generic                              int
	inlinable, notInlinable, intrinsic   int
	leakHeap, leakContent, leakResult    int
	leakMutate, leakCall, noLeak, noPtrs int
	probed, unprobed                     int
	unprobedList                         []string
	packages                             []string
}

func (g *generator) printSummary(w io.Writer) {
	s := &g.stats
	fmt.Fprintf(w, "stdlib: %s: %d packages (%s)\n", g.version, len(s.packages), strings.Join(s.packages, " "))
	fmt.Fprintf(w, "stdlib: declarations: %d const, %d var, %d type, %d func, %d method (%d generic), %d bytes of model\n",
		s.consts, s.vars, s.types, s.funcs, s.methods, s.generic, s.bytes)
	fmt.Fprintf(w, "stdlib: inlinable %d, not inlinable %d, intrinsic %d\n", s.inlinable, s.notInlinable, s.intrinsic)
	fmt.Fprintf(w, "stdlib: functions with a parameter that leaks to the heap %d, its content only %d, to a result %d, mutates %d, calls %d; nothing leaks %d (of which no pointer parameters %d)\n",
		s.leakHeap, s.leakContent, s.leakResult, s.leakMutate, s.leakCall, s.noLeak, s.noPtrs)
	fmt.Fprintf(w, "stdlib: probed %d functions and methods, not probed %d\n", s.probed, s.unprobed)
	for _, name := range s.unprobedList {
		fmt.Fprintf(w, "stdlib:   not probed: %s\n", name)
	}
}
