import Testing
@testable import RasidEngine

/// PersonExtractor's offset bit set: a range goes in a word of bits at a
/// time, and must hold exactly the offsets that inserting them one by one does.
struct OffsetSetTests {
    @Test func rangeInsertEqualsOneByOne() {
        var rng = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let limit = Int.random(in: 1...400, using: &rng)
            var byRange = PersonExtractor.OffsetSet(upTo: limit)
            var byOne = PersonExtractor.OffsetSet(upTo: limit)
            for _ in 0..<Int.random(in: 0...6, using: &rng) {
                let a = Int.random(in: -3...limit, using: &rng), b = Int.random(in: -3...limit, using: &rng)
                let r = min(a, b)..<max(a, b)
                byRange.insert(r)
                for k in r { byOne.insert(k) }
            }
            for k in -2...(limit + 70) { #expect(byRange.contains(k) == byOne.contains(k), "offset \(k) of \(limit)") }
        }
    }

    @Test func wordBoundaries() {
        var s = PersonExtractor.OffsetSet(upTo: 200)
        s.insert(63..<129)
        #expect(!s.contains(62) && s.contains(63) && s.contains(64) && s.contains(127) && s.contains(128) && !s.contains(129))
        s.insert(0..<64)
        #expect(s.contains(0) && s.contains(63))
        s.insert(10..<10)
        #expect(!s.contains(130))
    }
}
