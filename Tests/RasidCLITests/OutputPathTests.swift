import Foundation
import Testing

/// `-o` onto something that is not a regular file.
struct OutputPathTests {
    @Test func devNullIsWrittenInPlaceNotReplaced() throws {
        let r = try CLI.run(["annotate", "seeds", "--format", "jsonl", "-o", "/dev/null"])
        #expect(r.status == 0, "\(r.stderr)")
        var info = stat()
        #expect(stat("/dev/null", &info) == 0)
        #expect(info.st_mode & S_IFMT == S_IFCHR, "/dev/null must still be a character device")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: "/dev").filter { $0.hasPrefix(".null.tmp") }
        #expect(leftovers == [])
    }

    /// A report that cannot be written (a full disk) is an error that names
    /// the output and the reason, with exit status 2, not a crash.
    @Test func aFullDiskIsAClearError() throws {
        guard FileManager.default.fileExists(atPath: "/dev/full") else { return }
        let r = try CLI.run(["annotate", "seeds", "--format", "jsonl", "-o", "/dev/full"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("/dev/full: error: cannot write the report: No space left on device"), "\(r.stderr)")
    }

    /// `-o -` is standard output, as `-` is standard input.
    @Test func dashIsStandardOutput() throws {
        let r = try CLI.run(["annotate", "seeds", "--format", "jsonl", "--no-text", "-o", "-"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.split(separator: "\n").count == 5)
        #expect(!FileManager.default.fileExists(atPath: CLI.root.appendingPathComponent("-").path))
    }

    /// A one-letter file name (and one in a folder given with a trailing
    /// name of one letter) is written like any other: Foundation's
    /// deletingLastPathComponent trapped on it.
    @Test func oneLetterFileNames() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-o-\(getpid())")
        try FileManager.default.createDirectory(at: dir.appendingPathComponent("d"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let seeds = CLI.root.appendingPathComponent("seeds").path
        for name in ["x", "d/y"] {
            let r = try CLI.run(["annotate", seeds, "--format", "jsonl", "-o", name], cwd: dir)
            #expect(r.status == 0, "\(name): \(r.stderr)")
            #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent(name).path), "\(name)")
        }
        let r = try CLI.run(["annotate", seeds, "--format", "jsonl", "-o", "q/z"], cwd: dir)
        #expect(r.status == 2)
        #expect(r.stderr.contains("the folder q does not exist"), "\(r.stderr)")
    }
}
