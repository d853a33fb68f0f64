import ArgumentParser
import Foundation

/// `gatewayctl doctor`: checks what a gateway in this environment needs, one line per check.
struct Doctor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check that this environment can run the gateway: region, credentials, Bedrock, model access, key secret.",
        discussion: """
            Runs these checks with this shell's environment (the one the gateway would get) and \
            prints PASS, FAIL or SKIP for each, with a hint for every failure:

              settings       the gateway's environment variables are valid
              region         the region used, and where it was configured
              credentials    which credentials provider answered; when they expire
              bedrock        Bedrock answers ListFoundationModels in the region
              default model  DEFAULT_MODEL answers a 1-token Converse call
                             (proves model access, which listings cannot)
              key secret     API_KEY_SECRET_ARN (or API_KEY_PARAM_NAME) is
                             readable and in a format the gateway reads
                             (only key fingerprints are shown)

            Exits 0 when nothing failed, 1 otherwise. Every AWS call is time-limited.

            Examples:
              gatewayctl doctor
              AWS_PROFILE=prod gatewayctl doctor --region eu-central-1
              gatewayctl doctor --json | jq '.checks[] | select(.status == "FAIL")'
            """
    )

    @Option(help: ArgumentHelp("Check this region instead of AWS_REGION.", valueName: "region"))
    var region: String?

    @Flag(help: "Print JSON for scripts: {\"checks\": [{\"name\", \"status\", \"detail\", \"hint\"}]}.")
    var json = false

    private struct Report: Encodable {
        var checks: [DoctorCheck]
        var failed: Int
    }

    func run() async throws {
        try await CommandRunner.run("doctor") {
            let nameWidth = 13
            let checks = await DoctorChecks(environment: ProcessInfo.processInfo.environment, region: region).run { check in
                guard !json else { return }
                let name = check.name.padding(toLength: nameWidth, withPad: " ", startingAt: 0)
                Console.out("\(check.status.rawValue)  \(name)  \(check.detail)\n")
                if let hint = check.hint, check.status != .pass {
                    Console.out("      \(String(repeating: " ", count: nameWidth))  hint: \(hint)\n")
                }
            }
            let failed = checks.filter { $0.status == .fail }
            if json { Console.out(try JSONOutput.encode(Report(checks: checks, failed: failed.count)) + "\n") }
            guard failed.isEmpty else {
                let names = failed.map(\.name).joined(separator: ", ")
                throw OperatorError("\(failed.count) of \(checks.count) checks failed (\(names))")
            }
        }
    }
}
