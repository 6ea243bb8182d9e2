// Command layout prints every package-level declaration of a Go package
// with its type, size and alignment, as computed by go/types with gc's
// sizes for linux/amd64 — in exactly the format of `goesc -dump=types`,
// so that tests/types_layout.sh can compare the two.
//
// It is a development tool: goesc itself never runs Go.
//
//	go run ./tools/layout FILE.go...
//
// Format (one line per object, sorted by name; struct fields indented):
//
//	const NAME TYPE = VALUE [size=N align=N]   (size only when typed)
//	var NAME TYPE size=N align=N
//	func NAME TYPE size=N align=N
//	type NAME UNDERLYING size=N align=N        (type NAME = TYPE for aliases)
//		field NAME TYPE offset=N size=N align=N
//
// Generic declarations have no size.
//
// goesc resolves aliases when it prints types (types2 keeps their names:
// `var s Stringer` where gc says Stringer, goesc says fmt.Stringer), so this
// tool prints types with every alias replaced by what it stands for.
package main

import (
	"fmt"
	"go/ast"
	"go/constant"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"sort"
)

func main() {
	if len(os.Args) < 2 {
		fmt.Fprintln(os.Stderr, "usage: layout FILE.go...")
		os.Exit(2)
	}
	fset := token.NewFileSet()
	var files []*ast.File
	for _, path := range os.Args[1:] {
		f, err := parser.ParseFile(fset, path, nil, parser.ParseComments)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		files = append(files, f)
	}
	sizes := types.SizesFor("gc", "amd64")
	conf := types.Config{
		Importer: importer.ForCompiler(fset, "source", nil),
		Sizes:    sizes,
	}
	pkg, err := conf.Check("command-line-arguments", fset, files, nil)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	// Other packages are qualified by their name, as goesc prints them.
	qual := func(p *types.Package) string {
		if p == pkg {
			return ""
		}
		return p.Name()
	}
	str := func(t types.Type) string { return types.TypeString(unalias(t), qual) }
	layout := func(t types.Type) string {
		return fmt.Sprintf(" size=%d align=%d", sizes.Sizeof(t), sizes.Alignof(t))
	}
	generic := func(t types.Type) bool {
		switch t := types.Unalias(t).(type) {
		case *types.Named:
			return t.TypeParams().Len() > 0 && t.TypeArgs().Len() == 0
		case *types.Signature:
			return t.TypeParams().Len() > 0
		}
		return false
	}
	scope := pkg.Scope()
	names := scope.Names()
	sort.Strings(names)
	for _, name := range names {
		obj := scope.Lookup(name)
		switch obj := obj.(type) {
		case *types.Const:
			val := obj.Val().String()
			if obj.Val().Kind() == constant.Int {
				val = obj.Val().ExactString()
			}
			fmt.Printf("const %s %s = %s", name, str(obj.Type()), val)
			if b, ok := obj.Type().(*types.Basic); !ok || b.Info()&types.IsUntyped == 0 {
				fmt.Print(layout(obj.Type()))
			}
			fmt.Println()
		case *types.Var:
			fmt.Printf("var %s %s", name, str(obj.Type()))
			if !generic(obj.Type()) {
				fmt.Print(layout(obj.Type()))
			}
			fmt.Println()
		case *types.Func:
			fmt.Printf("func %s %s", name, str(obj.Type()))
			if !generic(obj.Type()) {
				fmt.Print(layout(obj.Type()))
			}
			fmt.Println()
		case *types.TypeName:
			t := obj.Type()
			if a, ok := t.(*types.Alias); ok {
				fmt.Printf("type %s = %s", name, str(a.Rhs()))
			} else {
				fmt.Printf("type %s %s", name, str(t.Underlying()))
			}
			if generic(t) {
				fmt.Println()
				continue
			}
			fmt.Print(layout(t))
			fmt.Println()
			if st, ok := t.Underlying().(*types.Struct); ok {
				fields := make([]*types.Var, st.NumFields())
				for i := range fields {
					fields[i] = st.Field(i)
				}
				offsets := sizes.Offsetsof(fields)
				for i, f := range fields {
					fmt.Printf("\tfield %s %s offset=%d%s\n", f.Name(), str(f.Type()),
						offsets[i], layout(f.Type()))
				}
			}
		}
	}
}

// unalias rebuilds t with every alias (at any depth) replaced by the type
// it denotes; instances of generic types are instantiated again with
// unaliased arguments.
func unalias(t types.Type) types.Type {
	switch t := t.(type) {
	case *types.Alias:
		if t.Obj().Pkg() == nil && t.Obj().Name() == "any" {
			return t // goesc prints the universe's any by name, like types2
		}
		return unalias(types.Unalias(t))
	case *types.Pointer:
		return types.NewPointer(unalias(t.Elem()))
	case *types.Slice:
		return types.NewSlice(unalias(t.Elem()))
	case *types.Array:
		return types.NewArray(unalias(t.Elem()), t.Len())
	case *types.Map:
		return types.NewMap(unalias(t.Key()), unalias(t.Elem()))
	case *types.Chan:
		return types.NewChan(t.Dir(), unalias(t.Elem()))
	case *types.Tuple:
		return unaliasTuple(t)
	case *types.Signature:
		if t.TypeParams().Len() > 0 {
			return t // printed with its parameters; no aliases in practice
		}
		return types.NewSignatureType(nil, nil, nil, unaliasTuple(t.Params()),
			unaliasTuple(t.Results()), t.Variadic())
	case *types.Struct:
		fields := make([]*types.Var, t.NumFields())
		tags := make([]string, t.NumFields())
		for i := range fields {
			f := t.Field(i)
			fields[i] = types.NewField(f.Pos(), f.Pkg(), f.Name(), unalias(f.Type()), f.Embedded())
			tags[i] = t.Tag(i)
		}
		return types.NewStruct(fields, tags)
	case *types.Interface:
		methods := make([]*types.Func, t.NumExplicitMethods())
		for i := range methods {
			m := t.ExplicitMethod(i)
			sig := m.Type().(*types.Signature)
			nsig := types.NewSignatureType(sig.Recv(), nil, nil, unaliasTuple(sig.Params()),
				unaliasTuple(sig.Results()), sig.Variadic())
			methods[i] = types.NewFunc(m.Pos(), m.Pkg(), m.Name(), nsig)
		}
		embeddeds := make([]types.Type, t.NumEmbeddeds())
		for i := range embeddeds {
			embeddeds[i] = unalias(t.EmbeddedType(i))
		}
		return types.NewInterfaceType(methods, embeddeds)
	case *types.Union:
		terms := make([]*types.Term, t.Len())
		for i := range terms {
			terms[i] = types.NewTerm(t.Term(i).Tilde(), unalias(t.Term(i).Type()))
		}
		return types.NewUnion(terms)
	case *types.Named:
		if t.TypeArgs().Len() == 0 {
			return t
		}
		args := make([]types.Type, t.TypeArgs().Len())
		for i := range args {
			args[i] = unalias(t.TypeArgs().At(i))
		}
		inst, err := types.Instantiate(nil, t.Origin(), args, false)
		if err != nil {
			return t
		}
		return inst
	}
	return t
}

func unaliasTuple(t *types.Tuple) *types.Tuple {
	if t == nil {
		return nil
	}
	vars := make([]*types.Var, t.Len())
	for i := range vars {
		v := t.At(i)
		vars[i] = types.NewParam(v.Pos(), v.Pkg(), v.Name(), unalias(v.Type()))
	}
	return types.NewTuple(vars...)
}
