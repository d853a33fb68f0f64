/// Renders a Swift coding path as an OpenAI `param`: `messages[2].content[0].type`.
///
/// When the request document is at hand the rendering follows its real structure, so an object
/// member whose name happens to be numeric (`logit_bias.50256`) is not mistaken for an index.
enum ParamPath {
    static func render(_ codingPath: [any CodingKey], in document: JSONValue? = nil) -> String? {
        guard !codingPath.isEmpty else { return nil }
        var rendered = ""
        var current = document
        for key in codingPath {
            let isIndex: Bool
            switch current {
            case .array?: isIndex = key.intValue != nil
            case .object?: isIndex = false
            default: isIndex = key.intValue != nil && key.stringValue.hasPrefix("Index ")
            }
            if isIndex, let index = key.intValue {
                rendered += "[\(index)]"
            } else {
                rendered += rendered.isEmpty ? key.stringValue : ".\(key.stringValue)"
            }
            current = current?.value(at: [key])
        }
        return rendered
    }
}
