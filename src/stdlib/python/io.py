"""In-memory text and byte streams (StringIO, BytesIO). The sandbox has no files; `open` and
the rest of io's file machinery go through the os module's OS calls instead."""

SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2


class UnsupportedOperation(OSError, ValueError):
    pass


class _Memory:
    """What StringIO and BytesIO share: a buffer, a position, closing."""

    def __init__(self, initial):
        self._buf = initial
        self._pos = 0
        self.closed = False

    # CPython's two C implementations word it differently.
    _closed_message = "I/O operation on closed file."

    def _check(self):
        if self.closed:
            raise ValueError(self._closed_message)

    def getvalue(self):
        self._check()
        return self._buf

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._buf)
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def read(self, size=-1):
        self._check()
        end = len(self._buf) if size is None or size < 0 else min(len(self._buf), self._pos + size)
        chunk = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def readline(self, size=-1):
        self._check()
        newline = self._newline()
        at = self._buf.find(newline, self._pos)
        end = len(self._buf) if at < 0 else at + len(newline)
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        chunk = self._buf[self._pos:end]
        self._pos = max(self._pos, end)
        return chunk

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, data):
        self._check()
        self._accept(data)
        if self._pos > len(self._buf):
            self._buf = self._buf + self._pad(self._pos - len(self._buf))
        self._buf = self._buf[:self._pos] + data + self._buf[self._pos + len(data):]
        self._pos += len(data)
        return len(data)

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check()
        size = self._pos if size is None else size
        if size < 0:
            raise ValueError(f"Negative size value {size}")
        self._buf = self._buf[:size]
        return size

    def close(self):
        self.closed = True

    def flush(self):
        self._check()

    def readable(self):
        self._check()
        return True

    writable = seekable = readable

    def isatty(self):
        self._check()
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_Memory):
    _closed_message = "I/O operation on closed file"

    def __init__(self, initial_value="", newline="\n"):
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        super().__init__(initial_value)

    def _newline(self):
        return "\n"

    def _pad(self, n):
        return "\0" * n

    def _accept(self, data):
        if not isinstance(data, str):
            raise TypeError(f"string argument expected, got '{type(data).__name__}'")

    def __repr__(self):
        return "<_io.StringIO object>"


class BytesIO(_Memory):
    def __init__(self, initial_bytes=b""):
        super().__init__(bytes(initial_bytes or b""))

    def _newline(self):
        return b"\n"

    def _pad(self, n):
        return bytes(n)

    def _accept(self, data):
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray)):
            raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")

    def getbuffer(self):
        return bytearray(self._buf)

    def __repr__(self):
        return "<_io.BytesIO object>"

    def write(self, data):
        return super().write(bytes(data) if isinstance(data, bytearray) else data)
