// Package os provides a platform-independent interface to operating system
// functionality.
//
// gomini: a small subset (Linux): Args, Exit, the environment, process
// ids, Stdin/Stdout/Stderr and files opened by name, ReadFile/WriteFile,
// Remove, Mkdir, Getwd. The system calls are natives named sys*; they
// return a Linux errno number instead of an error value, and the Go code
// here builds the *PathError. Not provided: Stat/FileInfo, directories
// listing, processes, signals.
package os

import (
	"errors"
	"io"
)

// Args hold the command-line arguments, starting with the program name.
var Args []string = runtimeArgs()

// runtimeArgs returns the program's arguments (the .go file's name first).
func runtimeArgs() []string

// Exit causes the current program to exit with the given status code.
// Conventionally, code zero indicates success, non-zero an error. The
// program terminates immediately; deferred functions are not run.
func Exit(code int)

// Getenv retrieves the value of the environment variable named by the key.
// It returns the value, which will be empty if the variable is not present.
func Getenv(key string) string {
	v, _ := LookupEnv(key)
	return v
}

// LookupEnv retrieves the value of the environment variable named by the
// key. If the variable is present in the environment the value (which may
// be empty) is returned and the boolean is true.
func LookupEnv(key string) (string, bool)

// sysSetenv sets (unset: removes) an environment variable; errno result.
func sysSetenv(key, value string, unset bool) int

// Setenv sets the value of the environment variable named by the key.
func Setenv(key, value string) error {
	if e := sysSetenv(key, value, false); e != 0 {
		return &SyscallError{Syscall: "setenv", Err: errno(e)}
	}
	return nil
}

// Unsetenv unsets a single environment variable.
func Unsetenv(key string) error {
	if e := sysSetenv(key, "", true); e != 0 {
		return &SyscallError{Syscall: "unsetenv", Err: errno(e)}
	}
	return nil
}

// Environ returns a copy of strings representing the environment, in the
// form "key=value".
func Environ() []string

// Clearenv deletes all environment variables.
func Clearenv()

// Getpid returns the process id of the caller.
func Getpid() int

// Getppid returns the process id of the caller's parent.
func Getppid() int

// sysHostname returns the host name and an errno.
func sysHostname() (name string, e int)

// Hostname returns the host name reported by the kernel.
func Hostname() (name string, err error) {
	name, e := sysHostname()
	if e != 0 {
		return "", NewSyscallError("uname", errno(e))
	}
	return name, nil
}

// sysGetwd returns the current directory and an errno.
func sysGetwd() (dir string, e int)

// Getwd returns a rooted path name corresponding to the current directory.
func Getwd() (dir string, err error) {
	dir, e := sysGetwd()
	if e != 0 {
		return "", NewSyscallError("getwd", errno(e))
	}
	return dir, nil
}

// TempDir returns the default directory to use for temporary files: $TMPDIR
// if non-empty, else /tmp.
func TempDir() string {
	dir := Getenv("TMPDIR")
	if dir == "" {
		dir = "/tmp"
	}
	return dir
}

// --- Errors ---

// Portable analogs of some common system call errors.
var (
	ErrInvalid    = errors.New("invalid argument")
	ErrPermission = errors.New("permission denied")
	ErrExist      = errors.New("file already exists")
	ErrNotExist   = errors.New("file does not exist")
	ErrClosed     = errors.New("file already closed")
)

// PathError records an error and the operation and file path that caused it.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// SyscallError records an error from a specific system call.
type SyscallError struct {
	Syscall string
	Err     error
}

func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError returns, as an error, a new SyscallError with the given
// system call name and error details. If err is nil, NewSyscallError
// returns nil.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// Linux errno values the Go code needs to recognise.
const (
	ePERM      = 1
	eNOENT     = 2
	eACCES     = 13
	eEXIST     = 17
	eNOTEMPTY  = 39
	eNOSYS     = 38
	eOPNOTSUPP = 95
)

// errno is a Linux error number, as Go's syscall.Errno.
type errno uintptr

// errnoText returns Go's text for an errno ("no such file or directory").
func errnoText(e int) string

func (e errno) Error() string { return errnoText(int(e)) }

// Is makes errors.Is(err, fs.ErrNotExist) and friends work on errnos.
func (e errno) Is(target error) bool {
	switch target {
	case ErrPermission:
		return e == eACCES || e == ePERM
	case ErrExist:
		return e == eEXIST || e == eNOTEMPTY
	case ErrNotExist:
		return e == eNOENT
	case errors.ErrUnsupported:
		return e == eNOSYS || e == eOPNOTSUPP
	}
	return false
}

// underlyingError returns the error wrapped by the os error types.
func underlyingError(err error) error {
	switch e := err.(type) {
	case *PathError:
		return e.Err
	case *SyscallError:
		return e.Err
	}
	return err
}

func underlyingErrorIs(err, target error) bool {
	err = underlyingError(err)
	if err == target {
		return true
	}
	e, ok := err.(errno)
	return ok && e.Is(target)
}

// IsExist reports whether err is known to report that a file or directory
// already exists. New code should use errors.Is(err, fs.ErrExist).
func IsExist(err error) bool { return underlyingErrorIs(err, ErrExist) }

// IsNotExist reports whether err is known to report that a file or
// directory does not exist. New code should use errors.Is(err, fs.ErrNotExist).
func IsNotExist(err error) bool { return underlyingErrorIs(err, ErrNotExist) }

// IsPermission reports whether err is known to report that permission is
// denied. New code should use errors.Is(err, fs.ErrPermission).
func IsPermission(err error) bool { return underlyingErrorIs(err, ErrPermission) }

// --- Files ---

// A FileMode represents a file's mode and permission bits.
type FileMode uint32

// The defined file mode bits are the most significant bits of the FileMode.
const (
	ModeDir        FileMode = 1 << (32 - 1 - iota) // d: is a directory
	ModeAppend                                     // a: append-only
	ModeExclusive                                  // l: exclusive use
	ModeTemporary                                  // T: temporary file; Plan 9 only
	ModeSymlink                                    // L: symbolic link
	ModeDevice                                     // D: device file
	ModeNamedPipe                                  // p: named pipe (FIFO)
	ModeSocket                                     // S: Unix domain socket
	ModeSetuid                                     // u: setuid
	ModeSetgid                                     // g: setgid
	ModeCharDevice                                 // c: Unix character device, when ModeDevice is set
	ModeSticky                                     // t: sticky
	ModeIrregular                                  // ?: non-regular file; nothing else is known about this file

	// Mask for the type bits. For regular files, none will be set.
	ModeType = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular

	ModePerm FileMode = 0777 // Unix permission bits
)

func (m FileMode) String() string {
	const str = "dalTLDpSugct?"
	var buf [32]byte // Mode is uint32.
	w := 0
	for i, c := range str {
		if m&(1<<uint(32-1-i)) != 0 {
			buf[w] = byte(c)
			w++
		}
	}
	if w == 0 {
		buf[w] = '-'
		w++
	}
	const rwx = "rwxrwxrwx"
	for i, c := range rwx {
		if m&(1<<uint(9-1-i)) != 0 {
			buf[w] = byte(c)
		} else {
			buf[w] = '-'
		}
		w++
	}
	return string(buf[:w])
}

// IsDir reports whether m describes a directory.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m describes a regular file.
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm returns the Unix permission bits in m (m & ModePerm).
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type returns type bits in m (m & ModeType).
func (m FileMode) Type() FileMode { return m & ModeType }

// Flags to OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// File represents an open file descriptor. The methods of File are safe
// for concurrent use.
type File struct {
	fd     int
	name   string
	closed bool
}

// The system calls on descriptors. n < 0 never happens; e is an errno.
func sysOpen(name string, flag int, perm uint32) (fd int, e int)
func sysRead(fd int, b []byte) (n int, e int)
func sysWrite(fd int, b []byte) (n int, e int) // writes all of b unless an error occurs
func sysClose(fd int) (e int)
func sysSeek(fd int, offset int64, whence int) (off int64, e int)
func sysRemove(name string) (e int) // unlink, or rmdir for a directory
func sysRename(from, to string) (e int)
func sysMkdir(name string, perm uint32) (e int)

// Stdin, Stdout, and Stderr are open Files pointing to the standard input,
// standard output, and standard error file descriptors.
var (
	Stdin  = NewFile(0, "/dev/stdin")
	Stdout = NewFile(1, "/dev/stdout")
	Stderr = NewFile(2, "/dev/stderr")
)

// NewFile returns a new File with the given file descriptor and name.
func NewFile(fd uintptr, name string) *File {
	if int(fd) < 0 {
		return nil
	}
	return &File{fd: int(fd), name: name}
}

// Name returns the name of the file as presented to Open.
func (f *File) Name() string { return f.name }

// Fd returns the integer Unix file descriptor referencing the open file.
func (f *File) Fd() uintptr {
	if f == nil {
		return ^uintptr(0)
	}
	return uintptr(f.fd)
}

// checkValid reports ErrInvalid for a nil File and ErrClosed for a closed one.
func (f *File) checkValid(op string) error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: op, Path: f.name, Err: ErrClosed}
	}
	return nil
}

// wrapErr builds the *PathError for errno e of operation op.
func (f *File) wrapErr(op string, e int) error {
	return &PathError{Op: op, Path: f.name, Err: errno(e)}
}

// Read reads up to len(b) bytes from the File and stores them in b. It
// returns the number of bytes read and any error encountered. At end of
// file, Read returns 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, e := sysRead(f.fd, b)
	if e != 0 {
		return n, f.wrapErr("read", e)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes len(b) bytes from b to the File. It returns the number of
// bytes written and an error, if any. Write returns a non-nil error when
// n != len(b).
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, e := sysWrite(f.fd, b)
	if e != 0 {
		return n, f.wrapErr("write", e)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString is like Write, but writes the contents of string s rather
// than a slice of bytes.
func (f *File) WriteString(s string) (n int, err error) {
	return f.Write([]byte(s))
}

// Seek sets the offset for the next Read or Write on file to offset,
// interpreted according to whence: 0 means relative to the origin of the
// file, 1 means relative to the current offset, and 2 means relative to
// the end. It returns the new offset and an error, if any.
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	off, e := sysSeek(f.fd, offset, whence)
	if e != 0 {
		return 0, f.wrapErr("seek", e)
	}
	return off, nil
}

// Close closes the File, rendering it unusable for I/O.
func (f *File) Close() error {
	if f == nil {
		return ErrInvalid
	}
	if f.closed {
		return &PathError{Op: "close", Path: f.name, Err: ErrClosed}
	}
	f.closed = true
	if e := sysClose(f.fd); e != 0 {
		return f.wrapErr("close", e)
	}
	return nil
}

// OpenFile is the generalized open call: it opens the named file with the
// specified flag (O_RDONLY etc.), creating it with mode perm (before umask)
// if O_CREATE is given.
func OpenFile(name string, flag int, perm FileMode) (*File, error) {
	fd, e := sysOpen(name, flag, uint32(perm.Perm()))
	if e != 0 {
		return nil, &PathError{Op: "open", Path: name, Err: errno(e)}
	}
	return NewFile(uintptr(fd), name), nil
}

// Open opens the named file for reading.
func Open(name string) (*File, error) {
	return OpenFile(name, O_RDONLY, 0)
}

// Create creates or truncates the named file, with mode 0666 (before umask).
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// ReadFile reads the named file and returns the contents. A successful
// call returns err == nil, not err == EOF.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	data := make([]byte, 0, 512)
	for {
		if len(data) == cap(data) {
			data = append(data, 0)[:len(data)]
		}
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
	}
}

// WriteFile writes data to the named file, creating it if necessary (with
// permissions perm, before umask) or truncating it.
func WriteFile(name string, data []byte, perm FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the named file or (empty) directory.
func Remove(name string) error {
	if e := sysRemove(name); e != 0 {
		return &PathError{Op: "remove", Path: name, Err: errno(e)}
	}
	return nil
}

// LinkError records an error during a link or symlink or rename system
// call and the paths that caused it.
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string {
	return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error()
}

func (e *LinkError) Unwrap() error { return e.Err }

// Rename renames (moves) oldpath to newpath.
func Rename(oldpath, newpath string) error {
	if e := sysRename(oldpath, newpath); e != 0 {
		return &LinkError{"rename", oldpath, newpath, errno(e)}
	}
	return nil
}

// Mkdir creates a new directory with the specified name and permission
// bits (before umask).
func Mkdir(name string, perm FileMode) error {
	if e := sysMkdir(name, uint32(perm.Perm())); e != 0 {
		return &PathError{Op: "mkdir", Path: name, Err: errno(e)}
	}
	return nil
}
