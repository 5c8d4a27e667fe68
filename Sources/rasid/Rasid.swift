import ArgumentParser
import RasidEngine

@main
struct Rasid: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "rasid",
        abstract: "Rasid (راصد): named entities in Arabic news — ranks, titles, people, countries, organisations, places, dates.",
        subcommands: [Annotate.self, Check.self, Eval.self, Diff.self, Explain.self],
        defaultSubcommand: nil)

    static func main() {
        ProcessMemory.returnBigBlocks()
        main(nil)
    }
}
