import ArgumentParser
import Foundation
import RasidModel
import RasidReport

/// `rasid diff`: what changed between two reports (or a report and gold).
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Compare two reports (or a report and gold): spans added, removed and changed, per document and per label.",
        discussion: """
            OLD and NEW are reports (JSON {"documents": [...]} or JSON Lines) or gold files; documents are matched by id. \
            Spans pair up in this order: same start, end and label — unchanged, or a norm change (~norm) when the norms differ; \
            same start and end but another label — a label change (~label); same label and overlapping — a boundary change \
            (~boundary; each span paired once, the one overlapping most); the rest are removed (-) or added (+). \
            A document whose text differs between the two is not compared. Exit status 0 when nothing changed, 1 when something \
            did, 2 on bad input (as diff(1)).
            """)

    @Argument(help: "The report before the change (or gold).")
    var old: String

    @Argument(help: "The report after the change.")
    var new: String

    @Option(help: "Output format: text or json.")
    var format: String = "text"

    @Flag(help: "Only the summary per label, not every change.")
    var summary = false

    @Flag(help: "Do not compare norms (gold often leaves them out).")
    var ignoreNorms = false

    func validate() throws { try CommandIO.validateFormat(format) }

    func run() throws {
        let diff = ReportDiff.compare(old: try CommandIO.readReport(old), new: try CommandIO.readReport(new), ignoreNorms: ignoreNorms)
        if format == "json" {
            try CommandIO.printJSON(diff)
        } else {
            printText(diff)
        }
        if !diff.isEmpty { throw ExitCode(1) }
    }

    func printText(_ d: ReportDiff) {
        func at(_ s: ReportDiff.Side) -> String { "\(s.start)..\(s.end) '\(s.text)'" }
        func source(_ a: ReportDiff.Side?, _ b: ReportDiff.Side?) -> String {
            let x = a?.source, y = b?.source
            if x == y || b == nil { return x.map { "  (\($0))" } ?? "" }
            if a == nil { return y.map { "  (\($0))" } ?? "" }
            return "  (\(x ?? "-") → \(y ?? "-"))"
        }
        func describe(_ c: ReportDiff.Change) -> String {
            switch c.kind {
            case .added: return "+         \(c.new!.label) \(at(c.new!))" + (c.new!.norm.map { " norm=\($0)" } ?? "")
            case .removed: return "-         \(c.old!.label) \(at(c.old!))" + (c.old!.norm.map { " norm=\($0)" } ?? "")
            case .boundary: return "~boundary \(c.old!.label) \(at(c.old!)) → \(at(c.new!))"
            case .label: return "~label    \(at(c.old!)) \(c.old!.label) → \(c.new!.label)"
            case .norm: return "~norm     \(c.old!.label) \(at(c.old!)) norm \(c.old!.norm ?? "none") → \(c.new!.norm ?? "none")"
            }
        }
        if !summary {
            for doc in d.documents {
                print("\(doc.id): \(doc.changes.count) change\(doc.changes.count == 1 ? "" : "s")")
                for c in doc.changes {
                    print("  \(describe(c))\(source(c.old, c.new))")
                    if let ctx = c.context { print("            \(ctx.line)") }
                }
            }
            if !d.documents.isEmpty { print("") }
        }
        for id in d.onlyInOld { print("only in \(old): \(id)") }
        for id in d.onlyInNew { print("only in \(new): \(id)") }
        for id in d.textsDiffer { print("\(id): the texts differ; its spans were not compared") }
        print("label        old   new  added removed boundary  label-/+ norm")
        for r in d.summary {
            print(r.label.padding(toLength: 10, withPad: " ", startingAt: 0)
                  + String(format: " %5d %5d %6d %7d %8d %5d/%-3d %4d", r.old, r.new, r.added, r.removed, r.boundary, r.relabelledAway, r.relabelledHere, r.norm))
        }
        print("\(d.compared) documents compared, \(d.documents.count) with changes, \(d.changeCount) changes")
    }
}
