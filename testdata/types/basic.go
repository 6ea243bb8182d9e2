package main

var (
	b   bool
	i   int
	i8  int8
	i16 int16
	i32 int32
	i64 int64
	u   uint
	u8  uint8
	u16 uint16
	u32 uint32
	u64 uint64
	up  uintptr
	f32 float32
	f64 float64
	c64 complex64
	c128 complex128
	s   string
	by  byte
	r   rune
	e   error
	a   any
	ei  interface{}
)

func main() {}
