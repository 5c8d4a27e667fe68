// Rasid's throughput, allocations and memory, measured by package-benchmark.
//
//   cd Benchmarks && swift package --disable-sandbox benchmark
//
// engine/*       the Annotator alone (bundled rules, all extractors, merge) on
//                documents already in memory; one iteration = one document.
// annotate/*     what `rasid annotate --input jsonl --format jsonl -j 1` does, in
//                process: read a JSONL corpus, annotate, write JSONL (discarded).
// terms/N×       the rule extractor alone with the shared 1,104-term lexicon
//                grown with synthetic terms: how the cost grows with the terms.
// Each reports MB/s (of input text) as a custom metric, next to wall clock,
// mallocs and peak resident memory.
import Benchmark
import Foundation
import RasidEngine
import RasidIO
import RasidModel
import RasidReport

let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
let rulesDir = root.appendingPathComponent("rules").path
let lexiconPath = root.deletingLastPathComponent().appendingPathComponent("shared/bench/lexicon.tsv").path

/// The seed articles, in memory.
let seeds: [Document] = {
    let dir = root.appendingPathComponent("seeds")
    let files = ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
    return files.map { f in
        Document(id: String(f.dropLast(4)), text: (try? String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)) ?? "")
    }
}()

let mbPerSecond = BenchmarkMetric.custom("MB/s", polarity: .prefersLarger, useScalingFactor: false)
let metrics: [BenchmarkMetric] = [.wallClock, .throughput, .mallocCountTotal, .peakMemoryResident, mbPerSecond]

/// Times `body` and records the MB/s of `bytes` input bytes.
@inline(__always)
func timed(_ benchmark: Benchmark, bytes: Int, _ body: () throws -> Void) rethrows {
    let start = ContinuousClock.now
    try body()
    let elapsed = ContinuousClock.now - start
    let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    if seconds > 0 { benchmark.measurement(mbPerSecond, Int(Double(bytes) / 1e6 / seconds)) }
}

func annotator(config: Configuration = Configuration(), rules: String = rulesDir) -> Annotator {
    let (a, diags) = ExtractorRegistry.makeAnnotator(config: config, rulesDirectory: rules)
    guard let a else { fatalError("rules do not compile: \(diags.map(\.description).joined(separator: "\n"))") }
    return a
}

/// A rule folder with the shared lexicon and synthetic terms up to `scale` × its size.
func lexiconRules(scale: Int) throws -> String {
    let dir = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-bench-terms-\(scale)")
    try? FileManager.default.removeItem(at: dir)
    try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
    var byLabel: [String: [String]] = [:]
    for line in try String(contentsOfFile: lexiconPath, encoding: .utf8).split(separator: "\n") {
        let parts = line.split(separator: "\t")
        if parts.count >= 2 { byLabel[String(parts[1]), default: []].append(String(parts[0])) }
    }
    let total = byLabel.values.reduce(0) { $0 + $1.count }
    var yaml = "labels: [SYNTH]\nrules:\n"
    for (label, terms) in byLabel.sorted(by: { $0.key < $1.key }) {
        try (terms.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("\(label).txt"), atomically: true, encoding: .utf8)
        yaml += "  - id: \(label.lowercased())\n    label: \(label)\n    gazetteer: \(label).txt\n"
    }
    if scale > 1 {
        // Words that do not occur in news text: ظ…ض of 5 to 9 letters, 1-3 words.
        var rng = SystemRandomNumberGenerator()
        let letters = Array("ابتثجحخدذرزسشصضطظعغفقكلمنهوي")
        var seen = Set<String>()
        while seen.count < total * (scale - 1) {
            let words = (0..<Int.random(in: 1...3, using: &rng)).map { _ in
                "ظ" + String((0..<Int.random(in: 3...7, using: &rng)).map { _ in letters.randomElement(using: &rng)! }) + "ض"
            }
            seen.insert(words.joined(separator: " "))
        }
        try (seen.joined(separator: "\n") + "\n").write(to: dir.appendingPathComponent("synthetic.txt"), atomically: true, encoding: .utf8)
        yaml += "  - id: synthetic\n    label: SYNTH\n    gazetteer: synthetic.txt\n"
    }
    try yaml.write(to: dir.appendingPathComponent("lexicon.yaml"), atomically: true, encoding: .utf8)
    return dir.path
}

let benchmarks: @Sendable () -> Void = {
    Benchmark.defaultConfiguration = .init(metrics: metrics, warmupIterations: 1, maxDuration: .seconds(5), maxIterations: 10_000)

    // One document per iteration: mallocs per document, documents per second.
    var engine: Annotator?
    Benchmark("engine/bundled-rules, one document", configuration: .init(setup: { engine = annotator() })) { benchmark in
        let a = engine!
        let scratch = a.makeScratch()
        var i = 0
        for _ in benchmark.scaledIterations {
            let doc = seeds[i % seeds.count]
            i += 1
            timed(benchmark, bytes: doc.text.utf8.count) { blackHole(a.annotate(doc, scratch: scratch)) }
        }
    }

    // The CLI's pipeline in process: JSONL file in, JSONL out (to nowhere).
    var corpusPath = ""
    var corpusBytes = 0
    Benchmark("annotate/jsonl in, jsonl out, one thread (2 MB)",
              configuration: .init(maxIterations: 20, setup: {
                  engine = annotator()
                  let url = FileManager.default.temporaryDirectory.appendingPathComponent("rasid-bench-corpus.jsonl")
                  var data = Data()
                  var k = 0
                  while data.count < 2_000_000 {
                      let d = seeds[k % seeds.count]
                      data.append(try! JSONSerialization.data(withJSONObject: ["id": "\(d.id)#\(k)", "text": d.text]))
                      data.append(0x0A)
                      k += 1
                  }
                  try! data.write(to: url)
                  corpusPath = url.path
                  corpusBytes = data.count
              })) { benchmark in
        let a = engine!
        let scratch = a.makeScratch()
        for _ in benchmark.scaledIterations {
            var options = ReportOptions()
            options.includeText = false
            let writer = ReportWriter(format: .jsonl, options: options) { blackHole($0.count) }
            try timed(benchmark, bytes: corpusBytes) {
                try writer.begin()
                for case .success(let doc) in DocumentSource(paths: [corpusPath], format: .jsonl) {
                    try writer.write(a.annotate(doc, scratch: scratch))
                }
                try writer.finish()
            }
        }
    }

    // The literal automaton's cost against the number of terms.
    guard FileManager.default.fileExists(atPath: lexiconPath) else {
        print("terms/*: skipped: \(lexiconPath) is missing")
        return
    }
    let text = seeds.map(\.text).joined(separator: "\n\n")
    let docs = (0..<50).map { Document(id: "d\($0)", text: text) }
    let bytes = docs.reduce(0) { $0 + $1.text.utf8.count }
    for scale in [1, 10, 100, 1000] {
        var extractorOnly: Annotator?
        Benchmark("terms/\(scale)× (\(1104 * scale) terms), rule extractor, \(bytes / 1_000_000) MB",
                  configuration: .init(maxIterations: 20, setup: {
                      var config = Configuration()
                      config.extractors = [.init(name: "rules")]
                      extractorOnly = annotator(config: config, rules: try! lexiconRules(scale: scale))
                  }, teardown: { extractorOnly = nil })) { benchmark in
            let a = extractorOnly!
            let scratch = a.makeScratch()
            for _ in benchmark.scaledIterations {
                timed(benchmark, bytes: bytes) { for d in docs { blackHole(a.annotate(d, scratch: scratch)) } }
            }
        }
    }
}
