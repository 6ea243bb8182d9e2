package main

// string(x) of a slice of a defined byte or rune type is converted to
// []byte or []rune first (string(([]byte)(x))); in a shape instance gc's
// typecheck decides by the shape's element type: go.shape.[]uint8 is
// converted as it is, go.shape.[]main.MyByte through []byte.

type MyByte byte

type MyRune rune

type MyStr string

type NB []MyByte

type Bytes []byte

func bytes[S ~[]byte](x S) string { return string(x) }

func myBytes[S ~[]MyByte](x S) string { return string(x) }

func runes[S ~[]rune](x S) string { return string(x) }

func myRunes[S ~[]MyRune](x S) string { return string(x) }

func named[S ~[]MyByte](x S) MyStr { return MyStr(x) }

func toParam[D ~string, S ~[]MyByte](x S) D { return D(x) }

func union[S ~[]byte | ~string](x S) string { return string(x) }

func fromInt[T ~int32](x T) string { return string(x) }

func inClosure[S ~[]MyRune](x S) func() string {
	return func() string { return string(x) }
}

func sliced[S ~[]MyByte](x S) (string, string) { return string(x), string(x[1:]) }

func deref[S ~[]MyByte](x *S) string { return string(*x) }

func back[S ~string](x S) []MyRune { return []MyRune(x) }

func same[S ~string](x S) MyStr { return MyStr(x) }

// To a type parameter from a type without a name: the dictionary holds
// an itab for the pair, keyed by the source's type (written once here).

func fromBytes[T ~string](x []byte) T { return T(x) }

func fromMyBytes[T ~string](x []MyByte) T { return T(x) }

func fromPointer[P ~*int](x *int) P { return P(x) }

func fromString[T ~[]byte]() T { return T("abc") }

func main() {
	bytes([]byte{})
	bytes(Bytes(nil))
	myBytes(NB{})
	runes([]rune{})
	myRunes([]MyRune{})
	named(NB{})
	toParam[MyStr](NB{})
	union("")
	union([]byte{})
	fromInt(MyRune(1))
	_ = inClosure([]MyRune{})
	sliced(NB{1})
	deref(&NB{})
	back(MyStr(""))
	same("")
	fromBytes[MyStr](nil)
	fromMyBytes[string](nil)
	fromPointer[*int](nil)
	fromString[Bytes]()
}
