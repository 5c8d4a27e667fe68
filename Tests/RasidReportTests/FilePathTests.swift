import RasidModel
import Testing

/// The folder part of a path, where Foundation's version trapped.
struct FilePathTests {
    @Test func parents() {
        let cases: [(String, String)] = [
            ("a/b", "a"), ("/x", "/"), ("x", ""), ("a/", ""), ("/", "/"), ("./", ""), ("x/", ""),
            ("rules/ranks.yaml", "rules"), ("/tmp/out/report.json", "/tmp/out"), ("a//b", "a"), ("-", ""),
        ]
        for (path, parent) in cases { #expect(FilePath.parent(path) == parent, "\(path)") }
    }
}
