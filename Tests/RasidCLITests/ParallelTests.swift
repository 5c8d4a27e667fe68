import Foundation
import Testing
import RasidModel
import RasidReport
import TestSupport

/// `--jobs`: parallel runs write the same report as a single-threaded one,
/// in input order; an interrupted run leaves only complete documents.
struct ParallelTests {
    /// A corpus of many small documents: the seeds' paragraphs, shuffled
    /// with a fixed seed so that long and short documents interleave.
    static func shuffledCorpus() throws -> URL {
        var paragraphs: [String] = []
        let seeds = CLI.root.appendingPathComponent("seeds")
        for f in try FileManager.default.contentsOfDirectory(atPath: seeds.path).sorted() where f.hasSuffix(".txt") {
            let text = try String(contentsOf: seeds.appendingPathComponent(f), encoding: .utf8)
            paragraphs += text.components(separatedBy: "\n").filter { !$0.isEmpty }
        }
        var rng = SplitMix64(seed: 42)
        var lines: [String] = []
        for round in 0..<4 {
            for (i, p) in paragraphs.shuffled(using: &rng).enumerated() {
                let doc: [String: String] = ["id": "r\(round)-\(i)", "text": p]
                lines.append(String(decoding: try JSONSerialization.data(withJSONObject: doc, options: [.sortedKeys]), as: UTF8.self))
            }
        }
        let url = try CLI.tempDir().appendingPathComponent("shuffled.jsonl")
        try (lines.joined(separator: "\n") + "\n").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func jobsOneAndFourWriteIdenticalReportsOnSeeds() throws {
        let dir = try CLI.tempDir()
        var outputs: [Data] = []
        for jobs in ["1", "4"] {
            let out = dir.appendingPathComponent("seeds-\(jobs).jsonl")
            let r = try CLI.run(["annotate", "seeds", "--format", "jsonl", "--jobs", jobs, "-o", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(try Data(contentsOf: out))
        }
        #expect(!outputs[0].isEmpty)
        #expect(outputs[0] == outputs[1])
    }

    /// An absurd --jobs runs at most 4 workers per core, says so, and
    /// writes the same report (it had started one thread per job).
    @Test func tooManyJobsAreCapped() throws {
        let one = try CLI.run(["annotate", "seeds", "--format", "jsonl", "-j", "1"])
        let many = try CLI.run(["annotate", "seeds", "--format", "jsonl", "-j", "100000"])
        #expect(many.status == 0, "\(many.stderr)")
        #expect(many.stderr.contains("--jobs 100000 is more than this machine can use"), "\(many.stderr)")
        #expect(many.stdout == one.stdout)
    }

    @Test func jobsOneAndFourWriteIdenticalReportsOnAShuffledCorpus() throws {
        let corpus = try Self.shuffledCorpus()
        let dir = try CLI.tempDir()
        var outputs: [Data] = []
        for jobs in ["1", "4"] {
            let out = dir.appendingPathComponent("c-\(jobs).jsonl")
            let r = try CLI.run(["annotate", corpus.path, "--input", "jsonl", "--format", "jsonl", "--no-text",
                                 "-j", jobs, "-o", out.path])
            #expect(r.status == 0, "\(r.stderr)")
            outputs.append(try Data(contentsOf: out))
        }
        #expect(outputs[0] == outputs[1])
        // Input order is kept.
        let ids = try ReportReader.read(path: dir.appendingPathComponent("c-4.jsonl").path).map(\.id)
        let inputIDs = try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n").map {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["id"] as! String
        }
        #expect(ids == inputIDs)
        #expect(ids.count > 100)
    }

    @Test func badRecordsKeepTheirPlaceInParallelRuns() throws {
        let dir = try CLI.tempDir()
        let input = dir.appendingPathComponent("in.jsonl")
        var body = Data()
        for i in 0..<40 {
            if i == 17 { body.append(contentsOf: [0x7B, 0xFF, 0x7D, 0x0A]); continue }
            body.append(Data("{\"id\":\"d\(i)\",\"text\":\"وصل المشير إلى ليبيا \(i)\"}\n".utf8))
        }
        try body.write(to: input)
        let out = dir.appendingPathComponent("out.jsonl")
        let r = try CLI.run(["annotate", input.path, "--input", "jsonl", "--format", "jsonl", "-j", "3", "-o", out.path])
        #expect(r.status == 1)
        #expect(r.stderr.contains("in.jsonl:18"))
        let ids = try ReportReader.read(path: out.path).map(\.id)
        #expect(ids == (0..<40).filter { $0 != 17 }.map { "d\($0)" })
    }

    @Test func ctrlCLeavesCompleteDocumentsAndTheOldReportUntouched() throws {
        // A long stream: the corpus repeated, so the run is still going when
        // the signal arrives.
        let corpus = try Self.shuffledCorpus()
        let one = try Data(contentsOf: corpus)
        let dir = try CLI.tempDir()
        let big = dir.appendingPathComponent("big.jsonl")
        var data = Data()
        for _ in 0..<60 { data.append(one) }
        try data.write(to: big)
        let out = dir.appendingPathComponent("report.json")
        let old = Data("{\"documents\":[]}\n".utf8)
        try old.write(to: out)

        let p = Process()
        p.executableURL = URL(fileURLWithPath: CLI.binary)
        p.arguments = ["annotate", big.path, "--input", "jsonl", "--format", "json", "--no-text", "-j", "2", "-o", out.path]
        p.currentDirectoryURL = CLI.root
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        // Wait until the run has written something, then interrupt it.
        let partialTemp = { (try? FileManager.default.contentsOfDirectory(atPath: dir.path))?.first { $0.hasPrefix(".report.json.tmp") } }
        let wrote = CLI.wait(for: p) {
            guard let t = partialTemp() else { return false }
            return ((try? FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent(t).path)[.size]) as? Int ?? 0) > 0
        }
        #expect(wrote, "the run never wrote its temporary file")
        kill(p.processIdentifier, SIGINT)
        let stderr = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 130, "\(stderr)")
        #expect(stderr.contains("interrupted"))
        #expect(try Data(contentsOf: out) == old, "the good report at -o must not be replaced by a partial one")
        let partial = try ReportReader.read(path: out.path + ".partial")
        #expect(!partial.isEmpty)
        #expect(partial.count < 60 * 4 * 20, "the run stopped early")
        let firstIDs = try String(contentsOf: big, encoding: .utf8).split(separator: "\n").prefix(partial.count).map {
            (try JSONSerialization.jsonObject(with: Data($0.utf8)) as! [String: Any])["id"] as! String
        }
        #expect(partial.map(\.id) == firstIDs, "the partial report holds the first documents, in order")
    }
}
