print("natsctl: not yet")
