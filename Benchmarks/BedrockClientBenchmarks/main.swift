// Costs of the per-request and per-event work of the Bedrock transport, in ns/op.
//
//     swift run -c release BedrockClientBenchmarks
//
// No assertions: numbers to compare between changes on the same machine.
import BedrockClient
import Foundation
import GatewayCore

/// Keeps the optimizer from dropping the measured work.
@inline(never)
func consume<T>(_ value: T) {
    withExtendedLifetime(value) {}
}

/// Runs `body` until about `target` has passed (after a warm-up) and prints ns/op and ops/s.
func measure(_ name: String, target: Duration = .milliseconds(700), _ body: () throws -> Void) rethrows {
    let clock = ContinuousClock()
    for _ in 0..<100 { try body() }  // warm-up: caches, lazy initialisation
    var iterations = 0
    var batch = 1
    let start = clock.now
    var elapsed = Duration.zero
    while elapsed < target {
        for _ in 0..<batch { try body() }
        iterations += batch
        batch = min(batch * 2, 100_000)
        elapsed = clock.now - start
    }
    let nanoseconds = Double(elapsed.components.seconds) * 1e9 + Double(elapsed.components.attoseconds) / 1e9
    let perOperation = nanoseconds / Double(iterations)
    let name = name.padding(toLength: 58, withPad: " ", startingAt: 0)
    print(
        "\(name) \(String(format: "%10.0f", perOperation)) ns/op  \(String(format: "%12.0f", 1e9 / perOperation)) ops/s"
    )
}

// MARK: - Inputs

let credentials = AWSCredentials(
    accessKeyId: "ASIAEXAMPLEEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    sessionToken: String(repeating: "IQoJb3JpZ2luX2VjEXAMPLE", count: 30))
let signingDate = Date(timeIntervalSince1970: 1_742_029_625)

/// A typical Converse body: a system prompt, a short conversation, inference settings (~1 KiB).
let converseBody: [UInt8] = {
    let request = ConverseRequest(
        messages: [
            ConverseMessage(
                role: .user,
                content: [
                    .text(
                        "Summarise the following text in three bullet points: "
                            + String(repeating: "lorem ipsum ", count: 40))
                ]),
            ConverseMessage(role: .assistant, content: [.text("• One\n• Two\n• Three")]),
            ConverseMessage(role: .user, content: [.text("Now make it shorter.")]),
        ],
        system: [.text("You are a concise assistant.")],
        inferenceConfig: ConverseInferenceConfiguration(maxTokens: 512, temperature: 0.3))
    return (try? [UInt8](BedrockJSONEncoder().encode(request))) ?? Array(repeating: UInt8(ascii: "x"), count: 1024)
}()

let converseRequest = SignableRequest(
    method: "POST",
    path: AWSPath.make(["model", "us.anthropic.claude-3-5-haiku-20241022-v1:0", "converse"]),
    headers: [
        (name: "Host", value: "bedrock-runtime.us-east-1.amazonaws.com"),
        (name: "Content-Type", value: "application/json"),
        (name: "Accept", value: "application/json"),
    ],
    payload: (try? PayloadHash.sha256(of: converseBody)) ?? .unsigned)

/// A `contentBlockDelta` frame as Bedrock sends it: a few words of text and the `p` padding.
let deltaPayload = Data(
    #"{"contentBlockIndex":0,"delta":{"text":" the quick brown fox"},"p":"abcdefghijklmnopqrstuvwxyzABCDEFGHIJ"}"#.utf8)
let deltaFrame: [UInt8] =
    (try? EventStreamEncoder().encode(.event(type: "contentBlockDelta", payload: deltaPayload))) ?? []

/// 1,000 such frames back to back, cut into 1 KiB chunks as a socket might deliver them.
let streamChunks: [[UInt8]] = {
    var bytes: [UInt8] = []
    for _ in 0..<1000 { bytes += deltaFrame }
    return stride(from: 0, to: bytes.count, by: 1024).map { Array(bytes[$0..<min($0 + 1024, bytes.count)]) }
}()

// MARK: - Benchmarks

print("BedrockClientBenchmarks (\(converseBody.count)-byte Converse body, \(deltaFrame.count)-byte delta frame)")

let signer = SigV4Signer()
try measure("SigV4 sign Converse request (cached key, hash given)") {
    consume(
        try signer.sign(
            converseRequest, credentials: credentials, region: "us-east-1", service: "bedrock", date: signingDate))
}
try measure("SigV4 hash body + sign Converse request (cached key)") {
    var request = converseRequest
    request.payload = try PayloadHash.sha256(of: converseBody)
    consume(
        try signer.sign(request, credentials: credentials, region: "us-east-1", service: "bedrock", date: signingDate))
}

try measure("event-stream decode one contentBlockDelta frame") {
    var decoder = EventStreamDecoder()
    decoder.append(deltaFrame)
    consume(try decoder.next())
}

let jsonDecoder = BedrockJSONDecoder()
try measure("ConverseStreamEvent JSON decode (contentBlockDelta)") {
    consume(try ConverseStreamEvent(eventType: "contentBlockDelta", payload: deltaPayload, decoder: jsonDecoder))
}

try measure("frame → ConverseStreamEvent (decode + JSON)") {
    var decoder = EventStreamDecoder()
    decoder.append(deltaFrame)
    if let message = try decoder.next() {
        consume(
            try ConverseStreamEvent(eventType: message.eventType ?? "", payload: message.payload, decoder: jsonDecoder))
    }
}

let clock = ContinuousClock()
var frames = 0
let streamStart = clock.now
var streams = 0
while clock.now - streamStart < .milliseconds(700) {
    var decoder = EventStreamDecoder()
    for chunk in streamChunks {
        decoder.append(chunk)
        while let message = try decoder.next() {
            consume(message)
            frames += 1
        }
    }
    try decoder.finish()
    streams += 1
}
let streamElapsed = clock.now - streamStart
let streamSeconds = Double(streamElapsed.components.seconds) + Double(streamElapsed.components.attoseconds) / 1e18
let framesLabel = "event-stream 1,000-frame stream in 1 KiB chunks".padding(toLength: 58, withPad: " ", startingAt: 0)
print(
    "\(framesLabel) \(String(format: "%10.0f", streamSeconds * 1e9 / Double(frames))) ns/frame "
        + "\(String(format: "%10.0f", Double(frames) / streamSeconds)) frames/s (\(streams) streams)")
