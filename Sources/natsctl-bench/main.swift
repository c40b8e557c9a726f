import FoundationEssentials
import NATSClient

// natsctl-bench: the NATSClient side of `bench-reference` (modes pub, pubsub, req).
let options = BenchOptions.parse(Array(CommandLine.arguments.dropFirst()))
let report: Report
switch options.mode {
case "pub": report = await benchPublish(options)
case "pubsub": report = await benchPublishSubscribe(options)
case "req": report = await benchRequest(options)
default: die("unsupported mode \(options.mode) (pub, pubsub, req)")
}
print(report.line)
