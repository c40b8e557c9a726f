import NATSClient
