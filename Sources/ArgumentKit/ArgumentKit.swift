/// The ArgumentKit module: a hand-rolled argument parser whose command tree is data.
public enum ArgumentKit {}
