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
// `var s Stringer` where gc says Stringer, goesc says fmt.Stringer); run
// this tool with GODEBUG=gotypesalias=0 to compare like with like.
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
	str := func(t types.Type) string { return types.TypeString(t, qual) }
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
			if obj.IsAlias() {
				fmt.Printf("type %s = %s", name, str(types.Unalias(t)))
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
