import Foundation
import Testing

@testable import OpenAIModels

/// `/v1/embeddings`: every documented input form, base64 float32 vectors, and the list object.
@Suite struct EmbeddingsTests {
    @Test func everyDocumentedInputFormDecodes() throws {
        let forms: [(String, EmbeddingInput)] = [
            (#""The food was delicious""#, .text("The food was delicious")),
            (#"["first","second"]"#, .texts(["first", "second"])),
            (#"[1820,25,5176]"#, .tokens([1820, 25, 5176])),
            (#"[[1820,25],[5176]]"#, .tokenBatches([[1820, 25], [5176]])),
        ]
        for (json, expected) in forms {
            let request = try WireJSON.request(
                EmbeddingRequest.self, #"{"input":\#(json),"model":"text-embedding-3-small"}"#)
            #expect(request.input == expected)
            #expect(try WireJSON.encode(request.input) == WireJSON.parse(json))
        }
        #expect(EmbeddingInput.tokenBatches([[1], [2], [3]]).count == 3)
    }

    @Test func sdkRequestWithFormatDimensionsAndExtraFieldsDecodes() throws {
        let body = """
            {"input":["hello"],"model":"cohere.embed-english-v3","encoding_format":"base64","dimensions":256,
             "user":"u","input_type":"search_document","truncate":"END","nothing":null}
            """
        let request = try WireJSON.request(EmbeddingRequest.self, body)
        #expect(request.encodingFormat == .base64)
        #expect(request.dimensions == 256)
        #expect(request.user == "u")
        #expect(request.extraFields == ["input_type": "search_document", "truncate": "END", "nothing": nil])
        #expect(try WireJSON.encode(request) == WireJSON.parse(body))
    }

    @Test func badInputsAreNamed() throws {
        let cases: [(String, String?, String)] = [
            (#"{"input":5,"model":"m"}"#, "input",
             "Invalid type for 'input': expected one of a string, an array of strings, an array of integers, or an array of arrays of integers, but got an integer instead."),
            (#"{"input":["a",1],"model":"m"}"#, "input[1]",
             "Invalid type for 'input[1]': expected a string, but got an integer instead."),
            (#"{"input":[1,1.5],"model":"m"}"#, "input[1]",
             "Invalid type for 'input[1]': expected an integer, but got a decimal instead."),
            (#"{"input":[[1],[2,"x"]],"model":"m"}"#, "input[1][1]",
             "Invalid type for 'input[1][1]': expected an integer, but got a string instead."),
            (#"{"input":[],"model":"m"}"#, "input",
             "Invalid 'input': empty array. Expected an array with minimum length 1, but got an empty array instead."),
            (#"{"input":"","model":"m"}"#, "input",
             "Invalid 'input': empty string. Expected a string with minimum length 1, but got an empty string instead."),
            (#"{"input":"x","model":"m","encoding_format":"int8"}"#, "encoding_format",
             "Invalid value: 'int8'. Supported values are: 'float' and 'base64'."),
            (#"{"input":"x","model":"m","dimensions":0}"#, "dimensions",
             "Invalid 'dimensions': integer below minimum value. Expected a value >= 1, but got 0 instead."),
            (#"{"model":"m"}"#, "input", "Missing required parameter: 'input'."),
        ]
        for (body, param, message) in cases {
            let error = try #require(WireJSON.rejection(EmbeddingRequest.self, body))
            #expect(error.param == param)
            #expect(error.message == message)
        }
    }

    @Test func base64IsLittleEndianFloat32() throws {
        // 1.0f = 0x3F800000 → bytes 00 00 80 3F; -2.0f = 0xC0000000 → 00 00 00 C0;
        // 0.5f = 0x3F000000 → 00 00 00 3F.
        #expect(EmbeddingVector.base64Encoded([1.0]) == Data([0x00, 0x00, 0x80, 0x3F]).base64EncodedString())
        #expect(EmbeddingVector.base64Encoded([1.0]) == "AACAPw==")
        #expect(EmbeddingVector.base64Encoded([1.0, -2.0]) == "AACAPwAAAMA=")
        #expect(EmbeddingVector.base64Encoded([0.5]) == "AAAAPw==")
        #expect(EmbeddingVector.base64Encoded([]) == "")
        #expect(EmbeddingVector.floats(fromBase64: "AACAPwAAAMA=") == [1.0, -2.0])
        #expect(EmbeddingVector.floats(fromBase64: "AAAAPw==") == [0.5])
    }

    @Test func base64RoundTripsAnyVectorAndRejectsMisalignedData() throws {
        let vector: [Float] = [0.0023064255, -0.009327292, .leastNonzeroMagnitude, .greatestFiniteMagnitude, -0.0]
        let decoded = try #require(EmbeddingVector.floats(fromBase64: EmbeddingVector.base64Encoded(vector)))
        #expect(decoded.map(\.bitPattern) == vector.map(\.bitPattern))
        #expect(EmbeddingVector.floats(fromBase64: "AACA") == nil)  // 3 bytes
        #expect(EmbeddingVector.floats(fromBase64: "not base64!") == nil)
        #expect(EmbeddingVector(floats: [1.0], format: .base64) == .base64("AACAPw=="))
        #expect(EmbeddingVector(floats: [1.0], format: nil) == .floats([1.0]))
        #expect(EmbeddingVector.base64("AACAPw==").floatValues == [1.0])
    }

    @Test func responseEncodesAsTheDocumentedList() throws {
        let response = EmbeddingResponse(
            data: [Embedding(index: 0, embedding: .floats([0.0023064255, -0.009327292, -0.0028842222]))],
            model: "text-embedding-ada-002", usage: EmbeddingUsage(promptTokens: 8))
        let expected = try WireJSON.parse(
            """
            {"object":"list","data":[{"object":"embedding","embedding":[0.0023064255,-0.009327292,-0.0028842222],"index":0}],
             "model":"text-embedding-ada-002","usage":{"prompt_tokens":8,"total_tokens":8}}
            """)
        #expect(try WireJSON.encode(response) == expected)

        let base64 = EmbeddingResponse(
            data: [Embedding(index: 0, embedding: .base64("AACAPw=="))], model: "m",
            usage: EmbeddingUsage(promptTokens: 1))
        #expect(try WireJSON.encode(base64)["data"] == [["object": "embedding", "embedding": "AACAPw==", "index": 0]])
    }

    @Test func responseDecodesBothVectorForms() throws {
        let response = try WireJSON.decode(
            EmbeddingResponse.self,
            """
            {"object":"list","data":[{"object":"embedding","embedding":[0.5,1],"index":0},
              {"object":"embedding","embedding":"AACAPw==","index":1}],
             "model":"m","usage":{"prompt_tokens":2,"total_tokens":2}}
            """)
        #expect(response.data[0].embedding == .floats([0.5, 1.0]))
        #expect(response.data[1].embedding.floatValues == [1.0])
        #expect(response.usage == EmbeddingUsage(promptTokens: 2, totalTokens: 2))
    }
}
