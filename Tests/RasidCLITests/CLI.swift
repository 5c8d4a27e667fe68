import Foundation
import Testing

/// Runs the built `rasid` binary the way a user does.
enum CLI {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static var binary: String {
        // The rasid built with these tests (same scratch path, e.g. .build-asan with --sanitize=address) …
        let sibling = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
            .deletingLastPathComponent().appendingPathComponent("rasid").path
        if FileManager.default.isExecutableFile(atPath: sibling) { return sibling }
        // … else the usual places.
        for p in [".build/debug/rasid", ".build/release/rasid"] {
            let path = root.appendingPathComponent(p).path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return root.appendingPathComponent(".build/debug/rasid").path
    }

    struct Result { var status: Int32; var stdout: String; var stderr: String }

    /// Runs a program of the repository (a script under `scripts/`) from the
    /// repository's root: its exit status and its output, both streams together.
    static func program(_ executable: String, _ args: [String]) throws -> (status: Int32, output: String) {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: executable)
        p.arguments = args
        p.currentDirectoryURL = root
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        return (p.terminationStatus, text)
    }

    static func run(_ args: [String], stdin: Data? = nil, cwd: URL? = nil) throws -> Result {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = args
        p.currentDirectoryURL = cwd ?? root
        let out = Pipe(), err = Pipe(), inp = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = inp
        try p.run()
        // Standard error is read on its own thread so that neither pipe can fill up and block the run.
        nonisolated(unsafe) var e = Data()
        let errDone = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            e = err.fileHandleForReading.readDataToEndOfFile()
            errDone.signal()
        }
        if let stdin { inp.fileHandleForWriting.write(stdin) }
        try inp.fileHandleForWriting.close()
        let o = out.fileHandleForReading.readDataToEndOfFile()
        errDone.wait()
        p.waitUntilExit()
        return Result(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
    }

    /// Polls `condition` every 50 ms until it holds, `process` has exited,
    /// or ten minutes have passed; returns whether it held. Generous on
    /// purpose: a loaded machine can take half a minute to start a debug
    /// build, and a test must not fail for that (it fails on what it sees).
    static func wait(for process: Process, upTo seconds: Double = 600, until condition: () -> Bool) -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while Date() < deadline {
            if condition() { return true }
            if !process.isRunning { return condition() }
            usleep(50_000)
        }
        return condition()
    }

    /// A temporary project: one rule file `NAME.yaml` holding `rules` and a
    /// configuration that runs the rule engine alone. Returns the folder and
    /// the options that point `rasid` at them.
    static func ruleProject(_ name: String, _ rules: String) throws -> (dir: URL, args: [String]) {
        let dir = try tempDir()
        let folder = dir.appendingPathComponent("rules")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try rules.write(to: folder.appendingPathComponent("\(name).yaml"), atomically: true, encoding: .utf8)
        try "extractors: [rules]\n".write(to: dir.appendingPathComponent("rasid.yaml"), atomically: true, encoding: .utf8)
        return (dir, ["--rules", folder.path, "--config", dir.appendingPathComponent("rasid.yaml").path])
    }

    /// A fresh folder for one test. All of them live under one folder per
    /// test process, removed when the process exits, so a run leaves nothing
    /// behind in the temporary directory even when a test fails.
    static func tempDir() throws -> URL {
        let u = tempRoot.appendingPathComponent(UUID().uuidString)
        try FileManager.default.createDirectory(at: u, withIntermediateDirectories: true)
        return u
    }

    static let tempRoot: URL = {
        atexit { try? FileManager.default.removeItem(at: CLI.tempRootURL) }
        return tempRootURL
    }()

    static var tempRootURL: URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("rasid-test-\(getpid())")
    }
}
