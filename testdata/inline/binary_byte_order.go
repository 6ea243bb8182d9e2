package main

import "encoding/binary"

func littleEndian(b []byte) uint64 { return binary.LittleEndian.Uint64(b) }

func appendBig(b []byte, v uint32) []byte { return binary.BigEndian.AppendUint32(b, v) }

func main() {}
