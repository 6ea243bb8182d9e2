./comma_ok_iface.go:9:6: can inline e0
./comma_ok_iface.go:10:6: can inline e1
./comma_ok_iface.go:11:6: can inline e2
./comma_ok_iface.go:12:6: can inline e3
./comma_ok_iface.go:13:6: can inline r3
./comma_ok_iface.go:14:6: can inline m3
./comma_ok_iface.go:15:6: can inline s3
./comma_ok_iface.go:17:6: can inline main
