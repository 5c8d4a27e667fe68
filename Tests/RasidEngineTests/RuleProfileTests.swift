import Dispatch
import Foundation
import Testing
@testable import RasidEngine

/// `--profile-rules` charges a rule with the CPU time its worker spent in
/// it, so that a busy machine (another job taking the core between two clock
/// reads) does not land its time on whichever rule was running.
struct RuleProfileTests {
    @Test func clockCountsTheThreadsWorkNotItsWaiting() {
        let before = RuleProfile.now
        Thread.sleep(forTimeInterval: 0.3)
        let slept = RuleProfile.now - before
        // Asleep for 300 ms of wall clock, the thread used next to no CPU.
        #expect(slept < 100_000_000, "\(slept) ns counted while asleep")

        // Work moves it: spinning for 50 ms of wall clock uses some CPU time
        // (how much depends on the machine's load) and never more than that.
        let wall = DispatchTime.now().uptimeNanoseconds, start = RuleProfile.now
        var x: UInt64 = 1
        while DispatchTime.now().uptimeNanoseconds - wall < 50_000_000 { for _ in 0..<1000 { x = x &* 6364136223846793005 &+ 1 } }
        let used = RuleProfile.now - start, elapsed = DispatchTime.now().uptimeNanoseconds - wall
        #expect(used > 0 && used <= elapsed + 5_000_000 && x != 0, "\(used) ns of CPU in \(elapsed) ns")
    }
}
