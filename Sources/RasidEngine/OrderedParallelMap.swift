import Foundation

/// Runs a transform over a stream on `jobs` worker threads and hands the
/// results to a consumer one at a time, in input order.
///
/// Memory is bounded, whatever the length of the stream: at most `window`
/// items are read but not yet consumed, and an item read goes in only while
/// those in flight weigh (`weight`: a document's bytes) less than
/// `weightLimit`, or none is in flight — so an item heavier than the limit
/// runs alone, and at most the limit plus two items' weight (the last let
/// in, the next one waiting) is held. The consumer never runs on two
/// threads at once. Each worker owns a `State` (e.g. PCRE2 match scratch)
/// made once by `makeState`.
///
/// The reading thread, once the window is full, sleeps till half of it is
/// consumed rather than waking for each item: with short documents (a few
/// KB, tens of microseconds each) a wake-up per document cost more than the
/// work, and two workers ran no faster than one.
public final class OrderedParallelMap<Input, Output, State> {
    public let jobs: Int
    public let window: Int
    public let weightLimit: Int
    let weight: ((Input) -> Int)?
    let makeState: () -> State
    let transform: (Input, State) -> Output

    public init(jobs: Int, window: Int? = nil, weightLimit: Int = .max, weight: ((Input) -> Int)? = nil,
                makeState: @escaping () -> State, transform: @escaping (Input, State) -> Output) {
        self.jobs = max(1, jobs)
        self.window = max(self.jobs, window ?? self.jobs * 16)
        self.weightLimit = max(1, weightLimit)
        self.weight = weight
        self.makeState = makeState
        self.transform = transform
    }

    /// Pulls every input from `inputs` (on the calling thread), transforms
    /// them in parallel, and calls `consume` in input order. `shouldStop` is
    /// polled before each input is read: once it is true, no more input is
    /// read, and every input already read is still transformed and consumed.
    /// The first error `consume` throws stops the run and is rethrown.
    public func run<S: Sequence>(_ inputs: S, shouldStop: () -> Bool = { false },
                                 consume: @escaping (Output) throws -> Void) throws where S.Element == Input {
        if jobs == 1 {
            let state = makeState()
            for input in inputs {
                if shouldStop() { break }
                try consume(transform(input, state))
            }
            return
        }
        let run = Run(parent: self, consume: consume)
        let threads = (0..<jobs).map { _ in
            let t = Thread { run.work() }
            t.stackSize = 8 << 20
            return t
        }
        threads.forEach { $0.start() }
        var index = 0
        var iterator = inputs.makeIterator()
        while !shouldStop() && !run.failed {
            run.waitForRoom()
            guard let input = iterator.next() else { break }
            let w = weight?(input) ?? 0
            run.admit(w)
            if run.failed { break }
            run.enqueue(index, input, w)
            index += 1
        }
        run.close()
        run.done.wait()
        if let error = run.error { throw error }
    }

    /// The shared state of one `run`: a FIFO work queue, a reorder buffer,
    /// and the consumer role taken by whichever worker finds the next result.
    final class Run: @unchecked Sendable {
        let parent: OrderedParallelMap
        let consume: (Output) throws -> Void
        let done = DispatchSemaphore(value: 0)
        let cond = NSCondition()
        var queue: [(Int, Input, Int)] = []
        var head = 0
        var closed = false
        var running: Int
        let lock = NSLock()
        /// Results waiting for their turn (nil for an input skipped after a
        /// failure), with their input's weight.
        var pending: [Int: (Output?, Int)] = [:]
        var next = 0
        var consuming = false
        var error: Error?
        var failed: Bool { lock.lock(); defer { lock.unlock() }; return error != nil }

        init(parent: OrderedParallelMap, consume: @escaping (Output) throws -> Void) {
            self.parent = parent
            self.consume = consume
            running = parent.jobs
        }

        /// Items read and not yet consumed, their weight, and whether the
        /// reader sleeps till there is room.
        let flow = NSCondition()
        var inFlight = 0, inFlightWeight = 0
        var readerWaits = false

        /// Waits till the window has room for one more item (before it is read).
        func waitForRoom() {
            flow.lock()
            while inFlight >= parent.window {
                readerWaits = true
                flow.wait()
            }
            readerWaits = false
            flow.unlock()
        }

        /// Waits till the item just read, of weight `w`, may go in: while
        /// those in flight weigh less than the limit, or none is in flight.
        func admit(_ w: Int) {
            flow.lock()
            while inFlight > 0 && inFlightWeight >= parent.weightLimit {
                readerWaits = true
                flow.wait()
            }
            readerWaits = false
            inFlight += 1
            inFlightWeight += w
            flow.unlock()
        }

        /// An item of weight `w` is consumed (or dropped): the reader, if it
        /// sleeps, wakes once half the window and half the weight are free.
        func release(_ w: Int) {
            flow.lock()
            inFlight -= 1
            inFlightWeight -= w
            if readerWaits && (inFlight == 0 || (inFlight <= parent.window / 2 && inFlightWeight <= parent.weightLimit / 2)) {
                flow.signal()
            }
            flow.unlock()
        }

        func enqueue(_ i: Int, _ input: Input, _ w: Int) {
            cond.lock()
            queue.append((i, input, w))
            cond.signal()
            cond.unlock()
        }

        func close() {
            cond.lock()
            closed = true
            cond.broadcast()
            cond.unlock()
        }

        func take() -> (Int, Input, Int)? {
            cond.lock()
            defer { cond.unlock() }
            while head == queue.count && !closed { cond.wait() }
            guard head < queue.count else { return nil }
            let item = queue[head]
            head += 1
            if head > 1024 && head * 2 > queue.count {
                queue.removeFirst(head)
                head = 0
            }
            return item
        }

        func work() {
            let state = parent.makeState()
            while let (i, input, w) = take() {
                let skip = failed
                let output = skip ? nil : parent.transform(input, state)
                deliver(i, output, w)
            }
            cond.lock()
            running -= 1
            let last = running == 0
            cond.unlock()
            if last { done.signal() }
        }

        /// Stores a result and, unless another thread is consuming, consumes
        /// every result that is next in order.
        func deliver(_ i: Int, _ output: Output?, _ w: Int) {
            lock.lock()
            pending[i] = (output, w)
            if consuming { lock.unlock(); return }
            consuming = true
            while let (r, w) = pending.removeValue(forKey: next) {
                next += 1
                let stopped = error != nil
                lock.unlock()
                if !stopped, let r {
                    do { try consume(r) } catch {
                        lock.lock(); if self.error == nil { self.error = error }; lock.unlock()
                    }
                }
                release(w)
                lock.lock()
            }
            consuming = false
            lock.unlock()
        }
    }
}
