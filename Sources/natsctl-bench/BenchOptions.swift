#if canImport(Glibc)
    import Glibc
#endif

/// The command line of the bench program (the contract of `bench-reference/README.md`).
struct BenchOptions {
    var mode = "pub"
    var url = "nats://127.0.0.1:4222"
    var count = 100_000
    var size = 128
    var subject = "bench.subj"
    var stream = "BENCH"
    var window = 256
    var maxSeconds = 20.0
    var client = "swift"

    static func parse(_ arguments: [String]) -> BenchOptions {
        var options = BenchOptions()
        var index = 0
        while index < arguments.count {
            var flag = arguments[index]
            var value: String?
            if let equals = flag.firstIndex(of: "=") {
                value = String(flag[flag.index(after: equals)...])
                flag = String(flag[..<equals])
            } else if index + 1 < arguments.count {
                index += 1
                value = arguments[index]
            }
            guard let value else { die("missing value for \(flag)") }
            switch flag.drop(while: { $0 == "-" }) {
            case "mode": options.mode = value
            case "url": options.url = value
            case "n": options.count = integer(value, flag)
            case "size": options.size = integer(value, flag)
            case "subj": options.subject = value
            case "stream": options.stream = value
            case "window": options.window = integer(value, flag)
            case "max-secs":
                guard let seconds = Double(value) else { die("bad \(flag): \(value)") }
                options.maxSeconds = seconds
            case "client": options.client = value
            default: die("unknown flag \(flag)")
            }
            index += 1
        }
        return options
    }

    var maxDuration: Duration { .milliseconds(Int(maxSeconds * 1000)) }

    private static func integer(_ text: String, _ flag: String) -> Int {
        guard let value = Int(text), value >= 0 else { die("bad \(flag): \(text)") }
        return value
    }
}

func die(_ message: String) -> Never {
    var line = Array("natsctl-bench: \(message)\n".utf8)
    _ = write(2, &line, line.count)
    exit(1)
}
