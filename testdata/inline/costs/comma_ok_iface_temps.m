./comma_ok_iface_temps.go:5:6: can inline a
./comma_ok_iface_temps.go:14:6: can inline main
