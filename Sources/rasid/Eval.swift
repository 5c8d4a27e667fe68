import ArgumentParser
import Foundation
import RasidEngine
import RasidModel
import RasidReport

/// `rasid eval`: score a run, or an existing report, against gold.
struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Score against gold: per label precision, recall and F1, exact and overlap, and micro totals.",
        discussion: """
            Without --report, annotates the texts of the gold documents with the configured rules and extractors \
            (as `annotate` does) and scores that run; with --report, scores the report. Numbers are those of \
            shared/tools/score.py: exact = same start, end and label; overlap = same label and a shared character, \
            each gold span matched once (greedy, most overlap first); micro = the sums over the labels. \
            --errors lists every missed and spurious span (exact) with a few words of context and the spans \
            of the other side that overlap it. Exit status 1 when --min-f1 is given and the micro F1 of --mode is \
            below it, 2 on bad input.
            """)

    @Option(help: "Gold: JSON Lines of {\"id\", \"text\", \"spans\"} (annotation-guidelines.md).")
    var gold: String

    @Option(help: "Score this report (JSON or JSONL) instead of annotating the gold texts.")
    var report: String?

    @OptionGroup var options: RuleOptions

    @Option(help: "Comma-separated labels to score.")
    var labels: String = Label.builtIn.joined(separator: ",")

    @Option(help: "Relabel predictions before scoring, e.g. COUNTRY=LOC,LOCATION=LOC (overlaps of one label then keep the first, longest).")
    var map: String = ""

    @Flag(help: "List every missed and spurious span with its context.")
    var errors = false

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Option(name: .customLong("min-f1"), help: "Exit 1 when the micro F1 of --mode is below this.")
    var minF1: Double?

    @Option(help: "exact or overlap: the F1 --min-f1 checks.")
    var mode: String = "exact"

    func validate() throws {
        try CommandIO.validateFormat(format)
        guard ["exact", "overlap"].contains(mode) else { throw ValidationError("--mode must be exact or overlap") }
        _ = try relabelling()
        if labelList.isEmpty { throw ValidationError("--labels needs at least one label, like RANK,COUNTRY") }
    }

    var labelList: [String] { labels.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } }

    func relabelling() throws -> [String: String] {
        var out: [String: String] = [:]
        for item in map.split(separator: ",") {
            let kv = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard kv.count == 2, !kv[0].isEmpty, !kv[1].isEmpty else {
                throw ValidationError("--map: '\(item)' is not FROM=TO (like COUNTRY=LOCATION)")
            }
            out[kv[0]] = kv[1]
        }
        return out
    }

    func run() throws {
        let goldDocs = try CommandIO.readReport(gold)
        if goldDocs.isEmpty {
            Stderr.line("\(gold): error: no gold documents (one {\"id\", \"text\", \"spans\"} object per line)")
            throw ExitCode(2)
        }
        let predicted: [DocumentReport]
        if let report {
            predicted = try CommandIO.readReport(report)
        } else {
            if let blank = goldDocs.first(where: { $0.text.isEmpty }) {
                Stderr.line("\(gold): error: gold document \(blank.id) has no text to annotate; give --report REPORT to score a report instead")
                throw ExitCode(2)
            }
            let annotator = try options.makeAnnotator()
            let scratch = annotator.makeScratch()
            predicted = goldDocs.map { g in
                let r = annotator.annotate(Document(id: g.id, text: g.text, source: "\(gold): \(g.id)"), scratch: scratch)
                for p in r.problems { Stderr.line("\(gold): \(g.id): warning: \(p.message)") }
                return r
            }
        }
        let evaluation = Evaluation.evaluate(gold: goldDocs, predicted: predicted, labels: labelList,
                                             map: try relabelling(), errors: errors)
        for id in Set(evaluation.duplicateIDs).sorted() {
            Stderr.line("rasid: warning: document id \(id) occurs more than once in one input; the last one counts")
        }
        if format == "json" {
            try CommandIO.printJSON(evaluation)
        } else {
            printText(evaluation)
        }
        let r = evaluation.result
        if let minF1, r.micro(mode == "exact" ? r.exact : r.overlap).f1 < minF1 { throw ExitCode(1) }
    }

    func printText(_ e: Evaluation) {
        let r = e.result
        func row(_ name: String, _ x: Scorer.Counts, _ o: Scorer.Counts) -> String {
            func f(_ v: Double) -> String { String(format: "%.3f", v) }
            return name.padding(toLength: 10, withPad: " ", startingAt: 0)
                + String(format: " %5d %5d │ %5d  ", x.gold, x.predicted, x.truePositives) + "\(f(x.precision))  \(f(x.recall))  \(f(x.f1))"
                + String(format: " │ %5d  ", o.truePositives) + "\(f(o.precision))  \(f(o.recall))  \(f(o.f1))"
        }
        print("label       gold  pred │ exact  P      R      F1    │ overlap P      R      F1")
        for l in r.labels { print(row(l, r.exact[l]!, r.overlap[l]!)) }
        print(row("micro", r.micro(r.exact), r.micro(r.overlap)))
        if !e.documentsMissing.isEmpty {
            print("documents missing from the report: \(e.documentsMissing.count) (\(e.documentsMissing.prefix(5).joined(separator: ", "))\(e.documentsMissing.count > 5 ? ", …" : ""))")
        }
        if e.offsetErrors > 0 { print("spans whose text does not match their offsets: \(e.offsetErrors)") }
        if errors {
            if e.errors.isEmpty { print("\nno missed or spurious spans") }
            var lastLabel = ""
            for x in e.errors {
                if x.label != lastLabel { print("\n\(x.label)"); lastLabel = x.label }
                let made = x.source.map { "  (\($0))" } ?? ""
                print("  \(x.kind.padding(toLength: 8, withPad: " ", startingAt: 0)) \(x.id):\(x.start)..\(x.end)  \(x.context.line)\(made)")
                let side = x.kind == "missed" ? "predicted" : "gold"
                for n in x.near {
                    print("           \(side): \(n.label) \(n.start)..\(n.end) '\(n.text)'\(n.source.map { " (\($0))" } ?? "")")
                }
            }
        }
        print("\(e.documents) documents; micro exact F1 \(String(format: "%.3f", r.micro(r.exact).f1)), overlap F1 \(String(format: "%.3f", r.micro(r.overlap).f1))")
    }
}
