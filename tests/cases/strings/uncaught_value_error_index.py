# Locating markers in a document; the missing one raises ValueError
doc = "<header>Title</header><body>Text</body>"
print("doc length:", len(doc))
print("tags present:", doc.count("</"))
for tag in ["header", "body", "footer"]:
    open_tag = "<" + tag + ">"
    start = doc.find(open_tag)
    print(tag, "find:", start)
    pos = doc.index(open_tag)
    end = doc.index("</" + tag + ">")
    print(tag, "content:", doc[pos + len(open_tag):end])
