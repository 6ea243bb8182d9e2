./type_switch_var_pos_types.go:9:6: can inline typeswitch
./type_switch_var_pos_types.go:34:6: can inline main
