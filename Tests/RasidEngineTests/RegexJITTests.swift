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

    /// A group numbered past the match data a scratch was made with (a
    /// rule's `span` after the groups of many looked-up lists) is still
    /// read: the scratch makes room for the pattern's groups.
    @Test func groupsPastTheScratchesFirstSizeAreRead() throws {
        let pattern = String(repeating: "(ق?)", count: 40) + "قال (?<span>الفريق)"
        let regex = try Regex(pattern)
        let scratch = MatchScratch(maxCaptureGroups: 4)
        let group = try #require(regex.namedGroups["span"])
        #expect(group == 41)
        text.withUnsafeBufferPointer { buf in
            #expect(regex.match(buf, from: 0, scratch: scratch) == .match)
        }
        let range = try #require(scratch.range(ofGroup: group))
        #expect(String(decoding: text[range], as: UTF8.self) == "الفريق")
        // (And a pattern with few groups after it still matches with the same scratch.)
        #expect(matches(try Regex("اللواء"), scratch).count == 1)
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
