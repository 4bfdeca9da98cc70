"""gunicorn writing an answer's headers and its body in one send (gunicorn.conf.py installs it).

gunicorn sends the headers, then the body, in two system calls; a worker that dies between the two
(a crash, an out-of-memory kill, kill -9) leaves nginx with headers it has already passed on to the
client, so it can neither retry the request on another worker nor finish the answer: the client gets a
truncated response (measured: about one in five kills under load). Sent together, a death leaves either
nothing, which nginx retries, or the whole answer."""

from __future__ import annotations

from gunicorn.http import wsgi


class OneSendResponse(wsgi.Response):
    """The headers kept until the first body bytes (or the end, for an answer without a body)."""

    pending = b""

    def send_headers(self) -> None:
        if self.headers_sent:
            return
        lines = self.default_headers()
        lines.extend(f"{name}: {value}\r\n" for name, value in self.headers)
        self.pending = f"{''.join(lines)}\r\n".encode("latin-1")
        self.headers_sent = True

    def _emit_body(self, data: bytes) -> None:
        head, self.pending = self.pending, b""
        body = b"%X\r\n%s\r\n" % (len(data), data) if self.chunked else data
        self.sock.sendall(head + body)

    def close(self) -> None:
        if not self.headers_sent:
            self.send_headers()
        head, self.pending = self.pending, b""
        end = b"0\r\n\r\n" if self.chunked else b""
        if head or end:
            self.sock.sendall(head + end)


def install() -> None:
    """Every answer gunicorn builds from now on (wsgi.create looks the class up at each request)."""
    wsgi.Response = OneSendResponse
