import Foundation
import RasidModel

/// Writes brat standoff (https://brat.nlplab.org/standoff.html) into a folder:
/// per document `ID.txt` (the text exactly as read, UTF-8) and `ID.ann`, and
/// at the end `annotation.conf` and `visual.conf` so brat opens the folder as
/// a collection.
///
/// - `T` lines: `T1<TAB>LABEL START END<TAB>TEXT`, offsets in characters of
///   the .txt file (Unicode scalars, as everywhere in Rasid). A span across a
///   line break is written as fragments (`START END;START END`), as brat wants.
/// - `#` lines (`AnnotatorNotes`): the span's norm, rule and extractor.
/// - `*` lines (`Equiv`): the mentions of one linked entity (PERSON, COUNTRY).
///
/// The folder is created when missing (its parent must exist); an existing
/// one must be empty, so an export never mixes with older files.
public final class BratWriter: DocumentReportWriter {
    let folder: String
    private var usedNames = Set<String>()
    private var labels = Set<String>()
    private var equivLabels = Set<String>()

    public init(folder: String) throws {
        self.folder = folder
        let fm = FileManager.default
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: folder, isDirectory: &isDir) {
            guard isDir.boolValue else {
                throw ReportWriteError("\(folder): error: brat output is a folder, and this is a file; give a folder name with -o")
            }
            let entries = (try? fm.contentsOfDirectory(atPath: folder)) ?? []
            guard entries.isEmpty else {
                throw ReportWriteError("\(folder): error: the folder is not empty (\(entries.count) entries); give a new or empty folder so the brat files do not mix with others")
            }
        } else {
            let parent = FilePath.parent(folder)
            let p = parent.isEmpty ? "." : parent
            guard fm.fileExists(atPath: p, isDirectory: &isDir), isDir.boolValue else {
                throw ReportWriteError("\(folder): error: the folder \(p) does not exist; create it first")
            }
            do { try fm.createDirectory(atPath: folder, withIntermediateDirectories: false) } catch {
                throw ReportWriteError("\(folder): error: cannot create the folder (permission denied?)")
            }
        }
    }

    public func begin() throws {}

    public func write(_ report: DocumentReport) throws {
        let name = fileName(for: report.id)
        try save(report.text, as: name + ".txt")
        try save(Self.annotations(report), as: name + ".ann")
        for s in report.spans { labels.insert(Self.type(s.label)) }
        for e in report.entities where e.mentions.count > 1 { equivLabels.insert(Self.type(e.label)) }
    }

    public func finish() throws {
        let all = Label.builtIn + labels.subtracting(Label.builtIn).sorted()
        var conf = "# Written by rasid: the entity types of the report.\n[entities]\n"
        for l in all { conf += l + "\n" }
        conf += "[relations]\n# Spans of different labels nest or overlap (a COUNTRY inside a TITLE).\n"
        conf += "<OVERLAP> Arg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>\n"
        let eq = all.filter { equivLabels.contains($0) }
        if !eq.isEmpty {
            let types = eq.joined(separator: "|")
            conf += "Equiv Arg1:\(types), Arg2:\(types), <REL-TYPE>:symmetric-transitive\n"
        }
        conf += "[events]\n[attributes]\n"
        try save(conf, as: "annotation.conf")
        var visual = "[labels]\n"
        for l in all { visual += "\(l) | \(l)\n" }
        visual += "[drawing]\nSPAN_DEFAULT\tfgColor:black, bgColor:lightgreen, borderColor:darken\n"
        for l in all { visual += "\(l)\tbgColor:\(LabelPalette.colour(for: l)), fgColor:white, borderColor:darken\n" }
        try save(visual, as: "visual.conf")
    }

    /// The .ann text of one document.
    public static func annotations(_ r: DocumentReport) -> String {
        let scalars = Array(r.text.unicodeScalars)
        var out = ""
        var note = 0
        for (i, s) in r.spans.enumerated() where s.start >= 0 && s.start < s.end && s.end <= scalars.count {
            let frags = fragments(s.start, s.end, scalars)
            let ranges = frags.map { "\($0.lowerBound) \($0.upperBound)" }.joined(separator: ";")
            let text = frags.map { String(String.UnicodeScalarView(scalars[$0])) }.joined(separator: " ")
            out += "T\(i + 1)\t\(type(s.label)) \(ranges)\t\(text)\n"
            var parts: [String] = []
            if let n = s.norm { parts.append("norm=\(n)") }
            if let rule = s.rule { parts.append("rule=\(rule)") }
            if !s.extractor.isEmpty { parts.append("extractor=\(s.extractor)") }
            if !parts.isEmpty {
                note += 1
                out += "#\(note)\tAnnotatorNotes T\(i + 1)\t\(oneLine(parts.joined(separator: "; ")))\n"
            }
        }
        for e in r.entities {
            let ids = e.mentions.filter { r.spans.indices.contains($0) }.sorted().map { "T\($0 + 1)" }
            if ids.count > 1 { out += "*\tEquiv \(ids.joined(separator: " "))\n" }
        }
        return out
    }

    /// The pieces of start..<end between line breaks, trimmed of the breaks.
    static func fragments(_ start: Int, _ end: Int, _ scalars: [Unicode.Scalar]) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var from = start
        for i in start..<end where scalars[i] == "\n" || scalars[i] == "\r" {
            if i > from { out.append(from..<i) }
            from = i + 1
        }
        if end > from { out.append(from..<end) }
        return out.isEmpty ? [start..<end] : out
    }

    /// brat types are single tokens.
    static func type(_ label: String) -> String {
        String(label.map { $0.isWhitespace ? "_" : $0 })
    }

    static func oneLine(_ s: String) -> String {
        String(s.map { $0.isNewline || $0 == "\t" ? " " : $0 })
    }

    /// A file name from the document id: path separators and control
    /// characters become `_`, a leading dot gets `_`, and a repeated name gets `-2`, `-3` ….
    func fileName(for id: String) -> String {
        var base = String(id.unicodeScalars.map { c -> Character in
            c == "/" || c == "\\" || c.properties.generalCategory == .control ? "_" : Character(c)
        })
        if base.isEmpty { base = "document" }
        if base.hasPrefix(".") { base = "_" + base }
        var name = base
        var n = 1
        while usedNames.contains(name) { n += 1; name = "\(base)-\(n)" }
        usedNames.insert(name)
        return name
    }

    private func save(_ text: String, as name: String) throws {
        let path = (folder as NSString).appendingPathComponent(name)
        do { try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic) } catch {
            throw ReportWriteError("\(path): error: cannot write the file (\(error.localizedDescription))")
        }
    }
}
