print("natsctl-bench: not yet")
