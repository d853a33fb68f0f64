import ArgumentParser
import Foundation

/// `gatewayctl models`: what `GET /v1/models` of a gateway in this environment would list.
struct Models: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the models the gateway serves: foundation models, cross-region and application inference profiles.",
        discussion: """
            Asks Bedrock for its foundation models and inference profiles (ListFoundationModels, \
            ListInferenceProfiles) and applies the gateway's own rules, with the gateway's \
            settings from the environment (ENABLE_CROSS_REGION_INFERENCE, \
            ENABLE_APPLICATION_INFERENCE_PROFILES, DEFAULT_MODEL, DEFAULT_EMBEDDING_MODEL): the \
            models shown are the ones GET /v1/models lists, in its order. Any of the IDs can be \
            sent as "model".

            Columns: ID (what clients send), TYPE (foundation-model, cross-region-profile, \
            application-profile, configured), USE (chat or embedding), INPUT (input modalities), \
            STREAM (whether the model streams), LIFECYCLE (ACTIVE, or LEGACY: still served to \
            accounts that used it recently), NAME. "?" means Bedrock did not say.

            Exit status: 0 on success; 1 on failure, with a one-line reason on stderr; \
            64 for usage errors.

            Examples:
              gatewayctl models
              gatewayctl models --region eu-central-1
              gatewayctl models --json | jq -r '.models[] | select(.usage == "chat") | .id'
            """
    )

    @Option(help: ArgumentHelp("The AWS region to list (default: AWS_REGION, else us-east-1).", valueName: "region"))
    var region: String?

    @Flag(help: "Print JSON for scripts: {\"region\": …, \"models\": [{\"id\", \"type\", \"usage\", \"input_modalities\", \"streaming\", \"lifecycle\", …}]}.")
    var json = false

    @Flag(help: "Also show the models the gateway does not list (not on demand, image output, inactive profiles…).")
    var all = false

    private struct Listing: Encodable {
        var region: String
        var models: [ModelRow]
    }

    func run() async throws {
        try await CommandRunner.run("models") {
            let session = try AWSSession(region: region)
            let catalog = try await ModelListing.fetch(session: session)
            let rows = catalog.entries.filter { all || $0.isListed }.map(ModelRow.init)
            if json {
                Console.out(try JSONOutput.encode(Listing(region: session.region, models: rows)) + "\n")
                return
            }
            var table = TextTable(
                headers: ["ID", "TYPE", "USE", "INPUT", "STREAM", "LIFECYCLE"] + (all ? ["LISTED"] : []) + ["NAME"])
            for row in rows {
                var cells = [
                    row.id, row.type, row.usage, row.inputModalities?.joined(separator: ",") ?? "?",
                    row.streaming.map { $0 ? "yes" : "no" } ?? "?", row.lifecycle ?? "?",
                ]
                if all { cells.append(row.listed ? "yes" : "no") }
                cells.append(row.name ?? "")
                table.append(cells)
            }
            Console.out(table.render())
            let chat = rows.filter { $0.listed && $0.usage == "chat" }.count
            let embedding = rows.filter { $0.listed && $0.usage == "embedding" }.count
            Console.note("\(chat) chat and \(embedding) embedding models listed in \(session.region).")
        }
    }
}
