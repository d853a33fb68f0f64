import Foundation
import GatewayCore

/// One block of a simulated reply, independent of the API it is rendered for.
enum ReplyBlock: Sendable, Hashable {
    case reasoning(text: String, signature: String?)
    case redactedReasoning(Data)
    case text(String)
    case toolUse(id: String, name: String, input: JSONValue)

    /// Characters this block costs in output tokens.
    var outputCharacters: Int {
        switch self {
        case .reasoning(let text, _): text.count
        case .redactedReasoning(let data): data.count
        case .text(let text): text.count
        case .toolUse(_, let name, let input): name.count + InputTally.canonicalJSON(input).count
        }
    }
}
