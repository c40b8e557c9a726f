/// The version of the NATSClient library, sent as `version` in CONNECT.
public let natsClientVersion = "0.1.0"
