@testable import RasidEngine
import RasidModel

/// The bundled rules, lexicons and extractors as one annotator, built once
/// for every test that runs sentences through the whole pipeline.
enum BundledPipeline {
    static let annotator: Annotator = {
        let (a, diags) = ExtractorRegistry.makeAnnotator(config: Configuration(), rulesDirectory: RuleExampleTests.rulesDir)
        precondition(a != nil, diags.map(\.description).joined(separator: "\n"))
        return a!
    }()

    static func annotate(_ text: String) -> DocumentReport {
        annotator.annotate(Document(id: "t", text: text), scratch: annotator.makeScratch())
    }
}
