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
}
