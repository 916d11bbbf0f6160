# Decoding a stream of chunks; a truncated multibyte char is uncaught
chunks = [b"caf\xc3\xa9 ", b"na\xc3\xafve ", b"\xe6\x97\xa5\xe6"]
text = ""
print("total bytes:", sum(len(c) for c in chunks))
for i, chunk in enumerate(chunks):
    print("chunk", i, "len", len(chunk), "hex", chunk.hex())
    part = chunk.decode("utf-8")
    text += part
    print("text so far:", repr(text))
print(text)
