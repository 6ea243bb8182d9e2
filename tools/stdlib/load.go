package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/importer"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
)

// The target: gc on linux/amd64, as the installed toolchain builds it. The
// environment is pinned so that the output does not depend on the caller's
// settings (GOFLAGS, GOAMD64, a GOEXPERIMENT, cgo).
var goEnv = []string{
	"GOOS=linux", "GOARCH=amd64", "GOAMD64=v1", "GOEXPERIMENT=",
	"GOFLAGS=", "CGO_ENABLED=0", "GO111MODULE=off", "GOWORK=off",
}

var gcSizes = types.SizesFor("gc", "amd64")

// pkgInfo is one standard package, parsed and type-checked from source.
type pkgInfo struct {
	path  string
	name  string
	dir   string
	full  bool // every exported declaration is modeled (else only what others need)
	files []*ast.File
	types *types.Package
	info  *types.Info

	// decls maps each function and method object to its declaration.
	decls map[*types.Func]*ast.FuncDecl
	// noescape holds the body-less functions marked //go:noescape.
	noescape map[*types.Func]bool
}

// goCommand runs the go command with the pinned environment in dir and
// returns its combined output.
func goCommand(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), goEnv...)
	var out bytes.Buffer
	cmd.Stdout = &out
	cmd.Stderr = &out
	err := cmd.Run()
	return out.Bytes(), err
}

type listedPackage struct {
	ImportPath string
	Name       string
	Dir        string
	GoFiles    []string
	CgoFiles   []string
	Error      *struct{ Err string }
}

// goList asks the go command for the files that make up each package on
// linux/amd64 (build constraints applied).
func goList(paths []string) (map[string]*listedPackage, error) {
	tmp, err := os.MkdirTemp("", "goesc-stdlib-list")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(tmp)
	out, err := goCommand(tmp, append([]string{"list", "-json"}, paths...)...)
	if err != nil {
		return nil, fmt.Errorf("go list: %v\n%s", err, out)
	}
	res := map[string]*listedPackage{}
	dec := json.NewDecoder(bytes.NewReader(out))
	for dec.More() {
		var p listedPackage
		if err := dec.Decode(&p); err != nil {
			return nil, fmt.Errorf("go list output: %v", err)
		}
		if p.Error != nil {
			return nil, fmt.Errorf("go list %s: %s", p.ImportPath, p.Error.Err)
		}
		if len(p.CgoFiles) > 0 {
			return nil, fmt.Errorf("%s has cgo files; the generator does not handle them", p.ImportPath)
		}
		pp := p
		res[p.ImportPath] = &pp
	}
	return res, nil
}

// loadPackages parses and type-checks each package from its source.
// Dependencies come from gc export data, through one shared importer.
func (g *generator) loadPackages(paths []string) error {
	var todo []string
	for _, p := range paths {
		if _, ok := g.pkgs[p]; !ok && p != "unsafe" {
			todo = append(todo, p)
		}
	}
	if len(todo) == 0 {
		return nil
	}
	listed, err := goList(todo)
	if err != nil {
		return err
	}
	sort.Strings(todo)
	for _, path := range todo {
		lp := listed[path]
		if lp == nil {
			return fmt.Errorf("go list did not report %s", path)
		}
		pi := &pkgInfo{path: path, name: lp.Name, dir: lp.Dir, full: g.fullSet[path]}
		for _, f := range lp.GoFiles {
			file, err := parser.ParseFile(g.fset, filepath.Join(lp.Dir, f), nil, parser.ParseComments|parser.SkipObjectResolution)
			if err != nil {
				return err
			}
			pi.files = append(pi.files, file)
		}
		pi.info = &types.Info{
			Defs:  map[*ast.Ident]types.Object{},
			Types: map[ast.Expr]types.TypeAndValue{},
		}
		conf := types.Config{
			Importer:    g.importer,
			Sizes:       gcSizes,
			GoVersion:   "",
			FakeImportC: true,
			// Standard packages use //go:linkname and friends; we only
			// want their declarations, so errors in bodies would not
			// matter, but there should be none.
			Error: func(err error) {},
		}
		tp, err := conf.Check(path, g.fset, pi.files, pi.info)
		if err != nil {
			return fmt.Errorf("type-checking %s: %v", path, err)
		}
		pi.types = tp
		pi.decls = map[*types.Func]*ast.FuncDecl{}
		pi.noescape = map[*types.Func]bool{}
		for _, file := range pi.files {
			for _, d := range file.Decls {
				fd, ok := d.(*ast.FuncDecl)
				if !ok {
					continue
				}
				fn, _ := pi.info.Defs[fd.Name].(*types.Func)
				if fn == nil {
					continue
				}
				pi.decls[fn] = fd
				if fd.Body == nil && hasDirective(fd.Doc, "//go:noescape") {
					pi.noescape[fn] = true
				}
			}
		}
		g.pkgs[path] = pi
		logf("loaded %s (%d files)", path, len(pi.files))
	}
	return nil
}

func hasDirective(doc *ast.CommentGroup, dir string) bool {
	if doc == nil {
		return false
	}
	for _, c := range doc.List {
		if c.Text == dir || strings.HasPrefix(c.Text, dir+" ") {
			return true
		}
	}
	return false
}

func newImporter(fset *token.FileSet) types.Importer {
	return importer.ForCompiler(fset, "gc", nil)
}

// goVersion is the version the data is generated from: the toolchain that
// runs this program must be the one on $PATH that compiles the packages.
func goVersion() (string, error) {
	out, err := goCommand(os.TempDir(), "env", "GOVERSION")
	if err != nil {
		return "", fmt.Errorf("go env GOVERSION: %v\n%s", err, out)
	}
	v := strings.TrimSpace(string(out))
	if v != runtime.Version() {
		return "", fmt.Errorf("the go on $PATH is %s but this generator runs on %s; run it with the same toolchain", v, runtime.Version())
	}
	return v, nil
}
