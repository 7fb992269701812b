// gorun.cpp — gomini_gorun, the end-to-end runner for Go programs with recorded expectations.
//
//   gomini_gorun --gomini PATH [--env K=V]... [-j N] [--timeout SEC]
//                [--expect-fail-list FILE]... [--prune] [-v] DIR_OR_FILE...
//
// For every program (every *.go directly inside a DIR, or each FILE given) it runs
// `PATH run [FLAGS] FILE [ARGS]` and checks what real Go recorded in the file
// (format: tests/go/run/README.md):
//   - stdout must equal the trailing `// Output:` block exactly;
//   - the exit status must equal `// Exit: N` (default 0);
//   - every `// Stderr: TEXT` header line must occur as a substring of stderr;
//   - `// Args: a b` (split on blanks), `// Env: K=V` (repeatable) and `// Flags: ...`
//     (split on blanks, placed between `run` and FILE) shape the command.
// Each run has a timeout (default 60 s); on expiry the whole process group is killed.
//
// Expected failures: each --expect-fail-list FILE names programs (one per line, `#` starts a
// comment; an entry matches a program whose path equals it or ends in "/" + entry). A listed
// program that fails is XFAIL and does not fail the run; a listed program that passes is XPASS
// and DOES fail the run, so the lists cannot rot. With --prune the runner instead deletes the
// lines of XPASS programs from the list files (comments and other lines are kept as they are).
// Exit status: 0 when nothing failed or passed unexpectedly, 1 otherwise, 2 on bad usage.
//
// Invariants: programs run in parallel on -j worker threads (default 2); every child gets its
// own process group, stdin from /dev/null, and pipes created close-on-exec so no child holds
// another's pipe open. Between fork and exec the child only calls async-signal-safe functions
// on data prepared before the fork. Captured output is capped (kCapture bytes per stream) so
// a runaway program cannot exhaust memory. Results are printed in input order.
#include <algorithm>
#include <atomic>
#include <cerrno>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <vector>

#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace gomini::gorun {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

constexpr size_t kCapture = 16u << 20;  // bytes kept per stream

// What a program file says about its expected behaviour.
struct Spec {
    std::string path;
    std::vector<std::string> args, env, flags, stderrSubs;
    int exitStatus = 0;
    bool hasOutput = false;
    std::string stdoutWant;
    std::string parseError;  // non-empty: the file is malformed
};

struct Result {
    enum Kind { Pass, Fail, XFail, XPass } kind = Fail;
    std::string message;  // failure explanation (also kept for XFAIL with -v)
};

std::vector<std::string> splitBlanks(const std::string& s) {
    std::vector<std::string> out;
    std::istringstream is(s);
    std::string w;
    while (is >> w) out.push_back(w);
    return out;
}

std::string trim(const std::string& s) {
    size_t b = s.find_first_not_of(" \t\r");
    if (b == std::string::npos) return "";
    size_t e = s.find_last_not_of(" \t\r");
    return s.substr(b, e - b + 1);
}

bool startsWith(const std::string& s, const std::string& p) { return s.compare(0, p.size(), p) == 0; }

Spec parseSpec(const std::string& path) {
    Spec sp;
    sp.path = path;
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        sp.parseError = "cannot read file";
        return sp;
    }
    std::vector<std::string> lines;
    std::string line;
    while (std::getline(in, line)) lines.push_back(line);
    bool inHeader = true;  // header lines are the comments before the package clause
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string& l = lines[i];
        if (inHeader && startsWith(l, "package ")) inHeader = false;
        if (inHeader) {
            if (startsWith(l, "// Exit:")) {
                std::string v = trim(l.substr(8));
                char* end = nullptr;
                long n = std::strtol(v.c_str(), &end, 10);
                if (v.empty() || *end != '\0' || n < 0 || n > 255) sp.parseError = "bad // Exit: line: " + l;
                sp.exitStatus = static_cast<int>(n);
            } else if (startsWith(l, "// Stderr:")) {
                std::string v = trim(l.substr(10));
                if (!v.empty()) sp.stderrSubs.push_back(v);
            } else if (startsWith(l, "// Args:")) {
                auto a = splitBlanks(l.substr(8));
                sp.args.insert(sp.args.end(), a.begin(), a.end());
            } else if (startsWith(l, "// Env:")) {
                std::string v = trim(l.substr(7));
                if (v.find('=') == std::string::npos || v[0] == '=') sp.parseError = "bad // Env: line: " + l;
                else sp.env.push_back(v);
            } else if (startsWith(l, "// Flags:")) {
                auto a = splitBlanks(l.substr(9));
                sp.flags.insert(sp.flags.end(), a.begin(), a.end());
            }
            continue;
        }
        if (l == "// Output:") {
            if (sp.hasOutput) {
                sp.parseError = "more than one // Output: line";
                return sp;
            }
            sp.hasOutput = true;
            for (size_t j = i + 1; j < lines.size(); ++j) {
                const std::string& o = lines[j];
                if (o == "//") {
                    sp.stdoutWant += "\n";
                } else if (startsWith(o, "// ")) {
                    sp.stdoutWant += o.substr(3) + "\n";
                } else if (trim(o).empty() && j + 1 == lines.size()) {
                    break;
                } else {
                    sp.parseError = "line " + std::to_string(j + 1) + " after // Output: is not a // comment";
                    return sp;
                }
            }
            break;
        }
    }
    if (!sp.hasOutput && sp.parseError.empty()) sp.parseError = "no // Output: block";
    return sp;
}

struct RunOutcome {
    std::string out, err;
    int status = -1;      // exit status, or 128+signal
    int signal = 0;       // terminating signal, 0 if exited
    bool timedOut = false;
    std::string spawnError;
};

void setNonBlock(int fd) { fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); }

RunOutcome runProgram(const std::vector<std::string>& argv, const std::vector<std::string>& envv, int timeoutSec) {
    RunOutcome r;
    std::vector<char*> cargv, cenv;
    for (auto& a : argv) cargv.push_back(const_cast<char*>(a.c_str()));
    cargv.push_back(nullptr);
    for (auto& e : envv) cenv.push_back(const_cast<char*>(e.c_str()));
    cenv.push_back(nullptr);

    int outp[2], errp[2];
    if (pipe2(outp, O_CLOEXEC) != 0) {
        r.spawnError = std::string("pipe: ") + std::strerror(errno);
        return r;
    }
    if (pipe2(errp, O_CLOEXEC) != 0) {
        r.spawnError = std::string("pipe: ") + std::strerror(errno);
        close(outp[0]);
        close(outp[1]);
        return r;
    }
    int devnull = open("/dev/null", O_RDONLY | O_CLOEXEC);
    pid_t pid = fork();
    if (pid < 0) {
        r.spawnError = std::string("fork: ") + std::strerror(errno);
        for (int fd : {outp[0], outp[1], errp[0], errp[1], devnull})
            if (fd >= 0) close(fd);
        return r;
    }
    if (pid == 0) {
        // Child: async-signal-safe calls only.
        setpgid(0, 0);
        if (devnull >= 0) dup2(devnull, 0);
        dup2(outp[1], 1);
        dup2(errp[1], 2);
        execve(cargv[0], cargv.data(), cenv.data());
        const char msg[] = "gomini_gorun: exec failed\n";
        ssize_t ignored = write(2, msg, sizeof msg - 1);
        (void)ignored;
        _exit(127);
    }
    setpgid(pid, pid);  // also from the parent, so the group exists before any kill
    close(outp[1]);
    close(errp[1]);
    if (devnull >= 0) close(devnull);
    setNonBlock(outp[0]);
    setNonBlock(errp[0]);

    auto deadline = Clock::now() + std::chrono::seconds(timeoutSec);
    auto killGroup = [&] {
        kill(-pid, SIGKILL);
        kill(pid, SIGKILL);
    };
    int fds[2] = {outp[0], errp[0]};
    std::string* bufs[2] = {&r.out, &r.err};
    char chunk[65536];
    while (fds[0] >= 0 || fds[1] >= 0) {
        auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - Clock::now()).count();
        if (left <= 0 && !r.timedOut) {
            r.timedOut = true;
            killGroup();
        }
        pollfd pfd[2];
        int n = 0, idx[2];
        for (int k = 0; k < 2; ++k)
            if (fds[k] >= 0) {
                pfd[n] = {fds[k], POLLIN, 0};
                idx[n++] = k;
            }
        // After a kill, descendants that escaped the group could keep a pipe open: give up after 5 s.
        int wait = r.timedOut ? 5000 : static_cast<int>(std::min<long long>(left, 1000));
        int pr = poll(pfd, n, wait);
        if (pr < 0) {
            if (errno == EINTR) continue;
            break;
        }
        if (pr == 0) {
            if (r.timedOut) break;
            continue;
        }
        for (int q = 0; q < n; ++q) {
            if (!(pfd[q].revents & (POLLIN | POLLHUP | POLLERR))) continue;
            int k = idx[q];
            ssize_t got = read(fds[k], chunk, sizeof chunk);
            if (got > 0) {
                size_t room = kCapture > bufs[k]->size() ? kCapture - bufs[k]->size() : 0;
                bufs[k]->append(chunk, std::min(room, static_cast<size_t>(got)));
            } else if (got == 0 || (errno != EAGAIN && errno != EINTR)) {
                close(fds[k]);
                fds[k] = -1;
            }
        }
    }
    for (int fd : fds)
        if (fd >= 0) close(fd);
    // Both streams are closed; the child may still be running (it could have closed them itself).
    int st = 0;
    for (;;) {
        pid_t w = waitpid(pid, &st, WNOHANG);
        if (w == pid) break;
        if (w < 0 && errno != EINTR) {
            st = 0;
            break;
        }
        if (!r.timedOut && Clock::now() >= deadline) {
            r.timedOut = true;
            killGroup();
        }
        usleep(2000);
    }
    if (WIFEXITED(st)) {
        r.status = WEXITSTATUS(st);
    } else if (WIFSIGNALED(st)) {
        r.signal = WTERMSIG(st);
        r.status = 128 + r.signal;
    }
    return r;
}

std::vector<std::string> splitLines(const std::string& s) {
    std::vector<std::string> out;
    size_t b = 0;
    while (b < s.size()) {
        size_t e = s.find('\n', b);
        if (e == std::string::npos) {
            out.push_back(s.substr(b) + "  <no newline at end>");
            break;
        }
        out.push_back(s.substr(b, e - b));
        b = e + 1;
    }
    return out;
}

std::string excerpt(const std::string& s, size_t maxLines = 12) {
    auto lines = splitLines(s);
    std::string out;
    for (size_t i = 0; i < lines.size() && i < maxLines; ++i) out += "      | " + lines[i] + "\n";
    if (lines.size() > maxLines) out += "      | ... (" + std::to_string(lines.size() - maxLines) + " more lines)\n";
    return out;
}

// A diff-style report of stdout: the lines around the first difference, '-' want, '+' got.
std::string diffOutput(const std::string& want, const std::string& got) {
    auto w = splitLines(want), g = splitLines(got);
    size_t i = 0;
    while (i < w.size() && i < g.size() && w[i] == g[i]) ++i;
    std::ostringstream os;
    os << "    stdout differs at line " << (i + 1) << " (want " << w.size() << " lines, got " << g.size()
       << "):\n";
    size_t from = i >= 3 ? i - 3 : 0;
    for (size_t k = from; k < i; ++k) os << "       " << w[k] << "\n";
    for (size_t k = i; k < w.size() && k < i + 8; ++k) os << "    -  " << w[k] << "\n";
    if (w.size() > i + 8) os << "    -  ... (" << (w.size() - i - 8) << " more)\n";
    for (size_t k = i; k < g.size() && k < i + 8; ++k) os << "    +  " << g[k] << "\n";
    if (g.size() > i + 8) os << "    +  ... (" << (g.size() - i - 8) << " more)\n";
    return os.str();
}

struct Options {
    std::string gomini;
    std::vector<std::string> env;
    std::vector<std::string> expectFailLists;
    std::vector<std::string> inputs;
    int jobs = 2;
    int timeout = 60;
    bool verbose = false;
    bool prune = false;
};

int usage(const char* msg) {
    if (msg) std::fprintf(stderr, "gomini_gorun: %s\n", msg);
    std::fprintf(stderr,
                 "usage: gomini_gorun --gomini PATH [--env K=V]... [-j N] [--timeout SEC]\n"
                 "                    [--expect-fail-list FILE]... [--prune] [-v] DIR_OR_FILE...\n");
    return 2;
}

// Merges environment overrides (later ones win) into a copy of this process's environment.
std::vector<std::string> buildEnv(const std::vector<std::string>& base, const std::vector<std::string>& overrides) {
    std::vector<std::string> env = base;
    for (auto& o : overrides) {
        std::string key = o.substr(0, o.find('=') + 1);
        auto it = std::find_if(env.begin(), env.end(), [&](const std::string& e) { return startsWith(e, key); });
        if (it != env.end()) *it = o;
        else env.push_back(o);
    }
    return env;
}

bool listMatches(const std::string& entry, const std::string& path) {
    if (path == entry) return true;
    return path.size() > entry.size() && path.compare(path.size() - entry.size(), entry.size(), entry) == 0 &&
           path[path.size() - entry.size() - 1] == '/';
}

int mainImpl(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        auto value = [&](const char* name) -> std::optional<std::string> {
            if (a == name) {
                if (i + 1 >= argc) return std::nullopt;
                return std::string(argv[++i]);
            }
            std::string eq = std::string(name) + "=";
            if (startsWith(a, eq)) return a.substr(eq.size());
            return std::nullopt;
        };
        auto isOpt = [&](const char* name) { return a == name || startsWith(a, std::string(name) + "="); };
        if (isOpt("--gomini")) {
            auto v = value("--gomini");
            if (!v) return usage("--gomini needs a value");
            o.gomini = *v;
        } else if (isOpt("--env")) {
            auto v = value("--env");
            if (!v || v->find('=') == std::string::npos || (*v)[0] == '=') return usage("--env needs K=V");
            o.env.push_back(*v);
        } else if (isOpt("--expect-fail-list")) {
            auto v = value("--expect-fail-list");
            if (!v) return usage("--expect-fail-list needs a file");
            o.expectFailLists.push_back(*v);
        } else if (isOpt("--timeout") || isOpt("-j")) {
            bool isJ = isOpt("-j");
            auto v = value(isJ ? "-j" : "--timeout");
            if (!v) return usage("-j/--timeout need a number");
            char* end = nullptr;
            long n = std::strtol(v->c_str(), &end, 10);
            if (v->empty() || *end != '\0' || n < 1 || n > 100000) return usage("bad number");
            (isJ ? o.jobs : o.timeout) = static_cast<int>(n);
        } else if (startsWith(a, "-j") && a.size() > 2) {
            char* end = nullptr;
            long n = std::strtol(a.c_str() + 2, &end, 10);
            if (*end != '\0' || n < 1 || n > 1024) return usage("bad -j");
            o.jobs = static_cast<int>(n);
        } else if (a == "-v" || a == "--verbose") {
            o.verbose = true;
        } else if (a == "--prune") {
            o.prune = true;
        } else if (a == "-h" || a == "--help") {
            usage(nullptr);
            return 0;
        } else if (startsWith(a, "-")) {
            return usage(("unknown option " + a).c_str());
        } else {
            o.inputs.push_back(a);
        }
    }
    if (o.gomini.empty()) return usage("--gomini PATH is required");
    if (o.inputs.empty()) return usage("no programs given");
    if (access(o.gomini.c_str(), X_OK) != 0) {
        std::fprintf(stderr, "gomini_gorun: %s is not executable\n", o.gomini.c_str());
        return 2;
    }

    std::vector<std::string> files;
    for (auto& in : o.inputs) {
        std::error_code ec;
        if (fs::is_directory(in, ec)) {
            std::vector<std::string> dir;
            for (auto& e : fs::directory_iterator(in, ec))
                if (e.is_regular_file() && e.path().extension() == ".go") dir.push_back(e.path().string());
            std::sort(dir.begin(), dir.end());
            files.insert(files.end(), dir.begin(), dir.end());
        } else if (fs::is_regular_file(in, ec)) {
            files.push_back(in);
        } else {
            std::fprintf(stderr, "gomini_gorun: %s: no such file or directory\n", in.c_str());
            return 2;
        }
    }
    if (files.empty()) {
        std::fprintf(stderr, "gomini_gorun: no .go programs found\n");
        return 1;
    }

    std::vector<std::string> xfail;  // entries from the expect-fail lists
    for (auto& lf : o.expectFailLists) {
        std::ifstream in(lf);
        if (!in) {
            std::fprintf(stderr, "gomini_gorun: cannot read expect-fail list %s\n", lf.c_str());
            return 2;
        }
        std::string line;
        while (std::getline(in, line)) {
            auto h = line.find('#');
            if (h != std::string::npos) line.resize(h);
            line = trim(line);
            if (!line.empty()) xfail.push_back(line);
        }
    }
    std::vector<bool> entryUsed(xfail.size(), false);
    std::vector<bool> listed(files.size(), false);
    for (size_t f = 0; f < files.size(); ++f)
        for (size_t e = 0; e < xfail.size(); ++e)
            if (listMatches(xfail[e], files[f])) {
                listed[f] = true;
                entryUsed[e] = true;
            }

    std::vector<std::string> baseEnv;
    for (char** e = environ; *e; ++e) baseEnv.emplace_back(*e);
    baseEnv = buildEnv(baseEnv, o.env);

    std::vector<Result> results(files.size());
    std::vector<bool> done(files.size(), false);
    std::atomic<size_t> next{0};
    std::mutex mu;
    size_t printed = 0;
    auto report = [&](size_t i) {  // called with mu held: print finished results in input order
        done[i] = true;
        while (printed < files.size() && done[printed]) {
            const Result& r = results[printed];
            const std::string& f = files[printed];
            switch (r.kind) {
                case Result::Pass:
                    if (o.verbose) std::printf("PASS  %s\n", f.c_str());
                    break;
                case Result::Fail:
                    std::printf("FAIL  %s\n%s", f.c_str(), r.message.c_str());
                    break;
                case Result::XFail:
                    if (o.verbose) std::printf("XFAIL %s\n%s", f.c_str(), r.message.c_str());
                    break;
                case Result::XPass:
                    std::printf("XPASS %s (listed as a known failure but passes: %s)\n", f.c_str(),
                                o.prune ? "pruned from the list" : "remove it from the list");
                    break;
            }
            ++printed;
        }
        std::fflush(stdout);
    };
    auto worker = [&] {
        for (;;) {
            size_t i = next.fetch_add(1);
            if (i >= files.size()) return;
            Spec sp = parseSpec(files[i]);
            std::string msg;
            if (!sp.parseError.empty()) {
                msg = "    malformed test file: " + sp.parseError + "\n";
            } else {
                std::vector<std::string> cmd = {o.gomini, "run"};
                cmd.insert(cmd.end(), sp.flags.begin(), sp.flags.end());
                cmd.push_back(files[i]);
                cmd.insert(cmd.end(), sp.args.begin(), sp.args.end());
                RunOutcome out = runProgram(cmd, buildEnv(baseEnv, sp.env), o.timeout);
                std::ostringstream os;
                if (!out.spawnError.empty()) {
                    os << "    could not run: " << out.spawnError << "\n";
                } else {
                    if (out.timedOut) os << "    timed out after " << o.timeout << " s (killed)\n";
                    if (out.signal != 0)
                        os << "    killed by signal " << out.signal << " (" << strsignal(out.signal) << "), want exit "
                           << sp.exitStatus << "\n";
                    else if (out.status != sp.exitStatus)
                        os << "    exit status " << out.status << ", want " << sp.exitStatus << "\n";
                    if (out.out != sp.stdoutWant) os << diffOutput(sp.stdoutWant, out.out);
                    for (auto& s : sp.stderrSubs)
                        if (out.err.find(s) == std::string::npos) os << "    stderr lacks: " << s << "\n";
                    if (!os.str().empty() && !out.err.empty()) os << "    stderr:\n" << excerpt(out.err);
                }
                msg = os.str();
            }
            Result r;
            bool ok = msg.empty();
            if (listed[i]) r.kind = ok ? Result::XPass : Result::XFail;
            else r.kind = ok ? Result::Pass : Result::Fail;
            r.message = msg;
            std::lock_guard<std::mutex> lock(mu);
            results[i] = std::move(r);
            report(i);
        }
    };
    int nThreads = std::max(1, std::min<int>(o.jobs, static_cast<int>(files.size())));
    std::vector<std::thread> threads;
    for (int t = 0; t < nThreads; ++t) threads.emplace_back(worker);
    for (auto& t : threads) t.join();

    for (size_t e = 0; e < xfail.size(); ++e)
        if (!entryUsed[e])
            std::printf("warning: expect-fail entry %s matches no program given\n", xfail[e].c_str());
    size_t counts[4] = {0, 0, 0, 0};
    for (auto& r : results) counts[r.kind]++;
    if (o.prune && counts[Result::XPass] > 0) {
        // Drop every list line whose entry names only passing programs.
        for (auto& lf : o.expectFailLists) {
            std::ifstream in(lf);
            std::string text, line;
            size_t dropped = 0;
            while (std::getline(in, line)) {
                std::string entry = line;
                auto h = entry.find('#');
                if (h != std::string::npos) entry.resize(h);
                entry = trim(entry);
                bool anyXPass = false, anyOther = false;
                for (size_t f = 0; !entry.empty() && f < files.size(); ++f)
                    if (listMatches(entry, files[f])) (results[f].kind == Result::XPass ? anyXPass : anyOther) = true;
                if (anyXPass && !anyOther) {
                    ++dropped;
                    continue;
                }
                text += line + "\n";
            }
            in.close();
            if (dropped == 0) continue;
            std::ofstream out(lf, std::ios::trunc);
            out << text;
            if (!out) {
                std::fprintf(stderr, "gomini_gorun: cannot rewrite %s\n", lf.c_str());
                return 1;
            }
            std::printf("pruned %zu entries from %s\n", dropped, lf.c_str());
        }
    }
    std::printf("gorun: %zu programs: %zu passed, %zu failed, %zu expected failures, %zu unexpected passes\n",
                files.size(), counts[Result::Pass], counts[Result::Fail], counts[Result::XFail],
                counts[Result::XPass]);
    return counts[Result::Fail] == 0 && (counts[Result::XPass] == 0 || o.prune) ? 0 : 1;
}

}  // namespace
}  // namespace gomini::gorun

int main(int argc, char** argv) {
    signal(SIGPIPE, SIG_IGN);
    return gomini::gorun::mainImpl(argc, argv);
}
