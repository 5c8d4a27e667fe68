import Foundation
import Testing
import RasidModel
@testable import RasidReport

/// The export formats on the seeds, checked against the JSONL report of the same run.
struct ExportTests {
    static func seedsReport() throws -> [DocumentReport] {
        let out = try CLI.tempDir().appendingPathComponent("seeds.jsonl").path
        let r = try CLI.run(["annotate", "seeds", "--format", "jsonl", "-o", out, "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        var docs = try ReportReader.read(path: out)
        // ReportReader reads spans only; the entities' mentions come from the JSON.
        let lines = try String(contentsOfFile: out, encoding: .utf8).split(separator: "\n")
        for (i, line) in lines.enumerated() {
            let obj = try JSONSerialization.jsonObject(with: Data(line.utf8)) as! [String: Any]
            docs[i].entities = ((obj["entities"] as? [[String: Any]]) ?? []).map {
                Entity(id: $0["id"] as! String, label: $0["label"] as! String, name: $0["name"] as! String, mentions: $0["mentions"] as! [Int])
            }
        }
        return docs
    }

    static func slice(_ text: String, _ a: Int, _ b: Int) -> String {
        String(String.UnicodeScalarView(Array(text.unicodeScalars)[a..<b]))
    }

    @Test func bratOffsetsSliceTheTxtToTheSpanText() throws {
        let docs = try Self.seedsReport()
        let dir = try CLI.tempDir().appendingPathComponent("brat")
        let r = try CLI.run(["annotate", "seeds", "--format", "brat", "-o", dir.path])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("→ \(dir.path)"))
        for d in docs {
            let txt = try String(contentsOf: dir.appendingPathComponent(d.id + ".txt"), encoding: .utf8)
            let seed = try Data(contentsOf: CLI.root.appendingPathComponent("seeds/\(d.id).txt"))
            #expect(Data(txt.utf8) == seed, "\(d.id).txt is not the seed byte for byte")
            let ann = try String(contentsOf: dir.appendingPathComponent(d.id + ".ann"), encoding: .utf8)
            var seen: [(Int, Int, String)] = []
            for line in ann.split(separator: "\n") where line.hasPrefix("T") {
                let cols = line.split(separator: "\t", omittingEmptySubsequences: false)
                #expect(cols.count == 3, "\(line)")
                let head = cols[1].split(separator: " ")
                let frags = head.dropFirst().joined(separator: " ").split(separator: ";").map { $0.split(separator: " ").map { Int($0)! } }
                let text = frags.map { Self.slice(txt, $0[0], $0[1]) }.joined(separator: " ")
                #expect(text == String(cols[2]), "\(d.id): \(line)")
                seen.append((frags.first![0], frags.last![1], String(head[0])))
            }
            #expect(seen.map { "\($0.0) \($0.1) \($0.2)" } == d.spans.map { "\($0.start) \($0.end) \($0.label)" })
            let equiv = ann.split(separator: "\n").filter { $0.hasPrefix("*\tEquiv") }.count
            #expect(equiv == d.entities.filter { $0.mentions.count > 1 }.count)
        }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("annotation.conf").path))
        // Again into the same folder: refused with the folder named, nothing overwritten.
        let again = try CLI.run(["annotate", "seeds", "--format", "brat", "-o", dir.path])
        #expect(again.status == 2)
        #expect(again.stderr.contains("\(dir.path): error: the folder is not empty"))
        let noFolder = try CLI.run(["annotate", "seeds", "--format", "brat"])
        #expect(noFolder.status != 0 && noFolder.stderr.contains("name it with -o FOLDER"))
    }

    @Test func conllTokensAndTagsAgreeWithTheSpans() throws {
        let docs = try Self.seedsReport()
        let r = try CLI.run(["annotate", "seeds", "--format", "conll", "--quiet"])
        #expect(r.status == 0, "\(r.stderr)")
        let parts = r.stdout.components(separatedBy: "-DOCSTART- O\n\n").dropFirst()
        #expect(parts.count == docs.count)
        for (d, part) in zip(docs, parts) {
            var tokens: [(String, String)] = []
            for line in part.split(separator: "\n") {
                let cols = line.split(separator: " ")
                #expect(cols.count == 2, "\(d.id): \(line)")
                tokens.append((String(cols[0]), String(cols[1])))
            }
            // Every visible character of the text is in a token, in order.
            let visible = d.text.unicodeScalars.filter { !CoNLLWriter.isSeparator($0) }
            #expect(String(String.UnicodeScalarView(visible)) == tokens.map(\.0).joined(), "\(d.id): tokens do not cover the text")
            // B/I runs give back the spans the BIO policy keeps (longest wins), label and text.
            var entities: [(String, String)] = []
            for (tok, tag) in tokens {
                if tag.hasPrefix("B-") { entities.append((String(tag.dropFirst(2)), tok)) }
                else if tag.hasPrefix("I-") {
                    #expect(entities.last?.0 == String(tag.dropFirst(2)), "\(d.id): \(tag) after \(entities.last?.0 ?? "O")")
                    entities[entities.count - 1].1 += tok
                } else { #expect(tag == "O") }
            }
            let kept = CoNLLWriter.bioSpans(d.spans)
            #expect(entities.map(\.0) == kept.map(\.label), "\(d.id)")
            #expect(entities.map(\.1) == kept.map { $0.text.unicodeScalars.filter { !CoNLLWriter.isSeparator($0) } }.map { String(String.UnicodeScalarView($0)) })
            // Nested spans are the only ones left out.
            let left = d.spans.filter { s in !kept.contains { $0.start == s.start && $0.end == s.end && $0.label == s.label } }
            #expect(left.allSatisfy { s in kept.contains { $0.overlaps(s) && $0.length >= s.length } })
        }
    }

    @Test func markdownHasTheCounts() throws {
        let docs = try Self.seedsReport()
        let out = try CLI.tempDir().appendingPathComponent("r.md").path
        let r = try CLI.run(["annotate", "seeds", "--format", "markdown", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let md = try String(contentsOfFile: out, encoding: .utf8)
        var perLabel: [String: Int] = [:]
        for d in docs { for s in d.spans { perLabel[s.label, default: 0] += 1 } }
        let total = perLabel.values.reduce(0, +)
        #expect(md.contains("| **all** | **\(total)** | \(docs.count) |"))
        for l in Label.builtIn {
            let inDocs = docs.filter { $0.spans.contains { $0.label == l } }.count
            #expect(md.contains("| \(l) | \(perLabel[l]!) | \(inDocs) |"), "\(l)")
        }
        for d in docs {
            let escaped = d.id.replacingOccurrences(of: "_", with: "\\_")
            #expect(md.contains("## \(escaped)\n\nSource: `seeds/\(d.id).txt`. \(d.spans.count) spans: "))
            #expect(md.contains("| \(escaped) | \(d.spans.count) | "))
        }
        #expect(md.contains("### Most frequent entities"))
    }

    @Test func htmlEmbedsEveryDocumentOffline() throws {
        let docs = try Self.seedsReport()
        let out = try CLI.tempDir().appendingPathComponent("r.html").path
        let r = try CLI.run(["annotate", "seeds", "--format", "html", "-o", out])
        #expect(r.status == 0, "\(r.stderr)")
        let html = try String(contentsOfFile: out, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        #expect(!html.contains("http://") && !html.contains("https://") && !html.contains(" src="))
        #expect(html.contains("Content-Security-Policy\" content=\"default-src 'none'"))
        var embedded: [DocumentReport] = []
        var rest = html[...]
        while let a = rest.range(of: "<script type=\"application/json\" class=\"rasid-doc\">"), let b = rest.range(of: "</script>", range: a.upperBound..<rest.endIndex) {
            embedded += try ReportReader.read(data: Data(rest[a.upperBound..<b.lowerBound].utf8), name: "page")
            rest = rest[b.upperBound...]
        }
        #expect(embedded.map(\.id) == docs.map(\.id))
        #expect(embedded.map(\.text) == docs.map(\.text))
        #expect(embedded.map { $0.spans.map(\.range) } == docs.map { $0.spans.map(\.range) })
        #expect(html.components(separatedBy: "<div class=\"doc-text\" dir=\"rtl\" lang=\"ar\">").count - 1 == docs.count)
    }
}

/// The HTML report in a real browser: scripts/test-html.py drives Chromium
/// headless over the DevTools protocol (see the script for every check).
struct HTMLBrowserTests {
    static func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }
    static let chromium = ["chromium", "chromium-browser", "google-chrome"].lazy.compactMap(which).first
    static let python = which("python3")

    @Test(.enabled(if: chromium != nil && python != nil,
                   "needs chromium and python3 (Debian: apt-get install chromium); the HTML report's browser test is skipped"))
    func reviewInTheBrowserGivesGoldThatReadsBack() throws {
        let dir = try CLI.tempDir()
        let r = try CLI.program(Self.python!, [CLI.root.appendingPathComponent("scripts/test-html.py").path, "--rasid", CLI.binary,
                                               "--out", dir.path, "--chromium", Self.chromium!])
        #expect(r.status == 0, "scripts/test-html.py: \(r.output)")
        guard r.status == 0 else { return }
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("report.png").path))
        // The downloaded gold reads like any gold: the project's reader, offsets that slice the text.
        let gold = try ReportReader.read(path: dir.appendingPathComponent("report.gold.jsonl").path)
        let report = try ReportReader.read(path: dir.appendingPathComponent("report.jsonl").path)
        #expect(gold.map(\.id) == report.map(\.id))
        var reviews: [String: Int] = [:]
        for d in gold {
            for s in d.spans {
                #expect(ExportTests.slice(d.text, s.start, s.end) == s.text)
                reviews[s.attrs["review"] ?? "none", default: 0] += 1
            }
        }
        let total = report.reduce(0) { $0 + $1.spans.count }
        // The script accepts 2 spans, rejects 2, relabels 1 and adds 1.
        #expect(reviews == ["accepted": 2, "relabelled": 1, "added": 1, "unreviewed": total - 5])
        let scored = Scorer().score(gold: Dictionary(uniqueKeysWithValues: gold.map { ($0.id, $0.spans) }),
                                    predicted: Dictionary(uniqueKeysWithValues: report.map { ($0.id, $0.spans) }))
        let micro = scored.micro(scored.exact)
        #expect(micro.gold == total - 1 && micro.truePositives == total - 3 && micro.predicted == total)
    }
}
