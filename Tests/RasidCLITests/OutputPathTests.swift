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
}
