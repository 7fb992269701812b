// driver.cpp — parse and check one user file with its stdlib imports
// (driver.h); then, if the file checked without errors, run escape analysis
// (escape.h), which records its decisions in the AST for the compiler and,
// with DriverOptions::escapeNotes, reports them as notes (-m).
//
// Everything runs inside runWithLargeStack: the parser and the checker
// recurse along the syntax tree, whose depth the parser bounds. Imported
// packages are parsed from the PackageSource callback and checked by their
// own Checker, once each; the import graph is walked depth-first as imports
// are met, and a package still being checked when it is imported again is an
// import cycle (a gomini stdlib bug, reported rather than looping).
#include "frontend/driver.h"

#include "frontend/ast_serial.h"
#include "frontend/check.h"
#include "frontend/escape.h"
#include "frontend/parse.h"

namespace gomini::frontend {

Driver::Driver(PackageSource source, DriverOptions opts)
    : source_(std::move(source)), opts_(opts), types_(std::make_unique<TypeContext>()) {}

Driver::~Driver() = default;

Package* Driver::importPackage(std::string_view path) {
    for (auto& [p, pkg] : imported_) {
        if (p == path) {
            if (pkg && !pkg->complete && !pkg->fake) {
                diags_.error(Pos{}, "import cycle not allowed: " + std::string(path));
                Package* fake = types_->newPackage(std::string(path), pkg->name);
                fake->fake = true;
                return fake;
            }
            return pkg;
        }
    }
    std::vector<PackageFileSource> files;
    if (source_) files = source_(path);
    if (files.empty()) {
        imported_.push_back({std::string(path), nullptr});
        return nullptr;
    }
    Package* pkg = types_->newPackage(std::string(path), "");
    imported_.push_back({std::string(path), pkg});

    std::vector<File*> asts;
    for (auto& src : files) {
        uint32_t id = sources_.add(std::move(src.name), std::string(src.text));
        // A build-time AST spares the ANTLR parse (most of a cold start); if it
        // is missing or unreadable (a stale or damaged build), parse the text.
        File* f = nullptr;
        if (!src.ast.empty()) f = deserializeFile(ast_, src.ast, id, nullptr);
        if (!f) f = parseFile(ast_, sources_.file(id), diags_);
        if (f) asts.push_back(f);
    }
    if (asts.empty()) {
        pkg->fake = true;
        std::string name(path);
        if (auto i = name.rfind('/'); i != std::string::npos) name = name.substr(i + 1);
        pkg->name = name;
        return pkg;
    }
    CheckerConfig cfg;
    cfg.langMinor = opts_.langMinor > 22 ? opts_.langMinor : 22;  // the stdlib is written in current Go
    cfg.allowMissingBodies = true;
    cfg.importer = [this](const std::string& p) { return importPackage(p); };
    cfg.formatPos = [this](Pos p) { return sources_.format(p); };
    cfg.sources = &sources_;
    Checker checker(*types_, diags_, pkg, std::move(cfg));
    checker.checkFiles(asts);
    return pkg;
}

bool Driver::checkFile(const std::string& name, std::string text) {
    uint32_t id = sources_.add(name, std::move(text));
    runWithLargeStack([&] {
        File* f = parseFile(ast_, sources_.file(id), diags_);
        if (!f) return;
        std::string pkgName = f->pkgName ? f->pkgName->name : "main";
        main_ = types_->newPackage("main", pkgName);
        if (opts_.requireMain && pkgName != "main") {
            diags_.error(f->pkgName ? f->pkgName->pos : f->pos, "package " + pkgName + " is not a main package");
            return;
        }
        CheckerConfig cfg;
        cfg.langMinor = opts_.langMinor;
        cfg.importer = [this](const std::string& p) { return importPackage(p); };
        cfg.formatPos = [this](Pos p) { return sources_.format(p); };
        cfg.sources = &sources_;
        Checker checker(*types_, diags_, main_, std::move(cfg));
        checker.checkFiles({f});
        if (opts_.requireMain && pkgName == "main") {
            if (!asObj<Func>(main_->scope->lookup("main"))) {
                diags_.error(f->pkgName ? f->pkgName->pos : f->pos, "function main is undeclared in the main package");
            }
        }
        if (opts_.requireMain && !diags_.hasErrors()) runtime_ = importPackage("runtime");
        // Escape analysis needs a well-typed package: it runs only when checking succeeded.
        if (!diags_.hasErrors() && (opts_.runEscape || opts_.escapeNotes))
            analyzeEscapes(main_, {f}, *types_, opts_.escapeNotes ? &diags_ : nullptr, opts_.langMinor);
    });
    return !diags_.hasErrors();
}

}  // namespace gomini::frontend
