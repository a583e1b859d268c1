"""Writing every request and response of a crawl to a WARC file."""

from __future__ import annotations

import io
from datetime import UTC, datetime
from typing import BinaryIO

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .options import Fetched

__all__ = ["WarcLog"]


class WarcLog:
    """Writes request/response record pairs to one WARC file."""

    def __init__(self, stream: BinaryIO, compress: bool) -> None:
        self.writer = WARCWriter(stream, gzip=compress)

    def write(
        self, url: str, request: list[tuple[str, str]], method_line: str, fetched: Fetched | None
    ) -> None:
        """Archive one exchange: the request, and the response if one came back."""
        date = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
        request_headers = StatusAndHeaders(method_line, request, is_http_request=True)
        if fetched is None:
            record = self.writer.create_warc_record(
                url, "request", http_headers=request_headers, warc_headers_dict={"WARC-Date": date}
            )
            self.writer.write_record(record)
            return
        response_headers = StatusAndHeaders(
            f"{fetched.status} {fetched.reason}".strip(),
            [(k, v) for k, v in fetched.headers if k.lower() != "transfer-encoding"],
            protocol="HTTP/1.1",
        )
        warc: dict[str, str] = {"WARC-Date": date, "WARC-IP-Address": fetched.address}
        if fetched.truncated:
            warc["WARC-Truncated"] = "length"
        response = self.writer.create_warc_record(
            fetched.url,
            "response",
            payload=io.BytesIO(fetched.body),
            length=len(fetched.body),
            http_headers=response_headers,
            warc_headers_dict=warc,
        )
        request_record = self.writer.create_warc_record(
            url,
            "request",
            http_headers=request_headers,
            warc_headers_dict={
                "WARC-Date": date,
                "WARC-Concurrent-To": response.rec_headers.get_header("WARC-Record-ID"),
            },
        )
        self.writer.write_record(response)
        self.writer.write_record(request_record)
