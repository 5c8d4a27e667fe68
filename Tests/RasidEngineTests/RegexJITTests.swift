import Foundation
import PCRE2
import Testing

/// Patterns JIT-compiled before their first match: compiled exactly when
/// first used, by one thread however many match at once, with the same
/// matches as a pattern compiled at once.
struct RegexJITTests {
    let text = Array("قال الفريق أول ركن محمد الحداد إن اللواء أحمد وصل، ثم الفريق علي".utf8)

    func matches(_ regex: Regex, _ scratch: MatchScratch) -> [Range<Int>] {
        var out: [Range<Int>] = [], pos = 0
        text.withUnsafeBufferPointer { buf in
            while pos < buf.count, regex.match(buf, from: pos, scratch: scratch) == .match,
                let r = scratch.range(ofGroup: 0)
            {
                out.append(r)
                pos = max(r.upperBound, r.lowerBound + 1)
                while pos < buf.count && buf[pos] & 0xC0 == 0x80 { pos += 1 }
            }
        }
        return out
    }

    @Test func compiledAtFirstMatchAndMatchingAlike() throws {
        let pattern = "(?:الفريق(?: أول)?(?: ركن)?|اللواء) \\p{L}+"
        let now = try Regex(pattern, jit: .now)
        let lazy = try Regex(pattern, jit: .onFirstMatch)
        #expect(now.isJIT)
        #expect(!lazy.isJIT)
        let expected = matches(now, MatchScratch())
        #expect(expected.count == 3)
        #expect(matches(lazy, MatchScratch()) == expected)
        #expect(lazy.isJIT)
        #expect(try !Regex(pattern, jit: .never).isJIT)
    }

    @Test func manyThreadsMatchingFirstAtOnce() throws {
        // Each round a fresh pattern that eight threads match at the same
        // moment: one compiles, the others wait, and all find the same.
        for round in 0..<20 {
            let regex = try Regex("(?:الفريق|اللواء|\(round)) \\p{L}+", jit: .onFirstMatch)
            let expected = matches(try Regex(regex.pattern, jit: .never), MatchScratch())
            let results = UnsafeMutableBufferPointer<[Range<Int>]>.allocate(capacity: 8)
            results.initialize(repeating: [])
            defer { results.deinitialize(); results.deallocate() }
            DispatchQueue.concurrentPerform(iterations: 8) { k in results[k] = matches(regex, MatchScratch()) }
            #expect(results.allSatisfy { $0 == expected })
            #expect(regex.isJIT)
        }
    }
}
