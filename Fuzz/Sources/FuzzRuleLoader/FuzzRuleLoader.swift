import Foundation
import FuzzDriver
import RasidEngine

/// Any bytes as a rule file: loading, compiling (PCRE2) and running every
/// rule's examples must end in diagnostics, never a crash or hang, and every
/// diagnostic must point into the file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRuleLoader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    guard let yaml = String(validating: bytes, as: UTF8.self) else { return 0 }  // load(path:) rejects it first
    var loader = RuleLoader()
    let file = loader.parse(yaml: yaml, path: "fuzz.yaml", directory: "/nonexistent-fuzz-dir")
    var compiler = RuleCompiler()
    let files = file.map { [$0] } ?? []
    _ = compiler.compile(files)
    let outcomes = RuleExampleRunner().run(files)
    let lines = RuleLoader.lineCount(yaml)
    for d in loader.diagnostics + compiler.diagnostics + outcomes.compactMap(\.diagnostic) {
        let l = d.location
        guard l.line >= 1, l.column >= 1, l.line <= lines + 1 else {
            fatalError("diagnostic outside the file (\(lines) lines): \(d)")
        }
        guard !d.message.isEmpty, !d.message.contains("\n") else { fatalError("diagnostic is not one line: \(d)") }
    }
    return 0
}

/// SwiftPM links executables with `main` aliased to `FuzzRuleLoader_main`; this is it:
/// it hands the command line to libFuzzer's driver with the function above.
@_cdecl("FuzzRuleLoader_main")
public func FuzzRuleLoaderMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runLibFuzzer(argc, argv, fuzzRuleLoader)
}
