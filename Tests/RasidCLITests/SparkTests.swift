import Foundation
import Testing

/// examples/spark/annotate_corpus.py under local[2] writes the same report as
/// one `rasid annotate` process (skipped when PySpark or Java is missing;
/// .ci/run installs PySpark).
struct SparkTests {
    static let available: Bool =
        (try? CLI.program("/usr/bin/env", ["python3", "-c", "import pyspark, shutil, sys; sys.exit(0 if shutil.which('java') else 1)"]).status) == 0

    /// Report lines without `source` (a partition's stdin line numbers differ
    /// from those of a single stdin), keyed by document id, in order.
    static func documents(_ data: Data) throws -> [String] {
        try String(decoding: data, as: UTF8.self).split(separator: "\n").map { line in
            var obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            obj["source"] = nil
            return String(decoding: try JSONSerialization.data(withJSONObject: obj, options: [.sortedKeys]), as: UTF8.self)
        }
    }

    @Test(.enabled(if: available, "PySpark (pip install pyspark) and Java are needed for the Spark example's test"))
    func sparkLocalTwoMatchesASingleProcess() throws {
        let dir = try CLI.tempDir()
        // The seeds, twice over, as JSONL.
        var lines: [String] = []
        let seeds = CLI.root.appendingPathComponent("seeds")
        for round in 0..<2 {
            for f in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where f.hasSuffix(".txt") {
                let text = try String(contentsOf: seeds.appendingPathComponent(f), encoding: .utf8)
                let doc = ["id": "\(f.dropLast(4))#\(round)", "text": text]
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        let corpus = dir.appendingPathComponent("seeds.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: corpus, atomically: true, encoding: .utf8)

        let single = try CLI.run(["annotate", "-", "--input", "jsonl", "--format", "jsonl", "--quiet"],
                                 stdin: try Data(contentsOf: corpus))
        #expect(single.status == 0, "\(single.stderr)")

        let out = dir.appendingPathComponent("spark.jsonl")
        let r = try CLI.program("/usr/bin/env", ["python3", CLI.root.appendingPathComponent("examples/spark/annotate_corpus.py").path,
                                                corpus.path, "--master", "local[2]", "--partitions", "2", "--rasid", CLI.binary,
                                                "--rules", CLI.root.appendingPathComponent("rules").path, "--single", out.path])
        #expect(r.status == 0, "\(String(r.output.suffix(3000)))")

        let expected = try Self.documents(Data(single.stdout.utf8))
        let got = try Self.documents(Data(contentsOf: out))
        #expect(expected.count == 10)
        #expect(got == expected)
    }
}
