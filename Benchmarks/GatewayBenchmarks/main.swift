// The gateway's own cost, measured on loopback against the Bedrock simulator:
//
//     swift build -c release --product gatewayctl && swift run -c release GatewayBenchmarks
//     (or: make bench-gateway)
//
// 1. Latency: the same chat request sent sequentially to the simulator directly (a Converse
//    call) and through `gatewayctl serve` (OpenAI chat completion); p50/p99 of each and the
//    difference — what the gateway adds (HTTP parsing, auth, translation, signing, logging).
// 2. Throughput: requests/s through the gateway with concurrent clients, and the same load
//    sent to the simulator directly for reference.
// 3. Memory: the gateway process's resident set size (from /proc) idle and with many
//    concurrent streams held open (the simulator paces their events).
//
// The gateway runs as its own process (the release `gatewayctl` next to this binary) so its
// memory is measured alone; the simulator and the load generator share this process. Every
// phase is bounded in requests and time, and nothing leaves 127.0.0.1.
// Options: --requests N (latency samples, default 400), --concurrency C (default 32),
// --load N (throughput requests, default 4000), --streams S (default 256).
import BedrockClient
import BedrockSimulator
import Foundation
import GatewayCore
import Logging

#if canImport(Glibc)
import Glibc
#endif

// MARK: - Settings

func option(_ name: String, default value: Int) -> Int {
    let arguments = CommandLine.arguments
    guard let index = arguments.firstIndex(of: name), index + 1 < arguments.count,
        let parsed = Int(arguments[index + 1]), parsed > 0
    else { return value }
    return parsed
}

let latencySamples = option("--requests", default: 400)
let concurrency = option("--concurrency", default: 32)
let loadRequests = option("--load", default: 4000)
let streamCount = option("--streams", default: 256)
let phaseTimeLimit: Duration = .seconds(120)
let apiKey = "sk-bench-0123456789abcdef"
let chatModel = "us.amazon.nova-lite-v1:0"
let prompt = "Summarise the benefits of connection reuse in two sentences, please."

// MARK: - Measurement helpers

struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
}

/// Milliseconds from a Duration.
func milliseconds(_ duration: Duration) -> Double {
    Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
}

func percentile(_ sorted: [Double], _ fraction: Double) -> Double {
    guard !sorted.isEmpty else { return .nan }
    let rank = Int((fraction * Double(sorted.count)).rounded(.up)) - 1
    return sorted[min(max(rank, 0), sorted.count - 1)]
}

func format(_ value: Double, _ decimals: Int = 2) -> String {
    String(format: "%.\(decimals)f", value)
}

/// VmRSS and VmHWM of a process, in KiB, from /proc/<pid>/status.
func residentKiB(pid: Int32) -> (rss: Int, peak: Int)? {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8) else { return nil }
    func field(_ name: String) -> Int? {
        guard let line = text.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return nil }
        return Int(line.split(separator: " ", omittingEmptySubsequences: true).dropFirst().first ?? "")
    }
    guard let rss = field("VmRSS"), let peak = field("VmHWM") else { return nil }
    return (rss, peak)
}

/// Runs `count` calls of `body` with `width` in flight at a time; returns the wall time.
func runConcurrently(
    count: Int, width: Int, _ body: @escaping @Sendable (Int) async throws -> Void
) async throws -> Duration {
    let clock = ContinuousClock()
    let started = clock.now
    try await withThrowingTaskGroup(of: Void.self) { group in
        var next = 0
        for _ in 0..<min(width, count) {
            let index = next
            group.addTask { try await body(index) }
            next += 1
        }
        while try await group.next() != nil {
            if clock.now - started > phaseTimeLimit {
                group.cancelAll()
                throw BenchmarkFailure(description: "phase exceeded \(phaseTimeLimit)")
            }
            if next < count {
                let index = next
                group.addTask { try await body(index) }
                next += 1
            }
        }
    }
    return clock.now - started
}

// MARK: - The simulator (in this process)

var quiet = Logger(label: "GatewayBenchmarks")
quiet.logLevel = .error
// Validation off: the simulator's own schema check would only add the same cost to both paths.
let simulator = BedrockSimulator(
    configuration: BedrockSimulatorConfiguration(validatesRequests: false, logger: quiet))
let simulatorPort = try await simulator.start(host: "127.0.0.1", port: 0)
let simulatorURL = "http://127.0.0.1:\(simulatorPort)"

// MARK: - The gateway (its own process)

let binDirectory = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
let gatewayctl = binDirectory.appendingPathComponent("gatewayctl")
guard FileManager.default.isExecutableFile(atPath: gatewayctl.path) else {
    FileHandle.standardError.write(
        Data("gatewayctl not found next to this binary (\(gatewayctl.path)); build it first: swift build -c release --product gatewayctl\n".utf8))
    exit(1)
}

func freePort() throws -> Int {
    let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    guard descriptor >= 0 else { throw BenchmarkFailure(description: "socket() failed") }
    defer { close(descriptor) }
    var address = sockaddr_in()
    address.sin_family = sa_family_t(AF_INET)
    address.sin_addr.s_addr = inet_addr("127.0.0.1")
    address.sin_port = 0
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &address) { pointer in
        pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { socketAddress in
            bind(descriptor, socketAddress, length) == 0 && getsockname(descriptor, socketAddress, &length) == 0
        }
    }
    guard bound else { throw BenchmarkFailure(description: "bind() failed") }
    return Int(UInt16(bigEndian: address.sin_port))
}

let gatewayPort = try freePort()
let gatewayProcess = Process()
gatewayProcess.executableURL = gatewayctl
gatewayProcess.arguments = ["serve", "--backend", "bedrock", "--host", "127.0.0.1", "--port", String(gatewayPort)]
var gatewayEnvironment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") && !$0.key.hasPrefix("API_KEY") }
gatewayEnvironment.merge([
    "API_KEY": apiKey,
    "AWS_REGION": "us-east-1",
    "AWS_ACCESS_KEY_ID": "AKIDEXAMPLE",
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
    "AWS_ENDPOINT_URL_BEDROCK_RUNTIME": simulatorURL,
    "AWS_ENDPOINT_URL_BEDROCK": simulatorURL,
    "AWS_EC2_METADATA_DISABLED": "true",
    "NO_PROXY": "127.0.0.1", "no_proxy": "127.0.0.1",
]) { _, new in new }
gatewayProcess.environment = gatewayEnvironment
// The request log lines are part of the gateway's cost: written, then discarded.
gatewayProcess.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
gatewayProcess.standardError = FileHandle(forWritingAtPath: "/dev/null")
try gatewayProcess.run()
let gatewayPID = gatewayProcess.processIdentifier
let gatewayURL = "http://127.0.0.1:\(gatewayPort)"

func stopGateway() {
    if gatewayProcess.isRunning {
        kill(gatewayPID, SIGTERM)
        gatewayProcess.waitUntilExit()
    }
}

// MARK: - Clients

let client = HTTPClient(
    configuration: .init(
        timeouts: HTTPTimeouts(connect: .seconds(5), idleRead: .seconds(60)), proxy: .disabled, preferHTTP2: false))

let gatewayBody = Data(
    #"{"model":"\#(chatModel)","max_tokens":64,"messages":[{"role":"user","content":"\#(prompt)"}]}"#.utf8)
let streamBody = Data(
    #"{"model":"\#(chatModel)","max_tokens":64,"stream":true,"messages":[{"role":"user","content":"\#(prompt)"}]}"#.utf8)
let converseBody = Data(
    #"{"messages":[{"role":"user","content":[{"text":"\#(prompt)"}]}],"inferenceConfig":{"maxTokens":64}}"#.utf8)

@Sendable func viaGateway(_ body: Data = gatewayBody) async throws {
    let response = try await client.execute(
        HTTPRequest(
            method: .post, url: gatewayURL + "/v1/chat/completions",
            headers: ["Authorization": "Bearer \(apiKey)", "Content-Type": "application/json"], body: .bytes(body)))
    guard response.status == 200 else {
        throw BenchmarkFailure(description: "gateway answered \(response.status): \(String(decoding: response.body, as: UTF8.self))")
    }
}

@Sendable func direct() async throws {
    // The simulator only checks that a request is authorized, as Bedrock would with a Bedrock API key.
    let response = try await client.execute(
        HTTPRequest(
            method: .post, url: simulatorURL + "/model/\(chatModel)/converse",
            headers: ["Authorization": "Bearer bench", "Content-Type": "application/json"], body: .bytes(converseBody)))
    guard response.status == 200 else { throw BenchmarkFailure(description: "simulator answered \(response.status)") }
}

func sequentialLatencies(_ count: Int, _ call: @Sendable () async throws -> Void) async throws -> [Double] {
    let clock = ContinuousClock()
    var samples: [Double] = []
    samples.reserveCapacity(count)
    for _ in 0..<count {
        let started = clock.now
        try await call()
        samples.append(milliseconds(clock.now - started))
    }
    return samples.sorted()
}

do {
    // Wait for the gateway to listen.
    let clock = ContinuousClock()
    let deadline = clock.now + .seconds(30)
    while true {
        if let health = try? await client.execute(HTTPRequest(url: gatewayURL + "/health")), health.status == 200 { break }
        guard gatewayProcess.isRunning, clock.now < deadline else {
            throw BenchmarkFailure(description: "the gateway did not start")
        }
        try await Task.sleep(for: .milliseconds(100))
    }

    print("Gateway benchmark (loopback; gatewayctl pid \(gatewayPID) → simulator in this process)")
    print("machine: \(ProcessInfo.processInfo.activeProcessorCount) cores; \(ProcessInfo.processInfo.operatingSystemVersionString)")

    // Warm-up: connections, the model catalog, lazily built state on both sides.
    for _ in 0..<50 {
        try await viaGateway()
        try await direct()
    }
    let idle = residentKiB(pid: gatewayPID)

    // 1. Latency, sequential, interleaved in blocks so drift affects both paths alike.
    var directSamples: [Double] = []
    var gatewaySamples: [Double] = []
    for _ in 0..<10 {
        directSamples += try await sequentialLatencies(latencySamples / 10, direct)
        gatewaySamples += try await sequentialLatencies(latencySamples / 10, { try await viaGateway() })
    }
    directSamples.sort()
    gatewaySamples.sort()
    print("\n1. Latency, one request at a time (\(gatewaySamples.count) each, non-streaming chat, 64 max tokens)")
    func latencyLine(_ label: String, p50: Double, p99: Double) {
        print("   " + label.padding(toLength: 37, withPad: " ", startingAt: 0) + "p50 \(format(p50)) ms   p99 \(format(p99)) ms")
    }
    let direct50 = percentile(directSamples, 0.5), direct99 = percentile(directSamples, 0.99)
    let gateway50 = percentile(gatewaySamples, 0.5), gateway99 = percentile(gatewaySamples, 0.99)
    latencyLine("simulator directly (Converse):", p50: direct50, p99: direct99)
    latencyLine("through the gateway (OpenAI chat):", p50: gateway50, p99: gateway99)
    latencyLine("added by the gateway:", p50: gateway50 - direct50, p99: gateway99 - direct99)

    // 2. Throughput.
    let directTime = try await runConcurrently(count: loadRequests, width: concurrency) { _ in try await direct() }
    let gatewayTime = try await runConcurrently(count: loadRequests, width: concurrency) { _ in try await viaGateway() }
    let directRate = Double(loadRequests) / (milliseconds(directTime) / 1000)
    let gatewayRate = Double(loadRequests) / (milliseconds(gatewayTime) / 1000)
    print("\n2. Throughput, \(concurrency) concurrent clients, \(loadRequests) requests")
    print("   simulator directly:   \(format(directRate, 0)) requests/s")
    print("   through the gateway:  \(format(gatewayRate, 0)) requests/s")
    let afterLoad = residentKiB(pid: gatewayPID)

    // 3. Many concurrent streams, each held open for a few seconds by paced events (200 ms apart).
    simulator.enqueue(try SimulatorScenario(parsing: "interval:200"), count: streamCount, operations: ["ConverseStream"])
    let sampler = Task {
        var peak = 0
        while !Task.isCancelled {
            if let sample = residentKiB(pid: gatewayPID) { peak = max(peak, sample.rss) }
            try? await Task.sleep(for: .milliseconds(20))
        }
        return peak
    }
    let streamTime = try await runConcurrently(count: streamCount, width: streamCount) { _ in
        try await viaGateway(streamBody)
    }
    sampler.cancel()
    let peakDuringStreams = await sampler.value
    print("\n3. Memory of the gateway process (VmRSS)")
    if let idle, let afterLoad {
        print("   after warm-up:                          \(format(Double(idle.rss) / 1024, 1)) MiB")
        print("   after the throughput run:               \(format(Double(afterLoad.rss) / 1024, 1)) MiB")
        let label = "   peak with \(streamCount) concurrent streams:".padding(toLength: 43, withPad: " ", startingAt: 0)
        print(label + "\(format(Double(peakDuringStreams) / 1024, 1)) MiB "
            + "(≈ \(format(Double(peakDuringStreams - afterLoad.rss) / Double(streamCount), 1)) KiB per open stream; "
            + "all \(streamCount) done in \(format(milliseconds(streamTime) / 1000, 1)) s)")
    } else {
        print("   /proc/\(gatewayPID)/status unavailable: memory not measured")
    }
    stopGateway()
    await client.shutdown()
    await simulator.shutdown()
} catch {
    stopGateway()
    await client.shutdown()
    await simulator.shutdown()
    FileHandle.standardError.write(Data("GatewayBenchmarks: \(error)\n".utf8))
    exit(1)
}
