./map_in_struct.go:5:6: can inline (*Reg).add
./map_in_struct.go:9:6: can inline main
./map_in_struct.go:12:7: inlining call to (*Reg).add
