// os.cpp — the os package's natives: arguments, exit, environment, process
// ids, and thin system calls that return a Linux errno (0 = success) for the
// Go code around them to turn into *PathError / *SyscallError values.
//
// Invariants: system calls are retried on EINTR (Go's ignoringEINTR); a
// native that returns a []string allocates the array first and keeps it
// alive (ctx.keepAlive) while it allocates the strings stored into it.
#include <cerrno>
#include <climits>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <sys/utsname.h>
#include <unistd.h>

#include "stdlib/natives/internal.h"

extern char** environ;

namespace gomini::stdlib::natives {

namespace {

// A C string for a Go string: EINVAL-style failure if it contains NUL.
bool cstr(std::string_view s, std::string& out) {
    if (s.find('\0') != std::string_view::npos) return false;
    out.assign(s);
    return true;
}

GoSlice newStringSlice(NativeCtx& ctx, const std::vector<std::string>& v) {
    if (v.empty()) return GoSlice{nullptr, 0, 0};
    const RType* st = ctx.typeByName("string");
    auto* arr = static_cast<GoString*>(ctx.allocArray(st, static_cast<int64_t>(v.size())));
    ctx.keepAlive(arr);
    for (size_t i = 0; i < v.size(); i++) arr[i] = ctx.newString(v[i]);
    return GoSlice{arr, static_cast<int64_t>(v.size()), static_cast<int64_t>(v.size())};
}

void nRuntimeArgs(NativeCtx& ctx, uint64_t* s) { retSlice(s, 0, newStringSlice(ctx, ctx.args())); }

void nExit(NativeCtx& ctx, uint64_t* s) { ctx.exit(static_cast<int>(argInt(s, 0))); }

void nLookupEnv(NativeCtx& ctx, uint64_t* s) {
    std::string key;
    const char* v = nullptr;
    if (cstr(argStr(s, 0), key) && !key.empty()) v = std::getenv(key.c_str());
    retStr(s, 0, ctx.newString(v ? std::string_view(v) : std::string_view()));
    retBool(s, 2, v != nullptr);
}

void nSetenv(NativeCtx&, uint64_t* s) {
    std::string key, value;
    bool okKey = cstr(argStr(s, 0), key);
    bool okVal = cstr(argStr(s, 2), value);
    bool unset = argBool(s, 4);
    int e = 0;
    if (!okKey || key.empty() || key.find('=') != std::string::npos || (!unset && !okVal)) {
        e = EINVAL;
    } else if (unset) {
        if (::unsetenv(key.c_str()) != 0) e = errno;
    } else if (::setenv(key.c_str(), value.c_str(), 1) != 0) {
        e = errno;
    }
    retInt(s, 0, e);
}

void nEnviron(NativeCtx& ctx, uint64_t* s) {
    std::vector<std::string> v;
    for (char** p = environ; p && *p; p++) v.emplace_back(*p);
    retSlice(s, 0, newStringSlice(ctx, v));
}

void nClearenv(NativeCtx&, uint64_t*) { ::clearenv(); }
void nGetpid(NativeCtx&, uint64_t* s) { retInt(s, 0, ::getpid()); }
void nGetppid(NativeCtx&, uint64_t* s) { retInt(s, 0, ::getppid()); }

void nHostname(NativeCtx& ctx, uint64_t* s) {
    struct utsname u;
    int e = ::uname(&u) == 0 ? 0 : errno;
    retStr(s, 0, ctx.newString(e == 0 ? std::string_view(u.nodename) : std::string_view()));
    retInt(s, 2, e);
}

void nGetwd(NativeCtx& ctx, uint64_t* s) {
    std::string buf(PATH_MAX + 1, '\0');
    int e = 0;
    if (::getcwd(buf.data(), buf.size()) == nullptr)
        e = errno;
    else
        buf.resize(std::strlen(buf.c_str()));
    retStr(s, 0, ctx.newString(e == 0 ? std::string_view(buf) : std::string_view()));
    retInt(s, 2, e);
}

void nErrnoText(NativeCtx& ctx, uint64_t* s) {
    int64_t e = argInt(s, 0);
    std::string text;
    // Go's table (syscall/zerrors_linux_amd64.go) covers errnos 1..132 with glibc's
    // texts, first letter in lower case; one text differs.
    if (e == 116) {
        text = "stale NFS file handle";
    } else if (e > 0 && e <= 132) {
        const char* m = ::strerrordesc_np(static_cast<int>(e));
        if (m) {
            text = m;
            bool acronym = text.size() > 1 && text[1] >= 'A' && text[1] <= 'Z';  // "RPC ..." keeps its case
            if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z' && !acronym)
                text[0] = static_cast<char>(text[0] - 'A' + 'a');
        }
    }
    if (text.empty()) text = "errno " + std::to_string(e);
    retStr(s, 0, ctx.newString(text));
}

void nOpen(NativeCtx&, uint64_t* s) {
    std::string name;
    bool ok = cstr(argStr(s, 0), name);
    int flag = static_cast<int>(argInt(s, 2));
    mode_t perm = static_cast<mode_t>(argUint(s, 3) & 07777);
    int fd = -1, e = 0;
    if (!ok) {
        e = EINVAL;
    } else {
        do {
            fd = ::open(name.c_str(), flag | O_CLOEXEC, perm);
        } while (fd < 0 && errno == EINTR);
        if (fd < 0) e = errno;
    }
    retInt(s, 0, fd < 0 ? -1 : fd);
    retInt(s, 1, e);
}

void nRead(NativeCtx&, uint64_t* s) {
    int fd = static_cast<int>(argInt(s, 0));
    GoSlice b = argSlice(s, 1);
    ssize_t n;
    do {
        n = ::read(fd, b.ptr, static_cast<size_t>(b.len));
    } while (n < 0 && errno == EINTR);
    int e = n < 0 ? errno : 0;
    retInt(s, 0, n < 0 ? 0 : n);
    retInt(s, 1, e);
}

void nWrite(NativeCtx&, uint64_t* s) {
    int fd = static_cast<int>(argInt(s, 0));
    GoSlice b = argSlice(s, 1);
    const char* p = static_cast<const char*>(b.ptr);
    int64_t done = 0;
    int e = 0;
    while (done < b.len) {
        ssize_t n = ::write(fd, p + done, static_cast<size_t>(b.len - done));
        if (n < 0) {
            if (errno == EINTR || errno == EAGAIN) continue;
            e = errno;
            break;
        }
        done += n;
    }
    retInt(s, 0, done);
    retInt(s, 1, e);
}

void nClose(NativeCtx&, uint64_t* s) {
    int fd = static_cast<int>(argInt(s, 0));
    int e = ::close(fd) == 0 ? 0 : errno;
    if (e == EINTR) e = 0;
    retInt(s, 0, e);
}

void nSeek(NativeCtx&, uint64_t* s) {
    int fd = static_cast<int>(argInt(s, 0));
    off_t off = static_cast<off_t>(argInt(s, 1));
    int whence = static_cast<int>(argInt(s, 2));
    off_t r = ::lseek(fd, off, whence);
    retInt(s, 0, r < 0 ? 0 : r);
    retInt(s, 1, r < 0 ? errno : 0);
}

int retryErr(int rc) { return rc == 0 ? 0 : errno; }

void nRemove(NativeCtx&, uint64_t* s) {
    std::string name;
    if (!cstr(argStr(s, 0), name)) {
        retInt(s, 0, EINVAL);
        return;
    }
    int e;
    do e = retryErr(::unlink(name.c_str()));
    while (e == EINTR);
    if (e != 0) {
        int e1;
        do e1 = retryErr(::rmdir(name.c_str()));
        while (e1 == EINTR);
        if (e1 == 0)
            e = 0;
        else if (e1 != ENOTDIR)
            e = e1;
    }
    retInt(s, 0, e);
}

void nRename(NativeCtx&, uint64_t* s) {
    std::string from, to;
    if (!cstr(argStr(s, 0), from) || !cstr(argStr(s, 2), to)) {
        retInt(s, 0, EINVAL);
        return;
    }
    retInt(s, 0, retryErr(::rename(from.c_str(), to.c_str())));
}

void nMkdir(NativeCtx&, uint64_t* s) {
    std::string name;
    mode_t perm = static_cast<mode_t>(argUint(s, 2) & 07777);
    if (!cstr(argStr(s, 0), name)) {
        retInt(s, 0, EINVAL);
        return;
    }
    retInt(s, 0, retryErr(::mkdir(name.c_str(), perm)));
}

}  // namespace

void registerOs() {
    vm::registerNative("os.runtimeArgs", nRuntimeArgs);
    vm::registerNative("os.Exit", nExit);
    vm::registerNative("os.LookupEnv", nLookupEnv);
    vm::registerNative("os.sysSetenv", nSetenv);
    vm::registerNative("os.Environ", nEnviron);
    vm::registerNative("os.Clearenv", nClearenv);
    vm::registerNative("os.Getpid", nGetpid);
    vm::registerNative("os.Getppid", nGetppid);
    vm::registerNative("os.sysHostname", nHostname);
    vm::registerNative("os.sysGetwd", nGetwd);
    vm::registerNative("os.errnoText", nErrnoText);
    vm::registerNative("os.sysOpen", nOpen);
    vm::registerNative("os.sysRead", nRead);
    vm::registerNative("os.sysWrite", nWrite);
    vm::registerNative("os.sysClose", nClose);
    vm::registerNative("os.sysSeek", nSeek);
    vm::registerNative("os.sysRemove", nRemove);
    vm::registerNative("os.sysRename", nRename);
    vm::registerNative("os.sysMkdir", nMkdir);
}

}  // namespace gomini::stdlib::natives
