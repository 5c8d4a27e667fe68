import Foundation
import Testing
@testable import RasidEngine

/// The parallel pipeline keeps the input order and never holds more than its
/// window (in items and in weight) read but not yet consumed.
struct OrderedParallelMapTests {
    /// Counts items read and not yet consumed, as the pipeline sees them.
    final class InFlight: @unchecked Sendable {
        private let lock = NSLock()
        private var items = 0, weight = 0
        private(set) var maxItems = 0, maxWeight = 0

        func read(_ w: Int) {
            lock.withLock {
                items += 1
                weight += w
                maxItems = max(maxItems, items)
                maxWeight = max(maxWeight, weight)
            }
        }

        func consumed(_ w: Int) { lock.withLock { items -= 1; weight -= w } }
    }

    /// Inputs whose weights are `weights`, read lazily (so the count is taken
    /// when the pipeline pulls an input, not before).
    static func run(_ weights: [Int], jobs: Int, window: Int? = nil, weightLimit: Int = .max) throws
        -> (order: [Int], inFlight: InFlight) {
        let inFlight = InFlight()
        let inputs = weights.enumerated().lazy.map { (i, w) -> (Int, Int) in
            inFlight.read(w)
            return (i, w)
        }
        let pipeline = OrderedParallelMap(jobs: jobs, window: window, weightLimit: weightLimit,
                                          weight: { (input: (Int, Int)) in input.1 },
                                          makeState: { () }) { (input: (Int, Int), _: Void) -> (Int, Int) in
            // Uneven work, so that results come back out of order.
            if input.0 % 7 == 0 { usleep(200) }
            return input
        }
        var order: [Int] = []
        try pipeline.run(inputs) { (i, w) in
            order.append(i)
            inFlight.consumed(w)
        }
        return (order, inFlight)
    }

    @Test func resultsComeInInputOrder() throws {
        let (order, _) = try Self.run(Array(repeating: 1, count: 2_000), jobs: 4)
        #expect(order == Array(0..<2_000))
    }

    @Test func itemsInFlightStayWithinTheWindow() throws {
        let (order, inFlight) = try Self.run(Array(repeating: 1, count: 1_000), jobs: 2, window: 10)
        #expect(order.count == 1_000)
        #expect(inFlight.maxItems <= 10)
        #expect(inFlight.maxItems > 1)  // (the reader does read ahead)
    }

    @Test func weightInFlightStaysWithinTheLimitButOneHeavyItemIsLetIn() throws {
        // Items of weight 30 under a limit of 100: at most four let in (the
        // fourth goes in while 90 are in flight, under the limit) and a fifth
        // read, waiting. The heavy one, read while at most 120 are in flight,
        // goes in alone.
        var weights = Array(repeating: 30, count: 300)
        weights[150] = 1_000
        let (order, inFlight) = try Self.run(weights, jobs: 2, window: 64, weightLimit: 100)
        #expect(order == Array(0..<300))
        #expect(inFlight.maxItems <= 5)
        #expect(inFlight.maxWeight <= 120 + 1_000)
        let (_, light) = try Self.run(Array(repeating: 30, count: 300), jobs: 2, window: 64, weightLimit: 100)
        #expect(light.maxWeight <= 150)
    }

    @Test func aThrowingConsumerStopsTheRunAndItsErrorComesBack() throws {
        struct Stop: Error {}
        let pipeline = OrderedParallelMap(jobs: 3, makeState: { () }) { (i: Int, _: Void) in i }
        var consumed: [Int] = []
        #expect(throws: Stop.self) {
            try pipeline.run(0..<10_000) { i in
                if i == 500 { throw Stop() }
                consumed.append(i)
            }
        }
        #expect(consumed == Array(0..<500))
    }
}
