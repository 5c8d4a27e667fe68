import Foundation
import FuzzDriver
import RasidModel
import RasidReport

/// Any bytes as a report or gold file: reading either fails with one
/// positioned error line or returns documents the scorer can use.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzReportReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = fuzzBytes(data, size)
    let input = Data(bytes)
    do {
        let docs = try ReportReader.read(data: input, name: "fuzz.jsonl")
        let byID = Dictionary(docs.map { ($0.id, $0.spans) }, uniquingKeysWith: { a, _ in a })
        _ = Scorer().score(gold: byID, predicted: byID)
        for d in docs {
            let n = d.text.unicodeScalars.count
            for s in d.spans where s.start < 0 || s.start > s.end || (!d.text.isEmpty && s.end > n) {
                fatalError("reader accepted span \(s.start)..\(s.end) for a text of \(n) scalars")
            }
        }
    } catch let e as ReportReader.ReadError {
        guard e.description.hasPrefix("fuzz.jsonl"), !e.description.contains("\n") else { fatalError("bad error: \(e)") }
    } catch {
        fatalError("unexpected error type: \(error)")
    }
    return 0
}

/// SwiftPM links executables with `main` aliased to `FuzzReportReader_main`; this is it:
/// it hands the command line to libFuzzer's driver with the function above.
@_cdecl("FuzzReportReader_main")
public func FuzzReportReaderMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> Int32 {
    runLibFuzzer(argc, argv, fuzzReportReader)
}
