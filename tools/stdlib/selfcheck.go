package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strconv"
	"strings"
)

// selfCheck type-checks the generated model files as Go packages (each
// importing the others) and compares them with the real packages:
//
//   - every model file must type-check, apart from the missing bodies;
//   - every //goesc:layout line must hold for the model's own type (so the
//     placeholders lay out like the real fields);
//   - every modeled declaration must have the real one's type: constants
//     (type and exact value), variables, functions and methods (signature),
//     and types (exported fields, exported methods).
//
// Types are compared as strings qualified by import path, so a model
// type and the real type it stands for compare equal.
func (g *generator) selfCheck(model map[string][]byte) error {
	fset := token.NewFileSet()
	checked := map[string]*types.Package{}
	files := map[string]*ast.File{}
	var problems []string
	var check func(path string) (*types.Package, error)
	imp := importerFunc(func(path string) (*types.Package, error) {
		if path == "unsafe" {
			return types.Unsafe, nil
		}
		return check(path)
	})
	check = func(path string) (*types.Package, error) {
		if p, ok := checked[path]; ok {
			if p == nil {
				return nil, fmt.Errorf("import cycle through %s", path)
			}
			return p, nil
		}
		src, ok := model[fileName(path)+".go"]
		if !ok {
			return nil, fmt.Errorf("no model file for %s", path)
		}
		checked[path] = nil
		f, err := parser.ParseFile(fset, fileName(path)+".go", src, parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files[path] = f
		conf := types.Config{
			Importer: imp,
			Sizes:    gcSizes,
			Error: func(err error) {
				if te, ok := err.(types.Error); ok && strings.Contains(te.Msg, "missing function body") {
					return
				}
				problems = append(problems, err.Error())
			},
		}
		p, _ := conf.Check(path, fset, []*ast.File{f}, nil)
		checked[path] = p
		return p, nil
	}
	paths := g.modeledPaths()
	for _, path := range paths {
		if path == "unsafe" {
			continue
		}
		if _, err := check(path); err != nil {
			return err
		}
	}
	if len(problems) > 0 {
		return fmt.Errorf("the model does not type-check:\n  %s", strings.Join(problems, "\n  "))
	}

	q := func(p *types.Package) string { return p.Path() }
	for _, path := range paths {
		if path == "unsafe" {
			continue
		}
		mp, rp := checked[path], g.pkgs[path].types
		// Layout lines against the model's types.
		for _, d := range files[path].Decls {
			gd, ok := d.(*ast.GenDecl)
			if !ok || gd.Tok != token.TYPE || gd.Doc == nil {
				continue
			}
			for _, c := range gd.Doc.List {
				rest, ok := strings.CutPrefix(c.Text, "//goesc:layout ")
				if !ok {
					continue
				}
				name := gd.Specs[0].(*ast.TypeSpec).Name.Name
				t := mp.Scope().Lookup(name).Type()
				ptrs := map[bool]string{true: "yes", false: "no"}[hasPointers(t)]
				got := fmt.Sprintf("size=%d align=%d pointers=%s", gcSizes.Sizeof(t), gcSizes.Alignof(t), ptrs)
				if got != rest {
					problems = append(problems, fmt.Sprintf("%s.%s: layout line says %s, the model's type has %s", path, name, rest, got))
				}
			}
		}
		// Declarations against the real package.
		names := make([]string, 0, len(g.emit[path]))
		for name := range g.emit[path] {
			names = append(names, name)
		}
		sort.Strings(names)
		for _, name := range names {
			m, r := mp.Scope().Lookup(name), rp.Scope().Lookup(name)
			if m == nil {
				problems = append(problems, fmt.Sprintf("%s.%s: missing from the model", path, name))
				continue
			}
			if msg := compareObjects(m, r, q); msg != "" {
				problems = append(problems, fmt.Sprintf("%s.%s: %s", path, name, msg))
			}
		}
	}
	problems = append(problems, g.checkSatisfaction(checked)...)
	if len(problems) > 0 {
		return fmt.Errorf("the model differs from the real packages:\n  %s", strings.Join(problems, "\n  "))
	}
	logf("self-check: %d model files type-check and match the real packages", len(checked))
	return nil
}

type importerFunc func(path string) (*types.Package, error)

func (f importerFunc) Import(path string) (*types.Package, error) { return f(path) }

// compareObjects describes how a model object differs from the real one
// ("" when it does not).
func compareObjects(m, r types.Object, q types.Qualifier) string {
	ts := func(t types.Type) string { return types.TypeString(t, q) }
	switch r := r.(type) {
	case *types.Const:
		mc, ok := m.(*types.Const)
		if !ok {
			return "not a constant in the model"
		}
		if ts(mc.Type()) != ts(r.Type()) {
			return fmt.Sprintf("type %s, real %s", ts(mc.Type()), ts(r.Type()))
		}
		if !constEqual(mc, r) {
			return fmt.Sprintf("value %s, real %s", mc.Val().ExactString(), r.Val().ExactString())
		}
	case *types.Var, *types.Func:
		if ts(m.Type()) != ts(r.Type()) {
			return fmt.Sprintf("type %s, real %s", ts(m.Type()), ts(r.Type()))
		}
	case *types.TypeName:
		if _, ok := m.(*types.TypeName); !ok {
			return "not a type in the model"
		}
		if r.IsAlias() != m.(*types.TypeName).IsAlias() {
			return "alias-ness differs"
		}
		if r.IsAlias() {
			if ts(m.Type()) != ts(r.Type()) {
				return fmt.Sprintf("alias of %s, real %s", ts(types.Unalias(m.Type())), ts(types.Unalias(r.Type())))
			}
			return ""
		}
		mt, rt := m.Type().(*types.Named), r.Type().(*types.Named)
		if rs, ok := rt.Underlying().(*types.Struct); ok {
			ms, ok := mt.Underlying().(*types.Struct)
			if !ok {
				return "not a struct in the model"
			}
			if a, b := exportedFields(ms, q), exportedFields(rs, q); a != b {
				return fmt.Sprintf("exported fields {%s}, real {%s}", a, b)
			}
		} else if types.IsInterface(rt) {
			if a, b := ts(mt.Underlying()), ts(rt.Underlying()); a != b {
				return fmt.Sprintf("interface %s, real %s", a, b)
			}
		} else if a, b := ts(mt.Underlying()), ts(rt.Underlying()); a != b {
			return fmt.Sprintf("underlying %s, real %s", a, b)
		}
		if a, b := exportedMethods(mt, q), exportedMethods(rt, q); a != b {
			return fmt.Sprintf("methods {%s}, real {%s}", a, b)
		}
	}
	return ""
}

// constEqual: the same exact value.
func constEqual(a, b *types.Const) bool {
	return constant.Compare(a.Val(), token.EQL, b.Val())
}

func exportedFields(s *types.Struct, q types.Qualifier) string {
	var parts []string
	for i := 0; i < s.NumFields(); i++ {
		f := s.Field(i)
		if f.Exported() {
			parts = append(parts, f.Name()+" "+types.TypeString(f.Type(), q)+" "+strconv.Quote(s.Tag(i)))
		}
	}
	return strings.Join(parts, "; ")
}

// exportedMethods lists the exported methods of *T's method set (declared
// or promoted), with their signatures.
func exportedMethods(t *types.Named, q types.Qualifier) string {
	ms := types.NewMethodSet(types.NewPointer(t))
	var parts []string
	for i := 0; i < ms.Len(); i++ {
		if m := ms.At(i).Obj(); m.Exported() {
			parts = append(parts, m.Name()+types.TypeString(m.Type(), q))
		}
	}
	sort.Strings(parts)
	return strings.Join(parts, "; ")
}

// checkSatisfaction: an interface with unexported methods can only be
// satisfied by types of its own package, through methods the model
// declares only when such an interface needs them (modeledMethods). Each
// modeled type T (and *T) must satisfy each modeled interface of its
// package in the model exactly when it does in the real package.
func (g *generator) checkSatisfaction(checked map[string]*types.Package) []string {
	var problems []string
	for _, path := range g.modeledPaths() {
		if path == "unsafe" {
			continue
		}
		names := make([]string, 0, len(g.emit[path]))
		for name := range g.emit[path] {
			names = append(names, name)
		}
		sort.Strings(names)
		mscope, rscope := checked[path].Scope(), g.pkgs[path].types.Scope()
		var ifaces []string
		for _, name := range names {
			tn, ok := rscope.Lookup(name).(*types.TypeName)
			if !ok || tn.IsAlias() || !types.IsInterface(tn.Type()) {
				continue
			}
			it := tn.Type().Underlying().(*types.Interface)
			for i := 0; i < it.NumMethods(); i++ {
				if !it.Method(i).Exported() {
					ifaces = append(ifaces, name)
					break
				}
			}
		}
		for _, iname := range ifaces {
			mi := mscope.Lookup(iname).Type().Underlying().(*types.Interface)
			ri := rscope.Lookup(iname).Type().Underlying().(*types.Interface)
			for _, name := range names {
				rtn, ok := rscope.Lookup(name).(*types.TypeName)
				if !ok || rtn.IsAlias() || types.IsInterface(rtn.Type()) {
					continue
				}
				if n, ok := rtn.Type().(*types.Named); ok && n.TypeParams().Len() > 0 {
					continue
				}
				mt := mscope.Lookup(name).Type()
				for _, ptr := range []bool{false, true} {
					r, m := rtn.Type(), mt
					if ptr {
						r, m = types.NewPointer(r), types.NewPointer(m)
					}
					if a, b := types.Implements(m, mi), types.Implements(r, ri); a != b {
						problems = append(problems, fmt.Sprintf("%s: %s implements %s in the model: %v, in the real package: %v",
							path, types.TypeString(r, nil), iname, a, b))
					}
				}
			}
		}
	}
	return problems
}
