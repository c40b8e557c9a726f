import ArgumentKit
import JetStream
import NATSClient
