./type_switch_var_pos.go:5:6: can inline typeswitch
./type_switch_var_pos.go:20:6: can inline main
