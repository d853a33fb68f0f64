import Foundation
import Testing

@testable import OpenAIModels

/// `GET /v1/models` and `GET /v1/models/{model}`.
@Suite struct ModelListTests {
    @Test func listEncodesAsTheDocumentedObject() throws {
        let list = ModelList(data: [
            Model(id: "model-id-0", created: 1_686_935_002, ownedBy: "organization-owner"),
            Model(id: "model-id-1", created: 1_686_935_002, ownedBy: "openai"),
        ])
        let expected = try WireJSON.parse(
            """
            {"object":"list","data":[
              {"id":"model-id-0","object":"model","created":1686935002,"owned_by":"organization-owner"},
              {"id":"model-id-1","object":"model","created":1686935002,"owned_by":"openai"}]}
            """)
        #expect(try WireJSON.encode(list) == expected)
        #expect(try JSONDecoder().decode(ModelList.self, from: JSONEncoder().encode(list)) == list)
    }

    @Test func singleModelDecodes() throws {
        let model = try WireJSON.decode(
            Model.self, #"{"id":"gpt-4o","object":"model","created":1715367049,"owned_by":"system"}"#)
        #expect(model == Model(id: "gpt-4o", created: 1_715_367_049, ownedBy: "system"))
    }
}
