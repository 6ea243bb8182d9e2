./binary_byte_order.go:5:6: can inline littleEndian
./binary_byte_order.go:7:6: can inline appendBig
./binary_byte_order.go:9:6: can inline main
./binary_byte_order.go:5:71: inlining call to binary.littleEndian.Uint64
./binary_byte_order.go:7:81: inlining call to binary.bigEndian.AppendUint32
