#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// One running plugin: a child process in its own process group, fed on its
/// standard input and read on its standard output through pipes; its standard
/// error is rasid's, so it can never block on a full pipe.
///
/// `exchange` sends one request line and waits for one answer line until a
/// deadline, with non-blocking descriptors and `poll`, writing and reading at
/// the same time so that a large document and a plugin that answers while
/// reading cannot deadlock. Writes never raise SIGPIPE (see `writeNoSignal`).
/// Not thread-safe: `ExternalExtractor` serialises access.
final class PluginProcess {
    /// Why one exchange failed. After any of them the process is unusable.
    enum Failure: Error, Equatable {
        case timedOut
        /// The plugin exited or closed its output; the text says how.
        case ended(String)
        /// It answered before reading the whole request, or wrote more than one line.
        case outOfStep(String)
        /// A line arrived with more output after it: `first` is that line,
        /// so the caller can say what was wrong with it.
        case extraLines(first: [UInt8])
        case io(String)
    }

    let pid: pid_t
    private var input: Int32    // our end of the child's standard input
    private var output: Int32   // our end of the child's standard output
    private var buffer: [UInt8] = []
    private(set) var exited = false

    private init(pid: pid_t, input: Int32, output: Int32) {
        self.pid = pid
        self.input = input
        self.output = output
        LivePlugins.add(pid, input: input)
    }

    deinit { stop(grace: 1) }

    /// Starts `executable` with `arguments` in `directory`; `environment`
    /// entries are added to rasid's own. Throws a one-line reason.
    static func start(executable: String, arguments: [String], directory: String,
                      environment: [String: String]) throws -> PluginProcess {
        // Pipes are made close-on-exec before any other plugin is spawned, so
        // no plugin inherits another's pipe (and keeps it open after a kill).
        spawnLock.lock()
        defer { spawnLock.unlock() }
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        guard pipe(&toChild) == 0 else { throw Failure.io("cannot create a pipe: \(errnoText())") }
        guard pipe(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw Failure.io("cannot create a pipe: \(errnoText())")
        }
        for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 0)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 1)
        var program = executable
        var argv0 = [executable] + arguments
        if let addchdir = addChdir {
            _ = addchdir(&actions, directory)
        } else {
            // No posix_spawn_file_actions_addchdir_np: change folder in a shell.
            program = "/bin/sh"
            argv0 = ["/bin/sh", "-c", "cd -- \"$0\" && exec \"$@\"", directory, executable] + arguments
        }

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        // Its own process group, so a timed-out plugin is killed with its
        // children; default signal handling and an empty mask whatever rasid's.
        var defaults = sigset_t(), mask = sigset_t()
        sigfillset(&defaults)
        sigdelset(&defaults, SIGKILL)
        sigdelset(&defaults, SIGSTOP)
        sigemptyset(&mask)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setpgroup(&attributes, 0)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var env = ProcessInfo.processInfo.environment
        for (k, v) in environment { env[k] = v }
        let argv = argv0.map { strdup($0) } + [nil]
        let envp = env.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            for p in argv { free(p) }
            for p in envp { free(p) }
        }
        var pid: pid_t = 0
        let rc = posix_spawn(&pid, program, &actions, &attributes, argv, envp)
        close(toChild[0])
        close(fromChild[1])
        guard rc == 0 else {
            close(toChild[1]); close(fromChild[0])
            throw Failure.io("cannot start \(executable): \(String(cString: strerror(rc)))")
        }
        _ = fcntl(toChild[1], F_SETFL, fcntl(toChild[1], F_GETFL) | O_NONBLOCK)
        _ = fcntl(fromChild[0], F_SETFL, fcntl(fromChild[0], F_GETFL) | O_NONBLOCK)
        return PluginProcess(pid: pid, input: toChild[1], output: fromChild[0])
    }

    /// Sends `request` (one line, newline included) and returns the answer
    /// line without its newline, or why there is none by `timeout` seconds.
    func exchange(_ request: [UInt8], timeout: Double) -> Result<[UInt8], Failure> {
        // Output left from an earlier answer means the plugin is out of step.
        if !buffer.isEmpty || readAvailable() {
            if exited { return .failure(.ended(reapDescription())) }
            return .failure(.outOfStep("it wrote more than one line for the previous document"))
        }
        let deadline = DispatchTime.now().uptimeNanoseconds &+ UInt64(timeout * 1e9)
        var written = 0
        return request.withUnsafeBytes { req -> Result<[UInt8], Failure> in
            while true {
                if let nl = buffer.firstIndex(of: 0x0A) {
                    if written < req.count {
                        return .failure(.outOfStep("it answered before reading the whole document"))
                    }
                    let line = Array(buffer[..<nl])
                    buffer.removeSubrange(...nl)
                    if !buffer.isEmpty { return .failure(.extraLines(first: line)) }
                    return .success(line)
                }
                if exited { return .failure(.ended(reapDescription())) }
                let now = DispatchTime.now().uptimeNanoseconds
                if now >= deadline { return .failure(.timedOut) }
                let waitMs = Int32(min((deadline - now) / 1_000_000 + 1, 1000))
                var fds = [pollfd(fd: output, events: Int16(POLLIN), revents: 0)]
                if written < req.count { fds.append(pollfd(fd: input, events: Int16(POLLOUT), revents: 0)) }
                let n = poll(&fds, nfds_t(fds.count), waitMs)
                if n < 0 {
                    if errno == EINTR { continue }
                    return .failure(.io("poll failed: \(errnoText())"))
                }
                if fds.count > 1 && fds[1].revents != 0 {
                    let w = Self.writeNoSignal(input, req.baseAddress! + written, req.count - written)
                    if w > 0 {
                        written += w
                    } else if w < 0 && errno != EAGAIN && errno != EINTR {
                        // EPIPE: it closed its input or exited; its output tells the rest.
                        written = req.count
                        if errno != EPIPE { return .failure(.io("writing to the plugin failed: \(errnoText())")) }
                        if !readAvailable(wait: true) { return .failure(.ended(reapDescription())) }
                    }
                }
                if fds[0].revents != 0 { _ = readAvailable() }
            }
        }
    }

    /// Reads what the plugin has written so far; true when anything arrived or
    /// it closed its output (then `exited` is set).
    @discardableResult
    private func readAvailable(wait: Bool = false) -> Bool {
        var got = false
        var chunk = [UInt8](repeating: 0, count: 64 * 1024)
        if wait {
            var p = pollfd(fd: output, events: Int16(POLLIN), revents: 0)
            _ = poll(&p, 1, 200)
        }
        while true {
            let n = chunk.withUnsafeMutableBytes { read(output, $0.baseAddress, $0.count) }
            if n > 0 {
                buffer.append(contentsOf: chunk[0..<n])
                got = true
                continue
            }
            if n == 0 { exited = true; return true }
            if errno == EINTR { continue }
            if errno == EAGAIN || errno == EWOULDBLOCK { return got }
            exited = true
            return true
        }
    }

    /// How the process ended, once it closed its output: exit status or signal.
    private func reapDescription() -> String {
        var status: Int32 = 0
        // Give it a moment to exit after closing its output, then force it.
        for _ in 0..<50 {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid { LivePlugins.remove(pid); return Self.describe(status) }
            if r < 0 { LivePlugins.remove(pid); return "it closed its output" }
            usleep(10_000)
        }
        kill(-pid, SIGKILL)
        waitpid(pid, &status, 0)
        LivePlugins.remove(pid)
        return "it closed its output and was killed"
    }

    static func describe(_ status: Int32) -> String {
        let signal = status & 0x7F
        if signal == 0 {
            let code = (status >> 8) & 0xFF
            return code == 0 ? "it exited (status 0) instead of answering" : "it exited with status \(code)"
        }
        let name = strsignal(signal).map { String(cString: $0) } ?? "signal \(signal)"
        return "it was killed by signal \(signal) (\(name))"
    }

    /// Kills the process group at once and reaps it.
    func terminate() {
        closePipes()
        guard LivePlugins.contains(pid) else { return }
        kill(-pid, SIGKILL)
        var status: Int32 = 0
        waitpid(pid, &status, 0)
        LivePlugins.remove(pid)
    }

    /// Closes its input (end of the run), waits up to `grace` seconds for it
    /// to exit, then kills it.
    func stop(grace: Double) {
        closePipes()
        guard LivePlugins.contains(pid) else { return }
        var status: Int32 = 0
        let end = DispatchTime.now().uptimeNanoseconds &+ UInt64(grace * 1e9)
        while DispatchTime.now().uptimeNanoseconds < end {
            let r = waitpid(pid, &status, WNOHANG)
            if r == pid || r < 0 { LivePlugins.remove(pid); return }
            usleep(5_000)
        }
        terminate()
    }

    private func closePipes() {
        if input >= 0 { LivePlugins.inputClosed(pid); close(input); input = -1 }
        if output >= 0 { close(output); output = -1 }
    }

    /// `write` that cannot kill rasid with SIGPIPE when the plugin has gone:
    /// SIGPIPE is blocked for this thread during the call and a SIGPIPE it
    /// raised is consumed, so the call fails with EPIPE instead. Process-wide
    /// signal handling is left alone.
    static func writeNoSignal(_ fd: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int {
        var pipeSet = sigset_t(), old = sigset_t(), pending = sigset_t()
        sigemptyset(&pipeSet)
        sigaddset(&pipeSet, SIGPIPE)
        pthread_sigmask(SIG_BLOCK, &pipeSet, &old)
        sigpending(&pending)
        let wasPending = sigismember(&pending, SIGPIPE) == 1
        let n = write(fd, bytes, count)
        let saved = errno
        if n < 0 && saved == EPIPE && !wasPending {
            var zero = timespec(tv_sec: 0, tv_nsec: 0)
            _ = sigtimedwait(&pipeSet, nil, &zero)
        }
        pthread_sigmask(SIG_SETMASK, &old, nil)
        errno = saved
        return n
    }
}

private func errnoText() -> String { String(cString: strerror(errno)) }

private let spawnLock = NSLock()

/// glibc's `posix_spawn_file_actions_addchdir_np` (2.29+), which Swift's
/// Glibc module does not declare: looked up once at run time.
private let addChdir: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32)? = {
    guard let handle = dlopen(nil, RTLD_NOW), let sym = dlsym(handle, "posix_spawn_file_actions_addchdir_np") else { return nil }
    return unsafeBitCast(sym, to: (@convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, UnsafePointer<CChar>) -> Int32).self)
}()

/// Plugin processes still running, so that they are stopped when rasid exits
/// by `exit()` (which runs no deinitialisers): their input is closed so they
/// see the end of the run, and any still running a second later are killed.
enum LivePlugins {
    private static let lock = NSLock()
    /// pid → our end of its standard input (-1 once closed).
    nonisolated(unsafe) private static var running: [pid_t: Int32] = [:]
    nonisolated(unsafe) private static var registered = false

    static func add(_ pid: pid_t, input: Int32) {
        lock.lock(); defer { lock.unlock() }
        running[pid] = input
        if !registered {
            registered = true
            atexit { LivePlugins.stopAll() }
        }
    }

    static func inputClosed(_ pid: pid_t) {
        lock.lock(); defer { lock.unlock() }
        if running[pid] != nil { running[pid] = -1 }
    }

    static func remove(_ pid: pid_t) {
        lock.lock(); defer { lock.unlock() }
        running[pid] = nil
    }

    static func contains(_ pid: pid_t) -> Bool {
        lock.lock(); defer { lock.unlock() }
        return running[pid] != nil
    }

    static func stopAll() {
        lock.lock()
        let all = running
        running.removeAll()
        lock.unlock()
        guard !all.isEmpty else { return }
        for (_, fd) in all where fd >= 0 { close(fd) }
        var left = Array(all.keys)
        for _ in 0..<100 where !left.isEmpty {
            var status: Int32 = 0
            left = left.filter { waitpid($0, &status, WNOHANG) == 0 }
            if !left.isEmpty { usleep(10_000) }
        }
        for pid in left {
            kill(-pid, SIGKILL)
            var status: Int32 = 0
            waitpid(pid, &status, 0)
        }
    }
}
