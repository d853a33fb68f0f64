/// A coding key for members whose names are only known at run time.
///
/// Used to collect unknown top-level request fields into `extraFields`, to write them back out,
/// and to build coding paths (`messages[2].content[0].type`) for errors raised after decoding.
struct AnyCodingKey: CodingKey, Hashable, Sendable {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        self.stringValue = string
        self.intValue = nil
    }

    init(index: Int) {
        self.stringValue = "Index \(index)"
        self.intValue = index
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        self.init(index: intValue)
    }
}
