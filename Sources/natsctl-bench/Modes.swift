import FoundationEssentials
import NATSClient
import Synchronization

func connect(_ options: BenchOptions, name: String) async -> Connection {
    do {
        var connectionOptions = try ConnectionOptions(url: options.url)
        connectionOptions.name = name
        connectionOptions.reconnect.allowReconnect = false
        connectionOptions.subscriptionCapacity = Int.max
        return try await Connection.connect(connectionOptions)
    } catch {
        die("connect: \(error)")
    }
}

/// N publishes, then a flush; timed from the first publish to the PONG.
func benchPublish(_ options: BenchOptions) async -> Report {
    let connection = await connect(options, name: "swift-bench-pub")
    let payload = Data(count: options.size)
    let clock = ContinuousClock()
    let start = clock.now
    let deadline = start + options.maxDuration
    var sent = 0
    do {
        for index in 0..<options.count {
            try connection.publish(options.subject, payload: payload)
            sent += 1
            if index & 1023 == 1023 && clock.now > deadline { break }
        }
        try await connection.flush(timeout: .seconds(30))
    } catch {
        die("publish: \(error)")
    }
    let elapsed = clock.now - start
    await connection.close()
    return Report(
        options: options, ok: sent, elapsed: elapsed, latenciesNanos: nil, errors: 0,
        withMegabytes: true)
}

/// N publishes on one connection received on another; timed until the Nth arrives.
func benchPublishSubscribe(_ options: BenchOptions) async -> Report {
    let subscriber = await connect(options, name: "swift-bench-sub")
    let publisher = await connect(options, name: "swift-bench-pub")
    let subscription: Subscription
    do {
        subscription = try subscriber.subscribe(options.subject)
        try await subscriber.flush()
    } catch {
        die("subscribe: \(error)")
    }
    let target = options.count
    let clock = ContinuousClock()
    let lastArrival = Mutex<ContinuousClock.Instant?>(nil)
    let received = Atomic<Int>(0)
    let consumer = Task {
        var count = 0
        do {
            for try await _ in subscription {
                count += 1
                if count == target {
                    lastArrival.withLock { $0 = clock.now }
                    break
                }
            }
        } catch {
            die("receive: \(error)")
        }
        received.store(count, ordering: .releasing)
    }
    let payload = Data(count: options.size)
    let start = clock.now
    let deadline = start + options.maxDuration
    do {
        for index in 0..<options.count {
            try publisher.publish(options.subject, payload: payload)
            if index & 1023 == 1023 && clock.now > deadline { break }
        }
        try await publisher.flush(timeout: .seconds(30))
    } catch {
        die("publish: \(error)")
    }
    let waitUntil = deadline + .seconds(5)
    let watchdog = Task {
        try? await Task.sleep(until: waitUntil, clock: clock)
        if !Task.isCancelled { await subscriber.close() }
    }
    await consumer.value
    watchdog.cancel()
    let end = lastArrival.withLock { $0 } ?? clock.now
    let got = received.load(ordering: .acquiring)
    await publisher.close()
    await subscriber.close()
    return Report(
        options: options, ok: got, elapsed: end - start, latenciesNanos: nil,
        errors: options.count - got, withMegabytes: true)
}

/// N sequential requests answered by a replier on a second connection.
func benchRequest(_ options: BenchOptions) async -> Report {
    let replier = await connect(options, name: "swift-bench-replier")
    let payload = Data(count: options.size)
    let requests: Subscription
    do {
        requests = try replier.subscribe(options.subject)
        try await replier.flush()
    } catch {
        die("subscribe: \(error)")
    }
    let responder = Task {
        do {
            for try await request in requests {
                if let reply = request.reply { try replier.publish(reply, payload: payload) }
            }
        } catch {
            die("reply: \(error)")
        }
    }
    let requester = await connect(options, name: "swift-bench-requester")
    do {
        for _ in 0..<10 {
            _ = try await requester.request(options.subject, payload: payload, timeout: .seconds(2))
        }
    } catch {
        die("warmup request: \(error)")
    }
    let clock = ContinuousClock()
    var latencies: [Int64] = []
    latencies.reserveCapacity(options.count)
    var errors = 0
    let start = clock.now
    let deadline = start + options.maxDuration
    for _ in 0..<options.count {
        let sent = clock.now
        do {
            _ = try await requester.request(options.subject, payload: payload, timeout: .seconds(2))
            let (seconds, attoseconds) = (clock.now - sent).components
            latencies.append(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
        } catch {
            errors += 1
        }
        if clock.now > deadline { break }
    }
    let elapsed = clock.now - start
    responder.cancel()
    await requester.close()
    await replier.close()
    return Report(
        options: options, ok: latencies.count, elapsed: elapsed, latenciesNanos: latencies,
        errors: errors, withMegabytes: false)
}
