import Testing

@testable import GatewayCore

@Suite("Chat → Converse: sampling and length parameters")
struct InferenceConfigurationTests {
    typealias H = ChatToConverseHarness

    static func body(_ parameters: String) -> String {
        #"{"model":"m","messages":[{"role":"user","content":"Hi"}],\#(parameters)}"#
    }

    @Test func maxCompletionTokensWinsOverMaxTokensAndStopBecomesStopSequences() throws {
        let wire = try H.converse(
            Self.body(#""max_tokens":100,"max_completion_tokens":200,"temperature":0.3,"top_p":0.9,"stop":["END",""]"#),
            model: H.Models.claude37Sonnet)
        #expect(wire["inferenceConfig"] == ["maxTokens": 200, "temperature": 0.3, "topP": 0.9, "stopSequences": ["END"]])
    }

    @Test func singleStopStringIsASequence() throws {
        let wire = try H.converse(Self.body(#""stop":"\n\n""#))
        #expect(wire["inferenceConfig"] == ["stopSequences": ["\n\n"]])
    }

    @Test func temperatureAboveBedrocksRangeIsClampedToOne() throws {
        let wire = try H.converse(Self.body(#""temperature":1.7"#))
        #expect(wire["inferenceConfig"] == ["temperature": 1])
    }

    @Test func exclusiveSamplingModelsKeepTemperatureAndDropTopP() throws {
        let wire = try H.converse(Self.body(#""temperature":0.5,"top_p":0.8"#), model: H.Models.claudeSonnet45)
        #expect(wire["inferenceConfig"] == ["temperature": 0.5])
    }

    @Test func nAboveOneIsAnErrorNamingN() throws {
        let error = try H.error(Self.body(#""n":2"#))
        #expect(error?.param == "n")
    }

    @Test func parametersWithoutAConverseCounterpartAreNotSent() throws {
        let wire = try H.converse(Self.body(#"""
        "n":1,"seed":7,"frequency_penalty":0.5,"presence_penalty":0.5,"logit_bias":{"50256":-100},"logprobs":true,
        "top_logprobs":2,"store":true,"prompt_cache_key":"k","safety_identifier":"s","verbosity":"low",
        "modalities":["text"],"stream_options":{"include_usage":true}
        """#), options: TranslationOptions(passThroughExtraFields: true))
        #expect(wire == ["messages": [["role": "user", "content": [["text": "Hi"]]]]])
    }
}
