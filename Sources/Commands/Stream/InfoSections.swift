import JetStream

extension Sections {
    /// The `Metadata:` section of user metadata (keys under `_nats.` belong to the server and
    /// are left out); nothing when there is none.
    mutating func metadata(_ metadata: [String: String]?) {
        let user = (metadata ?? [:]).filter { !$0.key.hasPrefix("_nats.") }
        guard !user.isEmpty else { return }
        section("Metadata:")
        for (key, value) in user.sorted(by: { $0.key < $1.key }) { field(key, value) }
    }

    /// The `Cluster Information:` section of the stream and consumer info views: name,
    /// leader and each replica's state; nothing without replicas.
    mutating func cluster(_ cluster: ClusterInfo?) {
        guard let cluster, let replicas = cluster.replicas, !replicas.isEmpty else { return }
        section("Cluster Information:")
        optionalField("Name", cluster.name)
        optionalField("Leader", cluster.leader)
        for peer in replicas {
            var state = peer.current ? "current" : "outdated"
            if peer.offline { state += ", OFFLINE" }
            field("Replica", "\(peer.name), \(state), seen \(Humanize.duration(peer.active)) ago")
        }
    }

    /// The `Mirror Information:` and `Source Information:` sections: each origin with its
    /// filter, how far behind this stream is and when the origin was last heard from.
    mutating func replication(_ info: StreamInfo) {
        if let mirror = info.mirror {
            section("Mirror Information:")
            origin(mirror)
        }
        guard let sources = info.sources, !sources.isEmpty else { return }
        section("Source Information:")
        for (index, source) in sources.enumerated() {
            if index > 0 { blankLine() }
            origin(source)
        }
    }

    private mutating func origin(_ source: StreamSourceInfo) {
        field("Stream Name", source.name)
        optionalField("Subject Filter", source.filterSubject)
        optionalField("API Prefix", source.external?.apiPrefix)
        field("Lag", Humanize.count(source.lag))
        let seen = source.active.map {
            Duration.milliseconds(Int64(($0 / .milliseconds(1)).rounded()))
        }
        field("Last Seen", seen.map { Humanize.duration($0) + " ago" } ?? "never")
        if let error = source.error { field("Error", "\(error)") }
    }
}
