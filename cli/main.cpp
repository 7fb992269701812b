// main.cpp — the gomini command (CLI11).
//
//   gomini check [-m] [-lang=go1.N] FILE.go      type-check only (any package name, like go vet)
//   gomini run   [-m] [-lang=go1.N] FILE.go [args...]
//   gomini version
//
// Options follow Go's flag conventions: a single dash works for long options
// (-lang=go1.21), as does a double dash (--lang=go1.21). Compile errors go to
// stderr as "file.go:LINE:COL: message" and exit with status 1, as gc does.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <cstdlib>
#include <fcntl.h>
#include <unistd.h>

#include <cctype>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <string>
#include <vector>

#include "cli/stdlib_source.h"
#include "frontend/compiler.h"
#include "frontend/driver.h"
#include "stdlib/natives.h"
#include "stdlib/registry.h"
#include "vm/vm.h"

namespace gomini::cli {

namespace {

constexpr const char* kVersion = "0.1.0";

// Go's flag package accepts -name as well as --name; CLI11 wants --name for
// long options. Rewrite "-name[=v]" to "--name[=v]" for every argument before
// the first positional one. As with `go run`, everything after `run`'s FILE.go
// belongs to the program, verbatim and in order: it goes to *programArgs and
// CLI11 never sees it (after check's or disasm's FILE it stays, to be refused).
std::vector<std::string> normalizeArgs(int argc, char** argv, std::vector<std::string>* programArgs) {
    std::vector<std::string> out;
    out.reserve(static_cast<size_t>(argc));
    bool sawSubcommand = false;
    bool sawFile = false;
    bool run = false;
    for (int i = 0; i < argc; ++i) {
        std::string a = argv[i];
        if (i == 0) {
            out.push_back(a);
            continue;
        }
        if (sawFile) {
            (run ? *programArgs : out).push_back(a);
            continue;
        }
        if (a.size() > 2 && a[0] == '-' && a[1] != '-') {
            std::string name = a.substr(1, a.find('=') == std::string::npos ? std::string::npos : a.find('=') - 1);
            if (name.size() > 1) a = "-" + a;  // -lang=go1.21 -> --lang=go1.21; -m stays a short flag
        }
        if (a == "--lang" && i + 1 < argc) {  // "-lang go1.21": the value is not the file
            out.push_back(a);
            out.push_back(argv[++i]);
            continue;
        }
        if (!a.empty() && a[0] != '-') {
            if (sawSubcommand) sawFile = true;
            else run = a == "run";
            sawSubcommand = true;
        }
        out.push_back(a);
    }
    return out;
}

// Parses "go1.N" into N; returns -1 if malformed.
int parseLang(const std::string& s) {
    if (s.rfind("go1.", 0) != 0 || s.size() == 4) return -1;
    int n = 0;
    for (size_t i = 4; i < s.size(); ++i) {
        if (s[i] < '0' || s[i] > '9' || n > 1000) return -1;
        n = n * 10 + (s[i] - '0');
    }
    return n;
}

struct CommonFlags {
    std::string file;
    std::string lang = "go1.22";
    int escapeLevel = 0;  // -m (repeatable)
};

// strerror(errno) as Go prints it: "no such file or directory".
std::string errnoText() {
    std::string s = std::strerror(errno);
    if (!s.empty()) s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
    return s;
}

// Reads the whole file; on failure err is Go's wording ("open x.go: no such
// file or directory", "read dir: is a directory").
bool readFile(const std::string& path, std::string& text, std::string& err) {
    int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        err = "open " + path + ": " + errnoText();
        return false;
    }
    char buf[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            err = "read " + path + ": " + errnoText();
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        text.append(buf, static_cast<size_t>(n));
    }
    ::close(fd);
    return true;
}

}  // namespace

enum class Action { check, run, disasm };

static int checkCommand(const CommonFlags& flags, bool requireMain, std::ostream& err, Action action = Action::check,
                        const std::vector<std::string>* programArgs = nullptr) {
    int minor = parseLang(flags.lang);
    if (minor < 0) {
        err << "gomini: invalid value \"" << flags.lang << "\" for flag -lang: want go1.N\n";
        return 2;
    }
    if (minor > 22) {
        err << "gomini: -lang=" << flags.lang << ": gomini supports Go up to go1.22\n";
        return 2;
    }
    std::string text, ioErr;
    if (!readFile(flags.file, text, ioErr)) {
        err << "gomini: " << ioErr << '\n';
        return 1;
    }
    frontend::DriverOptions opts;
    opts.langMinor = minor;
    opts.requireMain = requireMain;
    opts.escapeNotes = flags.escapeLevel > 0;
    opts.runEscape = requireMain || action != Action::check;  // `check` without -m has no use for the decisions
    // Deliberately never freed: the process exits right after, and tearing
    // down a large program's AST and types costs more than checking it (the
    // trick clang's -disable-free plays). main() ends with _Exit.
    auto* driver = new frontend::Driver(cli::stdlibPackage, opts);
    if (!driver->checkFile(flags.file, std::move(text))) {
        driver->printErrors(err);
        return 1;
    }
    if (opts.escapeNotes) driver->printNotes(err);  // as gc, -m decisions go to stderr
    if (action == Action::check) return 0;
    frontend::CompileOptions copts;
    copts.langMinor = minor;
    std::string cerr;
    auto prog = frontend::compileProgram(*driver, copts, &cerr);
    if (!prog) {
        err << cerr << '\n';
        return 1;
    }
    stdlib::registerAllNatives();
    if (action == Action::disasm) {
        std::cout << vm::disassemble(*prog);
        return 0;
    }
    // Bodyless functions without a native fail when called ("fatal error: ... no native implementation of X");
    // GOMINI_STRICT_NATIVES=1 rejects them at load instead.
    auto missing = vm::bindNatives(*prog);
    if (!missing.empty() && std::getenv("GOMINI_STRICT_NATIVES")) {
        err << "gomini: missing native implementation of " << missing[0];
        if (missing.size() > 1) err << " (and " << missing.size() - 1 << " more)";
        err << '\n';
        return 2;
    }
    vm::setPanicFormatter(&stdlib::panicValueString);
    std::vector<std::string> args{flags.file};
    if (programArgs) args.insert(args.end(), programArgs->begin(), programArgs->end());
    std::cout.flush();
    return vm::runProgram(*prog.release(), args);
}

int main(int argc, char** argv) {
    CLI::App app{"gomini — a Go-subset interpreter", "gomini"};
    app.require_subcommand(1);
    app.set_help_all_flag("--help-all", "Help for every command");

    CommonFlags checkFlags;
    auto* check = app.add_subcommand("check", "Type-check FILE.go without running it (any package name, like go vet)");
    check->add_flag("-m", checkFlags.escapeLevel, "Print escape-analysis decisions (as go build -gcflags=-m)");
    check->add_option("--lang", checkFlags.lang, "Go language version, go1.N (go1.21 and earlier: one loop variable per loop)")
        ->default_val("go1.22");
    check->add_option("file", checkFlags.file, "Go source file")->required();

    CommonFlags runFlags;
    std::vector<std::string> programArgs;
    auto* run = app.add_subcommand("run", "Compile and run FILE.go (package main) with the given arguments");
    run->add_flag("-m", runFlags.escapeLevel, "Print escape-analysis decisions before running");
    run->add_option("--lang", runFlags.lang, "Go language version, go1.N (go1.21 and earlier: one loop variable per loop)")
        ->default_val("go1.22");
    run->add_option("file", runFlags.file, "Go source file (package main)")->required();
    run->footer("Everything after FILE is the program's: os.Args[1:], verbatim (as with go run).");

    CommonFlags disasmFlags;
    auto* disasm = app.add_subcommand("disasm", "Compile FILE.go and print every function's bytecode");
    disasm->add_option("--lang", disasmFlags.lang, "Go language version, go1.N")->default_val("go1.22");
    disasm->add_option("file", disasmFlags.file, "Go source file (package main)")->required();

    auto* version = app.add_subcommand("version", "Print gomini's version");

    auto args = normalizeArgs(argc, argv, &programArgs);
    std::vector<const char*> cargs;
    for (auto& a : args) cargs.push_back(a.c_str());
    try {
        app.parse(static_cast<int>(cargs.size()), cargs.data());
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    }

    if (version->parsed()) {
        std::cout << "gomini version " << kVersion << " (Go 1.22 subset)\n";
        return 0;
    }
    if (check->parsed()) return checkCommand(checkFlags, /*requireMain=*/false, std::cerr);
    if (run->parsed()) {
        return checkCommand(runFlags, /*requireMain=*/true, std::cerr, Action::run, &programArgs);
    }
    if (disasm->parsed()) return checkCommand(disasmFlags, /*requireMain=*/true, std::cerr, Action::disasm);
    return 2;
}

}  // namespace gomini::cli

int main(int argc, char** argv) {
    int rc = gomini::cli::main(argc, argv);
    std::cout.flush();
    std::cerr.flush();
    std::fflush(nullptr);
    std::_Exit(rc);  // skip static destructors and the leak check of what checkCommand kept
}
