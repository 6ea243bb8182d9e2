./generic_embedded_instance_wrappers.go:11:6: can inline (*Box[go.shape.*uint8]).Set
./generic_embedded_instance_wrappers.go:18:6: can inline main
./generic_embedded_instance_wrappers.go:9:6: can inline Box[go.shape.*uint8].Get
./generic_embedded_instance_wrappers.go:11:6: can inline (*Box[*int]).Set
./generic_embedded_instance_wrappers.go:9:6: can inline Box[*int].Get
./generic_embedded_instance_wrappers.go:21:7: inlining call to (*Box[go.shape.*uint8]).Set
./generic_embedded_instance_wrappers.go:11:6: inlining call to (*Box[go.shape.*uint8]).Set
./generic_embedded_instance_wrappers.go:9:6: inlining call to Box[go.shape.*uint8].Get
