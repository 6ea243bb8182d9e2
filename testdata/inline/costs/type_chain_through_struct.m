./type_chain_through_struct.go:18:6: can inline build
./type_chain_through_struct.go:26:6: can inline local
./type_chain_through_struct.go:31:6: can inline main
./type_chain_through_struct.go:32:14: inlining call to build
./type_chain_through_struct.go:33:11: inlining call to local
