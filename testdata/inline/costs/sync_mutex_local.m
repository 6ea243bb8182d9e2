./sync_mutex_local.go:13:6: can inline main
./sync_mutex_local.go:7:9: inlining call to sync.(*Mutex).Lock
./sync_mutex_local.go:9:11: inlining call to sync.(*Mutex).Unlock
./sync_mutex_local.go:7:9: inlining call to sync.(*Mutex).Lock
./sync_mutex_local.go:9:11: inlining call to sync.(*Mutex).Unlock
