import Foundation
import Testing

/// `rules/countries.yaml` and the name lexicons in `rules/lexicons/` are
/// written by scripts; an edit made to the written file instead of the script
/// is lost at the next regeneration. Each script's `--check` compares the
/// file with what the script writes, so such an edit fails here.
struct GeneratedRuleFilesTests {
    static let anercorpTrain = CLI.root.appendingPathComponent("../shared/external/anercorp/ANERCorp_CamelLab_train.txt").standardizedFileURL.path
    static let isoCodes = "/usr/share/iso-codes/json/iso_3166-1.json"

    static func script(_ name: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let python = try #require(EvalTests.python, "python3 is needed for this test")
        return try CLI.program(python, [CLI.root.appendingPathComponent("scripts/\(name)").path] + args)
    }

    static var pyYAML: Bool {
        guard let python = EvalTests.python else { return false }
        return (try? CLI.program(python, ["-c", "import yaml"]).status) == 0
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: isoCodes) && pyYAML,
                   "needs the iso-codes package and PyYAML (.ci/run installs them)"))
    func countriesYamlIsWhatTheScriptWrites() throws {
        let r = try Self.script("make_countries.py", ["--check"])
        #expect(r.status == 0, "rules/countries.yaml: \(r.output.split(separator: "\n").suffix(4).joined(separator: "\n"))")
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: anercorpTrain),
                   "needs ../shared/external/anercorp (the lexicons count names in its train split)"))
    func nameLexiconsAreWhatTheScriptWrites() throws {
        let r = try Self.script("build_name_lexicons.py", ["--check"])
        #expect(r.status == 0, "rules/lexicons: \(r.output.split(separator: "\n").suffix(6).joined(separator: "\n"))")
    }
}
