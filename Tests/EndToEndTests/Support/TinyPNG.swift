/// A valid 1×1 red PNG, as bytes would come from a client.
enum TinyPNG {
    static let base64 =
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC"
    static let dataURL = "data:image/png;base64," + base64
}
